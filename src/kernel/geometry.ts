/** Geometric queries on shapes (types, normals, radii, bounds); temporaries freed in `finally`. */
import type { AnyShape } from "replicad";
import type { BRepAdaptor_Curve } from "replicad-opencascadejs";
import { kernelRun, type Keep } from "./run.ts";
import { adopt } from "./adopt.ts";
import { memoized } from "./memoSession.ts";
import type { Triple } from "./operations.ts";

/** CadQuery's names for OCCT surface types. */
const SURFACE_TYPES = ["PLANE", "CYLINDER", "CONE", "SPHERE", "TORUS", "BEZIER", "BSPLINE", "REVOLUTION", "EXTRUSION", "OFFSET", "OTHER"];
/** CadQuery's names for OCCT curve types. */
const CURVE_TYPES = ["LINE", "CIRCLE", "ELLIPSE", "HYPERBOLA", "PARABOLA", "BEZIER", "BSPLINE", "OFFSET", "OTHER"];

/** Position of an embind enum value in its enum (this build gives enum values as their names). */
function enumIndex(value: unknown, enumeration?: object): number {
  if (typeof value === "number") return value;
  if (typeof value === "string" && enumeration !== undefined) return Object.keys(enumeration).indexOf(value);
  return (value as { value: number }).value;
}

export function surfaceType(face: AnyShape): string {
  return kernelRun("surface type", (oc, keep) => {
    const adaptor = keep(new oc.BRepAdaptor_Surface(face.wrapped, true));
    return SURFACE_TYPES[enumIndex(adaptor.GetType(), oc.GeomAbs_SurfaceType)] ?? "OTHER";
  });
}

export function curveType(edge: AnyShape): string {
  return kernelRun("curve type", (oc, keep) => {
    const adaptor = keep(new oc.BRepAdaptor_Curve(edge.wrapped));
    return CURVE_TYPES[enumIndex(adaptor.GetType(), oc.GeomAbs_CurveType)] ?? "OTHER";
  });
}

/** Outward unit normal of a face at the centre of its UV bounds (or at `uv`). */
export function faceNormal(face: AnyShape): Triple {
  return kernelRun("face normal", (oc, keep) => {
    const props = keep(new oc.BRepGProp_Face(face.wrapped, false));
    const { U1, U2, V1, V2 } = props.Bounds(0, 0, 0, 0);
    const point = keep(new oc.gp_Pnt());
    const normal = keep(new oc.gp_Vec());
    props.Normal((U1 + U2) / 2, (V1 + V2) / 2, point, normal);
    const length = normal.Magnitude();
    return [normal.X() / length, normal.Y() / length, normal.Z() / length];
  });
}

/** Start and end points of the curve an adaptor holds (its parametrisation, not the edge's orientation). */
function curveEnds(adaptor: BRepAdaptor_Curve, keep: Keep): { start: Triple; end: Triple } {
  const start = keep(adaptor.Value(adaptor.FirstParameter()));
  const end = keep(adaptor.Value(adaptor.LastParameter()));
  return { start: [start.X(), start.Y(), start.Z()], end: [end.X(), end.Y(), end.Z()] };
}

/** Start point, end point and unit tangent at the middle of an edge (curve parametrisation). */
export function edgeEnds(edge: AnyShape): { start: Triple; end: Triple; tangent: Triple } {
  return kernelRun("edge ends", (oc, keep) => {
    const adaptor = keep(new oc.BRepAdaptor_Curve(edge.wrapped));
    const ends = curveEnds(adaptor, keep);
    const point = keep(new oc.gp_Pnt());
    const tangent = keep(new oc.gp_Vec());
    adaptor.D1((adaptor.FirstParameter() + adaptor.LastParameter()) / 2, point, tangent);
    const length = tangent.Magnitude() || 1;
    return { ...ends, tangent: [tangent.X() / length, tangent.Y() / length, tangent.Z() / length] };
  });
}

/** `edgeEnds`' start and end points of many edges in one kernel pass (no tangents). */
export function edgesEnds(edges: readonly AnyShape[]): { start: Triple; end: Triple }[] {
  return kernelRun("edge ends", (oc, keep) => edges.map((edge) => curveEnds(keep(new oc.BRepAdaptor_Curve(edge.wrapped)), keep)));
}

/** Start and end points of an edge as oriented in its wire (reversed edges swap them). */
export function orientedEdgeEnds(edge: AnyShape): { start: Triple; end: Triple } {
  const { start, end } = edgeEnds(edge);
  const reversed = kernelRun("edge orientation", (oc) => edge.wrapped.Orientation() === oc.TopAbs_Orientation.TopAbs_REVERSED);
  return reversed ? { start: end, end: start } : { start, end };
}

/** Radius of a circular edge, or of a cylindrical or spherical face; undefined otherwise. */
export function radiusOf(shape: AnyShape, dimension: 1 | 2): number | undefined {
  return kernelRun("radius", (oc, keep) => {
    if (dimension === 1) {
      const adaptor = keep(new oc.BRepAdaptor_Curve(shape.wrapped));
      if (CURVE_TYPES[enumIndex(adaptor.GetType(), oc.GeomAbs_CurveType)] !== "CIRCLE") return undefined;
      return keep(adaptor.Circle()).Radius();
    }
    const adaptor = keep(new oc.BRepAdaptor_Surface(shape.wrapped, true));
    const type = SURFACE_TYPES[enumIndex(adaptor.GetType(), oc.GeomAbs_SurfaceType)];
    if (type === "CYLINDER") return keep(adaptor.Cylinder()).Radius();
    if (type === "SPHERE") return keep(adaptor.Sphere()).Radius();
    return undefined;
  });
}

/** The outer wire of a face. */
export function outerWire(face: AnyShape): AnyShape {
  return kernelRun("outer wire", (oc) => adopt(oc.BRepTools.OuterWire(face.wrapped)));
}

export function isValidShape(shape: AnyShape): boolean {
  return kernelRun("validity check", (oc, keep) => keep(new oc.BRepCheck_Analyzer(shape.wrapped, true, false)).IsValid());
}

export function isNullShape(shape: AnyShape): boolean {
  return shape.wrapped.IsNull();
}

/** A circular edge that `sampleEdgesOrArcs` did not sample: what its samples would be is given by its circle. */
export interface SampledArc {
  center: Triple;
  /** The circle's axis: the parameter grows counter-clockwise seen from its tip. */
  axis: Triple;
  radius: number;
  /** The edge's parameter range on the circle (an angle in radians). */
  first: number;
  last: number;
  /** The edge is reversed in the wire: it runs from `last` to `first`. */
  reversed: boolean;
  /** The chords `sampleEdges` would have drawn along it (samples − 1). */
  chords: number;
}

/** One edge's samples, in its wire's direction: all of them, or for an arc only the first and last, with the arc. */
export interface EdgeSamples {
  points: Triple[];
  arc?: SampledArc;
}

/**
 * Points along each edge of a wire (or of one edge), following each edge's orientation in the
 * wire: enough to compute signed areas and point containment in the wire's plane.
 */
export function sampleEdges(shape: AnyShape, pointsPerEdge: number): Triple[][] {
  return walkEdges(shape, pointsPerEdge, false).map((edge) => edge.points);
}

/**
 * `sampleEdges`, except that a circular edge gets only its first and last sample (the same
 * points) and its circle: the polygon through its other samples follows from that in closed form,
 * without evaluating each point.
 */
export function sampleEdgesOrArcs(shape: AnyShape, pointsPerEdge: number): EdgeSamples[] {
  return walkEdges(shape, pointsPerEdge, true);
}

function walkEdges(shape: AnyShape, pointsPerEdge: number, arcsByCircle: boolean): EdgeSamples[] {
  return kernelRun("sampling a wire", (oc, keep) => {
    const explorer = keep(new oc.TopExp_Explorer(shape.wrapped, oc.TopAbs_ShapeEnum.TopAbs_EDGE, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
    const result: EdgeSamples[] = [];
    // One point written in place by D0 (what Value computes), not a new gp_Pnt per sample.
    const p = keep(new oc.gp_Pnt());
    for (; explorer.More(); explorer.Next()) {
      const edge = keep(oc.TopoDS.Edge(explorer.Current()));
      const adaptor = keep(new oc.BRepAdaptor_Curve(edge));
      const first = adaptor.FirstParameter();
      const last = adaptor.LastParameter();
      const type = CURVE_TYPES[enumIndex(adaptor.GetType(), oc.GeomAbs_CurveType)];
      const count = type === "LINE" ? 2 : Math.max(2, pointsPerEdge);
      const byCircle = arcsByCircle && type === "CIRCLE";
      const points: Triple[] = [];
      for (const i of byCircle ? [0, count - 1] : Array.from({ length: count }, (_, i) => i)) {
        adaptor.D0(first + ((last - first) * i) / (count - 1), p);
        points.push([p.X(), p.Y(), p.Z()]);
      }
      const reversed = edge.Orientation() === oc.TopAbs_Orientation.TopAbs_REVERSED;
      if (reversed) points.reverse();
      if (!byCircle) {
        result.push({ points });
        continue;
      }
      const circle = keep(adaptor.Circle());
      const center = keep(circle.Location());
      const axis = keep(keep(circle.Axis()).Direction());
      result.push({
        points,
        arc: { center: [center.X(), center.Y(), center.Z()], axis: [axis.X(), axis.Y(), axis.Z()], radius: circle.Radius(), first, last, reversed, chords: count - 1 },
      });
    }
    return result;
  });
}

/** A planar face bounded by `outer` with `holes`, each wire reversed first where asked. */
export function makePlanarFace(outer: AnyShape, reverseOuter: boolean, holes: readonly { wire: AnyShape; reverse: boolean }[]): AnyShape {
  const args = { reverseOuter, reverseHoles: holes.map((hole) => hole.reverse) };
  return memoized("planar face", args, [outer, ...holes.map((hole) => hole.wire)], () => kernelRun("making a face from wires", (oc, keep) => {
    const outerWire = reverseOuter ? keep(oc.TopoDS.Wire(outer.wrapped.Reversed())) : keep(oc.TopoDS.Wire(outer.wrapped));
    const builder = keep(new oc.BRepBuilderAPI_MakeFace(outerWire, true));
    if (!builder.IsDone()) throw new Error("the wire is not planar or not closed");
    for (const hole of holes) {
      builder.Add(hole.reverse ? keep(oc.TopoDS.Wire(hole.wire.wrapped.Reversed())) : keep(oc.TopoDS.Wire(hole.wire.wrapped)));
    }
    if (!builder.IsDone()) throw new Error("cannot add the inner wires to the face");
    const fixer = keep(new oc.ShapeFix_Face(builder.Face()));
    fixer.FixOrientation();
    fixer.Perform();
    return adopt(fixer.Face());
  }));
}
