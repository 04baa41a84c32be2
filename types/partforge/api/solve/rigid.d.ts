/**
 * Rigid motions as plain numbers: 3-vectors, unit quaternions [w, x, y, z], and CadQuery's
 * rotation coordinates for the assembly solver (cadquery/occ_impl/solver.py): a rotation is the
 * stereographic projection R = q⃗ / (1 + w) of its unit quaternion, so q = ((1 − |R|²), 2R) / (1 + |R|²).
 */
export type Vec3 = readonly [number, number, number];
export type Quaternion = readonly [number, number, number, number];
export declare const add: (a: Vec3, b: Vec3) => Vec3;
export declare const sub: (a: Vec3, b: Vec3) => Vec3;
export declare const scale: (a: Vec3, k: number) => Vec3;
export declare const dot: (a: Vec3, b: Vec3) => number;
export declare const cross: (a: Vec3, b: Vec3) => Vec3;
export declare const norm: (a: Vec3) => number;
export declare const normalize: (a: Vec3) => Vec3;
/** The unit quaternion of CadQuery's rotation coordinates R. */
export declare function quaternionOfCoordinates(R: Vec3): Quaternion;
/** CadQuery's rotation coordinates of a unit quaternion (taken with w ≥ 0, so |R| ≤ 1). */
export declare function coordinatesOfQuaternion(q: Quaternion): Vec3;
/** v rotated by the unit quaternion q. */
export declare function rotate(q: Quaternion, v: Vec3): Vec3;
export declare function multiply(a: Quaternion, b: Quaternion): Quaternion;
export declare const conjugate: (q: Quaternion) => Quaternion;
/** The rotation about `axis` (unit) by `angleRad`. */
export declare function axisAngle(axis: Vec3, angleRad: number): Quaternion;
/**
 * OCCT's `gp_Quaternion.SetEulerAngles(gp_Extrinsic_XYZ, a, b, c)` as CadQuery's FixedRotation
 * uses it: turn about the fixed x axis by a, then the fixed y by b, then the fixed z by c.
 */
export declare function extrinsicXYZ(aRad: number, bRad: number, cRad: number): Quaternion;
/** The unit quaternion of the rotation whose matrix has columns xDir, yDir, zDir (orthonormal, right-handed). */
export declare function quaternionOfFrame(xDir: Vec3, yDir: Vec3, zDir: Vec3): Quaternion;
/** A placement: rotate, then translate. */
export interface Pose {
    readonly translation: Vec3;
    readonly rotation: Quaternion;
}
export declare const applyPose: (pose: Pose, point: Vec3) => Vec3;
/** `outer ∘ inner`: inner applied first (CadQuery's `outer * inner` for Locations). */
export declare function composePoses(outer: Pose, inner: Pose): Pose;
export declare function inversePose(pose: Pose): Pose;
