/** The answer of /build as typed values: the file (bytes or a stream) with its headers, or "not modified". */
import { PartforgeHttpError } from "./errors.ts";
import type { AnswerHeaders, JsonRequest } from "./operations.ts";

type SuccessHeaders = AnswerHeaders<"buildWithBody", 200>;

/** The output options' fields (`out_view`, `out_width`, …), from the API document. */
export type OutputField = Extract<keyof JsonRequest<"buildWithBody">, `out_${string}`>;

/** What to build: a stored model (`id`) or a script, the output type, and the values. */
export interface BuildOptions {
  /** A stored model's id. Either `id` or `script`; `script` wins when both are given. */
  id?: string;
  /** The ModelScript text. */
  script?: string;
  /** The script's language: `python`, `ts` or `js`; the service detects it when absent. */
  lang?: JsonRequest<"buildWithBody">["lang"];
  /** STL, STEP, AMF, TJS, GLB, 3MF, BREP, SVG, DXF, PNG or PROPS (any case). */
  type: JsonRequest<"buildWithBody">["type"];
  preset?: string;
  /** Parameter values by name; sent as given, converted by the service to each parameter's type. */
  params?: Record<string, string | number | boolean>;
  /** Mesh tolerance in model units (mesh formats). */
  tolerance?: number;
  /** Mesh angular tolerance in radians (mesh formats). */
  angularTolerance?: number;
  /** STL only: ASCII instead of binary. */
  ascii?: boolean;
  /**
   * Output options of SVG, DXF, PNG and PROPS by field name.
   * @example { out_view: "top", out_width: 400 }
   */
  output?: Partial<Record<OutputField, string | number | boolean>>;
  /** A previous ETag: the answer is `{ notModified: true }` (and not charged) when the file would be the same. */
  ifNoneMatch?: string;
  signal?: AbortSignal;
}

/** The facts about a built file that the service sends as headers. */
export interface BuiltFileInfo {
  notModified: false;
  /** Same script, values, type and options: same ETag and the same bytes. Quoted, as sent. */
  etag: string;
  cache: SuccessHeaders["X-Cache"];
  buildMs: number;
  /** Downloads left this month after this one; undefined for outputs that are not charged (PNG, PROPS). */
  downloadsRemaining: number | "unlimited" | undefined;
  mediaType: string;
  /** The file name from Content-Disposition, when given. */
  fileName: string | undefined;
}

export interface BuiltBytes extends BuiltFileInfo {
  bytes: Uint8Array;
}

export interface BuiltStream extends BuiltFileInfo {
  /** The file as it arrives; read it to the end (or cancel it) to free the connection. */
  body: ReadableStream<Uint8Array>;
}

/** `If-None-Match` matched: the caller's copy is current. Not charged. */
export interface NotModified {
  notModified: true;
  etag: string;
}

/** The fields of a build request that a batch shares with `/build`: what to build, its type and export options. */
export function sharedRequestFields(options: Omit<BuildOptions, "preset" | "params" | "ifNoneMatch" | "signal">) {
  return {
    type: options.type,
    ...(options.script !== undefined ? { s: options.script } : {}),
    ...(options.lang !== undefined ? { lang: options.lang } : {}),
    ...(options.id !== undefined ? { id: options.id } : {}),
    ...(options.tolerance !== undefined ? { tolerance: options.tolerance } : {}),
    ...(options.angularTolerance !== undefined ? { angularTolerance: options.angularTolerance } : {}),
    ...(options.ascii !== undefined ? { ascii: options.ascii } : {}),
    ...options.output,
  };
}

/** The JSON body of POST /build for `options`. */
export function buildRequestBody(options: BuildOptions): JsonRequest<"buildWithBody"> {
  return {
    ...sharedRequestFields(options),
    ...(options.preset !== undefined ? { preset: options.preset } : {}),
    ...(options.params !== undefined ? { params: options.params } : {}),
  };
}

function required(response: Response, name: string): string {
  const value = response.headers.get(name);
  if (value === null) throw new PartforgeHttpError(response.status, response.statusText, `the answer has no ${name} header`);
  return value;
}

/** `filename*=UTF-8''…` (RFC 6266) when present, else `filename="…"`. */
export function fileNameOf(disposition: string | null): string | undefined {
  if (disposition === null) return undefined;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended !== null) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // fall back to the plain name
    }
  }
  return /filename="([^"]*)"/i.exec(disposition)?.[1];
}

/** The typed facts of a 200 answer of /build. */
export function builtFileInfo(response: Response): BuiltFileInfo {
  const cache = required(response, "X-Cache");
  if (cache !== "hit" && cache !== "miss") throw new PartforgeHttpError(response.status, response.statusText, `X-Cache is "${cache}", not hit or miss`);
  const remaining = response.headers.get("X-Downloads-Remaining");
  if (remaining !== null && remaining !== "unlimited" && !/^\d+$/.test(remaining)) throw new PartforgeHttpError(response.status, response.statusText, `X-Downloads-Remaining is "${remaining}"`);
  return {
    notModified: false,
    etag: required(response, "ETag"),
    cache,
    buildMs: Number(required(response, "X-Build-Ms")),
    downloadsRemaining: remaining === null ? undefined : remaining === "unlimited" ? "unlimited" : Number(remaining),
    mediaType: (response.headers.get("Content-Type") ?? "application/octet-stream").split(";")[0]!.trim(),
    fileName: fileNameOf(response.headers.get("Content-Disposition")),
  };
}
