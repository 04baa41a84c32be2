/** 2D drawing on the workplane: closed shapes become pending wires, lines become pending edges. */
import { assembleWire, makeCircle, makeThreePointArc, type AnyShape } from "replicad";
import { makeClosedPolyline, makeLineEdge, memoized, own, withKernel } from "../../kernel/index.ts";
import { Location } from "../location.ts";
import { isShape, unwrapShape, wrapShape, type Shape } from "../shape.ts";
import { apiError, booleanValue, centeredFlags, finiteNumber, nonZeroNumber, positiveInteger, positiveNumber, readOptions } from "../options.ts";
import { describeValue, Vector, type VectorLike } from "../vector.ts";
import type { WorkplaneImpl } from "../workplane.ts";
import { noteStackOverflow } from "../../shared/stackOverflow.ts";
import { stackLocations } from "./context.ts";

type Point3 = [number, number, number];

/** Refuses a line from a point to itself. */
function requireApart(from: Vector, to: Vector): void {
  if (from.equals(to)) apiError("line", `a line needs two different points; both are ${from.toString()}`);
}

/** A straight edge (the kernel's `makeLineEdge`: the same MakeEdge of two points as replicad's `makeLine`, which never frees the points or the builder). */
export function lineEdge(from: Vector, to: Vector): Shape {
  requireApart(from, to);
  return wrapShape(memoized("line", [from.toTuple(), to.toTuple()], [], () => makeLineEdge(from.toTuple(), to.toTuple())));
}

/** A closed wire through world points: one kernel pass for all its sides (see `makeClosedPolyline`). */
export function polygonWire(points: readonly Vector[]): Shape {
  points.forEach((p, i) => requireApart(p, points[(i + 1) % points.length]!));
  const corners = points.map((p) => p.toTuple());
  return wrapShape(memoized("closed polyline", corners, [], () => makeClosedPolyline(corners)));
}

export function addPendingWires(wp: WorkplaneImpl, wires: Shape[], forConstruction: boolean): WorkplaneImpl {
  return wp.derive({
    objects: wires,
    pendingWires: forConstruction ? wp.state.pendingWires : [...wp.state.pendingWires, ...wires],
  });
}

export function rect(wp: WorkplaneImpl, xLen: number, yLen: number, options?: { centered?: boolean | boolean[]; forConstruction?: boolean }): WorkplaneImpl {
  const method = "rect";
  nonZeroNumber(method, "xLen", xLen);
  nonZeroNumber(method, "yLen", yLen);
  const opts = readOptions(method, options, { centered: true as boolean | boolean[], forConstruction: false });
  const [cx, cy] = centeredFlags(method, opts.centered, 2);
  // CadQuery: a negative length grows the other way from the point; centred, only its size counts.
  if (cx) xLen = Math.abs(xLen);
  if (cy) yLen = Math.abs(yLen);
  const x0 = cx ? -xLen / 2 : 0;
  const y0 = cy ? -yLen / 2 : 0;
  const corners: Point3[] = [
    [x0, y0, 0],
    [x0 + xLen, y0, 0],
    [x0 + xLen, y0 + yLen, 0],
    [x0, y0 + yLen, 0],
  ];
  const wires = stackLocations(wp).map((location) => polygonWire(corners.map((c) => location.frame.toWorldCoords(c))));
  return addPendingWires(wp, wires, booleanValue(method, "forConstruction", opts.forConstruction));
}

export function circle(wp: WorkplaneImpl, radius: number, options?: { forConstruction?: boolean }): WorkplaneImpl {
  const method = "circle";
  positiveNumber(method, "radius", radius);
  const opts = readOptions(method, options, { forConstruction: false });
  const wires = stackLocations(wp).map((location) => {
    const { origin, zDir } = location.frame;
    return wrapShape(
      memoized("circle wire", [radius, origin.toTuple(), zDir.toTuple()], [], () =>
        own(
          withKernel("circle", () => {
            const edge = own(makeCircle(radius, origin.toTuple(), zDir.toTuple()));
            return assembleWire([edge]);
          }),
        )),
    );
  });
  return addPendingWires(wp, wires, booleanValue(method, "forConstruction", opts.forConstruction));
}

export function polygon(wp: WorkplaneImpl, nSides: number, diameter: number, options?: { forConstruction?: boolean; circumscribed?: boolean }): WorkplaneImpl {
  const method = "polygon";
  const sides = positiveInteger(method, "nSides", nSides);
  if (sides < 3) apiError(method, `nSides must be at least 3; got ${sides}`);
  positiveNumber(method, "diameter", diameter);
  const opts = readOptions(method, options, { forConstruction: false, circumscribed: false });
  const circumscribed = booleanValue(method, "circumscribed", opts.circumscribed);
  const step = (2 * Math.PI) / sides;
  // Circumscribed: the circle touches the sides' middles, so corners turn half a step (CadQuery).
  const radius = circumscribed ? diameter / 2 / Math.cos(step / 2) : diameter / 2;
  const start = circumscribed ? step / 2 : 0;
  const corners = Array.from({ length: sides }, (_, i) => [radius * Math.cos(start + step * i), radius * Math.sin(start + step * i), 0] as Point3);
  const wires = stackLocations(wp).map((location) => polygonWire(corners.map((c) => location.frame.toWorldCoords(c))));
  return addPendingWires(wp, wires, booleanValue(method, "forConstruction", opts.forConstruction));
}

/** CadQuery's `_findFromPoint`: end of the last edge on the stack, a point on it, or the origin. */
export function currentPoint(wp: WorkplaneImpl, method: string): Vector {
  const last = wp.state.objects[wp.state.objects.length - 1];
  if (last === undefined) return wp.state.plane.origin;
  if (last instanceof Location) return last.position;
  if (isShape(last) && last.kind === "edge") return edgeEnd(last);
  if (isShape(last) && last.kind === "vertex") return last.Center();
  return apiError(method, `cannot continue drawing from a ${last.kind} on the stack; start with moveTo(x, y)`);
}

/**
 * Where an edge drawn by this API ends (its own orientation), with the kernel edge it was noted
 * for: an edge moved in place (`Shape.move`) has another kernel edge, and its end is measured again.
 */
const edgeEndPoints = new WeakMap<Shape, { readonly kernelEdge: AnyShape; readonly end: Vector }>();

export function edgeEnd(edge: Shape): Vector {
  const known = edgeEndPoints.get(edge);
  if (known !== undefined && known.kernelEdge === unwrapShape(edge)) return known.end;
  const kernelEdge = unwrapShape(edge) as unknown as { endPoint: { x: number; y: number; z: number; delete(): void } };
  const end = kernelEdge.endPoint;
  const point = new Vector(end.x, end.y, end.z);
  end.delete();
  return point;
}

export function addPendingEdge(wp: WorkplaneImpl, edge: Shape, start: Vector, end: Vector, forConstruction: boolean): WorkplaneImpl {
  edgeEndPoints.set(edge, { kernelEdge: unwrapShape(edge), end });
  if (forConstruction) return wp.derive({ objects: [edge] });
  return wp.derive({
    objects: [edge],
    pendingEdges: [...wp.state.pendingEdges, edge],
    firstPoint: wp.state.firstPoint ?? start,
  });
}

export function constructionFlag(method: string, options: unknown): boolean {
  return booleanValue(method, "forConstruction", readOptions(method, options, { forConstruction: false }).forConstruction);
}

export function moveTo(wp: WorkplaneImpl, x: number, y: number): WorkplaneImpl {
  finiteNumber("moveTo", "x", x);
  finiteNumber("moveTo", "y", y);
  return wp.newObject([Location.at(wp.state.plane, wp.state.plane.toWorldCoords([x, y]))]);
}

export function move(wp: WorkplaneImpl, xDist: number, yDist: number): WorkplaneImpl {
  const local = wp.state.plane.toLocalCoords(currentPoint(wp, "move"));
  return moveTo(wp, local.x + finiteNumber("move", "xDist", xDist), local.y + finiteNumber("move", "yDist", yDist));
}

export function lineTo(wp: WorkplaneImpl, x: number, y: number, options?: { forConstruction?: boolean }): WorkplaneImpl {
  const start = currentPoint(wp, "lineTo");
  const end = wp.state.plane.toWorldCoords([finiteNumber("lineTo", "x", x), finiteNumber("lineTo", "y", y)]);
  return addPendingEdge(wp, lineEdge(start, end), start, end, constructionFlag("lineTo", options));
}

export function line(wp: WorkplaneImpl, xDist: number, yDist: number, options?: { forConstruction?: boolean }): WorkplaneImpl {
  const local = wp.state.plane.toLocalCoords(currentPoint(wp, "line"));
  return lineTo(wp, local.x + finiteNumber("line", "xDist", xDist), local.y + finiteNumber("line", "yDist", yDist), options);
}

export function hLineTo(wp: WorkplaneImpl, x: number, options?: { forConstruction?: boolean }): WorkplaneImpl {
  return lineTo(wp, x, wp.state.plane.toLocalCoords(currentPoint(wp, "hLineTo")).y, options);
}

export function vLineTo(wp: WorkplaneImpl, y: number, options?: { forConstruction?: boolean }): WorkplaneImpl {
  return lineTo(wp, wp.state.plane.toLocalCoords(currentPoint(wp, "vLineTo")).x, y, options);
}

export function worldPoint(wp: WorkplaneImpl, method: string, point: VectorLike): Vector {
  let local: Vector;
  try {
    local = Vector.from(point);
  } catch (error) {
    noteStackOverflow(error);
    return apiError(method, `expected a point [x, y] or [x, y, z]; got ${describeValue(point)}`);
  }
  return wp.state.plane.toWorldCoords(local);
}

export function threePointArc(wp: WorkplaneImpl, point1: VectorLike, point2: VectorLike, options?: { forConstruction?: boolean }): WorkplaneImpl {
  const method = "threePointArc";
  const start = currentPoint(wp, method);
  const middle = worldPoint(wp, method, point1);
  const end = worldPoint(wp, method, point2);
  const arc = wrapShape(memoized("three-point arc", [start.toTuple(), middle.toTuple(), end.toTuple()], [], () =>
    own(withKernel(method, () => makeThreePointArc(start.toTuple(), middle.toTuple(), end.toTuple())))));
  return addPendingEdge(wp, arc, start, end, constructionFlag(method, options));
}

export function polyline(wp: WorkplaneImpl, pointList: readonly VectorLike[], options?: { forConstruction?: boolean; includeCurrent?: boolean }): WorkplaneImpl {
  const method = "polyline";
  const opts = readOptions(method, options, { forConstruction: false, includeCurrent: false });
  if (!Array.isArray(pointList)) apiError(method, `expected an array of points; got ${describeValue(pointList)}`);
  const points = pointList.map((p) => worldPoint(wp, method, p));
  if (booleanValue(method, "includeCurrent", opts.includeCurrent)) points.unshift(currentPoint(wp, method));
  if (points.length < 2) apiError(method, `needs at least 2 points; got ${points.length}`);
  const forConstruction = booleanValue(method, "forConstruction", opts.forConstruction);
  let result = wp.derive({ objects: [] });
  const edges: Shape[] = [];
  for (let i = 1; i < points.length; i++) {
    const edge = lineEdge(points[i - 1]!, points[i]!);
    result = addPendingEdge(result, edge, points[i - 1]!, points[i]!, forConstruction);
    edges.push(edge);
  }
  return wp.derive({ ...result.state, parent: wp, objects: edges });
}

export function wire(wp: WorkplaneImpl, options?: { forConstruction?: boolean }): WorkplaneImpl {
  const method = "wire";
  const forConstruction = constructionFlag(method, options);
  const edges = wp.state.pendingEdges;
  // CadQuery: with no pending edges there is nothing to assemble, and wire() changes nothing.
  if (edges.length === 0) return wp;
  const kernelEdges = edges.map(unwrapShape);
  const assembled = wrapShape(memoized("assembled wire", null, kernelEdges, () =>
    own(withKernel("assembling the drawn edges into a wire", () => assembleWire(kernelEdges as Parameters<typeof assembleWire>[0])))));
  return wp.derive({
    objects: [assembled],
    pendingEdges: [],
    firstPoint: undefined,
    pendingWires: forConstruction ? wp.state.pendingWires : [...wp.state.pendingWires, assembled],
  });
}

export function close(wp: WorkplaneImpl): WorkplaneImpl {
  const start = wp.state.firstPoint;
  if (start === undefined) apiError("close", "there is nothing to close; draw lines or arcs first");
  const end = currentPoint(wp, "close");
  const closed = end.equals(start) ? wp : addPendingEdge(wp, lineEdge(end, start), end, start, false);
  return wire(closed);
}

export function toPending(wp: WorkplaneImpl): WorkplaneImpl {
  const shapes = wp.state.objects.filter(isShape);
  return wp.derive({
    pendingWires: [...wp.state.pendingWires, ...shapes.filter((s) => s.kind === "wire")],
    pendingEdges: [...wp.state.pendingEdges, ...shapes.filter((s) => s.kind === "edge")],
  });
}
