/**
 * Edges and wires beyond lines and circles: splines, Bézier curves, ellipses, tangent arcs,
 * helices, wire assembly and planar wire offsets. Every OCCT temporary is freed in `finally`;
 * results are handed to the build's scope.
 */
import type { AnyShape } from "replicad";
import type { BRepAdaptor_Curve, BRepOffsetAPI_MakeOffset, OpenCascadeInstance, TopoDS_Shape } from "replicad-opencascadejs";
import { noteStackOverflow } from "../shared/stackOverflow.ts";
import { kernelRun, type Keep } from "./run.ts";
import { adopt } from "./adopt.ts";
import type { Triple } from "./operations.ts";

export { kernelRun };

/** The kernel's `adopt`, under the name this module's callers use. */
export const adoptShape = adopt;

function pointArray(oc: OpenCascadeInstance, keep: Keep, points: readonly Triple[]) {
  const array = keep(new oc.NCollection_Array1_gp_Pnt(1, points.length));
  points.forEach((p, i) => array.SetValue(i + 1, keep(new oc.gp_Pnt(...p))));
  return keep(new oc.NCollection_HArray1_gp_Pnt(array));
}

export interface SplineOptions {
  /** Two end tangents, or one per point (`undefined` where free). */
  tangents?: readonly (Triple | undefined)[];
  periodic?: boolean;
  /** Curve parameter of each point (one more when periodic). */
  parameters?: readonly number[];
  /** Scale the tangents to the chord lengths (CadQuery's default). */
  scale?: boolean;
  tolerance?: number;
}

/** An interpolating B-spline through `points` (CadQuery's `Edge.makeSpline`). */
export function makeSplineEdge(points: readonly Triple[], options: SplineOptions = {}): AnyShape {
  return kernelRun("spline", (oc, keep) => {
    const { tangents, periodic = false, parameters, scale = true, tolerance = 1e-6 } = options;
    const pnts = pointArray(oc, keep, points);
    let builder;
    if (parameters === undefined) {
      builder = keep(new oc.GeomAPI_Interpolate(pnts, periodic, tolerance));
    } else {
      const values = keep(new oc.NCollection_Array1_double(1, parameters.length));
      parameters.forEach((value, i) => values.SetValue(i + 1, value));
      builder = keep(new oc.GeomAPI_Interpolate(pnts, keep(new oc.NCollection_HArray1_double(values)), periodic, tolerance));
    }
    if (tangents !== undefined && tangents.length > 0) {
      if (tangents.length === 2 && points.length !== 2) {
        const [t1, t2] = tangents;
        builder.Load(keep(new oc.gp_Vec(...t1!)), keep(new oc.gp_Vec(...t2!)), scale);
      } else {
        const vectors = keep(new oc.NCollection_Array1_gp_Vec(1, tangents.length));
        const flags = keep(new oc.NCollection_Array1_bool(1, tangents.length));
        tangents.forEach((t, i) => {
          flags.SetValue(i + 1, t !== undefined);
          vectors.SetValue(i + 1, keep(new oc.gp_Vec(...(t ?? [0, 0, 0]))));
        });
        builder.Load(vectors, keep(new oc.NCollection_HArray1_bool(flags)), scale);
      }
    }
    builder.Perform();
    if (!builder.IsDone()) throw new Error("B-spline interpolation failed");
    const curve = keep(builder.Curve());
    return adoptShape(keep(new oc.BRepBuilderAPI_MakeEdge(curve)).Edge());
  });
}

/** An approximating B-spline near `points` (CadQuery's `Edge.makeSplineApprox`). */
export function makeSplineApproxEdge(
  points: readonly Triple[],
  options: { tolerance: number; smoothing?: readonly [number, number, number] | undefined; minDegree: number; maxDegree: number },
): AnyShape {
  return kernelRun("spline approximation", (oc, keep) => {
    const array = keep(new oc.NCollection_Array1_gp_Pnt(1, points.length));
    points.forEach((p, i) => array.SetValue(i + 1, keep(new oc.gp_Pnt(...p))));
    const builder = keep(new oc.GeomAPI_PointsToBSpline());
    if (options.smoothing) {
      const [w1, w2, w3] = options.smoothing;
      builder.Init(array, w1, w2, w3, options.maxDegree, oc.GeomAbs_Shape.GeomAbs_C2, options.tolerance);
    } else {
      builder.Init(array, options.minDegree, options.maxDegree, oc.GeomAbs_Shape.GeomAbs_C2, options.tolerance);
    }
    if (!builder.IsDone()) throw new Error("B-spline approximation failed");
    const curve = keep(builder.Curve());
    return adoptShape(keep(new oc.BRepBuilderAPI_MakeEdge(curve)).Edge());
  });
}

/** A Bézier curve with the given control points. */
export function makeBezierEdge(points: readonly Triple[]): AnyShape {
  return kernelRun("bezier", (oc, keep) => {
    const array = keep(new oc.NCollection_Array1_gp_Pnt(1, points.length));
    points.forEach((p, i) => array.SetValue(i + 1, keep(new oc.gp_Pnt(...p))));
    const curve = keep(new oc.Geom_BezierCurve(array));
    return adoptShape(keep(new oc.BRepBuilderAPI_MakeEdge(curve)).Edge());
  });
}

/**
 * A full circle (a Geom_Circle, as CadQuery's `Edge.makeCircle`) centred at `center` in the plane
 * with normal `normal`, starting at `xDir` and running anticlockwise about the normal.
 */
export function makeCircleEdge(radius: number, frame: { center: Triple; normal: Triple; xDir: Triple }): AnyShape {
  return kernelRun("circle", (oc, keep) => {
    const ax = keep(new oc.gp_Ax2(keep(new oc.gp_Pnt(...frame.center)), keep(new oc.gp_Dir(...frame.normal)), keep(new oc.gp_Dir(...frame.xDir))));
    const circle = keep(new oc.gp_Circ(ax, radius));
    return adoptShape(keep(new oc.BRepBuilderAPI_MakeEdge(circle)).Edge());
  });
}

/**
 * An arc of the circle of `radius` about `center` in the XY-parallel plane, anticlockwise from
 * `startDeg` to `endDeg` (CadQuery's `Edge.makeCircle(radius, pnt, angle1=, angle2=)`).
 */
export function makeCircleArcEdge(radius: number, center: Triple, startDeg: number, endDeg: number): AnyShape {
  return kernelRun("arc", (oc, keep) => {
    const ax = keep(new oc.gp_Ax2(keep(new oc.gp_Pnt(...center)), keep(new oc.gp_Dir(0, 0, 1))));
    const circle = keep(new oc.gp_Circ(ax, radius));
    const rad = Math.PI / 180;
    const arc = keep(new oc.GC_MakeArcOfCircle(circle, startDeg * rad, endDeg * rad, true));
    return adoptShape(keep(new oc.BRepBuilderAPI_MakeEdge(keep(arc.Value()))).Edge());
  });
}

/** A non-rational B-spline from its poles, distinct knots with multiplicities, and degree. */
export function makeBSplineEdge(poles: readonly Triple[], knots: readonly number[], multiplicities: readonly number[], degree: number, periodic: boolean): AnyShape {
  return kernelRun("B-spline", (oc, keep) => {
    const polesArray = keep(new oc.NCollection_Array1_gp_Pnt(1, poles.length));
    poles.forEach((p, i) => polesArray.SetValue(i + 1, keep(new oc.gp_Pnt(...p))));
    const knotsArray = keep(new oc.NCollection_Array1_double(1, knots.length));
    knots.forEach((k, i) => knotsArray.SetValue(i + 1, k));
    const multArray = keep(new oc.NCollection_Array1_int(1, multiplicities.length));
    multiplicities.forEach((m, i) => multArray.SetValue(i + 1, m));
    const curve = keep(new oc.Geom_BSplineCurve(polesArray, knotsArray, multArray, degree, periodic));
    return adoptShape(keep(new oc.BRepBuilderAPI_MakeEdge(curve)).Edge());
  });
}

/**
 * An ellipse (or arc of one, angles in degrees from the major axis) centred at `center` in the
 * plane with normal `normal` and major axis along `xDir`. `sense` −1 runs clockwise.
 * The x radius may be smaller than the y radius (the axes are swapped for OCCT).
 */
export function makeEllipseEdge(
  xRadius: number,
  yRadius: number,
  frame: { center: Triple; normal: Triple; xDir: Triple },
  angle1Deg = 360,
  angle2Deg = 360,
  sense: 1 | -1 = 1,
): AnyShape {
  return kernelRun("ellipse", (oc, keep) => {
    const swap = yRadius > xRadius;
    const [nx, ny, nz] = frame.normal;
    const [xx, xy, xz] = frame.xDir;
    // With the radii swapped, the major axis runs along the frame's y: z × x.
    const major: Triple = swap ? [ny * xz - nz * xy, nz * xx - nx * xz, nx * xy - ny * xx] : frame.xDir;
    const ax = keep(new oc.gp_Ax2(keep(new oc.gp_Pnt(...frame.center)), keep(new oc.gp_Dir(...frame.normal)), keep(new oc.gp_Dir(...major))));
    const ellipse = keep(new oc.gp_Elips(ax, Math.max(xRadius, yRadius), Math.min(xRadius, yRadius)));
    const shift = swap ? -90 : 0;
    const full = angle1Deg === angle2Deg || Math.abs(angle2Deg - angle1Deg) % 360 === 0;
    if (full && angle1Deg % 360 === 0) return adoptShape(keep(new oc.BRepBuilderAPI_MakeEdge(ellipse)).Edge());
    const rad = Math.PI / 180;
    const arc = keep(new oc.GC_MakeArcOfEllipse(ellipse, (angle1Deg + shift) * rad, (angle2Deg + shift) * rad, sense === 1));
    const curve = keep(arc.Value());
    return adoptShape(keep(new oc.BRepBuilderAPI_MakeEdge(curve)).Edge());
  });
}

/** A circular arc starting at `start` with tangent `tangent`, ending at `end`. */
export function makeTangentArcEdge(start: Triple, tangent: Triple, end: Triple): AnyShape {
  return kernelRun("tangent arc", (oc, keep) => {
    const arc = keep(new oc.GC_MakeArcOfCircle(keep(new oc.gp_Pnt(...start)), keep(new oc.gp_Vec(...tangent)), keep(new oc.gp_Pnt(...end))));
    const curve = keep(arc.Value());
    return adoptShape(keep(new oc.BRepBuilderAPI_MakeEdge(curve)).Edge());
  });
}

/**
 * A helical wire on a cylinder of `radius` about the axis through `center` along `dir`, or, when
 * `angleDeg` is not 360, on a cone of that half-angle (CadQuery's `Wire.makeHelix`).
 */
export function makeHelixWire(pitch: number, height: number, radius: number, center: Triple, dir: Triple, leftHand = false, angleDeg = 360): AnyShape {
  return kernelRun("helix", (oc, keep) => {
    const turn = leftHand ? -2 * Math.PI : 2 * Math.PI;
    const line = keep(new oc.Geom2d_Line(keep(new oc.gp_Pnt2d(0, 0)), keep(new oc.gp_Dir2d(turn, pitch))));
    const turns = height / pitch;
    const start = keep(line.Value(0));
    const stop = keep(line.Value(turns * Math.hypot(2 * Math.PI, pitch)));
    const segment = keep(new oc.GC_MakeSegment2d(start, stop));
    const ax3 = keep(new oc.gp_Ax3(keep(new oc.gp_Pnt(...center)), keep(new oc.gp_Dir(...dir))));
    const surface =
      angleDeg === 360 ? keep(new oc.Geom_CylindricalSurface(ax3, radius)) : keep(new oc.Geom_ConicalSurface(ax3, (angleDeg * Math.PI) / 180, radius));
    const curve2d = keep(segment.Value());
    const edge = keep(new oc.BRepBuilderAPI_MakeEdge(curve2d, surface)).Edge();
    keep(edge);
    const wire = keep(new oc.BRepBuilderAPI_MakeWire(edge)).Wire();
    oc.BRepLib.BuildCurves3d(wire, 1e-6, oc.GeomAbs_Shape.GeomAbs_C1, 14, 2000);
    return adoptShape(wire);
  });
}

/**
 * The closed wire of straight edges through `points` in order, the last back to the first: one
 * `BRepBuilderAPI_MakeEdge` per side, each with its own vertices, added one by one to one
 * `BRepBuilderAPI_MakeWire` (which joins the coincident ends), as replicad's `makeLine` and
 * `assembleWire` make it, with the same B-rep; in one pass, each point made once and every
 * temporary freed. Consecutive points must be apart (the caller checks, naming its operation).
 */
export function makeClosedPolyline(points: readonly Triple[]): AnyShape {
  return kernelRun("polygon", (oc, keep) => {
    const pnts = points.map((p) => keep(new oc.gp_Pnt(...p)));
    const builder = keep(new oc.BRepBuilderAPI_MakeWire());
    pnts.forEach((from, i) => {
      const side = keep(new oc.BRepBuilderAPI_MakeEdge(from, pnts[(i + 1) % pnts.length]!));
      if (!side.IsDone()) throw new Error(`side ${i + 1} of ${pnts.length} is too short to be an edge`);
      builder.Add(keep(side.Edge()));
    });
    builder.Build();
    if (builder.Error() !== oc.BRepBuilderAPI_WireError.BRepBuilderAPI_WireDone) throw new Error("the sides do not join into one wire");
    return adoptShape(builder.Wire());
  });
}

/** One wire from edges (and wires) given in connection order. */
export function makeWire(parts: readonly AnyShape[]): AnyShape {
  return kernelRun("assembling edges into a wire", (oc, keep) => {
    const builder = keep(new oc.BRepBuilderAPI_MakeWire());
    const list = keep(new oc.NCollection_List_TopoDS_Shape());
    for (const part of parts) {
      const explorer = keep(new oc.TopExp_Explorer(part.wrapped, oc.TopAbs_ShapeEnum.TopAbs_EDGE, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
      for (; explorer.More(); explorer.Next()) list.Append(keep(explorer.Current()));
    }
    builder.Add(list);
    if (!builder.IsDone()) throw new Error("the edges do not connect into one wire");
    return adoptShape(builder.Wire());
  });
}

export type OffsetJoin = "arc" | "intersection" | "tangent";

/**
 * The wire rebuilt forward with every closed edge (a full circle or ellipse) cut in two halves:
 * OCCT's planar offset cannot shrink a one-edge closed wire.
 */
function offsettableWire(oc: OpenCascadeInstance, keep: Keep, wire: AnyShape) {
  const builder = keep(new oc.BRepBuilderAPI_MakeWire());
  const list = keep(new oc.NCollection_List_TopoDS_Shape());
  const explorer = keep(new oc.TopExp_Explorer(wire.wrapped, oc.TopAbs_ShapeEnum.TopAbs_EDGE, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
  for (; explorer.More(); explorer.Next()) {
    const edge = keep(oc.TopoDS.Edge(keep(explorer.Current())));
    if (!oc.BRep_Tool.IsClosed(edge)) {
      list.Append(edge);
      continue;
    }
    const found = oc.BRep_Tool.Curve(edge, 0, 0);
    const curve = found.returnValue;
    const middle = (found.First + found.Last) / 2;
    const halves = [
      keep(new oc.BRepBuilderAPI_MakeEdge(curve, found.First, middle)).Edge(),
      keep(new oc.BRepBuilderAPI_MakeEdge(curve, middle, found.Last)).Edge(),
    ].map((half) => keep(edge.Orientation() === oc.TopAbs_Orientation.TopAbs_REVERSED ? oc.TopoDS.Edge(half.Reversed()) : half));
    for (const half of halves) list.Append(half);
  }
  builder.Add(list);
  if (!builder.IsDone()) throw new Error("the outline is not one connected wire");
  return keep(builder.Wire());
}

/**
 * Planar offset of a wire by `distance` (outwards when positive): CadQuery's `Wire.offset2D`.
 * An open wire gets a closed outline around it; an inward offset larger than the outline allows
 * gives no wire at all, as in CadQuery.
 */
export function offsetWire(wire: AnyShape, distance: number, join: OffsetJoin): AnyShape[] {
  return kernelRun(`offset2D by ${distance}`, (oc, keep) => {
    const joinType = {
      arc: oc.GeomAbs_JoinType.GeomAbs_Arc,
      intersection: oc.GeomAbs_JoinType.GeomAbs_Intersection,
      tangent: oc.GeomAbs_JoinType.GeomAbs_Tangent,
    }[join];
    // CadQuery's Wire.offset2D: the wire itself (an open one gets a closed outline around it).
    const asCadQuery = keep(new oc.BRepOffsetAPI_MakeOffset());
    asCadQuery.Init(joinType, false);
    asCadQuery.AddWire(keep(oc.TopoDS.Wire(wire.wrapped)));
    const wires = performOffset(oc, keep, asCadQuery, distance);
    if (wires.length > 0) return wires;
    if (!oc.BRep_Tool.IsClosed(wire.wrapped)) throw new Error("an open wire must span a plane to be offset (a single straight edge does not)");
    // OCCT gives nothing for a lone full circle offset inwards (FreeCAD's OCCT 7.6 fails there
    // too, so CadQuery would raise): offset the wire's planar face with closed edges split in two.
    const faceMaker = keep(new oc.BRepBuilderAPI_MakeFace(offsettableWire(oc, keep, wire), true));
    if (!faceMaker.IsDone()) throw new Error("the outline is not planar");
    return performOffset(oc, keep, keep(new oc.BRepOffsetAPI_MakeOffset(keep(faceMaker.Face()), joinType, false)), distance);
  });
}

/** The offset's wires, each rebuilt forward from its edges in traversal order (so faces made from it face up); none when OCCT gives up. */
function performOffset(oc: OpenCascadeInstance, keep: Keep, builder: BRepOffsetAPI_MakeOffset, distance: number): AnyShape[] {
  try {
    builder.Perform(distance, 0);
  } catch (error) {
    noteStackOverflow(error);
    return [];
  }
  if (!builder.IsDone()) return [];
  const result = keep(builder.Shape());
  const wires: AnyShape[] = [];
  const explorer = keep(new oc.TopExp_Explorer(result, oc.TopAbs_ShapeEnum.TopAbs_WIRE, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
  for (; explorer.More(); explorer.Next()) {
    const rebuilt = keep(new oc.BRepBuilderAPI_MakeWire());
    const edges = keep(new oc.NCollection_List_TopoDS_Shape());
    const edgeExplorer = keep(new oc.TopExp_Explorer(keep(explorer.Current()), oc.TopAbs_ShapeEnum.TopAbs_EDGE, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
    for (; edgeExplorer.More(); edgeExplorer.Next()) edges.Append(keep(edgeExplorer.Current()));
    rebuilt.Add(edges);
    wires.push(adoptShape(rebuilt.Wire()));
  }
  return wires;
}

/** An edge's curve as drawn: its adaptor, parameter range and orientation in its wire. */
interface DrawnCurve {
  adaptor: BRepAdaptor_Curve;
  first: number;
  last: number;
  reversed: boolean;
}

function drawnCurve(oc: OpenCascadeInstance, keep: Keep, edge: AnyShape): DrawnCurve {
  const adaptor = keep(new oc.BRepAdaptor_Curve(keep(oc.TopoDS.Edge(edge.wrapped))));
  const reversed = edge.wrapped.Orientation() === oc.TopAbs_Orientation.TopAbs_REVERSED;
  return { adaptor, first: adaptor.FirstParameter(), last: adaptor.LastParameter(), reversed };
}

function pointAndTangentOn(oc: OpenCascadeInstance, keep: Keep, { adaptor, first, last, reversed }: DrawnCurve, t: number): { point: Triple; tangent: Triple } {
  const u = reversed ? last - (last - first) * t : first + (last - first) * t;
  const point = keep(new oc.gp_Pnt());
  const vec = keep(new oc.gp_Vec());
  adaptor.D1(u, point, vec);
  const length = vec.Magnitude() || 1;
  const sign = reversed ? -1 : 1;
  return {
    point: [point.X(), point.Y(), point.Z()],
    tangent: [(sign * vec.X()) / length, (sign * vec.Y()) / length, (sign * vec.Z()) / length],
  };
}

/** Point and unit tangent of an edge at normalised parameter `t` (0 start, 1 end), oriented. */
export function edgePointAndTangent(edge: AnyShape, t: number): { point: Triple; tangent: Triple } {
  return kernelRun("edge tangent", (oc, keep) => pointAndTangentOn(oc, keep, drawnCurve(oc, keep, edge), t));
}

/** Where `firstEdge` starts and `lastEdge` ends as drawn (`edgePointAndTangent`'s points at 0 and 1), in one kernel pass. */
export function drawnEnds(firstEdge: AnyShape, lastEdge: AnyShape): { start: Triple; end: Triple } {
  return kernelRun("curve ends", (oc, keep) => {
    const firstCurve = drawnCurve(oc, keep, firstEdge);
    const lastCurve = lastEdge === firstEdge ? firstCurve : drawnCurve(oc, keep, lastEdge);
    return { start: pointAndTangentOn(oc, keep, firstCurve, 0).point, end: pointAndTangentOn(oc, keep, lastCurve, 1).point };
  });
}

/** The edges of a wire in drawing order (each with its orientation in the wire). */
export function orderedWireEdges(wire: AnyShape): AnyShape[] {
  return kernelRun("wire edges", (oc, keep) => {
    const edges: AnyShape[] = [];
    const explorer = keep(new oc.TopExp_Explorer(wire.wrapped, oc.TopAbs_ShapeEnum.TopAbs_EDGE, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
    for (; explorer.More(); explorer.Next()) edges.push(adoptShape(explorer.Current()));
    // Chain them: each edge starts where the previous one ended.
    const ends = edges.map((edge) => {
      const curve = drawnCurve(oc, keep, edge);
      return [pointAndTangentOn(oc, keep, curve, 0).point, pointAndTangentOn(oc, keep, curve, 1).point] as const;
    });
    const same = (a: Triple, b: Triple) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) < 1e-7;
    let first = ends.findIndex(([start]) => !ends.some(([, end]) => same(end, start)));
    if (first < 0) first = 0;
    const order = [first];
    while (order.length < edges.length) {
      const last = ends[order[order.length - 1]!]![1];
      const next = ends.findIndex(([start], i) => !order.includes(i) && same(start, last));
      if (next < 0) break;
      order.push(next);
    }
    return order.length === edges.length ? order.map((i) => edges[i]!) : edges;
  });
}
