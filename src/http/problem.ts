/**
 * The one error handler: every failure leaves as `application/problem+json` (RFC 9457) with
 * `status`, `code`, `title`, `detail` and, where they apply, `param`, `line`, `column`.
 * Internals (stacks, host paths, secrets) are logged, never sent.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { ERROR_CATALOGUE, isErrorCode, isPartforgeError, PartforgeError, type ErrorData } from "../shared/errors.ts";
import { ACCEPTED_BODY_TYPES } from "./body/index.ts";

export const PROBLEM_MEDIA_TYPE = "application/problem+json";

export interface Problem {
  type: string;
  status: number;
  code: string;
  title: string;
  detail: string;
  param?: string;
  line?: number;
  column?: number;
  [extra: string]: unknown;
}

/** Seconds a client should wait after a 429 or 503. */
export const RETRY_AFTER_SECONDS: Partial<Record<ErrorData["code"], number>> = { RATE_LIMITED: 1, BUSY: 2, STORE_UNAVAILABLE: 1, COMPUTE_LIMITED: 10, JOB_LIMIT: 5 };

/** The problem document for an error; `status` overrides the catalogue (e.g. 400 for a bad script on save). */
export function problemOf(error: ErrorData, status?: number): Problem {
  const entry = ERROR_CATALOGUE[error.code];
  const problem: Problem = {
    type: `/docs#${error.code}`,
    status: status ?? entry.httpStatus,
    code: error.code,
    title: entry.title,
    detail: error.message,
  };
  if (error.param !== undefined) problem.param = error.param;
  if (error.line !== undefined) problem.line = error.line;
  if (error.column !== undefined) problem.column = error.column;
  for (const [key, value] of Object.entries(error.details ?? {})) {
    if (!(key in problem)) problem[key] = value;
  }
  return problem;
}

export function sendProblem(reply: FastifyReply, error: ErrorData, status?: number): FastifyReply {
  const problem = problemOf(error, status);
  // The id of the log line that tells an operator what happened (also in X-Request-Id).
  if (problem.status >= 500) problem.requestId = reply.request.id;
  const retryAfter = RETRY_AFTER_SECONDS[error.code];
  if (retryAfter !== undefined) {
    const seconds = typeof error.details?.retryAfterSeconds === "number" ? error.details.retryAfterSeconds : retryAfter;
    reply.header("Retry-After", String(Math.max(1, Math.ceil(seconds))));
  }
  return reply.code(problem.status).type(PROBLEM_MEDIA_TYPE).send(problem);
}

/** fastify's own errors (body too large or cut short, unsupported media type, bad URL) in our catalogue. */
function fromFastifyError(error: FastifyError, request: FastifyRequest): PartforgeError | undefined {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new PartforgeError("PAYLOAD_TOO_LARGE", `the request body is larger than ${request.routeOptions.bodyLimit} bytes: send a smaller script (see /docs for the limits)`);
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return new PartforgeError("USAGE", "the body's size differs from its Content-Length: send a Content-Length equal to the body's size in bytes");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE": {
      const sent = request.headers["content-type"];
      const accepted = `send ${ACCEPTED_BODY_TYPES.join(", ")} (the /api endpoints take application/json only)`;
      return new PartforgeError(
        "UNSUPPORTED_MEDIA_TYPE",
        sent === undefined ? `the request has a body but no Content-Type: ${accepted}` : `Content-Type ${sent.split(";")[0]!.trim()} is not accepted: ${accepted}`,
        { details: { accepted: [...ACCEPTED_BODY_TYPES] } },
      );
    }
    case "FST_ERR_BAD_URL":
      return new PartforgeError("USAGE", "the path has a malformed %-escape or is not valid UTF-8 once decoded: percent-encode the UTF-8 bytes of each path segment");
    case "FST_ERR_MAX_PARAM_LENGTH":
      return new PartforgeError("NOT_FOUND", "no resource has a path segment that long: check the id in the URL");
    case "FST_ERR_VALIDATION":
      return new PartforgeError("USAGE", error.message);
    default:
      if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
        return new PartforgeError("USAGE", error.message);
      }
      return undefined;
  }
}

/** Errors after which the rest of the request body is unread: the connection cannot carry another request. */
const BODY_LEFT_UNREAD = new Set(["FST_ERR_CTP_BODY_TOO_LARGE", "FST_ERR_CTP_INVALID_CONTENT_LENGTH"]);

export function errorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (isPartforgeError(error)) {
    if (error.code === "INTERNAL") request.log.error({ err: error }, "internal error");
    if (error.code === "STORE_UNAVAILABLE") request.log.warn({ err: error.cause ?? error }, "store unavailable");
    return sendProblem(reply, error.toData());
  }
  const known = fromFastifyError(error as FastifyError, request);
  if (known) {
    if (BODY_LEFT_UNREAD.has((error as FastifyError).code)) reply.header("Connection", "close");
    return sendProblem(reply, known.toData());
  }
  request.log.error({ err: error }, "unhandled error");
  return sendProblem(reply, { code: "INTERNAL", message: `an internal error occurred; it has been logged with request id ${request.id}` });
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(reply, { code: "NOT_FOUND", message: `no route ${request.method} ${request.url.split("?")[0]}: see /docs` });
}

export { isErrorCode };
