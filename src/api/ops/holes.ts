/** hole, cboreHole, cskHole: tools at every stack point, cut from the solid in one boolean. */
import { makeCylinderInFrame, revolveProfile } from "../../kernel/index.ts";
import { apiError, booleanValue, positiveNumber, readOptions } from "../options.ts";
import { Plane } from "../plane.ts";
import { unwrapShape, wrapShape, type Shape } from "../shape.ts";
import type { Location } from "../location.ts";
import type { WorkplaneImpl } from "../workplane.ts";
import { combineWithBase, requireSolid, stackLocations } from "./context.ts";
import { polygonWire } from "./drawing.ts";
import { wiresToFaces } from "./faces.ts";

/** A frame at the point whose z points into the material (against the workplane normal). */
function boreFrame(location: Location) {
  const { origin, xDir, zDir } = location.frame;
  return { origin: origin.toTuple(), xDir: xDir.toTuple(), zDir: zDir.multiply(-1).toTuple() };
}

/** Depth that reaches through the whole solid from any stack point. */
function throughDepth(wp: WorkplaneImpl, method: string): number {
  const box = requireSolid(wp, method).BoundingBox();
  const farthest = Math.max(...stackLocations(wp).map((l) => l.position.sub(box.center).length));
  return box.DiagonalLength + farthest;
}

function boreDepth(wp: WorkplaneImpl, method: string, depth: number | undefined): number {
  return depth === undefined ? throughDepth(wp, method) : positiveNumber(method, "depth", depth);
}

function cutTools(wp: WorkplaneImpl, method: string, tools: Shape[], options: unknown): WorkplaneImpl {
  const { clean } = readOptions(method, options, { clean: true });
  return combineWithBase(wp, tools, "cut", booleanValue(method, "clean", clean));
}

export function hole(wp: WorkplaneImpl, diameter: number, depth: number | undefined, options?: { clean?: boolean }): WorkplaneImpl {
  const method = "hole";
  positiveNumber(method, "diameter", diameter);
  const length = boreDepth(wp, method, depth);
  const tools = stackLocations(wp).map((location) => wrapShape(makeCylinderInFrame(boreFrame(location), diameter / 2, length)));
  return cutTools(wp, method, tools, options);
}

export function cboreHole(
  wp: WorkplaneImpl,
  diameter: number,
  cboreDiameter: number,
  cboreDepth: number,
  depth: number | undefined,
  options?: { clean?: boolean },
): WorkplaneImpl {
  const method = "cboreHole";
  positiveNumber(method, "diameter", diameter);
  positiveNumber(method, "cboreDiameter", cboreDiameter);
  positiveNumber(method, "cboreDepth", cboreDepth);
  if (cboreDiameter <= diameter) apiError(method, `cboreDiameter (${cboreDiameter}) must be larger than diameter (${diameter})`);
  const length = boreDepth(wp, method, depth);
  const tools = stackLocations(wp).flatMap((location) => [
    wrapShape(makeCylinderInFrame(boreFrame(location), diameter / 2, length)),
    wrapShape(makeCylinderInFrame(boreFrame(location), cboreDiameter / 2, cboreDepth)),
  ]);
  return cutTools(wp, method, tools, options);
}

/** A cone of base radius `radius` at the point, its apex `height` into the material. */
function cone(location: Location, radius: number, height: number): Shape {
  const frame = location.frame;
  const profilePlane = new Plane(frame.origin, frame.xDir, frame.yDir.multiply(-1));
  const triangle = polygonWire([
    frame.toWorldCoords([0, 0, 0]),
    frame.toWorldCoords([radius, 0, 0]),
    frame.toWorldCoords([0, 0, -height]),
  ]);
  const [face] = wiresToFaces([triangle], profilePlane);
  return wrapShape(revolveProfile(unwrapShape(face!), frame.origin.toTuple(), frame.zDir.toTuple(), 360));
}

export function cskHole(
  wp: WorkplaneImpl,
  diameter: number,
  cskDiameter: number,
  cskAngle: number,
  depth: number | undefined,
  options?: { clean?: boolean },
): WorkplaneImpl {
  const method = "cskHole";
  positiveNumber(method, "diameter", diameter);
  positiveNumber(method, "cskDiameter", cskDiameter);
  positiveNumber(method, "cskAngle", cskAngle);
  if (cskAngle >= 180) apiError(method, `cskAngle must be less than 180 degrees; got ${cskAngle}`);
  if (cskDiameter <= diameter) apiError(method, `cskDiameter (${cskDiameter}) must be larger than diameter (${diameter})`);
  const length = boreDepth(wp, method, depth);
  const coneHeight = cskDiameter / 2 / Math.tan(((cskAngle / 2) * Math.PI) / 180);
  const tools = stackLocations(wp).flatMap((location) => [
    wrapShape(makeCylinderInFrame(boreFrame(location), diameter / 2, length)),
    cone(location, cskDiameter / 2, coneHeight),
  ]);
  return cutTools(wp, method, tools, options);
}
