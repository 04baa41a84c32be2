import type { Selectable } from "./selectable.ts";
import { Selector } from "./selector.ts";
/** CadQuery's surface type names (`geom_LUT_FACE`). */
export declare const FACE_GEOM_TYPES: readonly ["PLANE", "CYLINDER", "CONE", "SPHERE", "TORUS", "BEZIER", "BSPLINE", "REVOLUTION", "EXTRUSION", "OFFSET", "OTHER"];
/** CadQuery's curve type names (`geom_LUT_EDGE`). */
export declare const EDGE_GEOM_TYPES: readonly ["LINE", "CIRCLE", "ELLIPSE", "HYPERBOLA", "PARABOLA", "BEZIER", "BSPLINE", "OFFSET", "OTHER"];
/** Every name the `%TYPE` string form accepts (case-insensitive), as CadQuery's grammar does. */
export declare const GEOM_TYPES: readonly GeomType[];
export type GeomType = (typeof FACE_GEOM_TYPES)[number] | (typeof EDGE_GEOM_TYPES)[number];
/**
 * Keeps objects whose `geomType` equals the type name (case-insensitive).
 * Considers: every object; faces and edges carry surface/curve types, other kinds their kind
 * name ("VERTEX", "SOLID", …), which only `TypeSelector`, not the `%` string form, accepts.
 * An unknown type name is an error rather than an empty selection.
 * @example new TypeSelector("PLANE") // same as "%PLANE"
 */
export declare class TypeSelector extends Selector {
    readonly typeString: string;
    constructor(typeString: string);
    filter<T extends Selectable>(objects: readonly T[]): T[];
    toString(): string;
}
