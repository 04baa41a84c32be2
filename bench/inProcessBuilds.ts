/**
 * A child process of the pool benchmark. The isolation overhead compares a warm slot with the
 * same build in a process exactly as warm: a fresh process that runs the slot's warm-up builds,
 * then the builds the slot got before it was measured. (Measured in the benchmark's own process,
 * the in-process side was warmed by every earlier section — thousands of builds against a slot's
 * ~60 — and V8 keeps tiering the kernel up for hundreds of builds.)
 * Input: one JSON argument `{ source, values, before, runs }`. Output: `{ wallMs, cpuMs }` (medians).
 */
import { buildModel } from "../src/build/index.ts";
import { DEFAULT_WARMUP_BUILDS, WARMUP_SCRIPT, warmupRequests } from "../src/build/pool/warmup.ts";
import { loadKernel } from "../src/kernel/index.ts";
import { median } from "./measure.ts";

interface Input {
  source: string;
  values: Record<string, string>;
  /** Builds of `source` before the measured ones. */
  before: number;
  runs: number;
}

const input = JSON.parse(process.argv[2] ?? "") as Input;
await loadKernel();
for (const { format, values } of warmupRequests(DEFAULT_WARMUP_BUILDS)) {
  await buildModel({ source: WARMUP_SCRIPT, language: "ts", type: format, values });
}
const build = () => buildModel({ source: input.source, language: "ts", type: "stl", values: input.values });
for (let i = 0; i < input.before; i++) await build();
const walls: number[] = [];
const cpus: number[] = [];
for (let i = 0; i < input.runs; i++) {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await build();
  walls.push(performance.now() - started);
  const used = process.cpuUsage(cpuBefore);
  cpus.push((used.user + used.system) / 1000);
}
process.stdout.write(`\n${JSON.stringify({ wallMs: median(walls), cpuMs: median(cpus) })}\n`);
