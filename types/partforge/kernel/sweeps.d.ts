/**
 * Lofts, sweeps, twisted extrusions, closed hollow solids, sections, splits and filled
 * surfaces. Every OCCT temporary is freed in `finally`; results belong to the build's scope.
 */
import type { AnyShape } from "replicad";
import { type Triple } from "./operations.ts";
/**
 * A solid through the sections in order (CadQuery's `loft`): wires, or a vertex first or last.
 * `ruled` makes flat faces between sections; otherwise smooth ones.
 */
export declare function loftSections(sections: readonly AnyShape[], ruled: boolean): AnyShape;
export type Transition = "right" | "round" | "transformed";
export interface SweepOptions {
    isFrenet: boolean;
    transition: Transition;
    /** Fixed binormal direction (CadQuery's `normal`). */
    normal?: Triple | undefined;
    /** Auxiliary spine fixing the section's normal (CadQuery's `auxSpine`). */
    auxSpine?: AnyShape | undefined;
    /** Match spine and auxiliary spine by length ratio (sweep) rather than by plane (twist). */
    curvilinear?: boolean;
    makeSolid: boolean;
}
/**
 * Sweeps one profile (outer wire, minus the sweeps of its inner wires) along `path`
 * (CadQuery's `Solid.sweep`).
 */
export declare function sweepProfile(outer: AnyShape, inner: readonly AnyShape[], path: AnyShape, pathStart: Triple, options: SweepOptions): AnyShape;
/** One sweep through several section wires along `path` (CadQuery's `Solid.sweep_multi`). */
export declare function sweepSections(sections: readonly AnyShape[], path: AnyShape, pathStart: Triple, options: SweepOptions): AnyShape;
/**
 * Closes a hollow solid with no opening (CadQuery's `shell()` with no face selected): the
 * offset shell and the original one bound the wall; `thickness` > 0 grows outwards. OCCT is
 * called with CadQuery's arguments (`tolerance`, default 1e-4; Intersection on), as `shellSolid` is.
 * Memoized like `shellSolid`, so a rebuild with the same solid reuses the hollow.
 */
export declare function hollowClosed(solid: AnyShape, thickness: number, join: "arc" | "intersection", tolerance?: number): AnyShape;
/** The intersection of `shape` with the plane through `origin` with `normal` (faces). */
export declare function sectionByPlane(shape: AnyShape, origin: Triple, normal: Triple, halfSize: number): AnyShape;
/** `shape` split by `tools` (faces, shells or solids): every piece kept, as one compound. */
export declare function splitShape(shape: AnyShape, tools: readonly AnyShape[]): AnyShape;
export interface FillingOptions {
    degree: number;
    nbPtsOnCur: number;
    nbIter: number;
    anisotropy: boolean;
    tol2d: number;
    tol3d: number;
    tolAng: number;
    tolCurv: number;
    maxDeg: number;
    maxSegments: number;
}
/** A surface bounded by `edges` passing through `points` (CadQuery's `makeNSidedSurface`). */
export declare function fillSurface(edges: readonly AnyShape[], points: readonly Triple[], o: FillingOptions): AnyShape;
/** A solid from a face thickened by `thickness` along its normal (CadQuery's `Face.thicken`). */
export declare function thickenFace(face: AnyShape, thickness: number): AnyShape;
/**
 * A compound holding `shapes`, which stay usable (replicad's `makeCompound` deletes its inputs,
 * which would leave the Workplane's earlier stack objects dangling).
 */
export declare function compoundOfShapes(shapes: readonly AnyShape[]): AnyShape;
/**
 * A face on the plane through `origin` with `normal`, bounded by `outer` with `holes` (each wire
 * turned round where asked). For outlines OCCT's own plane fitting turns the wrong way up.
 */
export declare function faceOnPlane(origin: Triple, normal: Triple, outer: AnyShape, reverseOuter: boolean, holes: readonly {
    wire: AnyShape;
    reverse: boolean;
}[]): AnyShape;
/**
 * A closed solid bounded by planar polygons (each a loop of points, repeated points dropped,
 * loops of fewer than three points skipped): the faces are sewn into a shell and closed.
 */
export declare function solidFromPolygons(polygons: readonly (readonly Triple[])[]): AnyShape;
