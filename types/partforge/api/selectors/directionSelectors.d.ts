import type { Selectable, Vec3 } from "./selectable.ts";
import { Selector } from "./selector.ts";
import { type VectorInput } from "./vec3.ts";
/** CadQuery's default tolerance for direction tests and nth clustering. */
export declare const DEFAULT_SELECTOR_TOLERANCE = 0.0001;
export interface DirectionOptions {
    /** Default 0.0001; its meaning depends on the selector (length of a cross product, or radians). */
    tolerance?: number;
}
/**
 * The vector a direction selector tests, or undefined when the object is not one it considers:
 * a planar face gives its outward normal, a straight edge its tangent; everything else
 * (vertices, wires, curved faces and edges, shells, solids, compounds) is ignored, as in CadQuery.
 */
export declare function directionOf(object: Selectable): Vec3 | undefined;
/** Base of the selectors that keep planar faces and straight edges whose vector passes `test`. */
export declare abstract class BaseDirSelector extends Selector {
    /** The direction as given (not normalised, as in CadQuery). */
    readonly direction: Vec3;
    readonly tolerance: number;
    constructor(vector: VectorInput, options?: DirectionOptions);
    /** Whether a face normal or edge tangent passes. */
    abstract test(vector: Vec3): boolean;
    filter<T extends Selectable>(objects: readonly T[]): T[];
}
/**
 * Keeps planar faces whose normal, and straight edges whose tangent, is parallel to the direction
 * in either sense: |direction × v| < tolerance (v is a unit vector; the direction is used as
 * given, so a non-unit direction such as XY = (1,1,0) scales the test). String form `|Z`.
 * Considers: planar faces, straight edges. Ignores every other object.
 * @example new ParallelDirSelector([0, 0, 1]) // same as "|Z"
 */
export declare class ParallelDirSelector extends BaseDirSelector {
    test(vector: Vec3): boolean;
    toString(): string;
}
/**
 * Keeps planar faces whose normal, and straight edges whose tangent, points the same way as the
 * direction: angle < tolerance (radians). String forms `+Z`, `Z`, and `-Z` (the negated direction).
 * Considers: planar faces, straight edges. Ignores every other object.
 * @example new DirectionSelector([0, 0, -1]) // same as "-Z"
 */
export declare class DirectionSelector extends BaseDirSelector {
    test(vector: Vec3): boolean;
    toString(): string;
}
/**
 * Keeps planar faces whose normal, and straight edges whose tangent, is perpendicular to the
 * direction: |angle − π/2| < tolerance (radians). String form `#Z`. (CadQuery 2.1 and earlier
 * tested "parallel" here by mistake; this follows 2.2 onwards.)
 * Considers: planar faces, straight edges. Ignores every other object.
 * @example new PerpendicularDirSelector([0, 0, 1]) // same as "#Z": a box's 4 side faces
 */
export declare class PerpendicularDirSelector extends BaseDirSelector {
    test(vector: Vec3): boolean;
    toString(): string;
}
