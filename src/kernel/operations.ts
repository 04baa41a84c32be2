/**
 * Raw OpenCascade algorithms the modelling API needs beyond replicad, written so that every
 * OCCT object they create is freed in `finally` (replicad leaves builders to the GC).
 */
import type { AnyShape, Edge, Face } from "replicad";
import type { OpenCascadeInstance, TopoDS_Shape } from "replicad-opencascadejs";
import { kernelRun, type Keep } from "./run.ts";
import { adopt, adoptCopy } from "./adopt.ts";
import { markShape, memoized, shapeKey } from "./memoSession.ts";
import { subShapeKey } from "./operationKey.ts";
import { distinctSubShapes } from "./shapeIds.ts";
import { setBooleanInputs, shapeList } from "./booleanInputs.ts";
import { canonicalFaceOrder } from "./canonicalFaceOrder.ts";

type BooleanKind = "fuse" | "cut" | "common";

/**
 * One boolean operation of many arguments against many tools (OCCT's General Fuse), so that
 * cutting 100 holes is one operation, not 100. `clean` then runs CadQuery's `Shape.clean()` on
 * the builder's result, as `Workplane.union`/`cut`/`intersect`/`_combineWithBase` do with
 * `clean=True` (not the builder's `SimplifyResult`, whose angular tolerance and lack of B-spline
 * concatenation are not CadQuery's: it merged faces up to 1e-3 rad apart that CadQuery keeps).
 * `glue` sets the builder's shifted glue (`BOPAlgo_GlueShift`), as CadQuery's `Shape.fuse(glue=True)`.
 */
export function booleanOperation(
  kind: BooleanKind,
  objects: readonly AnyShape[],
  tools: readonly AnyShape[],
  options: { clean: boolean; glue?: boolean },
): AnyShape {
  const glue = options.glue === true;
  return memoized(`boolean ${kind}`, { clean: options.clean, glue, objects: objects.length }, [...objects, ...tools], () => kernelRun(kind === "common" ? "intersect" : kind, (oc, keep) => {
    const builder = keep(
      kind === "fuse"
        ? new oc.BRepAlgoAPI_Fuse()
        : kind === "cut"
          ? new oc.BRepAlgoAPI_Cut()
          : new oc.BRepAlgoAPI_Common(),
    );
    setBooleanInputs(oc, keep, builder, objects, tools);
    if (glue) builder.SetGlue(oc.BOPAlgo_GlueEnum.BOPAlgo_GlueShift);
    const progress = keep(new oc.Message_ProgressRange());
    builder.Build(progress);
    if (!builder.IsDone()) throw new Error("the boolean operation did not complete");
    if (!options.clean) return adopt(builder.Shape());
    return adopt(unified(oc, keep, keep(builder.Shape())));
  }));
}

/** Merges coplanar faces and collinear edges (OCCT's ShapeUpgrade_UnifySameDomain). */
export function unifySameDomain(shape: AnyShape): AnyShape {
  return memoized("clean", null, [shape], () => kernelRun("clean", (oc, keep) => adopt(unified(oc, keep, shape.wrapped))));
}

/**
 * CadQuery's `Shape.clean()`, call for call: the unifier with edges, faces and B-spline
 * concatenation on, internal edges not allowed, OCCT's default tolerances, no history kept.
 */
function unified(oc: OpenCascadeInstance, keep: Keep, shape: TopoDS_Shape): TopoDS_Shape {
  const unifier = keep(new oc.ShapeUpgrade_UnifySameDomain(shape, true, true, true));
  unifier.AllowInternalEdges(false);
  unifier.Build();
  return unifier.Shape();
}

export type SubShapeKind = "vertex" | "edge" | "wire" | "face" | "shell" | "solid" | "compound";

/**
 * The distinct sub-shapes of one kind, in OCCT's exploration order (each appears once).
 * Degenerated edges (the collapsed seam at a cone's apex or a sphere's pole) are left out, as
 * CadQuery's `Edges()` does.
 */
export function subShapes(shape: AnyShape, kind: SubShapeKind): AnyShape[] {
  return markedParts(shape, kind, kernelRun(`listing ${kind}s`, (oc, keep) => {
    // Told apart by OCCT's shape hash, then IsSame within a bucket: linear, not quadratic.
    const ids = distinctSubShapes(oc, keep, shape.wrapped, kind);
    return Array.from({ length: ids.size }, (_, id) => adoptCopy(ids.shape(id)));
  }));
}

/** Gives each of `parts` (found in `parent`, in a deterministic order) a key derived from the parent's, when it has one. */
function markedParts(parent: AnyShape, kind: string, parts: AnyShape[]): AnyShape[] {
  const parentKey = shapeKey(parent);
  if (parentKey !== undefined) parts.forEach((part, index) => markShape(part, subShapeKey(parentKey, kind, index)));
  return parts;
}

/** Fillets `edges` of `shape` with `radius`. */
export function filletEdges(shape: AnyShape, edges: readonly Edge[], radius: number): AnyShape {
  return memoized("fillet", radius, [shape, ...edges], () => kernelRun(`fillet of radius ${radius}`, (oc, keep) => {
    const builder = keep(new oc.BRepFilletAPI_MakeFillet(shape.wrapped, oc.ChFi3d_FilletShape.ChFi3d_Rational));
    for (const edge of edges) builder.Add(radius, edge.wrapped);
    const progress = keep(new oc.Message_ProgressRange());
    builder.Build(progress);
    if (!builder.IsDone()) throw new Error(`fillet radius ${radius} is too large for the selected edges`);
    return adopt(builder.Shape());
  }));
}

/**
 * Chamfers `edges`. With `faceFor`, as CadQuery's `Mixin3D.chamfer` (Workplane.chamfer) calls OCCT:
 * every edge added with two distances and a face, `length` on `faceFor(edge)` (the first face of
 * the shape holding the edge, as CadQuery's edge→face map gives it) and `length2` — or `length`
 * again when there is none — on the other. Without `faceFor`, as CadQuery's free `chamfer` calls it:
 * the symmetric one-distance `Add(length, edge)`.
 */
export function chamferEdges(
  shape: AnyShape,
  edges: readonly Edge[],
  length: number,
  length2: number | undefined,
  faceFor: ((edge: Edge) => Face) | undefined,
): AnyShape {
  if (faceFor === undefined && length2 !== undefined) throw new Error("an asymmetric chamfer needs the face of each edge");
  const faces = faceFor === undefined ? [] : edges.map(faceFor);
  const key = { length, length2, withFaces: faceFor !== undefined };
  return memoized("chamfer", key, [shape, ...edges, ...faces], () => kernelRun(`chamfer of length ${length}`, (oc, keep) => {
    const builder = keep(new oc.BRepFilletAPI_MakeChamfer(shape.wrapped));
    edges.forEach((edge, i) => {
      if (faceFor === undefined) builder.Add(length, edge.wrapped);
      else builder.Add(length, length2 ?? length, edge.wrapped, faces[i]!.wrapped);
    });
    const progress = keep(new oc.Message_ProgressRange());
    builder.Build(progress);
    if (!builder.IsDone()) throw new Error(`chamfer length ${length} is too large for the selected edges`);
    return adopt(builder.Shape());
  }));
}

/** CadQuery's default tolerance of `Mixin3D.shell` (and the one `Workplane.shell` always uses). */
export const SHELL_TOLERANCE = 1e-4;

/**
 * Hollows `shape` keeping walls of `thickness` (negative: inwards), opening `openFaces`.
 * `join` is how offset faces meet: rounded arcs or sharp intersections. OCCT is called as
 * CadQuery's `Mixin3D.hollow`/`shell` calls it: `tolerance` (its default 1e-4) and Intersection
 * on whatever the join (so inner faces are trimmed by intersecting them with each other).
 */
export function shellSolid(
  shape: AnyShape,
  openFaces: readonly Face[],
  thickness: number,
  join: "arc" | "intersection",
  tolerance = SHELL_TOLERANCE,
): AnyShape {
  return memoized("shell", { thickness, join, tolerance }, [shape, ...openFaces], () => kernelRun(`shell of thickness ${thickness}`, (oc, keep) => {
    const builder = keep(new oc.BRepOffsetAPI_MakeThickSolid());
    const joinType = join === "arc" ? oc.GeomAbs_JoinType.GeomAbs_Arc : oc.GeomAbs_JoinType.GeomAbs_Intersection;
    const progress = keep(new oc.Message_ProgressRange());
    builder.MakeThickSolidByJoin(
      shape.wrapped,
      shapeList(oc, keep, openFaces),
      thickness,
      tolerance,
      oc.BRepOffset_Mode.BRepOffset_Skin,
      true,
      false,
      joinType,
      false,
      progress,
    );
    builder.Build(progress);
    if (!builder.IsDone()) throw new Error(`cannot shell with thickness ${thickness}`);
    return adopt(canonicalFaceOrder(oc, keep, keep(builder.Shape())));
  }));
}

/**
 * The shapes a compound holds (CadQuery's iteration over a compound), found top-down: solids,
 * then shells, faces, wires, edges and vertices not inside one already listed.
 */
export function childShapes(shape: AnyShape): AnyShape[] {
  return markedParts(shape, "child", kernelRun("listing a compound's shapes", (oc, keep) => {
    const kinds = oc.TopAbs_ShapeEnum;
    const levels = [
      [kinds.TopAbs_SOLID, kinds.TopAbs_COMPSOLID],
      [kinds.TopAbs_SHELL, kinds.TopAbs_SOLID],
      [kinds.TopAbs_FACE, kinds.TopAbs_SHELL],
      [kinds.TopAbs_WIRE, kinds.TopAbs_FACE],
      [kinds.TopAbs_EDGE, kinds.TopAbs_WIRE],
      [kinds.TopAbs_VERTEX, kinds.TopAbs_EDGE],
    ] as const;
    const found: AnyShape[] = [];
    for (const [kind, avoid] of levels) {
      const explorer = keep(new oc.TopExp_Explorer(shape.wrapped, kind, avoid));
      for (; explorer.More(); explorer.Next()) found.push(adopt(explorer.Current()));
    }
    return found;
  }));
}

export type Triple = [number, number, number];
