/**
 * The build request: what to build (a script, its output type, preset, values and export
 * options), for whom, and within what time limit. Plain JSON data, the same for the HTTP layer,
 * the in-process pool and a queue. Text is parsed into typed values once, where a request
 * enters (an HTTP route, the command line); `resolveBuildRequest` checks and completes a request
 * that reaches the pool from an untyped caller (JavaScript, a queue's JSON) with the same rules
 * and messages.
 */
import { exportFormats, parseExportFormat, type ExportFormat } from "../exporters/index.ts";
import type { RequestValue, ScriptLanguage } from "../modelscript/index.ts";
import { PartforgeError, type ErrorData } from "../shared/errors.ts";
import { resolveExportOptions, type ExportOptions } from "./exportOptions.ts";
import { checkOutputOptions, parseOutputFields } from "./outputOptions.ts";

/** An output type: one entry of the exporters' format table (`src/exporters/formats.ts`). */
export type OutputType = ExportFormat;

/** A script as a client sends it. */
export interface ScriptRequest {
  source: string;
  language: ScriptLanguage;
  /** The author's file name, for messages; defaults to `model.ts` / `model.js`. */
  fileName?: string;
}

/** Who a build is for and how long it may take: the pool's queue is fair across tenants. */
export interface BuildLimits {
  /**
   * Who the build is for (an account; an anonymous visitor's client address): the queue is fair
   * across tenants (see `FairQueue`). Defaults to one shared tenant, `DEFAULT_TENANT`.
   */
  tenant?: string;
  /** This build's time limit in milliseconds; defaults to the pool's. */
  timeoutMs?: number;
  /**
   * How soon a queue should start it: 0 (first) to 9 (last), default `DEFAULT_PRIORITY`. A queue
   * of build workers orders by it before fairness across tenants; the in-process pool's queue
   * orders by tenant fairness alone.
   */
  priority?: number;
}

/** A request to describe a script (metadata, parameter schema, presets). */
export interface DescribeRequest extends ScriptRequest, BuildLimits {}

/**
 * One build (SPEC section 2): JSON-safe, so it can cross a process or a queue as it is.
 * @example
 * const request: BuildRequest = { source, language: "ts", type: parseOutputType("STL"), values: { p_length: "120" }, tenant: "acc_5f2c1e" };
 */
export interface BuildRequest extends DescribeRequest {
  type: OutputType;
  /** Applied first; then `values`. */
  preset?: string;
  /** Parameter values as sent (strings over HTTP, or JSON scalars); converted in the slot. */
  values?: Readonly<Record<string, RequestValue>>;
  /** Mesh tolerances and ASCII STL; omitted ones take their defaults, all are checked against their bounds. */
  options?: Partial<ExportOptions>;
}

/** A request with every field present and checked: what a build runs with and is keyed by. */
export interface ResolvedBuildRequest extends ScriptRequest {
  type: OutputType;
  preset: string | undefined;
  values: Record<string, RequestValue>;
  options: ExportOptions;
  tenant: string;
  timeoutMs: number;
}

/**
 * Not part of a request (a callback cannot cross a process): what an in-process caller may pass
 * beside one. Asked right before a slot runs the build, when it is taken from the queue: an error
 * answers the request without running it (say, the caller's compute budget was used up while it
 * waited).
 */
export type BeforeRun = () => ErrorData | undefined;

/**
 * `beforeRun`, then `started` when it lets the build in: for a backend whose slot starts a build
 * as soon as it is let in (the pool, in-process builds). A queue's service node lets a build in
 * when it queues it and learns of its start from the worker that takes it (QueueBackend).
 */
export function thenStarted(beforeRun: BeforeRun | undefined, started: (() => void) | undefined): BeforeRun | undefined {
  if (started === undefined) return beforeRun;
  return () => {
    const refusal = beforeRun?.();
    if (refusal === undefined) started();
    return refusal;
  };
}

/** The tenant of builds whose caller names none (tests, tools, a single-user service). */
export const DEFAULT_TENANT = "local";

/** The priority of a request that names none (0 first … 9 last). */
export const DEFAULT_PRIORITY = 5;
export const MAX_PRIORITY = 9;

/**
 * A request's priority, checked.
 * @throws PartforgeError USAGE (param `priority`) when it is not a whole number from 0 to 9.
 */
export function resolvePriority(priority: unknown): number {
  if (priority === undefined) return DEFAULT_PRIORITY;
  if (typeof priority !== "number" || !Number.isInteger(priority) || priority < 0 || priority > MAX_PRIORITY) {
    throw new PartforgeError("USAGE", `priority must be a whole number from 0 (first) to ${MAX_PRIORITY} (last); got ${JSON.stringify(priority)}`, { param: "priority" });
  }
  return priority;
}

/** The longest time limit a build may ask for. */
export const MAX_BUILD_TIMEOUT_MS = 10 * 60_000;

/** The output types as a person writes them: `STL, STEP, … or 3MF`. */
function outputTypeList(): string {
  const names = exportFormats().map((format) => format.toUpperCase());
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} or ${names.at(-1)!}`;
}

/**
 * The output type a request's `type` names (case-insensitive, SPEC section 2): the one parser,
 * with the one message, for every edge.
 * @throws PartforgeError USAGE (param `type`) when it is missing or names no output type.
 * @example
 * parseOutputType(" Step "); // "step"
 */
export function parseOutputType(text: unknown): OutputType {
  if (text === undefined || text === null || text === "") {
    throw new PartforgeError("USAGE", `type is required: ${outputTypeList()}`, { param: "type" });
  }
  const type = typeof text === "string" ? parseExportFormat(text) : undefined;
  if (type === undefined) {
    throw new PartforgeError("USAGE", `unknown output type ${JSON.stringify(String(text))}: use one of ${outputTypeList()}`, { param: "type" });
  }
  return type;
}

/** Export options as text (an HTTP form or query string); absent or empty fields take their defaults. */
export interface ExportOptionFields {
  tolerance?: string | undefined;
  angularTolerance?: string | undefined;
  ascii?: string | undefined;
  /** The `out_*` fields (picture, drawing and facts options), by field name. */
  output?: Readonly<Record<string, string>> | undefined;
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function numberField(name: "tolerance" | "angularTolerance", text: string | undefined): number | undefined {
  if (text === undefined || text === "") return undefined;
  const value = Number(text);
  if (!DECIMAL.test(text) || !Number.isFinite(value)) throw new PartforgeError("USAGE", `${name} must be a number; got "${text}"`, { param: name });
  return value;
}

function booleanField(name: "ascii", text: string | undefined): boolean {
  if (text === undefined || text === "") return false;
  const lower = text.toLowerCase();
  if (["true", "1", "yes", "on"].includes(lower)) return true;
  if (["false", "0", "no", "off"].includes(lower)) return false;
  throw new PartforgeError("USAGE", `${name} must be true or false; got "${text}"`, { param: name });
}

/**
 * Export options from text fields, checked against their documented bounds.
 * @throws PartforgeError USAGE naming the field that is not a number (or boolean) or out of bounds.
 */
export function parseExportOptions(fields: ExportOptionFields, type: OutputType): ExportOptions {
  const tolerance = numberField("tolerance", fields.tolerance);
  const angularTolerance = numberField("angularTolerance", fields.angularTolerance);
  const output = checkOutputOptions(type, parseOutputFields(fields.output ?? {}));
  return resolveExportOptions({
    ...(tolerance !== undefined ? { tolerance } : {}),
    ...(angularTolerance !== undefined ? { angularTolerance } : {}),
    ascii: booleanField("ascii", fields.ascii),
    output,
  });
}

function isLanguage(value: unknown): value is ScriptLanguage {
  return value === "ts" || value === "js" || value === "py";
}

/**
 * Checks a request whose types were not checked by a compiler (a JavaScript caller, JSON from a
 * queue) and fills in its defaults.
 * @throws PartforgeError USAGE naming what is wrong.
 */
export function resolveBuildRequest(request: BuildRequest, defaults: { timeoutMs: number }): ResolvedBuildRequest {
  const script = resolveScriptRequest(request);
  const type = parseOutputType(request.type);
  const timeoutMs = request.timeoutMs ?? defaults.timeoutMs;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0 || timeoutMs > MAX_BUILD_TIMEOUT_MS) {
    throw new PartforgeError("USAGE", `the time limit must be from 1 ms to ${MAX_BUILD_TIMEOUT_MS} ms; got ${String(timeoutMs)}`);
  }
  const options = resolveExportOptions(request.options);
  const tenant = request.tenant ?? DEFAULT_TENANT;
  if (typeof tenant !== "string" || tenant === "") throw new PartforgeError("USAGE", "a build's tenant must be a non-empty string");
  return { ...script, type, preset: request.preset, values: { ...(request.values ?? {}) }, options, tenant, timeoutMs };
}

/** The script part of a request, checked. */
export function resolveScriptRequest(request: ScriptRequest): ScriptRequest {
  if (typeof request.source !== "string" || !isLanguage(request.language)) {
    throw new PartforgeError("USAGE", "a build needs the script text and its language (ts, js or py)");
  }
  return { source: request.source, language: request.language, ...(request.fileName !== undefined ? { fileName: request.fileName } : {}) };
}
