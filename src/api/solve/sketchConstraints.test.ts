import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { arcEntity, arcThreePoints, circleCenter, solveSketch } from "./sketchConstraints.ts";

const close = (a: readonly number[], b: readonly number[], tolerance = 1e-9) => assert.ok(a.every((v, i) => Math.abs(v - b[i]!) <= tolerance), `expected ${b}, got ${a}`);

describe("sketch constraint solver", () => {
  it("reads an arc as CadQuery does: angles clockwise from +y, the sweep signed through the middle point", () => {
    // centre (0, 0), from (0, 1) clockwise through (1, 0) to (0, −1)
    close(arcEntity([0, 0], [0, 1], [1, 0], [0, -1]), [0, 0, 1, 0, Math.PI]);
    // the same arc the other way round, through (−1, 0)
    close(arcEntity([0, 0], [0, 1], [-1, 0], [0, -1]), [0, 0, 1, 0, -Math.PI]);
    const [start, middle, end] = arcThreePoints([0, 0, 1, 0, Math.PI / 2]);
    close([...start, ...middle, ...end], [0, 1, Math.SQRT1_2, Math.SQRT1_2, 1, 0]);
    close(circleCenter([1, 0], [0, 1], [-1, 0])!, [0, 0]);
    assert.equal(circleCenter([0, 0], [1, 1], [2, 2]), undefined);
  });

  it("Coincident joins the end of the first edge to the start of the second; Fixed keeps the first", () => {
    const { dofs, cost } = solveSketch(
      [
        { geometry: "LINE", dof: [0, 0, 1, 0] },
        { geometry: "LINE", dof: [2, 1, 3, 1] },
      ],
      [
        { kind: "Fixed", e1: 0, e2: undefined, param: undefined },
        { kind: "Coincident", e1: 0, e2: 1, param: undefined },
      ],
    );
    assert.ok(cost < 1e-20);
    close(dofs[0]!, [0, 0, 1, 0]);
    close(dofs[1]!.slice(0, 2), [1, 0], 1e-9);
  });

  it("Angle is measured from the second edge's start tangent to the first edge's direction, counter-clockwise", () => {
    const { dofs } = solveSketch(
      [
        { geometry: "LINE", dof: [0, 0, 1, 0] },
        { geometry: "LINE", dof: [1, 0, 2, 0.2] },
      ],
      [
        { kind: "Fixed", e1: 0, e2: undefined, param: undefined },
        { kind: "Angle", e1: 0, e2: 1, param: -Math.PI / 2 },
      ],
    );
    const [x1, y1, x2, y2] = dofs[1]!;
    // the second line turned to +y: from it to the first (+x) is −90°
    assert.ok(Math.abs(x2! - x1!) < 1e-9 && y2! > y1!);
  });

  it("gives the least-squares compromise and its cost for contradicting constraints", () => {
    const result = solveSketch([{ geometry: "LINE", dof: [0, 0, 1, 0] }], [
      { kind: "Length", e1: 0, e2: undefined, param: 1 },
      { kind: "Length", e1: 0, e2: undefined, param: 3 },
    ]);
    assert.ok(Math.abs(result.cost - 2) < 1e-9);
  });
});
