/**
 * Where a customizer rebuild's time goes (issue 15, point 4), in one process: `npm run bench --
 * customizer-cpu --breakdown NAME…`. The workload is the customizer's (a build at the defaults
 * that fills the memo, then `slide`'s values of each numeric parameter in turn); every rebuild is
 * traced (`withMemoSession`'s trace: each memoized call's kind, outcome and own wall time) and its
 * phases timed as the pipeline times them (load = describe + values here, the script being loaded
 * once; build = `build()` and reading its result; export = the kernel half and writing the bytes).
 * Build time outside every memoized call is the script's own code, the modelling API's wrapping,
 * selectors and whatever kernel work is not memoized. The pool bench's `--breakdown` gives the
 * same phases in a slot, where load also evaluates the script's module in its compartment.
 *
 * Findings (2026-12-07, 7 programs, 5 values): load ~0 % (the slot keeps the evaluated module);
 * the operations that miss are 58-84 % of a rebuild (a boolean or two, 50-1200 ms, missing
 * because nearly every parameter sizes the first solid: length, studs, pitch, teeth), hits ~0 %,
 * not-kept operations 0-6 %, selector facts 2-12 % (spur-gear: ~300 face centres measured again per
 * rebuild, 0.5 ms each, most of them faces a boolean kept from unchanged inputs: now reused by
 * the face's identity), build time outside the memo 3-11 %, and the export 8-22 %, always
 * missing (the final shape changes with every parameter). So rebuild ÷ cold is bounded near 1 for
 * every parameter that sizes the base; only late parameters (spur-gear's bore, hub, holes;
 * enclosure's vents, lid) reuse much.
 */
import type { MemoOutcome, MemoTraceRecord } from "../../src/kernel/index.ts";
import { formatMs, printTable } from "../measure.ts";

/** One traced rebuild: its phases (wall ms) and its memoized calls, split by phase. */
export interface TracedBuild {
  loadMs: number;
  buildMs: number;
  exportMs: number;
  build: readonly MemoTraceRecord[];
  export: readonly MemoTraceRecord[];
}

const OUTCOMES: readonly MemoOutcome[] = ["hit", "miss", "notKept", "unkeyed", "repeat"];

function sum(records: readonly MemoTraceRecord[], keep: (record: MemoTraceRecord) => boolean): { count: number; ms: number } {
  let count = 0;
  let ms = 0;
  for (const record of records) {
    if (!keep(record)) continue;
    count += 1;
    ms += record.ms;
  }
  return { count, ms };
}

/** Per program: the phases of its mean rebuild and cold build, and what the rebuild's memoized calls did (count, ms and share). */
export function printBreakdown(programs: ReadonlyArray<{ name: string; rebuilds: readonly TracedBuild[]; coldMs: readonly number[] }>): void {
  const rows: string[][] = [];
  const kindRows: string[][] = [];
  for (const { name, rebuilds, coldMs } of programs) {
    const n = rebuilds.length;
    const total = rebuilds.reduce((all, b) => all + b.loadMs + b.buildMs + b.exportMs, 0);
    const share = (ms: number) => `${formatMs(ms / n)} (${Math.round((100 * ms) / total)}%)`;
    const cell = (part: { count: number; ms: number }) => `${(part.count / n).toFixed(1)}: ${share(part.ms)}`;
    const all = (phase: "build" | "export") => rebuilds.flatMap((b) => b[phase]);
    const built = all("build");
    const exported = all("export");
    const operation = (r: MemoTraceRecord) => !r.kind.startsWith("fact ");
    const buildMs = rebuilds.reduce((a, b) => a + b.buildMs, 0);
    const exportMs = rebuilds.reduce((a, b) => a + b.exportMs, 0);
    const traced = sum(built, () => true).ms;
    const stepOf = (outcome: MemoOutcome) => sum(exported, (r) => r.kind.startsWith("export ") && r.outcome === outcome);
    rows.push([
      name,
      String(n),
      formatMs(coldMs.reduce((a, b) => a + b, 0) / coldMs.length),
      formatMs(total / n),
      (total / coldMs.reduce((a, b) => a + b, 0)).toFixed(2),
      share(rebuilds.reduce((a, b) => a + b.loadMs, 0)),
      share(buildMs),
      ...(["hit", "miss", "notKept"] as const).map((outcome) => cell(sum(built, (r) => operation(r) && r.outcome === outcome))),
      cell(sum(built, (r) => operation(r) && (r.outcome === "unkeyed" || r.outcome === "repeat"))),
      cell(sum(built, (r) => !operation(r))),
      share(buildMs - traced),
      share(exportMs),
      `hit ${cell(stepOf("hit"))}; miss ${cell(stepOf("miss"))}`,
      share(exportMs - sum(exported, () => true).ms),
    ]);
    // The kinds that cost the rebuilds most: where reuse is missed.
    const byKind = new Map<string, Record<MemoOutcome, { count: number; ms: number }>>();
    for (const record of [...built, ...exported]) {
      const entry = byKind.get(record.kind) ?? Object.fromEntries(OUTCOMES.map((o) => [o, { count: 0, ms: 0 }])) as Record<MemoOutcome, { count: number; ms: number }>;
      entry[record.outcome].count += 1;
      entry[record.outcome].ms += record.ms;
      byKind.set(record.kind, entry);
    }
    const costly = [...byKind].map(([kind, by]) => ({ kind, by, ms: OUTCOMES.reduce((a, o) => a + by[o].ms, 0) })).sort((a, b) => b.ms - a.ms).slice(0, 6);
    for (const { kind, by, ms } of costly) {
      kindRows.push([name, kind, share(ms), ...OUTCOMES.map((o) => (by[o].count === 0 ? "" : `${(by[o].count / n).toFixed(1)}: ${formatMs(by[o].ms / n)}`))]);
    }
  }
  printTable(
    "Customizer rebuild breakdown, in one process (wall ms per rebuild, mean; in brackets the share of the rebuild's load + build + export; operation cells: calls per rebuild: ms). hit = taken from the memo; miss = computed and kept; notKept = computed, faster than keepMinMs; unkeyed/repeat = computed, an input had no key or this build already held that key; facts = selector facts (hit or miss); outside = build time in no memoized call (script code, wrapping, selectors' own work, unmemoized kernel work); export other = export time outside the STEP bytes' memo (face order, checks, parts)",
    ["program", "rebuilds", "cold ms", "rebuild ms", "rebuild ÷ cold", "load", "build", "op hits", "op misses", "op notKept", "op unkeyed/repeat", "facts", "build outside memo", "export", "STEP bytes", "export other"],
    rows,
  );
  printTable("The kinds of memoized call costing each program's rebuilds most (per rebuild: calls: ms, by outcome)", ["program", "kind", "ms (share)", ...OUTCOMES], kindRows);
}
