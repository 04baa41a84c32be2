/**
 * The service's log: fastify's pino, one JSON line per request (method, path with secrets
 * redacted, status, time, request id) and one per failed build, each carrying the request id
 * that every response also carries in `X-Request-Id` (and every 5xx problem body as `requestId`).
 * Never logged: API keys (query `key`, `Authorization`, `X-API-Key`), passwords, cookies, session
 * tokens, scripts (query `s`) and request bodies.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { FastifyInstance, FastifyRequest, FastifyServerOptions } from "fastify";
import type { BuildResult } from "../build/index.ts";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogSettings {
  level: LogLevel;
  /** Where the JSON lines go; standard output when absent. */
  stream?: { write(line: string): unknown };
}

export const REQUEST_ID_HEADER = "x-request-id";
/** An id a proxy in front may pass on; anything else is replaced by our own. */
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
/** Query parameters whose values are secrets or user scripts. */
const SECRET_PARAMS = new Set(["key", "apikey", "api_key", "s", "script", "password", "token", "session", "secret", "access_token"]);
/** An API key wherever it appears (see src/store/secrets.ts), even under an unexpected name. */
const API_KEY_TEXT = /pf_[a-z0-9]{8}_[A-Za-z0-9_-]{20,}/g;
const MAX_LOGGED_VALUE = 200;
export const REDACTED = "[REDACTED]";

/** `url` with the values of secret parameters (and anything shaped like an API key) replaced. */
export function redactUrl(url: string): string {
  const query = url.indexOf("?");
  const path = (query < 0 ? url : url.slice(0, query)).replace(API_KEY_TEXT, REDACTED);
  if (query < 0) return path;
  // The pairs as URLSearchParams splits them, but a secret's value (say, a whole script) is never decoded.
  const kept: string[] = [];
  const search = url.slice(query + 1);
  // URLSearchParams drops one leading `?` of its input too.
  for (const pair of (search.startsWith("?") ? search.slice(1) : search).split("&")) {
    if (pair === "") continue;
    const equals = pair.indexOf("=");
    const name = formDecoded(equals < 0 ? pair : pair.slice(0, equals));
    const shown = SECRET_PARAMS.has(name.toLowerCase())
      ? REDACTED
      : formDecoded(equals < 0 ? "" : pair.slice(equals + 1)).replace(API_KEY_TEXT, REDACTED).slice(0, MAX_LOGGED_VALUE);
    kept.push(`${encodeURIComponent(name)}=${encodeURIComponent(shown).replaceAll("%5BREDACTED%5D", REDACTED)}`);
  }
  return `${path}?${kept.join("&")}`;
}

/** One name or value of a query (no `&`) decoded as URLSearchParams decodes it: `+` is a space, bad escapes stay as they are. */
function formDecoded(text: string): string {
  if (!text.includes("%") && !text.includes("+")) return text;
  return new URLSearchParams(`v=${text}`).get("v")!;
}

/** The request id: the caller's `X-Request-Id` when it is a sane token, else a fresh UUID. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === "string" && ACCEPTED_REQUEST_ID.test(given) ? given : randomUUID();
}

/** The `logger` option of fastify: off, or pino at `level` with nothing secret in its lines. */
export function loggerOptions(settings: LogSettings | undefined): FastifyServerOptions["logger"] {
  if (settings === undefined) return false;
  return {
    level: settings.level,
    ...(settings.stream ? { stream: settings.stream } : {}),
    // Only our own line per request is written (see registerRequestLog); these keep anything
    // else that logs a request, its headers or a body from writing a secret.
    serializers: {
      req: (request: { method?: string; url?: string }) => ({ method: request.method, url: redactUrl(request.url ?? "") }),
    },
    redact: {
      paths: ["headers.authorization", "headers.cookie", 'headers["x-api-key"]', "*.headers.authorization", "*.headers.cookie", '*.headers["x-api-key"]', "body", "*.body", "password", "*.password"],
      censor: REDACTED,
    },
  };
}

/**
 * Whether `log` writes lines of `level`: a line it would drop is not built (the request's line
 * redacts its URL, which a build request's script makes long).
 */
export function logsAt(log: object, level: "info" | "warn" | "error"): boolean {
  // pino's logger has `isLevelEnabled`; fastify's silent one (logging off) has not, and drops every line.
  return (log as { isLevelEnabled?(level: string): boolean }).isLevelEnabled?.(level) ?? false;
}

/** Adds `X-Request-Id` to every response and writes one log line when each request ends. */
export function registerRequestLog(app: FastifyInstance): void {
  // Callback hooks, not async ones: every response passes both, and a promise per hook is work for nothing.
  app.addHook("onSend", (request, reply, payload, done) => {
    reply.header("X-Request-Id", request.id);
    done(null, payload);
  });
  app.addHook("onResponse", (request, reply, done) => {
    const statusCode = reply.statusCode;
    // A 503 is the service saying "not now" on purpose (busy, shutting down, a readiness probe
    // while its Redis is away): worth a warning, not an error on every probe of an outage.
    const level = statusCode === 503 ? "warn" : statusCode >= 500 ? "error" : "info";
    if (logsAt(request.log, level)) {
      const line = {
        method: request.method,
        url: redactUrl(request.url),
        statusCode,
        responseTimeMs: Math.round(reply.elapsedTime * 10) / 10,
        remoteAddress: request.ip,
      };
      if (level === "warn") request.log.warn(line, "request refused: service unavailable");
      else if (level === "error") request.log.error(line, "request failed");
      else request.log.info(line, "request completed");
    }
    done();
  });
}

/** What a build's log line names: its output type and its script, by model id or by the script's hash — never its text. */
export interface LoggedBuild {
  format: string;
  modelId?: string | undefined;
  scriptHash?: string | undefined;
  /** Wall time of the build call as the route saw it, milliseconds. */
  totalMs: number;
}

const roundMs = (ms: number | undefined) => (ms === undefined ? undefined : Math.round(ms * 10) / 10);

/**
 * One line per build ("build completed" or "build failed"), beside the request's own line and
 * with its request id (and, via `tagAccount`, the account id): the content key, whether the
 * cache answered, and the timings (total, queue wait, build, compute charged). A failure gives
 * the error's code and position, never its message, which may quote the script.
 */
export function logBuild(request: { log: { info(facts: object, message: string): void } }, build: LoggedBuild, result: BuildResult): void {
  if (!logsAt(request.log, "info")) return;
  const timings = { totalMs: roundMs(build.totalMs), queueMs: roundMs(result.queueMs), computeMs: roundMs(result.computeMs) };
  if (result.ok) {
    const facts = { ...build, ...timings, buildMs: roundMs(result.buildMs), key: result.contentKey, cache: result.cache === "hit" ? "hit" : "miss", bytes: result.bytes.byteLength };
    request.log.info({ build: facts }, "build completed");
    return;
  }
  const { code, param, line, column } = result.error;
  request.log.info({ build: { ...build, ...timings, code, param, line, column } }, "build failed");
}

/**
 * Every later log line of this request carries the caller's account id (never a key or a session
 * token). fastify gives each request a child logger of its own (pino's `child`): the binding is
 * added to it in place (`setBindings`) rather than by making a child of that child on every
 * authenticated request. fastify's logger when logging is off is one object shared by every
 * request and has no `setBindings`: it drops every line, so it is left as it is.
 */
export function tagAccount(request: FastifyRequest, accountId: string): void {
  const log = request.log as FastifyRequest["log"] & { setBindings?(bindings: Record<string, unknown>): void };
  if (typeof log.setBindings === "function") log.setBindings({ accountId });
  else request.log = log.child({ accountId });
}
