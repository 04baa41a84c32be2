/**
 * Every way a request may say who it is (see ../auth.ts), as OpenAPI security schemes, and the
 * combinations each kind of endpoint accepts. A requirement of `{}` means "anonymous too".
 */
import { SESSION_COOKIE } from "../auth.ts";

export const SECURITY_SCHEMES = {
  apiKeyQuery: {
    type: "apiKey",
    in: "query",
    name: "key",
    description: "The API key as the `key` field: in the query string, or in a POST /build body (form, multipart or JSON). /build only.",
  },
  apiKeyHeader: { type: "apiKey", in: "header", name: "X-API-Key", description: "The API key in a header." },
  bearer: { type: "http", scheme: "bearer", description: "The API key as `Authorization: Bearer <key>`." },
  session: {
    type: "apiKey",
    in: "cookie",
    name: SESSION_COOKIE,
    description: "The session cookie set by POST /api/session (log in). Keys can be managed with it only.",
  },
  webSession: {
    type: "apiKey",
    in: "header",
    name: "X-Partforge-Session",
    description: "Must be `1` for /build and /api/preview to accept the session cookie (the web app sends it; a cross-site form or link cannot).",
  },
  adminToken: { type: "http", scheme: "bearer", description: "`PARTFORGE_ADMIN_TOKEN` of the server, for operator details (a loopback client without a proxy needs none)." },
} as const;

type Requirement = Partial<Record<keyof typeof SECURITY_SCHEMES, string[]>>;

/** /build: an API key in any of its three places, or the web app's session with its header. */
export const BUILD_SECURITY: Requirement[] = [{ apiKeyQuery: [] }, { apiKeyHeader: [] }, { bearer: [] }, { session: [], webSession: [] }];
/** /api/preview: anyone (stored public models), an API key, or the web app's session with its header. */
export const PREVIEW_SECURITY: Requirement[] = [{}, ...BUILD_SECURITY];
/** A session or an API key header (`requireCaller`). */
export const CALLER_SECURITY: Requirement[] = [{ session: [] }, { apiKeyHeader: [] }, { bearer: [] }];
/** Anyone; a session or key shows the caller's private things too (`optionalCaller`). */
export const OPTIONAL_CALLER_SECURITY: Requirement[] = [{}, ...CALLER_SECURITY];
/** A logged-in session only (`requireSession`): a key cannot manage keys. */
export const SESSION_SECURITY: Requirement[] = [{ session: [] }];
/** Anyone; the session, when present, is used (web pages, previews, log-out). */
export const OPTIONAL_SESSION_SECURITY: Requirement[] = [{}, { session: [] }];
/** Anyone; the admin token shows operator details. */
export const OPTIONAL_ADMIN_SECURITY: Requirement[] = [{}, { adminToken: [] }];
export const PUBLIC: Requirement[] = [];
/** /mcp: an API key in a header only (an assistant's configuration keeps it out of URLs). */
export const HEADER_KEY_SECURITY: Requirement[] = [{ apiKeyHeader: [] }, { bearer: [] }];
