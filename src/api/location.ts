import { Plane, rotateAbout } from "./plane.ts";
import { Vector, describeValue, type VectorLike } from "./vector.ts";
import { PartforgeError } from "../shared/errors.ts";
import { noteStackOverflow } from "../shared/stackOverflow.ts";

const XY = Plane.named("XY");

/** CadQuery's `Location(...)` arguments: a plane, a translation, or a translation, axis and angle. */
function frameFrom(a: Plane | VectorLike | number | undefined, b: VectorLike | number | undefined, c: number | undefined): Plane {
  if (a instanceof Plane) return a;
  if (a === undefined) return XY;
  if (typeof a === "number") {
    const [x, y, z] = [a, b ?? 0, c ?? 0];
    if (typeof y !== "number" || typeof z !== "number") throw new PartforgeError("SCRIPT_EXCEPTION", "Location(x, y, z): expected three numbers");
    return XY.withOrigin([x, y, z]);
  }
  let origin: Vector;
  try {
    origin = Vector.from(a);
  } catch (error) {
    noteStackOverflow(error);
    throw new PartforgeError("SCRIPT_EXCEPTION", `Location: expected a Plane, [x, y, z], or x, y, z; got ${describeValue(a)}`);
  }
  if (b === undefined) return XY.withOrigin(origin);
  if (typeof b === "number" || typeof c !== "number") {
    throw new PartforgeError("SCRIPT_EXCEPTION", "Location(position, axis, angleDegrees): expected a point, an axis [x, y, z] and an angle");
  }
  const axis = Vector.from(b);
  return new Plane(origin, rotateAbout(XY.xDir, axis, c), rotateAbout(XY.zDir, axis, c));
}

/**
 * A point with an orientation: where a `rect`, `circle`, `hole` or `box` is placed on the
 * Workplane stack, or where an Assembly puts a part. Made by `pushPoints`, `rarray`,
 * `polarArray`, `moveTo`, `center`, or directly as CadQuery's `Location`:
 * `Location(x, y, z)`, `Location([x, y, z])`, `Location([x, y, z], axis, angleDeg)`, `Location(plane)`.
 * @example Assembly().add(part, { loc: Location([0, 0, 10], [0, 0, 1], 45) })
 */
export class Location {
  /** The local frame: origin at the point, axes of the workplane (rotated for polar arrays). */
  readonly frame: Plane;

  constructor(a?: Plane | VectorLike | number, b?: VectorLike | number, c?: number) {
    this.frame = frameFrom(a, b, c);
    Object.freeze(this);
  }

  /** @example Location.at(Plane.named("XZ"), [1, 0, 2]) */
  static at(plane: Plane, point: VectorLike): Location {
    return new Location(plane.withOrigin(point));
  }

  /** @example Location(1, 2, 3).position // Vector(1, 2, 3) */
  get position(): Vector {
    return this.frame.origin;
  }

  /**
   * CadQuery's `Center()` of a stack item.
   * @example Location(1, 2, 3).Center() // Vector(1, 2, 3)
   */
  Center(): Vector {
    return this.frame.origin;
  }

  /**
   * This location applied after `inner` (CadQuery's `self * inner`): `inner`'s frame expressed in this one.
   * @example Location(0, 0, 5).multiply(Location(1, 0, 0)).toTuple() // [1, 0, 5]
   */
  multiply(inner: Location): Location {
    const { frame } = this;
    const child = inner.frame;
    return new Location(new Plane(frame.toWorldCoords(child.origin), frame.directionToWorld(child.xDir), frame.directionToWorld(child.zDir)));
  }

  /** @example Location([1, 2, 3]).toTuple() // [1, 2, 3] */
  toTuple(): [number, number, number] {
    return this.frame.origin.toTuple();
  }

  toString(): string {
    const [x, y, z] = this.toTuple();
    return `Location(${x}, ${y}, ${z})`;
  }
}
