/** CadQuery's `Edge`: one curve, with its class methods for lines, arcs, circles, ellipses and splines. */
import {
  makeArcThroughPoints,
  makeBezierEdge,
  makeCircleEdge,
  makeEllipseEdge,
  makeLineEdge,
  makeSplineApproxEdge,
  makeSplineEdge,
  makeTangentArcEdge,
  makeWire,
  trimEdge,
} from "../../kernel/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { Vector } from "../vector.ts";
import { EDGE_SIGNATURES, binderFor } from "../signatures/index.ts";
import type { EdgeArgs, EdgeValues } from "../signatures/generated.ts";
import { Shape } from "./shape.ts";
import { unwrapShape, wrapAs, wrapShape } from "./wrap.ts";

const bind = binderFor<EdgeValues>("Edge", EDGE_SIGNATURES, {});

function positive(method: string, name: string, value: number): number {
  if (value <= 0) throw new PartforgeError("SCRIPT_EXCEPTION", `Edge.${method}: ${name} must be positive; got ${value}`);
  return value;
}

function distinct(method: string, points: readonly Vector[]): void {
  for (const [i, p] of points.entries()) {
    if (points.slice(i + 1).some((q) => q.equals(p))) throw new PartforgeError("SCRIPT_EXCEPTION", `Edge.${method}: the points must differ; ${p.toString()} is given twice`);
  }
}

/**
 * An edge: `Edge.makeLine(…)`, `Edge.makeCircle(…)`, … or from `shape.Edges()`.
 * @example Edge.makeLine([0, 0, 0], [1, 0, 0]).Length() // 1
 */
export class Edge extends Shape {
  /**
   * A circle of `radius` about `pnt` normal to `dir`, or its arc from `angle1` to `angle2` degrees (equal angles: the full circle).
   * @example Edge.makeCircle(10, [0, 0, 0], [0, 0, 1], 0, 90).Length() // 5π
   */
  static makeCircle(...args: EdgeArgs["makeCircle"]): Edge {
    const { radius, pnt, dir, angle1, angle2, orientation } = bind("makeCircle", args);
    return wrapAs(Edge, makeCircleEdge(positive("makeCircle", "radius", radius), pnt.toTuple(), dir.toTuple(), angle1, angle2, orientation));
  }

  /**
   * An ellipse (or its arc from `angle1` to `angle2` degrees, `sense` -1 clockwise) about `pnt`, normal `dir`, major axis along `xdir`.
   * @example Edge.makeEllipse(2, 1).Length() // 9.688…
   */
  static makeEllipse(...args: EdgeArgs["makeEllipse"]): Edge {
    const { x_radius, y_radius, pnt, dir, xdir, angle1, angle2, sense } = bind("makeEllipse", args);
    positive("makeEllipse", "x_radius", x_radius);
    positive("makeEllipse", "y_radius", y_radius);
    const frame = { center: pnt.toTuple(), normal: dir.toTuple(), xDir: xdir.toTuple() };
    return wrapAs(Edge, makeEllipseEdge(x_radius, y_radius, frame, angle1, angle2, sense === -1 ? -1 : 1));
  }

  /**
   * An interpolating B-spline through the points, with optional end (or per-point) tangents, periodic, or at given parameters.
   * @example Edge.makeSpline([[0, 0, 0], [1, 1, 0], [2, 0, 0]]).endPoint() // Vector(2, 0, 0)
   */
  static makeSpline(...args: EdgeArgs["makeSpline"]): Edge {
    const { listOfVector, tangents, periodic, parameters, scale, tol } = bind("makeSpline", args);
    if (listOfVector.length < 2) throw new PartforgeError("SCRIPT_EXCEPTION", `Edge.makeSpline: needs at least 2 points; got ${listOfVector.length}`);
    if (tangents !== undefined && tangents.length !== 2 && tangents.length !== listOfVector.length) {
      throw new PartforgeError("SCRIPT_EXCEPTION", `Edge.makeSpline: give 2 tangents (start and end) or one per point (${listOfVector.length}); got ${tangents.length}`);
    }
    return wrapAs(
      Edge,
      makeSplineEdge(
        listOfVector.map((v) => v.toTuple()),
        { tangents: tangents?.map((t) => t.toTuple()), periodic, parameters, scale, tolerance: tol },
      ),
    );
  }

  /**
   * A B-spline approximating the points within `tol` (optionally smoothed with weights for length, curvature and torsion).
   * @example Edge.makeSplineApprox([[0, 0, 0], [1, 1, 0], [2, 0, 0], [3, 1, 0]]).ShapeType() // "Edge"
   */
  static makeSplineApprox(...args: EdgeArgs["makeSplineApprox"]): Edge {
    const { listOfVector, tol, smoothing, minDeg, maxDeg } = bind("makeSplineApprox", args);
    if (listOfVector.length < 2) throw new PartforgeError("SCRIPT_EXCEPTION", `Edge.makeSplineApprox: needs at least 2 points; got ${listOfVector.length}`);
    const options = { tolerance: tol, smoothing: smoothing as [number, number, number] | undefined, minDegree: minDeg, maxDegree: maxDeg };
    return wrapAs(Edge, makeSplineApproxEdge(listOfVector.map((v) => v.toTuple()), options));
  }

  /**
   * The circular arc from `v1` through `v2` to `v3`.
   * @example Edge.makeThreePointArc([-1, 0, 0], [0, 1, 0], [1, 0, 0]).Length() // π
   */
  static makeThreePointArc(...args: EdgeArgs["makeThreePointArc"]): Edge {
    const { v1, v2, v3 } = bind("makeThreePointArc", args);
    distinct("makeThreePointArc", [v1, v2, v3]);
    return wrapAs(Edge, makeArcThroughPoints(v1.toTuple(), v2.toTuple(), v3.toTuple()));
  }

  /**
   * The circular arc starting at `v1` with tangent `v2`, ending at `v3`.
   * @example Edge.makeTangentArc([0, 0, 0], [1, 0, 0], [1, 1, 0]).Length() // π/2
   */
  static makeTangentArc(...args: EdgeArgs["makeTangentArc"]): Edge {
    const { v1, v2, v3 } = bind("makeTangentArc", args);
    distinct("makeTangentArc", [v1, v3]);
    if (v2.length === 0) throw new PartforgeError("SCRIPT_EXCEPTION", "Edge.makeTangentArc: the tangent v2 must not be zero");
    return wrapAs(Edge, makeTangentArcEdge(v1.toTuple(), v2.toTuple(), v3.toTuple()));
  }

  /**
   * The straight edge from `v1` to `v2`.
   * @example Edge.makeLine([0, 0, 0], [3, 4, 0]).Length() // 5
   */
  static makeLine(...args: EdgeArgs["makeLine"]): Edge {
    const { v1, v2 } = bind("makeLine", args);
    distinct("makeLine", [v1, v2]);
    return wrapAs(Edge, makeLineEdge(v1.toTuple(), v2.toTuple()));
  }

  /**
   * The Bézier curve with these control points.
   * @example Edge.makeBezier([[0, 0, 0], [1, 2, 0], [2, 0, 0]]).endPoint() // Vector(2, 0, 0)
   */
  static makeBezier(...args: EdgeArgs["makeBezier"]): Edge {
    const { points } = bind("makeBezier", args);
    if (points.length < 2) throw new PartforgeError("SCRIPT_EXCEPTION", `Edge.makeBezier: needs at least 2 control points; got ${points.length}`);
    return wrapAs(Edge, makeBezierEdge(points.map((p) => p.toTuple())));
  }

  /**
   * This edge when it is closed; otherwise a wire of it and the line back to its start.
   * @example Edge.makeThreePointArc([-1, 0, 0], [0, 1, 0], [1, 0, 0]).close().ShapeType() // "Wire"
   */
  close(...args: EdgeArgs["close"]): Shape {
    bind("close", args);
    if (this.IsClosed()) return this;
    const back = makeLineEdge(this.endPoint().toTuple(), this.startPoint().toTuple());
    return wrapShape(makeWire([unwrapShape(this), back]));
  }

  /**
   * The centre of a circular edge.
   * @example Edge.makeCircle(2, [1, 1, 0], [0, 0, 1], 0, 90).arcCenter() // Vector(1, 1, 0)
   */
  arcCenter(...args: EdgeArgs["arcCenter"]): Vector {
    bind("arcCenter", args);
    if (this.geomType !== "CIRCLE") throw new PartforgeError("SCRIPT_EXCEPTION", `Edge.arcCenter(): needs a circular edge; this is a ${this.geomType} edge`);
    const [a, b, c] = [0, 0.5, 1].map((t) => this.positionAt(t, "parameter")) as [Vector, Vector, Vector];
    return circumcenter(a, b, this.IsClosed() ? this.positionAt(0.25, "parameter") : c);
  }

  /**
   * The piece of this edge's curve between parameters `u0` and `u1`.
   * @example Edge.makeLine([0, 0, 0], [4, 0, 0]).trim(1, 3).Length() // 2
   */
  trim(...args: EdgeArgs["trim"]): Edge {
    const { u0, u1 } = bind("trim", args);
    if (u0 >= u1) throw new PartforgeError("SCRIPT_EXCEPTION", `Edge.trim: u0 must be less than u1; got ${u0} and ${u1}`);
    return wrapAs(Edge, trimEdge(unwrapShape(this), u0, u1));
  }
}

/** The centre of the circle through three points. */
function circumcenter(a: Vector, b: Vector, c: Vector): Vector {
  const ab = b.sub(a);
  const ac = c.sub(a);
  const n = ab.cross(ac);
  const denominator = 2 * n.dot(n);
  const toCenter = n.cross(ab).multiply(ac.dot(ac)).add(ac.cross(n).multiply(ab.dot(ab))).multiply(1 / denominator);
  return a.add(toCenter);
}
