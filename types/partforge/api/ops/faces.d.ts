import type { Plane } from "../plane.ts";
import type { Shape } from "../shapes/shape.ts";
/** Faces (normal along the plane's) from closed planar wires, with nesting resolved. */
export declare function wiresToFaces(wires: readonly Shape[], plane: Plane): Shape[];
