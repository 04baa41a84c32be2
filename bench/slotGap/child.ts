/**
 * One in-process side of ../slotGap.ts: a process warmed as a slot is (the slot's warm-up builds,
 * through buildModel, no SES), then answering each message `{ source }` with one STEP build made
 * as buildModel makes it (script loaded, kernel half in a scope, export finished): its build
 * phase's wall (`buildMs`: values resolved, build(), result read) and main-thread CPU (from just
 * before build() to the result read), and the whole job's main-thread CPU.
 */
import { buildModel, loadScript } from "../../src/build/index.ts";
import { resolveExportOptions } from "../../src/build/exportOptions.ts";
import { finishBuild, runKernelHalf } from "../../src/build/pipeline.ts";
import { resultParts } from "../../src/build/resultParts.ts";
import { DEFAULT_WARMUP_BUILDS, warmupRequests } from "../../src/build/pool/warmup.ts";
import { loadKernel, withScopeAsync } from "../../src/kernel/index.ts";

process.setSourceMapsEnabled(false);

/** The process's CPU so far (getrusage: all threads, up to date; a thread's own schedstat lags while it runs). */
function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

await loadKernel();
for (const { script, format, values } of warmupRequests(DEFAULT_WARMUP_BUILDS)) {
  await buildModel({ source: script.source, language: "ts", type: format, values });
}
const options = resolveExportOptions(undefined);
process.on("message", async (message: { source: string }) => {
  const started = performance.now();
  const loaded = await loadScript(message.source, "ts");
  let runCpu = 0;
  let buildCpuMs = 0;
  const half = await withScopeAsync(async () => {
    const half = runKernelHalf(loaded, { kind: "build", type: "step", preset: undefined, values: {}, options }, started, {
      beforeRun: () => void (runCpu = processCpuMs()),
      readResult: (result, name) => {
        const parts = resultParts(result, name);
        buildCpuMs = processCpuMs() - runCpu;
        return parts;
      },
    });
    await finishBuild(half);
    return half;
  });
  const wallMs = performance.now() - started;
  process.send?.({ wallMs, buildMs: half.timings.buildMs, buildCpuMs });
});
process.on("disconnect", () => process.exit(0));
process.send?.("ready");
