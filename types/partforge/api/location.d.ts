import { Plane } from "./plane.ts";
import { Vector, type VectorLike } from "./vector.ts";
/**
 * A point with an orientation: where a `rect`, `circle`, `hole` or `box` is placed on the
 * Workplane stack, or where an Assembly puts a part. Made by `pushPoints`, `rarray`,
 * `polarArray`, `moveTo`, `center`, or directly as CadQuery's `Location`:
 * `Location(x, y, z)`, `Location([x, y, z])`, `Location([x, y, z], axis, angleDeg)`, `Location(plane)`.
 * @example Assembly().add(part, { loc: Location([0, 0, 10], [0, 0, 1], 45) })
 */
export declare class Location {
    /** The local frame: origin at the point, axes of the workplane (rotated for polar arrays). */
    readonly frame: Plane;
    constructor(a?: Plane | VectorLike | number, b?: VectorLike | number, c?: number);
    static at(plane: Plane, point: VectorLike): Location;
    get position(): Vector;
    /** CadQuery's `Center()` of a stack item. */
    Center(): Vector;
    /** This location applied after `inner` (CadQuery's `self * inner`): `inner`'s frame expressed in this one. */
    multiply(inner: Location): Location;
    toTuple(): [number, number, number];
    toString(): string;
}
