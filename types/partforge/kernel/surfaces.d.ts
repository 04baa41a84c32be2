/**
 * Spline surfaces approximated through a grid of points (CadQuery's `Face.makeSplineApprox`,
 * GeomAPI_PointsToBSplineSurface). Every OCCT temporary is freed by `kernelRun`; the face is handed
 * to the build's scope.
 */
import type { AnyShape } from "replicad";
import type { Triple } from "./operations.ts";
/**
 * A B-spline face approximating `grid` (rows of equal length, at least 2 × 2) within `tolerance`:
 * with `smoothing` weights the variational algorithm (degree up to `maxDegree`), else degrees
 * `minDegree`…`maxDegree`, continuity C2 as OCCT's default.
 */
export declare function makeSplineApproxFace(grid: readonly (readonly Triple[])[], options: {
    tolerance: number;
    smoothing?: readonly [number, number, number] | null | undefined;
    minDegree: number;
    maxDegree: number;
}): AnyShape;
