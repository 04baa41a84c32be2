/**
 * Hidden-line removal with OCCT's exact `HLRBRep_Algo` (as CadQuery's SVG export): the shapes
 * projected along a view direction, split into visible and hidden edges — sharp edges and
 * silhouettes (outlines of curved faces) — as 2D curves in the view's (right, up) coordinates.
 */
import type { AnyShape } from "replicad";
import { PartforgeError } from "../shared/errors.ts";
import type { Triple } from "./operations.ts";
import { planarCurvesOf, type PlanarCurve } from "./planarCurves.ts";
import { kernelRun } from "./run.ts";

export interface ProjectionView {
  /** From the part toward the viewer (need not be unit length). */
  toViewer: Triple;
  /** The screen's right axis, perpendicular to `toViewer`. */
  right: Triple;
}

export interface ProjectedEdges {
  visible: PlanarCurve[];
  hidden: PlanarCurve[];
}

export interface ProjectOptions {
  /** Also compute the hidden edges (slower); when false `hidden` is empty. */
  hidden: boolean;
  /** Chord deflection of the curves' polylines, in model units. */
  deflection: number;
}

/**
 * The visible and hidden edges of `shapes` seen along `view` (an orthographic projection).
 * @example projectEdges([box], { toViewer: [1, -1, 1], right: [1, 1, 0] }, { hidden: true, deflection: 0.01 })
 */
export function projectEdges(shapes: readonly AnyShape[], view: ProjectionView, options: ProjectOptions): ProjectedEdges {
  if (shapes.length === 0) throw new PartforgeError("INVALID_RESULT", "there is nothing to draw");
  return kernelRun("hidden-line projection", (oc, keep) => {
    const algo = keep(new oc.HLRBRep_Algo());
    for (const shape of shapes) algo.Add(shape.wrapped, 0);
    const origin = keep(new oc.gp_Pnt(0, 0, 0));
    const frame = keep(new oc.gp_Ax2(origin, keep(new oc.gp_Dir(...view.toViewer)), keep(new oc.gp_Dir(...view.right))));
    algo.Projector(keep(new oc.HLRAlgo_Projector(frame)));
    algo.Update();
    algo.Hide();
    const result = keep(new oc.HLRBRep_HLRToShape(algo));
    const curvesOf = (compound: InstanceType<typeof oc.TopoDS_Shape>) => (compound.IsNull() ? [] : planarCurvesOf(oc, keep, compound, options.deflection));
    const visible = [...curvesOf(keep(result.VCompound())), ...curvesOf(keep(result.OutLineVCompound()))];
    const hidden = options.hidden ? [...curvesOf(keep(result.HCompound())), ...curvesOf(keep(result.OutLineHCompound()))] : [];
    return { visible, hidden };
  });
}
