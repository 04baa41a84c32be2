import { Vector } from "../vector.ts";
import type { EdgeArgs } from "../signatures/generated.ts";
import { Shape } from "./shape.ts";
/**
 * An edge: `Edge.makeLine(…)`, `Edge.makeCircle(…)`, … or from `shape.Edges()`.
 * @example Edge.makeLine([0, 0, 0], [1, 0, 0]).Length() // 1
 */
export declare class Edge extends Shape {
    /**
     * A circle of `radius` about `pnt` normal to `dir`, or its arc from `angle1` to `angle2` degrees (equal angles: the full circle).
     * @example Edge.makeCircle(10, [0, 0, 0], [0, 0, 1], 0, 90).Length() // 5π
     */
    static makeCircle(...args: EdgeArgs["makeCircle"]): Edge;
    /**
     * An ellipse (or its arc from `angle1` to `angle2` degrees, `sense` -1 clockwise) about `pnt`, normal `dir`, major axis along `xdir`.
     * @example Edge.makeEllipse(2, 1).Length() // 9.688…
     */
    static makeEllipse(...args: EdgeArgs["makeEllipse"]): Edge;
    /**
     * An interpolating B-spline through the points, with optional end (or per-point) tangents, periodic, or at given parameters.
     * @example Edge.makeSpline([[0, 0, 0], [1, 1, 0], [2, 0, 0]]).endPoint() // Vector(2, 0, 0)
     */
    static makeSpline(...args: EdgeArgs["makeSpline"]): Edge;
    /**
     * A B-spline approximating the points within `tol` (optionally smoothed with weights for length, curvature and torsion).
     * @example Edge.makeSplineApprox([[0, 0, 0], [1, 1, 0], [2, 0, 0], [3, 1, 0]]).ShapeType() // "Edge"
     */
    static makeSplineApprox(...args: EdgeArgs["makeSplineApprox"]): Edge;
    /**
     * The circular arc from `v1` through `v2` to `v3`.
     * @example Edge.makeThreePointArc([-1, 0, 0], [0, 1, 0], [1, 0, 0]).Length() // π
     */
    static makeThreePointArc(...args: EdgeArgs["makeThreePointArc"]): Edge;
    /**
     * The circular arc starting at `v1` with tangent `v2`, ending at `v3`.
     * @example Edge.makeTangentArc([0, 0, 0], [1, 0, 0], [1, 1, 0]).Length() // π/2
     */
    static makeTangentArc(...args: EdgeArgs["makeTangentArc"]): Edge;
    /**
     * The straight edge from `v1` to `v2`.
     * @example Edge.makeLine([0, 0, 0], [3, 4, 0]).Length() // 5
     */
    static makeLine(...args: EdgeArgs["makeLine"]): Edge;
    /**
     * The Bézier curve with these control points.
     * @example Edge.makeBezier([[0, 0, 0], [1, 2, 0], [2, 0, 0]]).endPoint() // Vector(2, 0, 0)
     */
    static makeBezier(...args: EdgeArgs["makeBezier"]): Edge;
    /**
     * This edge when it is closed; otherwise a wire of it and the line back to its start.
     * @example Edge.makeThreePointArc([-1, 0, 0], [0, 1, 0], [1, 0, 0]).close().ShapeType() // "Wire"
     */
    close(...args: EdgeArgs["close"]): Shape;
    /**
     * The centre of a circular edge.
     * @example Edge.makeCircle(2, [1, 1, 0], [0, 0, 1], 0, 90).arcCenter() // Vector(1, 1, 0)
     */
    arcCenter(...args: EdgeArgs["arcCenter"]): Vector;
    /**
     * The piece of this edge's curve between parameters `u0` and `u1`.
     * @example Edge.makeLine([0, 0, 0], [4, 0, 0]).trim(1, 3).Length() // 2
     */
    trim(...args: EdgeArgs["trim"]): Edge;
}
