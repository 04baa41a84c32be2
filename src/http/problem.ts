/**
 * The one error handler: every failure leaves as `application/problem+json` (RFC 9457) with
 * `status`, `code`, `title`, `detail` and, where they apply, `param`, `line`, `column`.
 * Internals (stacks, host paths, secrets) are logged, never sent.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { ERROR_CATALOGUE, isErrorCode, isPartforgeError, PartforgeError, type ErrorData } from "../shared/errors.ts";

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
export const RETRY_AFTER_SECONDS = { RATE_LIMITED: 1, BUSY: 2 } as const;

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
  if (error.code === "RATE_LIMITED" || error.code === "BUSY") {
    const seconds = typeof error.details?.retryAfterSeconds === "number" ? error.details.retryAfterSeconds : RETRY_AFTER_SECONDS[error.code];
    reply.header("Retry-After", String(Math.max(1, Math.ceil(seconds))));
  }
  return reply.code(problem.status).type(PROBLEM_MEDIA_TYPE).send(problem);
}

/** fastify's own errors (body too large, bad JSON, unsupported media type) in our catalogue. */
function fromFastifyError(error: FastifyError): PartforgeError | undefined {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
    case "FST_REQ_FILE_TOO_LARGE":
    case "FST_FILES_LIMIT":
    case "FST_FIELDS_LIMIT":
    case "FST_PARTS_LIMIT":
      return new PartforgeError("PAYLOAD_TOO_LARGE", "the request body is too large: send a smaller script (see /docs for the limits)");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new PartforgeError("USAGE", "unsupported Content-Type: send application/json, application/x-www-form-urlencoded or multipart/form-data");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return new PartforgeError("USAGE", `the JSON body is invalid: ${error.message}`);
    case "FST_ERR_VALIDATION":
      return new PartforgeError("USAGE", error.message);
    default:
      if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
        return new PartforgeError("USAGE", error.message);
      }
      return undefined;
  }
}

export function errorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (isPartforgeError(error)) {
    if (error.code === "INTERNAL") request.log.error({ err: error }, "internal error");
    return sendProblem(reply, error.toData());
  }
  const known = fromFastifyError(error as FastifyError);
  if (known) return sendProblem(reply, known.toData());
  request.log.error({ err: error }, "unhandled error");
  return sendProblem(reply, { code: "INTERNAL", message: "an internal error occurred; it has been logged" });
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(reply, { code: "NOT_FOUND", message: `no route ${request.method} ${request.url.split("?")[0]}: see /docs` });
}

export { isErrorCode };
