/**
 * Shared checks for the tests of skipped clean() passes (test/api/cleanPrimitives.test.ts,
 * test/api/cleanPrisms.test.ts): a shape built with `clean: true` must be the very B-rep that
 * `clean: false` gives (the exact text of its BREP file), and no clean operation may run for it.
 */
import assert from "node:assert/strict";
import { Workplane, unwrapShape, type WorkplaneImpl } from "../../src/api/index.ts";
import { OperationMemo, withMemoSession, withScope, writeBrep } from "../../src/kernel/index.ts";

/** Builds a Workplane's result with or without `clean`. */
export type Maker = (wp: WorkplaneImpl, clean: boolean) => WorkplaneImpl;

/** The exact text of the BREP file of a Workplane's shapes. */
export const brepText = (wp: WorkplaneImpl) => Buffer.from(writeBrep(wp.vals().map((shape, i) => ({ name: `p${i}`, shape: unwrapShape(shape as never) })))).toString("latin1");

/** The kernel operations `make` computes (memo misses: each keyed operation once). */
export function operationsOf(make: () => WorkplaneImpl): number {
  const memo = new OperationMemo({ budgetBytes: 64 * 1024 * 1024, keepMinMs: 0 });
  withMemoSession(memo, "test", () => withScope(() => brepText(make())));
  return memo.stats.misses + memo.stats.unkeyed;
}

/** Each case on each plane gives the same BREP text with `clean: true` as with `clean: false`. */
export function assertSameBrepWithClean(planes: readonly string[], cases: ReadonlyArray<readonly [string, Maker]>): void {
  for (const plane of planes) {
    for (const [name, make] of cases) {
      const [cleaned, raw] = [true, false].map((clean) => withScope(() => brepText(make(Workplane(plane as "XY"), clean))));
      assert.equal(cleaned, raw, `${name} on ${plane}`);
    }
  }
}

/** Each case computes as many kernel operations with `clean: true` as with `clean: false` (no clean runs). */
export function assertNoCleanOperation(cases: ReadonlyArray<readonly [string, Maker]>): void {
  for (const [name, make] of cases) {
    assert.equal(operationsOf(() => make(Workplane("XY"), true)), operationsOf(() => make(Workplane("XY"), false)), name);
  }
}
