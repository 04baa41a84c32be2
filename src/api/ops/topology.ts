/**
 * CadQuery's topological selectors `ancestors` and `siblings`: shapes of the solid in context
 * related to the stack's shapes through shared sub-shapes (OCCT's MapShapesAndAncestors). The
 * relations themselves are the Shape methods' (shapes/topology.ts).
 */
import { PartforgeError } from "../../shared/errors.ts";
import { apiError } from "../options.ts";
import { isShape, type Shape, type ShapeKind } from "../shape.ts";
import { ancestorShapes, siblingShapes, topologyKind } from "../shapes/topology.ts";
import type { WorkplaneImpl } from "../workplane.ts";
import { requireSolid, tagged } from "./context.ts";

function shapeKind(method: string, kind: string): ShapeKind {
  const found = topologyKind(kind);
  if (found === undefined) {
    // "CompSolid" is in CadQuery's literal; partforge's shapes have no such kind to return.
    throw new PartforgeError("NOT_SUPPORTED", `${method}: kind "${kind}" is not supported: partforge has no CompSolid shapes; use "Solid" or "Compound"`);
  }
  return found;
}

/** The shapes of the stack (or of the tagged Workplane's stack) these selectors start from. */
function startShapes(wp: WorkplaneImpl, method: string, tag: string | undefined): Shape[] {
  const source = tag === undefined ? wp : tagged(wp, tag, method);
  return source.state.objects.filter(isShape);
}

/**
 * CadQuery's `Workplane.ancestors(kind, tag)`: the shapes of `kind` in the solid in context that
 * contain a shape of the stack, each once, in the stack's order, then the solid's exploration order.
 */
export function ancestors(wp: WorkplaneImpl, kind: string, tag: string | undefined): WorkplaneImpl {
  const method = "ancestors";
  const ancestorKind = shapeKind(method, kind);
  const ctx = requireSolid(wp, method);
  const shapes = startShapes(wp, method, tag);
  return wp.newObject(
    ancestorShapes(ctx, ancestorKind, shapes, {
      withinAsItself: true,
      foreign: (shape) => apiError(method, `a ${shape.ShapeType()} on the stack is not part of the solid in context, so it has no ancestors there`),
    }),
  );
}

/**
 * CadQuery's `Workplane.siblings(kind, level, tag)`: the shapes of the solid in context of the
 * same kind as each stack shape that share a sub-shape of `kind` with it; `level` repeats the
 * step from the siblings found (never returning to a shape already reached). The stack's own
 * shapes are left out.
 */
export function siblings(wp: WorkplaneImpl, kind: string, level: number, tag: string | undefined): WorkplaneImpl {
  const method = "siblings";
  const linkKind = shapeKind(method, kind);
  if (level < 1) apiError(method, `level must be 1 or more (how many links away a sibling is); got ${level}`);
  const ctx = requireSolid(wp, method);
  return wp.newObject(siblingShapes(ctx, linkKind, startShapes(wp, method, tag), level, { withinAsItself: true }));
}
