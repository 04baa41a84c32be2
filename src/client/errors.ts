/**
 * What the client throws: the service's problem document (`application/problem+json`) as a
 * typed error, an answer that is not one (a proxy's error page), or no answer at all.
 */
import type { components } from "./openapi.ts";

/** The service's error body, as /openapi.json describes it. */
export type Problem = components["schemas"]["Problem"];
export type ProblemCode = Problem["code"];

/** Every error the client throws. */
export class PartforgeClientError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PartforgeClientError";
  }
}

/** The service answered with a problem document. */
export class PartforgeProblemError extends PartforgeClientError {
  readonly problem: Problem;
  /** Seconds to wait (429, 503), from Retry-After. */
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: Problem, retryAfterSeconds: number | undefined) {
    super(`${problem.status} ${problem.code}: ${problem.detail}`);
    this.name = "PartforgeProblemError";
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): ProblemCode {
    return this.problem.code;
  }
}

/** An answer that is neither success nor a problem document (e.g. a proxy's 502 page). */
export class PartforgeHttpError extends PartforgeClientError {
  readonly status: number;

  constructor(status: number, statusText: string, bodyStart: string) {
    super(`HTTP ${status} ${statusText}${bodyStart === "" ? "" : `: ${bodyStart}`}`);
    this.name = "PartforgeHttpError";
    this.status = status;
  }
}

/** No answer: the server could not be reached (refused, unknown host, reset, aborted). */
export class PartforgeConnectionError extends PartforgeClientError {
  readonly url: string;

  constructor(url: string, cause: unknown) {
    super(`cannot reach ${url}: ${reasonOf(cause)}`, { cause });
    this.name = "PartforgeConnectionError";
    this.url = url;
  }
}

/** fetch says "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND…) is in its cause. */
function reasonOf(error: unknown): string {
  let current: unknown = error;
  let reason = "no answer";
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    reason = typeof code === "string" ? `${code} ${current.message}`.trim() : current.message;
    current = current.cause;
  }
  return reason;
}

export function isProblem(value: unknown): value is Problem {
  if (value === null || typeof value !== "object") return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.status === "number" && typeof candidate.code === "string" && typeof candidate.detail === "string" && typeof candidate.title === "string";
}
