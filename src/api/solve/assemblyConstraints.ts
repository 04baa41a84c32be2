/**
 * CadQuery 2.5's assembly constraint solver (cadquery/occ_impl/solver.py) as least squares:
 * each free part's placement is 6 numbers (a translation, scaled by the assembly's size, and
 * CadQuery's rotation coordinates), and each constraint contributes residuals that vanish when
 * it holds, the ones CadQuery's cost functions square. Markers (points, directions, planes,
 * lines) are in each part's own coordinates; a part's pose carries them into the world.
 */
import { blockProblem, solveLeastSquares } from "./leastSquares.ts";
import {
  add,
  applyPose,
  conjugate,
  coordinatesOfQuaternion,
  dot,
  extrinsicXYZ,
  multiply,
  norm,
  normalize,
  quaternionOfCoordinates,
  rotate,
  scale,
  sub,
  type Pose,
  type Quaternion,
  type Vec3,
} from "./rigid.ts";

export const ASSEMBLY_CONSTRAINT_KINDS = ["Point", "Axis", "Plane", "PointInPlane", "PointOnLine", "Fixed", "FixedPoint", "FixedAxis", "FixedRotation"] as const;
export type AssemblyConstraintKind = (typeof ASSEMBLY_CONSTRAINT_KINDS)[number];
export const UNARY_KINDS: readonly AssemblyConstraintKind[] = ["Fixed", "FixedPoint", "FixedAxis", "FixedRotation"];

export interface PlaneMarker {
  readonly origin: Vec3;
  readonly normal: Vec3;
}
export interface LineMarker {
  readonly origin: Vec3;
  readonly direction: Vec3;
}

/** One simple constraint between parts `a` (and `b`), markers in each part's own coordinates. */
export type SimpleConstraint =
  | { readonly kind: "Point"; readonly a: number; readonly b: number; readonly p1: Vec3; readonly p2: Vec3; readonly distance: number }
  | { readonly kind: "Axis"; readonly a: number; readonly b: number; readonly d1: Vec3; readonly d2: Vec3; readonly angleDeg: number }
  | { readonly kind: "PointInPlane"; readonly a: number; readonly b: number; readonly p: Vec3; readonly plane: PlaneMarker; readonly offset: number }
  | { readonly kind: "PointOnLine"; readonly a: number; readonly b: number; readonly p: Vec3; readonly line: LineMarker; readonly distance: number }
  | { readonly kind: "FixedPoint"; readonly a: number; readonly p: Vec3; readonly point: Vec3 }
  | { readonly kind: "FixedAxis"; readonly a: number; readonly d: Vec3; readonly direction: Vec3 }
  | { readonly kind: "FixedRotation"; readonly a: number; readonly anglesDeg: Vec3 };

export interface AssemblyProblem {
  /** Each part's placement before solving. */
  readonly starts: readonly Pose[];
  /** Parts that do not move (CadQuery's locked entities). */
  readonly locked: ReadonlySet<number>;
  readonly constraints: readonly SimpleConstraint[];
  /** The assembly's size (CadQuery: its bounding box diagonal): lengths are measured in it. */
  readonly size: number;
}

export interface AssemblySolution {
  readonly poses: Pose[];
  /** Σ r² at the end (lengths in units of `size`). */
  readonly cost: number;
  readonly iterations: number;
  /** Each constraint's own Σ r² at the end, in the order given. */
  readonly constraintCosts: number[];
}

const RAD = Math.PI / 180;

/** The residuals of one constraint given the poses of its parts. */
function constraintResiduals(c: SimpleConstraint, pose: (part: number) => Pose, size: number): number[] {
  switch (c.kind) {
    case "Point": {
      const d = scale(sub(applyPose(pose(c.a), c.p1), applyPose(pose(c.b), c.p2)), 1 / size);
      return c.distance === 0 ? [...d] : [dot(d, d) - (c.distance / size) ** 2];
    }
    case "Axis": {
      const d1 = rotate(pose(c.a).rotation, c.d1);
      const d2 = rotate(pose(c.b).rotation, c.d2);
      if (c.angleDeg === 0) return [...sub(d1, d2)];
      if (c.angleDeg === 180) return [...add(d1, d2)];
      return [dot(d1, d2) - Math.cos(c.angleDeg * RAD)];
    }
    case "PointInPlane": {
      const planePose = pose(c.b);
      const normal = rotate(planePose.rotation, c.plane.normal);
      const origin = applyPose(planePose, add(c.plane.origin, scale(c.plane.normal, c.offset)));
      return [dot(normal, sub(origin, applyPose(pose(c.a), c.p))) / size];
    }
    case "PointOnLine": {
      const linePose = pose(c.b);
      const d = sub(applyPose(pose(c.a), c.p), applyPose(linePose, c.line.origin));
      const n = rotate(linePose.rotation, c.line.direction);
      const off = scale(sub(d, scale(n, dot(d, n))), 1 / size);
      return c.distance === 0 ? [...off] : [norm(off) - c.distance / size];
    }
    case "FixedPoint":
      return [...scale(sub(applyPose(pose(c.a), c.p), c.point), 1 / size)];
    case "FixedAxis":
      return [...sub(rotate(pose(c.a).rotation, c.d), normalize(c.direction))];
    case "FixedRotation": {
      const target = extrinsicXYZ(c.anglesDeg[0] * RAD, c.anglesDeg[1] * RAD, c.anglesDeg[2] * RAD);
      const error = multiply(conjugate(target), pose(c.a).rotation);
      const sign = error[0] < 0 ? -1 : 1;
      return [sign * error[1], sign * error[2], sign * error[3]];
    }
  }
}

/** Each part's pose as a function of the variables: free parts move from their start (6 variables each), locked ones stay. */
function poseReaders(problem: AssemblyProblem): { readers: ((x: Float64Array) => Pose)[]; variables: number[][]; count: number } {
  let count = 0;
  const variables: number[][] = [];
  const readers = problem.starts.map((start, part) => {
    if (problem.locked.has(part)) {
      variables.push([]);
      return () => start;
    }
    const k = count;
    count += 6;
    variables.push([k, k + 1, k + 2, k + 3, k + 4, k + 5]);
    const R0 = coordinatesOfQuaternion(start.rotation);
    return (x: Float64Array): Pose => ({
      translation: add(start.translation, scale([x[k]!, x[k + 1]!, x[k + 2]!], problem.size)),
      rotation: quaternionOfCoordinates(add(R0, [x[k + 3]!, x[k + 4]!, x[k + 5]!])),
    });
  });
  return { readers, variables, count };
}

function partsOf(c: SimpleConstraint): number[] {
  return "b" in c ? [c.a, c.b] : [c.a];
}

/**
 * Places the free parts so the constraints hold, starting from where they are (and, when that
 * start is a stationary point, such as two faces facing exactly away from each other, from
 * CadQuery's own start: every rotation coordinate 0.01). Returns the best placement found;
 * the caller judges `cost`.
 */
export function solveAssembly(problem: AssemblyProblem, options: { maxIterations?: number; acceptCost?: number } = {}): AssemblySolution {
  const acceptCost = options.acceptCost ?? 1e-16;
  const { readers, variables, count } = poseReaders(problem);
  const blocks = problem.constraints.map((c) => ({
    variables: partsOf(c).flatMap((part) => variables[part]!),
    evaluate: (x: Float64Array) => constraintResiduals(c, (part) => readers[part]!(x), problem.size),
  }));
  const { residuals, jacobian } = blockProblem(blocks, count);
  let best: { x: Float64Array; cost: number; iterations: number } | undefined;
  for (const tilt of [0, 0.01]) {
    const start = new Float64Array(count);
    for (const vars of variables) for (const j of vars.slice(3)) start[j] = tilt;
    const result = solveLeastSquares(residuals, start, { maxIterations: options.maxIterations ?? 200, jacobian });
    const iterations = result.iterations + (best?.iterations ?? 0);
    if (best === undefined || result.cost < best.cost) best = { x: result.x, cost: result.cost, iterations };
    else best = { ...best, iterations };
    if (result.cost <= acceptCost) break;
  }
  const x = best!.x;
  return {
    poses: readers.map((read) => read(x)),
    cost: best!.cost,
    iterations: best!.iterations,
    constraintCosts: blocks.map((block) => block.evaluate(x).reduce((s, v) => s + v * v, 0)),
  };
}

export type { Pose, Quaternion, Vec3 };
