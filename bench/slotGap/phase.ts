/**
 * Build phase alone, as it changes over builds in one process: the process's CPU (all threads) from just before `build()`
 * to the result read (runKernelHalf's hooks), in one process, over many builds of one program,
 * plain (buildModel's scope and evaluator) or as a slot runs it (`ses`: lockdown, the hardened
 * scope, the confining evaluator, a fresh compartment each build). Prints, at build n, the median
 * of builds n..n+4 (ms). Node flags go before the file: `node --import tsx --no-liftoff bench/slotGap/phase.ts …`.
 *
 *   npx tsx bench/slotGap/phase.ts plain|ses NAME [BUILDS]
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const [mode, name, count] = process.argv.slice(2);
if (mode === "ses") await import("../../src/build/pool/slot/lockdown.ts");
const { resolveExportOptions } = await import("../../src/build/exportOptions.ts");
const { runKernelHalf } = await import("../../src/build/pipeline.ts");
const { loadKernel, withScope } = await import("../../src/kernel/index.ts");
const { resultParts } = await import("../../src/build/resultParts.ts");
const { loadModelScript } = await import("../../src/modelscript/index.ts");
const { partforgeScope } = await import("../../src/build/scope.ts");
process.setSourceMapsEnabled(false);

/** The process's CPU so far (getrusage: all threads, up to date; a thread's own schedstat lags while it runs). */
function threadCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
await loadKernel({ threads: 1 });
const source = readFileSync(fileURLToPath(new URL(`../../test/conformance/ports/${name}.ts`, import.meta.url)), "utf8");
let scope: Readonly<Record<string, unknown>>;
let evaluator: { prepareNext(): boolean; evaluate: unknown; setSeed(seed: string): void } | undefined;
if (mode === "ses") {
  scope = (await import("../../src/build/pool/slot/harden.ts")).hardenModellingApi();
  evaluator = (await import("../../src/build/pool/slot/confine.ts")).createConfinedEvaluator() as never;
} else scope = partforgeScope();
const options = resolveExportOptions(undefined);
const phase: number[] = [];
const wall: number[] = [];
const builds = Number(count ?? 200);
for (let i = 0; i < builds; i++) {
  const loaded = await loadModelScript(source, { language: "ts", scope, ...(evaluator === undefined ? {} : { evaluator: evaluator.evaluate as never }) });
  let cpu0 = 0;
  let t0 = 0;
  withScope(() =>
    runKernelHalf(loaded, { kind: "build", type: "step", preset: undefined, values: {}, options }, performance.now(), {
      beforeRun: () => (evaluator?.setSeed("0".repeat(64)), (cpu0 = threadCpuMs()), (t0 = performance.now())),
      readResult: (result, _name) => {
        phase.push(threadCpuMs() - cpu0);
        wall.push(performance.now() - t0);
        return resultParts(result, _name);
      },
    }));
  while (evaluator?.prepareNext?.());
}
const med = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]!;
const at = [1, 2, 3, 4, 6, 11, 21, 41, 81, 161, 321].filter((n) => n + 4 <= builds);
const trajectory = at.map((n) => `${n}: ${n === 1 ? phase[0]!.toFixed(1) : med(phase.slice(n - 1, n + 4)).toFixed(1)}`).join(", ");
console.log(`${mode} ${process.execArgv.filter((a) => a.startsWith("--") && !["--import", "--require"].includes(a)).join(" ") || "(no flags)"} ${name}: build() process CPU, ms, at build n (median of n..n+4): ${trajectory}`);
