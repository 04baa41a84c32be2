/**
 * The operation memo gives byte-identical outputs (issue 15, point 3): every example is walked
 * through random (seeded) parameter values, and each step is built twice, in STEP and in STL:
 * once with a memo warm from the walk so far, once with a fresh, empty memo (what a fresh slot
 * has). The bytes must be equal. Runs in this process (the slot's own state is the hygiene
 * test's business); the kernel work is exactly the slot's: the same kernel layer and memo.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { loadKernel, OperationMemo, withMemoSession, withScope } from "../../src/kernel/index.ts";
import { loadScript } from "../../src/build/buildModel.ts";
import { resolveExportOptions } from "../../src/build/exportOptions.ts";
import { finishBuild, runKernelHalf } from "../../src/build/pipeline.ts";
import { PartforgeError } from "../../src/shared/errors.ts";
import type { ParamSchema, ParamValue } from "../../src/modelscript/index.ts";
import { seededRandom } from "../helpers/seededRandom.ts";

const ROOT = new URL("../../examples/", import.meta.url).pathname;
const STEPS = Number(process.env.PARTFORGE_MEMO_STEPS ?? 2);
const SEED = Number(process.env.PARTFORGE_MEMO_SEED ?? 15);
const TENANT = "acc_memo_test";

interface Example {
  name: string;
  source: string;
  language: "ts" | "js";
}

async function readExamples(): Promise<Example[]> {
  const found: Example[] = [];
  for (const directory of ["cadquery", "."]) {
    for (const file of (await readdir(join(ROOT, directory))).sort()) {
      if (!/\.(ts|js)$/.test(file)) continue;
      found.push({ name: join(directory, file), source: await readFile(join(ROOT, directory, file), "utf8"), language: file.endsWith(".js") ? "js" : "ts" });
    }
  }
  return found;
}

/** A value of a numeric parameter within its bounds (or around its default when it has none). */
function pickNumber(parameter: ParamSchema, next: () => number): number {
  const fallback = typeof parameter.default === "number" ? parameter.default : 1;
  const min = parameter.min ?? (fallback > 0 ? fallback / 2 : fallback - 5);
  const max = parameter.max ?? (fallback > 0 ? fallback * 1.5 : fallback + 5);
  const value = min + (max - min) * next();
  return parameter.type === "int" ? Math.round(value) : Math.round(value * 1000) / 1000;
}

/** The parameters the walk changes: numbers, booleans and choices (strings have no range to walk). */
function walkable(parameter: ParamSchema): boolean {
  return parameter.type === "float" || parameter.type === "int" || parameter.type === "boolean" || (parameter.type === "choice" && (parameter.choices?.length ?? 0) > 1);
}

/** A new value for `parameter`: a number in range, the other boolean, another choice. */
function pick(parameter: ParamSchema, current: ParamValue, next: () => number): ParamValue {
  if (parameter.type === "boolean") return !current;
  if (parameter.type === "choice") {
    const others = parameter.choices!.filter((choice) => choice !== current);
    return others[Math.floor(next() * others.length)]!;
  }
  return pickNumber(parameter, next);
}

type Outcome = { bytes: Buffer } | { error: string };

/** One build in this process with `memo` serving `tenant` (as a slot's runJob does). */
async function build(example: Example, type: "step" | "stl", values: Record<string, ParamValue>, memo: OperationMemo): Promise<Outcome> {
  try {
    const loaded = await loadScript(example.source, example.language);
    const job = { kind: "build", type, preset: undefined, values, options: resolveExportOptions(undefined) } as const;
    const half = withMemoSession(memo, TENANT, () => withScope(() => runKernelHalf(loaded, job, performance.now())));
    return { bytes: Buffer.from((await finishBuild(half)).bytes) };
  } catch (error) {
    if (error instanceof PartforgeError) return { error: `${error.code}: ${error.message}` };
    throw error;
  }
}

function same(warm: Outcome, cold: Outcome): boolean {
  if ("error" in warm || "error" in cold) return "error" in warm && "error" in cold && warm.error === cold.error;
  return warm.bytes.equals(cold.bytes);
}

describe("the operation memo", () => {
  it("builds every example along a random walk of its numeric, boolean and choice parameters byte-identically to a fresh memo, in STEP and STL", async () => {
    await loadKernel();
    const examples = await readExamples();
    // Everything kept (keepMinMs 0), not only the slow operations a slot keeps: every reuse is put to the test.
    const warm = new OperationMemo({ budgetBytes: 256 * 1024 * 1024, keepMinMs: 0 });
    const next = seededRandom(SEED); // a failing walk replays from its seed
    const differences: string[] = [];
    let walked = 0;
    const started = performance.now();
    for (const example of examples) {
      const loaded = await loadScript(example.source, example.language);
      const changing = loaded.parameters.filter(walkable);
      const values: Record<string, ParamValue> = {};
      for (let step = 0; step <= STEPS; step++) {
        if (step > 0 && changing.length > 0) {
          const parameter = changing[Math.floor(next() * changing.length)]!;
          values[parameter.name] = pick(parameter, values[parameter.name] ?? parameter.default, next);
        }
        for (const type of ["step", "stl"] as const) {
          const fromWarm = await build(example, type, { ...values }, warm);
          const fromCold = await build(example, type, { ...values }, new OperationMemo({ budgetBytes: 256 * 1024 * 1024 }));
          if (!same(fromWarm, fromCold)) differences.push(`${example.name} ${type} ${JSON.stringify(values)}`);
        }
        walked += 1;
      }
    }
    const { hits, misses, unkeyed } = warm.stats;
    process.stdout.write(`# ${examples.length} examples, ${walked} steps, ${((performance.now() - started) / 1000).toFixed(1)} s; warm memo: ${hits} hits, ${misses} misses, ${unkeyed} unkeyed\n`);
    assert.deepEqual(differences, [], `${differences.length} builds with a warm memo differed from a fresh memo's (seed ${SEED})`);
    assert.ok(hits > walked, `the warm memo was hardly used (${hits} hits over ${walked} steps): the test would not see a wrong reuse`);
    warm.clear();
  });
  it("reuses what a selector measured on a reused shape: a rebuild with a downstream value changed measures no face of the reused block again", async () => {
    await loadKernel();
    const example: Example = {
      name: "selector.ts",
      language: "ts",
      source: `import { Workplane, FloatParam } from "partforge";
export const p_hole = FloatParam({ min: 1, max: 8, default: 4, desc: "Hole diameter" });
export function build() {
  return Workplane("XY").box(40, 20, 10).edges("|Z").fillet(3).faces(">Z").workplane().hole(p_hole.value);
}
`,
    };
    const warm = new OperationMemo({ budgetBytes: 256 * 1024 * 1024, keepMinMs: 0 });
    await build(example, "step", {}, warm);
    const before = warm.stats;
    const rebuilt = await build(example, "step", { p_hole: 5 }, warm);
    const after = warm.stats;
    const cold = await build(example, "step", { p_hole: 5 }, new OperationMemo({ budgetBytes: 256 * 1024 * 1024 }));
    assert.ok(same(rebuilt, cold), "the rebuild's STEP file differs from a fresh memo's");
    assert.ok(after.factHits - before.factHits >= 6, `the rebuild reused ${after.factHits - before.factHits} facts: faces(">Z") measured the filleted block's faces again`);
    warm.clear();
  });
  // OCCT does not always give the same shape for a boolean run destructively and one run
  // non-destructively: enclosure.ts at p_corner_radius 5.3 wrote 45 bytes more STEP with the memo
  // (whose booleans were non-destructive) than without it (destructive). Every boolean now runs
  // non-destructively (src/kernel/booleanInputs.ts), so a slot without a memo, a build without a
  // tenant and the CLI give the memo's file.
  it("builds enclosure.ts with the memo byte-identically to a build without one", async () => {
    await loadKernel();
    const example: Example = { name: "enclosure.ts", source: await readFile(join(ROOT, "enclosure.ts"), "utf8"), language: "ts" };
    const loaded = await loadScript(example.source, example.language);
    const job = { kind: "build", type: "step", preset: undefined, values: { p_corner_radius: 5.3 }, options: resolveExportOptions(undefined) } as const;
    const withoutMemo: Outcome = { bytes: Buffer.from((await finishBuild(withScope(() => runKernelHalf(loaded, job, performance.now())))).bytes) };
    const withMemo = await build(example, "step", { p_corner_radius: 5.3 }, new OperationMemo({ budgetBytes: 256 * 1024 * 1024 }));
    assert.ok(same(withMemo, withoutMemo), "a build with the memo differs from one without");
  });
});
