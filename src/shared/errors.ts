/**
 * The one error catalogue of partforge. Every failure a user can see is a
 * `PartforgeError` with a code from `ERROR_CATALOGUE`; the catalogue decides
 * the HTTP status (SPEC section 2) and the CLI exit code in one place.
 */

/** Exit codes of the `partforge` CLI, documented in the README. */
export const EXIT_CODES = {
  ok: 0,
  internal: 1,
  usage: 2,
  script: 3,
  geometry: 4,
  limit: 5,
  /** The CLI could not reach the server (or something else answered). */
  unreachable: 6,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

interface CatalogueEntry {
  readonly httpStatus: number;
  readonly exitCode: ExitCode;
  readonly title: string;
}

/** Every error code, its HTTP status, its CLI exit code and a short human title. */
export const ERROR_CATALOGUE = {
  USAGE: { httpStatus: 400, exitCode: EXIT_CODES.usage, title: "Invalid request" },
  SCRIPT_SYNTAX: { httpStatus: 500, exitCode: EXIT_CODES.script, title: "Script syntax error" },
  SCRIPT_INVALID: { httpStatus: 500, exitCode: EXIT_CODES.script, title: "Invalid ModelScript" },
  IMPORT_NOT_ALLOWED: { httpStatus: 500, exitCode: EXIT_CODES.script, title: "Import not allowed" },
  SCRIPT_EXCEPTION: { httpStatus: 500, exitCode: EXIT_CODES.script, title: "Script raised an exception" },
  INVALID_RESULT: { httpStatus: 500, exitCode: EXIT_CODES.script, title: "build() returned no solid" },
  SELECTOR_SYNTAX: { httpStatus: 500, exitCode: EXIT_CODES.script, title: "Invalid selector" },
  NOT_SUPPORTED: { httpStatus: 500, exitCode: EXIT_CODES.script, title: "Operation not supported" },
  PARAM_INVALID: { httpStatus: 400, exitCode: EXIT_CODES.script, title: "Invalid parameter value" },
  UNKNOWN_PARAM: { httpStatus: 400, exitCode: EXIT_CODES.script, title: "Unknown parameter" },
  UNKNOWN_PRESET: { httpStatus: 400, exitCode: EXIT_CODES.script, title: "Unknown preset" },
  GEOMETRY: { httpStatus: 500, exitCode: EXIT_CODES.geometry, title: "Geometry kernel failure" },
  TIMEOUT: { httpStatus: 504, exitCode: EXIT_CODES.limit, title: "Build time limit exceeded" },
  MEMORY_LIMIT: { httpStatus: 500, exitCode: EXIT_CODES.limit, title: "Build memory limit exceeded" },
  MESH_LIMIT: { httpStatus: 400, exitCode: EXIT_CODES.limit, title: "Mesh too large" },
  BUSY: { httpStatus: 503, exitCode: EXIT_CODES.limit, title: "Build service busy" },
  ACCESS_DENIED: { httpStatus: 403, exitCode: EXIT_CODES.usage, title: "Missing, invalid or disabled API key" },
  QUOTA_EXCEEDED: { httpStatus: 403, exitCode: EXIT_CODES.limit, title: "Download quota exhausted" },
  NOT_FOUND: { httpStatus: 404, exitCode: EXIT_CODES.usage, title: "Not found" },
  CONFLICT: { httpStatus: 409, exitCode: EXIT_CODES.usage, title: "Already exists" },
  NOT_AUTHENTICATED: { httpStatus: 401, exitCode: EXIT_CODES.usage, title: "Log in first" },
  PAYLOAD_TOO_LARGE: { httpStatus: 413, exitCode: EXIT_CODES.limit, title: "Request too large" },
  RATE_LIMITED: { httpStatus: 429, exitCode: EXIT_CODES.limit, title: "Too many requests" },
  INTERNAL: { httpStatus: 500, exitCode: EXIT_CODES.internal, title: "Internal error" },
  UNSUPPORTED_MEDIA_TYPE: { httpStatus: 415, exitCode: EXIT_CODES.usage, title: "Unsupported Content-Type" },
  HEADERS_TOO_LARGE: { httpStatus: 431, exitCode: EXIT_CODES.usage, title: "Request line or headers too large" },
  REQUEST_TIMEOUT: { httpStatus: 408, exitCode: EXIT_CODES.usage, title: "Request not received in time" },
  STORE_UNAVAILABLE: { httpStatus: 503, exitCode: EXIT_CODES.internal, title: "Database unavailable for a moment" },
  DESCRIPTION_TOO_LARGE: { httpStatus: 400, exitCode: EXIT_CODES.limit, title: "Model description too large" },
  COMPUTE_LIMITED: { httpStatus: 429, exitCode: EXIT_CODES.limit, title: "Compute budget used up" },
  KEY_LIMIT: { httpStatus: 409, exitCode: EXIT_CODES.usage, title: "Too many API keys" },
  CANCELLED: { httpStatus: 409, exitCode: EXIT_CODES.limit, title: "Build cancelled" },
  JOB_NOT_DONE: { httpStatus: 409, exitCode: EXIT_CODES.usage, title: "Job not done yet" },
  JOB_LIMIT: { httpStatus: 429, exitCode: EXIT_CODES.limit, title: "Too many jobs in progress" },
} as const satisfies Record<string, CatalogueEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** Where in the author's own source an error points (1-based line, 1-based column). */
export interface SourceLocation {
  line: number;
  column: number;
}

/** The plain-data form of an error: what crosses process boundaries and reaches clients. */
export interface ErrorData {
  code: ErrorCode;
  message: string;
  param?: string;
  line?: number;
  column?: number;
  /** Extra machine-readable facts, e.g. the valid preset names. */
  details?: Record<string, unknown>;
}

export interface PartforgeErrorOptions {
  param?: string;
  location?: SourceLocation;
  details?: Record<string, unknown>;
  cause?: unknown;
}

export class PartforgeError extends Error {
  readonly code: ErrorCode;
  readonly param: string | undefined;
  location: SourceLocation | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: PartforgeErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "PartforgeError";
    this.code = code;
    this.param = options.param;
    this.location = options.location;
    this.details = options.details;
  }

  get httpStatus(): number {
    return ERROR_CATALOGUE[this.code].httpStatus;
  }

  get exitCode(): ExitCode {
    return ERROR_CATALOGUE[this.code].exitCode;
  }

  get title(): string {
    return ERROR_CATALOGUE[this.code].title;
  }

  /** A copy that points at `location`, unless this error already points somewhere. */
  withLocation(location: SourceLocation | undefined): this {
    if (this.location === undefined && location !== undefined) this.location = location;
    return this;
  }

  toData(): ErrorData {
    const data: ErrorData = { code: this.code, message: this.message };
    if (this.param !== undefined) data.param = this.param;
    if (this.location !== undefined) {
      data.line = this.location.line;
      data.column = this.location.column;
    }
    if (this.details !== undefined) data.details = this.details;
    return data;
  }

  static fromData(data: ErrorData): PartforgeError {
    const options: PartforgeErrorOptions = {};
    if (data.param !== undefined) options.param = data.param;
    if (data.line !== undefined) options.location = { line: data.line, column: data.column ?? 1 };
    if (data.details !== undefined) options.details = data.details;
    return new PartforgeError(data.code, data.message, options);
  }
}

export function isPartforgeError(value: unknown): value is PartforgeError {
  return value instanceof PartforgeError;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(ERROR_CATALOGUE, value);
}

/** `file:line:column: message`, the format compilers use, for the CLI. */
export function formatErrorForTerminal(error: PartforgeError, fileName: string): string {
  const where = error.location ? `${fileName}:${error.location.line}:${error.location.column}` : fileName;
  const param = error.param !== undefined ? ` [${error.param}]` : "";
  return `${where}: ${error.code}${param}: ${error.message}`;
}
