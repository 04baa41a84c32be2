/**
 * The pool's request side, before any slot: a request checked and its script compiled
 * (`prepareRequest`), the slot job it becomes, and its keys — the content key of its output,
 * known before the build when the script's description is cached (`BuildKeys`), and the key that
 * lets identical concurrent requests share one build.
 */
import { checkDescription, resolveValues, type ModelDescription, type ParamValue, type ValueSchema } from "../../modelscript/index.ts";
import { PartforgeError, type ErrorData } from "../../shared/errors.ts";
import { canonicalJson, type BuildCache, type CachedBuild } from "../cache/index.ts";
import { contentKey } from "../contentKey.ts";
import { resolveBuildRequest, type BeforeRun, type BuildRequest, type ResolvedBuildRequest } from "../request.ts";
import type { BuildSuccess } from "../result.ts";
import type { ScriptCompiler } from "./compiler.ts";
import type { SlotJob } from "./protocol.ts";

/** A request checked, with its script compiled. */
export interface Prepared {
  request: ResolvedBuildRequest;
  script: Extract<Awaited<ReturnType<ScriptCompiler["compile"]>>, { ok: true }>;
  beforeRun: BeforeRun | undefined;
}

/** Requests whose content key is remembered (oldest forgotten first). */
const CONTENT_KEY_MEMORY = 4096;
/** Scripts whose description from a slot's reply is remembered to predict keys (oldest forgotten first). */
const DESCRIPTION_MEMORY = 256;

/** Checks `request` (see `resolveBuildRequest`) and compiles its script; a refusal is error data. */
export async function prepareRequest(
  compiler: ScriptCompiler,
  request: BuildRequest,
  defaults: { timeoutMs: number },
  beforeRun: BeforeRun | undefined,
): Promise<Prepared | { error: ErrorData }> {
  let resolved: ResolvedBuildRequest;
  try {
    resolved = resolveBuildRequest(request, defaults);
  } catch (error) {
    if (error instanceof PartforgeError) return { error: error.toData() };
    throw error;
  }
  const script = await compiler.compile(resolved.source, resolved.language, resolved.fileName);
  if (!script.ok) return { error: script.error };
  return { request: resolved, script, beforeRun };
}

/** The slot job of a prepared request. */
export function slotJob(kind: SlotJob["kind"], { request, script }: Prepared): SlotJob {
  return { kind, script: script.data, type: request.type, preset: request.preset, values: request.values, options: request.options, memoTenant: request.tenant };
}

/** The slot checks a description's limits; this process checks again before keeping one. */
export function descriptionRefusal(description: ModelDescription): ErrorData | undefined {
  try {
    checkDescription(description);
    return undefined;
  } catch (error) {
    if (error instanceof PartforgeError) return error.toData();
    throw error;
  }
}

/** The answer to a request whose file the cache holds under `key`: no slot ran, nothing to charge. */
export function cacheHit(key: string, cached: CachedBuild): BuildSuccess {
  const { format, ...meta } = cached.meta;
  return { ok: true, bytes: cached.bytes, type: format, ...meta, contentKey: key, cache: "hit", computeMs: 0 };
}

/** A content key worked out before the slot answered, from the values it was expected to resolve. */
export interface PredictedKey {
  values: Readonly<Record<string, ParamValue>>;
  key: string;
}

/** The keys of prepared requests, for one engine version. */
export class BuildKeys {
  readonly #engine: string;
  readonly #remembered = new Map<string, string>();
  /** The description a slot last returned for each script (by its hash), checked by `descriptionRefusal`. */
  readonly #described = new Map<string, ModelDescription>();
  /** Each description's value schema as `candidateValues` reads it, made once per description object. */
  readonly #schemas = new WeakMap<ModelDescription, CandidateSchema>();

  constructor(engine: string) {
    this.#engine = engine;
  }

  /** The content key of the output of `prepared` built with `values` resolved. */
  contentKey(prepared: Prepared, values: Readonly<Record<string, ParamValue>>): string {
    const { request, script } = prepared;
    return contentKey({ engine: this.#engine, scriptSha256: script.compiled.sha256, values, type: request.type, options: request.options });
  }

  /**
   * The content key of a request whose script is described already, else undefined. Remembered
   * per request text, so a repeated request (the cache-hit path) skips resolving and hashing.
   */
  async beforeBuild(cache: BuildCache, prepared: Prepared): Promise<string | undefined> {
    const { request, script } = prepared;
    const sha = script.compiled.sha256;
    const text = `${sha}\0${request.type}\0${request.preset ?? ""}\0${JSON.stringify(request.values)}\0${JSON.stringify(request.options)}`;
    const remembered = this.#remembered.get(text);
    if (remembered !== undefined) return remembered;
    const description = await cache.getDescription(sha);
    const values = description === undefined ? undefined : candidateValues(this.#schemaOf(description), request);
    if (values === undefined) return undefined;
    const key = this.contentKey(prepared, values);
    if (this.#remembered.size >= CONTENT_KEY_MEMORY) this.#remembered.delete(this.#remembered.keys().next().value!);
    this.#remembered.set(text, key);
    return key;
  }

  /** Remembers the checked description a slot returned for the script `sha256`, for `predict`. */
  noteDescription(sha256: string, description: ModelDescription): void {
    this.#described.delete(sha256);
    this.#described.set(sha256, description);
    if (this.#described.size > DESCRIPTION_MEMORY) this.#described.delete(this.#described.keys().next().value!);
  }

  /**
   * The content key of `prepared` from the values its script's remembered description resolves,
   * worked out while the slot builds (the pool waits then), so that the reply finds it ready;
   * undefined when no description is remembered or the values do not resolve here.
   */
  predict(prepared: Prepared): PredictedKey | undefined {
    const description = this.#described.get(prepared.script.compiled.sha256);
    const values = description === undefined ? undefined : candidateValues(this.#schemaOf(description), prepared.request);
    return values === undefined ? undefined : { values, key: this.contentKey(prepared, values) };
  }

  /**
   * The content key of `prepared` built with the values the slot resolved: the predicted one when
   * those are the values it was computed from (a key depends on nothing else), else computed now.
   */
  afterBuild(prepared: Prepared, predicted: PredictedKey | undefined, values: Readonly<Record<string, ParamValue>>): string {
    return predicted !== undefined && sameValues(predicted.values, values) ? predicted.key : this.contentKey(prepared, values);
  }

  #schemaOf(description: ModelDescription): CandidateSchema {
    let schema = this.#schemas.get(description);
    if (schema === undefined) {
      schema = candidateSchema(description);
      this.#schemas.set(description, schema);
    }
    return schema;
  }

  /** The key under which identical requests share one build when the content key is not known yet. */
  flightKey({ request, script }: Prepared): string {
    const { preset, values, type, options } = request;
    return `request:${canonicalJson({ engine: this.#engine, sha: script.compiled.sha256, preset: preset ?? null, values, format: type, options })}`;
  }
}

/** Whether two sets of resolved values are equal (names in any order; a key sorts them). */
function sameValues(a: Readonly<Record<string, ParamValue>>, b: Readonly<Record<string, ParamValue>>): boolean {
  const names = Object.keys(a);
  if (names.length !== Object.keys(b).length) return false;
  return names.every((name) => Object.hasOwn(b, name) && a[name] === b[name]);
}

/**
 * The values the slot will resolve, computed here only to find the cache key: without pattern
 * checks (a script's regular expression must never run in this process), and only when every
 * name is known. A value that fails its pattern simply finds no cached build, and the slot
 * reports the error.
 */
function candidateValues(schema: CandidateSchema, request: ResolvedBuildRequest): Record<string, ParamValue> | undefined {
  if (Object.keys(request.values).some((name) => !schema.names.has(name))) return undefined;
  if (request.preset !== undefined && request.preset !== "" && !Object.hasOwn(schema.presets, request.preset)) return undefined;
  try {
    return resolveValues(schema, { preset: request.preset, values: request.values });
  } catch {
    return undefined;
  }
}

/** A description's parameters without their patterns, and their names. */
interface CandidateSchema extends ValueSchema {
  readonly names: ReadonlySet<string>;
}

function candidateSchema(description: ModelDescription): CandidateSchema {
  return {
    parameters: description.parameters.map(({ pattern: _pattern, ...parameter }) => parameter),
    presets: description.presets,
    names: new Set(description.parameters.map((parameter) => parameter.name)),
  };
}
