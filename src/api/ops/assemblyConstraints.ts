/**
 * CadQuery 2.5's assembly constraints (cadquery/assembly.py `constrain`, `_query`, `_subloc`,
 * `solve`; cadquery/occ_impl/solver.py `ConstraintSpec`): the query strings, the markers each
 * kind takes from the selected shapes, which parts are locked, and turning the solver's poses
 * back into Locations. The math is in `../solve/`.
 */
import { PartforgeError } from "../../shared/errors.ts";
import { Location } from "../location.ts";
import { Plane } from "../plane.ts";
import type { Shape } from "../shape.ts";
import {
  ASSEMBLY_CONSTRAINT_KINDS,
  UNARY_KINDS,
  applyPose,
  composePoses,
  inversePose,
  quaternionOfFrame,
  rotate,
  solveAssembly,
  type AssemblyConstraintKind,
  type LineMarker,
  type PlaneMarker,
  type Pose,
  type SimpleConstraint,
  type Vec3,
} from "../solve/index.ts";
import { describeValue } from "../vector.ts";

export { ASSEMBLY_CONSTRAINT_KINDS, type AssemblyConstraintKind };

/** How many parts one solve may move, and constraints it may hold: the solver's work grows with their product. */
export const MAX_SOLVED_PARTS = 64;
export const MAX_CONSTRAINTS = 1000;

function fail(method: string, message: string): never {
  throw new PartforgeError("SCRIPT_EXCEPTION", `Assembly.${method}: ${message}`);
}

// --- Markers ---------------------------------------------------------------------------------

type Marker = Vec3 | PlaneMarker | LineMarker | undefined;
type MarkerKind = "point" | "axis" | "plane" | "line" | "none";

const triple = (v: { toTuple(): [number, number, number] }): Vec3 => v.toTuple();

/** The axis of a circular edge, as drawn (from three points along it). */
function circleAxis(edge: Shape): Vec3 {
  const [a, b, c] = [0, 1 / 3, 2 / 3].map((t) => edge.positionAt(t));
  const n = b!.sub(a!).cross(c!.sub(b!));
  return triple(n.normalized());
}

/** A planar wire's or edge's normal by Newell's method over points along it; undefined when straight. */
function curveNormal(shape: Shape): Vec3 | undefined {
  const edges = shape.kind === "edge" ? [shape] : shape.Edges();
  const points = edges.flatMap((edge) => [0, 0.25, 0.5, 0.75].map((t) => edge.positionAt(t)));
  let [x, y, z] = [0, 0, 0];
  points.forEach((p, i) => {
    const q = points[(i + 1) % points.length]!;
    x += (p.y - q.y) * (p.z + q.z);
    y += (p.z - q.z) * (p.x + q.x);
    z += (p.x - q.x) * (p.y + q.y);
  });
  const length = Math.hypot(x, y, z);
  return length < 1e-12 ? undefined : [x / length, y / length, z / length];
}

/** The marker of `kind` a shape gives (ConstraintSpec's _getPnt, _getAxis, _getPln, _getLin), or a reason it cannot. */
function markerOf(shape: Shape | undefined, kind: MarkerKind): Marker | string {
  if (kind === "none") return undefined;
  if (shape === undefined) return "the query selects no shape";
  switch (kind) {
    case "point":
      return triple(shape.Center());
    case "axis":
      if (shape.kind === "face") return triple(shape.normalAt());
      if (shape.kind === "edge") return shape.geomType === "CIRCLE" ? circleAxis(shape) : triple(shape.tangentAt(0.5));
      return `an axis needs a face or an edge; got a ${shape.kind}`;
    case "plane": {
      if (shape.kind === "face") return { origin: triple(shape.Center()), normal: triple(shape.normalAt()) };
      if (shape.kind === "edge" || shape.kind === "wire") {
        const normal = shape.kind === "edge" && shape.geomType === "CIRCLE" ? circleAxis(shape) : curveNormal(shape);
        if (normal === undefined) return `a ${shape.kind} that lies on no single plane defines no plane`;
        return { origin: triple(shape.Center()), normal };
      }
      return `a plane needs a face, a wire or an edge; got a ${shape.kind}`;
    }
    case "line": {
      const edge = shape.kind === "wire" && shape.Edges().length === 1 ? shape.Edges()[0]! : shape;
      if (edge.kind !== "edge") return `a line needs an edge (or a wire of one edge); got a ${shape.kind}`;
      return { origin: triple(shape.Center()), direction: triple(edge.tangentAt(0.5)) };
    }
  }
}

/** The markers each kind takes from its one or two shapes, and what its parameter is. */
const KIND_SPECS: Readonly<Record<AssemblyConstraintKind, { markers: readonly MarkerKind[][]; param: "number" | "triple" | "none" }>> = {
  Point: { markers: [["point", "point"]], param: "number" },
  Axis: { markers: [["axis", "axis"]], param: "number" },
  Plane: { markers: [["axis", "axis"], ["point", "point"]], param: "number" },
  PointInPlane: { markers: [["point", "plane"]], param: "number" },
  PointOnLine: { markers: [["point", "line"]], param: "number" },
  Fixed: { markers: [["none"]], param: "none" },
  FixedPoint: { markers: [["point"]], param: "triple" },
  FixedAxis: { markers: [["axis"]], param: "triple" },
  FixedRotation: { markers: [["none"]], param: "triple" },
};

/** One side of a constraint: the top-level part it moves, the shape selected, and where that shape sits in the part. */
export interface ConstraintEnd {
  readonly part: string;
  readonly shape: Shape | undefined;
  readonly subloc: Location;
}

/** A validated constraint with its markers in the coordinates of the part it moves. */
export interface AssemblyConstraint {
  readonly kind: AssemblyConstraintKind;
  readonly parts: readonly string[];
  readonly param: number | Vec3 | undefined;
  /** Per simple constraint (Plane is Axis + Point), the markers in part coordinates. */
  readonly markers: readonly Marker[][];
  /** How the script wrote it, for error messages. */
  readonly call: string;
}

function poseOf(location: Location): Pose {
  const { origin, xDir, yDir, zDir } = location.frame;
  return { translation: triple(origin), rotation: quaternionOfFrame(triple(xDir), triple(yDir), triple(zDir)) };
}

function locationOf(pose: Pose): Location {
  return new Location(new Plane(pose.translation, rotate(pose.rotation, [1, 0, 0]), rotate(pose.rotation, [0, 0, 1])));
}

/** A marker taken from a shape inside a sub-assembly, carried into the coordinates of the part that moves it. */
function placeMarker(marker: Marker, kind: MarkerKind, subloc: Pose): Marker {
  const point = (p: Vec3): Vec3 => applyPose(subloc, p);
  const direction = (d: Vec3): Vec3 => rotate(subloc.rotation, d);
  if (marker === undefined) return undefined;
  if (kind === "point") return point(marker as Vec3);
  if (kind === "axis") return direction(marker as Vec3);
  if (kind === "plane") {
    const plane = marker as PlaneMarker;
    return { origin: point(plane.origin), normal: direction(plane.normal) };
  }
  const line = marker as LineMarker;
  return { origin: point(line.origin), direction: direction(line.direction) };
}

function checkParam(kind: AssemblyConstraintKind, param: unknown, call: string): number | Vec3 | undefined {
  const expected = KIND_SPECS[kind].param;
  if (param === undefined || param === null) {
    if (expected === "triple") fail("constrain", `${call}: ${kind} needs param, three numbers, e.g. ${kind === "FixedRotation" ? "[45, 0, 45] (degrees about x, y, z)" : "[0, 0, 1]"}`);
    return undefined;
  }
  if (expected === "none") fail("constrain", `${call}: ${kind} takes no param; got ${describeValue(param)}`);
  if (expected === "number") {
    if (typeof param !== "number") fail("constrain", `${call}: the param of ${kind} must be a number; got ${describeValue(param)}`);
    return param;
  }
  if (!Array.isArray(param) || param.length !== 3) fail("constrain", `${call}: the param of ${kind} must be three numbers [x, y, z]; got ${describeValue(param)}`);
  const values = param as number[];
  if (kind === "FixedAxis" && Math.hypot(...values) === 0) fail("constrain", `${call}: the FixedAxis direction cannot be [0, 0, 0]`);
  return [values[0]!, values[1]!, values[2]!];
}

/**
 * Validates a constraint as CadQuery's ConstraintSpec does (arity, the markers its shapes give,
 * the parameter) and takes its markers now, in the coordinates of the parts it moves.
 */
export function makeConstraint(kind: AssemblyConstraintKind, ends: readonly ConstraintEnd[], param: unknown, call: string): AssemblyConstraint {
  const spec = KIND_SPECS[kind];
  const arity = spec.markers[0]!.length;
  if (ends.length !== arity) {
    const form = arity === 1 ? `constrain(query, "${kind}"${spec.param === "none" ? "" : ", param"})` : `constrain(query1, query2, "${kind}")`;
    fail("constrain", `${call}: ${kind} constrains ${arity === 1 ? "one object" : "two objects"}; got ${ends.length}. Write ${form}`);
  }
  const checked = checkParam(kind, param, call);
  const markers = spec.markers.map((kinds) =>
    kinds.map((markerKind, i) => {
      const end = ends[i]!;
      const marker = markerOf(end.shape, markerKind);
      if (typeof marker === "string") fail("constrain", `${call}: unsupported entity for ${kind} on "${end.part}": ${marker}`);
      return placeMarker(marker, markerKind, poseOf(end.subloc));
    }),
  );
  return { kind, parts: ends.map((end) => end.part), param: checked, markers, call };
}

/** The solver's simple constraints for one constraint, given each part's index. */
function simpleConstraints(c: AssemblyConstraint, index: (part: string) => number): SimpleConstraint[] {
  const a = index(c.parts[0]!);
  const b = c.parts.length > 1 ? index(c.parts[1]!) : -1;
  const m = c.markers;
  const value = typeof c.param === "number" ? c.param : undefined;
  const triple3 = c.param as Vec3;
  switch (c.kind) {
    case "Point":
      return [{ kind: "Point", a, b, p1: m[0]![0] as Vec3, p2: m[0]![1] as Vec3, distance: value ?? 0 }];
    case "Axis":
      return [{ kind: "Axis", a, b, d1: m[0]![0] as Vec3, d2: m[0]![1] as Vec3, angleDeg: value ?? 180 }];
    case "Plane":
      return [
        { kind: "Axis", a, b, d1: m[0]![0] as Vec3, d2: m[0]![1] as Vec3, angleDeg: value ?? 180 },
        { kind: "Point", a, b, p1: m[1]![0] as Vec3, p2: m[1]![1] as Vec3, distance: 0 },
      ];
    case "PointInPlane":
      return [{ kind: "PointInPlane", a, b, p: m[0]![0] as Vec3, plane: m[0]![1] as PlaneMarker, offset: value ?? 0 }];
    case "PointOnLine":
      return [{ kind: "PointOnLine", a, b, p: m[0]![0] as Vec3, line: m[0]![1] as LineMarker, distance: value ?? 0 }];
    case "Fixed":
      return [];
    case "FixedPoint":
      return [{ kind: "FixedPoint", a, p: m[0]![0] as Vec3, point: triple3 }];
    case "FixedAxis":
      return [{ kind: "FixedAxis", a, d: m[0]![0] as Vec3, direction: triple3 }];
    case "FixedRotation":
      return [{ kind: "FixedRotation", a, anglesDeg: triple3 }];
  }
}

/**
 * CadQuery's `Assembly.solve`: numbers the constrained parts in order of first mention, locks
 * the Fixed ones and the assembly's own root part (else the first part of the first two-part
 * constraint not also unary-constrained, else the first), solves, and returns each moved part's
 * new Location relative to the root (the root's own solved placement divided out when it has
 * an object).
 */
export function solvePlacements(input: {
  readonly constraints: readonly AssemblyConstraint[];
  readonly rootName: string;
  readonly rootHasObject: boolean;
  readonly locationOf: (part: string) => Location;
  /** The assembly's bounding box diagonal, the unit of the solver's lengths. */
  readonly size: number;
}): Map<string, Location> {
  const { constraints, rootName } = input;
  if (constraints.length === 0) fail("solve", "at least one constraint is required; add some with constrain(…)");
  const entities: string[] = [];
  const locked = new Set<number>();
  for (const c of constraints) {
    for (const part of c.parts) {
      if (!entities.includes(part)) entities.push(part);
      if (c.kind === "Fixed" || part === rootName) locked.add(entities.indexOf(part));
    }
  }
  if (locked.size === 0) {
    const unary = new Set(constraints.filter((c) => UNARY_KINDS.includes(c.kind)).map((c) => c.parts[0]!));
    const first = constraints.find((c) => c.parts.length === 2 && !unary.has(c.parts[0]!));
    locked.add(first === undefined ? 0 : entities.indexOf(first.parts[0]!));
  }
  if (entities.length < 2) fail("solve", `at least two objects must be constrained; only "${entities[0]}" is. Constrain another part to it, or fix it with "Fixed"`);
  if (entities.length - locked.size > MAX_SOLVED_PARTS) fail("solve", `at most ${MAX_SOLVED_PARTS} parts can be placed by one solve; this one moves ${entities.length - locked.size}`);
  const simple = constraints.map((c) => simpleConstraints(c, (part) => entities.indexOf(part)));
  const solution = solveAssembly({ starts: entities.map((part) => poseOf(input.locationOf(part))), locked, constraints: simple.flat(), size: input.size > 0 ? input.size : 1 });
  if (solution.cost > 1e-16) {
    let offset = 0;
    const costs = simple.map((list) => {
      const own = solution.constraintCosts.slice(offset, offset + list.length).reduce((s, v) => s + v, 0);
      offset += list.length;
      return own;
    });
    const worst = costs.indexOf(Math.max(...costs));
    throw new PartforgeError(
      "SCRIPT_EXCEPTION",
      `Assembly.solve: the constraints cannot all be met (residual ${Math.sqrt(solution.cost).toExponential(2)} of the assembly's size after ${solution.iterations} iterations); ` +
        `the furthest from holding is ${constraints[worst]!.call}. Check for constraints that contradict each other`,
    );
  }
  const rootIndex = entities.indexOf(rootName);
  const rootInverse = input.rootHasObject && rootIndex >= 0 ? inversePose(solution.poses[rootIndex]!) : undefined;
  const placed = new Map<string, Location>();
  entities.forEach((part, i) => {
    if (part === rootName) return;
    const pose = solution.poses[i]!;
    placed.set(part, locationOf(rootInverse === undefined ? pose : composePoses(rootInverse, pose)));
  });
  return placed;
}
