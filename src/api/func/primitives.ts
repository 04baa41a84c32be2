/**
 * CadQuery's primitive free functions: vertices, segments, polylines, polygons, rectangles,
 * splines, circles, ellipses, planes, boxes, cylinders, spheres, tori and cones, each built
 * around the world origin (solids standing on the XY plane, as CadQuery's).
 */
import {
  makeBoxInFrame,
  makeCircleEdgeOnAxis,
  makeConeSolid,
  makeCylinderInFrame,
  makeEllipseEdge,
  makeLineEdge,
  makePlaneFace,
  makePolylineWire,
  makeSphereInFrame,
  makeSplineEdge,
  makeTorusInFrame,
  makeVertex,
  type Frame,
} from "../../kernel/index.ts";
import type { Vector } from "../vector.ts";
import { wrapShape, type Shape } from "../shape.ts";
import type { funcArgs } from "../signatures/generated.ts";
import { bind, funcError } from "./parts.ts";

const WORLD: Frame = { origin: [0, 0, 0], xDir: [1, 0, 0], zDir: [0, 0, 1] };
/** CadQuery's "infinite" plane: a face this large. */
const INFINITE = 1e60;

/** OCCT's MakePolygon skips a point equal to the one before it (and, closing, a last point equal to the first). */
function polylinePoints(name: string, pts: readonly Vector[], close: boolean): [number, number, number][] {
  const distinct = pts.filter((p, i) => i === 0 || !p.equals(pts[i - 1]!));
  if (close && distinct.length > 2 && distinct[0]!.equals(distinct[distinct.length - 1]!)) distinct.pop();
  if (distinct.length < 2) funcError(name, `needs at least 2 distinct points; got ${distinct.length}`);
  return distinct.map((p) => p.toTuple());
}

function positive(name: string, param: string, value: number): number {
  if (!(value > 0)) funcError(name, `${param} must be greater than 0; got ${value}`);
  return value;
}

/**
 * A vertex at a point.
 * @example func.vertex(1, 2, 3).toTuple() // [1, 2, 3]
 */
export function vertex(...args: funcArgs["vertex"]): Shape {
  const bound = bind("vertex", args);
  return wrapShape(makeVertex(bound.form === 0 ? [bound.x, bound.y, bound.z] : bound.p.toTuple()));
}

/**
 * A straight edge between two points.
 * @example func.segment([0, 0], [0, 1]).Length() // 1
 */
export function segment(...args: funcArgs["segment"]): Shape {
  const { p1, p2 } = bind("segment", args);
  if (p1.equals(p2)) funcError("segment", "p1 and p2 must be distinct points");
  return wrapShape(makeLineEdge(p1.toTuple(), p2.toTuple()));
}

/**
 * An open wire of segments through the points.
 * @example func.polyline([0, 0], [1, 0], [1, 1]).Length() // 2
 */
export function polyline(...args: funcArgs["polyline"]): Shape {
  const { pts } = bind("polyline", args);
  return wrapShape(makePolylineWire(polylinePoints("polyline", pts, false), false));
}

/**
 * A closed wire of segments through the points.
 * @example func.polygon([0, 0], [1, 0], [1, 1]).IsClosed() // true
 */
export function polygon(...args: funcArgs["polygon"]): Shape {
  const { pts } = bind("polygon", args);
  return wrapShape(makePolylineWire(polylinePoints("polygon", pts, true), true));
}

/**
 * A closed rectangular wire of width `w` (along x) and height `h`, centred on the origin.
 * @example func.rect(2, 3).Length() // 10
 */
export function rect(...args: funcArgs["rect"]): Shape {
  const { w, h } = bind("rect", args);
  positive("rect", "w", w);
  positive("rect", "h", h);
  return wrapShape(
    makePolylineWire(
      [
        [-w / 2, -h / 2, 0],
        [w / 2, -h / 2, 0],
        [w / 2, h / 2, 0],
        [-w / 2, h / 2, 0],
      ],
      true,
    ),
  );
}

/**
 * An interpolating B-spline edge through the points (`spline(p1, p2, …)` or
 * `spline([p1, p2, …], tgts, params, …)`).
 * @example func.spline([[0, 0], [1, 1], [2, 0]], { tgts: [[1, 0], [1, 0]] })
 */
export function spline(...args: funcArgs["spline"]): Shape {
  const bound = bind("spline", args);
  if (bound.pts.length < 2) funcError("spline", `needs at least 2 points; got ${bound.pts.length}`);
  const points = bound.pts.map((p) => p.toTuple());
  if (bound.form === 0) return wrapShape(makeSplineEdge(points, { periodic: bound.periodic, tolerance: bound.tol }));
  const { tgts, params, tol, periodic, scale } = bound;
  if (tgts !== undefined && tgts.length !== 2 && tgts.length !== points.length) {
    funcError("spline", `tgts must hold 2 tangents (start and end) or one per point (${points.length}); got ${tgts.length}`);
  }
  const expected = points.length + (periodic ? 1 : 0);
  if (params !== undefined && params.length !== expected) funcError("spline", `params must hold ${expected} values; got ${params.length}`);
  return wrapShape(makeSplineEdge(points, { tangents: tgts?.map((t) => t.toTuple()), parameters: params, periodic, scale, tolerance: tol }));
}

/**
 * A full circle of radius `r` around the z axis.
 * @example func.circle(1).Length() // 2π
 */
export function circle(...args: funcArgs["circle"]): Shape {
  const { r } = bind("circle", args);
  return wrapShape(makeCircleEdgeOnAxis(positive("circle", "r", r), [0, 0, 0], [0, 0, 1], 0, 0, true));
}

/**
 * A full ellipse with radius `r1` along x and `r2` along y.
 * @example func.ellipse(2, 1)
 */
export function ellipse(...args: funcArgs["ellipse"]): Shape {
  const { r1, r2 } = bind("ellipse", args);
  positive("ellipse", "r1", r1);
  positive("ellipse", "r2", r2);
  return wrapShape(makeEllipseEdge(r1, r2, { center: [0, 0, 0], normal: [0, 0, 1], xDir: [1, 0, 0] }));
}

/**
 * A planar face of the XY plane: `w` by `l` centred on the origin, or (no arguments) one so
 * large it stands for CadQuery's infinite plane.
 * @example func.plane(1, 1.5).Area() // 1.5
 */
export function plane(...args: funcArgs["plane"]): Shape {
  const bound = bind("plane", args);
  if (bound.form === 1) return wrapShape(makePlaneFace(2 * INFINITE, 2 * INFINITE, [0, 0, 0], [0, 0, 1]));
  return wrapShape(makePlaneFace(positive("plane", "l", bound.l), positive("plane", "w", bound.w), [0, 0, 0], [0, 0, 1]));
}

/**
 * A box `w` × `l` × `h` centred on the z axis, standing on the XY plane.
 * @example func.box(1, 2, 3).Volume() // 6
 */
export function box(...args: funcArgs["box"]): Shape {
  const { w, l, h } = bind("box", args);
  for (const [name, value] of [["w", w], ["l", l], ["h", h]] as const) positive("box", name, value);
  return wrapShape(makeBoxInFrame({ ...WORLD, origin: [-w / 2, -l / 2, 0] }, w, l, h));
}

/**
 * A cylinder of diameter `d` and height `h` standing on the XY plane.
 * @example func.cylinder(2, 1).Volume() // π
 */
export function cylinder(...args: funcArgs["cylinder"]): Shape {
  const { d, h } = bind("cylinder", args);
  return wrapShape(makeCylinderInFrame(WORLD, positive("cylinder", "d", d) / 2, positive("cylinder", "h", h)));
}

/**
 * A sphere of diameter `d` centred on the origin.
 * @example func.sphere(2).Volume() // 4π/3
 */
export function sphere(...args: funcArgs["sphere"]): Shape {
  const { d } = bind("sphere", args);
  return wrapShape(makeSphereInFrame(WORLD, positive("sphere", "d", d) / 2, -90, 90, 360));
}

/**
 * A torus around the z axis: `d1` the diameter of its centre circle, `d2` of its tube.
 * @example func.torus(4, 1)
 */
export function torus(...args: funcArgs["torus"]): Shape {
  const { d1, d2 } = bind("torus", args);
  positive("torus", "d1", d1);
  positive("torus", "d2", d2);
  if (d2 >= d1) funcError("torus", `d2 (${d2}) must be smaller than d1 (${d1})`);
  return wrapShape(makeTorusInFrame(WORLD, d1 / 2, d2 / 2));
}

/**
 * A cone of base diameter `d` and height `h` (`cone(d, h)`), or a frustum from diameter `d1`
 * to `d2` (`cone(d1, d2, h)`), standing on the XY plane.
 * @example func.cone(1, 1.5)
 */
export function cone(...args: funcArgs["cone"]): Shape {
  const bound = bind("cone", args);
  const [d1, d2, h] = bound.form === 0 ? [bound.d, 0, bound.h] : [bound.d1, bound.d2, bound.h];
  positive("cone", "h", h);
  if (d1 < 0 || d2 < 0 || d1 + d2 === 0) funcError("cone", `the diameters must not be negative and not both 0; got ${d1} and ${d2}`);
  return wrapShape(makeConeSolid(d1 / 2, d2 / 2, h, WORLD, 360));
}
