/** `npm run bench`: every benchmark section, measured in one run on this machine. */
import { benchCompare } from "./compare.ts";
import { benchCompile } from "./compile.ts";
import { benchComputeBudget } from "./computeBudget.ts";
import { benchCore } from "./core.ts";
import { benchFairness } from "./fairness.ts";
import { benchFirstBuild } from "./firstBuild.ts";
import { benchFormats } from "./formats.ts";
import { benchHttp } from "./http.ts";
import { benchHygiene } from "./hygiene.ts";
import { benchKernelLeaks } from "./kernelLeaks.ts";
import { benchNative } from "./native.ts";
import { benchCustomizer } from "./customizer.ts";
import { benchCustomizerCpu } from "./customizerCpu.ts";
import { benchTrivial } from "./trivial.ts";
import { benchPool } from "./pool.ts";
import { benchScale } from "./scale.ts";
import { benchSlotOverhead } from "./slotOverhead.ts";
import { stealShare } from "./measure.ts";

const sections: Record<string, () => Promise<void>> = { core: benchCore, formats: benchFormats, pool: benchPool, hygiene: benchHygiene, http: benchHttp, fairness: benchFairness, trivial: benchTrivial };
// `native` is not part of the default run (it needs FreeCAD and takes minutes); it takes its own
// arguments: `npm run bench -- native [--runs N] [--no-stl] [NAME…]`.
// `customizer` neither (minutes of builds): `npm run bench -- customizer [--values N] [--native] [--breakdown] [NAME…]`.
// `customizer-cpu` neither (the same workload in one process, paired process CPU with an A/A control):
// `npm run bench -- customizer-cpu [--values N] [--passes P] [--memo-mb MB] [--breakdown] NAME…`.
// `scale` neither (minutes; starts redis-server, PostgreSQL database, service nodes and workers):
// `npm run bench -- scale [--pairs N] [--segment-builds N] [--latency-runs N]`.
// `compile` neither (compile time of new texts, no kernel): `npm run bench -- compile [--runs N]`.
// `slot-overhead` neither (Linux; a slot against the same builds in-process, main-thread CPU):
// `npm run bench -- slot-overhead [--rounds N] [NAME…]`.
// `kernel-leaks` neither (kernel memory each build leaves behind, per conformance program):
// `npm run bench -- kernel-leaks [--builds N] [--warmup N] [NAME…]`.
// `compare` neither (two versions of partforge, interleaved; Linux):
// `npm run bench -- compare --base REV|DIR [--rounds N] [--all | NAME…]`.
// `first-build` neither (minutes: a fresh slot per program): `npm run bench -- first-build [--steady N] [--fresh N] [--all] [NAME…]`.
// `compute-budget` neither (the store's per-request budget check and ledger write, SQLite and
// PostgreSQL, old schema against new): `npm run bench -- compute-budget [--rounds N] [--no-postgres]`.
const args = process.argv.slice(2);
const standalone: Record<string, (args: readonly string[]) => Promise<void>> = { native: benchNative, customizer: benchCustomizer, "customizer-cpu": benchCustomizerCpu, scale: benchScale, compile: benchCompile, "slot-overhead": benchSlotOverhead, compare: benchCompare, "kernel-leaks": benchKernelLeaks, "first-build": benchFirstBuild, "compute-budget": benchComputeBudget };
// `trivial` with options (`--base REV|DIR`, `--rounds N`) runs alone too:
// `npm run bench -- trivial --base main [--rounds N]`.
if (args[0] === "trivial" && args[1]?.startsWith("--")) standalone.trivial = benchTrivial;
// `fairness` with `--kernel-threads N` (slots of the multi-threaded kernel) runs alone too.
if (args[0] === "fairness" && args[1] !== undefined) standalone.fairness = benchFairness;
const alone = args[0] === undefined ? undefined : standalone[args[0]];
if (alone !== undefined) {
  console.log(`# partforge benchmark — node ${process.version}, ${new Date().toISOString()}`);
  try {
    const steal = await stealShare(() => alone(args.slice(1)));
    if (steal !== undefined) console.log(`\n(${args[0]}: ${(steal * 100).toFixed(1)} % of CPU time was taken by the host while it ran${steal > 0.02 ? " — the machine was contended, so these numbers are low" : ""})`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  process.exit(0);
}
const wanted = args;
for (const name of wanted) {
  if (!(name in sections)) {
    console.error(`unknown benchmark section "${name}": use ${Object.keys(sections).join(", ")} (or none for all), or native, customizer, customizer-cpu, scale, compile, slot-overhead, compare, kernel-leaks, first-build, compute-budget`);
    process.exit(2);
  }
}

console.log(`# partforge benchmark — node ${process.version}, ${new Date().toISOString()}`);
for (const [name, run] of Object.entries(sections)) {
  if (wanted.length !== 0 && !wanted.includes(name)) continue;
  const steal = await stealShare(run);
  if (steal !== undefined) console.log(`\n(${name}: ${(steal * 100).toFixed(1)} % of CPU time was taken by the host while it ran${steal > 0.02 ? " — the machine was contended, so these numbers are low" : ""})`);
}
