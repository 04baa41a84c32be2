/** A point or direction as a ModelScript may write it: `[x, y]`, `[x, y, z]` or a `Vector`. */
export type VectorLike = Vector | readonly [number, number] | readonly [number, number, number];
/** Tolerance for geometric comparisons, in model units (CadQuery uses 1e-6 for vectors). */
export declare const LINEAR_TOLERANCE = 0.000001;
/**
 * An immutable 3D vector in pure JavaScript (no kernel memory), with CadQuery's method names.
 * @example new Vector(1, 2, 3).add([1, 0, 0]).toTuple() // [2, 2, 3]
 */
export declare class Vector {
    readonly x: number;
    readonly y: number;
    readonly z: number;
    constructor(x?: number, y?: number, z?: number);
    /** @example Vector.from([1, 2]) // Vector(1, 2, 0) */
    static from(value: VectorLike): Vector;
    /** @example Vector(3, 4, 0).length // 5 */
    get length(): number;
    /**
     * CadQuery spelling of `length`.
     * @example Vector(3, 4, 0).Length // 5
     */
    get Length(): number;
    /** @example Vector(1, 0, 0).add([0, 1, 0]) // Vector(1, 1, 0) */
    add(other: VectorLike): Vector;
    /** @example Vector(1, 1, 0).sub([1, 0, 0]) // Vector(0, 1, 0) */
    sub(other: VectorLike): Vector;
    /** @example Vector(1, 2, 3).multiply(2) // Vector(2, 4, 6) */
    multiply(scale: number): Vector;
    /** @example Vector(1, 2, 3).dot([1, 0, 0]) // 1 */
    dot(other: VectorLike): number;
    /** @example Vector(1, 0, 0).cross([0, 1, 0]) // Vector(0, 0, 1) */
    cross(other: VectorLike): Vector;
    /** @example Vector(0, 3, 4).normalized() // Vector(0, 0.6, 0.8) */
    normalized(): Vector;
    /**
     * Angle to `other` in radians.
     * @example Vector(1, 0, 0).getAngle([0, 1, 0]) // π/2
     */
    getAngle(other: VectorLike): number;
    /**
     * Unsigned angle between this and `other` in degrees.
     * @example Vector(1, 0, 0).angleDeg([0, 1, 0]) // 90
     */
    angleDeg(other: VectorLike): number;
    /** @example Vector(1, 0, 0).equals([1, 1e-9, 0]) // true */
    equals(other: VectorLike, tolerance?: number): boolean;
    /** @example Vector(1, 0, 0).isParallel([-2, 0, 0]) // true */
    isParallel(other: VectorLike, tolerance?: number): boolean;
    /** @example Vector(1, 2, 3).toTuple() // [1, 2, 3] */
    toTuple(): [number, number, number];
    toString(): string;
}
/** A short, safe description of any value for error messages. */
export declare function describeValue(value: unknown): string;
