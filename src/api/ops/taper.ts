/** Tapered (drafted) extrusion, as CadQuery's `extrude(..., taper=)` and `cutBlind(..., taper=)`. */
import type { AnyShape } from "replicad";
import { booleanOperation, loftSections, offsetWire, outerWire, subShapes, translateShape } from "../../kernel/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { apiError } from "../options.ts";
import { unwrapShape, wrapShape, type Shape } from "../shape.ts";
import type { Vector } from "../vector.ts";

/** Outer and inner wires of a face. */
export function faceWires(face: Shape): { outer: AnyShape; inner: AnyShape[] } {
  const outer = outerWire(unwrapShape(face));
  const inner = subShapes(unwrapShape(face), "wire").filter((w) => !w.isSame(outer));
  return { outer, inner };
}

/**
 * CadQuery's tapered prism: the side faces lean inwards by `taperDeg` (outwards when negative)
 * and the height along the normal is |distance|. Built as a ruled loft from the outline to its
 * offset, which is exact for straight and circular edges.
 */
export function taperedPrism(method: string, face: Shape, vector: Vector, taperDeg: number): Shape {
  const { outer, inner } = faceWires(face);
  if (inner.length > 0) apiError(method, "a tapered extrusion cannot have holes in its outline (CadQuery refuses inner wires with taper too)");
  const offset = -vector.length * Math.tan((taperDeg * Math.PI) / 180);
  if (Math.abs(offset) < 1e-12) return wrapShape(loftSections([outer, translateShape(outer, vector.toTuple())], true));
  const tops = offsetWire(outer, offset, "intersection");
  if (tops.length !== 1) {
    throw new PartforgeError("GEOMETRY", `${method}: a taper of ${taperDeg}° closes the outline before the full height; use a smaller taper or distance`);
  }
  const top = translateShape(tops[0]!, vector.toTuple());
  return wrapShape(loftSections([outer, top], true));
}

/**
 * Solids of the profile faces along `normal`·distance, tapered; `both` mirrors them to the other
 * side and fuses the halves as CadQuery's `Workplane._extrude` does: `Shape.fuse(glue=True)`, not
 * cleaned (the caller's combine cleans, as CadQuery's does).
 */
export function taperedPrisms(method: string, faces: readonly Shape[], normal: Vector, distance: number, taperDeg: number, both: boolean): Shape[] {
  return faces.map((face) => {
    const forward = taperedPrism(method, face, normal.multiply(distance), taperDeg);
    if (!both) return forward;
    const backward = taperedPrism(method, face, normal.multiply(-distance), taperDeg);
    return fusedHalves(unwrapShape(forward), unwrapShape(backward));
  });
}

/** The two halves of a both-ways extrusion fused as CadQuery's `_extrude` does: glue (GlueShift), not cleaned. */
export function fusedHalves(forward: AnyShape, backward: AnyShape): Shape {
  return wrapShape(booleanOperation("fuse", [forward], [backward], { clean: false, glue: true }));
}

