/**
 * Lofts, sweeps, twisted extrusions, closed hollow solids, sections, splits and filled
 * surfaces. Every OCCT temporary is freed in `finally`; results belong to the build's scope.
 */
import type { AnyShape } from "replicad";
import type { OpenCascadeInstance, TopoDS_Shape } from "replicad-opencascadejs";
import { adoptShape, kernelRun } from "./curves.ts";
import { SHELL_TOLERANCE, type Triple } from "./operations.ts";
import type { Deletable } from "./scope.ts";
import { memoized } from "./memoSession.ts";
import { setBooleanInputs, shapeList } from "./booleanInputs.ts";
import { canonicalFaceOrder } from "./canonicalFaceOrder.ts";
import { canonicalEdges } from "./canonicalEdges.ts";

type Keep = <D extends Deletable>(value: D) => D;

/**
 * A solid through the sections in order (CadQuery's `loft`): wires, or a vertex first or last.
 * `ruled` makes flat faces between sections; otherwise smooth ones.
 */
export function loftSections(sections: readonly AnyShape[], ruled: boolean): AnyShape {
  return memoized("loft", ruled, sections, () => kernelRun("loft", (oc, keep) => {
    const builder = keep(new oc.BRepOffsetAPI_ThruSections(true, ruled, 1e-6));
    for (const section of sections) {
      const type = section.wrapped.ShapeType();
      if (type === oc.TopAbs_ShapeEnum.TopAbs_VERTEX) builder.AddVertex(keep(oc.TopoDS.Vertex(section.wrapped)));
      else builder.AddWire(keep(oc.TopoDS.Wire(section.wrapped)));
    }
    const progress = keep(new oc.Message_ProgressRange());
    builder.Build(progress);
    if (!builder.IsDone()) throw new Error("the sections could not be lofted");
    return adoptShape(builder.Shape());
  }));
}

export type Transition = "right" | "round" | "transformed";

export interface SweepOptions {
  isFrenet: boolean;
  transition: Transition;
  /** Fixed binormal direction (CadQuery's `normal`). */
  normal?: Triple | undefined;
  /** Auxiliary spine fixing the section's normal (CadQuery's `auxSpine`). */
  auxSpine?: AnyShape | undefined;
  /** Match spine and auxiliary spine by length ratio (sweep) rather than by plane (twist). */
  curvilinear?: boolean;
  makeSolid: boolean;
}

/** The sweep options as plain data, and the shapes among them, for the memo's key. */
function sweepKey(pathStart: Triple, options: SweepOptions): { args: unknown; shapes: AnyShape[] } {
  const { auxSpine, ...rest } = options;
  return { args: { ...rest, pathStart, auxSpine: auxSpine !== undefined }, shapes: auxSpine === undefined ? [] : [auxSpine] };
}

/** Sweeps each profile wire along `path` in one pipe shell (several = multisection). */
function pipeShell(oc: OpenCascadeInstance, keep: Keep, profiles: readonly TopoDS_Shape[], path: AnyShape, pathStart: Triple, options: SweepOptions): TopoDS_Shape {
  const spine = keep(oc.TopoDS.Wire(path.wrapped));
  const builder = keep(new oc.BRepOffsetAPI_MakePipeShell(spine));
  let rotate = false;
  if (options.normal) {
    const ax = keep(new oc.gp_Ax2(keep(new oc.gp_Pnt(...pathStart)), keep(new oc.gp_Dir(...options.normal))));
    builder.SetMode(ax);
    rotate = true;
  } else if (options.auxSpine) {
    builder.SetMode(keep(oc.TopoDS.Wire(options.auxSpine.wrapped)), options.curvilinear ?? true, oc.BRepFill_TypeOfContact.BRepFill_NoContact);
  } else {
    builder.SetMode(options.isFrenet);
  }
  builder.SetTransitionMode(
    {
      right: oc.BRepBuilderAPI_TransitionMode.BRepBuilderAPI_RightCorner,
      round: oc.BRepBuilderAPI_TransitionMode.BRepBuilderAPI_RoundCorner,
      transformed: oc.BRepBuilderAPI_TransitionMode.BRepBuilderAPI_Transformed,
    }[options.transition],
  );
  for (const profile of profiles) builder.Add(profile, false, rotate);
  const progress = keep(new oc.Message_ProgressRange());
  builder.Build(progress);
  if (!builder.IsDone()) throw new Error("the profile could not be swept along the path");
  if (options.makeSolid && !builder.MakeSolid()) throw new Error("the sweep does not close into a solid");
  return builder.Shape();
}

/**
 * Sweeps one profile (outer wire, minus the sweeps of its inner wires) along `path`
 * (CadQuery's `Solid.sweep`).
 */
export function sweepProfile(outer: AnyShape, inner: readonly AnyShape[], path: AnyShape, pathStart: Triple, options: SweepOptions): AnyShape {
  const key = sweepKey(pathStart, options);
  return memoized("sweep", { ...(key.args as object), inner: inner.length }, [outer, ...inner, path, ...key.shapes], () => kernelRun("sweep", (oc, keep) => {
    const outerSolid = pipeShell(oc, keep, [outer.wrapped], path, pathStart, options);
    if (inner.length === 0) return adoptShape(outerSolid);
    keep(outerSolid);
    // The only boolean that may change its arguments in place (see ./booleanInputs.ts): they
    // are the solids this run just swept, which nothing else holds.
    const cut = keep(new oc.BRepAlgoAPI_Cut());
    cut.SetArguments(shapeList(oc, keep, [outerSolid]));
    cut.SetTools(shapeList(oc, keep, inner.map((wire) => keep(pipeShell(oc, keep, [wire.wrapped], path, pathStart, options)))));
    cut.Build(keep(new oc.Message_ProgressRange()));
    if (!cut.IsDone()) throw new Error("the inner profile sweeps could not be cut out");
    return adoptShape(cut.Shape());
  }));
}

/** One sweep through several section wires along `path` (CadQuery's `Solid.sweep_multi`). */
export function sweepSections(sections: readonly AnyShape[], path: AnyShape, pathStart: Triple, options: SweepOptions): AnyShape {
  const key = sweepKey(pathStart, options);
  return memoized("multisection sweep", { ...(key.args as object), sections: sections.length }, [...sections, path, ...key.shapes], () =>
    kernelRun("multisection sweep", (oc, keep) => adoptShape(pipeShell(oc, keep, sections.map((s) => s.wrapped), path, pathStart, options))));
}

/**
 * Closes a hollow solid with no opening (CadQuery's `shell()` with no face selected): the
 * offset shell and the original one bound the wall; `thickness` > 0 grows outwards. OCCT is
 * called with CadQuery's arguments (`tolerance`, default 1e-4; Intersection on), as `shellSolid` is.
 * Memoized like `shellSolid`, so a rebuild with the same solid reuses the hollow.
 */
export function hollowClosed(solid: AnyShape, thickness: number, join: "arc" | "intersection", tolerance = SHELL_TOLERANCE): AnyShape {
  return memoized("closed shell", { thickness, join, tolerance }, [solid], () => kernelRun(`shell of thickness ${thickness}`, (oc, keep) => {
    const builder = keep(new oc.BRepOffsetAPI_MakeThickSolid());
    const progress = keep(new oc.Message_ProgressRange());
    builder.MakeThickSolidByJoin(
      solid.wrapped,
      keep(new oc.NCollection_List_TopoDS_Shape()),
      thickness,
      tolerance,
      oc.BRepOffset_Mode.BRepOffset_Skin,
      true,
      false,
      join === "arc" ? oc.GeomAbs_JoinType.GeomAbs_Arc : oc.GeomAbs_JoinType.GeomAbs_Intersection,
      false,
      progress,
    );
    builder.Build(progress);
    if (!builder.IsDone()) throw new Error(`cannot offset the solid by ${thickness}`);
    const firstShell = (shape: TopoDS_Shape) => {
      const explorer = keep(new oc.TopExp_Explorer(shape, oc.TopAbs_ShapeEnum.TopAbs_SHELL, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
      if (!explorer.More()) throw new Error("the offset has no shell");
      return keep(oc.TopoDS.Shell(keep(explorer.Current())));
    };
    // Faces, then edges and wires, in an order and sense that depend only on geometry.
    const offset = keep(oc.TopoDS.Shell(keep(canonicalEdges(oc, keep, firstShell(keep(canonicalFaceOrder(oc, keep, keep(builder.Shape()))))))));
    const original = firstShell(solid.wrapped);
    const [outer, inner] = thickness > 0 ? [offset, original] : [original, offset];
    const maker = keep(new oc.BRepBuilderAPI_MakeSolid(outer, keep(oc.TopoDS.Shell(inner.Reversed()))));
    if (!maker.IsDone()) throw new Error("the two walls do not make a solid");
    const fixer = keep(new oc.ShapeFix_Solid(keep(oc.TopoDS.Solid(keep(maker.Shape())))));
    fixer.Perform(keep(new oc.Message_ProgressRange()));
    return adoptShape(fixer.Solid());
  }));
}

/** The intersection of `shape` with the plane through `origin` with `normal` (faces). */
export function sectionByPlane(shape: AnyShape, origin: Triple, normal: Triple, halfSize: number): AnyShape {
  return kernelRun("section", (oc, keep) => {
    const plane = keep(new oc.gp_Pln(keep(new oc.gp_Pnt(...origin)), keep(new oc.gp_Dir(...normal))));
    const face = keep(new oc.BRepBuilderAPI_MakeFace(plane, -halfSize, halfSize, -halfSize, halfSize));
    const common = keep(new oc.BRepAlgoAPI_Common());
    setBooleanInputs(oc, keep, common, [shape], [keep(face.Face())]);
    common.Build(keep(new oc.Message_ProgressRange()));
    if (!common.IsDone()) throw new Error("the plane does not cut the solid");
    return adoptShape(common.Shape());
  });
}

/** `shape` split by `tools` (faces, shells or solids): every piece kept, as one compound. */
export function splitShape(shape: AnyShape, tools: readonly AnyShape[]): AnyShape {
  return memoized("split", null, [shape, ...tools], () => kernelRun("split", (oc, keep) => {
    const splitter = keep(new oc.BRepAlgoAPI_Splitter());
    setBooleanInputs(oc, keep, splitter, [shape], tools);
    splitter.Build(keep(new oc.Message_ProgressRange()));
    if (!splitter.IsDone()) throw new Error("the splitting tools do not cut the shape");
    return adoptShape(splitter.Shape());
  }));
}

export interface FillingOptions {
  degree: number;
  nbPtsOnCur: number;
  nbIter: number;
  anisotropy: boolean;
  tol2d: number;
  tol3d: number;
  tolAng: number;
  tolCurv: number;
  maxDeg: number;
  maxSegments: number;
}

/** A surface bounded by `edges` passing through `points` (CadQuery's `makeNSidedSurface`). */
export function fillSurface(edges: readonly AnyShape[], points: readonly Triple[], o: FillingOptions): AnyShape {
  return kernelRun("interpPlate", (oc, keep) => {
    const filling = keep(
      new oc.BRepOffsetAPI_MakeFilling(o.degree, o.nbPtsOnCur, o.nbIter, o.anisotropy, o.tol2d, o.tol3d, o.tolAng, o.tolCurv, o.maxDeg, o.maxSegments),
    );
    for (const edge of edges) filling.Add(keep(oc.TopoDS.Edge(edge.wrapped)), oc.GeomAbs_Shape.GeomAbs_C0, true);
    for (const point of points) filling.Add(keep(new oc.gp_Pnt(...point)));
    filling.Build(keep(new oc.Message_ProgressRange()));
    if (!filling.IsDone()) throw new Error("no surface fits the given edges and points");
    return adoptShape(filling.Shape());
  });
}

/** A solid from a face thickened by `thickness` along its normal (CadQuery's `Face.thicken`). */
export function thickenFace(face: AnyShape, thickness: number): AnyShape {
  return kernelRun(`thicken by ${thickness}`, (oc, keep) => {
    const builder = keep(new oc.BRepOffsetAPI_MakeThickSolid());
    builder.MakeThickSolidBySimple(face.wrapped, thickness);
    builder.Build(keep(new oc.Message_ProgressRange()));
    if (!builder.IsDone()) throw new Error("the face could not be thickened");
    const solid = builder.Shape();
    // A face whose normal points the other way gives an inside-out solid: turn it round.
    const props = keep(new oc.GProp_GProps());
    oc.BRepGProp.VolumeProperties(solid, props, true, false, false);
    if (props.Mass() >= 0) return adoptShape(solid);
    keep(solid);
    return adoptShape(solid.Reversed());
  });
}

/**
 * A compound holding `shapes`, which stay usable (replicad's `makeCompound` deletes its inputs,
 * which would leave the Workplane's earlier stack objects dangling).
 */
export function compoundOfShapes(shapes: readonly AnyShape[]): AnyShape {
  return memoized("compound", null, shapes, () => kernelRun("making a compound", (oc, keep) => {
    const builder = keep(new oc.TopoDS_Builder());
    const compound = new oc.TopoDS_Compound();
    builder.MakeCompound(compound);
    for (const shape of shapes) builder.Add(compound, shape.wrapped);
    return adoptShape(compound);
  }));
}

/**
 * A face on the plane through `origin` with `normal`, bounded by `outer` with `holes` (each wire
 * turned round where asked). For outlines OCCT's own plane fitting turns the wrong way up.
 */
export function faceOnPlane(
  origin: Triple,
  normal: Triple,
  outer: AnyShape,
  reverseOuter: boolean,
  holes: readonly { wire: AnyShape; reverse: boolean }[],
): AnyShape {
  const args = { origin, normal, reverseOuter, reverseHoles: holes.map((hole) => hole.reverse) };
  return memoized("face on a plane", args, [outer, ...holes.map((hole) => hole.wire)], () => kernelRun("making a face on a plane", (oc, keep) => {
    const wire = (shape: AnyShape, reverse: boolean) => keep(oc.TopoDS.Wire(reverse ? keep(shape.wrapped.Reversed()) : shape.wrapped));
    const plane = keep(new oc.gp_Pln(keep(new oc.gp_Pnt(...origin)), keep(new oc.gp_Dir(...normal))));
    const maker = keep(new oc.BRepBuilderAPI_MakeFace(plane, wire(outer, reverseOuter), true));
    for (const hole of holes) maker.Add(wire(hole.wire, hole.reverse));
    if (!maker.IsDone()) throw new Error("the outline does not bound a face on the plane");
    return adoptShape(maker.Face());
  }));
}

/**
 * A closed solid bounded by planar polygons (each a loop of points, repeated points dropped,
 * loops of fewer than three points skipped): the faces are sewn into a shell and closed.
 */
export function solidFromPolygons(polygons: readonly (readonly Triple[])[]): AnyShape {
  return kernelRun("making a solid from faces", (oc, keep) => {
    const same = (a: Triple, b: Triple) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) < 1e-9;
    const sewing = keep(new oc.BRepBuilderAPI_Sewing(1e-6, true, true, true, false));
    for (const polygon of polygons) {
      const points = polygon.filter((p, i) => !same(p, polygon[(i + 1) % polygon.length]!));
      if (points.length < 3) continue;
      const wire = keep(new oc.BRepBuilderAPI_MakeWire());
      points.forEach((p, i) => {
        const q = points[(i + 1) % points.length]!;
        wire.Add(keep(keep(new oc.BRepBuilderAPI_MakeEdge(keep(new oc.gp_Pnt(...p)), keep(new oc.gp_Pnt(...q)))).Edge()));
      });
      const face = keep(new oc.BRepBuilderAPI_MakeFace(keep(wire.Wire()), true));
      if (!face.IsDone()) throw new Error("a side of the solid is not planar");
      sewing.Add(keep(face.Face()));
    }
    sewing.Perform(keep(new oc.Message_ProgressRange()));
    const sewn = keep(sewing.SewedShape());
    const explorer = keep(new oc.TopExp_Explorer(sewn, oc.TopAbs_ShapeEnum.TopAbs_SHELL, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
    if (!explorer.More()) throw new Error("the faces do not close into a shell");
    const fixer = keep(new oc.ShapeFix_Solid());
    const solid = fixer.SolidFromShell(keep(oc.TopoDS.Shell(keep(explorer.Current()))));
    const props = keep(new oc.GProp_GProps());
    oc.BRepGProp.VolumeProperties(solid, props, true, false, false);
    if (props.Mass() >= 0) return adoptShape(solid);
    keep(solid);
    return adoptShape(solid.Reversed());
  });
}
