import { PartforgeError } from "../shared/errors.ts";

/** A point or direction as a ModelScript may write it: `[x, y]`, `[x, y, z]` or a `Vector`. */
export type VectorLike = Vector | readonly [number, number] | readonly [number, number, number];

/** Tolerance for geometric comparisons, in model units (CadQuery uses 1e-6 for vectors). */
export const LINEAR_TOLERANCE = 1e-6;

/**
 * An immutable 3D vector in pure JavaScript (no kernel memory), with CadQuery's method names.
 * @example new Vector(1, 2, 3).add([1, 0, 0]).toTuple() // [2, 2, 3]
 */
export class Vector {
  readonly x: number;
  readonly y: number;
  readonly z: number;

  constructor(x = 0, y = 0, z = 0) {
    this.x = x;
    this.y = y;
    this.z = z;
    Object.freeze(this);
  }

  /** @example Vector.from([1, 2]) // Vector(1, 2, 0) */
  static from(value: VectorLike): Vector {
    if (value instanceof Vector) return value;
    if (!Array.isArray(value) || (value.length !== 2 && value.length !== 3)) {
      throw new PartforgeError("SCRIPT_EXCEPTION", `expected a point [x, y] or [x, y, z] or a Vector; got ${describeValue(value)}`);
    }
    const [x, y, z = 0] = value as readonly number[];
    for (const coordinate of [x, y, z]) {
      if (typeof coordinate !== "number" || !Number.isFinite(coordinate)) {
        throw new PartforgeError("SCRIPT_EXCEPTION", `expected finite numbers in a point; got ${describeValue(value)}`);
      }
    }
    return new Vector(x, y, z);
  }

  /** @example Vector(3, 4, 0).length // 5 */
  get length(): number {
    return Math.hypot(this.x, this.y, this.z);
  }

  /**
   * CadQuery spelling of `length`.
   * @example Vector(3, 4, 0).Length // 5
   */
  get Length(): number {
    return this.length;
  }

  /** @example Vector(1, 0, 0).add([0, 1, 0]) // Vector(1, 1, 0) */
  add(other: VectorLike): Vector {
    const o = Vector.from(other);
    return new Vector(this.x + o.x, this.y + o.y, this.z + o.z);
  }

  /** @example Vector(1, 1, 0).sub([1, 0, 0]) // Vector(0, 1, 0) */
  sub(other: VectorLike): Vector {
    const o = Vector.from(other);
    return new Vector(this.x - o.x, this.y - o.y, this.z - o.z);
  }

  /** @example Vector(1, 2, 3).multiply(2) // Vector(2, 4, 6) */
  multiply(scale: number): Vector {
    return new Vector(this.x * scale, this.y * scale, this.z * scale);
  }

  /** @example Vector(1, 2, 3).dot([1, 0, 0]) // 1 */
  dot(other: VectorLike): number {
    const o = Vector.from(other);
    return this.x * o.x + this.y * o.y + this.z * o.z;
  }

  /** @example Vector(1, 0, 0).cross([0, 1, 0]) // Vector(0, 0, 1) */
  cross(other: VectorLike): Vector {
    const o = Vector.from(other);
    return new Vector(this.y * o.z - this.z * o.y, this.z * o.x - this.x * o.z, this.x * o.y - this.y * o.x);
  }

  /** @example Vector(0, 3, 4).normalized() // Vector(0, 0.6, 0.8) */
  normalized(): Vector {
    const length = this.length;
    if (length < LINEAR_TOLERANCE) throw new RangeError("cannot normalise a zero-length vector");
    return this.multiply(1 / length);
  }

  /**
   * Angle to `other` in radians.
   * @example Vector(1, 0, 0).getAngle([0, 1, 0]) // π/2
   */
  getAngle(other: VectorLike): number {
    const o = Vector.from(other);
    const cosine = this.dot(o) / (this.length * o.length);
    return Math.acos(Math.min(1, Math.max(-1, cosine)));
  }

  /**
   * Unsigned angle between this and `other` in degrees.
   * @example Vector(1, 0, 0).angleDeg([0, 1, 0]) // 90
   */
  angleDeg(other: VectorLike): number {
    return (this.getAngle(other) * 180) / Math.PI;
  }

  /** @example Vector(1, 0, 0).equals([1, 1e-9, 0]) // true */
  equals(other: VectorLike, tolerance = LINEAR_TOLERANCE): boolean {
    return this.sub(other).length <= tolerance;
  }

  /** @example Vector(1, 0, 0).isParallel([-2, 0, 0]) // true */
  isParallel(other: VectorLike, tolerance = 1e-9): boolean {
    return this.normalized().cross(Vector.from(other).normalized()).length <= tolerance;
  }

  /** @example Vector(1, 2, 3).toTuple() // [1, 2, 3] */
  toTuple(): [number, number, number] {
    return [this.x, this.y, this.z];
  }

  toString(): string {
    return `Vector(${this.x}, ${this.y}, ${this.z})`;
  }
}

/** A short, safe description of any value for error messages. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}
