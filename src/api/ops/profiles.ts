/** From 2D to 3D: extrude, revolve, cutBlind, cutThruAll over the pending wires (or stack faces). */
import { prism, prismIsClean, revolveProfile, translateShape, unifySameDomain } from "../../kernel/index.ts";
import { apiError, booleanValue, finiteNumber, nonZeroNumber, readOptions } from "../options.ts";
import { isShape, unwrapShape, wrapShape, type Shape } from "../shape.ts";
import { Vector, type VectorLike } from "../vector.ts";
import type { WorkplaneImpl } from "../workplane.ts";
import { combineWithBase, requireSolid, type CombineMode } from "./context.ts";
import { cutsThroughAll, prismsUpToFace, type UntilFace } from "./upToFace.ts";
import { fusedHalves, taperedPrisms } from "./taper.ts";
import { refuseEmptySelection } from "./selection.ts";
import { wiresToFaces } from "./faces.ts";

export interface ExtrudeOptions {
  /** true/"a": fuse with the solid in context (default); "s"/"cut": cut from it; false: keep apart. */
  combine?: boolean | "a" | "s" | "cut";
  clean?: boolean;
  /** Extrude the same distance both ways (total 2 × distance). */
  both?: boolean;
  /** Draft angle in degrees: the sides lean inwards (outwards when negative). */
  taper?: number;
}

export interface RevolveOptions {
  /** Axis start in local coordinates (default [0, 0]). */
  axisStart?: VectorLike;
  /** Axis end in local coordinates (default [0, 1]). */
  axisEnd?: VectorLike;
  combine?: boolean | "a" | "s" | "cut";
  clean?: boolean;
}

export function combineMode(method: string, value: unknown): CombineMode {
  if (value === true || value === "a") return "fuse";
  if (value === false) return "none";
  if (value === "s" || value === "cut") return "cut";
  return apiError(method, `combine must be true, false, "a" or "s"; got ${JSON.stringify(value)}`);
}

/** The faces to sweep and the Workplane with its pending wires consumed. */
export function takeProfiles(wp: WorkplaneImpl, method: string): { faces: Shape[]; rest: WorkplaneImpl } {
  refuseEmptySelection(wp, method);
  const stackFaces = wp.state.objects.filter((o): o is Shape => isShape(o) && o.kind === "face");
  if (stackFaces.length > 0) return { faces: stackFaces, rest: wp };
  const wires = wp.state.pendingWires;
  if (wires.length === 0) {
    apiError(method, "there is nothing to sweep: draw a closed outline first (rect(), circle(), polyline(...).close(), …)");
  }
  return { faces: wiresToFaces(wires, wp.state.plane), rest: wp.derive({ parent: wp.state.parent, pendingWires: [] }) };
}

/**
 * Prisms of the faces along the normal by `distance`. `both`, as CadQuery's `Workplane._extrude`:
 * a prism each way, the halves fused with glue (`Shape.fuse(glue=True)`) and not cleaned (the
 * caller's combine cleans, as CadQuery's does).
 */
function prisms(faces: readonly Shape[], normal: Vector, distance: number, both: boolean): Shape[] {
  return faces.map((face) => {
    const forward = prism(unwrapShape(face), normal.multiply(distance).toTuple());
    if (!both) return wrapShape(forward);
    return fusedHalves(forward, prism(unwrapShape(face), normal.multiply(-distance).toTuple()));
  });
}

/** One prism per face from `reach` behind the workplane to `reach` in front of it (cutThruAll's straight tool). */
function throughPrisms(faces: readonly Shape[], normal: Vector, reach: number): Shape[] {
  return faces.map((face) => {
    const start = translateShape(unwrapShape(face), normal.multiply(-reach).toTuple());
    return wrapShape(prism(start, normal.multiply(2 * reach).toTuple()));
  });
}

/** CadQuery's `until`: a distance, "next", "last" or a face (which must be a Face). */
function untilFace(method: string, until: unknown): UntilFace | undefined {
  if (until === "next" || until === "last") return until;
  if (!isShape(until)) return undefined;
  if (until.kind !== "face") apiError(method, `until must be a distance, "next", "last" or a Face; got a ${until.kind}`);
  return until;
}

export function extrude(wp: WorkplaneImpl, distance: number | UntilFace, options?: ExtrudeOptions): WorkplaneImpl {
  const method = "extrude";
  const opts = readOptions(method, options, { combine: true as ExtrudeOptions["combine"], clean: true, both: false, taper: undefined as number | undefined });
  const mode = combineMode(method, opts.combine);
  // CadQuery: combine="s" is a cutBlind.
  if (mode === "cut") return cutBlind(wp, distance, { clean: opts.clean, both: opts.both, taper: opts.taper });
  const until = untilFace(method, distance);
  if (until === undefined) nonZeroNumber(method, "distance", distance);
  else if (mode === "none") apiError(method, "combine can't be False when extruding until a face (CadQuery's rule): the feature is built on the solid in context");
  const both = booleanValue(method, "both", opts.both);
  const taper = opts.taper === undefined ? 0 : finiteNumber(method, "taper", opts.taper);
  if (until !== undefined) {
    const solid = requireSolid(wp, method);
    const { faces, rest } = takeProfiles(wp, method);
    const result = prismsUpToFace(method, solid, faces, wp.state.plane.zDir, until, { both, taperDeg: taper, additive: true });
    return combineWithBase(rest, [result], mode, booleanValue(method, "clean", opts.clean));
  }
  const { faces, rest } = takeProfiles(wp, method);
  distance = distance as number;
  const solids = taper === 0 ? prisms(faces, wp.state.plane.zDir, distance, both) : taperedPrisms(method, faces, wp.state.plane.zDir, distance, taper, both);
  // A straight prism whose outline has no two edges meeting on one curve is already clean (not
  // two halves fused: their sides are split where they meet).
  const madeClean = taper === 0 && !both && faces.every((face) => prismIsClean(unwrapShape(face)));
  return combineWithBase(rest, solids, mode, booleanValue(method, "clean", opts.clean), { madeClean });
}

export function revolve(wp: WorkplaneImpl, angleDegrees: number, options?: RevolveOptions): WorkplaneImpl {
  const method = "revolve";
  finiteNumber(method, "angleDegrees", angleDegrees);
  const opts = readOptions(method, options, {
    axisStart: undefined as VectorLike | undefined,
    axisEnd: undefined as VectorLike | undefined,
    combine: true as RevolveOptions["combine"],
    clean: true,
  });
  // CadQuery: angles wrap at 360, and 0 means a full turn.
  const angle = angleDegrees % 360 === 0 ? 360 : angleDegrees % 360;
  const plane = wp.state.plane;
  const start = plane.toWorldCoords(opts.axisStart ?? [0, 0]);
  // CadQuery: without an end, the axis runs to (0, y of the start), or to (0, 1) when y is 0.
  const end = plane.toWorldCoords(opts.axisEnd ?? (start.y !== 0 ? [0, Vector.from(opts.axisStart ?? [0, 0]).y] : [0, 1]));
  const axis = end.sub(start);
  if (axis.length < 1e-9) apiError(method, "axisStart and axisEnd must be different points");
  const { faces, rest } = takeProfiles(wp, method);
  const solids = faces.map((face) => wrapShape(revolveProfile(unwrapShape(face), start.toTuple(), axis.normalized().toTuple(), angle)));
  return combineWithBase(rest, solids, combineMode(method, opts.combine), booleanValue(method, "clean", opts.clean));
}

export function cutBlind(wp: WorkplaneImpl, depth: number | UntilFace, options?: { clean?: boolean; both?: boolean; taper?: number | undefined }): WorkplaneImpl {
  const method = "cutBlind";
  const until = untilFace(method, depth);
  if (until === undefined) nonZeroNumber(method, "depth", depth);
  const opts = readOptions(method, options, { clean: true, both: false, taper: undefined as number | undefined });
  const solid = requireSolid(wp, method);
  const { faces, rest } = takeProfiles(wp, method);
  const both = booleanValue(method, "both", opts.both);
  const taper = opts.taper === undefined ? 0 : finiteNumber(method, "taper", opts.taper);
  const clean = booleanValue(method, "clean", opts.clean);
  if (until !== undefined) {
    // CadQuery: the feature's result is the new solid (not cut from the old one again).
    const result = prismsUpToFace(method, solid, faces, wp.state.plane.zDir, until, { both, taperDeg: taper, additive: false });
    return rest.newObject([clean ? cleanShape(result) : result]);
  }
  depth = depth as number;
  const tools = taper === 0 ? prisms(faces, wp.state.plane.zDir, depth, both) : taperedPrisms(method, faces, wp.state.plane.zDir, depth, taper, both);
  return combineWithBase(rest, tools, "cut", booleanValue(method, "clean", opts.clean));
}

/**
 * CadQuery 2.5's `cutThruAll`: each outline cut through the whole solid both ways along the
 * normal, its sides leaning by `taper` degrees. Tapered, it is CadQuery's through-all
 * BRepFeat_MakeDPrism; straight, a prism reaching past the solid both ways, cut in one boolean:
 * this OCCT build's straight through-all feature from an outline off the solid cuts short (a 2 × 2
 * square 3 above a 10-cube removes 28, not 40; FreeCAD's OCCT 7.6 removes 40).
 */
export function cutThruAll(wp: WorkplaneImpl, options?: { clean?: boolean; taper?: number }): WorkplaneImpl {
  const method = "cutThruAll";
  const opts = readOptions(method, options, { clean: true, taper: 0 });
  const solid = requireSolid(wp, method);
  const taper = finiteNumber(method, "taper", opts.taper);
  const clean = booleanValue(method, "clean", opts.clean);
  const plane = wp.state.plane;
  const { faces, rest } = takeProfiles(wp, method);
  if (taper !== 0) {
    const result = cutsThroughAll(solid, faces, taper);
    return rest.newObject([clean ? cleanShape(result) : result]);
  }
  // Far enough both ways from anywhere on the workplane to leave the solid's bounding box.
  const box = solid.BoundingBox();
  const reach = box.DiagonalLength + box.center.sub(plane.origin).length + 1;
  return combineWithBase(rest, throughPrisms(faces, plane.zDir, reach), "cut", clean);
}

/** CadQuery's `Shape.clean()`: ShapeUpgrade_UnifySameDomain. */
function cleanShape(shape: Shape): Shape {
  return wrapShape(unifySameDomain(unwrapShape(shape)));
}
