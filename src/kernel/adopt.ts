/** Turning raw OCCT results into owned replicad shapes without leaking the raw handles. */
import { cast, type AnyShape } from "replicad";
import type { TopoDS_Shape } from "replicad-opencascadejs";
import { kernel } from "./load.ts";
import { own } from "./scope.ts";

/**
 * OCCT algorithms wrap even a single solid in a compound; CadQuery users expect `val()` to be a
 * Solid then. Returns (a new handle to) that solid, or undefined when the shape is anything else.
 */
function loneSolid(shape: TopoDS_Shape): TopoDS_Shape | undefined {
  const oc = kernel();
  const kinds = oc.TopAbs_ShapeEnum;
  if (shape.ShapeType() !== kinds.TopAbs_COMPOUND) return undefined;
  const solids = new oc.TopExp_Explorer(shape, kinds.TopAbs_SOLID, kinds.TopAbs_SHAPE);
  const looseFaces = new oc.TopExp_Explorer(shape, kinds.TopAbs_FACE, kinds.TopAbs_SOLID);
  try {
    if (!solids.More() || looseFaces.More()) return undefined;
    const first = solids.Current();
    solids.Next();
    if (solids.More()) {
      first.delete();
      return undefined;
    }
    return first;
  } finally {
    solids.delete();
    looseFaces.delete();
  }
}

/**
 * Wraps an algorithm's raw result in replicad's typed class, owned by the build's scope, and
 * frees the raw handle (it would otherwise keep the whole geometry alive). A compound holding a
 * single solid comes back as that solid.
 */
export function adopt(raw: TopoDS_Shape): AnyShape {
  const solid = loneSolid(raw);
  try {
    return own(cast(solid ?? raw));
  } finally {
    solid?.delete();
    raw.delete();
  }
}

/** Like `adopt`, for a raw handle the caller still needs (and frees) itself. */
export function adoptCopy(raw: TopoDS_Shape): AnyShape {
  return own(cast(raw));
}
