/**
 * `type=PROPS`: the facts of a built model as JSON — what a quoting tool or an assistant needs
 * without downloading a file. Numbers come from the exact B-rep (see kernel/properties.ts); this
 * module only assembles them, adds totals over the parts and, given a density, the mass.
 */
import type { ShapeProperties } from "../kernel/index.ts";
import { millimetresPer, type Unit } from "../shared/units.ts";
import { MATERIAL_DENSITIES, type MaterialName } from "./materials.ts";

export interface PartProperties extends ShapeProperties {
  name: string;
  color?: string;
}

export interface PropsOptions {
  /** The model's name. */
  name: string;
  unit: Unit;
  /** g/cm³: adds `mass` (g) and `massInertia` (g·unit²) to the model and to each part. */
  density?: number;
  /** A material of the documented table, for its density. */
  material?: MaterialName;
}

type Triple = [number, number, number];

/** The schema version of the JSON, raised when a field changes meaning. */
export const PROPS_VERSION = 1;

function union(parts: readonly ShapeProperties[]): { min: Triple; max: Triple } {
  const axis = (corner: "min" | "max", i: number) =>
    (corner === "min" ? Math.min : Math.max)(...parts.map((part) => part.boundingBox[corner][i]!));
  return { min: [axis("min", 0), axis("min", 1), axis("min", 2)], max: [axis("max", 0), axis("max", 1), axis("max", 2)] };
}

/** Parallel-axis theorem: each part's central tensor moved to the common centre, then summed. */
function combinedInertia(parts: readonly ShapeProperties[], centre: Triple): [Triple, Triple, Triple] {
  const total: [Triple, Triple, Triple] = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
  for (const part of parts) {
    const d = part.centerOfMass.map((c, i) => c - centre[i]!) as Triple;
    const d2 = d[0] ** 2 + d[1] ** 2 + d[2] ** 2;
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        total[i]![j]! += part.inertia[i]![j]! + part.volume * ((i === j ? d2 : 0) - d[i]! * d[j]!);
      }
    }
  }
  return total;
}

function massOf(volume: number, inertia: [Triple, Triple, Triple], gramsPerUnit3: number) {
  return { mass: volume * gramsPerUnit3, massInertia: inertia.map((row) => row.map((v) => v * gramsPerUnit3)) };
}

/**
 * The JSON document: `{ name, unit, volume, area, boundingBox, centerOfMass, inertia, counts,
 * valid, parts: [...] }`, plus `density`/`material`, `mass` and `massInertia` when a density is
 * known. Lengths in the model's unit, mass in grams.
 *
 * @example exportProps([bracket], { name: "bracket", unit: "mm", material: "pla" })
 */
export function exportProps(parts: readonly PartProperties[], options: PropsOptions): Uint8Array {
  const density = options.density ?? (options.material !== undefined ? MATERIAL_DENSITIES[options.material] : undefined);
  // g/cm³ → g per cubic model unit.
  const gramsPerUnit3 = density === undefined ? undefined : density * (millimetresPer(options.unit) / 10) ** 3;
  const volume = parts.reduce((sum, part) => sum + part.volume, 0);
  const massive = parts.filter((part) => part.volume > 0);
  const centerOfMass: Triple =
    massive.length === 0 ? [...parts[0]!.centerOfMass] : ([0, 1, 2].map((i) => massive.reduce((sum, p) => sum + p.centerOfMass[i]! * p.volume, 0) / volume) as Triple);
  const inertia = combinedInertia(massive, centerOfMass);
  const sum = (key: keyof ShapeProperties["counts"]) => parts.reduce((total, part) => total + part.counts[key], 0);
  const document = {
    format: "partforge-props",
    version: PROPS_VERSION,
    name: options.name,
    unit: options.unit,
    ...(density !== undefined ? { density, densityUnit: "g/cm3", ...(options.material !== undefined ? { material: options.material } : {}) } : {}),
    volume,
    area: parts.reduce((total, part) => total + part.area, 0),
    boundingBox: union(parts),
    centerOfMass,
    inertia,
    ...(gramsPerUnit3 !== undefined ? massOf(volume, inertia, gramsPerUnit3) : {}),
    counts: { parts: parts.length, solids: sum("solids"), shells: sum("shells"), faces: sum("faces"), wires: sum("wires"), edges: sum("edges"), vertices: sum("vertices") },
    valid: parts.every((part) => part.valid),
    parts: parts.map((part) => ({
      name: part.name,
      ...(part.color !== undefined ? { color: part.color } : {}),
      volume: part.volume,
      area: part.area,
      boundingBox: part.boundingBox,
      centerOfMass: part.centerOfMass,
      inertia: part.inertia,
      ...(gramsPerUnit3 !== undefined ? massOf(part.volume, part.inertia, gramsPerUnit3) : {}),
      counts: part.counts,
      valid: part.valid,
    })),
  };
  return new TextEncoder().encode(`${JSON.stringify(document, null, 2)}\n`);
}
