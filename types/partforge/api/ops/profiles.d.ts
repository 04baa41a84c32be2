import { type Shape } from "../shape.ts";
import { type VectorLike } from "../vector.ts";
import type { WorkplaneImpl } from "../workplane.ts";
import { type CombineMode } from "./context.ts";
import { type UntilFace } from "./upToFace.ts";
export interface ExtrudeOptions {
    /** true/"a": fuse with the solid in context (default); "s"/"cut": cut from it; false: keep apart. */
    combine?: boolean | "a" | "s" | "cut";
    clean?: boolean;
    /** Extrude the same distance both ways (total 2 × distance). */
    both?: boolean;
    /** Draft angle in degrees: the sides lean inwards (outwards when negative). */
    taper?: number;
}
export interface RevolveOptions {
    /** Axis start in local coordinates (default [0, 0]). */
    axisStart?: VectorLike;
    /** Axis end in local coordinates (default [0, 1]). */
    axisEnd?: VectorLike;
    combine?: boolean | "a" | "s" | "cut";
    clean?: boolean;
}
export declare function combineMode(method: string, value: unknown): CombineMode;
/** The faces to sweep and the Workplane with its pending wires consumed. */
export declare function takeProfiles(wp: WorkplaneImpl, method: string): {
    faces: Shape[];
    rest: WorkplaneImpl;
};
export declare function extrude(wp: WorkplaneImpl, distance: number | UntilFace, options?: ExtrudeOptions): WorkplaneImpl;
export declare function revolve(wp: WorkplaneImpl, angleDegrees: number, options?: RevolveOptions): WorkplaneImpl;
export declare function cutBlind(wp: WorkplaneImpl, depth: number | UntilFace, options?: {
    clean?: boolean;
    both?: boolean;
    taper?: number | undefined;
}): WorkplaneImpl;
/**
 * CadQuery 2.5's `cutThruAll`: each outline cut through the whole solid both ways along the
 * normal, its sides leaning by `taper` degrees. Tapered, it is CadQuery's through-all
 * BRepFeat_MakeDPrism; straight, a prism reaching past the solid both ways, cut in one boolean:
 * this OCCT build's straight through-all feature from an outline off the solid cuts short (a 2 × 2
 * square 3 above a 10-cube removes 28, not 40; FreeCAD's OCCT 7.6 removes 40).
 */
export declare function cutThruAll(wp: WorkplaneImpl, options?: {
    clean?: boolean;
    taper?: number;
}): WorkplaneImpl;
