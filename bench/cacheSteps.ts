/**
 * `npx tsx bench/cacheSteps.ts [--base DIR] [--rounds N]`: the pool's result cache on a trivial
 * build's path, step by step, with no slot — what `pool.build()` does around the slot's work on a
 * miss (key, lookup, single flight, store) and on a hit, on a disk cache, as `BuildPool` calls it
 * (`src/build/pool/pool.ts`). Two checkouts (this one and `--base`, default: this one again, an
 * A/A control) are loaded in this process and take turns build by build, the order swapped every
 * round; each step's wall time (hrtime) and process CPU (`process.cpuUsage`: every thread, so the
 * libuv pool's file work too) are recorded, and medians of the per-round differences printed.
 * The disk write behind the reply (`writeBehind`) is timed apart: it is not on the reply's path.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { median, printTable } from "./measure.ts";
import { BOX } from "./trivial/rig.ts";

const STEPS = ["prepare (compile hit)", "key before build (described script)", "lookup, miss (memory, then disk)", "single flight + store (reply waits)", "miss path in all", "disk write behind the reply", "hit path (remembered key, memory)", "the whole round (miss, write, hit)"] as const;
type Step = (typeof STEPS)[number];
type Timing = Record<Step, { wallMs: number; cpuMs: number }>;

async function sideOf(root: string, dataDir: string) {
  const from = <T>(path: string) => import(pathToFileURL(join(root, path)).href) as Promise<T>;
  const cacheModule = await from<typeof import("../src/build/cache/index.ts")>("src/build/cache/index.ts");
  const poolModule = await from<typeof import("../src/build/pool/index.ts")>("src/build/pool/index.ts");
  const build = await from<typeof import("../src/build/index.ts")>("src/build/index.ts");
  const cache = cacheModule.createBuildCache({ dir: dataDir });
  const compiler = new poolModule.ScriptCompiler();
  const keys = new poolModule.BuildKeys(cacheModule.engineVersion());
  const flights = new cacheModule.SingleFlight<unknown>();
  const built = await build.buildModel({ source: BOX, language: "ts", type: "stl", values: {} });
  const behind = { writeBehind: true };
  let width = 20;
  const run = async (): Promise<Timing> => {
    width += 0.001;
    const timing = {} as Timing;
    let wall = process.hrtime.bigint();
    let cpu = process.cpuUsage();
    const missStartWall = wall;
    const missStartCpu = cpu;
    const lap = (step: Step, fromWall = wall, fromCpu = cpu) => {
      const nowWall = process.hrtime.bigint();
      const nowCpu = process.cpuUsage();
      timing[step] = { wallMs: Number(nowWall - fromWall) / 1e6, cpuMs: (nowCpu.user + nowCpu.system - fromCpu.user - fromCpu.system) / 1000 };
      wall = process.hrtime.bigint();
      cpu = process.cpuUsage();
    };
    const prepared = await poolModule.prepareRequest(compiler, { source: BOX, language: "ts", type: "stl", values: { p_w: String(width) } }, { timeoutMs: 30_000 }, undefined);
    if ("error" in prepared) throw new Error(prepared.error.message);
    lap("prepare (compile hit)");
    const key = await keys.beforeBuild(cache, prepared);
    if (key === undefined) throw new Error("the description is not cached");
    lap("key before build (described script)");
    if ((await cache.get(key)) !== undefined) throw new Error("a hit where a miss was expected");
    lap("lookup, miss (memory, then disk)");
    const sha = prepared.script.compiled.sha256;
    const meta = { format: "stl" as const, mediaType: built.mediaType, fileName: built.fileName, description: built.description, values: { p_w: width }, buildMs: 1 };
    await flights.run(key, () =>
      cache.exclusive(key, 60_000, async () => {
        await cache.setDescription(sha, built.description, behind);
        await cache.set(key, { bytes: built.bytes, meta }, behind);
        return undefined;
      }),
    );
    lap("single flight + store (reply waits)");
    lap("miss path in all", missStartWall, missStartCpu);
    await cache.flush();
    lap("disk write behind the reply");
    const again = await keys.beforeBuild(cache, prepared);
    const hit = again === undefined ? undefined : await cache.get(again);
    if (hit === undefined) throw new Error("a miss where a hit was expected");
    poolModule.cacheHit(again!, hit);
    lap("hit path (remembered key, memory)");
    lap("the whole round (miss, write, hit)", missStartWall, missStartCpu);
    return timing;
  };
  // The script's description is cached, as after its first build.
  const first = await poolModule.prepareRequest(compiler, { source: BOX, language: "ts", type: "stl" }, { timeoutMs: 30_000 }, undefined);
  if ("error" in first) throw new Error(first.error.message);
  await cache.setDescription(first.script.compiled.sha256, built.description);
  for (let i = 0; i < 50; i++) await run();
  return { run, close: () => cache.close() };
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const here = fileURLToPath(new URL("..", import.meta.url));
const baseRoot = resolve(option("--base") ?? here);
const rounds = Number(option("--rounds") ?? 2000);
const dataDir = await mkdtemp(join(tmpdir(), "partforge-bench-cache-steps-"));
try {
  const a = await sideOf(baseRoot, join(dataDir, "a"));
  const b = await sideOf(here, join(dataDir, "b"));
  const was: Timing[] = [];
  const now: Timing[] = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      was.push(await a.run());
      now.push(await b.run());
    } else {
      now.push(await b.run());
      was.push(await a.run());
    }
  }
  const rows = STEPS.flatMap((step) =>
    (["wallMs", "cpuMs"] as const).map((what) => {
      const before = median(was.map((t) => t[step][what]));
      const after = median(now.map((t) => t[step][what]));
      const paired = median(was.map((t, i) => now[i]![step][what] - t[step][what]));
      return [`${step} (${what === "wallMs" ? "wall" : "CPU"})`, before.toFixed(3), after.toFixed(3), paired.toFixed(3)];
    }),
  );
  printTable(`Result cache steps, box STL, ${rounds} rounds interleaved: base ${baseRoot} vs ${here} (medians, ms)`, ["step", "base", "this", "median of differences"], rows);
  await a.close();
  await b.close();
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
