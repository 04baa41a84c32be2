/**
 * Telling kernel shapes apart without comparing every pair: ids for distinct shapes (IsSame: same
 * TShape, same location), found through OCCT's shape hash and IsSame within a hash bucket: what
 * `subShapes`, the topology links and the sub-shape lookups are built on. (OCCT's
 * TopTools_IndexedMapOfShape would give the ids, but this build cannot construct it: its base
 * class NCollection_BaseMap is not bound.)
 */
import type { AnyShape } from "replicad";
import type { OpenCascadeInstance, TopoDS_Shape } from "replicad-opencascadejs";
import type { SubShapeKind } from "./operations.ts";
import { type Keep } from "./run.ts";
type Hasher = {
    HashCode(shape: TopoDS_Shape, upperBound: number): number;
};
/**
 * Ids 0, 1, … for distinct shapes (IsSame), in the order they are first added; a shape `leftOut`
 * picks (asked once per distinct shape) gets none (-1).
 */
export declare class ShapeIds {
    #private;
    constructor(hasher: Hasher, leftOut?: (shape: TopoDS_Shape) => boolean);
    get size(): number;
    /** The shape with id `id` (the handle first added: the caller keeps it alive). */
    shape(id: number): TopoDS_Shape;
    /** The id of `shape`, or -1. */
    find(shape: TopoDS_Shape): number;
    /** The id of `shape`, a new one when it is new (then `shape` must stay alive while the ids are used), or -1. */
    add(shape: TopoDS_Shape): number;
}
/** OCCT's shape type (`TopAbs_ShapeEnum`) of a partforge sub-shape kind. */
export declare function topAbsKind(oc: OpenCascadeInstance, kind: SubShapeKind): "TopAbs_COMPOUND" | "TopAbs_SOLID" | "TopAbs_SHELL" | "TopAbs_FACE" | "TopAbs_WIRE" | "TopAbs_EDGE" | "TopAbs_VERTEX";
export declare function shapeHasher(oc: OpenCascadeInstance): Hasher;
/**
 * Empty ids for sub-shapes of `kind`, leaving out what `subShapes` leaves out: the collapsed seam at
 * a cone's apex or a sphere's pole is no edge to CadQuery (`Edges()`), so degenerated edges get none.
 */
export declare function subShapeIdsOf(oc: OpenCascadeInstance, keep: Keep, kind: SubShapeKind): ShapeIds;
/**
 * The distinct sub-shapes of `kind` in `shape` as ids, in exploration order: id i is the i-th shape
 * `subShapes` lists. The handles are kept (alive until the kernel run ends).
 */
export declare function distinctSubShapes(oc: OpenCascadeInstance, keep: Keep, shape: TopoDS_Shape, kind: SubShapeKind): ShapeIds;
/**
 * The indices of the first occurrence of each distinct shape in `shapes` (IsSame), in order:
 * a dedupe in one pass, where comparing each shape with every one kept was quadratic.
 */
export declare function firstOccurrences(shapes: readonly AnyShape[]): number[];
export {};
