/**
 * A flat section of the parts by a plane parallel to XY (`BRepAlgoAPI_Section`): the edges
 * where the plane cuts the solids' faces, as exact 2D curves for a DXF outline.
 */
import type { AnyShape } from "replicad";
import { PartforgeError } from "../shared/errors.ts";
import { planarCurvesOf, type PlanarCurve } from "./planarCurves.ts";
import { kernelRun } from "./run.ts";

/**
 * The section curves of `shapes` at height `z` (model units), in X, Y.
 * @example sectionAtZ([box], 5, 0.001) // four lines for a box 0…10 high
 */
export function sectionAtZ(shapes: readonly AnyShape[], z: number, deflection: number): PlanarCurve[] {
  return kernelRun("section", (oc, keep) => {
    const plane = keep(new oc.gp_Pln(keep(new oc.gp_Pnt(0, 0, z)), keep(new oc.gp_Dir(0, 0, 1))));
    const curves: PlanarCurve[] = [];
    for (const shape of shapes) {
      const section = keep(new oc.BRepAlgoAPI_Section(shape.wrapped, plane, false));
      section.Approximation(true);
      section.Build(keep(new oc.Message_ProgressRange()));
      if (!section.IsDone()) throw new PartforgeError("GEOMETRY", `the section at z=${z} failed in the kernel`);
      curves.push(...planarCurvesOf(oc, keep, keep(section.Shape()), deflection));
    }
    return curves;
  });
}
