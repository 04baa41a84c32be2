import { type VectorLike } from "../vector.ts";
import type { Vec3 } from "./selectable.ts";
export declare function dot(a: Vec3, b: Vec3): number;
export declare function cross(a: Vec3, b: Vec3): Vec3;
export declare function norm(a: Vec3): number;
export declare function negate(a: Vec3): Vec3;
export declare function distance(a: Vec3, b: Vec3): number;
/**
 * Angle between two directions in radians, 0…π, computed as OCCT's `gp_Dir::Angle` does
 * (acos in the middle range, asin of the cross product near 0 and π where acos loses precision).
 * NaN when either vector has zero length.
 */
export declare function angleBetween(a: Vec3, b: Vec3): number;
/** A point or direction as a script may pass it to a selector constructor. */
export type VectorInput = VectorLike | Vec3;
/** Converts `[x, y]`, `[x, y, z]` or a `Vector` to a `Vec3`, or throws naming the constructor and argument. */
export declare function toVec3(value: unknown, owner: string, argument: string): Vec3;
/** Like `toVec3`, and refuses the zero vector, which has no direction. */
export declare function toDirection(value: unknown, owner: string, argument: string): Vec3;
/** Checks a whole number (negative counts from the end, as in Python). */
export declare function toIndex(value: unknown, owner: string): number;
/** Checks a finite, non-negative tolerance in model units. */
export declare function toTolerance(value: unknown, owner: string): number;
/** A direction in selector-string spelling: "Z", "XY" or "(1,0,1)"; `signed` writes "+Z" / "-Z". */
export declare function formatDirection(vector: Vec3, options?: {
    signed?: boolean;
}): string;
/** A point as "(x, y, z)", for messages. */
export declare function formatPoint(point: Vec3): string;
