/**
 * Curved and derived 2D drawing: splines, Bézier curves, ellipses, slots, sagitta/radius/tangent
 * arcs, polar lines, mirrored outlines, offsets and wire consolidation (CadQuery semantics).
 */
import {
  edgeEnds,
  edgesEnds,
  edgePointAndTangent,
  makeBezierEdge,
  makeEllipseEdge,
  makeSplineApproxEdge,
  makeSplineEdge,
  makeTangentArcEdge,
  makeWire,
  mirrorShape,
  offsetWire,
  orientedEdgeEnds,
  own,
  subShapes,
  translateShape,
  withKernel,
  type OffsetJoin,
} from "../../kernel/index.ts";
import { makeThreePointArc } from "replicad";
import {
  apiError,
  booleanValue,
  finiteNumber,
  oneOf,
  positiveInteger,
  positiveNumber,
  readOptions,
} from "../options.ts";
import { isShape, unwrapShape, wrapShape, type Shape } from "../shape.ts";
import { describeValue, Vector, type VectorLike } from "../vector.ts";
import type { WorkplaneImpl } from "../workplane.ts";
import { stackLocations } from "./context.ts";
import { addPendingEdge, addPendingWires, currentPoint, edgeEnd, lineEdge, lineTo, threePointArc, worldPoint } from "./drawing.ts";

/** Puts `shape` on the stack as a pending edge (or a pending wire with `makeWire`). */
function addCurve(wp: WorkplaneImpl, method: string, edge: Shape, forConstruction: boolean, makeWireFlag: boolean): WorkplaneImpl {
  if (makeWireFlag) {
    const wire = wrapShape(makeWire([unwrapShape(edge)]));
    return addPendingWires(wp, [wire], forConstruction);
  }
  const { start, end } = edgeEnds(unwrapShape(edge));
  return addPendingEdge(wp, edge, new Vector(...start), new Vector(...end), forConstruction);
}

function pointList(wp: WorkplaneImpl, method: string, points: readonly VectorLike[], includeCurrent: boolean): Vector[] {
  if (!Array.isArray(points)) apiError(method, `expected an array of points; got ${describeValue(points)}`);
  const world = points.map((p) => worldPoint(wp, method, p));
  if (includeCurrent) world.unshift(currentPoint(wp, method));
  if (world.length < 2) apiError(method, `needs at least 2 points; got ${world.length}`);
  return world;
}

export interface SplineOptions {
  tangents?: readonly (VectorLike | undefined | null)[];
  periodic?: boolean;
  parameters?: readonly number[];
  scale?: boolean;
  tol?: number;
  forConstruction?: boolean;
  includeCurrent?: boolean;
  makeWire?: boolean;
}

export function spline(wp: WorkplaneImpl, listOfXYTuple: readonly VectorLike[], options?: SplineOptions): WorkplaneImpl {
  const method = "spline";
  const opts = readOptions(method, options, {
    tangents: undefined as SplineOptions["tangents"],
    periodic: false,
    parameters: undefined as readonly number[] | undefined,
    scale: true,
    tol: 1e-6,
    forConstruction: false,
    includeCurrent: false,
    makeWire: false,
  });
  const points = pointList(wp, method, listOfXYTuple, booleanValue(method, "includeCurrent", opts.includeCurrent));
  const plane = wp.state.plane;
  const tangents = opts.tangents?.map((t) => (t === undefined || t === null ? undefined : plane.directionToWorld(Vector.from(t)).toTuple()));
  if (tangents && tangents.length !== 2 && tangents.length !== points.length) {
    apiError(method, `give one tangent per point or just the two end tangents; got ${tangents.length} tangents for ${points.length} points`);
  }
  if (tangents?.some((t) => t !== undefined && Math.hypot(...t) <= positiveNumber(method, "tol", opts.tol))) {
    apiError(method, "a tangent is shorter than the tolerance");
  }
  const periodic = booleanValue(method, "periodic", opts.periodic);
  if (opts.parameters && opts.parameters.length !== points.length + (periodic ? 1 : 0)) {
    apiError(method, `give one parameter per point${periodic ? " plus one" : ""}: ${points.length + (periodic ? 1 : 0)} expected, got ${opts.parameters.length}`);
  }
  const edge = wrapShape(
    makeSplineEdge(
      points.map((p) => p.toTuple()),
      {
        ...(tangents ? { tangents } : {}),
        periodic,
        ...(opts.parameters ? { parameters: opts.parameters } : {}),
        scale: booleanValue(method, "scale", opts.scale),
        tolerance: opts.tol,
      },
    ),
  );
  return addCurve(wp, method, edge, booleanValue(method, "forConstruction", opts.forConstruction), booleanValue(method, "makeWire", opts.makeWire));
}

export function splineApprox(
  wp: WorkplaneImpl,
  points: readonly VectorLike[],
  options?: { tol?: number; minDeg?: number; maxDeg?: number; smoothing?: [number, number, number] | null; forConstruction?: boolean; includeCurrent?: boolean; makeWire?: boolean },
): WorkplaneImpl {
  const method = "splineApprox";
  const opts = readOptions(method, options, {
    tol: 1e-6,
    minDeg: 1,
    maxDeg: 6,
    smoothing: [1, 1, 1] as [number, number, number] | null,
    forConstruction: false,
    includeCurrent: false,
    makeWire: false,
  });
  const world = pointList(wp, method, points, booleanValue(method, "includeCurrent", opts.includeCurrent));
  const edge = wrapShape(
    makeSplineApproxEdge(world.map((p) => p.toTuple()), {
      tolerance: positiveNumber(method, "tol", opts.tol),
      smoothing: opts.smoothing ?? undefined,
      minDegree: positiveInteger(method, "minDeg", opts.minDeg),
      maxDegree: positiveInteger(method, "maxDeg", opts.maxDeg),
    }),
  );
  return addCurve(wp, method, edge, booleanValue(method, "forConstruction", opts.forConstruction), booleanValue(method, "makeWire", opts.makeWire));
}

export function parametricCurve(
  wp: WorkplaneImpl,
  func: (t: number) => VectorLike,
  options?: { N?: number; start?: number; stop?: number; tol?: number; minDeg?: number; maxDeg?: number; smoothing?: [number, number, number] | null; makeWire?: boolean },
): WorkplaneImpl {
  const method = "parametricCurve";
  if (typeof func !== "function") apiError(method, `expected a function t => [x, y, z]; got ${describeValue(func)}`);
  const opts = readOptions(method, options, {
    N: 400,
    start: 0,
    stop: 1,
    tol: 1e-6,
    minDeg: 1,
    maxDeg: 6,
    smoothing: [1, 1, 1] as [number, number, number] | null,
    makeWire: true,
  });
  const n = positiveInteger(method, "N", opts.N);
  const start = finiteNumber(method, "start", opts.start);
  const diff = finiteNumber(method, "stop", opts.stop) - start;
  const points = Array.from({ length: n + 1 }, (_, i) => worldPoint(wp, method, func(start + (diff * i) / n)).toTuple());
  const edge = wrapShape(
    makeSplineApproxEdge(points, {
      tolerance: positiveNumber(method, "tol", opts.tol),
      smoothing: opts.smoothing ?? undefined,
      minDegree: positiveInteger(method, "minDeg", opts.minDeg),
      maxDegree: positiveInteger(method, "maxDeg", opts.maxDeg),
    }),
  );
  return addCurve(wp, method, edge, false, booleanValue(method, "makeWire", opts.makeWire));
}

export function bezier(wp: WorkplaneImpl, points: readonly VectorLike[], options?: { forConstruction?: boolean; includeCurrent?: boolean; makeWire?: boolean }): WorkplaneImpl {
  const method = "bezier";
  const opts = readOptions(method, options, { forConstruction: false, includeCurrent: false, makeWire: false });
  const world = pointList(wp, method, points, booleanValue(method, "includeCurrent", opts.includeCurrent));
  const edge = wrapShape(makeBezierEdge(world.map((p) => p.toTuple())));
  return addCurve(wp, method, edge, booleanValue(method, "forConstruction", opts.forConstruction), booleanValue(method, "makeWire", opts.makeWire));
}

/** A closed ellipse at each stack point, its x radius along the local x (rotated by `rotation_angle`). */
export function ellipse(wp: WorkplaneImpl, xRadius: number, yRadius: number, options?: { rotation_angle?: number; forConstruction?: boolean }): WorkplaneImpl {
  const method = "ellipse";
  positiveNumber(method, "x_radius", xRadius);
  positiveNumber(method, "y_radius", yRadius);
  const opts = readOptions(method, options, { rotation_angle: 0, forConstruction: false });
  const rotation = finiteNumber(method, "rotation_angle", opts.rotation_angle);
  const wires = stackLocations(wp).map((location) => {
    const frame = location.frame.rotatedAboutNormal(rotation);
    const edge = makeEllipseEdge(xRadius, yRadius, { center: frame.origin.toTuple(), normal: frame.zDir.toTuple(), xDir: frame.xDir.toTuple() });
    return wrapShape(makeWire([edge]));
  });
  return addPendingWires(wp, wires, booleanValue(method, "forConstruction", opts.forConstruction));
}

export interface EllipseArcOptions {
  angle1?: number;
  angle2?: number;
  rotation_angle?: number;
  sense?: 1 | -1;
  forConstruction?: boolean;
  startAtCurrent?: boolean;
  makeWire?: boolean;
}

/**
 * An arc of an ellipse from `angle1` to `angle2` (degrees), centred on the current point, or
 * moved so it starts there (`startAtCurrent`, the default).
 */
export function ellipseArc(wp: WorkplaneImpl, xRadius: number, yRadius: number, options?: EllipseArcOptions): WorkplaneImpl {
  const method = "ellipseArc";
  positiveNumber(method, "x_radius", xRadius);
  positiveNumber(method, "y_radius", yRadius);
  const opts = readOptions(method, options, {
    angle1: 360,
    angle2: 360,
    rotation_angle: 0,
    sense: 1 as 1 | -1,
    forConstruction: false,
    startAtCurrent: true,
    makeWire: false,
  });
  if (opts.sense !== 1 && opts.sense !== -1) apiError(method, `sense must be 1 or -1; got ${describeValue(opts.sense)}`);
  const center = currentPoint(wp, method);
  const plane = wp.state.plane.withOrigin(center).rotatedAboutNormal(finiteNumber(method, "rotation_angle", opts.rotation_angle));
  let edge = makeEllipseEdge(
    xRadius,
    yRadius,
    { center: center.toTuple(), normal: plane.zDir.toTuple(), xDir: plane.xDir.toTuple() },
    finiteNumber(method, "angle1", opts.angle1),
    finiteNumber(method, "angle2", opts.angle2),
    opts.sense,
  );
  if (booleanValue(method, "startAtCurrent", opts.startAtCurrent)) {
    const start = new Vector(...orientedEdgeEnds(edge).start);
    edge = translateShape(edge, center.sub(start).toTuple());
  }
  return addCurve(wp, method, wrapShape(edge), booleanValue(method, "forConstruction", opts.forConstruction), booleanValue(method, "makeWire", opts.makeWire));
}

/** A slot (stadium) of overall `length` and `diameter` at each stack point, rotated by `angle` degrees. */
export function slot2D(wp: WorkplaneImpl, length: number, diameter: number, angle = 0): WorkplaneImpl {
  const method = "slot2D";
  positiveNumber(method, "length", length);
  positiveNumber(method, "diameter", diameter);
  finiteNumber(method, "angle", angle);
  if (length <= diameter) apiError(method, `length (${length}) must be larger than diameter (${diameter})`);
  const r = diameter / 2;
  const local: [number, number][] = [
    [-length / 2 + r, r],
    [length / 2 - r, r],
    [length / 2, 0],
    [length / 2 - r, -r],
    [-length / 2 + r, -r],
    [-length / 2, 0],
  ];
  const wires = stackLocations(wp).map((location) => {
    const frame = location.frame.rotatedAboutNormal(angle);
    const [p1, p2, a1, p3, p4, a2] = local.map((p) => frame.toWorldCoords(p));
    const arc = (a: Vector, b: Vector, c: Vector) => own(withKernel(method, () => makeThreePointArc(a.toTuple(), b.toTuple(), c.toTuple())));
    const edges = [unwrapShape(lineEdge(p1!, p2!)), arc(p2!, a1!, p3!), unwrapShape(lineEdge(p3!, p4!)), arc(p4!, a2!, p1!)];
    return wrapShape(makeWire(edges));
  });
  return addPendingWires(wp, wires, false);
}

export function sagittaArc(wp: WorkplaneImpl, endPoint: VectorLike, sag: number, options?: { forConstruction?: boolean }): WorkplaneImpl {
  const method = "sagittaArc";
  finiteNumber(method, "sag", sag);
  const start = wp.state.plane.toLocalCoords(currentPoint(wp, method));
  const end = Vector.from(endPoint);
  const mid = start.add(end).multiply(0.5);
  const chord = end.sub(start);
  if (chord.length < 1e-9) apiError(method, "the end point is the current point");
  const along = chord.normalized().multiply(Math.abs(sag));
  // +90° in the plane for a positive sag, −90° for a negative one.
  const sagVector = sag > 0 ? new Vector(-along.y, along.x) : new Vector(along.y, -along.x);
  const through = mid.add(sagVector);
  return threePointArc(wp, [through.x, through.y], [end.x, end.y], options);
}

export function radiusArc(wp: WorkplaneImpl, endPoint: VectorLike, radius: number, options?: { forConstruction?: boolean }): WorkplaneImpl {
  const method = "radiusArc";
  nonZero(method, radius);
  const start = wp.state.plane.toLocalCoords(currentPoint(wp, method));
  const end = Vector.from(endPoint);
  const halfChord = end.sub(new Vector(start.x, start.y)).length / 2;
  const rest = radius * radius - halfChord * halfChord;
  if (rest < -1e-7) apiError(method, `radius ${Math.abs(radius)} is not large enough to reach the end point (half chord ${halfChord})`);
  const sag = Math.abs(radius) - (Math.abs(rest) >= 1e-7 ? Math.sqrt(rest) : 0);
  return sagittaArc(wp, endPoint, radius > 0 ? sag : -sag, options);
}

function nonZero(method: string, value: number): void {
  if (finiteNumber(method, "radius", value) === 0) apiError(method, "radius must not be 0");
}

/** An arc tangent to the last drawn edge, ending at `endpoint` (relative to the current point by default). */
export function tangentArcPoint(wp: WorkplaneImpl, endpoint: VectorLike, options?: { forConstruction?: boolean; relative?: boolean }): WorkplaneImpl {
  const method = "tangentArcPoint";
  const opts = readOptions(method, options, { forConstruction: false, relative: true });
  const last = wp.state.objects[wp.state.objects.length - 1];
  if (!isShape(last) || last.kind !== "edge") {
    apiError(method, "needs an edge drawn just before it (lineTo, threePointArc, …) to be tangent to");
  }
  const plane = wp.state.plane;
  let local = Vector.from(endpoint);
  if (booleanValue(method, "relative", opts.relative)) local = local.add(plane.toLocalCoords(currentPoint(wp, method)));
  const end = plane.toWorldCoords([local.x, local.y, local.z]);
  const start = edgeEnd(last);
  const { tangent } = edgePointAndTangent(unwrapShape(last), 1);
  const arc = wrapShape(makeTangentArcEdge(start.toTuple(), tangent, end.toTuple()));
  return addPendingEdge(wp, arc, start, end, booleanValue(method, "forConstruction", opts.forConstruction));
}

export function polarLine(wp: WorkplaneImpl, distance: number, angle: number, options?: { forConstruction?: boolean }): WorkplaneImpl {
  const rad = (finiteNumber("polarLine", "angle", angle) * Math.PI) / 180;
  const d = finiteNumber("polarLine", "distance", distance);
  const local = wp.state.plane.toLocalCoords(currentPoint(wp, "polarLine"));
  return lineTo(wp, local.x + d * Math.cos(rad), local.y + d * Math.sin(rad), options);
}

export function polarLineTo(wp: WorkplaneImpl, distance: number, angle: number, options?: { forConstruction?: boolean }): WorkplaneImpl {
  const rad = (finiteNumber("polarLineTo", "angle", angle) * Math.PI) / 180;
  const d = finiteNumber("polarLineTo", "distance", distance);
  return lineTo(wp, d * Math.cos(rad), d * Math.sin(rad), options);
}

// --- Wire consolidation, mirroring and offsets -------------------------------------------------

const JOIN_TOLERANCE = 1e-6;

/** Groups edges into connected chains by shared end points (within `tolerance`), and makes a wire of each chain. */
export function combineIntoWires(parts: readonly Shape[], tolerance = JOIN_TOLERANCE): Shape[] {
  const edges = parts.flatMap((part) => (part.kind === "edge" ? [unwrapShape(part)] : subShapes(unwrapShape(part), "edge")));
  const ends = edgesEnds(edges).map(({ start, end }) => [new Vector(...start), new Vector(...end)]);
  const group = edges.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      const touching = ends[i]!.some((a) => ends[j]!.some((b) => a.equals(b, tolerance)));
      if (touching) group[find(i)] = find(j);
    }
  }
  const chains = new Map<number, typeof edges>();
  edges.forEach((edge, i) => chains.set(find(i), [...(chains.get(find(i)) ?? []), edge]));
  return [...chains.values()].map((chain) => wrapShape(makeWire(chain)));
}

/** CadQuery's `_consolidateWires`: the pending edges and wires joined into as few wires as possible. */
function consolidated(wp: WorkplaneImpl): Shape[] {
  const parts = [...wp.state.pendingEdges, ...wp.state.pendingWires];
  return parts.length === 0 ? [] : combineIntoWires(parts);
}

export function consolidateWires(wp: WorkplaneImpl): WorkplaneImpl {
  const wires = consolidated(wp);
  if (wires.length === 0) return wp;
  return wp.derive({ objects: wires, pendingWires: wires, pendingEdges: [], firstPoint: undefined });
}

/** Mirrors the drawn outline about the workplane's local x (`"X"`) or y (`"Y"`) axis and joins the halves. */
export function mirrorInPlane(wp: WorkplaneImpl, axis: "X" | "Y"): WorkplaneImpl {
  const method = `mirror${axis}`;
  const before = consolidated(wp);
  if (before.length === 0) apiError(method, "there is nothing drawn to mirror; draw an outline with lineTo(), polyline(), … first");
  const plane = wp.state.plane;
  const normal = axis === "X" ? plane.yDir : plane.xDir;
  const mirrored = before.map((wire) => wrapShape(mirrorShape(unwrapShape(wire), plane.origin.toTuple(), normal.toTuple())));
  const joined = combineIntoWires([...before, ...mirrored]);
  return wp.derive({ objects: joined, pendingWires: joined, pendingEdges: [], firstPoint: undefined });
}

export function offset2D(wp: WorkplaneImpl, distance: number, options?: { kind?: OffsetJoin; forConstruction?: boolean }): WorkplaneImpl {
  const method = "offset2D";
  finiteNumber(method, "d", distance);
  const opts = readOptions(method, options, { kind: "arc" as OffsetJoin, forConstruction: false });
  const kind = oneOf(method, "kind", opts.kind, ["arc", "intersection", "tangent"] as const);
  const stackWires = wp.state.objects.filter((o): o is Shape => isShape(o) && o.kind === "wire");
  const pending = consolidated(wp);
  const sources = pending.length > 0 ? pending : stackWires;
  if (sources.length === 0) apiError(method, "there is no outline to offset; draw a closed outline (rect(), circle(), …) first");
  const result = sources.flatMap((wire) => offsetWire(unwrapShape(wire), distance, kind).map(wrapShape));
  const forConstruction = booleanValue(method, "forConstruction", opts.forConstruction);
  return wp.derive({ objects: result, pendingEdges: [], firstPoint: undefined, pendingWires: forConstruction ? [] : result });
}

/** Each closed wire offset by `distance` (CadQuery's `Wire.offset2D`, arc joins). */
export function offsetShapes(wires: readonly Shape[], distance: number, kind: OffsetJoin = "arc"): Shape[] {
  return wires.flatMap((wire) => offsetWire(unwrapShape(wire), distance, kind).map(wrapShape));
}
