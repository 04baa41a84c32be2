/**
 * Operations of CadQuery's free-function API beyond the Workplane's: booleans with a fuzzy
 * tolerance and gluing, imprinting, lofts with every ThruSections setting, drafted prismatic
 * features (BRepFeat), filling against a context, offsets of faces, closest points. Every OCCT
 * temporary is freed in `finally`; results belong to the build's scope.
 */
import type { AnyShape } from "replicad";
import type { Triple } from "./operations.ts";
export type Glue = "partial" | "full" | undefined;
/**
 * `args` fused with, cut by or intersected with `tools`, or split by them (CadQuery's `_bool_op`):
 * `fuzzy` > 0 treats shapes closer than it as touching; `glue` speeds up shapes that only touch.
 */
export declare function booleanWithOptions(kind: "fuse" | "cut" | "common" | "split", args: readonly AnyShape[], tools: readonly AnyShape[], fuzzy: number, glue: Glue): AnyShape;
/** Every shape split by all the others, shared parts made common (OCCT's General Fuse). */
export declare function imprintShapes(shapes: readonly AnyShape[], fuzzy: number, glue: Glue): AnyShape;
export interface LoftSettings {
    solid: boolean;
    ruled: boolean;
    continuity: "C1" | "C2" | "C3";
    degree: number;
    compat: boolean;
    smoothing: boolean;
    weights: readonly [number, number, number];
}
/** A loft through wires (and a vertex first or last) with CadQuery's ThruSections settings. */
export declare function loftWithSettings(sections: readonly AnyShape[], settings: LoftSettings): AnyShape;
/** How far a prismatic feature goes: a height along the face normal, up to a face, between two faces, or through all. */
export type PrismExtent = {
    height: number;
} | {
    until: AnyShape;
} | {
    from: AnyShape;
    until: AnyShape;
} | "thruAll";
/**
 * A drafted prismatic feature (BRepFeat_MakeDPrism) of each face of `faces` on `context`:
 * `additive` fuses the feature, otherwise it is cut out; `angleDeg` drafts its sides.
 */
export declare function draftedPrismFeature(context: AnyShape, base: AnyShape | undefined, faces: readonly AnyShape[], extent: PrismExtent, angleDeg: number, additive: boolean): AnyShape;
/**
 * A surface filling the closed loop of `edges` through `points` and along `guides` (CadQuery's
 * `fill`); with `contexts` (each edge's face in the context shape), tangent (G1) to them as
 * CadQuery's `cap` (G1, as CadQuery asks: BRepFill passes the continuity's GeomAbs_Shape ordinal
 * on as the plate constraint's order, so GeomAbs_G2, ordinal 3, is refused as "not G0 G1 or G2").
 */
export declare function fillBoundary(edges: readonly AnyShape[], contexts: readonly AnyShape[] | undefined, guides: readonly AnyShape[], points: readonly Triple[]): AnyShape;
/** A face or shell offset by `distance` along its normal (an open offset surface, not a solid). */
export declare function offsetSurface(shape: AnyShape, distance: number): AnyShape;
/** The closest points of two shapes (BRepExtrema_DistShapeShape), first solution. */
export declare function closestPoints(a: AnyShape, b: AnyShape): [Triple, Triple];
