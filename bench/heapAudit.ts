/**
 * Heap determinism audit (issue 15: outputs byte-identical whatever the slot built before).
 * Builds every example (examples/, examples/cadquery/) and every conformance port
 * (test/conformance/ports/, ports-without-native/) — at its defaults and with each boolean
 * parameter flipped and each choice parameter at each other choice — to STEP and STL, several
 * rounds in this one process: the programs in another order each round (forward, backward,
 * shuffled), with the heap moved on between builds in a different way each round (kernel shapes
 * of varying sizes allocated and freed, or kept alive across the next build). Prints each
 * build whose bytes differ between rounds, and exits 1 if any does.
 *
 *   npm run audit:heap                      # everything, 3 rounds
 *   npm run audit:heap -- --rounds 5 --only shelling lego
 *   npm run audit:heap -- --memo            # rounds after the first through a warm memo
 *   npm run audit:heap -- --cold cold.txt   # also against cold builds (bench/outputHashes.ts's output: one process per program)
 *   npm run audit:heap -- --kernel-threads 2 # on the multi-threaded kernel with 2 threads (parallel meshing and Booleans)
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadScript, languageOf } from "../src/build/buildModel.ts";
import { resolveExportOptions } from "../src/build/exportOptions.ts";
import { finishBuild, runKernelHalf } from "../src/build/pipeline.ts";
import { kernel, loadKernel, OperationMemo, withMemoSession, withScope } from "../src/kernel/index.ts";
import type { ParamValue } from "../src/modelscript/index.ts";
import { disturbHeap } from "../test/helpers/disturbHeap.ts";
import { seededRandom } from "../test/helpers/seededRandom.ts";
import { parseKernelThreads } from "./native.ts";

const HERE = fileURLToPath(new URL("..", import.meta.url));
const PROGRAM_DIRS = ["examples", "examples/cadquery", "test/conformance/ports", "test/conformance/ports-without-native"];

interface Build {
  program: string;
  source: string;
  values: Record<string, ParamValue>;
  type: "step" | "stl";
}

function programs(only: string[]): string[] {
  return PROGRAM_DIRS.flatMap((dir) =>
    readdirSync(join(HERE, dir))
      .filter((name) => /\.(ts|js|py)$/.test(name))
      .sort()
      .map((name) => join(dir, name)),
  )
    .filter((p) => only.length === 0 || only.some((name) => p.includes(name)));
}

/** The defaults, then each boolean flipped and each choice at each other value, one at a time. */
async function configurations(program: string, source: string): Promise<Record<string, ParamValue>[]> {
  const loaded = await loadScript(source, languageOf(program));
  const found: Record<string, ParamValue>[] = [{}];
  for (const parameter of loaded.parameters) {
    if (parameter.type === "boolean") found.push({ [parameter.name]: !parameter.default });
    if (parameter.type === "choice") for (const choice of parameter.choices ?? []) if (choice !== parameter.default) found.push({ [parameter.name]: choice });
  }
  return found;
}

/** The SHA-256 (16 hex digits) of one build's bytes, or its error; through `memo` when given (as a slot builds). */
export async function buildHash(build: Build, memo?: OperationMemo): Promise<string> {
  try {
    const loaded = await loadScript(build.source, languageOf(build.program));
    const job = { kind: "build", type: build.type, preset: undefined, values: build.values, options: resolveExportOptions(undefined) } as const;
    const run = () => withScope(() => runKernelHalf(loaded, job, performance.now()));
    const half = memo === undefined ? run() : withMemoSession(memo, "acc_heap_audit", run);
    return createHash("sha256").update((await finishBuild(half)).bytes).digest("hex").slice(0, 16);
  } catch (error) {
    return `error ${(error as Error).message.split("\n")[0]}`;
  }
}

/** Round r's way of moving the heap on before a build; returns what to free after it. */
function disturbance(round: number, index: number): () => void {
  if (round === 0) return () => {};
  if (round % 3 === 0) {
    // Fragment it: shapes of many sizes, every other one freed now, the rest after the build.
    const oc = kernel();
    const made = Array.from({ length: 20 + ((index * 7 + round) % 60) }, (_, i) =>
      i % 2 === 0 ? new oc.BRepPrimAPI_MakeSphere(1 + i) : new oc.BRepPrimAPI_MakeBox(1 + i, 1 + (i % 4), 2));
    const shapes = made.map((builder) => builder.Shape());
    shapes.filter((_, i) => i % 2 === 0).forEach((shape) => shape.delete());
    return () => {
      for (const builder of made) builder.delete();
      shapes.filter((_, i) => i % 2 === 1).forEach((shape) => shape.delete());
    };
  }
  if (round % 3 === 1) {
    disturbHeap(round + (index % 5));
    return () => {};
  }
  // Keep some shapes alive across the build, so its objects cannot reuse those addresses.
  const oc = kernel();
  const kept = Array.from({ length: 7 + ((index * 13 + round) % 40) }, (_, i) => new oc.BRepPrimAPI_MakeCylinder(1 + i, 2 + (i % 3)));
  const shapes = kept.map((builder) => builder.Shape());
  return () => {
    for (const builder of kept) builder.delete();
    for (const shape of shapes) shape.delete();
  };
}

function order<T>(items: T[], round: number): T[] {
  if (round === 0) return items;
  if (round === 1) return [...items].reverse();
  const next = seededRandom(round);
  return items
    .map((item) => ({ item, key: next() }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const roundsAt = args.indexOf("--rounds");
  const rounds = roundsAt < 0 ? 3 : Number(args[roundsAt + 1]);
  const threadsAt = args.indexOf("--kernel-threads");
  const threads = threadsAt < 0 ? 1 : parseKernelThreads(args[threadsAt + 1]);
  // --only takes the names up to the next option (and not a thread count that follows one).
  const onlyAt = args.indexOf("--only");
  const onlyEnd = args.findIndex((a, i) => i > onlyAt && a.startsWith("--"));
  const only = onlyAt < 0 ? [] : args.slice(onlyAt + 1, onlyEnd < 0 ? undefined : onlyEnd);
  // --memo: every round after the first builds through one memo kept warm across the run (a slot's).
  const memo = args.includes("--memo") ? new OperationMemo({ budgetBytes: 256 * 1024 * 1024, keepMinMs: 0 }) : undefined;
  await loadKernel({ threads });
  const builds: Build[] = [];
  for (const program of programs(only)) {
    const source = readFileSync(join(HERE, program), "utf8");
    let found: Record<string, ParamValue>[];
    try {
      found = await configurations(program, source);
    } catch {
      found = [{}];
    }
    for (const values of found) for (const type of ["step", "stl"] as const) builds.push({ program, source, values, type });
  }
  const label = (b: Build) => `${b.program} ${JSON.stringify(b.values)} ${b.type}`;
  const seen = new Map<string, string[]>();
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    const roundStart = performance.now();
    let index = 0;
    for (const build of order(builds, round)) {
      const free = disturbance(round, index++);
      const hash = await buildHash(build, round === 0 ? undefined : memo);
      free();
      const list = seen.get(label(build)) ?? [];
      list[round] = hash;
      seen.set(label(build), list);
    }
    process.stderr.write(`# round ${round}: ${builds.length} builds in ${((performance.now() - roundStart) / 1000).toFixed(1)} s\n`);
  }
  const coldAt = args.indexOf("--cold");
  if (coldAt >= 0) {
    // outputHashes builds each program at its defaults in a process of its own: a cold build.
    for (const line of readFileSync(args[coldAt + 1]!, "utf8").split("\n")) {
      const [program, type, hash] = line.split(" ");
      const name = `${program} {} ${type}`;
      const ours = seen.get(name);
      if (ours === undefined || hash === undefined) continue;
      const cold = hash === "error" ? line.slice(program!.length + type!.length + 2) : hash.slice(0, 16);
      seen.set(name, [...ours, cold]);
    }
  }
  const differing = [...seen].filter(([, hashes]) => new Set(hashes).size > 1);
  const checked = new Set(builds.map((b) => b.program));
  process.stdout.write(`# ${checked.size} programs, ${builds.length} builds × ${rounds} rounds, ${threads} kernel thread(s), ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  for (const [name, hashes] of differing) process.stdout.write(`DIFFERS ${name}: ${hashes.join(" ")}\n`);
  process.stdout.write(`# ${differing.length} builds differ between rounds\n`);
  process.exitCode = differing.length > 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
