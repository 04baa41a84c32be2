/**
 * The edges of a flat result (a section, or a hidden-line projection) as plain 2D curves for
 * the drawing exporters: exact lines, circles, arcs and B-splines where the kernel has them,
 * every curve also as a polyline within a deflection, oriented as its edge.
 */
import type { OpenCascadeInstance, TopoDS_Shape } from "replicad-opencascadejs";
import type { Keep } from "./run.ts";

export type Point2 = [number, number];

interface CurveBase {
  /** The curve sampled within the deflection, from its start to its end. */
  points: Point2[];
}

export type PlanarCurve =
  | (CurveBase & { kind: "line" })
  | (CurveBase & { kind: "circle"; center: Point2; radius: number })
  /** Counter-clockwise from `startDeg` to `endDeg` (degrees, `endDeg` > `startDeg`). */
  | (CurveBase & { kind: "arc"; center: Point2; radius: number; startDeg: number; endDeg: number })
  | (CurveBase & { kind: "spline"; degree: number; knots: number[]; controlPoints: Point2[]; weights?: number[]; periodic: boolean })
  | (CurveBase & { kind: "polyline" });

const CURVE_TYPES = ["LINE", "CIRCLE", "ELLIPSE", "HYPERBOLA", "PARABOLA", "BEZIER", "BSPLINE", "OFFSET", "OTHER"];

function enumIndex(value: unknown, enumeration?: object): number {
  if (typeof value === "number") return value;
  if (typeof value === "string" && enumeration !== undefined) return Object.keys(enumeration).indexOf(value);
  return (value as { value: number }).value;
}

type Oc = OpenCascadeInstance;
type Adaptor = InstanceType<Oc["BRepAdaptor_Curve"]>;

/** Points along the curve: a line's two ends, else OCCT's tangential deflection sampling. */
function sample(oc: Oc, keep: Keep, adaptor: Adaptor, isLine: boolean, deflection: number): Point2[] {
  const first = adaptor.FirstParameter();
  const last = adaptor.LastParameter();
  if (isLine) {
    return [first, last].map((u) => {
      const p = keep(adaptor.Value(u));
      return [p.X(), p.Y()] as Point2;
    });
  }
  const sampler = keep(new oc.GCPnts_TangentialDeflection(adaptor, first, last, 0.1, deflection, 2, 1e-9, 1e-7));
  const points: Point2[] = [];
  for (let i = 1; i <= sampler.NbPoints(); i++) {
    const p = keep(sampler.Value(i));
    points.push([p.X(), p.Y()]);
  }
  return points;
}

const degrees = (radians: number) => (radians * 180) / Math.PI;

function circleCurve(keep: Keep, adaptor: Adaptor, points: Point2[], reversed: boolean): PlanarCurve {
  const circle = keep(adaptor.Circle());
  const centre = keep(circle.Location());
  const center: Point2 = [centre.X(), centre.Y()];
  const radius = circle.Radius();
  const span = adaptor.LastParameter() - adaptor.FirstParameter();
  if (Math.abs(span - 2 * Math.PI) < 1e-9) return { kind: "circle", center, radius, points };
  // The angles of the ends about the centre; counter-clockwise in the XY plane from start to end.
  const angleOf = (p: Point2) => Math.atan2(p[1] - center[1], p[0] - center[0]);
  const axis = keep(keep(circle.Axis()).Direction());
  const counterClockwise = (axis.Z() > 0) !== reversed;
  const [from, to] = counterClockwise ? [points[0]!, points[points.length - 1]!] : [points[points.length - 1]!, points[0]!];
  const startDeg = degrees(angleOf(from));
  let endDeg = degrees(angleOf(to));
  while (endDeg <= startDeg) endDeg += 360;
  return { kind: "arc", center, radius, startDeg, endDeg, points };
}

function splineCurve(keep: Keep, adaptor: Adaptor, points: Point2[]): PlanarCurve {
  const spline = keep(adaptor.BSpline());
  const knots: number[] = [];
  for (let i = 1; i <= spline.NbKnots(); i++) {
    for (let m = 0; m < spline.Multiplicity(i); m++) knots.push(spline.Knot(i));
  }
  const controlPoints: Point2[] = [];
  const weights: number[] = [];
  for (let i = 1; i <= spline.NbPoles(); i++) {
    const pole = keep(spline.Pole(i));
    controlPoints.push([pole.X(), pole.Y()]);
    weights.push(spline.Weight(i));
  }
  const periodic = spline.IsPeriodic();
  // A trimmed or periodic spline is not written as its whole basis curve: a polyline is exact enough.
  const whole = Math.abs(adaptor.FirstParameter() - spline.FirstParameter()) < 1e-9 && Math.abs(adaptor.LastParameter() - spline.LastParameter()) < 1e-9;
  if (periodic || !whole) return { kind: "polyline", points };
  return { kind: "spline", degree: spline.Degree(), knots, controlPoints, ...(spline.IsRational() ? { weights } : {}), periodic, points };
}

/**
 * Every edge of `shape` (which lies in a plane parallel to XY; Z is dropped) as a curve, in
 * exploration order. Edges without a 3D curve (HLR results) get one built first.
 */
export function planarCurvesOf(oc: Oc, keep: Keep, shape: TopoDS_Shape, deflection: number): PlanarCurve[] {
  const curves: PlanarCurve[] = [];
  const explorer = keep(new oc.TopExp_Explorer(shape, oc.TopAbs_ShapeEnum.TopAbs_EDGE, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
  for (; explorer.More(); explorer.Next()) {
    const edge = keep(oc.TopoDS.Edge(explorer.Current()));
    if (oc.BRep_Tool.Degenerated(edge)) continue;
    oc.BRepLib.BuildCurves3d(edge);
    const adaptor = keep(new oc.BRepAdaptor_Curve(edge));
    const type = CURVE_TYPES[enumIndex(adaptor.GetType(), oc.GeomAbs_CurveType)];
    const reversed = edge.Orientation() === oc.TopAbs_Orientation.TopAbs_REVERSED;
    const sampled = sample(oc, keep, adaptor, type === "LINE", deflection);
    const points = reversed ? sampled.reverse() : sampled;
    if (points.length < 2) continue;
    if (type === "LINE") curves.push({ kind: "line", points });
    else if (type === "CIRCLE") curves.push(circleCurve(keep, adaptor, points, reversed));
    else if (type === "BSPLINE") curves.push(splineCurve(keep, adaptor, points));
    else curves.push({ kind: "polyline", points });
  }
  return curves;
}
