import { Vector, type VectorLike } from "./vector.ts";
/** CadQuery's named planes: x direction and normal of each. */
declare const NAMED_PLANES: {
    readonly XY: {
        readonly xDir: readonly [1, 0, 0];
        readonly normal: readonly [0, 0, 1];
    };
    readonly YZ: {
        readonly xDir: readonly [0, 1, 0];
        readonly normal: readonly [1, 0, 0];
    };
    readonly ZX: {
        readonly xDir: readonly [0, 0, 1];
        readonly normal: readonly [0, 1, 0];
    };
    readonly XZ: {
        readonly xDir: readonly [1, 0, 0];
        readonly normal: readonly [0, -1, 0];
    };
    readonly YX: {
        readonly xDir: readonly [0, 1, 0];
        readonly normal: readonly [0, 0, -1];
    };
    readonly ZY: {
        readonly xDir: readonly [0, 0, 1];
        readonly normal: readonly [-1, 0, 0];
    };
    readonly front: {
        readonly xDir: readonly [1, 0, 0];
        readonly normal: readonly [0, 0, 1];
    };
    readonly back: {
        readonly xDir: readonly [-1, 0, 0];
        readonly normal: readonly [0, 0, -1];
    };
    readonly left: {
        readonly xDir: readonly [0, 0, 1];
        readonly normal: readonly [-1, 0, 0];
    };
    readonly right: {
        readonly xDir: readonly [0, 0, -1];
        readonly normal: readonly [1, 0, 0];
    };
    readonly top: {
        readonly xDir: readonly [1, 0, 0];
        readonly normal: readonly [0, 1, 0];
    };
    readonly bottom: {
        readonly xDir: readonly [1, 0, 0];
        readonly normal: readonly [0, -1, 0];
    };
};
export type PlaneName = keyof typeof NAMED_PLANES;
export declare const PLANE_NAMES: PlaneName[];
/**
 * A 2D coordinate system in space: an origin and orthonormal x, y, z (normal) directions.
 * Immutable: every change returns a new plane.
 * @example Plane.named("XZ").toWorldCoords([1, 2]) // Vector(1, 0, 2)
 */
export declare class Plane {
    readonly origin: Vector;
    readonly xDir: Vector;
    readonly yDir: Vector;
    readonly zDir: Vector;
    constructor(origin: VectorLike, xDir: VectorLike | undefined, normal: VectorLike);
    /** A named plane (XY, YZ, ZX, XZ, YX, ZY, front, back, left, right, top, bottom). */
    static named(name: string, origin?: VectorLike): Plane;
    static XY(origin?: VectorLike): Plane;
    static YZ(origin?: VectorLike): Plane;
    static ZX(origin?: VectorLike): Plane;
    static XZ(origin?: VectorLike): Plane;
    static YX(origin?: VectorLike): Plane;
    static ZY(origin?: VectorLike): Plane;
    /** Local (x, y[, z]) → world coordinates. */
    toWorldCoords(local: VectorLike): Vector;
    /** World → local (x, y, z) coordinates. */
    toLocalCoords(world: VectorLike): Vector;
    /** A world direction expressed in world coordinates from local axes. */
    directionToWorld(local: VectorLike): Vector;
    withOrigin(origin: VectorLike): Plane;
    /** The same plane with its origin moved to local (x, y). */
    setOrigin2d(x: number, y: number): Plane;
    /** `point` projected onto this plane. */
    project(point: VectorLike): Vector;
    /** Rotated about its own z axis by `angleDeg`. */
    rotatedAboutNormal(angleDeg: number): Plane;
    /**
     * Rotated about its own (original) x, y and z axes by the given angles in degrees, composed as
     * CadQuery's `Plane.rotated` does (Rx · Ry · Rz, so the z rotation applies first).
     */
    rotated(anglesDeg: VectorLike): Plane;
    /** Same orientation and origin, within tolerance. */
    equals(other: Plane): boolean;
}
/** `v` rotated by `angleDeg` about the unit `axis` through the origin (Rodrigues). */
export declare function rotateAbout(v: Vector, axis: Vector, angleDeg: number): Vector;
export {};
