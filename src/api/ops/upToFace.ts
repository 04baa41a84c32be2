/**
 * Extruding and cutting up to a face: CadQuery 2.5's `_extrude(upToFace=…)` (`"next"`, `"last"`
 * or a Face) and `cutThruAll`, each a BRepFeat_MakeDPrism feature on the solid in context
 * (CadQuery's `Shape.dprism`).
 */
import { centerOfMass, facesCrossedByLine, isPointInside, outerWire, prismFeature, type PrismLimit, type Triple } from "../../kernel/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { apiError } from "../options.ts";
import { unwrapShape, wrapShape, type Shape } from "../shape.ts";
import type { Vector } from "../vector.ts";

/** "next" (index 0), "last" (index -1) or the face to stop at. */
export type UntilFace = "next" | "last" | Shape;

type Direction = "AlongAxis" | "Opposite";

/**
 * CadQuery's `getFacesList`: the faces of `solid` the line from the profile's centre along `axis`
 * crosses in `direction`; when there are none (and not `both`), those along the other way, as the
 * workplane may face the wrong way.
 */
function facesList(method: string, solid: Shape, profile: Shape, axis: Vector, direction: Direction, both: boolean): Shape[] {
  const from = profile.center();
  const along = (sign: 1 | -1) =>
    facesCrossedByLine(unwrapShape(solid), from, axis.multiply(sign).toTuple(), direction).map((crossing) => wrapShape(crossing.face));
  const found = along(1);
  if (found.length > 0) return found;
  if (both) apiError(method, "found no face to extrude or cut to in at least one of the two directions (both=True)");
  const reversed = along(-1);
  if (reversed.length === 0) apiError(method, "found no face to extrude or cut to: the line through the outline's centre along the workplane normal meets no face of the solid; check the workplane's orientation");
  return reversed;
}

function pick(method: string, faces: readonly Shape[], index: number, until: string): Shape {
  const face = faces[index < 0 ? faces.length + index : index];
  if (face === undefined) {
    apiError(method, `until="${until}": the line through the outline's centre crosses ${faces.length} face(s) of the solid, none beyond the one the outline starts in`);
  }
  return face;
}

/**
 * The solid after one BRepFeat_MakeDPrism per profile face, each up to the face `until` names
 * (in `both`, a second feature up to the face found the other way). As CadQuery: "next" from an
 * outline whose outer wire's centre lies in the solid goes to the second face along (and stays
 * so for the following outlines); the faces are always looked up on the solid in context before
 * any feature was added.
 */
export function prismsUpToFace(
  method: string,
  solid: Shape,
  profiles: readonly Shape[],
  normal: Vector,
  until: UntilFace,
  options: { both: boolean; taperDeg: number; additive: boolean },
): Shape {
  const direction: Direction = options.additive ? "AlongAxis" : "Opposite";
  let index: number | undefined = until === "next" ? 0 : until === "last" ? -1 : undefined;
  if (index === undefined && options.both) {
    throw new PartforgeError("SCRIPT_EXCEPTION", `${method}: both=True needs until="next" or "last": with a face there is no face for the other direction (CadQuery fails here too)`);
  }
  const feature = (result: Shape, profile: Shape, limit: PrismLimit) =>
    wrapShape(prismFeature(unwrapShape(result), unwrapShape(profile), { limit, additive: options.additive, taperDeg: options.taperDeg }));
  let result = solid;
  for (const profile of profiles) {
    let limit: Shape;
    if (index === undefined) {
      limit = until as Shape;
    } else {
      const faces = facesList(method, solid, profile, normal, direction, options.both);
      const wireCenter = centerOfMass(outerWire(unwrapShape(profile)), 1) as Triple;
      if (index === 0 && options.additive && isPointInside(unwrapShape(result), wireCenter)) index = 1;
      limit = pick(method, faces, index, until as string);
    }
    result = feature(result, profile, { upTo: unwrapShape(limit) });
    if (options.both) {
      const faces = facesList(method, solid, profile, normal.multiply(-1), direction, true);
      result = feature(result, profile, { upTo: unwrapShape(pick(method, faces, index!, until as string)) });
    }
  }
  return result;
}

/** CadQuery 2.5's `cutThruAll`: one through-all cutting feature per profile face, sides leaning by −taper. */
export function cutsThroughAll(solid: Shape, profiles: readonly Shape[], taperDeg: number): Shape {
  return profiles.reduce(
    (result, profile) => wrapShape(prismFeature(unwrapShape(result), unwrapShape(profile), { limit: { thruAll: true }, additive: false, taperDeg: -taperDeg })),
    solid,
  );
}
