/**
 * The slot's own work on a trivial job (issue 15, point 2), measured in a child process that runs
 * the slot's code as a slot does: SES lockdown, the hardened scope, the confining evaluator, kept
 * scripts and descriptions, main.ts's frame (fingerprints before and after, the reply's tick, the
 * reply serialised as the IPC channel does, the next compartments made) around box builds with a
 * new width each job (a kept script, as the trivial bench's repeat builds). Without the pool, the
 * IPC wake-ups and the HTTP layer, so that a change of the slot's own work of tens of µs shows.
 *
 * `--base DIR` compares another checkout's slot code with this one's, paired: three children —
 * base, base again (the A/A control) and this checkout — each answer a batch in turn (the order
 * rotating each round), and the figures are the medians over the rounds of each child's
 * main-thread CPU per job (schedstat) minus the first base child's in the same round.
 *
 *   npx tsx bench/inSlotJob.ts [--type step|stl] [--rounds N] [--generations N] [--base DIR]
 *
 * What the slot does around the kernel on such a job (2026-12-07, dfd5559; performance.now()
 * stamps put in temporarily along runJob/pipeline/load, medians of 2,000-3,000 jobs in one
 * process, single-threaded so wall ≈ CPU; load average 15-23 on 2 cores, so ×1.3-1.5 the idle
 * figures; STEP / STL, µs): receiving the job and the fingerprint 12 / 12 (idle 8); kernel scope
 * and memo session opened, kept compiled script found 9 / 8; loadInSlot (kept description found,
 * imports checked) with the first CPU reading 33 / 33; description and values resolved 17 / 17;
 * the build's Math.random seed (a SHA-256) 32 / 34; the module evaluated afresh in its prepared
 * compartment 87 / 87 (idle 61: SES's checks of the code ~15, the module body ~50 of which the
 * FloatParam declaration ~25); values assigned 4; build() itself 360 / 340 against 430 / 280 for
 * the box made directly (no measurable wrapper cost); result read (resultParts, with the kernel's
 * face check) 39 / 35; after the export: CPU readings and reply made 46 / 56, scope freed 23 /
 * 29, finishBuild 2 / 51 (STL: writing the file, export work); the reply's tick and awaits 47 /
 * 48; invariants, kept-description check and the reply serialised as IPC does 51 / 51. In all
 * ≈ 0.45 ms on the reply's path under that load (≈ 0.26 ms idle); the rest of the slot's
 * main-thread CPU beyond the kernel's (≈ 1.1 ms per job measured paired against the box made and
 * exported alone) is the next compartments, made after the reply (`prepareNext`, 290-380: SES's
 * Compartment ~half, its evaluator's scope constants ~a third), and garbage collection.
 */
import { fork } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";


const BATCH = 20;

function parseArgs(args: readonly string[]): { type: "step" | "stl"; rounds: number; generations: number; base: string | undefined } {
  let type: "step" | "stl" = "step";
  let rounds = 20;
  let generations = 4;
  let base: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--type") type = args[++i] === "stl" ? "stl" : "step";
    else if (arg === "--rounds") rounds = Number(args[++i]);
    else if (arg === "--generations") generations = Number(args[++i]);
    else if (arg === "--base") base = args[++i];
    else throw new Error(`unknown argument ${arg}: use --type step|stl, --rounds N, --generations N, --base DIR`);
  }
  return { type, rounds, generations, base };
}

interface Child {
  label: string;
  batch(): Promise<number>;
  close(): void;
}

function startChild(label: string, root: string, type: string): Promise<Child> {
  const child = fork(join(root, "bench/inSlotJob/child.ts"), [type, String(BATCH)], { cwd: root, execArgv: ["--import", "tsx"], serialization: "advanced" });
  let waiting: ((cpuMs: number) => void) | undefined;
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.on("message", (message: { ready?: true; cpuMs?: number }) => {
      if (message.ready === true) resolve({ label, batch: () => new Promise((answer) => ((waiting = answer), child.send("batch"))), close: () => child.disconnect() });
      else waiting?.(message.cpuMs!);
    });
  });
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

const { type, rounds, generations, base } = parseArgs(process.argv.slice(2));
const here = fileURLToPath(new URL("../", import.meta.url));
const sides = base === undefined ? [["this", here]] : [["base", base], ["base again (A/A)", base], ["this", here]];
const cpu = sides.map(() => [] as number[]);
// A process's own state (its code's tiering, its heap's layout) biases all its batches alike, by
// ~0.1-0.3 ms measured between two processes of the same code: each generation starts new ones.
for (let generation = 0; generation < generations; generation++) {
  const children = await Promise.all(sides.map(([label, root]) => startChild(label!, root!, type)));
  try {
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < children.length; k++) {
        const index = (k + round) % children.length;
        cpu[index]!.push(await children[index]!.batch());
      }
    }
  } finally {
    for (const child of children) child.close();
  }
}
console.log(`${type}: slot's main-thread CPU per job (batches of ${BATCH}, ${generations} generations of processes × ${rounds} rounds; medians, ms)`);
for (const [i, [label]] of sides.entries()) {
  const difference = i === 0 ? "" : `   paired − base: ${(median(cpu[i]!.map((ms, round) => ms - cpu[0]![round]!)) * 1000).toFixed(1)} µs`;
  console.log(`  ${label!.padEnd(18)} ${median(cpu[i]!).toFixed(3)}${difference}`);
}

