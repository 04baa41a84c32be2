/**
 * The one error catalogue of partforge. Every failure a user can see is a
 * `PartforgeError` with a code from `ERROR_CATALOGUE`; the catalogue decides
 * the HTTP status (SPEC section 2) and the CLI exit code in one place.
 */
/** Exit codes of the `partforge` CLI, documented in the README. */
export declare const EXIT_CODES: {
    readonly ok: 0;
    readonly internal: 1;
    readonly usage: 2;
    readonly script: 3;
    readonly geometry: 4;
    readonly limit: 5;
    /** The CLI could not reach the server (or something else answered). */
    readonly unreachable: 6;
};
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
/** Every error code, its HTTP status, its CLI exit code and a short human title. */
export declare const ERROR_CATALOGUE: {
    readonly USAGE: {
        readonly httpStatus: 400;
        readonly exitCode: 2;
        readonly title: "Invalid request";
    };
    readonly SCRIPT_SYNTAX: {
        readonly httpStatus: 500;
        readonly exitCode: 3;
        readonly title: "Script syntax error";
    };
    readonly SCRIPT_INVALID: {
        readonly httpStatus: 500;
        readonly exitCode: 3;
        readonly title: "Invalid ModelScript";
    };
    readonly IMPORT_NOT_ALLOWED: {
        readonly httpStatus: 500;
        readonly exitCode: 3;
        readonly title: "Import not allowed";
    };
    readonly SCRIPT_EXCEPTION: {
        readonly httpStatus: 500;
        readonly exitCode: 3;
        readonly title: "Script raised an exception";
    };
    readonly INVALID_RESULT: {
        readonly httpStatus: 500;
        readonly exitCode: 3;
        readonly title: "build() returned no solid";
    };
    readonly SELECTOR_SYNTAX: {
        readonly httpStatus: 500;
        readonly exitCode: 3;
        readonly title: "Invalid selector";
    };
    readonly NOT_SUPPORTED: {
        readonly httpStatus: 500;
        readonly exitCode: 3;
        readonly title: "Operation not supported";
    };
    readonly PARAM_INVALID: {
        readonly httpStatus: 400;
        readonly exitCode: 3;
        readonly title: "Invalid parameter value";
    };
    readonly UNKNOWN_PARAM: {
        readonly httpStatus: 400;
        readonly exitCode: 3;
        readonly title: "Unknown parameter";
    };
    readonly UNKNOWN_PRESET: {
        readonly httpStatus: 400;
        readonly exitCode: 3;
        readonly title: "Unknown preset";
    };
    readonly GEOMETRY: {
        readonly httpStatus: 500;
        readonly exitCode: 4;
        readonly title: "Geometry kernel failure";
    };
    readonly TIMEOUT: {
        readonly httpStatus: 504;
        readonly exitCode: 5;
        readonly title: "Build time limit exceeded";
    };
    readonly MEMORY_LIMIT: {
        readonly httpStatus: 500;
        readonly exitCode: 5;
        readonly title: "Build memory limit exceeded";
    };
    readonly MESH_LIMIT: {
        readonly httpStatus: 400;
        readonly exitCode: 5;
        readonly title: "Mesh too large";
    };
    readonly BUSY: {
        readonly httpStatus: 503;
        readonly exitCode: 5;
        readonly title: "Build service busy";
    };
    readonly ACCESS_DENIED: {
        readonly httpStatus: 403;
        readonly exitCode: 2;
        readonly title: "Missing, invalid or disabled API key";
    };
    readonly QUOTA_EXCEEDED: {
        readonly httpStatus: 403;
        readonly exitCode: 5;
        readonly title: "Download quota exhausted";
    };
    readonly NOT_FOUND: {
        readonly httpStatus: 404;
        readonly exitCode: 2;
        readonly title: "Not found";
    };
    readonly CONFLICT: {
        readonly httpStatus: 409;
        readonly exitCode: 2;
        readonly title: "Already exists";
    };
    readonly NOT_AUTHENTICATED: {
        readonly httpStatus: 401;
        readonly exitCode: 2;
        readonly title: "Log in first";
    };
    readonly PAYLOAD_TOO_LARGE: {
        readonly httpStatus: 413;
        readonly exitCode: 5;
        readonly title: "Request too large";
    };
    readonly RATE_LIMITED: {
        readonly httpStatus: 429;
        readonly exitCode: 5;
        readonly title: "Too many requests";
    };
    readonly INTERNAL: {
        readonly httpStatus: 500;
        readonly exitCode: 1;
        readonly title: "Internal error";
    };
    readonly UNSUPPORTED_MEDIA_TYPE: {
        readonly httpStatus: 415;
        readonly exitCode: 2;
        readonly title: "Unsupported Content-Type";
    };
    readonly HEADERS_TOO_LARGE: {
        readonly httpStatus: 431;
        readonly exitCode: 2;
        readonly title: "Request line or headers too large";
    };
    readonly REQUEST_TIMEOUT: {
        readonly httpStatus: 408;
        readonly exitCode: 2;
        readonly title: "Request not received in time";
    };
    readonly STORE_UNAVAILABLE: {
        readonly httpStatus: 503;
        readonly exitCode: 1;
        readonly title: "Database unavailable for a moment";
    };
    readonly DESCRIPTION_TOO_LARGE: {
        readonly httpStatus: 400;
        readonly exitCode: 5;
        readonly title: "Model description too large";
    };
    readonly COMPUTE_LIMITED: {
        readonly httpStatus: 429;
        readonly exitCode: 5;
        readonly title: "Compute budget used up";
    };
    readonly KEY_LIMIT: {
        readonly httpStatus: 409;
        readonly exitCode: 2;
        readonly title: "Too many API keys";
    };
    readonly CANCELLED: {
        readonly httpStatus: 409;
        readonly exitCode: 5;
        readonly title: "Build cancelled";
    };
    readonly JOB_NOT_DONE: {
        readonly httpStatus: 409;
        readonly exitCode: 2;
        readonly title: "Job not done yet";
    };
    readonly JOB_LIMIT: {
        readonly httpStatus: 429;
        readonly exitCode: 5;
        readonly title: "Too many jobs in progress";
    };
};
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
export declare class PartforgeError extends Error {
    readonly code: ErrorCode;
    readonly param: string | undefined;
    location: SourceLocation | undefined;
    readonly details: Record<string, unknown> | undefined;
    constructor(code: ErrorCode, message: string, options?: PartforgeErrorOptions);
    get httpStatus(): number;
    get exitCode(): ExitCode;
    get title(): string;
    /** A copy that points at `location`, unless this error already points somewhere. */
    withLocation(location: SourceLocation | undefined): this;
    toData(): ErrorData;
    static fromData(data: ErrorData): PartforgeError;
}
export declare function isPartforgeError(value: unknown): value is PartforgeError;
export declare function isErrorCode(value: unknown): value is ErrorCode;
/** `file:line:column: message`, the format compilers use, for the CLI. */
export declare function formatErrorForTerminal(error: PartforgeError, fileName: string): string;
