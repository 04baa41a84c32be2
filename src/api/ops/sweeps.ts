/** loft, sweep, twistExtrude, tapered extrusion and interpPlate (CadQuery semantics and defaults). */
import {
  edgeEnds,
  fillSurface,
  hollowClosed,
  loftSections,
  makeHelixWire,
  makeWire,
  subShapes,
  sweepProfile,
  sweepSections,
  thickenFace,
  translateShape,
  placeInFrame,
  type Transition,
} from "../../kernel/index.ts";
import type { Plane } from "../plane.ts";
import { lineEdge } from "./drawing.ts";
import type { AnyShape } from "replicad";
import { apiError, booleanValue, finiteNumber, nonZeroNumber, oneOf, positiveInteger, readOptions } from "../options.ts";
import { isShape, unwrapShape, wrapShape, type Shape } from "../shape.ts";
import { describeValue, Vector, type VectorLike } from "../vector.ts";
import type { WorkplaneImpl } from "../workplane.ts";
import { isWorkplane } from "../workplaneKind.ts";
import { combineWithBase, stackLocations, type CombineMode } from "./context.ts";
import { combineMode, takeProfiles } from "./profiles.ts";
import { faceWires } from "./taper.ts";

export function loft(wp: WorkplaneImpl, options?: { ruled?: boolean; combine?: boolean | "a" | "s" | "cut"; clean?: boolean }): WorkplaneImpl {
  const method = "loft";
  const opts = readOptions(method, options, { ruled: false, combine: true as boolean | "a" | "s" | "cut", clean: true });
  let sections: AnyShape[];
  let rest = wp;
  if (wp.state.pendingWires.length > 0) {
    sections = wp.state.pendingWires.map(unwrapShape);
    rest = wp.derive({ parent: wp.state.parent, pendingWires: [] });
  } else {
    sections = wp.state.objects
      .filter((o): o is Shape => isShape(o) && (o.kind === "face" || o.kind === "vertex"))
      .map((s) => (s.kind === "vertex" ? unwrapShape(s) : faceWires(s).outer));
  }
  if (sections.length === 0) apiError(method, "there is nothing to loft: draw two or more outlines on different workplanes first");
  if (sections.length === 1) apiError(method, "needs more than one wire or face");
  const solid = wrapShape(loftSections(sections, booleanValue(method, "ruled", opts.ruled)));
  return combineWithBase(rest, [solid], combineMode(method, opts.combine), booleanValue(method, "clean", opts.clean));
}

export interface SweepOptions {
  multisection?: boolean;
  makeSolid?: boolean;
  isFrenet?: boolean;
  combine?: boolean | "a" | "s" | "cut";
  clean?: boolean;
  transition?: Transition;
  normal?: VectorLike;
  auxSpine?: WorkplaneImpl;
}

/** The path of a sweep as one wire: a Workplane's drawn edges or first wire/edge, or a shape. */
function pathWire(method: string, path: unknown): AnyShape {
  let shape: Shape | undefined;
  if (isWorkplane(path)) {
    if (path.state.pendingEdges.length > 0) return makeWire(path.state.pendingEdges.map(unwrapShape));
    const first = path.vals()[0];
    shape = isShape(first) ? first : undefined;
  } else if (isShape(path)) {
    shape = path;
  }
  if (shape === undefined || (shape.kind !== "wire" && shape.kind !== "edge")) {
    apiError(method, `the path must be a Workplane holding a wire or edges, or a wire or edge; got ${describeValue(path)}`);
  }
  return shape.kind === "edge" ? makeWire([unwrapShape(shape)]) : unwrapShape(shape);
}

export function sweep(wp: WorkplaneImpl, path: WorkplaneImpl | Shape, options?: SweepOptions): WorkplaneImpl {
  const method = "sweep";
  const opts = readOptions(method, options, {
    multisection: false,
    makeSolid: true,
    isFrenet: false,
    combine: true as boolean | "a" | "s" | "cut",
    clean: true,
    transition: "right" as Transition,
    normal: undefined as VectorLike | undefined,
    auxSpine: undefined as WorkplaneImpl | undefined,
  });
  const spine = pathWire(method, path);
  const start = edgeEnds(subShapes(spine, "edge")[0]!).start;
  const sweepOptions = {
    isFrenet: booleanValue(method, "isFrenet", opts.isFrenet),
    transition: oneOf(method, "transition", opts.transition, ["right", "round", "transformed"] as const),
    normal: opts.normal === undefined ? undefined : Vector.from(opts.normal).toTuple(),
    auxSpine: opts.auxSpine === undefined ? undefined : pathWire(method, opts.auxSpine),
    makeSolid: booleanValue(method, "makeSolid", opts.makeSolid),
  };
  let solids: Shape[];
  let rest = wp;
  if (booleanValue(method, "multisection", opts.multisection)) {
    let sections: AnyShape[];
    if (wp.state.pendingWires.length > 0) {
      sections = wp.state.pendingWires.map(unwrapShape);
      rest = wp.derive({ parent: wp.state.parent, pendingWires: [] });
    } else {
      const faces = takeProfiles(wp, method);
      sections = faces.faces.map((f) => faceWires(f).outer);
      rest = faces.rest;
    }
    solids = [wrapShape(sweepSections(sections, spine, start, sweepOptions))];
  } else {
    const taken = takeProfiles(wp, method);
    rest = taken.rest;
    solids = taken.faces.map((face) => {
      const { outer, inner } = faceWires(face);
      return wrapShape(sweepProfile(outer, inner, spine, start, sweepOptions));
    });
  }
  return combineWithBase(rest, solids, combineMode(method, opts.combine), booleanValue(method, "clean", opts.clean));
}

export function twistExtrude(wp: WorkplaneImpl, distance: number, angleDegrees: number, options?: { combine?: boolean | "a" | "s" | "cut"; clean?: boolean }): WorkplaneImpl {
  const method = "twistExtrude";
  nonZeroNumber(method, "distance", distance);
  const angle = finiteNumber(method, "angleDegrees", angleDegrees);
  const opts = readOptions(method, options, { combine: true as boolean | "a" | "s" | "cut", clean: true });
  const { faces, rest } = takeProfiles(wp, method);
  const plane = wp.state.plane;
  const vector = plane.zDir.multiply(distance);
  const origin = plane.origin;
  const spine = makeWire([unwrapShape(lineBetween(origin, origin.add(vector)))]);
  const solids = faces.map((face) => {
    const { outer, inner } = faceWires(face);
    if (angle === 0) return wrapShape(loftSections([outer, translateShape(outer, vector.toTuple())], true));
    const helix = makeHelixWire((360 / angle) * Math.abs(distance), Math.abs(distance), 1, origin.toTuple(), vector.normalized().toTuple());
    return wrapShape(
      sweepProfile(outer, inner, spine, origin.toTuple(), { isFrenet: false, transition: "right", auxSpine: helix, curvilinear: false, makeSolid: true }),
    );
  });
  return combineWithBase(rest, solids, combineMode(method, opts.combine), booleanValue(method, "clean", opts.clean));
}

function lineBetween(a: Vector, b: Vector): Shape {
  return lineEdge(a, b);
}

export interface InterpPlateOptions {
  thickness?: number;
  combine?: boolean | "a" | "s" | "cut";
  clean?: boolean;
  degree?: number;
  nbPtsOnCur?: number;
  nbIter?: number;
  anisotropy?: boolean;
  tol2d?: number;
  tol3d?: number;
  tolAng?: number;
  tolCurv?: number;
  maxDeg?: number;
  maxSegments?: number;
}

/**
 * CadQuery's `interpPlate`: a surface through the boundary (points of a closed polygon, or
 * edges) and the extra points, thickened when `thickness` > 0, placed at each stack point.
 */
export function interpPlate(
  wp: WorkplaneImpl,
  surfEdges: readonly VectorLike[] | readonly Shape[] | WorkplaneImpl,
  surfPts: readonly VectorLike[] = [],
  options?: InterpPlateOptions,
): WorkplaneImpl {
  const method = "interpPlate";
  const o = readOptions(method, options, {
    thickness: 0,
    combine: false as boolean | "a" | "s" | "cut",
    clean: true,
    degree: 3,
    nbPtsOnCur: 15,
    nbIter: 2,
    anisotropy: false,
    tol2d: 0.00001,
    tol3d: 0.0001,
    tolAng: 0.01,
    tolCurv: 0.1,
    maxDeg: 8,
    maxSegments: 9,
  });
  let edges: AnyShape[];
  if (isWorkplane(surfEdges)) {
    edges = surfEdges.edges().vals().filter(isShape).map(unwrapShape);
  } else if (Array.isArray(surfEdges) && surfEdges.every(isShape)) {
    edges = (surfEdges as Shape[]).flatMap((s) => (s.kind === "edge" ? [unwrapShape(s)] : subShapes(unwrapShape(s), "edge")));
  } else if (Array.isArray(surfEdges)) {
    const points = (surfEdges as VectorLike[]).map((p) => Vector.from(p));
    edges = points.map((p, i) => unwrapShape(lineBetween(p, points[(i + 1) % points.length]!)));
  } else {
    return apiError(method, `expected boundary points, edges or a Workplane; got ${describeValue(surfEdges)}`);
  }
  const face = fillSurface(edges, surfPts.map((p) => Vector.from(p).toTuple()), {
    degree: positiveInteger(method, "degree", o.degree),
    nbPtsOnCur: positiveInteger(method, "nbPtsOnCur", o.nbPtsOnCur),
    nbIter: positiveInteger(method, "nbIter", o.nbIter),
    anisotropy: booleanValue(method, "anisotropy", o.anisotropy),
    tol2d: o.tol2d,
    tol3d: o.tol3d,
    tolAng: o.tolAng,
    tolCurv: o.tolCurv,
    maxDeg: positiveInteger(method, "maxDeg", o.maxDeg),
    maxSegments: positiveInteger(method, "maxSegments", o.maxSegments),
  });
  const thickness = finiteNumber(method, "thickness", o.thickness);
  const made = thickness > 0 ? thickenFace(face, thickness) : face;
  const placed = stackLocations(wp).map((location) => wrapShape(placeAt(made, location.frame)));
  const mode: CombineMode = combineMode(method, o.combine);
  return combineWithBase(wp, placed, mode, booleanValue(method, "clean", o.clean));
}

function placeAt(shape: AnyShape, frame: Plane): AnyShape {
  return placeInFrame(shape, { origin: frame.origin.toTuple(), xDir: frame.xDir.toTuple(), zDir: frame.zDir.toTuple() });
}

/** CadQuery's closed `shell()`: a hollow solid with no opening. */
export function closedShell(solid: Shape, thickness: number, kind: "arc" | "intersection"): Shape {
  return wrapShape(hollowClosed(unwrapShape(solid), thickness, kind));
}
