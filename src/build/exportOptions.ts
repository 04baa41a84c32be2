/** Mesh export options and their documented bounds (README, "Output options"). */
import { PartforgeError } from "../shared/errors.ts";
import { DEFAULT_ANGULAR_TOLERANCE, DEFAULT_TOLERANCE } from "../kernel/index.ts";

export interface ExportOptions {
  /** Maximum distance between mesh and surface, in model units (mesh formats). */
  tolerance: number;
  /** Maximum angle between adjacent mesh normals, in radians (mesh formats). */
  angularTolerance: number;
  /** ASCII STL instead of binary. */
  ascii: boolean;
}

/** Documented bounds: finer meshes than these explode in size, coarser ones are useless. */
export const TOLERANCE_BOUNDS = { min: 0.001, max: 10 } as const;
export const ANGULAR_TOLERANCE_BOUNDS = { min: 0.01, max: 1.5 } as const;

export const DEFAULT_EXPORT_OPTIONS: Readonly<ExportOptions> = Object.freeze({
  tolerance: DEFAULT_TOLERANCE,
  angularTolerance: DEFAULT_ANGULAR_TOLERANCE,
  ascii: false,
});

function bounded(name: "tolerance" | "angularTolerance", value: number, bounds: { min: number; max: number }, unit: string): number {
  if (!Number.isFinite(value) || value < bounds.min || value > bounds.max) {
    throw new PartforgeError(
      "USAGE",
      `${name} must be a number from ${bounds.min} to ${bounds.max} ${unit}; got ${String(value)}`,
      { param: name },
    );
  }
  return value;
}

/** Checks tolerances against their bounds and fills in CadQuery's defaults. */
export function resolveExportOptions(given: Partial<ExportOptions> = {}): ExportOptions {
  return {
    tolerance: bounded("tolerance", given.tolerance ?? DEFAULT_TOLERANCE, TOLERANCE_BOUNDS, "model units"),
    angularTolerance: bounded("angularTolerance", given.angularTolerance ?? DEFAULT_ANGULAR_TOLERANCE, ANGULAR_TOLERANCE_BOUNDS, "radians"),
    ascii: given.ascii ?? false,
  };
}
