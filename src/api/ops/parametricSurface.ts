/**
 * CadQuery 2.5's `Workplane.parametricSurface`: a B-spline face approximating `func(u, v)` sampled
 * on an (N+1) × (N+1) grid of u, v from `start` to `stop`, the points taken in the workplane's
 * coordinates (GeomAPI_PointsToBSplineSurface, through the kernel's `makeSplineApproxFace`).
 */
import { makeSplineApproxFace } from "../../kernel/index.ts";
import { apiError, positiveInteger, positiveNumber, finiteNumber } from "../options.ts";
import { wrapShape } from "../shape.ts";
import { describeValue, type VectorLike } from "../vector.ts";
import type { WorkplaneImpl } from "../workplane.ts";
import { worldPoint } from "./drawing.ts";

/** The most grid intervals per direction: (N+1)² points are evaluated and approximated in one build. */
export const MAX_SURFACE_N = 200;

export interface ParametricSurfaceOptions {
  N: number;
  start: number;
  stop: number;
  tol: number;
  minDeg: number;
  maxDeg: number;
  smoothing: readonly [number, number, number] | null;
}

export function parametricSurface(wp: WorkplaneImpl, func: (u: number, v: number) => VectorLike, options: ParametricSurfaceOptions): WorkplaneImpl {
  const method = "parametricSurface";
  if (typeof func !== "function") apiError(method, `expected a function (u, v) => [x, y, z]; got ${describeValue(func)}`);
  const n = positiveInteger(method, "N", options.N);
  if (n > MAX_SURFACE_N) apiError(method, `N is at most ${MAX_SURFACE_N} ((N+1)² points are approximated); got ${n}`);
  const start = finiteNumber(method, "start", options.start);
  const diff = finiteNumber(method, "stop", options.stop) - start;
  if (diff === 0) apiError(method, `start and stop must differ (the surface would be a point); both are ${start}`);
  const minDegree = positiveInteger(method, "minDeg", options.minDeg);
  const maxDegree = positiveInteger(method, "maxDeg", options.maxDeg);
  if (minDegree > maxDegree) apiError(method, `minDeg (${minDegree}) must not exceed maxDeg (${maxDegree})`);
  if (maxDegree > 25) apiError(method, `maxDeg is at most 25 (OCCT's B-spline limit); got ${maxDegree}`);
  const smoothing = options.smoothing;
  if (smoothing !== null && !smoothing.every((w) => Number.isFinite(w) && w >= 0)) {
    apiError(method, `smoothing weights must be finite and not negative; got ${describeValue(smoothing)}`);
  }
  // CadQuery's rows: u fixed along a row, v varying within it.
  const grid = Array.from({ length: n + 1 }, (_, i) =>
    Array.from({ length: n + 1 }, (_, j) => worldPoint(wp, method, func(start + (diff * i) / n, start + (diff * j) / n)).toTuple()),
  );
  const face = wrapShape(
    makeSplineApproxFace(grid, { tolerance: positiveNumber(method, "tol", options.tol), smoothing, minDegree, maxDegree }),
  );
  return wp.newObject([face]);
}
