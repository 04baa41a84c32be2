/**
 * Hidden-line removal with OCCT's exact `HLRBRep_Algo` (as CadQuery's SVG export): the shapes
 * projected along a view direction, split into visible and hidden edges — sharp edges and
 * silhouettes (outlines of curved faces) — as 2D curves in the view's (right, up) coordinates.
 */
import type { AnyShape } from "replicad";
import type { Triple } from "./operations.ts";
import { type PlanarCurve } from "./planarCurves.ts";
export interface ProjectionView {
    /** From the part toward the viewer (need not be unit length). */
    toViewer: Triple;
    /** The screen's right axis, perpendicular to `toViewer`. */
    right: Triple;
}
export interface ProjectedEdges {
    visible: PlanarCurve[];
    hidden: PlanarCurve[];
}
export interface ProjectOptions {
    /** Also compute the hidden edges (slower); when false `hidden` is empty. */
    hidden: boolean;
    /** Chord deflection of the curves' polylines, in model units. */
    deflection: number;
}
/**
 * The visible and hidden edges of `shapes` seen along `view` (an orthographic projection).
 * @example projectEdges([box], { toViewer: [1, -1, 1], right: [1, 1, 0] }, { hidden: true, deflection: 0.01 })
 */
export declare function projectEdges(shapes: readonly AnyShape[], view: ProjectionView, options: ProjectOptions): ProjectedEdges;
