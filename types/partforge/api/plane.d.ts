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
    /**
     * A named plane (XY, YZ, ZX, XZ, YX, ZY, front, back, left, right, top, bottom).
     * @example Plane.named("XZ").zDir // Vector(0, -1, 0)
     */
    static named(name: string, origin?: VectorLike): Plane;
    /** @example Workplane(Plane.XY([0, 0, 5])).box(1, 1, 1) */
    static XY(origin?: VectorLike): Plane;
    /** @example Workplane(Plane.YZ()).rect(2, 1).extrude(1) */
    static YZ(origin?: VectorLike): Plane;
    /** @example Workplane(Plane.ZX()).rect(2, 1).extrude(1) */
    static ZX(origin?: VectorLike): Plane;
    /** @example Workplane(Plane.XZ()).rect(2, 1).extrude(1) */
    static XZ(origin?: VectorLike): Plane;
    /** @example Workplane(Plane.YX()).rect(2, 1).extrude(1) */
    static YX(origin?: VectorLike): Plane;
    /** @example Workplane(Plane.ZY()).rect(2, 1).extrude(1) */
    static ZY(origin?: VectorLike): Plane;
    /**
     * Local (x, y[, z]) → world coordinates.
     * @example Plane.named("XZ").toWorldCoords([1, 2]) // Vector(1, 0, 2)
     */
    toWorldCoords(local: VectorLike): Vector;
    /**
     * World → local (x, y, z) coordinates.
     * @example Plane.named("XZ").toLocalCoords([1, 0, 2]) // Vector(1, 2, 0)
     */
    toLocalCoords(world: VectorLike): Vector;
    /**
     * A world direction expressed in world coordinates from local axes.
     * @example Plane.named("YZ").directionToWorld([1, 0, 0]) // Vector(0, 1, 0)
     */
    directionToWorld(local: VectorLike): Vector;
    /** @example Plane.named("XY").withOrigin([0, 0, 5]) */
    withOrigin(origin: VectorLike): Plane;
    /**
     * The same plane with its origin moved to local (x, y).
     * @example Plane.named("XY").setOrigin2d(2, 3).origin // Vector(2, 3, 0)
     */
    setOrigin2d(x: number, y: number): Plane;
    /**
     * `point` projected onto this plane.
     * @example Plane.named("XY").project([1, 2, 3]) // Vector(1, 2, 0)
     */
    project(point: VectorLike): Vector;
    /**
     * Rotated about its own z axis by `angleDeg`.
     * @example Plane.named("XY").rotatedAboutNormal(90).xDir // Vector(0, 1, 0)
     */
    rotatedAboutNormal(angleDeg: number): Plane;
    /**
     * Rotated about its own (original) x, y and z axes by the given angles in degrees, composed as
     * CadQuery's `Plane.rotated` does (Rx · Ry · Rz, so the z rotation applies first).
     * @example Workplane(Plane.named("XY").rotated([45, 0, 0])).rect(2, 2).extrude(1)
     */
    rotated(anglesDeg: VectorLike): Plane;
    /**
     * Same orientation and origin, within tolerance.
     * @example Plane.named("XY").equals(Plane.XY()) // true
     */
    equals(other: Plane): boolean;
}
/** `v` rotated by `angleDeg` about the unit `axis` through the origin (Rodrigues). */
export declare function rotateAbout(v: Vector, axis: Vector, angleDeg: number): Vector;
export {};
