/**
 * One side of ./httpLayerCpu.ts: the trivial bench's HTTP layer alone (./rig.ts's app whose backend
 * answers at once, on a SQLite store), built from the partforge checkout whose root is argv[2],
 * with the lean client (./leanClient.ts) in its own process sending `GET /build` requests. Each
 * `{ requests }` message runs that many requests one after another and answers with this
 * process's main-thread CPU per request (Linux schedstat) and the median of fastify's elapsedTime.
 * `HTTP_LAYER_LOG=info` gives the app the service's default logger (pino at info, to a sink);
 * `HTTP_LAYER_PAUSE_MS` pauses before each request (see `pause`).
 *
 * Alone: `npx tsx bench/trivial/httpLayerSide.ts ROOT --alone N` runs 300 requests, then N, and
 * prints the figures; with `HTTP_LAYER_PROFILE=FILE.cpuprofile`, a CPU profile of those N only
 * (sampled every 50 µs; sampling is by wall time, so on a loaded machine a function is also
 * charged the time its thread waited for a CPU while it ran).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ForkedSide } from "../compare/forkedSide.ts";
import { threadCpuMs } from "../procStat.ts";
import type { BuildSuccess } from "../../src/build/index.ts";
import type { LeanAnswer, LeanRequest } from "./leanClient.ts";
import { BOX } from "./rig.ts";

export interface LayerQuestion {
  requests: number;
}

export interface LayerAnswer {
  /** This process's main-thread CPU per request, ms. */
  cpuMs: number;
  /** Median of fastify's elapsedTime (onRequest → response written), ms. */
  serviceMs: number;
  /** Median of the lean client's wall time, ms. */
  wallMs: number;
}

const root = process.argv[2];
if (root === undefined) throw new Error("usage: httpLayerSide.ts ROOT [--alone N]");
const from = <T>(path: string) => import(pathToFileURL(join(root, path)).href) as Promise<T>;
const appModule = await from<typeof import("../../src/http/app.ts")>("src/http/app.ts");
const storeModule = await from<typeof import("../../src/store/index.ts")>("src/store/index.ts");

const dataDir = await mkdtemp(join(tmpdir(), "partforge-bench-httplayer-"));
const store = await storeModule.openStore({ dataDir });
let served = 0;
// A STEP-sized file, like the trivial box's (~20 kB).
const bytes = new Uint8Array(20_000).fill(65);
const backend = {
  async build(): Promise<BuildSuccess> {
    return {
      ok: true,
      bytes,
      type: "step",
      mediaType: "model/step",
      fileName: "Bench box.step",
      description: { name: "Bench box", params: [] } as unknown as BuildSuccess["description"],
      values: { p_w: 20 },
      contentKey: `replay-${++served}`,
      cache: "miss",
      buildMs: 1.2,
      queueMs: 0,
      computeMs: 1.1,
    } as BuildSuccess;
  },
  describe(): never {
    throw new Error("builds only");
  },
  health: () => ({}),
  async close() {},
};
const sink = { write: () => true };
const logger = process.env.HTTP_LAYER_LOG === "info" ? { level: "info" as const, stream: sink } : undefined;
const app = await appModule.buildApp({ store, backend, limits: { ratePerSecond: 1e9, rateBurst: 1e9 }, ...(logger !== undefined ? { logger } : {}) });
let elapsed: number | undefined;
app.addHook("onResponse", async (_request, reply) => {
  elapsed = reply.elapsedTime;
});
const account = await store.createAccount({ email: "bench@example.com", password: "benchmark password", plan: "enterprise" });
const key = (await store.createApiKey(account.id)).secret;
const origin = await app.listen({ port: 0, host: "127.0.0.1" });
// A listening app bundles its web pages in the background (routes/web.ts): done before measuring.
await fetch(`${origin}/assets/app.js`);
const client = new ForkedSide<LeanRequest, LeanAnswer>(fileURLToPath(new URL("./leanClient.ts", import.meta.url)), origin);
await client.ready;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * `HTTP_LAYER_PAUSE_MS`: a pause before each request, with other work in it (allocations, a sweep
 * over 8 MB) as the trivial bench's round does between two requests: the request meets cold
 * caches. Only the request's own CPU is counted then.
 */
const pauseMs = Number(process.env.HTTP_LAYER_PAUSE_MS ?? 0);
const sweep = new Uint8Array(8 << 20);
async function pause(): Promise<void> {
  if (!(pauseMs > 0)) return;
  let garbage: unknown[] = [];
  for (let i = 0; i < 20_000; i++) garbage.push({ i, text: `x${i}` });
  for (let i = 0; i < sweep.length; i += 64) sweep[i] = (sweep[i]! + 1) & 255;
  garbage = [];
  await new Promise((resolve) => setTimeout(resolve, pauseMs));
}

let width = 20;
async function run({ requests }: LayerQuestion): Promise<LayerAnswer> {
  const service: number[] = [];
  const wall: number[] = [];
  let cpu = 0;
  for (let i = 0; i < requests; i++) {
    await pause();
    const before = threadCpuMs(process.pid);
    width += 0.001;
    elapsed = undefined;
    const answer = await client.run({ path: `/build?key=${key}&type=STEP&p_w=${width}&s=${encodeURIComponent(BOX)}` });
    if ("error" in answer) throw new Error(answer.error);
    if (answer.status !== 200) throw new Error(`HTTP ${answer.status}: ${answer.bodyHead}`);
    for (let j = 0; j < 100 && elapsed === undefined; j++) await new Promise((resolve) => setImmediate(resolve));
    cpu += threadCpuMs(process.pid) - before;
    service.push(elapsed ?? Number.NaN);
    wall.push(answer.ms);
  }
  return { cpuMs: cpu / requests, serviceMs: median(service), wallMs: median(wall) };
}

async function close() {
  client.close();
  await app.close();
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
}

if (process.argv[3] === "--alone") {
  const n = Number(process.argv[4] ?? 3000);
  await run({ requests: 300 });
  const profileTo = process.env.HTTP_LAYER_PROFILE;
  const session = profileTo === undefined ? undefined : new (await import("node:inspector")).Session();
  const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) => session!.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));
  if (session !== undefined) {
    session.connect();
    await post("Profiler.enable");
    await post("Profiler.setSamplingInterval", { interval: 50 });
    await post("Profiler.start");
  }
  console.log(JSON.stringify(await run({ requests: n })));
  if (session !== undefined) {
    const { profile } = (await post("Profiler.stop")) as { profile: object };
    (await import("node:fs")).writeFileSync(profileTo!, JSON.stringify(profile));
  }
  await close();
} else {
  process.on("message", (question: LayerQuestion) => {
    run(question).then(
      (answer) => process.send?.(answer),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
  process.on("disconnect", () => void close().then(() => process.exit(0)));
  process.send?.("ready");
}
