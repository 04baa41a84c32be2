/**
 * Keeping every part in a STEP file when parts share one kernel shape at different locations.
 *
 * OCCT's STEP writer (STEPControl_ActorWrite, both the plain and the document writer) transfers a
 * located shape through its un-located prototype and records that prototype as transferred; a
 * later part that *is* that prototype (the same kernel shape at the identity location) is then
 * found already transferred and left out of the file without an error. An assembly that places
 * one shape twice, moved once and as it is once (CadQuery's doc/assy.rst "Object locations":
 * `add(cone, loc=…)`, then `add(cone)`), lost its second part that way: one product in the file.
 *
 * Such a part is handed to the writer at an explicit identity location instead (a location made
 * from the identity transformation, which OCCT does not take for "no location"): the writer
 * transfers it as a new shape, as it does a part moved elsewhere (a part alone at such a location
 * is written byte for byte as at none: checked when this was written, 2026-12-07). The moved shape
 * may be nested: a compound part's members are transferred the same way, so a member moved itself
 * or inside a moved compound shadows a later un-moved part just as a moved part does. Parts in any
 * other arrangement are handed over as they are; test/exporters/locatedShapes.test.ts reads the
 * parts back from the file.
 */
import { cast } from "replicad";
import { kernel } from "./load.ts";
import type { ExportPart } from "./mesh.ts";

type Deletable = { delete(): void };
/** A shape type as the kernel gives it (embind enum values are singletons: usable as map keys). */
type ShapeKind = ReturnType<ExportPart["shape"]["wrapped"]["ShapeType"]>;

/**
 * The parts with each one that the writer would drop (its shape un-located and the partner of an
 * earlier, located part's shape: an un-located partner would be the same shape, which is one
 * product on purpose) given an explicit identity location. The kernel objects made are pushed to
 * `temporaries`.
 */
export function withLocatedPartners(parts: readonly ExportPart[], temporaries: Deletable[]): readonly ExportPart[] {
  if (parts.length < 2) return parts;
  let out: ExportPart[] | undefined;
  // Only a moved shape can shadow a later un-moved one, and two un-moved partners are the same shape:
  // each un-moved part is compared with the moved shapes of its own type before it. A moved shape may
  // be nested: a member of an earlier compound part, moved itself or inside a moved compound (the
  // writer transfers a compound's members as it does parts, so they shadow a later part alike).
  // Earlier parts are explored lazily, once per type asked for: a file of un-moved parts of one type
  // explores each part once for that type, and a file whose parts are all moved explores nothing.
  const moved = new Map<ShapeKind, { explored: number; shapes: ExportPart["shape"]["wrapped"][] }>();
  parts.forEach((part, index) => {
    const shape = part.shape.wrapped;
    if (index === 0 || shape.IsNull() || !hasNoLocation(shape)) return;
    const type = shape.ShapeType();
    let earlier = moved.get(type);
    if (earlier === undefined) moved.set(type, (earlier = { explored: 0, shapes: [] }));
    for (; earlier.explored < index; earlier.explored++) {
      const before = parts[earlier.explored]!.shape.wrapped;
      if (!before.IsNull()) collectMoved(before, type, earlier.shapes, temporaries);
    }
    if (!earlier.shapes.some((candidate) => candidate.IsPartner(shape))) return;
    out ??= [...parts];
    out[index] = { ...part, shape: atExplicitIdentity(shape, temporaries) };
  });
  return out ?? parts;
}

/**
 * Pushes to `moved` every shape of `type` in `shape` (itself included) that is moved itself or lies
 * inside a moved compound (its location as the explorer composes it is not the identity). The
 * shapes kept are pushed to `temporaries`.
 */
function collectMoved(shape: ExportPart["shape"]["wrapped"], type: ShapeKind, moved: ExportPart["shape"]["wrapped"][], temporaries: Deletable[]): void {
  const oc = kernel();
  const explorer = new oc.TopExp_Explorer(shape, type, oc.TopAbs_ShapeEnum.TopAbs_SHAPE);
  temporaries.push(explorer);
  for (; explorer.More(); explorer.Next()) {
    const inner = explorer.Current();
    if (hasNoLocation(inner)) inner.delete();
    else {
      temporaries.push(inner);
      moved.push(inner);
    }
  }
}

function hasNoLocation(shape: ExportPart["shape"]["wrapped"]): boolean {
  const location = shape.Location();
  try {
    return location.IsIdentity();
  } finally {
    location.delete();
  }
}

function atExplicitIdentity(shape: ExportPart["shape"]["wrapped"], temporaries: Deletable[]): ExportPart["shape"] {
  const oc = kernel();
  const keep = <T extends Deletable>(object: T): T => {
    temporaries.push(object);
    return object;
  };
  const location = keep(new oc.TopLoc_Location(keep(new oc.gp_Trsf())));
  return keep(cast(keep(shape.Located(location, false))));
}
