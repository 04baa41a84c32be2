/**
 * Operations of CadQuery's free-function API beyond the Workplane's: booleans with a fuzzy
 * tolerance and gluing, imprinting, lofts with every ThruSections setting, drafted prismatic
 * features (BRepFeat), filling against a context, offsets of faces, closest points. Every OCCT
 * temporary is freed in `finally`; results belong to the build's scope.
 */
import type { AnyShape } from "replicad";
import type { OpenCascadeInstance, TopoDS_Shape } from "replicad-opencascadejs";
import { kernelRun } from "./run.ts";
import { adopt } from "./adopt.ts";
import { setBooleanInputs } from "./booleanInputs.ts";
import type { Triple } from "./operations.ts";

export type Glue = "partial" | "full" | undefined;

function glueEnum(oc: OpenCascadeInstance, glue: Glue) {
  if (glue === "full") return oc.BOPAlgo_GlueEnum.BOPAlgo_GlueFull;
  if (glue === "partial") return oc.BOPAlgo_GlueEnum.BOPAlgo_GlueShift;
  return oc.BOPAlgo_GlueEnum.BOPAlgo_GlueOff;
}

/**
 * `args` fused with, cut by or intersected with `tools`, or split by them (CadQuery's `_bool_op`):
 * `fuzzy` > 0 treats shapes closer than it as touching; `glue` speeds up shapes that only touch.
 */
export function booleanWithOptions(kind: "fuse" | "cut" | "common" | "split", args: readonly AnyShape[], tools: readonly AnyShape[], fuzzy: number, glue: Glue): AnyShape {
  return kernelRun(kind === "common" ? "intersect" : kind, (oc, keep) => {
    const builder = keep(
      kind === "fuse" ? new oc.BRepAlgoAPI_Fuse() : kind === "cut" ? new oc.BRepAlgoAPI_Cut() : kind === "common" ? new oc.BRepAlgoAPI_Common() : new oc.BRepAlgoAPI_Splitter(),
    );
    setBooleanInputs(oc, keep, builder, args, tools);
    builder.SetUseOBB(true);
    if (fuzzy > 0) builder.SetFuzzyValue(fuzzy);
    if (glue !== undefined) builder.SetGlue(glueEnum(oc, glue));
    builder.Build(keep(new oc.Message_ProgressRange()));
    if (!builder.IsDone()) throw new Error(`the ${kind} did not complete`);
    return adopt(builder.Shape());
  });
}

/** Every shape split by all the others, shared parts made common (OCCT's General Fuse). */
export function imprintShapes(shapes: readonly AnyShape[], fuzzy: number, glue: Glue): AnyShape {
  return kernelRun("imprint", (oc, keep) => {
    const builder = keep(new oc.BRepAlgoAPI_BuilderAlgo());
    setBooleanInputs(oc, keep, builder, shapes);
    builder.SetUseOBB(true);
    if (fuzzy > 0) builder.SetFuzzyValue(fuzzy);
    builder.SetGlue(glueEnum(oc, glue));
    builder.Build(keep(new oc.Message_ProgressRange()));
    if (!builder.IsDone()) throw new Error("the shapes could not be imprinted");
    return adopt(builder.Shape());
  });
}

export interface LoftSettings {
  solid: boolean;
  ruled: boolean;
  continuity: "C1" | "C2" | "C3";
  degree: number;
  compat: boolean;
  smoothing: boolean;
  weights: readonly [number, number, number];
}

/** A loft through wires (and a vertex first or last) with CadQuery's ThruSections settings. */
export function loftWithSettings(sections: readonly AnyShape[], settings: LoftSettings): AnyShape {
  return kernelRun("loft", (oc, keep) => {
    const builder = keep(new oc.BRepOffsetAPI_ThruSections(settings.solid, settings.ruled, 1e-6));
    builder.SetMaxDegree(settings.degree);
    builder.CheckCompatibility(settings.compat);
    builder.SetContinuity({ C1: oc.GeomAbs_Shape.GeomAbs_C1, C2: oc.GeomAbs_Shape.GeomAbs_C2, C3: oc.GeomAbs_Shape.GeomAbs_C3 }[settings.continuity]);
    builder.SetSmoothing(settings.smoothing);
    builder.SetCriteriumWeight(...settings.weights);
    for (const section of sections) {
      if (section.wrapped.ShapeType() === oc.TopAbs_ShapeEnum.TopAbs_VERTEX) builder.AddVertex(keep(oc.TopoDS.Vertex(section.wrapped)));
      else builder.AddWire(keep(oc.TopoDS.Wire(section.wrapped)));
    }
    builder.Build(keep(new oc.Message_ProgressRange()));
    if (!builder.IsDone()) throw new Error("the sections could not be lofted");
    return adopt(builder.Shape());
  });
}

/** How far a prismatic feature goes: a height along the face normal, up to a face, between two faces, or through all. */
export type PrismExtent = { height: number } | { until: AnyShape } | { from: AnyShape; until: AnyShape } | "thruAll";

/**
 * A drafted prismatic feature (BRepFeat_MakeDPrism) of each face of `faces` on `context`:
 * `additive` fuses the feature, otherwise it is cut out; `angleDeg` drafts its sides.
 */
export function draftedPrismFeature(context: AnyShape, base: AnyShape | undefined, faces: readonly AnyShape[], extent: PrismExtent, angleDeg: number, additive: boolean): AnyShape {
  return kernelRun("prism", (oc, keep) => {
    if (faces.length === 0) throw new Error("no face to build the feature from");
    let current: TopoDS_Shape = context.wrapped;
    let owned = false;
    for (const face of faces) {
      // CadQuery's order: the profile face, then the face of `base` it is sketched on (or none).
      const sketch = keep(oc.TopoDS.Face(face.wrapped));
      const basis = base === undefined ? keep(new oc.TopoDS_Face()) : keep(oc.TopoDS.Face(base.wrapped));
      const feature = keep(new oc.BRepFeat_MakeDPrism(current, sketch, basis, (angleDeg * Math.PI) / 180, additive ? 1 : 0, false));
      if (extent === "thruAll") feature.PerformThruAll();
      else if ("height" in extent) feature.Perform(extent.height);
      else if ("from" in extent) feature.Perform(extent.from.wrapped, extent.until.wrapped);
      else feature.Perform(extent.until.wrapped);
      if (!feature.IsDone()) throw new Error("the prismatic feature could not be built");
      const next = feature.Shape();
      if (owned) keep(current);
      current = next;
      owned = true;
    }
    return adopt(current);
  });
}

/**
 * A surface filling the closed loop of `edges` through `points` and along `guides` (CadQuery's
 * `fill`); with `contexts` (each edge's face in the context shape), tangent (G1) to them as
 * CadQuery's `cap` (G1, as CadQuery asks: BRepFill passes the continuity's GeomAbs_Shape ordinal
 * on as the plate constraint's order, so GeomAbs_G2, ordinal 3, is refused as "not G0 G1 or G2").
 */
export function fillBoundary(edges: readonly AnyShape[], contexts: readonly AnyShape[] | undefined, guides: readonly AnyShape[], points: readonly Triple[]): AnyShape {
  return kernelRun(contexts === undefined ? "fill" : "cap", (oc, keep) => {
    const filling = keep(new oc.BRepOffsetAPI_MakeFilling());
    if (contexts !== undefined) filling.SetResolParam(2, 15, 5, false);
    edges.forEach((edge, i) => {
      const constraint = keep(oc.TopoDS.Edge(edge.wrapped));
      if (contexts === undefined) filling.Add(constraint, oc.GeomAbs_Shape.GeomAbs_C0, true);
      else filling.Add(constraint, keep(oc.TopoDS.Face(contexts[i]!.wrapped)), oc.GeomAbs_Shape.GeomAbs_G1, true);
    });
    for (const guide of guides) filling.Add(keep(oc.TopoDS.Edge(guide.wrapped)), oc.GeomAbs_Shape.GeomAbs_C0, false);
    for (const p of points) filling.Add(keep(new oc.gp_Pnt(...p)));
    filling.Build(keep(new oc.Message_ProgressRange()));
    if (!filling.IsDone()) throw new Error("no surface fills the given boundary");
    return adopt(filling.Shape());
  });
}

/** A face or shell offset by `distance` along its normal (an open offset surface, not a solid). */
export function offsetSurface(shape: AnyShape, distance: number): AnyShape {
  return kernelRun(`offset by ${distance}`, (oc, keep) => {
    const builder = keep(new oc.BRepOffsetAPI_MakeOffsetShape());
    builder.PerformBySimple(shape.wrapped, distance);
    if (!builder.IsDone()) throw new Error("the surface could not be offset");
    return adopt(builder.Shape());
  });
}

/** The closest points of two shapes (BRepExtrema_DistShapeShape), first solution. */
export function closestPoints(a: AnyShape, b: AnyShape): [Triple, Triple] {
  return kernelRun("closest points", (oc, keep) => {
    const extrema = keep(new oc.BRepExtrema_DistShapeShape(a.wrapped, b.wrapped));
    if (!extrema.IsDone() || extrema.NbSolution() < 1) throw new Error("no distance between the shapes could be computed");
    const p1 = keep(extrema.PointOnShape1(1));
    const p2 = keep(extrema.PointOnShape2(1));
    return [
      [p1.X(), p1.Y(), p1.Z()],
      [p2.X(), p2.Y(), p2.Z()],
    ];
  });
}
