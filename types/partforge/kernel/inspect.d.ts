/**
 * Questions asked of shapes beyond measures: distances, inside tests, points by arc length, and
 * edges trimmed to a parameter range (for CadQuery's `distance`, `isInside`, `positionAt(d,
 * mode="length")`, `Edge.trim`). OCCT temporaries are freed in `finally`.
 */
import type { AnyShape } from "replicad";
import type { Triple } from "./operations.ts";
/** The least distance between two shapes (0 when they touch or one holds the other). */
export declare function distanceBetween(a: AnyShape, b: AnyShape): number;
/** True when `point` is inside `solid` or within `tolerance` of its boundary. */
export declare function containsPoint(solid: AnyShape, point: Triple, tolerance: number): boolean;
/** The curve parameter range of an edge, as OCCT stores it (orientation ignored). */
export declare function edgeParameterRange(edge: AnyShape): [number, number];
/** The edge's curve between parameters `u0` and `u1` (CadQuery's `Edge.trim`). */
export declare function trimEdge(edge: AnyShape, u0: number, u1: number): AnyShape;
/**
 * The fraction t (0…1) of the edge's parameter range, as drawn (a reversed edge from its last
 * parameter), at which the length from the start is `fraction` of the whole: Newton steps on the
 * arc length, bisection when a step leaves the bracket.
 */
export declare function parameterFractionAtLength(edge: AnyShape, fraction: number): number;
/** The curve parameter at fraction `t` of the edge's parameter range, as drawn (a reversed edge counts from its last parameter). */
export declare function parameterAtFraction(edge: AnyShape, t: number): number;
/**
 * Unit normal of a face (its orientation respected) and the point, at surface parameters
 * `(u, v)`, where `near` projects onto the surface, or at `"middle"`: the middle of the face's
 * parameter bounds (CadQuery's `normalAt()` without a point). The middle is a point of the surface
 * on every face; the centre of mass is not (a full cylinder's lies on the axis, a sphere's at its
 * centre, and neither projects onto the surface at one point).
 */
export declare function faceNormalAt(face: AnyShape, at: {
    u: number;
    v: number;
} | {
    near: Triple;
} | "middle"): {
    normal: Triple;
    point: Triple;
};
/** True when the shape has no free boundary: a closed wire, a shell or solid without free edges (OCCT's BRep_Tool::IsClosed). */
export declare function isClosedShape(shape: AnyShape): boolean;
/**
 * Whether the shape has at least one face: the first one found answers, where listing the faces
 * (`Shape.Faces()`) wraps every face of the model only to count them.
 */
export declare function hasFaces(shape: AnyShape): boolean;
