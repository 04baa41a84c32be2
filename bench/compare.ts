/**
 * Before/after benchmark: two versions of partforge build the same programs of the CadQuery
 * conformance suite (test/conformance/ports/*.ts, type STEP, no cache) in one run, interleaved
 * program by program and batch by batch, so a change in the machine's speed or load hits both
 * alike. Two `native` runs one after the other cannot show a few per cent: on this kind of
 * machine native OCCT itself moved −6 % on the geometric mean and ±35 % per program between two
 * idle runs. What it prints per program, and as a geometric mean over programs with a 95 %
 * interval:
 *
 * - main-thread CPU per build of each side's slot (schedstat, see ./procStat.ts): the whole job
 *   in the slot (IPC, evaluation, build, export, reply), free of what other processes and the
 *   slot's own V8 background threads took from it — the figure to judge a change by;
 * - the in-slot time (load + build + export) and `pool.build`'s wall time, medians.
 *
 *   npm run bench -- compare --base main              # this checkout against a git revision
 *   npm run bench -- compare --base ../other NAME…    # against another checkout (with node_modules)
 *   npm run bench -- compare --base HEAD~3 --rounds 10 --all
 *
 * A revision is checked out into a temporary git worktree that shares this checkout's
 * node_modules (hard links; its package-lock.json must match) and is removed afterwards.
 * Each side is its own process (./compare/side.ts) with a pool of one warm slot. A batch's CPU is
 * read from one slot process, from the slot at rest to the batch's last reply (./slotWindow.ts);
 * a batch whose builds did not all run in that slot is dropped and run again, and counted.
 * Linux only (/proc).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { baseCheckout, git } from "./compare/base.ts";
import { ForkedSide } from "./compare/forkedSide.ts";
import type { Batch, BatchAnswer } from "./compare/side.ts";
import { formatMs, geomean, median, printTable } from "./measure.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const PORTS = join(ROOT, "test/conformance/ports");
const SIDE = fileURLToPath(new URL("./compare/side.ts", import.meta.url));
/** The programs compared when none are named: small, middling and boolean-heavy ones. */
const DEFAULT_PROGRAMS = [
  "free-func-placement", "free-func-shape-construction", "selectors-ancestors", "free-func-primitives", "assy-object-locations",
  "examples-shelling-open-three-faces", "examples-offset2d-kinds", "examples-lego-brick", "examples-occ-bottle", "examples-extrude-until-face-spherical-joint",
  "selectors-siblings", "examples-shelling-inward",
];
const DEFAULT_ROUNDS = 6;
/** Builds per batch: enough that schedstat's lazy accounting is small against the batch. */
const BATCH_MS = 60;
const MAX_BATCH = 12;

interface Options {
  base: string;
  rounds: number;
  names: string[];
}

function parseArgs(args: readonly string[], available: readonly string[]): Options {
  let base: string | undefined;
  let rounds = DEFAULT_ROUNDS;
  let all = false;
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--base") {
      base = args[++i];
      if (base === undefined) throw new Error("--base needs a git revision or a checkout's directory, e.g. --base main");
    } else if (arg === "--rounds") {
      rounds = Number(args[++i]);
      if (!Number.isInteger(rounds) || rounds < 2) throw new Error(`--rounds needs a whole number ≥ 2 (got ${args[i] ?? "nothing"})`);
    } else if (arg === "--all") all = true;
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg} for the compare benchmark: use --base REV|DIR, --rounds N, --all, or program names`);
    else if (!available.includes(arg)) throw new Error(`no conformance program "${arg}" (see test/conformance/ports/)`);
    else names.push(arg);
  }
  if (base === undefined) throw new Error("the compare benchmark needs --base: a git revision (e.g. --base main) or another checkout's directory");
  return { base, rounds, names: all ? [...available] : names.length > 0 ? names : DEFAULT_PROGRAMS.filter((name) => available.includes(name)) };
}

interface Measured {
  cpuMs: number[];
  wallMs: number[];
  slotMs: number[];
  /** Attempts at its batches dropped because their builds did not all run in one slot (./compare/side.ts), and why. */
  swaps: string[];
}

/** A batch's answer, or the reason the program cannot be compared. */
function take(answer: BatchAnswer, into: Measured, builds: number): void {
  if ("error" in answer) throw new Error(answer.error);
  into.cpuMs.push(answer.cpuMs / builds);
  into.wallMs.push(...answer.wallMs);
  into.slotMs.push(...answer.slotMs);
  into.swaps.push(...answer.swaps);
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * The 95 % interval of the geometric mean of `ratios` (normal approximation on their logarithms:
 * the programs as a sample of programs, so a change that helps some and hurts others shows wide).
 */
function interval(ratios: readonly number[]): [number, number] {
  const logs = ratios.map(Math.log);
  const centre = mean(logs);
  const spread = logs.length < 2 ? Number.NaN : Math.sqrt(logs.reduce((sum, value) => sum + (value - centre) ** 2, 0) / (logs.length - 1) / logs.length);
  return [Math.exp(centre - 1.96 * spread), Math.exp(centre + 1.96 * spread)];
}

/** An interval as printed; "— (one program)" when there is too little to estimate it. */
const formatInterval = (low: number, high: number): string => (Number.isFinite(low) && Number.isFinite(high) ? `${low.toFixed(3)}–${high.toFixed(3)}` : "— (one program)");

export async function benchCompare(args: readonly string[] = []): Promise<void> {
  if (process.platform !== "linux") throw new Error("the compare benchmark reads /proc (Linux only)");
  const available = readdirSync(PORTS).filter((file) => file.endsWith(".ts")).map((file) => file.slice(0, -3)).sort();
  const options = parseArgs(args, available);
  const base = baseCheckout(options.base);
  const dirty = git(["status", "--porcelain", "--untracked-files=no"]) === "" ? "" : ", with uncommitted changes";
  const thisLabel = `this checkout (${git(["rev-parse", "--short=10", "HEAD"])}${dirty})`;
  const sides = [new ForkedSide<Batch, BatchAnswer>(SIDE, base.root), new ForkedSide<Batch, BatchAnswer>(SIDE, ROOT)] as const;
  const rows: string[][] = [];
  const cpuRatios: number[] = [];
  const wallRatios: number[] = [];
  const failures: string[][] = [];
  const redone: string[][] = [];
  try {
    await Promise.all(sides.map((side) => side.ready));
    for (const name of options.names) {
      const source = readFileSync(join(PORTS, `${name}.ts`), "utf8");
      try {
        // Untimed: each side compiles the program and meets its code paths once.
        const first = [0, 0];
        for (const [index, side] of sides.entries()) {
          const answer = await side.run({ source, builds: 2 });
          if ("error" in answer) throw new Error(`${index === 0 ? "base" : "this"}: ${answer.error}`);
          first[index] = Math.min(...answer.wallMs);
        }
        const builds = Math.max(1, Math.min(MAX_BATCH, Math.round(BATCH_MS / Math.max(1, Math.min(first[0]!, first[1]!)))));
        const measured: [Measured, Measured] = [{ cpuMs: [], wallMs: [], slotMs: [], swaps: [] }, { cpuMs: [], wallMs: [], slotMs: [], swaps: [] }];
        for (let round = 0; round < options.rounds; round++) {
          for (const index of round % 2 === 0 ? [0, 1] : [1, 0]) take(await sides[index]!.run({ source, builds }), measured[index]!, builds);
        }
        const [before, after] = measured;
        const cpuRatio = mean(after.cpuMs) / mean(before.cpuMs);
        const wallRatio = median(after.wallMs) / median(before.wallMs);
        const faster = after.cpuMs.filter((cpu, round) => cpu < before.cpuMs[round]!).length;
        cpuRatios.push(cpuRatio);
        wallRatios.push(wallRatio);
        rows.push([name, formatMs(mean(before.cpuMs)), formatMs(mean(after.cpuMs)), cpuRatio.toFixed(3), `${faster}/${options.rounds}`, formatMs(median(before.slotMs)), formatMs(median(after.slotMs)), formatMs(median(before.wallMs)), formatMs(median(after.wallMs)), wallRatio.toFixed(3)]);
        for (const [index, side] of measured.entries()) for (const swap of side.swaps) redone.push([name, index === 0 ? "base" : "this", swap]);
        console.error(`compare bench: ${name} done`);
      } catch (error) {
        failures.push([name, (error as Error).message.slice(0, 160)]);
      }
    }
  } finally {
    for (const side of sides) side.close();
    base.remove();
  }
  console.log(`\nbase: ${base.label}\nthis: ${thisLabel}`);
  printTable(
    `Before/after, type STEP, ${options.rounds} rounds a program, batches alternating (CPU: the slot's main thread, mean per build; in slot and wall: medians)`,
    ["program", "base CPU ms", "this CPU ms", "this÷base", "rounds faster", "base in slot", "this in slot", "base wall", "this wall", "wall this÷base"],
    rows,
  );
  if (cpuRatios.length > 0) {
    const [low, high] = interval(cpuRatios);
    const [wallLow, wallHigh] = interval(wallRatios);
    printTable(`Geometric mean over ${cpuRatios.length} programs (95 % interval over programs; below 1: this checkout is faster)`, ["measure", "this ÷ base", "interval"], [
      ["slot main-thread CPU", geomean(cpuRatios).toFixed(3), formatInterval(low, high)],
      ["wall (pool.build)", geomean(wallRatios).toFixed(3), formatInterval(wallLow, wallHigh)],
    ]);
  }
  console.log(`\nbatches dropped and run again because their builds did not all run in one slot: ${redone.length === 0 ? "none" : redone.length}`);
  if (redone.length > 0) printTable("Batches dropped and run again (each batch's CPU is read from one slot process, from rest to its last reply)", ["program", "side", "why"], redone);
  if (failures.length > 0) printTable("Not compared (a build failed or its slot was replaced)", ["program", "error"], failures);
}
