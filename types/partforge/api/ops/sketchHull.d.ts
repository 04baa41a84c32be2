import { type Shape } from "../shape.ts";
/** The hull's closed outline, as one wire, of the given line and circle edges. */
export declare function convexHull(edges: readonly Shape[]): Shape;
