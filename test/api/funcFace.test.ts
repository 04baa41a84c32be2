/**
 * `func.face` finds its plane with a face made from the largest wire, and takes that face as its
 * result where it would make the very same face again (src/api/func/construction.ts, `madeFace` of
 * src/api/ops/faces.ts). Differential: the face is the B-rep `wiresToFaces` makes from scratch on
 * that plane (the exact BREP text), and one planar face fewer is made.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Plane, func, unwrapShape, wrapShape, type Shape } from "../../src/api/index.ts";
import { wiresToFaces } from "../../src/api/ops/faces.ts";
import { loadKernel, makePlanarFace, OperationMemo, withMemoSession, withScope, writeBrep } from "../../src/kernel/index.ts";

const { circle, rect, polygon, ellipse, spline, face, wire, segment } = func;

const brepText = (shape: Shape) => Buffer.from(writeBrep([{ name: "f", shape: unwrapShape(shape) }])).toString("latin1");

/** The faces as made before: the plane from a face of the largest wire, then every face made anew. */
function fromScratch(shapes: Shape[]): Shape {
  const wires = asWires(shapes);
  const largest = [...wires].sort((a, b) => b.BoundingBox().DiagonalLength - a.BoundingBox().DiagonalLength)[0]!;
  const probe = wrapShape(makePlanarFace(unwrapShape(largest), false, []));
  return wiresToFaces(wires, new Plane(probe.Center(), undefined, probe.normal()!))[0]!;
}

const WIRES: Array<[string, () => Shape[]]> = [
  ["circle", () => [circle(1)]],
  ["rectangle", () => [rect(2, 3)]],
  ["clockwise polygon", () => [polygon([0, 0], [0, 2], [3, 2], [3, 0])]],
  ["anticlockwise polygon", () => [polygon([0, 0], [3, 0], [3, 2], [0, 2])]],
  ["circle moved and turned", () => [circle(2).moved({ x: 1, rx: 30, ry: 45 })]],
  ["ellipse", () => [ellipse(3, 1)]],
  ["closed spline", () => [spline([[0, 0], [2, 1], [1, 3], [-1, 2]], { periodic: true } as never)]],
  ["wire of segments", () => [wire(segment([0, 0], [2, 0]), segment([2, 0], [2, 2]), segment([2, 2], [0, 0]))]],
  ["rectangle with a round hole", () => [rect(4, 4), circle(1)]],
  ["hole given first", () => [circle(1), rect(4, 4)]],
];

/** `face` takes edges too; the way from scratch is given wires. */
const asWires = (shapes: Shape[]) => shapes.map((shape) => (shape.kind === "edge" ? wire(shape) : shape));

function planarFacesMade(body: () => unknown): number {
  const memo = new OperationMemo({ budgetBytes: 64 * 1024 * 1024, keepMinMs: 0 });
  withMemoSession(memo, "test", () => withScope(body));
  return memo.stats.misses + memo.stats.unkeyed;
}

describe("func.face makes its face once", () => {
  before(async () => {
    await loadKernel();
  });

  it("gives the B-rep wiresToFaces makes from scratch on the same plane", () => {
    for (const [name, wires] of WIRES) {
      withScope(() => {
        const made = asWires(wires());
        assert.equal(brepText(face(...made)), brepText(fromScratch(made)), name);
      });
    }
  });

  it("makes one face fewer for a lone wire, and as many for a wire with holes", () => {
    const lone = planarFacesMade(() => face(wire(circle(1))));
    const scratch = planarFacesMade(() => fromScratch([circle(1)]));
    assert.equal(lone, scratch - 1, `face(circle) ran ${lone} kernel operations, the way from scratch ${scratch}`);
    const holed = planarFacesMade(() => face(rect(4, 4), wire(circle(1))));
    const holedScratch = planarFacesMade(() => fromScratch([rect(4, 4), circle(1)]));
    assert.equal(holed, holedScratch, "a face with a hole is made with its hole: the probe is not it");
  });

  it("still refuses open and non-planar wires, saying so", () => {
    withScope(() => {
      assert.throws(() => face(wire(segment([0, 0], [1, 0]), segment([1, 0], [1, 1]))), /not closed/);
      assert.throws(() => face(polygon([0, 0, 0], [1, 0, 0], [1, 1, 1], [0, 1, 0])), /closed and planar/);
    });
  });
});
