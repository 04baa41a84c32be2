import { PartforgeError } from "../shared/errors.ts";
import { describeValue, LINEAR_TOLERANCE, Vector, type VectorLike } from "./vector.ts";

/** CadQuery's named planes: x direction and normal of each. */
const NAMED_PLANES = {
  XY: { xDir: [1, 0, 0], normal: [0, 0, 1] },
  YZ: { xDir: [0, 1, 0], normal: [1, 0, 0] },
  ZX: { xDir: [0, 0, 1], normal: [0, 1, 0] },
  XZ: { xDir: [1, 0, 0], normal: [0, -1, 0] },
  YX: { xDir: [0, 1, 0], normal: [0, 0, -1] },
  ZY: { xDir: [0, 0, 1], normal: [-1, 0, 0] },
  front: { xDir: [1, 0, 0], normal: [0, 0, 1] },
  back: { xDir: [-1, 0, 0], normal: [0, 0, -1] },
  left: { xDir: [0, 0, 1], normal: [-1, 0, 0] },
  right: { xDir: [0, 0, -1], normal: [1, 0, 0] },
  top: { xDir: [1, 0, 0], normal: [0, 1, 0] },
  bottom: { xDir: [1, 0, 0], normal: [0, -1, 0] },
} as const satisfies Record<string, { xDir: readonly number[]; normal: readonly number[] }>;

export type PlaneName = keyof typeof NAMED_PLANES;

export const PLANE_NAMES = Object.keys(NAMED_PLANES) as PlaneName[];

/** OCCT's automatic x direction for a normal (gp_Ax2), which CadQuery uses when none is given. */
function defaultXDirection(normal: Vector): Vector {
  const { x: a, y: b, z: c } = normal;
  const [absA, absB, absC] = [Math.abs(a), Math.abs(b), Math.abs(c)];
  if (absB <= absA && absB <= absC) return absA > absC ? new Vector(-c, 0, a) : new Vector(c, 0, -a);
  if (absA <= absB && absA <= absC) return absB > absC ? new Vector(0, -c, b) : new Vector(0, c, -b);
  return absA > absB ? new Vector(-b, a, 0) : new Vector(b, -a, 0);
}

/**
 * A 2D coordinate system in space: an origin and orthonormal x, y, z (normal) directions.
 * Immutable: every change returns a new plane.
 * @example Plane.named("XZ").toWorldCoords([1, 2]) // Vector(1, 0, 2)
 */
export class Plane {
  readonly origin: Vector;
  readonly xDir: Vector;
  readonly yDir: Vector;
  readonly zDir: Vector;

  constructor(origin: VectorLike, xDir: VectorLike | undefined, normal: VectorLike) {
    const zDir = Vector.from(normal);
    if (zDir.length < LINEAR_TOLERANCE) throw new PartforgeError("GEOMETRY", "a plane's normal cannot be zero");
    this.zDir = zDir.normalized();
    const wantedX = xDir === undefined ? defaultXDirection(this.zDir) : Vector.from(xDir);
    // Keep only the part of x that lies in the plane, so the frame is orthonormal.
    const inPlaneX = wantedX.sub(this.zDir.multiply(wantedX.dot(this.zDir)));
    if (inPlaneX.length < LINEAR_TOLERANCE) {
      throw new PartforgeError("GEOMETRY", "a plane's x direction cannot be parallel to its normal");
    }
    this.xDir = inPlaneX.normalized();
    this.yDir = this.zDir.cross(this.xDir).normalized();
    this.origin = Vector.from(origin);
    Object.freeze(this);
  }

  /**
   * A named plane (XY, YZ, ZX, XZ, YX, ZY, front, back, left, right, top, bottom).
   * @example Plane.named("XZ").zDir // Vector(0, -1, 0)
   */
  static named(name: string, origin: VectorLike = [0, 0, 0]): Plane {
    if (!Object.hasOwn(NAMED_PLANES, name)) {
      throw new PartforgeError(
        "SCRIPT_EXCEPTION",
        `unknown plane ${describeValue(name)}: use one of ${PLANE_NAMES.join(", ")}, or a Plane`,
      );
    }
    const { xDir, normal } = NAMED_PLANES[name as PlaneName];
    return new Plane(origin, xDir as unknown as VectorLike, normal as unknown as VectorLike);
  }

  /** @example Workplane(Plane.XY([0, 0, 5])).box(1, 1, 1) */
  static XY(origin: VectorLike = [0, 0, 0]): Plane {
    return Plane.named("XY", origin);
  }
  /** @example Workplane(Plane.YZ()).rect(2, 1).extrude(1) */
  static YZ(origin: VectorLike = [0, 0, 0]): Plane {
    return Plane.named("YZ", origin);
  }
  /** @example Workplane(Plane.ZX()).rect(2, 1).extrude(1) */
  static ZX(origin: VectorLike = [0, 0, 0]): Plane {
    return Plane.named("ZX", origin);
  }
  /** @example Workplane(Plane.XZ()).rect(2, 1).extrude(1) */
  static XZ(origin: VectorLike = [0, 0, 0]): Plane {
    return Plane.named("XZ", origin);
  }
  /** @example Workplane(Plane.YX()).rect(2, 1).extrude(1) */
  static YX(origin: VectorLike = [0, 0, 0]): Plane {
    return Plane.named("YX", origin);
  }
  /** @example Workplane(Plane.ZY()).rect(2, 1).extrude(1) */
  static ZY(origin: VectorLike = [0, 0, 0]): Plane {
    return Plane.named("ZY", origin);
  }

  /**
   * Local (x, y[, z]) → world coordinates.
   * @example Plane.named("XZ").toWorldCoords([1, 2]) // Vector(1, 0, 2)
   */
  toWorldCoords(local: VectorLike): Vector {
    const p = Vector.from(local);
    return this.origin.add(this.xDir.multiply(p.x)).add(this.yDir.multiply(p.y)).add(this.zDir.multiply(p.z));
  }

  /**
   * World → local (x, y, z) coordinates.
   * @example Plane.named("XZ").toLocalCoords([1, 0, 2]) // Vector(1, 2, 0)
   */
  toLocalCoords(world: VectorLike): Vector {
    const d = Vector.from(world).sub(this.origin);
    return new Vector(d.dot(this.xDir), d.dot(this.yDir), d.dot(this.zDir));
  }

  /**
   * A world direction expressed in world coordinates from local axes.
   * @example Plane.named("YZ").directionToWorld([1, 0, 0]) // Vector(0, 1, 0)
   */
  directionToWorld(local: VectorLike): Vector {
    const p = Vector.from(local);
    return this.xDir.multiply(p.x).add(this.yDir.multiply(p.y)).add(this.zDir.multiply(p.z));
  }

  /** @example Plane.named("XY").withOrigin([0, 0, 5]) */
  withOrigin(origin: VectorLike): Plane {
    return new Plane(origin, this.xDir, this.zDir);
  }

  /**
   * The same plane with its origin moved to local (x, y).
   * @example Plane.named("XY").setOrigin2d(2, 3).origin // Vector(2, 3, 0)
   */
  setOrigin2d(x: number, y: number): Plane {
    return this.withOrigin(this.toWorldCoords([x, y]));
  }

  /**
   * `point` projected onto this plane.
   * @example Plane.named("XY").project([1, 2, 3]) // Vector(1, 2, 0)
   */
  project(point: VectorLike): Vector {
    const p = Vector.from(point);
    return p.sub(this.zDir.multiply(p.sub(this.origin).dot(this.zDir)));
  }

  /**
   * Rotated about its own z axis by `angleDeg`.
   * @example Plane.named("XY").rotatedAboutNormal(90).xDir // Vector(0, 1, 0)
   */
  rotatedAboutNormal(angleDeg: number): Plane {
    const angle = (angleDeg * Math.PI) / 180;
    const xDir = this.xDir.multiply(Math.cos(angle)).add(this.yDir.multiply(Math.sin(angle)));
    return new Plane(this.origin, xDir, this.zDir);
  }

  /**
   * Rotated about its own (original) x, y and z axes by the given angles in degrees, composed as
   * CadQuery's `Plane.rotated` does (Rx · Ry · Rz, so the z rotation applies first).
   * @example Workplane(Plane.named("XY").rotated([45, 0, 0])).rect(2, 2).extrude(1)
   */
  rotated(anglesDeg: VectorLike): Plane {
    const angles = Vector.from(anglesDeg);
    let xDir = this.xDir;
    let zDir = this.zDir;
    const axes = [this.xDir, this.yDir, this.zDir];
    for (const i of [2, 1, 0]) {
      const angleDeg = [angles.x, angles.y, angles.z][i]!;
      if (angleDeg === 0) continue;
      xDir = rotateAbout(xDir, axes[i]!, angleDeg);
      zDir = rotateAbout(zDir, axes[i]!, angleDeg);
    }
    return new Plane(this.origin, xDir, zDir);
  }

  /**
   * Same orientation and origin, within tolerance.
   * @example Plane.named("XY").equals(Plane.XY()) // true
   */
  equals(other: Plane): boolean {
    return this.origin.equals(other.origin) && this.xDir.equals(other.xDir) && this.zDir.equals(other.zDir);
  }
}

/** `v` rotated by `angleDeg` about the unit `axis` through the origin (Rodrigues). */
export function rotateAbout(v: Vector, axis: Vector, angleDeg: number): Vector {
  const k = axis.normalized();
  const angle = (angleDeg * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return v
    .multiply(cos)
    .add(k.cross(v).multiply(sin))
    .add(k.multiply(k.dot(v) * (1 - cos)));
}
