/**
 * Slot-hygiene benchmark (issue 12, point 3): what retiring suspect slots costs.
 * - A mixed workload through a one-slot pool: the cadquery examples, with every `ATTACK_EVERY`th
 *   build one of the slot-hygiene test's hostile scripts; builds between recycles, by reason.
 * - The end-of-build checks: the p50 of what a slot adds after each build (two fingerprints and
 *   their comparison, measured here in-process over many runs) against the p50 of a warm build
 *   through the pool. The checks cannot be switched off in a slot, so this is the ratio of the
 *   two medians rather than of two whole runs.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createBuildPool } from "../src/build/pool/index.ts";
import { brokenInvariant, slotFingerprint } from "../src/build/pool/slot/invariants.ts";
import { loadKernel } from "../src/kernel/index.ts";
import { HYGIENE_ATTACKS } from "../test/pool/hygieneAttacks.ts";
import { formatMs, median, printTable, timeOnce } from "./measure.ts";

const EXAMPLES = fileURLToPath(new URL("../examples/cadquery/", import.meta.url));
const MIXED_BUILDS = 300;
const ATTACK_EVERY = 10;
const CHECK_RUNS = 20_000;
const WARM_RUNS = 30;

export async function benchHygiene(): Promise<void> {
  const files = (await readdir(EXAMPLES)).filter((file) => file.endsWith(".ts")).sort();
  const examples = await Promise.all(files.map(async (file) => readFile(join(EXAMPLES, file), "utf8")));
  const pool = await createBuildPool({ size: 1, spare: 1, warmupBuilds: 1, log: () => undefined });
  try {
    await pool.warm();
    const buildTimes: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      const { ms, value } = await timeOnce(() => pool.build({ source: examples[0]!, language: "ts", type: "stl" }));
      if (!value.ok) throw new Error(`benchmark build failed: ${value.error.code}: ${value.error.message}`);
      buildTimes.push(ms);
    }
    const before = pool.health().recycles;
    let attacks = 0;
    for (let i = 0; i < MIXED_BUILDS; i++) {
      if (i % ATTACK_EVERY === ATTACK_EVERY - 1) {
        await pool.build({ source: HYGIENE_ATTACKS[attacks++ % HYGIENE_ATTACKS.length]!.source, language: "js", type: "stl" });
      } else {
        await pool.build({ source: examples[i % examples.length]!, language: "ts", type: "stl" });
      }
    }
    const after = pool.health().recycles;
    const rows = (Object.keys(after) as (keyof typeof after)[])
      .map((reason) => [reason, String(after[reason] - before[reason])])
      .filter(([, count]) => count !== "0");
    const recycles = rows.reduce((sum, [, count]) => sum + Number(count), 0);
    printTable(
      `Slot recycling in a mixed workload (${MIXED_BUILDS} builds, 1 in ${ATTACK_EVERY} hostile, one slot)`,
      ["recycle reason", "slots retired"],
      [...rows, ["builds between recycles", recycles === 0 ? `> ${MIXED_BUILDS}` : (MIXED_BUILDS / recycles).toFixed(1)]],
    );

    await loadKernel();
    const checkTimes: number[] = [];
    for (let i = 0; i < CHECK_RUNS; i++) {
      const started = performance.now();
      const start = slotFingerprint();
      if (brokenInvariant(start, slotFingerprint()) !== undefined) throw new Error("an invariant broke with no build in between");
      checkTimes.push(performance.now() - started);
    }
    const checkMs = median(checkTimes);
    const buildMs = median(buildTimes);
    printTable(
      "End-of-build checks (p50)",
      ["measure", "ms"],
      [
        ["checks after one build (in-process)", checkMs.toPrecision(2)],
        [`warm build of ${files[0]} through the pool`, formatMs(buildMs)],
        ["checks ÷ build", `${((checkMs / buildMs) * 100).toPrecision(2)} %`],
      ],
    );
  } finally {
    await pool.close();
  }
}
