/** Mesh export options and their documented bounds (README, "Output options"). */
import { PartforgeError } from "../shared/errors.ts";
import { DEFAULT_ANGULAR_TOLERANCE, DEFAULT_TOLERANCE } from "../kernel/index.ts";
import type { OutputOptions } from "./outputOptions.ts";

export interface ExportOptions {
  /** Maximum distance between mesh and surface, in model units (mesh formats). */
  tolerance: number;
  /** Maximum angle between adjacent mesh normals, in radians (mesh formats). */
  angularTolerance: number;
  /** ASCII STL instead of binary. */
  ascii: boolean;
  /** The `out_*` options of SVG, DXF, PNG and PROPS (see outputOptions.ts); absent when none are given. */
  output?: OutputOptions;
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
    ...(given.output !== undefined && Object.keys(given.output).length > 0 ? { output: given.output } : {}),
  };
}

/**
 * Documented limit on the triangles of one build's mesh (all parts together): about 50 MB of
 * binary STL. Past it a build is refused with a 400 MESH_LIMIT naming the value to raise.
 */
export const MESH_TRIANGLE_LIMIT = 1_000_000;

/**
 * A request finer than these is first meshed at them, and refused early when that mesh, scaled
 * up, would be far over the limit (see `predictedTriangleCount`).
 */
export const PROBE_OPTIONS: Readonly<Pick<ExportOptions, "tolerance" | "angularTolerance">> = Object.freeze({
  tolerance: DEFAULT_TOLERANCE,
  angularTolerance: DEFAULT_ANGULAR_TOLERANCE,
});

/** How far over the limit a prediction must be before the fine mesh is not even tried. */
const PREDICTION_MARGIN = 4;

type Tolerances = Pick<ExportOptions, "tolerance" | "angularTolerance">;

/** How many times finer than the probe each tolerance is, as a factor on the triangle count. */
function refinement(options: Tolerances): { tolerance: number; angularTolerance: number } {
  return {
    // Doubly curved faces: triangle count ∝ 1/deflection and ∝ 1/angle², the worst cases.
    tolerance: Math.max(1, PROBE_OPTIONS.tolerance / options.tolerance),
    angularTolerance: Math.max(1, PROBE_OPTIONS.angularTolerance / options.angularTolerance) ** 2,
  };
}

/**
 * An upper estimate of the triangles at `options`, from the count of the probe mesh: each
 * criterion scaled as for a doubly curved face, which refines fastest.
 */
export function predictedTriangleCount(probeTriangles: number, options: Tolerances): number {
  const factors = refinement(options);
  return Math.ceil(probeTriangles * factors.tolerance * factors.angularTolerance);
}

/**
 * A 400 MESH_LIMIT when `triangles` exceeds the limit (a prediction: when it exceeds it by far),
 * naming the tolerance to raise: the one refined most, or `tolerance` when neither is finer than
 * its default.
 */
export function checkTriangleCount(triangles: number, options: Tolerances, how: { predicted: boolean }): void {
  const limit = how.predicted ? MESH_TRIANGLE_LIMIT * PREDICTION_MARGIN : MESH_TRIANGLE_LIMIT;
  if (triangles <= limit) return;
  triangleLimitExceeded(triangles, options, how.predicted ? { predicted: true } : {});
}

/**
 * The MESH_LIMIT error for a mesh of `triangles` triangles: `predicted` when the count is an
 * estimate from a coarser mesh, `partial` when meshing stopped at the part that crossed the limit
 * (the whole mesh has at least that many).
 */
export function triangleLimitExceeded(triangles: number, options: Tolerances, how: { predicted?: boolean; partial?: boolean }): never {
  const factors = refinement(options);
  const param = factors.angularTolerance > factors.tolerance ? "angularTolerance" : "tolerance";
  const now = param === "tolerance" ? `${options.tolerance} model units` : `${options.angularTolerance} rad`;
  const count = how.predicted === true ? `about ${triangles}` : how.partial === true ? `at least ${triangles}` : String(triangles);
  throw new PartforgeError(
    "MESH_LIMIT",
    `the mesh would have ${count} triangles, more than the limit of ${MESH_TRIANGLE_LIMIT}; ` +
      `raise ${param} (now ${now}) for a coarser mesh`,
    { param },
  );
}
