/**
 * Build pool benchmark (issue 3): isolation overhead (warm build through the pool ÷ the same
 * build in-process), pool start and first-build latency, throughput with 2 slots ÷ 1 slot,
 * slot memory over 500 builds (bounded by recycling), and cache-hit latency.
 * Pools here have no spare, so a warming spare never competes with what is measured.
 */
import { readFile } from "node:fs/promises";
import { buildModel } from "../src/build/index.ts";
import { createBuildCache } from "../src/build/cache/index.ts";
import { createBuildPool, type BuildPool, type BuildResult, type PoolBuildRequest } from "../src/build/pool/index.ts";
import { loadKernel } from "../src/kernel/index.ts";
import { formatMiB, formatMs, median, medianMs, printTable, timeOnce } from "./measure.ts";

/** Wall and CPU milliseconds of `body`; `extraCpuMs` adds CPU spent in another process (the slot). */
async function wallAndCpu(runs: number, body: () => Promise<number>): Promise<{ wallMs: number; cpuMs: number }> {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const extraCpuMs = await body();
    walls.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpus.push((used.user + used.system) / 1000 + extraCpuMs);
  }
  return { wallMs: median(walls), cpuMs: median(cpus) };
}

const EXAMPLE = new URL("../examples/bored-block.ts", import.meta.url);
const WARM_RUNS = 15;
const THROUGHPUT_BUILDS = 24;
const THROUGHPUT_ROUNDS = 3;
const MEMORY_BUILDS = 500;
const MEMORY_SAMPLE_EVERY = 100;
const QUIET = () => undefined;

function request(source: string, length = 100): PoolBuildRequest {
  return { source, language: "ts", type: "stl", values: { p_length: String(length) } };
}

function ok(result: BuildResult): void {
  if (!result.ok) throw new Error(`benchmark build failed: ${result.error.code}: ${result.error.message}`);
}

async function buildsPerSecond(pool: BuildPool, source: string, round: number): Promise<number> {
  // Distinct values in every round, so a cache (if any) never answers.
  const started = performance.now();
  const results = await Promise.all(Array.from({ length: THROUGHPUT_BUILDS }, (_, i) => pool.build(request(source, 40 + round * THROUGHPUT_BUILDS + i))));
  results.forEach(ok);
  return THROUGHPUT_BUILDS / ((performance.now() - started) / 1000);
}

function slotWallMs(timings: { loadMs: number; buildMs: number; exportMs: number }): number {
  return timings.loadMs + timings.buildMs + timings.exportMs;
}

export async function benchPool(): Promise<void> {
  const source = await readFile(EXAMPLE, "utf8");

  await loadKernel();
  for (let i = 0; i < 5; i++) await buildModel({ source, language: "ts", type: "stl" });
  const inProcess = await wallAndCpu(WARM_RUNS, async () => {
    await buildModel({ source, language: "ts", type: "stl", values: { p_length: "100" } });
    return 0;
  });

  const start = await timeOnce(() => createBuildPool({ size: 1, spare: 0, maxQueue: THROUGHPUT_BUILDS, log: QUIET }));
  const single = start.value;
  const first = await timeOnce(() => single.build(request(source)));
  ok(first.value);
  const warmSlotMs: number[] = [];
  const pooled = await wallAndCpu(WARM_RUNS, async () => {
    const result = await single.build(request(source));
    ok(result);
    if (result.ok && result.slotTimings !== undefined) warmSlotMs.push(slotWallMs(result.slotTimings));
    return result.ok ? (result.slotTimings?.cpuMs ?? 0) : 0;
  });
  const firstSlotMs = first.value.ok && first.value.slotTimings !== undefined ? slotWallMs(first.value.slotTimings) : Number.NaN;

  printTable("Build pool: isolation and start-up (bored-block.ts → STL)", ["measure", "value", "target"], [
    ["in-process warm build: wall ms / CPU ms (median)", `${formatMs(inProcess.wallMs)} / ${formatMs(inProcess.cpuMs)}`, ""],
    ["pooled warm build: wall ms / CPU ms, pool + slot (median)", `${formatMs(pooled.wallMs)} / ${formatMs(pooled.cpuMs)}`, ""],
    ["isolation overhead, wall (pooled ÷ in-process)", (pooled.wallMs / inProcess.wallMs).toFixed(2), "≤ 1.10"],
    ["isolation overhead, CPU (pooled ÷ in-process)", (pooled.cpuMs / inProcess.cpuMs).toFixed(2), ""],
    ["pool start, 1 slot incl. warm-up (ms)", formatMs(start.ms), ""],
    ["first build after start (ms)", formatMs(first.ms), ""],
    ["first build ÷ warm build (the first includes compiling the new script)", (first.ms / pooled.wallMs).toFixed(2), "≤ 1.5"],
    ["first build ÷ warm build, time in the slot only", (firstSlotMs / median(warmSlotMs)).toFixed(2), "≤ 1.5"],
  ]);

  const pair = await createBuildPool({ size: 2, spare: 0, maxQueue: THROUGHPUT_BUILDS, log: QUIET, cache: createBuildCache() });
  // Alternate rounds so a change in the machine's load hits both alike; report medians.
  const oneSlotRounds: number[] = [];
  const twoSlotRounds: number[] = [];
  for (let round = 0; round < THROUGHPUT_ROUNDS; round++) {
    oneSlotRounds.push(await buildsPerSecond(single, source, round));
    twoSlotRounds.push(await buildsPerSecond(pair, source, round));
  }
  const oneSlot = median(oneSlotRounds);
  const twoSlots = median(twoSlotRounds);
  printTable(`Throughput (${THROUGHPUT_BUILDS} concurrent builds, median of ${THROUGHPUT_ROUNDS} alternating rounds)`, ["measure", "value", "target"], [
    ["1 slot (builds/s)", oneSlot.toFixed(2), ""],
    ["2 slots (builds/s)", twoSlots.toFixed(2), ""],
    ["2 slots ÷ 1 slot", (twoSlots / oneSlot).toFixed(2), "≥ 1.6"],
  ]);

  ok(await pair.build(request(source, 77)));
  const hitMs = await medianMs(WARM_RUNS, async () => {
    const result = await pair.build(request(source, 77));
    ok(result);
    if (result.ok && result.cache !== "hit") throw new Error("expected a cache hit");
  });
  printTable("Cache", ["measure", "value"], [
    ["cache-hit latency (ms, median)", formatMs(hitMs)],
    ["cache miss (pooled warm build, ms)", formatMs(pooled.wallMs)],
  ]);
  await pair.close();

  const rows: string[][] = [];
  const rss: number[] = [];
  for (let i = 1; i <= MEMORY_BUILDS; i++) {
    ok(await single.build(request(source, 30 + (i % 150))));
    if (i % MEMORY_SAMPLE_EVERY === 0) {
      const health = single.health();
      const slot = health.slots.find((candidate) => candidate.state === "idle") ?? health.slots[0];
      rss.push(slot?.rssBytes ?? 0);
      rows.push([String(i), formatMiB(slot?.wasmBytes ?? 0), formatMiB(slot?.rssBytes ?? 0), String(slot?.buildsServed ?? 0), String(health.recycles.builds + health.recycles.wasm)]);
    }
  }
  rows.push(["max RSS over the run (MiB)", "", formatMiB(Math.max(...rss)), "", `median ${formatMiB(median(rss))}`]);
  printTable(`Slot memory over ${MEMORY_BUILDS} builds (recycled every 200 builds or at 512 MiB of WebAssembly)`, ["after builds", "WASM MiB", "RSS MiB", "slot's builds", "recycles"], rows);
  await single.close();
}
