/**
 * A lone wire's side, found with its arcs' samples summed in closed form (`sampledAreaSign`, the
 * shortcut `wiresToFaces` takes for one wire), is the sign of the area of its fully sampled outline
 * (the general path, taken for several wires); where it cannot be sure (an arc tilted out of the
 * workplane, an area within rounding of zero) it gives none, and the general path decides.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Plane, Workplane, unwrapShape, type Shape, type WorkplaneImpl } from "../../src/api/index.ts";
import { closedFormArea, sampledAreaSign } from "../../src/api/ops/outlineArea.ts";
import { loadKernel, sampleEdges, withScope } from "../../src/kernel/index.ts";

const SAMPLES = 48;
const AWAY = Plane.named("XY", [40, -25, 3]);
const FAR = Plane.named("XY", [500, 300, 0]);

/** The signed area of the fully sampled outline, summed as the general path sums it. */
function sampledArea(wire: Shape, plane: Plane): number {
  let twiceArea = 0;
  for (const points of sampleEdges(unwrapShape(wire), SAMPLES)) {
    const local = points.map((p) => plane.toLocalCoords(p));
    for (let i = 1; i < local.length; i++) twiceArea += local[i - 1]!.x * local[i]!.y - local[i]!.x * local[i - 1]!.y;
  }
  return twiceArea / 2;
}

const loneWire = (wp: WorkplaneImpl): Shape => {
  const [wire, ...rest] = wp.state.pendingWires;
  assert.ok(wire !== undefined && rest.length === 0);
  return wire;
};

/** Lone wires with lines, arcs, full circles, an ellipse and a spline, both ways round, on several planes. */
const DECIDED: ReadonlyArray<readonly [string, () => Shape, Plane]> = [
  ["an offset pentagon with arc joins", () => loneWire(Workplane().polygon(5, 10).offset2D(1, "arc")), Plane.named("XY")],
  ["a clockwise outline with an arc, away from the origin", () => loneWire(Workplane(AWAY).lineTo(0, 2).threePointArc([1, 3], [2, 2]).lineTo(2, 0).close()), AWAY],
  ["a circle on XZ", () => loneWire(Workplane("XZ").circle(2)), Plane.named("XZ")],
  ["a slot on YZ", () => loneWire(Workplane("YZ").slot2D(4, 1)), Plane.named("YZ")],
  ["a circle far from the origin", () => loneWire(Workplane(FAR).circle(1)), FAR],
  ["an ellipse", () => loneWire(Workplane().ellipse(3, 1)), Plane.named("XY")],
  ["a closed spline", () => loneWire(Workplane().spline([[0, 0], [2, 0], [2, 2]]).close()), Plane.named("XY")],
  ["a rectangle with rounded corners", () => loneWire(Workplane().rect(4, 2).offset2D(0.5)), Plane.named("XY")],
  ["the bottom circle of a cylinder", () => Workplane().circle(2).extrude(1).faces("<Z").wires().val() as Shape, Plane.named("XY")],
  ["a rounded outline joined with its mirror image", () => loneWire(Workplane().lineTo(2, 0).threePointArc([2.5, 1], [2, 2]).lineTo(0, 2).mirrorY()), Plane.named("XY")],
];

describe("a lone wire's side in closed form", () => {
  before(async () => {
    await loadKernel();
  });

  it("is the area of its fully sampled outline, to within rounding far inside its bound", () =>
    withScope(() => {
      for (const [name, make, plane] of DECIDED) {
        const wire = make();
        const found = closedFormArea(wire, plane, SAMPLES);
        assert.ok(found !== undefined, name);
        const area = sampledArea(wire, plane);
        assert.ok(Math.abs(found.area - area) <= 1e-12 * Math.max(1, Math.abs(area)), `${name}: ${found.area} in closed form, ${area} sampled`);
        assert.ok(found.margin < Math.abs(area) / 10, `${name}: bound ${found.margin} for an area of ${area}`);
      }
    }));

  it("is the sign of its fully sampled outline's area", () =>
    withScope(() => {
      for (const [name, make, plane] of DECIDED) {
        const wire = make();
        const area = sampledArea(wire, plane);
        assert.notEqual(area, 0, name);
        assert.equal(sampledAreaSign(wire, plane, SAMPLES), Math.sign(area), name);
        // Seen from the other side, the same wire turns the other way.
        const flipped = new Plane(plane.origin, plane.xDir, plane.zDir.multiply(-1));
        assert.equal(sampledAreaSign(wire, flipped, SAMPLES), -Math.sign(area), `${name}, seen from below`);
      }
    }));

  it("leaves the decision to the sampled outline for an arc out of the workplane or an area within its rounding bound", () =>
    withScope(() => {
      // 3e-4 mm² at 580 mm from the origin: inside the (generous) bound on the sampled sum's rounding.
      assert.equal(sampledAreaSign(loneWire(Workplane(FAR).circle(0.01)), FAR, SAMPLES), undefined);
      assert.equal(sampledAreaSign(loneWire(Workplane().circle(2)), Plane.named("XZ"), SAMPLES), undefined);
      const thereAndBack = loneWire(Workplane().polyline([[0, 0], [2, 0], [1, 0]]).close());
      assert.equal(sampledArea(thereAndBack, Plane.named("XY")), 0);
      assert.equal(sampledAreaSign(thereAndBack, Plane.named("XY"), SAMPLES), undefined);
      // A rounded rectangle joined with its mirror image runs round both ways: what is left of its
      // sampled area is rounding (about -9e-16), whose sign only the sampled sum can give.
      const bothWays = loneWire(Workplane().rect(4, 2).offset2D(0.5).mirrorY());
      assert.ok(Math.abs(sampledArea(bothWays, Plane.named("XY"))) < 1e-12);
      assert.equal(sampledAreaSign(bothWays, Plane.named("XY"), SAMPLES), undefined);
    }));
});
