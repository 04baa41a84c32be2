/** Selecting sub-shapes of the stack objects, and new workplanes on selected faces. */
import { subShapes } from "../../kernel/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { Location } from "../location.ts";
import { apiError, booleanValue, finiteNumber, oneOf, readOptions } from "../options.ts";
import { Plane } from "../plane.ts";
import { isShape, uniqueShapes, unwrapShape, wrapShape, type Shape, type ShapeKind } from "../shape.ts";
import { Vector, type VectorLike } from "../vector.ts";
import { compileSelector } from "../selectors/index.ts";
import type { SelectorLike, WorkplaneImpl } from "../workplane.ts";
import { tagged } from "./context.ts";

/** CadQuery's `_collectProperty`: the distinct sub-shapes of `kind` of every stack object. */
export function collect(wp: WorkplaneImpl, kind: ShapeKind): Shape[] {
  const shapes = wp.state.objects.filter(isShape);
  const found = shapes.flatMap((shape) => (shape.kind === kind ? [shape] : subShapes(unwrapShape(shape), kind).map(wrapShape)));
  return shapes.length > 1 ? uniqueShapes(found) : found;
}

export function select(wp: WorkplaneImpl, kind: ShapeKind, selector: SelectorLike | undefined, options?: { tag?: string }): WorkplaneImpl {
  const method = `${kind === "vertex" ? "vertice" : kind}s`;
  const { tag } = readOptions(method, options, { tag: undefined as string | undefined });
  const source = tag === undefined ? wp : tagged(wp, tag, method);
  const candidates = collect(source, kind);
  // CadQuery treats a missing or empty selector as "select everything".
  if (selector === undefined || selector === null || selector === "") return wp.newObject(candidates);
  const compiled = compileSelector(selector);
  const selected = compiled.filter(candidates);
  if (selected.length > 0) return wp.newObject(selected);
  const call = `${method}(${typeof selector === "string" ? JSON.stringify(selector) : "selector"})`;
  return wp.derive({ objects: [], emptySelection: { call, candidates: candidates.length } });
}

/**
 * Throws when `wp` is the empty result of a selection and `method` needs selected objects,
 * naming the selector call that matched nothing.
 */
export function refuseEmptySelection(wp: WorkplaneImpl, method: string): void {
  const empty = wp.state.emptySelection;
  if (empty === undefined) return;
  apiError(
    method,
    `nothing is selected: ${empty.call} matched none of the ${empty.candidates} candidate(s); check the selector`,
  );
}

/** CadQuery's x direction for a face workplane: global z × normal, or global x if parallel. */
function xDirectionFor(normal: Vector): Vector {
  const x = new Vector(0, 0, 1).cross(normal);
  return x.length < 1e-6 ? new Vector(1, 0, 0) : x;
}

const CENTER_OPTIONS = ["ProjectedOrigin", "CenterOfMass", "CenterOfBoundBox"] as const;

function boundBoxCenter(shapes: readonly Shape[]): Vector {
  const boxes = shapes.map((s) => s.boundingBox());
  const min = [0, 1, 2].map((i) => Math.min(...boxes.map((b) => b.min[i]!)));
  const max = [0, 1, 2].map((i) => Math.max(...boxes.map((b) => b.max[i]!)));
  return new Vector((min[0]! + max[0]!) / 2, (min[1]! + max[1]!) / 2, (min[2]! + max[2]!) / 2);
}

/** CadQuery's `CombinedCenter`: centres weighted by each shape's mass (area for faces). */
function massCenter(shapes: readonly Shape[]): Vector {
  const masses = shapes.map((s) => (s.kind === "face" ? s.Area() : s.kind === "edge" || s.kind === "wire" ? s.Length() : s.Volume()));
  const total = masses.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return shapes.reduce((acc, s) => acc.add(s.Center()), new Vector()).multiply(1 / shapes.length);
  return shapes.reduce((acc, s, i) => acc.add(s.Center().multiply(masses[i]! / total)), new Vector());
}

export function workplane(
  wp: WorkplaneImpl,
  options?: { offset?: number; invert?: boolean; centerOption?: string; origin?: VectorLike },
): WorkplaneImpl {
  const method = "workplane";
  const opts = readOptions(method, options, {
    offset: 0,
    invert: false,
    centerOption: "ProjectedOrigin" as string,
    origin: undefined as VectorLike | undefined,
  });
  const offset = finiteNumber(method, "offset", opts.offset);
  const invert = booleanValue(method, "invert", opts.invert);
  const centerOption = oneOf(method, "centerOption", opts.centerOption, CENTER_OPTIONS);
  refuseEmptySelection(wp, method);
  const current = wp.state.plane;
  const objects = wp.state.objects;
  const shapes = objects.filter(isShape);
  const faces = shapes.filter((s) => s.kind === "face");

  let center: Vector;
  let normal: Vector;
  let xDir: Vector;
  if (objects.length === 0) {
    center = current.origin;
    normal = current.zDir;
    xDir = current.xDir;
  } else if (faces.length === objects.length) {
    const first = faces[0]!;
    if (first.geomType !== "PLANE") {
      apiError(method, `the selected face is a ${first.geomType.toLowerCase()}, not a plane; select a planar face`);
    }
    normal = new Vector(...first.normal()!);
    for (const face of faces.slice(1)) {
      const n = face.normal();
      const coplanar = n !== undefined && new Vector(...n).sub(normal).length < 1e-6 && Math.abs(face.Center().sub(first.Center()).dot(normal)) < 1e-6;
      if (!coplanar) apiError(method, "the selected faces must be coplanar to share one workplane");
    }
    center = centerOption === "CenterOfMass" ? massCenter(faces) : boundBoxCenter(faces);
    xDir = xDirectionFor(normal);
  } else if (objects.every((o) => o instanceof Location || (isShape(o) && o.kind !== "face"))) {
    // CadQuery: the centre of mass for "CenterOfMass" and "ProjectedOrigin" (the origin is projected onto the plane through it).
    center = centerOption !== "CenterOfBoundBox" || shapes.length === 0
      ? objects.map((o) => (o instanceof Location ? o.position : (o as Shape).Center())).reduce((a, b) => a.add(b)).multiply(1 / objects.length)
      : boundBoxCenter(shapes);
    // CadQuery: a vertex (or other shape) picked from a face takes that face's normal.
    const parentFace = objects.length === 1 ? wp.state.parent?.state.objects[0] : undefined;
    const faceNormal = isShape(parentFace) && parentFace.kind === "face" ? parentFace.normal() : undefined;
    normal = faceNormal !== undefined ? new Vector(...faceNormal) : current.zDir;
    xDir = faceNormal !== undefined ? xDirectionFor(normal) : current.xDir;
  } else {
    throw new PartforgeError("SCRIPT_EXCEPTION", `${method}: select planar faces, vertices or points first (the stack holds mixed objects)`);
  }

  if (centerOption === "ProjectedOrigin") {
    const origin = opts.origin === undefined ? current.origin : Vector.from(opts.origin);
    center = new Plane(center, xDir, normal).project(origin);
  }
  if (invert) normal = normal.multiply(-1);
  const plane = new Plane(center.add(normal.normalized().multiply(offset)), xDir, normal);
  return wp.derive({ plane, objects: [] });
}
