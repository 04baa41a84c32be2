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
    static from(value: VectorLike): Vector;
    get length(): number;
    /** CadQuery spelling of `length`. */
    get Length(): number;
    add(other: VectorLike): Vector;
    sub(other: VectorLike): Vector;
    multiply(scale: number): Vector;
    dot(other: VectorLike): number;
    cross(other: VectorLike): Vector;
    normalized(): Vector;
    /** Angle to `other` in radians. */
    getAngle(other: VectorLike): number;
    /** Unsigned angle between this and `other` in degrees. */
    angleDeg(other: VectorLike): number;
    equals(other: VectorLike, tolerance?: number): boolean;
    isParallel(other: VectorLike, tolerance?: number): boolean;
    toTuple(): [number, number, number];
    toString(): string;
}
/** A short, safe description of any value for error messages. */
export declare function describeValue(value: unknown): string;
