import type { Plane } from "../plane.ts";
import type { Shape } from "../shapes/shape.ts";
/**
 * −1 or 1: the sign of the wire's sampled outline's signed area in `plane` (positive counter-
 * clockwise seen from the normal side), as sampling every point gives it; undefined when the
 * closed form cannot tell (an arc tilted out of the plane, or an area within rounding of zero).
 */
export declare function sampledAreaSign(wire: Shape, plane: Plane, pointsPerEdge: number): -1 | 1 | undefined;
/**
 * The signed area of the wire's sampled outline with its arcs in closed form, and the bound on
 * how far rounding can put the fully sampled sum from it; undefined for an arc tilted out of the
 * plane.
 */
export declare function closedFormArea(wire: Shape, plane: Plane, pointsPerEdge: number): {
    area: number;
    margin: number;
} | undefined;
