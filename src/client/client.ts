/**
 * `PartforgeClient`: the REST API over `fetch`, typed from /openapi.json. Runs in Node (18+) and
 * in browsers; it imports nothing but its own folder.
 *
 * @example
 * const client = new PartforgeClient({ baseUrl: "https://parts.example.org", apiKey });
 * const file = await client.build({ id: "4hskpb69", type: "STEP", params: { p_length: 120 } });
 * if (!file.notModified) save(file.bytes, file.fileName);
 */
import { builtFileInfo, buildRequestBody, type BuildOptions, type BuiltBytes, type BuiltStream, type NotModified } from "./build.ts";
import { isProblem, PartforgeConnectionError, PartforgeHttpError, PartforgeProblemError } from "./errors.ts";
import { batchRequestBody, FINAL_JOB_STATUSES, JobWaitTimeoutError, pause, type BatchAccepted, type BatchOptions, type Job, type JobAccepted, type WaitOptions } from "./jobs.ts";
import { OPERATIONS, type JsonAnswer, type JsonRequest, type OperationId } from "./operations.ts";

export interface PartforgeClientOptions {
  /** Where the service is, e.g. `https://parts.example.org` (a path prefix is kept). */
  baseUrl: string;
  /** An API key, sent as `Authorization: Bearer`. Without one, a browser's session cookie is used. */
  apiKey?: string;
  /** In the web app: build with the logged-in session (sends `X-Partforge-Session: 1`). */
  useSession?: boolean;
  /** Another fetch (tests, proxies); the global one by default. */
  fetch?: typeof globalThis.fetch;
}

export type Model = JsonAnswer<"getModel", 200>;
export type ModelList = JsonAnswer<"listModels", 200>;
export type ModelInput = JsonRequest<"createModel">;
export type Usage = JsonAnswer<"getUsage", 200>;
export type AccountAnswer = JsonAnswer<"getAccount", 200>;
export type FormatList = JsonAnswer<"listFormats", 200>;

interface Call {
  pathParams?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  json?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
}

export class PartforgeClient {
  readonly baseUrl: string;
  readonly #apiKey: string | undefined;
  readonly #useSession: boolean;
  readonly #fetch: typeof globalThis.fetch;

  /** Stored models: list, read, create, revise, delete. */
  readonly models = {
    /** Public models and the caller's own, newest first. */
    list: (options: { limit?: number; offset?: number; signal?: AbortSignal } = {}): Promise<ModelList> =>
      this.#json<JsonAnswer<"listModels", 200>>("listModels", { query: { limit: options.limit, offset: options.offset }, signal: options.signal }),
    /** A model with its parameter schema, presets and script. */
    get: (id: string, options: { signal?: AbortSignal } = {}): Promise<Model> => this.#json<JsonAnswer<"getModel", 200>>("getModel", { pathParams: { id }, signal: options.signal }),
    /** Publishes a new model; the script is validated and described first. */
    create: (input: ModelInput, options: { signal?: AbortSignal } = {}): Promise<JsonAnswer<"createModel", 201>> =>
      this.#json<JsonAnswer<"createModel", 201>>("createModel", { json: input, signal: options.signal }),
    /** A new revision of one of the caller's models (same id). */
    revise: (id: string, input: JsonRequest<"reviseModel">, options: { signal?: AbortSignal } = {}): Promise<JsonAnswer<"reviseModel", 200>> =>
      this.#json<JsonAnswer<"reviseModel", 200>>("reviseModel", { pathParams: { id }, json: input, signal: options.signal }),
    delete: async (id: string, options: { signal?: AbortSignal } = {}): Promise<void> => {
      await this.#call("deleteModel", { pathParams: { id }, signal: options.signal });
    },
  };

  /**
   * Asynchronous builds: submit takes what `build` takes and answers at once (refusals are
   * thrown as they would be by `build`); follow the job with `get` or `wait`, then fetch its file
   * with `result` (charged as a build's file) or stop it with `cancel`.
   *
   * @example
   * const { id } = await client.jobs.submit({ id: "4hskpb69", type: "STEP" });
   * const job = await client.jobs.wait(id, { onState: (j) => console.log(j.progress.fraction) });
   * if (job.status === "done") save((await client.jobs.result(id)).bytes);
   */
  readonly jobs = {
    submit: (options: BuildOptions): Promise<JobAccepted> =>
      this.#json<JobAccepted>("submitJob", { json: buildRequestBody(options), headers: this.#sessionHeaders(), signal: options.signal }),
    /** The job's state, progress and timings; a failed job's `error` is the problem `build` would have thrown. */
    get: (id: string, options: { signal?: AbortSignal } = {}): Promise<Job> => this.#json<Job>("getJob", { pathParams: { id }, headers: this.#sessionHeaders(), signal: options.signal }),
    /** Polls until the job is done, failed or cancelled, and answers that state (it does not throw for a failed job). */
    wait: async (id: string, options: WaitOptions = {}): Promise<Job> => {
      const pollMs = Math.max(50, options.pollMs ?? 500);
      const deadline = options.timeoutMs === undefined ? Infinity : Date.now() + options.timeoutMs;
      for (;;) {
        const job = await this.jobs.get(id, { signal: options.signal });
        options.onState?.(job);
        if (FINAL_JOB_STATUSES.includes(job.status)) return job;
        if (Date.now() + pollMs > deadline) throw new JobWaitTimeoutError(job, options.timeoutMs!);
        await pause(pollMs, options.signal);
      }
    },
    /** The done job's file (a batch's ZIP), as `build` answers it; 409 JOB_NOT_DONE before. */
    result: async (id: string, options: { ifNoneMatch?: string; signal?: AbortSignal } = {}): Promise<BuiltBytes | NotModified> =>
      this.#fileBytes(await this.#jobResult(id, options), options.ifNoneMatch),
    resultStream: async (id: string, options: { ifNoneMatch?: string; signal?: AbortSignal } = {}): Promise<BuiltStream | NotModified> =>
      this.#file(await this.#jobResult(id, options), options.ifNoneMatch),
    /** Stops a queued or running job; answers its state (a finished job is left as it was). */
    cancel: (id: string, options: { signal?: AbortSignal } = {}): Promise<Job> => this.#json<Job>("cancelJob", { pathParams: { id }, headers: this.#sessionHeaders(), signal: options.signal }),
  };

  /** Batches: one model in many configurations as one job, whose result (`jobs.result`) is a ZIP with manifest.json. */
  readonly batches = {
    submit: (options: BatchOptions): Promise<BatchAccepted> =>
      this.#json<BatchAccepted>("submitBatch", { json: batchRequestBody(options), headers: this.#sessionHeaders(), signal: options.signal }),
  };

  constructor(options: PartforgeClientOptions) {
    let url: URL;
    try {
      url = new URL(options.baseUrl);
    } catch {
      throw new TypeError(`baseUrl must be an absolute http(s) URL such as https://parts.example.org; got "${options.baseUrl}"`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new TypeError(`baseUrl must be http or https; got "${options.baseUrl}"`);
    this.baseUrl = `${url.origin}${url.pathname}`.replace(/\/+$/, "");
    this.#apiKey = options.apiKey;
    this.#useSession = options.useSession ?? false;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  /** Builds a model and reads the whole file. */
  async build(options: BuildOptions): Promise<BuiltBytes | NotModified> {
    return this.#fileBytes(await this.#build(options), options.ifNoneMatch);
  }

  /** Builds a model and hands back the file as it arrives. */
  async buildStream(options: BuildOptions): Promise<BuiltStream | NotModified> {
    return this.#file(await this.#build(options), options.ifNoneMatch);
  }

  #build(options: BuildOptions): Promise<Response> {
    const headers = this.#sessionHeaders();
    if (options.ifNoneMatch !== undefined) headers["If-None-Match"] = options.ifNoneMatch;
    return this.#call("buildWithBody", { json: buildRequestBody(options), headers, signal: options.signal });
  }

  #jobResult(id: string, options: { ifNoneMatch?: string; signal?: AbortSignal }): Promise<Response> {
    const headers = this.#sessionHeaders();
    if (options.ifNoneMatch !== undefined) headers["If-None-Match"] = options.ifNoneMatch;
    return this.#call("getJobResult", { pathParams: { id }, headers, signal: options.signal });
  }

  /** Downloads this month, the quota and the newest downloads of the caller's account. */
  usage(options: { signal?: AbortSignal } = {}): Promise<Usage> {
    return this.#json<JsonAnswer<"getUsage", 200>>("getUsage", { signal: options.signal });
  }

  /** The caller's account. */
  account(options: { signal?: AbortSignal } = {}): Promise<AccountAnswer> {
    return this.#json<JsonAnswer<"getAccount", 200>>("getAccount", { signal: options.signal });
  }

  /** The output types /build accepts. */
  formats(options: { signal?: AbortSignal } = {}): Promise<FormatList> {
    return this.#json<JsonAnswer<"listFormats", 200>>("listFormats", { signal: options.signal });
  }

  /** In the web app without a key: the header that asks the service to use the session's account. */
  #sessionHeaders(): Record<string, string> {
    return this.#useSession && this.#apiKey === undefined ? { "X-Partforge-Session": "1" } : {};
  }

  /**
   * A file answer read whole: the response's own `arrayBuffer()`, which fetch fills without
   * passing each chunk through a second stream (as `new Response(body)` of `#file`'s stream would).
   */
  async #fileBytes(response: Response, ifNoneMatch: string | undefined): Promise<BuiltBytes | NotModified> {
    const answer = this.#file(response, ifNoneMatch);
    if (answer.notModified) return answer;
    const { body: _body, ...info } = answer;
    return { ...info, bytes: new Uint8Array(await response.arrayBuffer()) };
  }

  /** A file answer (of /build or a job's result) as typed facts and a stream, or "not modified". */
  #file(response: Response, ifNoneMatch: string | undefined): BuiltStream | NotModified {
    if (response.status === 304) return { notModified: true, etag: response.headers.get("ETag") ?? ifNoneMatch ?? "" };
    const info = builtFileInfo(response);
    if (response.body === null) throw new PartforgeHttpError(response.status, response.statusText, "the answer has no body");
    return { ...info, body: response.body };
  }

  /** The JSON body of a successful call; each caller names its type from the generated operations. */
  async #json<Body>(operation: OperationId, call: Call): Promise<Body> {
    const response = await this.#call(operation, { ...call, headers: { Accept: "application/json", ...call.headers } });
    return (await response.json()) as Body;
  }

  /** Sends one operation; a non-2xx, non-304 answer becomes a thrown error. */
  async #call(operation: OperationId, call: Call): Promise<Response> {
    const { method, path } = OPERATIONS[operation];
    const url = new URL(this.baseUrl + path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(call.pathParams?.[name] ?? "")));
    for (const [name, value] of Object.entries(call.query ?? {})) if (value !== undefined) url.searchParams.set(name, String(value));
    const headers: Record<string, string> = { ...call.headers };
    if (this.#apiKey !== undefined) headers.Authorization = `Bearer ${this.#apiKey}`;
    if (call.json !== undefined) headers["Content-Type"] = "application/json";
    let response: Response;
    try {
      response = await this.#fetch(url, {
        method: method.toUpperCase(),
        headers,
        ...(call.json !== undefined ? { body: JSON.stringify(call.json) } : {}),
        ...(call.signal !== undefined ? { signal: call.signal } : {}),
      });
    } catch (error) {
      if (error instanceof Error && error.name === "AbortError") throw error;
      throw new PartforgeConnectionError(this.baseUrl, error);
    }
    if (response.ok || response.status === 304) return response;
    throw await errorOf(response);
  }
}

async function errorOf(response: Response): Promise<Error> {
  const text = await response.text().catch(() => "");
  const retryAfter = Number(response.headers.get("Retry-After"));
  if (/^application\/(problem\+)?json/i.test(response.headers.get("Content-Type") ?? "")) {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (isProblem(body)) return new PartforgeProblemError(body, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined);
  }
  return new PartforgeHttpError(response.status, response.statusText, text.slice(0, 200).replace(/\s+/g, " ").trim());
}
