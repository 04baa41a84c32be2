/** Calls to the service's JSON API and `/build`, with problem documents (RFC 9457) as typed errors. */

/** An `application/problem+json` body as the service sends it. */
export interface Problem {
  status: number;
  code: string;
  title: string;
  detail: string;
  param?: string;
  line?: number;
  column?: number;
  [extra: string]: unknown;
}

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; problem: Problem };

/** A problem from any failed response, even one that is not problem+json (e.g. a proxy's HTML page). */
export async function problemOf(response: Response): Promise<Problem> {
  const text = await response.text();
  try {
    const parsed = JSON.parse(text) as Partial<Problem>;
    if (typeof parsed.code === "string" && typeof parsed.detail === "string") return { status: response.status, title: "", ...parsed } as Problem;
  } catch {
    // not JSON: described below
  }
  return { status: response.status, code: "HTTP_" + response.status, title: response.statusText, detail: text.slice(0, 500) || response.statusText };
}

/** A JSON API call; bodies are sent as JSON (the service refuses state changes in any other type). */
export async function api<T>(method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", url: string, body?: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      credentials: "same-origin",
    });
  } catch {
    return { ok: false, status: 0, problem: { status: 0, code: "NETWORK", title: "Network error", detail: "the service did not answer; check your connection" } };
  }
  if (!response.ok) return { ok: false, status: response.status, problem: await problemOf(response) };
  const data = response.status === 204 ? (undefined as T) : ((await response.json()) as T);
  return { ok: true, status: response.status, data };
}

/** A successful `/build`: the file and the headers that describe it. */
export interface BuiltFile {
  bytes: ArrayBuffer;
  etag: string;
  fileName: string;
  mediaType: string;
  buildMs: number | undefined;
  cacheHit: boolean;
  downloadsRemaining: string | null;
}

export type BuildOutcome = { ok: true; status: number; file: BuiltFile } | { ok: false; status: number; problem: Problem };

function fileNameOf(disposition: string | null, fallback: string): string {
  if (disposition === null) return fallback;
  const exact = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (exact) return decodeURIComponent(exact[1]!);
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? fallback;
}

/** Fetches a file, or the problem that came instead; an abort is rethrown. */
async function fetchFile(url: string, init: RequestInit, signal?: AbortSignal): Promise<BuildOutcome> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, credentials: "same-origin", ...(signal ? { signal } : {}) });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    return { ok: false, status: 0, problem: { status: 0, code: "NETWORK", title: "Network error", detail: "the service did not answer; check your connection" } };
  }
  if (!response.ok) return { ok: false, status: response.status, problem: await problemOf(response) };
  const buildMs = response.headers.get("X-Build-Ms");
  return {
    ok: true,
    status: response.status,
    file: {
      bytes: await response.arrayBuffer(),
      etag: response.headers.get("ETag") ?? "",
      fileName: fileNameOf(response.headers.get("Content-Disposition"), "part"),
      mediaType: response.headers.get("Content-Type") ?? "application/octet-stream",
      buildMs: buildMs === null ? undefined : Number(buildMs),
      cacheHit: response.headers.get("X-Cache") === "hit",
      downloadsRemaining: response.headers.get("X-Downloads-Remaining"),
    },
  };
}

/**
 * Calls `/build`: a download, charged one per file. With `session`, the logged-in session pays
 * (the header a cross-site page cannot send); otherwise `apiKey` goes in `X-API-Key`, never in the URL.
 */
export async function callBuild(
  request: { query?: URLSearchParams; json?: unknown },
  auth: { session: true } | { apiKey: string },
  signal?: AbortSignal,
): Promise<BuildOutcome> {
  const headers: Record<string, string> = "apiKey" in auth ? { "X-API-Key": auth.apiKey } : { "X-Partforge-Session": "1" };
  if (request.json !== undefined) headers["Content-Type"] = "application/json";
  const url = request.query ? `/build?${request.query}` : "/build";
  return fetchFile(url, { method: request.json !== undefined ? "POST" : "GET", headers, ...(request.json !== undefined ? { body: JSON.stringify(request.json) } : {}) }, signal);
}

/**
 * Calls `/api/preview`: a GLB to look at, never a download. Sent with the web header, so a
 * logged-in visitor's own compute budget pays (and private models are visible to their owner);
 * without a session the service charges the visitor's address. A stored model goes by query
 * (cacheable), a script in a JSON body.
 */
export async function callPreview(request: { query: URLSearchParams } | { json: unknown }, signal?: AbortSignal): Promise<BuildOutcome> {
  const headers: Record<string, string> = { "X-Partforge-Session": "1" };
  if ("json" in request) {
    headers["Content-Type"] = "application/json";
    return fetchFile("/api/preview", { method: "POST", headers, body: JSON.stringify(request.json) }, signal);
  }
  return fetchFile(`/api/preview?${request.query}`, { method: "GET", headers }, signal);
}

/** An output type `/build` offers (`GET /api/formats`). */
export interface FormatInfo {
  type: string;
  mediaType: string;
  extension: string;
  mesh: boolean;
  /** Spends no download (PNG pictures, PROPS facts); the compute budget bounds it. */
  free: boolean;
}

export async function loadFormats(): Promise<FormatInfo[]> {
  const result = await api<{ formats: FormatInfo[] }>("GET", "/api/formats");
  return result.ok ? result.data.formats : [{ type: "STL", mediaType: "model/stl", extension: ".stl", mesh: true, free: false }];
}

/** "line 3, column 7: message" for a script error, or the detail alone. */
export function describeProblem(problem: Problem): string {
  const where = problem.line !== undefined ? `line ${problem.line}${problem.column !== undefined ? `, column ${problem.column}` : ""}: ` : "";
  return `${where}${problem.detail}`;
}
