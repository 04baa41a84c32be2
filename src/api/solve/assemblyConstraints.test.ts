import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { solveAssembly, type AssemblyProblem, type SimpleConstraint } from "./assemblyConstraints.ts";
import { applyPose, extrinsicXYZ, quaternionOfFrame, rotate, type Pose, type Vec3 } from "./rigid.ts";

const IDENTITY: Pose = { translation: [0, 0, 0], rotation: [1, 0, 0, 0] };
const at = (x: number, y: number, z: number): Pose => ({ translation: [x, y, z], rotation: [1, 0, 0, 0] });

function assertVec(actual: Vec3, expected: Vec3, tolerance = 1e-7) {
  assert.ok(actual.every((v, i) => Math.abs(v - expected[i]!) <= tolerance), `expected ${expected}, got ${actual}`);
}

function solve(starts: Pose[], constraints: SimpleConstraint[], locked = [0], size = 3) {
  const problem: AssemblyProblem = { starts, locked: new Set(locked), constraints, size };
  const solution = solveAssembly(problem);
  assert.ok(solution.cost < 1e-16, `cost ${solution.cost}`);
  return solution.poses;
}

/** The rotation angle of a unit quaternion, in degrees. */
const angleDeg = (pose: Pose) => (2 * Math.acos(Math.min(1, Math.abs(pose.rotation[0]))) * 180) / Math.PI;

describe("solveAssembly (CadQuery's cost functions, closed-form results)", () => {
  it("Axis 0 then Axis 45: the second box turns 45° about z (CadQuery's test_axis_constraint)", () => {
    const [, b2] = solve(
      [IDENTITY, at(0, 0, 4)],
      [
        { kind: "Axis", a: 0, b: 1, d1: [0, 0, 1], d2: [0, 0, 1], angleDeg: 0 },
        { kind: "Axis", a: 0, b: 1, d1: [1, 0, 0], d2: [1, 0, 0], angleDeg: 45 },
      ],
    );
    assert.ok(Math.abs(angleDeg(b2!) - 45) < 1e-6, `angle ${angleDeg(b2!)}`);
    assertVec(rotate(b2!.rotation, [0, 0, 1]), [0, 0, 1]);
    assertVec(b2!.translation, [0, 0, 4]);
  });

  it("Point with a distance: the centres end 1 apart (CadQuery's test_point_constraint)", () => {
    const [, b2] = solve([IDENTITY, at(0, 0, 4)], [{ kind: "Point", a: 0, b: 1, p1: [0, 0, 0], p2: [0, 0, 0], distance: 1 }]);
    assert.ok(Math.abs(Math.hypot(...b2!.translation) - 1) < 1e-7);
  });

  it("PointInPlane with offsets puts a vertex param0 above the top and param1 beyond the side of a 1×2×3 box", () => {
    for (const [param0, param1] of [[-2, -1], [0, 0], [0.01, 2]] as const) {
      const [, vertex] = solve(
        [IDENTITY, IDENTITY],
        [
          { kind: "PointInPlane", a: 1, b: 0, p: [0, 0, 0], plane: { origin: [0, 0, 1.5], normal: [0, 0, 1] }, offset: param0 },
          { kind: "PointInPlane", a: 1, b: 0, p: [0, 0, 0], plane: { origin: [0.5, 0, 0], normal: [1, 0, 0] }, offset: param1 },
        ],
      );
      assert.ok(Math.abs(vertex!.translation[2] - 1.5 - param0) < 1e-6 && Math.abs(vertex!.translation[0] - 0.5 - param1) < 1e-6, `${vertex!.translation}`);
    }
  });

  it("PointOnLine twice puts a point on the intersection of two lines", () => {
    const [, ball] = solve(
      [IDENTITY, at(0, 0, 4)],
      [
        { kind: "PointOnLine", a: 1, b: 0, p: [0, 0, 0], line: { origin: [0, 0.5, 0.5], direction: [1, 0, 0] }, distance: 0 },
        { kind: "PointOnLine", a: 1, b: 0, p: [0, 0, 0], line: { origin: [0.5, 0, 0.5], direction: [0, 1, 0] }, distance: 0 },
      ],
    );
    assertVec(ball!.translation, [0.5, 0.5, 0.5]);
  });

  it("PointOnLine with a distance keeps the point that far from the line (CadQuery's documented cost)", () => {
    const [, ball] = solve([IDENTITY, at(0, 3, 4)], [{ kind: "PointOnLine", a: 1, b: 0, p: [0, 0, 0], line: { origin: [0, 0, 0], direction: [1, 0, 0] }, distance: 2 }]);
    assert.ok(Math.abs(Math.hypot(ball!.translation[1], ball!.translation[2]) - 2) < 1e-7);
  });

  it("FixedPoint and FixedAxis: the top face normal turns to (0, 1, 1)/√2 and the centre moves to (0, 0, −3) (CadQuery's test_unary_constraints)", () => {
    const [, b2] = solve(
      [IDENTITY, at(0, 0, 4)],
      [
        { kind: "FixedPoint", a: 1, p: [0, 0, 0], point: [0, 0, -3] },
        { kind: "FixedAxis", a: 1, d: [0, 0, 1], direction: [0, 1, 1] },
      ],
    );
    assertVec(b2!.translation, [0, 0, -3]);
    assertVec(rotate(b2!.rotation, [0, 0, 1]), [0, Math.SQRT1_2, Math.SQRT1_2]);
  });

  it("FixedRotation (45, 0, 45) is OCCT's extrinsic XYZ: Rz(45°)·Rx(45°)", () => {
    const [, b2] = solve([IDENTITY, at(0, 0, 4)], [{ kind: "FixedRotation", a: 1, anglesDeg: [45, 0, 45] }]);
    assertVec(rotate(b2!.rotation, [1, 0, 0]), [Math.SQRT1_2, Math.SQRT1_2, 0]);
    assertVec(rotate(b2!.rotation, [0, 0, 1]), [0.5, -0.5, Math.SQRT1_2]);
    assertVec(rotate(extrinsicXYZ(0, 0, Math.PI / 2), [1, 0, 0]), [0, 1, 0], 1e-12);
  });

  it("Axis 180 from faces that already face each other exactly leaves the rotation alone; from faces that point the same way it turns the part over", () => {
    const [, kept] = solve([IDENTITY, at(0, 0, 4)], [{ kind: "Axis", a: 0, b: 1, d1: [0, 0, 1], d2: [0, 0, -1], angleDeg: 180 }]);
    assert.ok(angleDeg(kept!) < 1e-9);
    const [, flipped] = solve([IDENTITY, at(0, 0, 4)], [{ kind: "Axis", a: 0, b: 1, d1: [0, 0, 1], d2: [0, 0, 1], angleDeg: 180 }]);
    assertVec(rotate(flipped!.rotation, [0, 0, 1]), [0, 0, -1]);
  });

  it("reports the cost of conflicting constraints instead of pretending they hold", () => {
    const solution = solveAssembly({
      starts: [IDENTITY, IDENTITY],
      locked: new Set([0]),
      size: 1,
      constraints: [
        { kind: "FixedPoint", a: 1, p: [0, 0, 0], point: [0, 0, 0] },
        { kind: "FixedPoint", a: 1, p: [0, 0, 0], point: [1, 0, 0] },
      ],
    });
    assert.ok(Math.abs(solution.cost - 0.5) < 1e-9);
    assert.ok(solution.constraintCosts.every((c) => Math.abs(c - 0.25) < 1e-9));
  });
});

describe("rigid motions", () => {
  it("reads a frame's rotation back as the quaternion that maps the axes onto it", () => {
    const q = quaternionOfFrame([0, 1, 0], [-1, 0, 0], [0, 0, 1]);
    assertVec(rotate(q, [1, 0, 0]), [0, 1, 0], 1e-12);
    const flipped = quaternionOfFrame([1, 0, 0], [0, -1, 0], [0, 0, -1]);
    assertVec(rotate(flipped, [0, 0, 1]), [0, 0, -1], 1e-12);
    assertVec(applyPose({ translation: [1, 2, 3], rotation: q }, [1, 0, 0]), [1, 3, 3], 1e-12);
  });
});
