/**
 * Spline surfaces approximated through a grid of points (CadQuery's `Face.makeSplineApprox`,
 * GeomAPI_PointsToBSplineSurface). Every OCCT temporary is freed by `kernelRun`; the face is handed
 * to the build's scope.
 */
import type { AnyShape } from "replicad";
import { kernelRun } from "./run.ts";
import { adopt } from "./adopt.ts";
import type { Triple } from "./operations.ts";

/**
 * A B-spline face approximating `grid` (rows of equal length, at least 2 × 2) within `tolerance`:
 * with `smoothing` weights the variational algorithm (degree up to `maxDegree`), else degrees
 * `minDegree`…`maxDegree`, continuity C2 as OCCT's default.
 */
export function makeSplineApproxFace(
  grid: readonly (readonly Triple[])[],
  options: { tolerance: number; smoothing?: readonly [number, number, number] | null | undefined; minDegree: number; maxDegree: number },
): AnyShape {
  return kernelRun("spline surface approximation", (oc, keep) => {
    const rows = grid.length;
    const cols = grid[0]?.length ?? 0;
    const array = keep(new oc.NCollection_Array2_gp_Pnt(1, rows, 1, cols));
    grid.forEach((row, i) => row.forEach((p, j) => array.SetValue(i + 1, j + 1, keep(new oc.gp_Pnt(...p)))));
    const builder = keep(new oc.GeomAPI_PointsToBSplineSurface());
    if (options.smoothing) {
      const [w1, w2, w3] = options.smoothing;
      builder.Init(array, w1, w2, w3, options.maxDegree, oc.GeomAbs_Shape.GeomAbs_C2, options.tolerance);
    } else {
      builder.Init(array, options.minDegree, options.maxDegree, oc.GeomAbs_Shape.GeomAbs_C2, options.tolerance);
    }
    if (!builder.IsDone()) throw new Error("B-spline surface approximation failed");
    const surface = keep(builder.Surface());
    return adopt(keep(new oc.BRepBuilderAPI_MakeFace(surface, 1e-7)).Face());
  });
}
