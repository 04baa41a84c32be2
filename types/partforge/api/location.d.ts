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
    /** @example Location.at(Plane.named("XZ"), [1, 0, 2]) */
    static at(plane: Plane, point: VectorLike): Location;
    /** @example Location(1, 2, 3).position // Vector(1, 2, 3) */
    get position(): Vector;
    /**
     * CadQuery's `Center()` of a stack item.
     * @example Location(1, 2, 3).Center() // Vector(1, 2, 3)
     */
    Center(): Vector;
    /**
     * This location applied after `inner` (CadQuery's `self * inner`): `inner`'s frame expressed in this one.
     * @example Location(0, 0, 5).multiply(Location(1, 0, 0)).toTuple() // [1, 0, 5]
     */
    multiply(inner: Location): Location;
    /** @example Location([1, 2, 3]).toTuple() // [1, 2, 3] */
    toTuple(): [number, number, number];
    toString(): string;
}
