/** `%PLANE`, `%CIRCLE`, …: selection by geometry type. */
import { apiError } from "../options.ts";
import { closestName } from "../../shared/closest.ts";
import { describeValue } from "../vector.ts";
import type { Selectable } from "./selectable.ts";
import { Selector } from "./selector.ts";

/** CadQuery's surface type names (`geom_LUT_FACE`). */
export const FACE_GEOM_TYPES = [
  "PLANE",
  "CYLINDER",
  "CONE",
  "SPHERE",
  "TORUS",
  "BEZIER",
  "BSPLINE",
  "REVOLUTION",
  "EXTRUSION",
  "OFFSET",
  "OTHER",
] as const;

/** CadQuery's curve type names (`geom_LUT_EDGE`). */
export const EDGE_GEOM_TYPES = ["LINE", "CIRCLE", "ELLIPSE", "HYPERBOLA", "PARABOLA", "BEZIER", "BSPLINE", "OFFSET", "OTHER"] as const;

/** Every name the `%TYPE` string form accepts (case-insensitive), as CadQuery's grammar does. */
export const GEOM_TYPES: readonly GeomType[] = [...new Set<GeomType>([...FACE_GEOM_TYPES, ...EDGE_GEOM_TYPES])];

export type GeomType = (typeof FACE_GEOM_TYPES)[number] | (typeof EDGE_GEOM_TYPES)[number];

/** The `geomType` of objects that are neither faces nor edges; `TypeSelector` accepts these too. */
const KIND_GEOM_TYPES = ["VERTEX", "WIRE", "SHELL", "SOLID", "COMPOUND"] as const;

/**
 * Keeps objects whose `geomType` equals the type name (case-insensitive).
 * Considers: every object; faces and edges carry surface/curve types, other kinds their kind
 * name ("VERTEX", "SOLID", …), which only `TypeSelector`, not the `%` string form, accepts.
 * An unknown type name is an error rather than an empty selection.
 * @example new TypeSelector("PLANE") // same as "%PLANE"
 */
export class TypeSelector extends Selector {
  readonly typeString: string;

  constructor(typeString: string) {
    super();
    const known: readonly string[] = [...GEOM_TYPES, ...KIND_GEOM_TYPES];
    const upper = typeof typeString === "string" ? typeString.toUpperCase() : undefined;
    if (upper === undefined || !known.includes(upper)) {
      const suggestion = upper === undefined ? undefined : closestName(upper, known);
      const hint = suggestion === undefined ? "" : ` (did you mean ${suggestion}?)`;
      apiError("TypeSelector", `unknown geometry type ${describeValue(typeString)}${hint}; expected one of ${known.join(", ")}`);
    }
    this.typeString = upper;
  }

  override filter<T extends Selectable>(objects: readonly T[]): T[] {
    return objects.filter((object) => object.geomType.toUpperCase() === this.typeString);
  }

  override toString(): string {
    return `%${this.typeString}`;
  }
}
