/**
 * Prism features on a solid (OCCT's BRepFeat_MakeDPrism, as CadQuery's `Shape.dprism`), and the
 * two queries CadQuery's "up to a face" extrusions choose their limit with: the faces a line
 * crosses, sorted by distance, and whether a point lies in a solid.
 */
import type { AnyShape } from "replicad";
import { noteStackOverflow } from "../shared/stackOverflow.ts";
import type { OpenCascadeInstance, TopoDS_Shape } from "replicad-opencascadejs";
import { kernelRun, type Keep } from "./run.ts";
import { PartforgeError } from "../shared/errors.ts";
import { adopt } from "./adopt.ts";
import { surfaceType } from "./geometry.ts";
import { subShapes, type Triple } from "./operations.ts";
import { boundingBoxOf, enclosingBox } from "./measure.ts";

/** How far the prism goes: up to a face (any face: it need not belong to the solid), or through everything. */
export type PrismLimit = { upTo: AnyShape } | { thruAll: true };

/**
 * A prism of `profile` (a planar face) along its normal, fused to `base` (`additive`) or cut
 * from it, limited by `limit`; `taperDeg` leans its sides (BRepFeat_MakeDPrism's draft angle).
 * Returns the whole modified solid, as CadQuery's `dprism` does.
 */
export function prismFeature(base: AnyShape, profile: AnyShape, options: { limit: PrismLimit; additive: boolean; taperDeg: number }): AnyShape {
  const operation = options.additive ? "extrude up to a face" : "cut up to a face";
  const limit = options.limit;
  if (!("upTo" in limit)) return kernelRun(operation, (oc, keep) => performPrism(oc, keep, base, profile, options, undefined));
  try {
    return kernelRun(operation, (oc, keep) => performPrism(oc, keep, base, profile, options, limit.upTo.wrapped));
  } catch (error) {
    // This OCCT build fails (Standard_NoSuchObject) for some limits that are faces of the base
    // solid, which OCCT 7.6 builds (a box cut from its top face up to its own bottom face). A copy
    // of the face (same surface, its own topology) limits the prism the same way; it is not the
    // first try because for others (the "next" face of a torus) only the original works.
    noteStackOverflow(error);
    if (!(error instanceof PartforgeError && error.code === "GEOMETRY")) throw error;
    return kernelRun(operation, (oc, keep) => {
      const copy = keep(new oc.BRepBuilderAPI_Transform(limit.upTo.wrapped, keep(new oc.gp_Trsf()), true, false));
      return performPrism(oc, keep, base, profile, options, keep(copy.Shape()));
    });
  }
}

function performPrism(
  oc: OpenCascadeInstance,
  keep: Keep,
  base: AnyShape,
  profile: AnyShape,
  options: { additive: boolean; taperDeg: number },
  until: TopoDS_Shape | undefined,
): AnyShape {
  const noSketchFace = keep(new oc.TopoDS_Face());
  const profileFace = keep(oc.TopoDS.Face(profile.wrapped));
  const feature = keep(
    new oc.BRepFeat_MakeDPrism(base.wrapped, profileFace, noSketchFace, (options.taperDeg * Math.PI) / 180, options.additive ? 1 : 0, false),
  );
  if (until !== undefined) feature.Perform(until);
  else feature.PerformThruAll();
  if (!feature.IsDone()) throw new Error("BRepFeat_MakeDPrism did not complete");
  return adopt(feature.Shape());
}

/** One crossing of a line with a face: the face and the squared distance from the line's base point. */
export interface LineCrossing {
  face: AnyShape;
  squaredDistance: number;
}

/**
 * The faces of `shape` the line through `point` along `axis` crosses, nearest first, a face once
 * per crossing (CadQuery's `facesIntersectedByLine`, which uses BRepIntCurveSurface_Inter: this
 * OCCT build has none, so each face's crossings are its zero-distance extrema with a segment of
 * the line reaching past the shape's bounding box, computed only for the faces whose bounding box
 * the segment passes through). `direction` keeps only the crossings ahead of
 * the point ("AlongAxis") or behind it ("Opposite"), at least √tol away, as CadQuery does.
 * A face the line lies in is not crossed (as for BRepIntCurveSurface_Inter).
 */
export function facesCrossedByLine(
  shape: AnyShape,
  point: Triple,
  axis: Triple,
  direction: "AlongAxis" | "Opposite",
  tolerance = 1e-4,
): LineCrossing[] {
  const length = Math.hypot(...axis);
  const unit = axis.map((c) => c / length) as Triple;
  // Only how far the segment reaches depends on the box: OCCT's fast box (which holds the shape)
  // serves as well as the tight one and costs a fraction of it (the tight box was a fifth of
  // extrude-until-last-skyscrapers' build).
  const box = enclosingBox(shape) ?? boundingBoxOf(shape);
  const reach =
    Math.hypot(box.max[0] - box.min[0], box.max[1] - box.min[1], box.max[2] - box.min[2]) +
    Math.hypot(...point.map((c, i) => c - (box.min[i]! + box.max[i]!) / 2)) +
    1;
  const crossings: LineCrossing[] = [];
  for (const face of subShapes(shape, "face")) {
    for (const hit of lineFaceCrossings(face, point, unit, reach, tolerance)) {
      const offset = hit.map((c, i) => c - point[i]!) as Triple;
      const squaredDistance = offset[0] ** 2 + offset[1] ** 2 + offset[2] ** 2;
      const along = offset[0] * unit[0] + offset[1] * unit[1] + offset[2] * unit[2];
      const ahead = along > 0;
      if (squaredDistance <= tolerance) continue;
      if ((direction === "AlongAxis") === ahead) crossings.push({ face, squaredDistance });
    }
  }
  return crossings.sort((a, b) => a.squaredDistance - b.squaredDistance);
}

/** The points where the segment point ± reach·unit meets the face (each once). */
function lineFaceCrossings(face: AnyShape, point: Triple, unit: Triple, reach: number, tolerance: number): Triple[] {
  return kernelRun("faces crossed by a line", (oc, keep) => {
    if (liesInPlane(face, unit) || !lineMeetsBox(face, point, unit, reach, tolerance)) return [];
    const from = keep(new oc.gp_Pnt(...(point.map((c, i) => c - reach * unit[i]!) as Triple)));
    const to = keep(new oc.gp_Pnt(...(point.map((c, i) => c + reach * unit[i]!) as Triple)));
    const edge = keep(keep(new oc.BRepBuilderAPI_MakeEdge(from, to)).Edge());
    const distance = keep(new oc.BRepExtrema_DistShapeShape());
    distance.LoadS1(edge);
    distance.LoadS2(face.wrapped);
    distance.Perform(keep(new oc.Message_ProgressRange()));
    if (!distance.IsDone() || distance.Value() > tolerance) return [];
    const points: Triple[] = [];
    for (let i = 1; i <= distance.NbSolution(); i += 1) {
      const p = keep(distance.PointOnShape1(i));
      const at: Triple = [p.X(), p.Y(), p.Z()];
      if (!points.some((q) => Math.hypot(q[0] - at[0], q[1] - at[1], q[2] - at[2]) <= Math.sqrt(tolerance))) points.push(at);
    }
    return points;
  });
}

/**
 * Whether the segment point ± reach·unit passes within `tolerance` of the face's bounding box
 * (BRepBndLib's fast box, which contains the face): a face it misses has no crossing, and the
 * box test is far cheaper than the distance computation it saves (slab test).
 */
function lineMeetsBox(face: AnyShape, point: Triple, unit: Triple, reach: number, tolerance: number): boolean {
  const bounds = kernelRun("face bounding box", (oc, keep) => {
    const box = keep(new oc.Bnd_Box());
    oc.BRepBndLib.Add(face.wrapped, box, false);
    if (box.IsVoid()) return undefined;
    const low = keep(box.CornerMin());
    const high = keep(box.CornerMax());
    return { min: [low.X(), low.Y(), low.Z()] as Triple, max: [high.X(), high.Y(), high.Z()] as Triple };
  });
  // No box to go by: let the distance computation decide.
  if (bounds === undefined) return true;
  const { min, max } = bounds;
  let from = -reach;
  let to = reach;
  for (let i = 0; i < 3; i += 1) {
    const low = min[i]! - tolerance - 1e-7;
    const high = max[i]! + tolerance + 1e-7;
    if (Math.abs(unit[i]!) < 1e-12) {
      if (point[i]! < low || point[i]! > high) return false;
      continue;
    }
    const a = (low - point[i]!) / unit[i]!;
    const b = (high - point[i]!) / unit[i]!;
    from = Math.max(from, Math.min(a, b));
    to = Math.min(to, Math.max(a, b));
    if (from > to) return false;
  }
  return true;
}

/** A planar face parallel to the direction: a line along it either misses it or lies in it. */
function liesInPlane(face: AnyShape, unit: Triple): boolean {
  if (surfaceType(face) !== "PLANE") return false;
  return kernelRun("face plane", (oc, keep) => {
    const surface = keep(new oc.BRepAdaptor_Surface(face.wrapped, true));
    const axis = keep(keep(keep(surface.Plane()).Axis()).Direction());
    return Math.abs(axis.X() * unit[0] + axis.Y() * unit[1] + axis.Z() * unit[2]) < 1e-9;
  });
}

/** Whether `point` is in `solid` or on its boundary, within `tolerance` (CadQuery's `isInside`). */
export function isPointInside(solid: AnyShape, point: Triple, tolerance = 1e-6): boolean {
  return kernelRun("point in solid", (oc, keep) => {
    const vertex = keep(keep(new oc.BRepBuilderAPI_MakeVertex(keep(new oc.gp_Pnt(...point)))).Vertex());
    const distance = keep(new oc.BRepExtrema_DistShapeShape());
    distance.LoadS1(vertex);
    distance.LoadS2(solid.wrapped);
    distance.Perform(keep(new oc.Message_ProgressRange()));
    if (!distance.IsDone()) throw new Error("the point classification did not complete");
    return distance.Value() <= tolerance;
  });
}
