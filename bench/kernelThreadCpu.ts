/**
 * Where the multi-threaded kernel's CPU goes, thread by thread: builds programs in this process
 * with `--kernel-threads N` and reads every thread's CPU (`/proc/self/task/<tid>/schedstat`: run
 * time and the number of times it was put on a CPU) before and after each build. Threads are
 * grouped as the main thread, the kernel's pool threads (the ones that appeared while the kernel
 * loaded: Emscripten's pthread workers, each a Node worker thread) and the rest (V8's and libuv's
 * helper threads). Prints per program and format the mean per build, over `--builds` builds after
 * `--warmup` unmeasured ones.
 *
 *   npx tsx bench/kernelThreadCpu.ts [--root DIR] [--kernel-threads N] [--serial] [--builds N]
 *       [--warmup N] [--idle-ms MS] [box|NAME…]
 *
 * `--serial` turns the Boolean operations' parallel mode off after the load (meshing still runs
 * on the pool); `--idle-ms MS` also measures the threads over MS of idle time after the builds
 * (what the pool costs when nothing is built); `--root DIR` builds with that tree's src/.
 * "box" is a one-line 10 mm box; other names pick examples/ or conformance programs by path.
 * Run it as the slots run (`node --no-wasm-dynamic-tiering --import tsx bench/kernelThreadCpu.ts …`):
 * with V8's dynamic tier-up the helper threads' compiling swamps the rest.
 *
 * What it found (2026-12-07, load average 15-21 on 2 cores, so absolute figures are inflated):
 * - Emscripten preloaded one worker per kernel thread, but OpenCascade's pool of N is the calling
 *   thread and N - 1 pool threads: the N-th worker never ran (2 and 4 threads, idle and builds).
 *   Now N - 1 are preloaded (src/kernel/load.ts).
 * - Parallel mode off (or on, with no Boolean that splits), STEP builds: the pool threads ran ~0
 *   (box 0.00, spur-gear 0.11 ms [1.3] a build): OpenCascade starts its pool threads lazily, at the
 *   first parallel algorithm, and until then the workers sit in their event loops.
 * - STL builds mesh on the pool whatever the Boolean mode (real work: spur-gear 61 ms a build on
 *   the pool with parallel mode off, box 0.3-1.0 ms).
 * - Once started, an idle OpenCascade pool thread wakes ten times a second: it waits for work in
 *   pthread_cond_wait, which in Emscripten's musl (__timedwait_cp) waits in 100 ms slices
 *   whenever the thread may be cancelled (the default for every pthread), to check for
 *   pthread_cancel; the main thread waits in 1 ms slices, running proxied calls. Measured idle:
 *   one pool thread 2.65-2.9 ms of CPU over 3 s [29-30 wake-ups]; with 4 threads each of the three
 *   ~2 ms [30-33]; during builds the same slices cost 0.1-0.7 ms each (caches cold), so a
 *   1-2 s build carries a few ms of them: the "2-10 ms a build with parallel mode off" of the last
 *   session is these wake-ups plus the meshing's real work. Not cut: the slice is a constant in
 *   the WebAssembly (musl's __timedwait_cp), and the pool threads' cancel state is saved and
 *   restored by pthread_cond_wait itself, so neither can be changed from JavaScript safely; a
 *   kernel build with the pool threads calling pthread_setcancelstate(PTHREAD_CANCEL_DISABLE)
 *   (then musl waits in one go) would.
 * - Not attributable here: on the most loaded runs lego-brick's STEP builds showed 290-480 ms a
 *   build on the threads that appeared at the load (perf: libuv read/epoll/eventfd, an event loop
 *   being woken), but 0.03 ms in a quieter run of the same command; perf's tids then matched no
 *   kernel work. Treat figures from a machine at load average 20 with care.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const HERE = fileURLToPath(new URL("..", import.meta.url));
const BOX = `import { Workplane } from "partforge";\nexport function build() { return Workplane("XY").box(10, 10, 10); }\n`;
const PROGRAM_DIRS = ["examples", "examples/cadquery", "test/conformance/ports", "test/conformance/ports-without-native"];

interface Sample { ms: number; slices: number }

function sampleThreads(): Map<number, Sample> {
  const out = new Map<number, Sample>();
  for (const task of readdirSync("/proc/self/task")) {
    try {
      const [run, , slices] = readFileSync(`/proc/self/task/${task}/schedstat`, "utf8").trim().split(" ");
      out.set(Number(task), { ms: Number(run) / 1e6, slices: Number(slices) });
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

type Group = "main" | "pool" | "other";
const GROUPS: readonly Group[] = ["main", "pool", "other"];

function difference(before: Map<number, Sample>, after: Map<number, Sample>, groupOf: (tid: number) => Group): Record<Group, Sample> {
  const sums: Record<Group, Sample> = { main: { ms: 0, slices: 0 }, pool: { ms: 0, slices: 0 }, other: { ms: 0, slices: 0 } };
  for (const [tid, end] of after) {
    const start = before.get(tid) ?? { ms: 0, slices: 0 };
    const sum = sums[groupOf(tid)];
    sum.ms += end.ms - start.ms;
    sum.slices += end.slices - start.slices;
  }
  return sums;
}

function pickPrograms(names: readonly string[]): { name: string; source: string; language: string }[] {
  const all = PROGRAM_DIRS.flatMap((dir) => readdirSync(join(HERE, dir)).filter((n) => /\.(ts|js|py)$/.test(n)).sort().map((n) => join(dir, n)));
  return names.flatMap((name) => {
    if (name === "box") return [{ name, source: BOX, language: "box.ts" }];
    const found = all.filter((path) => path.includes(name));
    if (found.length === 0) throw new Error(`no program matches ${name}`);
    return found.map((path) => ({ name: path, source: readFileSync(join(HERE, path), "utf8"), language: path }));
  });
}

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args.splice(at, 2)[1];
};
const toggle = (name: string): boolean => {
  const at = args.indexOf(name);
  if (at >= 0) args.splice(at, 1);
  return at >= 0;
};
const root = resolve(flag("--root") ?? HERE);
const threads = Number(flag("--kernel-threads") ?? "2");
const builds = Number(flag("--builds") ?? "10");
const warmup = Number(flag("--warmup") ?? "2");
const idleMs = Number(flag("--idle-ms") ?? "0");
const serial = toggle("--serial");
const types = (flag("--types") ?? "step,stl").split(",") as ("step" | "stl")[];
if (args.some((arg) => arg.startsWith("--"))) throw new Error(`unknown option in ${args.join(" ")}`);
const programs = pickPrograms(args.length > 0 ? args : ["box"]);

const beforeLoad = new Set(sampleThreads().keys());
const { loadKernel } = (await import(pathToFileURL(join(root, "src/kernel/index.ts")).href)) as typeof import("../src/kernel/index.ts");
const oc = await loadKernel({ threads });
const pool = new Set([...sampleThreads().keys()].filter((tid) => !beforeLoad.has(tid)));
if (serial) oc.BOPAlgo_Options.SetParallelMode(false);
const { buildModel, languageOf } = (await import(pathToFileURL(join(root, "src/build/index.ts")).href)) as typeof import("../src/build/index.ts");
const groupOf = (tid: number): Group => (tid === process.pid ? "main" : pool.has(tid) ? "pool" : "other");

console.log(`kernel threads ${threads}, Boolean parallel mode ${serial || threads === 1 ? "off" : "on"}, ${pool.size} thread(s) appeared at load (${[...pool].join(", ")}); mean per build over ${builds} (after ${warmup}): CPU ms [times on a CPU]`);
for (const program of programs) {
  for (const type of types) {
    const totals: Record<Group, Sample> = { main: { ms: 0, slices: 0 }, pool: { ms: 0, slices: 0 }, other: { ms: 0, slices: 0 } };
    let wallMs = 0;
    for (let i = 0; i < warmup + builds; i++) {
      const before = sampleThreads();
      const started = performance.now();
      await buildModel({ source: program.source, language: languageOf(program.language), type });
      const used = difference(before, sampleThreads(), groupOf);
      if (i < warmup) continue;
      wallMs += performance.now() - started;
      for (const group of GROUPS) {
        totals[group].ms += used[group].ms;
        totals[group].slices += used[group].slices;
      }
    }
    const cells = GROUPS.map((group) => `${group} ${(totals[group].ms / builds).toFixed(2)} [${(totals[group].slices / builds).toFixed(1)}]`);
    console.log(`${program.name} ${type}: wall ${(wallMs / builds).toFixed(1)}  ${cells.join("  ")}`);
  }
}
if (idleMs > 0) {
  const before = sampleThreads();
  await new Promise((done) => setTimeout(done, idleMs));
  const used = difference(before, sampleThreads(), groupOf);
  const after = sampleThreads();
  const perPool = [...pool].map((tid) => `${tid} ${((after.get(tid)?.ms ?? 0) - (before.get(tid)?.ms ?? 0)).toFixed(2)} [${(after.get(tid)?.slices ?? 0) - (before.get(tid)?.slices ?? 0)}]`);
  console.log(`idle ${idleMs} ms: ${GROUPS.map((group) => `${group} ${used[group].ms.toFixed(2)} [${used[group].slices}]`).join("  ")}; pool threads: ${perPool.join(", ")}`);
}
process.exit(0);
