/** Points on the stack: pushPoints, rarray, polarArray, center, transformed. */
import { noteStackOverflow } from "../../shared/stackOverflow.ts";
import { Location } from "../location.ts";
import { apiError, booleanValue, centeredFlags, finiteNumber, positiveInteger, readOptions } from "../options.ts";
import { describeValue, Vector, type VectorLike } from "../vector.ts";
import type { WorkplaneImpl } from "../workplane.ts";

export function pushPoints(wp: WorkplaneImpl, pointList: readonly (VectorLike | Location)[]): WorkplaneImpl {
  if (!Array.isArray(pointList)) apiError("pushPoints", `expected an array of points; got ${describeValue(pointList)}`);
  const plane = wp.state.plane;
  const locations = pointList.map((point) => {
    if (point instanceof Location) return point;
    try {
      return Location.at(plane, plane.toWorldCoords(Vector.from(point as VectorLike)));
    } catch (error) {
      noteStackOverflow(error);
      return apiError("pushPoints", `expected points [x, y] or [x, y, z]; got ${describeValue(point)}`);
    }
  });
  return wp.newObject(locations);
}

export function rarray(wp: WorkplaneImpl, xSpacing: number, ySpacing: number, xCount: number, yCount: number, options?: { center?: boolean | boolean[] }): WorkplaneImpl {
  const method = "rarray";
  finiteNumber(method, "xSpacing", xSpacing);
  finiteNumber(method, "ySpacing", ySpacing);
  positiveInteger(method, "xCount", xCount);
  positiveInteger(method, "yCount", yCount);
  const { center } = readOptions(method, options, { center: true as boolean | boolean[] });
  const [cx, cy] = centeredFlags(method, center, 2);
  const x0 = cx ? -((xCount - 1) * xSpacing) / 2 : 0;
  const y0 = cy ? -((yCount - 1) * ySpacing) / 2 : 0;
  const points: [number, number][] = [];
  for (let i = 0; i < xCount; i++) for (let j = 0; j < yCount; j++) points.push([x0 + i * xSpacing, y0 + j * ySpacing]);
  return pushPoints(wp, points);
}

export function polarArray(wp: WorkplaneImpl, radius: number, startAngle: number, angle: number, count: number, options?: { fill?: boolean; rotate?: boolean }): WorkplaneImpl {
  const method = "polarArray";
  finiteNumber(method, "radius", radius);
  finiteNumber(method, "startAngle", startAngle);
  finiteNumber(method, "angle", angle);
  positiveInteger(method, "count", count);
  const opts = readOptions(method, options, { fill: true, rotate: true });
  const fill = booleanValue(method, "fill", opts.fill);
  const rotate = booleanValue(method, "rotate", opts.rotate);
  // CadQuery: with fill, a full circle spreads count points evenly; an arc includes both ends.
  const step = !fill ? angle : angle % 360 === 0 ? angle / count : count > 1 ? angle / (count - 1) : angle;
  const plane = wp.state.plane;
  const locations = Array.from({ length: count }, (_, i) => {
    const phiDeg = startAngle + step * i;
    const phi = (phiDeg * Math.PI) / 180;
    const at = plane.withOrigin(plane.toWorldCoords([radius * Math.cos(phi), radius * Math.sin(phi)]));
    return new Location(rotate ? at.rotatedAboutNormal(phiDeg) : at);
  });
  return wp.newObject(locations);
}

export function center(wp: WorkplaneImpl, x: number, y: number): WorkplaneImpl {
  const plane = wp.state.plane.setOrigin2d(finiteNumber("center", "x", x), finiteNumber("center", "y", y));
  return wp.derive({ plane, objects: [new Location(plane)] });
}

export function transformed(wp: WorkplaneImpl, options?: { rotate?: VectorLike; offset?: VectorLike }): WorkplaneImpl {
  const opts = readOptions("transformed", options, { rotate: [0, 0, 0] as VectorLike, offset: [0, 0, 0] as VectorLike });
  const current = wp.state.plane;
  const plane = current.rotated(opts.rotate).withOrigin(current.toWorldCoords(opts.offset));
  return wp.derive({ plane, objects: [new Location(plane)] });
}
