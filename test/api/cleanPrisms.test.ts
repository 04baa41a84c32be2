/**
 * `clean` on a lone straight extrusion: a prism whose outline has no two edges meeting on one
 * curve (no collinear lines, no two arcs meeting) has no two faces on one surface, so clean()
 * would leave it exactly as it is and is skipped (src/kernel/cleanPrism.ts, used by
 * src/api/ops/profiles.ts `extrude`). These tests pin both halves: the B-rep is the same as
 * `clean: false` gives (the exact text of its BREP file), no clean operation runs, and outlines
 * clean() does change (collinear edges, a circle drawn as two arcs) or that the check does not
 * judge (splines) are still cleaned.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Workplane, unwrapShape, type Shape } from "../../src/api/index.ts";
import { loadKernel, prismIsClean, withScope } from "../../src/kernel/index.ts";
import { assertNoCleanOperation, assertSameBrepWithClean, operationsOf, type Maker } from "../helpers/cleanChecks.ts";

const PLANES = ["XY", "YZ", "XZ", "front", "left", "bottom"] as const;

const ALREADY_CLEAN: Array<[string, Maker]> = [
  ["rectangle", (wp, clean) => wp.rect(3, 2).extrude(1, { clean })],
  ["pentagon", (wp, clean) => wp.polygon(5, 10).extrude(0.1, { clean })],
  ["pentagon offset with arcs", (wp, clean) => wp.polygon(5, 10).offset2D(1, "arc").extrude(0.1, { clean })],
  ["pentagon offset with intersections", (wp, clean) => wp.polygon(5, 10).offset2D(1, "intersection").extrude(0.1, { clean })],
  ["circle", (wp, clean) => wp.circle(2).extrude(3, { clean })],
  ["rectangle with a hole", (wp, clean) => wp.rect(4, 4).circle(1).extrude(1, { clean })],
  ["lines and an arc", (wp, clean) => wp.moveTo(0, 0).lineTo(2, 0).threePointArc([3, 1], [2, 2]).lineTo(0, 2).close().extrude(1, { clean })],
  ["two rectangles, combine: false", (wp, clean) => wp.pushPoints([[0, 0], [5, 0]]).rect(1, 1).extrude(1, { clean, combine: false })],
];

describe("clean on a lone straight extrusion", () => {
  before(async () => {
    await loadKernel();
  });

  it("gives the same B-rep as clean: false, on several planes", () => {
    assertSameBrepWithClean(PLANES, ALREADY_CLEAN);
  });

  it("runs no clean operation for it", () => {
    // slot2D's wire is not built the same twice on some planes (its vertices differ in the last
    // bit between builds, with or without clean), so it is only counted here, not compared.
    const slot: [string, Maker] = ["slot", (wp, clean) => wp.slot2D(6, 2).extrude(1, { clean })];
    assertNoCleanOperation([...ALREADY_CLEAN, slot]);
  });

  it("still cleans outlines whose edges meet on one curve, and those it does not judge", () => {
    // [name, make, faces with clean, faces without]
    const cases: Array<[string, Maker, number, number]> = [
      ["a collinear point", (wp, clean) => wp.polyline([[0, 0], [1, 0], [2, 0], [2, 1], [0, 1]]).close().extrude(1, { clean }), 6, 7],
      ["a circle drawn as two arcs", (wp, clean) => wp.moveTo(1, 0).threePointArc([0, 1], [-1, 0]).threePointArc([0, -1], [1, 0]).close().extrude(1, { clean }), 3, 4],
      // CadQuery's two halves fused (their sides split where they meet), not one prism.
      ["both ways", (wp, clean) => wp.rect(3, 2).extrude(1, { clean, both: true }), 6, 10],
      ["a spline outline", (wp, clean) => wp.spline([[0, 0], [1, 1], [2, 0]], { includeCurrent: false }).close().extrude(1, { clean }), 4, 4],
    ];
    for (const [name, make, withClean, without] of cases) {
      const faces = [true, false].map((clean) => withScope(() => (make(Workplane("XY"), clean).val() as Shape).Faces().length));
      assert.deepEqual(faces, [withClean, without], name);
      assert.ok(operationsOf(() => make(Workplane("XY"), true)) > operationsOf(() => make(Workplane("XY"), false)), `${name}: clean ran`);
    }
  });

  it("answers no for a shape that is not a face", () => {
    withScope(() => {
      const wire = Workplane("XY").rect(1, 1).val() as Shape;
      assert.equal(prismIsClean(unwrapShape(wire)), false);
      const solid = Workplane("XY").box(1, 1, 1).val() as Shape;
      assert.equal(prismIsClean(unwrapShape(solid)), false);
    });
  });
});
