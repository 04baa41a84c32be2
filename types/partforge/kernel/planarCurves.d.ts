/**
 * The edges of a flat result (a section, or a hidden-line projection) as plain 2D curves for
 * the drawing exporters: exact lines, circles, arcs and B-splines where the kernel has them,
 * every curve also as a polyline within a deflection, oriented as its edge.
 */
import type { OpenCascadeInstance, TopoDS_Shape } from "replicad-opencascadejs";
import type { Keep } from "./run.ts";
export type Point2 = [number, number];
interface CurveBase {
    /** The curve sampled within the deflection, from its start to its end. */
    points: Point2[];
}
export type PlanarCurve = (CurveBase & {
    kind: "line";
}) | (CurveBase & {
    kind: "circle";
    center: Point2;
    radius: number;
})
/** Counter-clockwise from `startDeg` to `endDeg` (degrees, `endDeg` > `startDeg`). */
 | (CurveBase & {
    kind: "arc";
    center: Point2;
    radius: number;
    startDeg: number;
    endDeg: number;
}) | (CurveBase & {
    kind: "spline";
    degree: number;
    knots: number[];
    controlPoints: Point2[];
    weights?: number[];
    periodic: boolean;
}) | (CurveBase & {
    kind: "polyline";
});
type Oc = OpenCascadeInstance;
/**
 * Every edge of `shape` (which lies in a plane parallel to XY; Z is dropped) as a curve, in
 * exploration order. Edges without a 3D curve (HLR results) get one built first.
 */
export declare function planarCurvesOf(oc: Oc, keep: Keep, shape: TopoDS_Shape, deflection: number): PlanarCurve[];
export {};
