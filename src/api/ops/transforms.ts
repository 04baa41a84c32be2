/** Booleans between Workplanes and rigid transforms of the stack's shapes. */
import { booleanOperation, mirrorShape, rotateShape, translateShape, unifySameDomain } from "../../kernel/index.ts";
import { apiError, booleanValue, readOptions } from "../options.ts";
import { Location } from "../location.ts";
import { Plane } from "../plane.ts";
import { isShape, unwrapShape, wrapShape, type Shape } from "../shape.ts";
import { describeValue, Vector, type VectorLike } from "../vector.ts";
import type { StackItem, WorkplaneImpl } from "../workplane.ts";
import { isWorkplane } from "../workplaneKind.ts";
import { compoundOf, findSolid, requireSolid } from "./context.ts";

const SOLID_KINDS = new Set(["solid", "compound", "shell"]);

function solidsOf(method: string, other: WorkplaneImpl | Shape): Shape[] {
  if (isWorkplane(other)) {
    const solids = other.vals().filter((o): o is Shape => isShape(o) && SOLID_KINDS.has(o.kind));
    const found = solids.length > 0 ? solids : [findSolid(other)].filter((s): s is Shape => s !== undefined);
    if (found.length === 0) apiError(method, "the other Workplane has no solid");
    return found;
  }
  if (isShape(other) && SOLID_KINDS.has(other.kind)) return [other];
  return apiError(method, `expected a Workplane or a solid; got ${describeValue(other)}`);
}

export function boolean(wp: WorkplaneImpl, kind: "fuse" | "cut" | "common", other: WorkplaneImpl | Shape | undefined, options?: { clean?: boolean }): WorkplaneImpl {
  const method = { fuse: "union", cut: "cut", common: "intersect" }[kind];
  const clean = booleanValue(method, "clean", readOptions(method, options, { clean: true }).clean);
  if (other === undefined) {
    if (kind !== "fuse") apiError(method, "needs a Workplane or solid to work with");
    return combine(wp, { clean });
  }
  const tools = solidsOf(method, other);
  const base = findSolid(wp);
  if (base === undefined) {
    if (kind !== "fuse") requireSolid(wp, method);
    return combine(wp.newObject(tools), { clean });
  }
  return wp.newObject([wrapShape(booleanOperation(kind, [unwrapShape(base)], tools.map(unwrapShape), { clean }))]);
}

/** Fuses all solids on the stack into one. */
export function combine(wp: WorkplaneImpl, options?: { clean?: boolean }): WorkplaneImpl {
  const clean = booleanValue("combine", "clean", readOptions("combine", options, { clean: true }).clean);
  const solids = wp.state.objects.filter((o): o is Shape => isShape(o) && SOLID_KINDS.has(o.kind));
  if (solids.length === 0) return wp.newObject([requireSolid(wp, "combine")]);
  if (solids.length === 1) return wp.newObject(solids);
  const [first, ...rest] = solids;
  return wp.newObject([wrapShape(booleanOperation("fuse", [unwrapShape(first!)], rest.map(unwrapShape), { clean }))]);
}

export function clean(wp: WorkplaneImpl): WorkplaneImpl {
  return wp.newObject(wp.state.objects.map((o) => (isShape(o) && SOLID_KINDS.has(o.kind) ? wrapShape(unifySameDomain(unwrapShape(o))) : o)));
}

function mapStack(wp: WorkplaneImpl, shapeFn: (s: Shape) => Shape, locationFn: (l: Location) => Location): WorkplaneImpl {
  return wp.newObject(wp.state.objects.map((o): StackItem => (o instanceof Location ? locationFn(o) : shapeFn(o))));
}

export function translate(wp: WorkplaneImpl, vector: VectorLike): WorkplaneImpl {
  const offset = Vector.from(vector);
  return mapStack(
    wp,
    (s) => wrapShape(translateShape(unwrapShape(s), offset.toTuple())),
    (l) => new Location(l.frame.withOrigin(l.position.add(offset))),
  );
}

export function rotate(wp: WorkplaneImpl, axisStart: VectorLike, axisEnd: VectorLike, angleDegrees: number): WorkplaneImpl {
  const start = Vector.from(axisStart);
  const axis = Vector.from(axisEnd).sub(start);
  if (axis.length < 1e-9) apiError("rotate", "axisStart and axisEnd must be different points");
  if (typeof angleDegrees !== "number" || !Number.isFinite(angleDegrees)) apiError("rotate", `angleDegrees must be a finite number; got ${describeValue(angleDegrees)}`);
  return mapStack(
    wp,
    (s) => wrapShape(rotateShape(unwrapShape(s), start.toTuple(), axis.normalized().toTuple(), angleDegrees)),
    (l) => l,
  );
}

export function mirror(wp: WorkplaneImpl, mirrorPlane: string | VectorLike | Shape | WorkplaneImpl, basePoint: VectorLike | undefined, options?: { union?: boolean }): WorkplaneImpl {
  const union = booleanValue("mirror", "union", readOptions("mirror", options, { union: false }).union);
  let normal: Vector;
  let face: Shape | undefined;
  if (isWorkplane(mirrorPlane) || isShape(mirrorPlane)) {
    // CadQuery: a face (or a Workplane whose first object is one) mirrors through its plane.
    const value = isWorkplane(mirrorPlane) ? mirrorPlane.vals()[0] : mirrorPlane;
    if (!isShape(value) || value.kind !== "face") apiError("mirror", `a face is required to mirror through; got ${value === undefined ? "nothing" : isShape(value) ? `a ${value.kind}` : describeValue(value)}`);
    face = value;
    normal = value.normalAt();
  } else if (typeof mirrorPlane === "string") {
    normal = Plane.named(mirrorPlane).zDir;
  } else {
    normal = Vector.from(mirrorPlane);
  }
  const base = basePoint !== undefined ? Vector.from(basePoint) : face !== undefined ? face.Center() : new Vector();
  const stackShapes = wp.state.objects.filter(isShape);
  const sources = stackShapes.length > 0 ? stackShapes : [requireSolid(wp, "mirror")];
  const mirrored = sources.map((s) => wrapShape(mirrorShape(unwrapShape(s), base.toTuple(), normal.normalized().toTuple())));
  if (!union) return wp.newObject(mirrored);
  const solid = requireSolid(wp, "mirror");
  return wp.newObject([wrapShape(booleanOperation("fuse", [unwrapShape(solid)], mirrored.map(unwrapShape), { clean: true }))]);
}

export { compoundOf };

export function rotateAboutCenter(wp: WorkplaneImpl, axisEndPoint: VectorLike, angleDegrees: number): WorkplaneImpl {
  const axis = Vector.from(axisEndPoint);
  if (axis.length < 1e-9) apiError("rotateAboutCenter", "axisEndPoint must not be [0, 0, 0]");
  if (typeof angleDegrees !== "number" || !Number.isFinite(angleDegrees)) apiError("rotateAboutCenter", `angleDegrees must be a finite number; got ${describeValue(angleDegrees)}`);
  return mapStack(
    wp,
    (s) => wrapShape(rotateShape(unwrapShape(s), s.center(), axis.normalized().toTuple(), angleDegrees)),
    (l) => l,
  );
}
