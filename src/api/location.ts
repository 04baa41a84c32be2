import { Plane } from "./plane.ts";
import { Vector, type VectorLike } from "./vector.ts";

/**
 * A point on the Workplane stack, with an orientation: where a `rect`, `circle`, `hole` or
 * `box` is placed. Made by `pushPoints`, `rarray`, `polarArray`, `moveTo`, `center`.
 */
export class Location {
  /** The local frame: origin at the point, axes of the workplane (rotated for polar arrays). */
  readonly frame: Plane;

  constructor(frame: Plane) {
    this.frame = frame;
    Object.freeze(this);
  }

  static at(plane: Plane, point: VectorLike): Location {
    return new Location(plane.withOrigin(point));
  }

  get position(): Vector {
    return this.frame.origin;
  }

  /** CadQuery's `Center()` of a stack item. */
  Center(): Vector {
    return this.frame.origin;
  }

  toTuple(): [number, number, number] {
    return this.frame.origin.toTuple();
  }

  toString(): string {
    const [x, y, z] = this.toTuple();
    return `Location(${x}, ${y}, ${z})`;
  }
}
