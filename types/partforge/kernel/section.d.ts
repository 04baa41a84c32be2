/**
 * A flat section of the parts by a plane parallel to XY (`BRepAlgoAPI_Section`): the edges
 * where the plane cuts the solids' faces, as exact 2D curves for a DXF outline.
 */
import type { AnyShape } from "replicad";
import { type PlanarCurve } from "./planarCurves.ts";
/**
 * The section curves of `shapes` at height `z` (model units), in X, Y.
 * @example sectionAtZ([box], 5, 0.001) // four lines for a box 0…10 high
 */
export declare function sectionAtZ(shapes: readonly AnyShape[], z: number, deflection: number): PlanarCurve[];
