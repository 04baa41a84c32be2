/** split, section and cutEach: cutting the solid in context (CadQuery semantics). */
import { booleanOperation, prism, sectionByPlane, splitShape, unifySameDomain } from "../../kernel/index.ts";
import { apiError, booleanValue, finiteNumber, readOptions } from "../options.ts";
import { Location } from "../location.ts";
import { isShape, unwrapShape, wrapShape, type Shape } from "../shape.ts";
import { describeValue, Vector } from "../vector.ts";
import type { StackItem, WorkplaneImpl } from "../workplane.ts";
import { isWorkplane } from "../workplaneKind.ts";
import { requireSolid, stackLocations } from "./context.ts";
import { takeProfiles } from "./profiles.ts";

export interface SplitOptions {
  keepTop?: boolean;
  keepBottom?: boolean;
}

/**
 * The boxes covering everything on one side of the workplane (`side` +1 above, −1 below), made as
 * CadQuery's `Workplane.split` makes them (cadquery/cq.py): `self.rect(maxDim, maxDim)._extrude(±maxDim)`,
 * a square of side `size` at each stack location extruded (BRepPrimAPI_MakePrism) that far.
 */
function halfSpaces(wp: WorkplaneImpl, size: number, side: 1 | -1): Shape[] {
  const { faces } = takeProfiles(wp.rect(size, size), "split");
  return faces.map((face) => wrapShape(prism(unwrapShape(face), wp.state.plane.zDir.multiply(side * size).toTuple())));
}

/**
 * The side of the boxes `split` cuts with. CadQuery's `Workplane.split` makes them
 * `BoundingBox().DiagonalLength * 10` square about each stack location (the workplane's origin
 * when the stack is empty) and as deep; checked about the origin, that
 * size is used whenever such boxes hold the whole bounding box (the same boxes, so the same cut
 * faces and bytes). A plane farther than that from the solid (its origin over 5 diagonals away
 * in the plane, or the solid over 10 diagonals away along the normal) would leave CadQuery's box
 * short of the solid, keeping all of it on the wrong side; then the side grows by 4× the distance
 * from the box's centre to the origin, which always reaches.
 */
function halfSpaceSize(wp: WorkplaneImpl, solid: Shape): number {
  const box = solid.BoundingBox();
  const cadquerySize = box.DiagonalLength * 10;
  const plane = wp.state.plane;
  const corners = [box.xmin, box.xmax].flatMap((x) => [box.ymin, box.ymax].flatMap((y) => [box.zmin, box.zmax].map((z) => plane.toLocalCoords(new Vector(x, y, z)))));
  const reaches = corners.every((c) => Math.abs(c.x) <= cadquerySize / 2 && Math.abs(c.y) <= cadquerySize / 2 && Math.abs(c.z) <= cadquerySize);
  return reaches ? cadquerySize : cadquerySize + box.center.sub(plane.origin).length * 4;
}

/**
 * CadQuery's `split`: with `{ keepTop, keepBottom }` cuts the solid by the workplane and keeps
 * the halves asked for (both: two solids on the stack); with a Workplane or shape, splits the
 * solid by those shapes and keeps every piece, as one compound.
 */
export function split(wp: WorkplaneImpl, arg?: SplitOptions | WorkplaneImpl | Shape): WorkplaneImpl {
  const method = "split";
  const solid = requireSolid(wp, method);
  if (isWorkplane(arg) || isShape(arg)) {
    const tools = isWorkplane(arg) ? arg.vals().filter(isShape) : [arg];
    if (tools.length === 0) apiError(method, "the splitting Workplane holds no shapes");
    return wp.newObject([wrapShape(splitShape(unwrapShape(solid), tools.map(unwrapShape)))]);
  }
  const opts = readOptions(method, arg, { keepTop: false, keepBottom: false });
  const keepTop = booleanValue(method, "keepTop", opts.keepTop);
  const keepBottom = booleanValue(method, "keepBottom", opts.keepBottom);
  if (!keepTop && !keepBottom) apiError(method, "keep at least one half: split({ keepTop: true }) or split({ keepBottom: true })");
  const size = halfSpaceSize(wp, solid);
  // Not cleaned: CadQuery's split keeps `solid.cut(box)`, Shape.cut's result as it is.
  const cutAway = (side: 1 | -1) => wrapShape(booleanOperation("cut", [unwrapShape(solid)], halfSpaces(wp, size, side).map(unwrapShape), { clean: false }));
  const kept: Shape[] = [];
  if (keepTop) kept.push(cutAway(-1));
  if (keepBottom) kept.push(cutAway(1));
  return wp.newObject(kept);
}

/** The cross-section of the solid by the workplane moved `height` along its normal. */
export function section(wp: WorkplaneImpl, height = 0): WorkplaneImpl {
  const method = "section";
  finiteNumber(method, "height", height);
  const solid = requireSolid(wp, method);
  const plane = wp.state.plane;
  const origin = plane.origin.add(plane.zDir.multiply(height));
  const size = solid.BoundingBox().DiagonalLength + solid.BoundingBox().center.sub(origin).length + 1;
  return wp.newObject([wrapShape(sectionByPlane(unwrapShape(solid), origin.toTuple(), plane.zDir.toTuple(), size * 2))]);
}

/** CadQuery's `cutEach`: cuts the shape `fn` makes at each stack location from the solid. */
export function cutEach(wp: WorkplaneImpl, fn: (location: Location) => StackItem, options?: { clean?: boolean }): WorkplaneImpl {
  const method = "cutEach";
  if (typeof fn !== "function") apiError(method, `expected a function location => shape; got ${describeValue(fn)}`);
  const { clean } = readOptions(method, options, { clean: true });
  const solid = requireSolid(wp, method);
  const tools = stackLocations(wp).map((location) => {
    const made = fn(location);
    if (!isShape(made)) apiError(method, `the function must return a solid; got ${describeValue(made)}`);
    return unwrapShape(made);
  });
  const cut = booleanOperation("cut", [unwrapShape(solid)], tools, { clean: false });
  return wp.newObject([wrapShape(booleanValue(method, "clean", clean) ? unifySameDomain(cut) : cut)]);
}
