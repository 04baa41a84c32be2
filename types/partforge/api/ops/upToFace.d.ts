import { type Shape } from "../shape.ts";
import type { Vector } from "../vector.ts";
/** "next" (index 0), "last" (index -1) or the face to stop at. */
export type UntilFace = "next" | "last" | Shape;
/**
 * The solid after one BRepFeat_MakeDPrism per profile face, each up to the face `until` names
 * (in `both`, a second feature up to the face found the other way). As CadQuery: "next" from an
 * outline whose outer wire's centre lies in the solid goes to the second face along (and stays
 * so for the following outlines); the faces are always looked up on the solid in context before
 * any feature was added.
 */
export declare function prismsUpToFace(method: string, solid: Shape, profiles: readonly Shape[], normal: Vector, until: UntilFace, options: {
    both: boolean;
    taperDeg: number;
    additive: boolean;
}): Shape;
/** CadQuery 2.5's `cutThruAll`: one through-all cutting feature per profile face, sides leaning by −taper. */
export declare function cutsThroughAll(solid: Shape, profiles: readonly Shape[], taperDeg: number): Shape;
