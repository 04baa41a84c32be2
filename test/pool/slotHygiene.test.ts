/**
 * Slot hygiene, differentially (issue 12, point 2): in one warm slot, the example models are
 * built again and again with hostile builds between them (see hygieneAttacks.ts), and every
 * example's output must be byte-identical to the same build in a fresh slot. A longer run:
 * `npm run test:slot-hygiene` (PARTFORGE_HYGIENE_ROUNDS rounds over every example);
 * PARTFORGE_HYGIENE_KERNEL_THREADS=2 runs it on slots of the multi-threaded kernel.
 *
 * The slots run with their operation memo (src/kernel/operationMemo.ts, on by default), the one state
 * meant to cross builds: the attacks and the examples share a tenant, so a build that changed a
 * memoized shape in place would show as an example differing from the fresh slot's. A second
 * test checks that the memo serves each account only its own builds' operations.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { createBuildPool, type BuildPool, type BuildResult } from "../../src/build/pool/index.ts";
import { HYGIENE_ATTACKS, type HygieneAttack } from "./hygieneAttacks.ts";

const MIB = 1024 * 1024;
const ROOT = new URL("../../examples/", import.meta.url).pathname;
/** The long run uses every example (the top-level ones are larger) and more rounds. */
const LONG = process.env.PARTFORGE_HYGIENE_ROUNDS !== undefined;
/**
 * The quick run's rounds: 1 (`PARTFORGE_HYGIENE_QUICK_ROUNDS`). One round already builds every
 * attack once in the warm slot, each followed by the canary and by one of the other examples (each
 * of those 3 times); while the attacks are a multiple of the other examples (33 and 11 today), a
 * second round repeats exactly the same pairs, only after more builds in the slot — which the long
 * run (`npm run test:slot-hygiene`, 6 rounds over every example) covers.
 */
const ROUNDS = Math.max(1, Number((LONG ? process.env.PARTFORGE_HYGIENE_ROUNDS : process.env.PARTFORGE_HYGIENE_QUICK_ROUNDS) ?? 1) || 1);
const ATTACK_TIMEOUT_MS = 30_000;
/** Built after every attack: it uses Sketch, selections, tags and placeSketch. */
const CANARY = "cadquery/sketch-plate.ts";
/** The quick run's examples: small, and between them most of the API an attack could disturb. */
const QUICK_EXAMPLES = new Set([
  CANARY,
  "cadquery/tagging.ts",
  "cadquery/counterbored-holes.ts",
  "cadquery/workplanes-on-faces.ts",
  "cadquery/construction-geometry.ts",
  "cadquery/lines-and-arcs.ts",
  "cadquery/point-lists.ts",
  "cadquery/polygons.ts",
  "cadquery/splitting.ts",
  "cadquery/mirroring-symmetric-geometry.ts",
  "cadquery/offset-workplanes.ts",
  "cadquery/spline-edge.ts",
]);
interface Example {
  name: string;
  source: string;
  language: "ts" | "js";
}

let examples: Example[] = [];
const references = new Map<string, Buffer>();
let pool: BuildPool;

async function readExamples(): Promise<Example[]> {
  const directories = LONG ? ["cadquery", "."] : ["cadquery"];
  const found: Example[] = [];
  for (const directory of directories) {
    for (const file of (await readdir(join(ROOT, directory))).sort()) {
      if (!/\.(ts|js)$/.test(file)) continue;
      if (!LONG && !QUICK_EXAMPLES.has(join(directory, file))) continue;
      found.push({ name: join(directory, file), source: await readFile(join(ROOT, directory, file), "utf8"), language: file.endsWith(".js") ? "js" : "ts" });
    }
  }
  return found;
}

/**
 * Caught stack overflows do not retire the slot here (`retireOnCaughtOverflow: false`): most
 * attacks catch one, and this test is about what a build leaves behind in a slot that stays in
 * service, so the slot's first defence (build-scoped state) is tested without the retirement
 * that backs it up (tested in caughtOverflows.test.ts and slotRecycle.test.ts).
 */
/** The slots' kernel threads (`PARTFORGE_HYGIENE_KERNEL_THREADS`, default 1): the same differential on the multi-threaded kernel. */
const KERNEL_THREADS = Number(process.env.PARTFORGE_HYGIENE_KERNEL_THREADS ?? 1);

function poolOptions(recycleAfterBuilds: number) {
  return { size: 1, spare: 1, recycleAfterBuilds, kernelThreads: KERNEL_THREADS, memoBudgetMb: 64, memoKeepMinMs: 0, retireOnCaughtOverflow: false, timeoutMs: ATTACK_TIMEOUT_MS, heapMb: 256, wasmMaxPages: 4000, wasmRecycleBytes: 200 * MIB, warmupBuilds: 1, log: () => undefined };
}

/** Undefined when `result` is what the fresh slot built, else how it differs. */
function difference(example: Example, result: BuildResult): string | undefined {
  if (!result.ok) return `${result.error.code}: ${result.error.message}`;
  const bytes = Buffer.from(result.bytes);
  const reference = references.get(example.name)!;
  return bytes.equals(reference) ? undefined : "different bytes";
}

function bytesOf(result: BuildResult, what: string): Buffer {
  assert.ok(result.ok, `${what} failed: ${JSON.stringify(!result.ok && result.error)}`);
  return Buffer.from(result.bytes);
}

/** The id of the slot that served the last build: the one whose count of builds grew. */
function servingSlot(before: Map<number, number>, pool: BuildPool): number | undefined {
  return pool.health().slots.find((slot) => slot.buildsServed > (before.get(slot.id) ?? 0))?.id;
}

function slotCounts(pool: BuildPool): Map<number, number> {
  return new Map(pool.health().slots.map((slot) => [slot.id, slot.buildsServed]));
}

before(async () => {
  examples = await readExamples();
  // Every reference build runs in a slot that has run nothing but its warm-up.
  const fresh = await createBuildPool(poolOptions(1));
  try {
    for (const example of examples) {
      references.set(example.name, bytesOf(await fresh.build({ source: example.source, language: example.language, type: "stl" }), `${example.name} in a fresh slot`));
    }
  } finally {
    await fresh.close();
  }
  pool = await createBuildPool(poolOptions(100_000));
});

after(() => pool?.close());

describe("slot hygiene", () => {
  it("builds every example byte-identically to a fresh slot while hostile builds run between them in the same slot", async () => {
    const canary = examples.find((example) => example.name === CANARY)!;
    const others = examples.filter((example) => example !== canary);
    const differences: string[] = [];
    let builds = 0;
    let examplesAfterAnAttackInTheSameSlot = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < HYGIENE_ATTACKS.length; i++) {
        const attack: HygieneAttack = HYGIENE_ATTACKS[i]!;
        const beforeAttack = slotCounts(pool);
        await pool.build({ source: attack.source, language: "js", type: "stl" });
        const attackSlot = servingSlot(beforeAttack, pool);
        builds += 1;
        for (const example of [canary, others[(i + round * HYGIENE_ATTACKS.length) % others.length]!]) {
          const beforeExample = slotCounts(pool);
          const result = await pool.build({ source: example.source, language: example.language, type: "stl" });
          builds += 1;
          if (servingSlot(beforeExample, pool) === attackSlot) examplesAfterAnAttackInTheSameSlot += 1;
          const differs = difference(example, result);
          if (differs !== undefined) differences.push(`${example.name} after "${attack.name}": ${differs}`);
        }
      }
    }
    const exampleBuilds = (builds * 2) / 3;
    assert.deepEqual(differences, [], `${differences.length} of ${exampleBuilds} example builds differed from a fresh slot`);
    // The test only means something when the attacks share the examples' slot.
    assert.ok(examplesAfterAnAttackInTheSameSlot >= exampleBuilds / 2, `only ${examplesAfterAnAttackInTheSameSlot} of ${exampleBuilds} examples ran in the slot of the attack before them`);
  });
});

describe("the operation memo in a slot", () => {
  it("reuses operations only for the account whose builds made them: another account's identical build reuses none and gets the same bytes", async () => {
    const example = examples.find((candidate) => candidate.name === "cadquery/counterbored-holes.ts")!;
    const request = { source: example.source, language: example.language, type: "step" as const, values: { p_diameter: 0.15 } };
    const reused = (result: BuildResult, what: string) => {
      assert.ok(result.ok, `${what} failed: ${JSON.stringify(!result.ok && result.error)}`);
      assert.notEqual(result.timings?.reusedOperations, undefined, `${what}: the slot reported no memo use (is the memo off?)`);
      return result.timings!.reusedOperations!;
    };
    const firstA = await pool.build({ ...request, tenant: "acc_memo_a" });
    const beforeAgainA = slotCounts(pool);
    const againA = await pool.build({ ...request, tenant: "acc_memo_a" });
    const slotOfA = servingSlot(beforeAgainA, pool);
    const beforeFirstB = slotCounts(pool);
    const firstB = await pool.build({ ...request, tenant: "acc_memo_b" });
    assert.equal(servingSlot(beforeFirstB, pool), slotOfA, "account B's build ran in another slot than account A's: the test would prove nothing");
    const againB = await pool.build({ ...request, tenant: "acc_memo_b" });
    reused(firstA, "account A's first build");
    assert.ok(reused(againA, "account A's rebuild") > 0, "account A's rebuild reused nothing of its first build: the test cannot tell reuse across accounts");
    assert.equal(reused(firstB, "account B's first build"), 0, "account B's first build reused operations account A's builds made");
    assert.ok(reused(againB, "account B's rebuild") > 0, "account B's rebuild reused nothing of its own first build");
    const bytes = [firstA, againA, firstB, againB].map((result, i) => bytesOf(result, `build ${i}`));
    for (const other of bytes.slice(1)) assert.ok(other.equals(bytes[0]!), "a build with reused operations differs from the same build without");
  });
});
