import type { Plane } from "../plane.ts";
import type { Shape } from "../shapes/shape.ts";
/**
 * Faces (normal along the plane's) from closed planar wires, with nesting resolved. `madeFace`:
 * a face the caller already made from one of `wires` alone, not turned round (`makePlanarFace(wire,
 * false, [])`), used where this would make that very face again.
 */
export declare function wiresToFaces(wires: readonly Shape[], plane: Plane, madeFace?: {
    wire: Shape;
    face: Shape;
}): Shape[];
