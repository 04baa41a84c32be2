/** Small pure-JS vector arithmetic on `Vec3` tuples, and checked conversion of script input. */
import { apiError } from "../options.ts";
import { Vector, describeValue, type VectorLike } from "../vector.ts";
import type { Vec3 } from "./selectable.ts";

export function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

export function cross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

export function norm(a: Vec3): number {
  return Math.hypot(a[0], a[1], a[2]);
}

export function negate(a: Vec3): Vec3 {
  return [-a[0], -a[1], -a[2]];
}

export function distance(a: Vec3, b: Vec3): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/**
 * Angle between two directions in radians, 0…π, computed as OCCT's `gp_Dir::Angle` does
 * (acos in the middle range, asin of the cross product near 0 and π where acos loses precision).
 * NaN when either vector has zero length.
 */
export function angleBetween(a: Vec3, b: Vec3): number {
  const lengths = norm(a) * norm(b);
  if (lengths === 0) return Number.NaN;
  const cosine = dot(a, b) / lengths;
  if (cosine > -Math.SQRT1_2 && cosine < Math.SQRT1_2) return Math.acos(cosine);
  const sine = Math.min(1, norm(cross(a, b)) / lengths);
  return cosine < 0 ? Math.PI - Math.asin(sine) : Math.asin(sine);
}

/** A point or direction as a script may pass it to a selector constructor. */
export type VectorInput = VectorLike | Vec3;

/** Converts `[x, y]`, `[x, y, z]` or a `Vector` to a `Vec3`, or throws naming the constructor and argument. */
export function toVec3(value: unknown, owner: string, argument: string): Vec3 {
  if (value instanceof Vector) return [value.x, value.y, value.z];
  if (Array.isArray(value) && (value.length === 2 || value.length === 3)) {
    const [x, y, z = 0] = value as unknown[];
    if ([x, y, z].every((c) => typeof c === "number" && Number.isFinite(c))) return [x, y, z] as Vec3;
  }
  return apiError(owner, `${argument} must be [x, y, z] (finite numbers) or a Vector; got ${describeValue(value)}`);
}

/** Like `toVec3`, and refuses the zero vector, which has no direction. */
export function toDirection(value: unknown, owner: string, argument: string): Vec3 {
  const vector = toVec3(value, owner, argument);
  if (norm(vector) === 0) apiError(owner, `${argument} must not be the zero vector (it has no direction)`);
  return vector;
}

/** Checks a whole number (negative counts from the end, as in Python). */
export function toIndex(value: unknown, owner: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) apiError(owner, `the index must be a whole number; got ${describeValue(value)}`);
  return value;
}

/** Checks a finite, non-negative tolerance in model units. */
export function toTolerance(value: unknown, owner: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    apiError(owner, `tolerance must be a finite number of at least 0; got ${describeValue(value)}`);
  }
  return value;
}

const AXIS_TEXT: readonly [Vec3, string][] = [
  [[1, 0, 0], "X"],
  [[0, 1, 0], "Y"],
  [[0, 0, 1], "Z"],
  [[1, 1, 0], "XY"],
  [[1, 0, 1], "XZ"],
  [[0, 1, 1], "YZ"],
];

/** A direction in selector-string spelling: "Z", "XY" or "(1,0,1)"; `signed` writes "+Z" / "-Z". */
export function formatDirection(vector: Vec3, options: { signed?: boolean } = {}): string {
  for (const [axis, name] of AXIS_TEXT) {
    if (vector.every((c, i) => c === axis[i])) return options.signed ? `+${name}` : name;
    if (options.signed && vector.every((c, i) => c === -axis[i]!)) return `-${name}`;
  }
  const text = `(${vector.map((c) => String(c)).join(",")})`;
  return options.signed ? `+${text}` : text;
}

/** A point as "(x, y, z)", for messages. */
export function formatPoint(point: Vec3): string {
  return `(${point.join(", ")})`;
}
