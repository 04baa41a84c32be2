/**
 * Prism features on a solid (OCCT's BRepFeat_MakeDPrism, as CadQuery's `Shape.dprism`), and the
 * two queries CadQuery's "up to a face" extrusions choose their limit with: the faces a line
 * crosses, sorted by distance, and whether a point lies in a solid.
 */
import type { AnyShape } from "replicad";
import { type Triple } from "./operations.ts";
/** How far the prism goes: up to a face (any face: it need not belong to the solid), or through everything. */
export type PrismLimit = {
    upTo: AnyShape;
} | {
    thruAll: true;
};
/**
 * A prism of `profile` (a planar face) along its normal, fused to `base` (`additive`) or cut
 * from it, limited by `limit`; `taperDeg` leans its sides (BRepFeat_MakeDPrism's draft angle).
 * Returns the whole modified solid, as CadQuery's `dprism` does.
 */
export declare function prismFeature(base: AnyShape, profile: AnyShape, options: {
    limit: PrismLimit;
    additive: boolean;
    taperDeg: number;
}): AnyShape;
/** One crossing of a line with a face: the face and the squared distance from the line's base point. */
export interface LineCrossing {
    face: AnyShape;
    squaredDistance: number;
}
/**
 * The faces of `shape` the line through `point` along `axis` crosses, nearest first, a face once
 * per crossing (CadQuery's `facesIntersectedByLine`, which uses BRepIntCurveSurface_Inter: this
 * OCCT build has none, so each face's crossings are its zero-distance extrema with a segment of
 * the line reaching past the shape's bounding box, computed only for the faces whose bounding box
 * the segment passes through). `direction` keeps only the crossings ahead of
 * the point ("AlongAxis") or behind it ("Opposite"), at least √tol away, as CadQuery does.
 * A face the line lies in is not crossed (as for BRepIntCurveSurface_Inter).
 */
export declare function facesCrossedByLine(shape: AnyShape, point: Triple, axis: Triple, direction: "AlongAxis" | "Opposite", tolerance?: number): LineCrossing[];
/** Whether `point` is in `solid` or on its boundary, within `tolerance` (CadQuery's `isInside`). */
export declare function isPointInside(solid: AnyShape, point: Triple, tolerance?: number): boolean;
