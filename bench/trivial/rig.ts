/**
 * The trivial build's test rig (../trivial.ts): a service (a real app on a SQLite store, its pool
 * with a build cache), a second app on the same store whose backend answers at once, a pool
 * without a cache, and the in-process measures, all made from the partforge checkout whose root
 * is given (this one, or the base of `trivial --base`, in its own process: ./side.ts); the rig
 * and its HTTP clients are this checkout's code on both sides. One `sample(type)` is one round of
 * the layers, interleaved build by build.
 *
 * A round's two HTTP requests (to the service, and to the app answering at once) are sent by one
 * client, the two taking turns every two rounds so that each meets both orders of the round: the
 * lean client in its own process (./leanClient.ts, one kept-alive connection per app, timed
 * inside it from the write to the last byte), or undici's fetch() in this process, the service's.
 *
 * The slot's CPU window opens at once before the build, on purpose (the bench measures the slot's
 * first build after the rest of the round, as a pause leaves it), but only on a slot in service,
 * and closes at the reply from the same process (../slotWindow.ts). A round in which either pool's
 * build did not run in the slot that was ready before it (a replacement starting, a slot retired
 * mid-round, a memory retry in a new slot: its figures would be a fresh slot's, or another
 * process's CPU) says so in `slotSwap`; ../trivial.ts drops it and runs another.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BuildBackend, BuildSuccess } from "../../src/build/index.ts";
import type { BuildPool } from "../../src/build/pool/index.ts";
import { ForkedSide } from "../compare/forkedSide.ts";
import { timeOnce } from "../measure.ts";
import { threadCpuMs } from "../procStat.ts";
import { SlotWindow } from "../slotWindow.ts";
import type { LeanReply, LeanRequest } from "./leanClient.ts";

const LEAN_CLIENT = fileURLToPath(new URL("./leanClient.ts", import.meta.url));

export const BOX = `import { Workplane, FloatParam } from "partforge";
export const METADATA = { name: "Bench box" };
export const p_w = FloatParam({ min: 1, max: 1000, default: 20 });
export function build() { return Workplane("XY").box(p_w.value, 10, 10); }
`;

export interface Sample {
  /** Which of the two calls on the cached pool's slot came first in this round (after the other layers' work). */
  order: "http first" | "pool first";
  /** Which client sent this round's two HTTP requests: the lean one in its own process, or undici's fetch() in this one. */
  client: "lean" | "fetch";
  /** The request's wall time as the client saw it. */
  httpMs: number;
  /** The same request as the service timed it (onRequest → response written). */
  httpServiceMs: number;
  /** This process's main-thread CPU over that request: the service's (with fetch, the client's too; Linux, else NaN). */
  httpCpuMs: number;
  /** The lean client's process's CPU over that request (NaN with fetch). */
  httpClientCpuMs: number;
  /**
   * This process's main-thread CPU over asking the lean client for nothing (a ping, with the same
   * CPU readings around it): the rig's own share of `httpCpuMs` (NaN with fetch).
   */
  askCpuMs: number;
  httpLayerMs: number;
  httpLayerServiceMs: number;
  /** This process's main-thread CPU over the HTTP layer's request (Linux, else NaN). */
  httpLayerCpuMs: number;
  cachedPoolMs: number;
  /** The cached pool's slot's own phases (load + build + export) of that build, as the slot timed them. */
  cachedSlotMs: number;
  poolMs: number;
  /** The cacheless pool's slot's main-thread CPU over its build: IPC, job frame, phases (Linux, else NaN). */
  slotCpuMs: number;
  loadMs: number;
  buildMs: number;
  exportMs: number;
  compileHitMs: number;
  jobFrameMs: number;
  kernelBuildMs: number;
  inProcessExportMs: number;
  /** Set when a pool's build in this round did not run in the slot that was ready before it (why): the round is to be dropped. */
  slotSwap: string | undefined;
}

export interface TrivialRig {
  sample(type: "step" | "stl"): Promise<Sample>;
  close(): Promise<void>;
}

/** The modules the rig takes from a checkout (typed as this checkout's; a base must match them). */
async function modulesOf(root: string) {
  const from = <T>(path: string) => import(pathToFileURL(join(root, path)).href) as Promise<T>;
  return {
    build: await from<typeof import("../../src/build/index.ts")>("src/build/index.ts"),
    cache: await from<typeof import("../../src/build/cache/index.ts")>("src/build/cache/index.ts"),
    pool: await from<typeof import("../../src/build/pool/index.ts")>("src/build/pool/index.ts"),
    compiler: await from<typeof import("../../src/build/pool/compiler.ts")>("src/build/pool/compiler.ts"),
    app: await from<typeof import("../../src/http/app.ts")>("src/http/app.ts"),
    kernel: await from<typeof import("../../src/kernel/index.ts")>("src/kernel/index.ts"),
    invariants: await from<typeof import("../../src/build/pool/slot/invariants.ts")>("src/build/pool/slot/invariants.ts"),
    api: await from<typeof import("../../src/api/index.ts")>("src/api/index.ts"),
    store: await from<typeof import("../../src/store/index.ts")>("src/store/index.ts"),
  };
}

/**
 * A backend that answers every build at once with the last file `pooled` built (under a new
 * content key, so nothing downstream can take it for the one before): the HTTP layer alone.
 */
class ReplayBackend implements BuildBackend {
  last: BuildSuccess | undefined;
  #served = 0;

  async build(): Promise<BuildSuccess> {
    if (this.last === undefined) throw new Error("ReplayBackend: nothing built yet");
    return { ...this.last, contentKey: `${this.last.contentKey}-replay-${++this.#served}`, cache: "miss" };
  }

  describe(): never {
    throw new Error("ReplayBackend: builds only");
  }

  health(): Record<string, unknown> {
    return {};
  }

  async close(): Promise<void> {}
}

/** A thread's CPU in ms, or NaN off Linux or once it is gone. */
function cpuOf(pid: number | undefined): number {
  if (pid === undefined || process.platform !== "linux") return Number.NaN;
  try {
    return threadCpuMs(pid);
  } catch {
    return Number.NaN;
  }
}

async function pooled(pool: BuildPool, type: "step" | "stl", width: number): Promise<{ ms: number; threadCpuMs: number; swap: string | undefined; loadMs: number; buildMs: number; exportMs: number; built: BuildSuccess }> {
  const window = SlotWindow.now(pool);
  window.beforeBuild();
  const { ms, value } = await timeOnce(() => pool.build({ source: BOX, language: "ts", type, values: { p_w: String(width) } }));
  const { cpuMs, swap } = window.close();
  if (!value.ok) throw new Error(`the trivial build failed: ${value.error.code}: ${value.error.message}`);
  if (value.timings === undefined) throw new Error("the trivial build was answered from the cache; the benchmark must miss it");
  return { ...value.timings, ms, threadCpuMs: cpuMs, swap, built: value };
}

export async function openTrivialRig(root: string): Promise<TrivialRig> {
  const m = await modulesOf(root);
  const dataDir = await mkdtemp(join(tmpdir(), "partforge-bench-trivial-"));
  const store = await m.store.openStore({ dataDir });
  const cachedPool = await m.pool.createBuildPool({ size: 1, spare: 0, wasmTierUp: "eager", cache: m.cache.createBuildCache({ dir: join(dataDir, "cache") }), log: () => undefined });
  const pool = await m.pool.createBuildPool({ size: 1, spare: 0, wasmTierUp: "eager", log: () => undefined });
  const app = await m.app.buildApp({ store, backend: new m.build.PoolBackend(cachedPool), limits: { ratePerSecond: 1e9, rateBurst: 1e9 } });
  const replay = new ReplayBackend();
  const replayApp = await m.app.buildApp({ store, backend: replay, limits: { ratePerSecond: 1e9, rateBurst: 1e9 } });
  const leanClients = new Map<string, ForkedSide<LeanRequest, LeanReply>>();
  const close = async () => {
    for (const client of leanClients.values()) client.close();
    await app.close();
    await replayApp.close();
    await cachedPool.close();
    await pool.close();
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    // How long each app took over its last request, as fastify timed it when the response was written.
    const serviceMs = new Map<object, number>();
    for (const each of [app, replayApp]) {
      each.addHook("onResponse", async (_request, reply) => {
        serviceMs.set(each, reply.elapsedTime);
      });
    }
    const compiler = new m.compiler.ScriptCompiler();
    await m.kernel.loadKernel();
    const account = await store.createAccount({ email: "bench@example.com", password: "benchmark password", plan: "enterprise" });
    const key = (await store.createApiKey(account.id)).secret;
    const address = await app.listen({ port: 0, host: "127.0.0.1" });
    const replayAddress = await replayApp.listen({ port: 0, host: "127.0.0.1" });
    await compiler.compile(BOX, "ts");
    for (const origin of [address, replayAddress]) {
      const client = new ForkedSide<LeanRequest, LeanReply>(LEAN_CLIENT, origin);
      leanClients.set(origin, client);
      await client.ready;
    }
    let width = 20;
    /** One GET by `client`: its wall time (ms) and body, status and, from the lean client, its own CPU. */
    const send = async (client: Sample["client"], origin: string, path: string): Promise<{ ms: number; status: number; bodyBytes: number; bodyHead: string | undefined; clientCpuMs: number }> => {
      if (client === "lean") {
        const answer = await leanClients.get(origin)!.run({ path });
        if ("error" in answer) throw new Error(`the lean HTTP client: ${answer.error}`);
        if ("pong" in answer) throw new Error("the lean HTTP client answered a request with a pong");
        return { ...answer, clientCpuMs: answer.cpuMs };
      }
      const started = performance.now();
      const response = await fetch(`${origin}${path}`);
      const body = Buffer.from(await response.arrayBuffer());
      const ms = performance.now() - started;
      return { ms, status: response.status, bodyBytes: body.length, bodyHead: body.subarray(0, 300).toString("utf8"), clientCpuMs: Number.NaN };
    };
    /** The request's wall time as the client saw it, as the service timed it, this thread's CPU over it and the lean client's; the body's length checked when known. */
    const getBuild = async (client: Sample["client"], at: string, type: "step" | "stl", expectedBytes?: number): Promise<{ ms: number; serviceMs: number; cpuMs: number; clientCpuMs: number }> => {
      const target = at === address ? app : replayApp;
      serviceMs.delete(target);
      const cpuBefore = cpuOf(process.pid);
      const sent = await send(client, at, `/build?key=${key}&type=${type.toUpperCase()}&p_w=${width}&s=${encodeURIComponent(BOX)}`);
      if (sent.status !== 200) throw new Error(`HTTP ${sent.status}: ${sent.bodyHead ?? ""}`);
      if (sent.bodyBytes === 0 || (expectedBytes !== undefined && sent.bodyBytes !== expectedBytes)) throw new Error(`HTTP 200 with a body of ${sent.bodyBytes} bytes (${expectedBytes ?? "some"} expected) for ${type}`);
      // onResponse runs when the response has been written, which may be just after the client has read it.
      for (let i = 0; i < 100 && !serviceMs.has(target); i++) await new Promise((resolve) => setImmediate(resolve));
      return { ms: sent.ms, serviceMs: serviceMs.get(target) ?? Number.NaN, cpuMs: cpuOf(process.pid) - cpuBefore, clientCpuMs: sent.clientCpuMs };
    };
    /** This thread's CPU over asking the lean client for nothing, read as getBuild reads it. */
    const askCpu = async (client: Sample["client"]): Promise<number> => {
      if (client !== "lean") return Number.NaN;
      const cpuBefore = cpuOf(process.pid);
      await leanClients.get(address)!.run({ ping: true });
      return cpuOf(process.pid) - cpuBefore;
    };
    let round = 0;
    const sample = async (type: "step" | "stl"): Promise<Sample> => {
      width += 0.001;
      // The first build on a slot after the rest of the round (other processes' and this one's
      // work) is slower than the next: the two calls on the cached pool take turns being first,
      // and the clients take turns every two rounds, so each meets both orders.
      const order = round % 2 === 0 ? "http first" : "pool first";
      const client = Math.floor(round / 2) % 2 === 0 ? "lean" : "fetch";
      round += 1;
      let http = order === "http first" ? await getBuild(client, address, type) : undefined;
      const cached = await pooled(cachedPool, type, width + 0.0005);
      if (order === "pool first") http = await getBuild(client, address, type);
      replay.last = cached.built;
      const httpLayer = await getBuild(client, replayAddress, type, cached.built.bytes.length);
      const askCpuMs = await askCpu(client);
      const bare = await pooled(pool, type, width + 0.0007);
      const compileHitMs = (await timeOnce(() => compiler.compile(BOX, "ts"))).ms;
      // The frame runJob and the slot's main put around a job's phases (see slot/runJob.ts, slot/main.ts).
      const jobFrameMs = (await timeOnce(() => {
        const before = m.invariants.slotFingerprint();
        m.kernel.withMemoSession(undefined, "", () => m.kernel.withScope(() => undefined));
        return m.invariants.brokenInvariant(before, m.invariants.slotFingerprint());
      })).ms;
      const kernelBuildMs = (await timeOnce(() => m.kernel.withScope(() => m.api.Workplane("XY").box(width, 10, 10).val()))).ms;
      const inProcess = await m.build.buildModel({ source: BOX, language: "ts", type, values: { p_w: String(width + 0.0009) } });
      return {
        order,
        client,
        httpMs: http!.ms,
        httpServiceMs: http!.serviceMs,
        httpCpuMs: http!.cpuMs,
        httpClientCpuMs: http!.clientCpuMs,
        askCpuMs,
        httpLayerMs: httpLayer.ms,
        httpLayerServiceMs: httpLayer.serviceMs,
        httpLayerCpuMs: httpLayer.cpuMs,
        cachedPoolMs: cached.ms,
        cachedSlotMs: cached.loadMs + cached.buildMs + cached.exportMs,
        poolMs: bare.ms,
        slotCpuMs: bare.threadCpuMs,
        loadMs: bare.loadMs,
        buildMs: bare.buildMs,
        exportMs: bare.exportMs,
        compileHitMs,
        jobFrameMs,
        kernelBuildMs,
        inProcessExportMs: inProcess.timings?.exportMs ?? Number.NaN,
        slotSwap: cached.swap !== undefined ? `pool with cache: ${cached.swap}` : bare.swap !== undefined ? `pool without cache: ${bare.swap}` : undefined,
      };
    };
    return { sample, close };
  } catch (error) {
    await close();
    throw error;
  }
}
