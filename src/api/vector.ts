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

  static from(value: VectorLike): Vector {
    if (value instanceof Vector) return value;
    if (!Array.isArray(value) || (value.length !== 2 && value.length !== 3)) {
      throw new TypeError(`expected a point [x, y] or [x, y, z] or a Vector; got ${describeValue(value)}`);
    }
    const [x, y, z = 0] = value as readonly number[];
    for (const coordinate of [x, y, z]) {
      if (typeof coordinate !== "number" || !Number.isFinite(coordinate)) {
        throw new TypeError(`expected finite numbers in a point; got ${describeValue(value)}`);
      }
    }
    return new Vector(x, y, z);
  }

  get length(): number {
    return Math.hypot(this.x, this.y, this.z);
  }

  /** CadQuery spelling of `length`. */
  get Length(): number {
    return this.length;
  }

  add(other: VectorLike): Vector {
    const o = Vector.from(other);
    return new Vector(this.x + o.x, this.y + o.y, this.z + o.z);
  }

  sub(other: VectorLike): Vector {
    const o = Vector.from(other);
    return new Vector(this.x - o.x, this.y - o.y, this.z - o.z);
  }

  multiply(scale: number): Vector {
    return new Vector(this.x * scale, this.y * scale, this.z * scale);
  }

  dot(other: VectorLike): number {
    const o = Vector.from(other);
    return this.x * o.x + this.y * o.y + this.z * o.z;
  }

  cross(other: VectorLike): Vector {
    const o = Vector.from(other);
    return new Vector(this.y * o.z - this.z * o.y, this.z * o.x - this.x * o.z, this.x * o.y - this.y * o.x);
  }

  normalized(): Vector {
    const length = this.length;
    if (length < LINEAR_TOLERANCE) throw new RangeError("cannot normalise a zero-length vector");
    return this.multiply(1 / length);
  }

  /** Angle to `other` in radians. */
  getAngle(other: VectorLike): number {
    const o = Vector.from(other);
    const cosine = this.dot(o) / (this.length * o.length);
    return Math.acos(Math.min(1, Math.max(-1, cosine)));
  }

  /** Unsigned angle between this and `other` in degrees. */
  angleDeg(other: VectorLike): number {
    return (this.getAngle(other) * 180) / Math.PI;
  }

  equals(other: VectorLike, tolerance = LINEAR_TOLERANCE): boolean {
    return this.sub(other).length <= tolerance;
  }

  isParallel(other: VectorLike, tolerance = 1e-9): boolean {
    return this.normalized().cross(Vector.from(other).normalized()).length <= tolerance;
  }

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
