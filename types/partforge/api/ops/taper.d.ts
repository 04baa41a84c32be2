/** Tapered (drafted) extrusion, as CadQuery's `extrude(..., taper=)` and `cutBlind(..., taper=)`. */
import type { AnyShape } from "replicad";
import { type Shape } from "../shape.ts";
import type { Vector } from "../vector.ts";
/** Outer and inner wires of a face. */
export declare function faceWires(face: Shape): {
    outer: AnyShape;
    inner: AnyShape[];
};
/**
 * CadQuery's tapered prism: the side faces lean inwards by `taperDeg` (outwards when negative)
 * and the height along the normal is |distance|. Built as a ruled loft from the outline to its
 * offset, which is exact for straight and circular edges.
 */
export declare function taperedPrism(method: string, face: Shape, vector: Vector, taperDeg: number): Shape;
/**
 * Solids of the profile faces along `normal`·distance, tapered; `both` mirrors them to the other
 * side and fuses the halves as CadQuery's `Workplane._extrude` does: `Shape.fuse(glue=True)`, not
 * cleaned (the caller's combine cleans, as CadQuery's does).
 */
export declare function taperedPrisms(method: string, faces: readonly Shape[], normal: Vector, distance: number, taperDeg: number, both: boolean): Shape[];
/** The two halves of a both-ways extrusion fused as CadQuery's `_extrude` does: glue (GlueShift), not cleaned. */
export declare function fusedHalves(forward: AnyShape, backward: AnyShape): Shape;
