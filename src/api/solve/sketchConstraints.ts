/**
 * CadQuery 2.5's sketch constraint solver (cadquery/occ_impl/sketch_solver.py) as least squares.
 * Each tagged edge is an entity: a line is (x1, y1, x2, y2); an arc is (cx, cy, r, a, da), its
 * points c + r·(sin θ, cos θ) for θ from a to a + da, angles measured clockwise from +y as
 * CadQuery measures them. Each constraint contributes the residuals whose squares CadQuery's
 * costs sum (a distance between points as the vector between them, so the residual is smooth).
 */
import { blockProblem, solveLeastSquares } from "./leastSquares.ts";

export const SKETCH_CONSTRAINT_KINDS = ["Fixed", "FixedPoint", "Coincident", "Angle", "Length", "Distance", "Radius", "Orientation", "ArcAngle"] as const;
export type SketchConstraintKind = (typeof SKETCH_CONSTRAINT_KINDS)[number];

export type SketchGeometry = "LINE" | "CIRCLE";

/** What each kind constrains, on which geometry, and its parameter (ConstraintInvariants). */
export const SKETCH_CONSTRAINT_RULES: Readonly<
  Record<SketchConstraintKind, { readonly arity: 1 | 2; readonly geometries: readonly SketchGeometry[]; readonly param: "none" | "number" | "optionalNumber" | "distance" | "pair" }>
> = {
  Fixed: { arity: 1, geometries: ["CIRCLE", "LINE"], param: "none" },
  FixedPoint: { arity: 1, geometries: ["CIRCLE", "LINE"], param: "optionalNumber" },
  Coincident: { arity: 2, geometries: ["CIRCLE", "LINE"], param: "none" },
  Angle: { arity: 2, geometries: ["CIRCLE", "LINE"], param: "number" },
  Length: { arity: 1, geometries: ["CIRCLE", "LINE"], param: "number" },
  Distance: { arity: 2, geometries: ["CIRCLE", "LINE"], param: "distance" },
  Radius: { arity: 1, geometries: ["CIRCLE"], param: "number" },
  Orientation: { arity: 1, geometries: ["LINE"], param: "pair" },
  ArcAngle: { arity: 1, geometries: ["CIRCLE"], param: "number" },
};

export interface SketchEntity {
  readonly geometry: SketchGeometry;
  /** LINE: x1, y1, x2, y2. CIRCLE: cx, cy, r, a, da (radians, clockwise from +y). */
  readonly dof: readonly number[];
}

/** A constraint on entities `e1` (and `e2`); angles already in radians, as CadQuery converts them. */
export interface SketchConstraint {
  readonly kind: SketchConstraintKind;
  readonly e1: number;
  readonly e2: number | undefined;
  /** Fixed/Coincident: undefined. FixedPoint: a fraction along the edge or undefined (an arc's centre). Distance: [t1, t2, d]. Orientation: [x, y]. */
  readonly param: number | readonly (number | undefined)[] | undefined;
}

type P2 = readonly [number, number];
const sub2 = (a: P2, b: P2): [number, number] => [a[0] - b[0], a[1] - b[1]];

const arcFirst = (x: readonly number[]): P2 => [x[0]! + x[2]! * Math.sin(x[3]!), x[1]! + x[2]! * Math.cos(x[3]!)];
const arcLast = (x: readonly number[]): P2 => [x[0]! + x[2]! * Math.sin(x[3]! + x[4]!), x[1]! + x[2]! * Math.cos(x[3]! + x[4]!)];

/** A point of an arc: its centre (t undefined) or the point at fraction t of its sweep. */
export function arcPoint(x: readonly number[], t: number | undefined): P2 {
  if (t === undefined) return [x[0]!, x[1]!];
  const a = x[3]! + t * x[4]!;
  return [x[0]! + x[2]! * Math.sin(a), x[1]! + x[2]! * Math.cos(a)];
}

const linePoint = (x: readonly number[], t: number): P2 => [x[0]! + t * (x[2]! - x[0]!), x[1]! + t * (x[3]! - x[1]!)];

const arcFirstTangent = (x: readonly number[]): P2 => [Math.sign(x[4]!) * Math.cos(x[3]!), -Math.sign(x[4]!) * Math.sin(x[3]!)];
const arcLastTangent = (x: readonly number[]): P2 => [Math.sign(x[4]!) * Math.cos(x[3]! + x[4]!), -Math.sign(x[4]!) * Math.sin(x[3]! + x[4]!)];

/** gp_Vec2d::Angle: the signed angle from `from` to `to`, counter-clockwise positive, in (−π, π]. */
function signedAngle(from: P2, to: P2): number {
  return Math.atan2(from[0] * to[1] - from[1] * to[0], from[0] * to[0] + from[1] * to[1]);
}

/** An angle difference brought into (−π, π], so residuals do not jump by 2π. */
const wrap = (angle: number) => Math.atan2(Math.sin(angle), Math.cos(angle));

function pointOf(x: readonly number[], geometry: SketchGeometry, t: number | undefined, which: string): P2 {
  if (geometry === "CIRCLE") return arcPoint(x, t);
  if (t === undefined) throw new RangeError(`${which}: a line has no centre; give a fraction along it (0 start, 1 end)`);
  return linePoint(x, t);
}

function residuals(c: SketchConstraint, x1: readonly number[], g1: SketchGeometry, x10: readonly number[], x2: readonly number[] | undefined, g2: SketchGeometry | undefined): number[] {
  switch (c.kind) {
    case "Fixed":
      return x1.map((v, i) => v - x10[i]!);
    case "FixedPoint": {
      const t = c.param as number | undefined;
      return sub2(pointOf(x1, g1, t, "FixedPoint"), pointOf(x10, g1, t, "FixedPoint"));
    }
    case "Coincident": {
      const end = g1 === "LINE" ? ([x1[2]!, x1[3]!] as const) : arcLast(x1);
      const start = g2 === "LINE" ? ([x2![0]!, x2![1]!] as const) : arcFirst(x2!);
      return sub2(end, start);
    }
    case "Angle": {
      const v1 = g1 === "LINE" ? sub2([x1[2]!, x1[3]!], [x1[0]!, x1[1]!]) : arcLastTangent(x1);
      const v2 = g2 === "LINE" ? sub2([x2![2]!, x2![3]!], [x2![0]!, x2![1]!]) : arcFirstTangent(x2!);
      return [wrap(signedAngle(v2, v1) - (c.param as number))];
    }
    case "Length":
      return [g1 === "LINE" ? Math.hypot(x1[2]! - x1[0]!, x1[3]! - x1[1]!) - (c.param as number) : Math.abs(x1[2]! * x1[4]!) - (c.param as number)];
    case "Distance": {
      const [t1, t2, d] = c.param as readonly (number | undefined)[];
      const p1 = pointOf(x1, g1, t1, "Distance");
      const p2 = pointOf(x2!, g2!, t2, "Distance");
      // At distance 0 the points must meet: the vector between them is the smooth residual.
      return d === 0 ? sub2(p1, p2) : [Math.hypot(...sub2(p1, p2)) - d!];
    }
    case "Radius":
      return [x1[2]! - (c.param as number)];
    case "Orientation": {
      const [dx, dy] = c.param as readonly number[];
      return [signedAngle(sub2([x1[2]!, x1[3]!], [x1[0]!, x1[1]!]), [dx!, dy!])];
    }
    case "ArcAngle":
      return [x1[4]! - (c.param as number)];
  }
}

export interface SketchSolution {
  readonly dofs: number[][];
  readonly cost: number;
  readonly iterations: number;
  /** Each constraint's own Σ r² at the end. */
  readonly constraintCosts: number[];
}

/**
 * Moves the entities, from where they are, until the constraints hold (or as near as the
 * iteration bound allows; the caller judges `cost`).
 * @example solveSketch([{ geometry: "LINE", dof: [0, 0, 1, 0] }], [{ kind: "Length", e1: 0, e2: undefined, param: 2 }]).dofs[0] // ≈ [−0.5, 0, 1.5, 0]
 */
export function solveSketch(entities: readonly SketchEntity[], constraints: readonly SketchConstraint[], options: { maxIterations?: number } = {}): SketchSolution {
  const offsets = [0];
  for (const e of entities) offsets.push(offsets[offsets.length - 1]! + e.dof.length);
  const indices = (e: number) => Array.from({ length: entities[e]!.dof.length }, (_, i) => offsets[e]! + i);
  const slice = (x: ArrayLike<number>, e: number) => indices(e).map((j) => x[j]!);
  const start = Float64Array.from(entities.flatMap((e) => [...e.dof]));
  const blocks = constraints.map((c) => ({
    variables: c.e2 === undefined || c.e2 === c.e1 ? indices(c.e1) : [...indices(c.e1), ...indices(c.e2)],
    evaluate: (x: Float64Array) =>
      residuals(c, slice(x, c.e1), entities[c.e1]!.geometry, entities[c.e1]!.dof, c.e2 === undefined ? undefined : slice(x, c.e2), c.e2 === undefined ? undefined : entities[c.e2]!.geometry),
  }));
  const problem = blockProblem(blocks, start.length);
  const result = solveLeastSquares(problem.residuals, start, { maxIterations: options.maxIterations ?? 200, jacobian: problem.jacobian });
  return {
    dofs: entities.map((_, e) => slice(result.x, e)),
    cost: result.cost,
    iterations: result.iterations,
    constraintCosts: blocks.map((block) => block.evaluate(result.x).reduce((s, v) => s + v * v, 0)),
  };
}

/**
 * An arc's entity from its centre, start, middle and end points (as CadQuery's `Sketch.solve`
 * reads an edge): a, the start's angle clockwise from +y, and da, the signed sweep through the middle.
 */
export function arcEntity(center: P2, start: P2, middle: P2, end: P2): number[] {
  const p1 = sub2(start, center);
  const p2 = sub2(end, center);
  const pm = sub2(middle, center);
  const clockwise = (from: P2, to: P2) => -signedAngle(from, to);
  const a1 = clockwise([0, 1], p1);
  let a2 = clockwise(p1, p2);
  const a3 = clockwise(p1, pm);
  if (Math.hypot(...sub2(start, end)) < 1e-9 * Math.max(1, Math.hypot(...p1))) a2 = a3 > 0 ? 2 * Math.PI : -2 * Math.PI;
  else if (a3 > 0 && a2 < 0) a2 += 2 * Math.PI;
  else if (a3 < 0 && a2 > 0) a2 -= 2 * Math.PI;
  return [center[0], center[1], Math.hypot(...p1), a1, a2];
}

/** The start, middle and end points of an arc entity (to rebuild the edge through three points). */
export function arcThreePoints(x: readonly number[]): [P2, P2, P2] {
  return [arcFirst(x), arcPoint(x, 0.5), arcLast(x)];
}

/** The centre of the circle through three points, or undefined when they are in a line. */
export function circleCenter(a: P2, b: P2, c: P2): P2 | undefined {
  const d = 2 * (a[0] * (b[1] - c[1]) + b[0] * (c[1] - a[1]) + c[0] * (a[1] - b[1]));
  if (Math.abs(d) < 1e-14) return undefined;
  const [a2, b2, c2] = [a[0] ** 2 + a[1] ** 2, b[0] ** 2 + b[1] ** 2, c[0] ** 2 + c[1] ** 2];
  return [(a2 * (b[1] - c[1]) + b2 * (c[1] - a[1]) + c2 * (a[1] - b[1])) / d, (a2 * (c[0] - b[0]) + b2 * (a[0] - c[0]) + c2 * (b[0] - a[0])) / d];
}
