/**
 * Rigid motions as plain numbers: 3-vectors, unit quaternions [w, x, y, z], and CadQuery's
 * rotation coordinates for the assembly solver (cadquery/occ_impl/solver.py): a rotation is the
 * stereographic projection R = q⃗ / (1 + w) of its unit quaternion, so q = ((1 − |R|²), 2R) / (1 + |R|²).
 */

export type Vec3 = readonly [number, number, number];
export type Quaternion = readonly [number, number, number, number];

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
export const norm = (a: Vec3): number => Math.sqrt(dot(a, a));
export const normalize = (a: Vec3): Vec3 => scale(a, 1 / norm(a));

/** The unit quaternion of CadQuery's rotation coordinates R. */
export function quaternionOfCoordinates(R: Vec3): Quaternion {
  const m = dot(R, R);
  return [(1 - m) / (1 + m), (2 * R[0]) / (1 + m), (2 * R[1]) / (1 + m), (2 * R[2]) / (1 + m)];
}

/** CadQuery's rotation coordinates of a unit quaternion (taken with w ≥ 0, so |R| ≤ 1). */
export function coordinatesOfQuaternion(q: Quaternion): Vec3 {
  const [w, x, y, z] = q[0] < 0 ? [-q[0], -q[1], -q[2], -q[3]] : q;
  return [x / (1 + w), y / (1 + w), z / (1 + w)];
}

/** v rotated by the unit quaternion q. */
export function rotate(q: Quaternion, v: Vec3): Vec3 {
  const [s, ...rest] = q;
  const u = rest as unknown as Vec3;
  return add(add(scale(u, 2 * dot(u, v)), scale(v, s * s - dot(u, u))), scale(cross(u, v), 2 * s));
}

export function multiply(a: Quaternion, b: Quaternion): Quaternion {
  const [aw, ax, ay, az] = a;
  const [bw, bx, by, bz] = b;
  return [
    aw * bw - ax * bx - ay * by - az * bz,
    aw * bx + ax * bw + ay * bz - az * by,
    aw * by - ax * bz + ay * bw + az * bx,
    aw * bz + ax * by - ay * bx + az * bw,
  ];
}

export const conjugate = (q: Quaternion): Quaternion => [q[0], -q[1], -q[2], -q[3]];

/** The rotation about `axis` (unit) by `angleRad`. */
export function axisAngle(axis: Vec3, angleRad: number): Quaternion {
  const s = Math.sin(angleRad / 2);
  return [Math.cos(angleRad / 2), axis[0] * s, axis[1] * s, axis[2] * s];
}

/**
 * OCCT's `gp_Quaternion.SetEulerAngles(gp_Extrinsic_XYZ, a, b, c)` as CadQuery's FixedRotation
 * uses it: turn about the fixed x axis by a, then the fixed y by b, then the fixed z by c.
 */
export function extrinsicXYZ(aRad: number, bRad: number, cRad: number): Quaternion {
  return multiply(axisAngle([0, 0, 1], cRad), multiply(axisAngle([0, 1, 0], bRad), axisAngle([1, 0, 0], aRad)));
}

/** The unit quaternion of the rotation whose matrix has columns xDir, yDir, zDir (orthonormal, right-handed). */
export function quaternionOfFrame(xDir: Vec3, yDir: Vec3, zDir: Vec3): Quaternion {
  const [m00, m10, m20] = xDir;
  const [m01, m11, m21] = yDir;
  const [m02, m12, m22] = zDir;
  const trace = m00 + m11 + m22;
  let q: [number, number, number, number];
  if (trace > 0) {
    const s = Math.sqrt(trace + 1) * 2;
    q = [0.25 * s, (m21 - m12) / s, (m02 - m20) / s, (m10 - m01) / s];
  } else if (m00 > m11 && m00 > m22) {
    const s = Math.sqrt(1 + m00 - m11 - m22) * 2;
    q = [(m21 - m12) / s, 0.25 * s, (m01 + m10) / s, (m02 + m20) / s];
  } else if (m11 > m22) {
    const s = Math.sqrt(1 + m11 - m00 - m22) * 2;
    q = [(m02 - m20) / s, (m01 + m10) / s, 0.25 * s, (m12 + m21) / s];
  } else {
    const s = Math.sqrt(1 + m22 - m00 - m11) * 2;
    q = [(m10 - m01) / s, (m02 + m20) / s, (m12 + m21) / s, 0.25 * s];
  }
  const length = Math.hypot(...q);
  return [q[0] / length, q[1] / length, q[2] / length, q[3] / length];
}

/** A placement: rotate, then translate. */
export interface Pose {
  readonly translation: Vec3;
  readonly rotation: Quaternion;
}

export const applyPose = (pose: Pose, point: Vec3): Vec3 => add(rotate(pose.rotation, point), pose.translation);

/** `outer ∘ inner`: inner applied first (CadQuery's `outer * inner` for Locations). */
export function composePoses(outer: Pose, inner: Pose): Pose {
  return { translation: applyPose(outer, inner.translation), rotation: multiply(outer.rotation, inner.rotation) };
}

export function inversePose(pose: Pose): Pose {
  const rotation = conjugate(pose.rotation);
  return { translation: scale(rotate(rotation, pose.translation), -1), rotation };
}
