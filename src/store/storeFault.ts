/**
 * Store faults: the database is out of reach for a moment (a connection lost or refused, a
 * server shutting down, a SQLite file locked past the busy timeout or an I/O error). Such a
 * failure is not the request's fault and not a bug, so it leaves as `STORE_UNAVAILABLE`
 * (503 + Retry-After), never as a 500 and never as a crash. Each backend decides here, once,
 * which of its errors are faults; `guardBackend` applies that to every method of a backend.
 */
import { PartforgeError } from "../shared/errors.ts";
import type { StoreBackend } from "./backend.ts";

export type StoreName = "PostgreSQL" | "SQLite";

/**
 * SQLSTATE classes and codes of a connection that is gone or a server that refuses work for now
 * (PostgreSQL appendix A): 08 connection exception, 57P01–57P05 shutdown and idle termination,
 * 53300 too many connections, 40001/40P01 a serialization failure or deadlock (retry-safe).
 */
const POSTGRES_FAULT_CODES = new Set(["57P01", "57P02", "57P03", "57P05", "53300", "40001", "40P01"]);
const NODE_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "ENOTFOUND"]);
/** What node-postgres throws, without a code, when its socket ended or never opened. */
const PG_CONNECTION_MESSAGES = /^(Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|timeout exceeded when trying to connect|Connection terminated due to connection timeout)/;

/** SQLite result codes that say "not now", not "never" (https://sqlite.org/rescode.html). */
const SQLITE_FAULT_CODES = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|PROTOCOL|READONLY_DBMOVED|READONLY_RECOVERY|READONLY_CANTINIT)/;

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** A PostgreSQL error that means the connection or the server, not the statement, failed. */
export function isPostgresFault(error: unknown): boolean {
  const code = codeOf(error);
  if (code !== undefined && (code.startsWith("08") || POSTGRES_FAULT_CODES.has(code) || NODE_SOCKET_CODES.has(code))) return true;
  return error instanceof Error && PG_CONNECTION_MESSAGES.test(error.message);
}

/** A SQLite error that a later attempt may not meet: locked past the busy timeout, I/O, disk full. */
export function isSqliteFault(error: unknown): boolean {
  const code = codeOf(error);
  return code !== undefined && SQLITE_FAULT_CODES.test(code);
}

/** The error a client sees: no host or driver details (those stay in `cause`, for the log). */
export function storeUnavailable(store: StoreName, cause: unknown, outcome: "rolled back" | "unknown" = "rolled back"): PartforgeError {
  const tail = outcome === "unknown" ? "the connection was lost while committing, so the change may or may not have been saved" : "nothing was changed";
  return new PartforgeError("STORE_UNAVAILABLE", `the ${store} database is unavailable for a moment; ${tail}: retry after the Retry-After seconds`, {
    cause,
    details: { store },
  });
}

/** `error`, or `STORE_UNAVAILABLE` when it is a store fault. */
export function faultTranslated(error: unknown, store: StoreName, isFault: (error: unknown) => boolean): unknown {
  return isFault(error) && !(error instanceof PartforgeError) ? storeUnavailable(store, error) : error;
}

/** `backend` with every method's store faults turned into `STORE_UNAVAILABLE`. */
export function guardBackend(backend: StoreBackend, store: StoreName, isFault: (error: unknown) => boolean): StoreBackend {
  const translate = (error: unknown): never => {
    throw faultTranslated(error, store, isFault);
  };
  const guarded: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(backend)) {
    guarded[name] =
      typeof value === "function" && name !== "close"
        ? async (...args: unknown[]) => {
            try {
              return await (value as (...a: unknown[]) => Promise<unknown>).apply(backend, args);
            } catch (error) {
              return translate(error);
            }
          }
        : value;
  }
  return guarded as unknown as StoreBackend;
}
