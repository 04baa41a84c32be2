/**
 * Questions asked of shapes beyond measures: distances, inside tests, points by arc length, and
 * edges trimmed to a parameter range (for CadQuery's `distance`, `isInside`, `positionAt(d,
 * mode="length")`, `Edge.trim`). OCCT temporaries are freed in `finally`.
 */
import type { AnyShape } from "replicad";
import type { OpenCascadeInstance, TopoDS_Shape } from "replicad-opencascadejs";
import { kernelRun, type Keep } from "./run.ts";
import { adopt } from "./adopt.ts";
import type { Triple } from "./operations.ts";

function distanceTool(oc: OpenCascadeInstance, keep: Keep, a: TopoDS_Shape, b: TopoDS_Shape) {
  const tool = keep(new oc.BRepExtrema_DistShapeShape());
  tool.LoadS1(a);
  tool.LoadS2(b);
  tool.Perform(keep(new oc.Message_ProgressRange()));
  if (!tool.IsDone()) throw new Error("the distance could not be computed");
  return tool;
}

/** The least distance between two shapes (0 when they touch or one holds the other). */
export function distanceBetween(a: AnyShape, b: AnyShape): number {
  return kernelRun("distance", (oc, keep) => distanceTool(oc, keep, a.wrapped, b.wrapped).Value());
}

/** True when `point` is inside `solid` or within `tolerance` of its boundary. */
export function containsPoint(solid: AnyShape, point: Triple, tolerance: number): boolean {
  return kernelRun("isInside", (oc, keep) => {
    const vertex = keep(keep(new oc.BRepBuilderAPI_MakeVertex(keep(new oc.gp_Pnt(...point)))).Vertex());
    const tool = distanceTool(oc, keep, solid.wrapped, vertex);
    return tool.Value() <= tolerance || tool.InnerSolution();
  });
}

/** The curve parameter range of an edge, as OCCT stores it (orientation ignored). */
export function edgeParameterRange(edge: AnyShape): [number, number] {
  return kernelRun("edge parameters", (oc, keep) => {
    const adaptor = keep(new oc.BRepAdaptor_Curve(keep(oc.TopoDS.Edge(edge.wrapped))));
    return [adaptor.FirstParameter(), adaptor.LastParameter()];
  });
}

function trimmed(oc: OpenCascadeInstance, keep: Keep, edge: AnyShape, u0: number, u1: number) {
  const found = oc.BRep_Tool.Curve(keep(oc.TopoDS.Edge(edge.wrapped)), 0, 0);
  return keep(keep(new oc.BRepBuilderAPI_MakeEdge(found.returnValue, u0, u1)).Edge());
}

/** The edge's curve between parameters `u0` and `u1` (CadQuery's `Edge.trim`). */
export function trimEdge(edge: AnyShape, u0: number, u1: number): AnyShape {
  return kernelRun("trim", (oc, keep) => {
    const found = oc.BRep_Tool.Curve(keep(oc.TopoDS.Edge(edge.wrapped)), 0, 0);
    const maker = keep(new oc.BRepBuilderAPI_MakeEdge(found.returnValue, u0, u1));
    if (!maker.IsDone()) throw new Error(`the parameters ${u0} and ${u1} do not bound a piece of the edge`);
    return adopt(maker.Edge());
  });
}

/**
 * The fraction t (0…1) of the edge's parameter range, as drawn (a reversed edge from its last
 * parameter), at which the length from the start is `fraction` of the whole: Newton steps on the
 * arc length, bisection when a step leaves the bracket.
 */
export function parameterFractionAtLength(edge: AnyShape, fraction: number): number {
  return kernelRun("point by length", (oc, keep) => {
    const adaptor = keep(new oc.BRepAdaptor_Curve(keep(oc.TopoDS.Edge(edge.wrapped))));
    const first = adaptor.FirstParameter();
    const last = adaptor.LastParameter();
    const reversed = edge.wrapped.Orientation() === oc.TopAbs_Orientation.TopAbs_REVERSED;
    const lengthUpTo = (t: number) => {
      if (t <= 0) return 0;
      const u = reversed ? last - (last - first) * t : first + (last - first) * t;
      const piece = reversed ? trimmed(oc, keep, edge, u, last) : trimmed(oc, keep, edge, first, u);
      const props = keep(new oc.GProp_GProps());
      oc.BRepGProp.LinearProperties(piece, props, false, false);
      return props.Mass();
    };
    const total = lengthUpTo(1);
    const target = fraction * total;
    const speed = (t: number) => {
      const u = reversed ? last - (last - first) * t : first + (last - first) * t;
      const p = keep(new oc.gp_Pnt());
      const v = keep(new oc.gp_Vec());
      adaptor.D1(u, p, v);
      return v.Magnitude() * (last - first);
    };
    let [low, high, t] = [0, 1, fraction];
    for (let step = 0; step < 50; step++) {
      const error = lengthUpTo(t) - target;
      if (Math.abs(error) <= 1e-10 * Math.max(1, total)) return t;
      if (error > 0) high = t;
      else low = t;
      const next = t - error / (speed(t) || 1);
      t = next > low && next < high ? next : (low + high) / 2;
    }
    return t;
  });
}

/** The curve parameter at fraction `t` of the edge's parameter range, as drawn (a reversed edge counts from its last parameter). */
export function parameterAtFraction(edge: AnyShape, t: number): number {
  return kernelRun("edge parameter", (oc, keep) => {
    const adaptor = keep(new oc.BRepAdaptor_Curve(keep(oc.TopoDS.Edge(edge.wrapped))));
    const [first, last] = [adaptor.FirstParameter(), adaptor.LastParameter()];
    const reversed = edge.wrapped.Orientation() === oc.TopAbs_Orientation.TopAbs_REVERSED;
    return reversed ? last - (last - first) * t : first + (last - first) * t;
  });
}

/**
 * Unit normal of a face (its orientation respected) and the point, at surface parameters
 * `(u, v)`, where `near` projects onto the surface, or at `"middle"`: the middle of the face's
 * parameter bounds (CadQuery's `normalAt()` without a point). The middle is a point of the surface
 * on every face; the centre of mass is not (a full cylinder's lies on the axis, a sphere's at its
 * centre, and neither projects onto the surface at one point).
 */
export function faceNormalAt(face: AnyShape, at: { u: number; v: number } | { near: Triple } | "middle"): { normal: Triple; point: Triple } {
  return kernelRun("face normal", (oc, keep) => {
    const topoFace = keep(oc.TopoDS.Face(face.wrapped));
    const props = keep(new oc.BRepGProp_Face(topoFace, false));
    let u: number;
    let v: number;
    if (at === "middle") {
      const { UMin, UMax, VMin, VMax } = oc.BRepTools.UVBounds(topoFace, 0, 0, 0, 0);
      [u, v] = [(UMin + UMax) / 2, (VMin + VMax) / 2];
    } else if ("near" in at) {
      const surface = keep(oc.BRep_Tool.Surface(topoFace));
      const projector = keep(new oc.GeomAPI_ProjectPointOnSurf(keep(new oc.gp_Pnt(...at.near)), surface));
      if (projector.NbPoints() === 0) throw new Error("the point does not project onto the face");
      ({ U: u, V: v } = projector.LowerDistanceParameters(0, 0));
    } else {
      ({ u, v } = at);
    }
    const point = keep(new oc.gp_Pnt());
    const normal = keep(new oc.gp_Vec());
    props.Normal(u, v, point, normal);
    const length = normal.Magnitude();
    if (length < 1e-15) throw new Error(`the surface has no normal at (u, v) = (${u}, ${v})`);
    return { normal: [normal.X() / length, normal.Y() / length, normal.Z() / length], point: [point.X(), point.Y(), point.Z()] };
  });
}

/** True when the shape has no free boundary: a closed wire, a shell or solid without free edges (OCCT's BRep_Tool::IsClosed). */
export function isClosedShape(shape: AnyShape): boolean {
  return kernelRun("closedness", (oc) => oc.BRep_Tool.IsClosed(shape.wrapped));
}

/**
 * Whether the shape has at least one face: the first one found answers, where listing the faces
 * (`Shape.Faces()`) wraps every face of the model only to count them.
 */
export function hasFaces(shape: AnyShape): boolean {
  return kernelRun("face check", (oc, keep) => keep(new oc.TopExp_Explorer(shape.wrapped, oc.TopAbs_ShapeEnum.TopAbs_FACE, oc.TopAbs_ShapeEnum.TopAbs_SHAPE)).More());
}
