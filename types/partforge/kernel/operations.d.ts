/**
 * Raw OpenCascade algorithms the modelling API needs beyond replicad, written so that every
 * OCCT object they create is freed in `finally` (replicad leaves builders to the GC).
 */
import type { AnyShape, Edge, Face } from "replicad";
type BooleanKind = "fuse" | "cut" | "common";
/**
 * One boolean operation of many arguments against many tools (OCCT's General Fuse), so that
 * cutting 100 holes is one operation, not 100. `clean` then runs CadQuery's `Shape.clean()` on
 * the builder's result, as `Workplane.union`/`cut`/`intersect`/`_combineWithBase` do with
 * `clean=True` (not the builder's `SimplifyResult`, whose angular tolerance and lack of B-spline
 * concatenation are not CadQuery's: it merged faces up to 1e-3 rad apart that CadQuery keeps).
 * `glue` sets the builder's shifted glue (`BOPAlgo_GlueShift`), as CadQuery's `Shape.fuse(glue=True)`.
 */
export declare function booleanOperation(kind: BooleanKind, objects: readonly AnyShape[], tools: readonly AnyShape[], options: {
    clean: boolean;
    glue?: boolean;
}): AnyShape;
/** Merges coplanar faces and collinear edges (OCCT's ShapeUpgrade_UnifySameDomain). */
export declare function unifySameDomain(shape: AnyShape): AnyShape;
export type SubShapeKind = "vertex" | "edge" | "wire" | "face" | "shell" | "solid" | "compound";
/**
 * The distinct sub-shapes of one kind, in OCCT's exploration order (each appears once).
 * Degenerated edges (the collapsed seam at a cone's apex or a sphere's pole) are left out, as
 * CadQuery's `Edges()` does.
 */
export declare function subShapes(shape: AnyShape, kind: SubShapeKind): AnyShape[];
/** Fillets `edges` of `shape` with `radius`. */
export declare function filletEdges(shape: AnyShape, edges: readonly Edge[], radius: number): AnyShape;
/**
 * Chamfers `edges`. With `faceFor`, as CadQuery's `Mixin3D.chamfer` (Workplane.chamfer) calls OCCT:
 * every edge added with two distances and a face, `length` on `faceFor(edge)` (the first face of
 * the shape holding the edge, as CadQuery's edge→face map gives it) and `length2` — or `length`
 * again when there is none — on the other. Without `faceFor`, as CadQuery's free `chamfer` calls it:
 * the symmetric one-distance `Add(length, edge)`.
 */
export declare function chamferEdges(shape: AnyShape, edges: readonly Edge[], length: number, length2: number | undefined, faceFor: ((edge: Edge) => Face) | undefined): AnyShape;
/** CadQuery's default tolerance of `Mixin3D.shell` (and the one `Workplane.shell` always uses). */
export declare const SHELL_TOLERANCE = 0.0001;
/**
 * Hollows `shape` keeping walls of `thickness` (negative: inwards), opening `openFaces`.
 * `join` is how offset faces meet: rounded arcs or sharp intersections. OCCT is called as
 * CadQuery's `Mixin3D.hollow`/`shell` calls it: `tolerance` (its default 1e-4) and Intersection
 * on whatever the join (so inner faces are trimmed by intersecting them with each other).
 */
export declare function shellSolid(shape: AnyShape, openFaces: readonly Face[], thickness: number, join: "arc" | "intersection", tolerance?: number): AnyShape;
/**
 * The shapes a compound holds (CadQuery's iteration over a compound), found top-down: solids,
 * then shells, faces, wires, edges and vertices not inside one already listed.
 */
export declare function childShapes(shape: AnyShape): AnyShape[];
export type Triple = [number, number, number];
export {};
