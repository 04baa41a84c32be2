/**
 * `clean` on a primitive nothing was fused with: a whole box, cylinder or sphere straight from
 * OCCT has no two faces on one surface, so clean() would leave it exactly as it is and is skipped
 * (src/api/ops/context.ts `madeClean`). These tests pin both halves: the B-rep is the same as
 * `clean: false` gives (the exact text of its BREP file), no clean operation runs, and everything
 * clean() can change — part turns, fused primitives — is still cleaned.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Workplane, unwrapShape, type Shape } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertNoCleanOperation, assertSameBrepWithClean, operationsOf, type Maker } from "../helpers/cleanChecks.ts";

const PLANES = ["XY", "YZ", "XZ", "front", "back", "left", "right", "top", "bottom"] as const;

const ALREADY_CLEAN: Array<[string, Maker]> = [
  ["box", (wp, clean) => wp.box(3, 2, 1, { clean })],
  ["box, not centred", (wp, clean) => wp.box(3, 2.5, 1.2, { clean, centered: [false, true, false] })],
  ["box, combine: false at two points", (wp, clean) => wp.pushPoints([[0, 0], [5, 0]]).box(1, 1, 1, { clean, combine: false })],
  ["box on a moved, turned plane", (wp, clean) => wp.center(1, 2).transformed({ rotate: [10, 20, 30] }).box(1, 2, 3, { clean })],
  ["cylinder", (wp, clean) => wp.cylinder(3, 1, { clean })],
  ["cylinder along a direction", (wp, clean) => wp.cylinder(3, 1, { clean, direct: [1, 1, 0], centered: [false, true, false] })],
  ["sphere", (wp, clean) => wp.sphere(2, { clean })],
  ["sphere with caps", (wp, clean) => wp.sphere(2, { clean, angle1: -30, angle2: 60 })],
  ["hemisphere", (wp, clean) => wp.sphere(2, { clean, angle1: 0, angle2: 90 })],
];

describe("clean on a lone primitive", () => {
  before(async () => {
    await loadKernel();
  });

  it("gives the same B-rep as clean: false, on every named plane", () => {
    assertSameBrepWithClean(PLANES, ALREADY_CLEAN);
  });

  it("runs no clean operation for it", () => {
    assertNoCleanOperation(ALREADY_CLEAN);
  });

  it("still cleans what clean() changes: a part turn's coplanar side faces, and primitives fused together or with a solid", () => {
    // [name, make, faces with clean, faces without, whether clean is an operation of its own (a fuse cleans inside the boolean)]
    const cases: Array<[string, Maker, number, number, boolean]> = [
      ["half cylinder", (wp, clean) => wp.cylinder(3, 1, { clean, angle: 180 }), 4, 5, true],
      ["half sphere turn", (wp, clean) => wp.sphere(2, { clean, angle3: 180 }), 2, 3, true],
      ["two boxes side by side", (wp, clean) => wp.pushPoints([[0, 0], [1, 0]]).box(1, 1, 1, { clean }), 6, 10, false],
      ["a box on a box's top", (wp, clean) => wp.box(2, 2, 1).faces(">Z").workplane().box(2, 2, 1, { centered: [true, true, false], clean }), 6, 10, false],
    ];
    for (const [name, make, withClean, without, separate] of cases) {
      const faces = [true, false].map((clean) => withScope(() => (make(Workplane("XY"), clean).val() as Shape).Faces().length));
      assert.deepEqual(faces, [withClean, without], name);
      if (separate) assert.ok(operationsOf(() => make(Workplane("XY"), true)) > operationsOf(() => make(Workplane("XY"), false)), `${name}: clean ran`);
    }
  });
});
