/** box, cylinder and sphere at each stack point, combined with the solid in context. */
import { makeBoxInFrame, makeCylinderInFrame, makeSphereInFrame, solidFromPolygons } from "../../kernel/index.ts";
import { apiError, booleanValue, centeredFlags, finiteNumber, positiveNumber, readOptions } from "../options.ts";
import { wrapShape } from "../shape.ts";
import { Plane } from "../plane.ts";
import { Vector, type VectorLike } from "../vector.ts";
import type { WorkplaneImpl } from "../workplane.ts";
import { combineWithBase, stackLocations } from "./context.ts";

export interface PrimitiveOptions {
  /** Centre on the point (default true), or one flag per axis. */
  centered?: boolean | boolean[];
  /** Fuse with the solid in context (default true). */
  combine?: boolean;
  /** Merge coplanar faces after combining (default true). */
  clean?: boolean;
}

export interface CylinderOptions extends PrimitiveOptions {
  /** Axis direction in local coordinates (default [0, 0, 1]). */
  direct?: VectorLike;
  /** Sector angle in degrees (default 360). */
  angle?: number;
}

export interface SphereOptions extends PrimitiveOptions {
  direct?: VectorLike;
  angle1?: number;
  angle2?: number;
  angle3?: number;
}

function frameOf(plane: Plane) {
  return { origin: plane.origin.toTuple(), xDir: plane.xDir.toTuple(), zDir: plane.zDir.toTuple() };
}

/**
 * CadQuery's placement of a primitive along `direct`: it is built in a frame whose z is `direct`
 * and whose x is OCCT's default for that normal, shifted by `offset` in that frame, then moved
 * to the stack point's location.
 */
function orientedFrame(location: Plane, offset: VectorLike, direct: VectorLike) {
  const local = new Plane([0, 0, 0], undefined, direct);
  return {
    origin: location.toWorldCoords(local.toWorldCoords(offset)).toTuple(),
    xDir: location.directionToWorld(local.xDir).toTuple(),
    zDir: location.directionToWorld(local.zDir).toTuple(),
  };
}

export function box(wp: WorkplaneImpl, length: number, width: number, height: number, options?: PrimitiveOptions): WorkplaneImpl {
  const method = "box";
  const dims = [positiveNumber(method, "length", length), positiveNumber(method, "width", width), positiveNumber(method, "height", height)];
  const opts = readOptions(method, options, { centered: true as boolean | boolean[], combine: true, clean: true });
  const centered = centeredFlags(method, opts.centered, 3);
  const offset = dims.map((d, i) => (centered[i] ? -d / 2 : 0)) as [number, number, number];
  const made = stackLocations(wp).map((location) =>
    wrapShape(makeBoxInFrame(frameOf(location.frame.withOrigin(location.frame.toWorldCoords(offset))), dims[0]!, dims[1]!, dims[2]!)),
  );
  return combineWithBase(wp, made, booleanValue(method, "combine", opts.combine) ? "fuse" : "none", booleanValue(method, "clean", opts.clean), { madeClean: true });
}

export function cylinder(wp: WorkplaneImpl, height: number, radius: number, options?: CylinderOptions): WorkplaneImpl {
  const method = "cylinder";
  positiveNumber(method, "height", height);
  positiveNumber(method, "radius", radius);
  const opts = readOptions(method, options, {
    direct: [0, 0, 1] as VectorLike,
    angle: 360,
    centered: true as boolean | boolean[],
    combine: true,
    clean: true,
  });
  const angle = positiveNumber(method, "angle", opts.angle);
  const centered = centeredFlags(method, opts.centered, 3);
  const direct = Vector.from(opts.direct).normalized();
  // Uncentred x/y put the cylinder's side on the point, as CadQuery does.
  const offset: [number, number, number] = [centered[0] ? 0 : radius, centered[1] ? 0 : radius, centered[2] ? -height / 2 : 0];
  const made = stackLocations(wp).map((location) =>
    wrapShape(makeCylinderInFrame(orientedFrame(location.frame, offset, direct), radius, height, angle)),
  );
  // A whole turn has no side faces: clean() would leave it as it is (a part turn's two side faces can lie in one plane).
  return combineWithBase(wp, made, booleanValue(method, "combine", opts.combine) ? "fuse" : "none", booleanValue(method, "clean", opts.clean), { madeClean: angle === 360 });
}

export function sphere(wp: WorkplaneImpl, radius: number, options?: SphereOptions): WorkplaneImpl {
  const method = "sphere";
  positiveNumber(method, "radius", radius);
  const opts = readOptions(method, options, {
    direct: [0, 0, 1] as VectorLike,
    angle1: -90,
    angle2: 90,
    angle3: 360,
    centered: true as boolean | boolean[],
    combine: true,
    clean: true,
  });
  const angles = [finiteNumber(method, "angle1", opts.angle1), finiteNumber(method, "angle2", opts.angle2), finiteNumber(method, "angle3", opts.angle3)];
  const centered = centeredFlags(method, opts.centered, 3);
  const offset = centered.map((c) => (c ? 0 : radius)) as [number, number, number];
  const direct = Vector.from(opts.direct).normalized();
  const made = stackLocations(wp).map((location) =>
    wrapShape(makeSphereInFrame(orientedFrame(location.frame, offset, direct), radius, angles[0]!, angles[1]!, angles[2]!)),
  );
  return combineWithBase(wp, made, booleanValue(method, "combine", opts.combine) ? "fuse" : "none", booleanValue(method, "clean", opts.clean), { madeClean: angles[2] === 360 });
}

export interface WedgeOptions extends PrimitiveOptions {
  /** Where the wedge's base corner sits before centring, in the local frame (default [0, 0, 0]). */
  pnt?: VectorLike;
  /** The wedge's own z direction (default [0, 0, 1]). */
  dir?: VectorLike;
}

/**
 * OCCT's (and CadQuery's) wedge: a box `dx` × `dy` × `dz` whose face at y = dy shrinks to the
 * rectangle [xmin, xmax] × [zmin, zmax] (a line or a point when min equals max).
 */
export function wedge(wp: WorkplaneImpl, dx: number, dy: number, dz: number, xmin: number, zmin: number, xmax: number, zmax: number, options?: WedgeOptions): WorkplaneImpl {
  const method = "wedge";
  const dims = [positiveNumber(method, "dx", dx), positiveNumber(method, "dy", dy), positiveNumber(method, "dz", dz)];
  for (const [name, value] of [["xmin", xmin], ["zmin", zmin], ["xmax", xmax], ["zmax", zmax]] as const) finiteNumber(method, name, value);
  if (xmax < xmin || zmax < zmin) apiError(method, "xmax and zmax must not be less than xmin and zmin");
  const opts = readOptions(method, options, {
    pnt: [0, 0, 0] as VectorLike,
    dir: [0, 0, 1] as VectorLike,
    centered: true as boolean | boolean[],
    combine: true,
    clean: true,
  });
  const centered = centeredFlags(method, opts.centered, 3);
  const offset = Vector.from(opts.pnt).add(dims.map((d, i) => (centered[i] ? -d / 2 : 0)) as [number, number, number]);
  const own = new Plane([0, 0, 0], undefined, Vector.from(opts.dir));
  const corners = (y: number, x0: number, x1: number, z0: number, z1: number): [number, number, number][] => [
    [x0, y, z0],
    [x1, y, z0],
    [x1, y, z1],
    [x0, y, z1],
  ];
  const bottom = corners(0, 0, dims[0]!, 0, dims[2]!);
  const top = corners(dims[1]!, xmin, xmax, zmin, zmax);
  const polygons = [
    bottom,
    [...top].reverse(),
    ...[0, 1, 2, 3].map((i) => [bottom[i]!, bottom[(i + 1) % 4]!, top[(i + 1) % 4]!, top[i]!]),
  ];
  const made = stackLocations(wp).map((location) => {
    const toWorld = (p: [number, number, number]) => location.frame.toWorldCoords(own.toWorldCoords(Vector.from(p).add(offset))).toTuple();
    return wrapShape(solidFromPolygons(polygons.map((polygon) => polygon.map(toWorld))));
  });
  return combineWithBase(wp, made, booleanValue(method, "combine", opts.combine) ? "fuse" : "none", booleanValue(method, "clean", opts.clean));
}
