/**
 * A child process of the pool benchmark (started with `fork`). The isolation overhead compares a
 * warm slot with the same build in a process exactly as warm: a fresh process that runs the
 * slot's warm-up builds, then the builds the slot got before it was measured. (Measured in the
 * benchmark's own process, the in-process side was warmed by every earlier section — thousands
 * of builds against a slot's ~140 — and V8 keeps tiering the kernel up for hundreds of builds.)
 * Protocol: argv[2] is `{ source, values, before }`; the child sends "ready" once warm, then
 * answers each "build" message with one build's `{ wallMs, cpuMs }`, so the benchmark can
 * alternate in-process and pooled builds; it exits when the channel closes.
 */
import { buildModel } from "../src/build/index.ts";
import { DEFAULT_WARMUP_BUILDS, warmupRequests } from "../src/build/pool/warmup.ts";
import { loadKernel } from "../src/kernel/index.ts";
import { wallAndCpu } from "./measure.ts";

interface Input {
  source: string;
  values: Record<string, string>;
  /** Builds of `source` before the measured ones. */
  before: number;
}

const input = JSON.parse(process.argv[2] ?? "") as Input;
await loadKernel();
for (const { script, format, values } of warmupRequests(DEFAULT_WARMUP_BUILDS)) {
  await buildModel({ source: script.source, language: "ts", type: format, values });
}
const build = () => buildModel({ source: input.source, language: "ts", type: "stl", values: input.values });
for (let i = 0; i < input.before; i++) await build();

process.on("message", async () => {
  process.send?.(
    await wallAndCpu(async () => {
      await build();
      return 0;
    }),
  );
});
process.on("disconnect", () => process.exit(0));
process.send?.("ready");
