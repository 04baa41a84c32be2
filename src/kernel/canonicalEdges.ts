/**
 * Edges and wires that depend only on geometry, for what OCCT's offset algorithm returns.
 *
 * Offsetting a solid inwards with no opening (`hollowClosed`), `BRepOffset_MakeOffset`
 * intersects the offset faces with each other. Measured (box 2 × 2 × 2 hollowed by -0.05, a
 * filleted block by -0.5, built again after allocating and freeing other shapes): the same input
 * gives the same faces and vertices, but each intersection line runs one way or the other, from
 * another origin point, and wires start at another edge, as what the process allocated before
 * changes (the order of OCCT's address-keyed maps, as in ./canonicalFaceOrder.ts). So STEP and
 * STL bytes changed; ordering faces was not enough.
 *
 * Every line and circle edge not a seam is made again from its vertices (the same vertices):
 * a line from its lexicographically smaller end to the larger, a circle about its axis turned to a
 * canonical sign, starting at the end where it turns positively, measured from that end. Each
 * wire is then chained from its smallest edge. Faces keep their surface; pcurves of the new
 * edges are computed (on the fly on planes, by projection elsewhere). Other edges (seams,
 * degenerated edges, free-form curves) are kept as they are. The shared vertices still hold
 * OCCT's parameters on the replaced curves (no binding here can clear them): nothing written or
 * meshed reads them.
 */
import type { OpenCascadeInstance, TopoDS_Edge, TopoDS_Shape, TopoDS_Vertex } from "replicad-opencascadejs";
import { compareNumberLists } from "./numberListOrder.ts";
import type { Keep } from "./run.ts";

type Point = [number, number, number];

/** Coordinates closer than this are the same coordinate when telling an edge's two ends apart. */
const SAME_COORDINATE = 1e-7;

/** -1, 0 or 1: `a` before, level with, or after `b`, coordinate by coordinate (with tolerance). */
function comparePoints(a: Point, b: Point): number {
  for (let i = 0; i < 3; i++) if (Math.abs(a[i]! - b[i]!) > SAME_COORDINATE) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

/** `v` with the sign that makes its first clearly non-zero coordinate positive. */
function canonicalSign(v: Point): Point {
  const first = v.find((c) => Math.abs(c) > 1e-9) ?? 1;
  return first < 0 ? [-v[0], -v[1], -v[2]] : v;
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

interface Occurrence {
  /** The edge as it sits in the wire (orientation included). */
  edge: TopoDS_Shape;
  start: TopoDS_Vertex;
  end: TopoDS_Vertex;
  key: number[];
}

function vertexPoint(oc: OpenCascadeInstance, keep: Keep, vertex: TopoDS_Vertex): Point {
  const p = keep(oc.BRep_Tool.Pnt(vertex));
  return [p.X(), p.Y(), p.Z()];
}

/** The edge's first and last vertex, following its orientation. */
function ends(oc: OpenCascadeInstance, keep: Keep, edge: TopoDS_Shape): [TopoDS_Vertex, TopoDS_Vertex] {
  let first: TopoDS_Vertex | undefined;
  let last: TopoDS_Vertex | undefined;
  const explorer = keep(new oc.TopExp_Explorer(edge, oc.TopAbs_ShapeEnum.TopAbs_VERTEX, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
  for (; explorer.More(); explorer.Next()) {
    const vertex = keep(oc.TopoDS.Vertex(keep(explorer.Current())));
    const orientation = vertex.Orientation();
    if (orientation === oc.TopAbs_Orientation.TopAbs_FORWARD) first = vertex;
    else if (orientation === oc.TopAbs_Orientation.TopAbs_REVERSED) last = vertex;
  }
  if (first === undefined || last === undefined) throw new Error("an edge of the offset has no two ends");
  return [first, last];
}

/** The points a quarter and three quarters of the way along `edge` as oriented, for telling its sense. */
function quarters(oc: OpenCascadeInstance, keep: Keep, edge: TopoDS_Shape): [Point, Point] {
  const curve = keep(new oc.BRepAdaptor_Curve(keep(oc.TopoDS.Edge(edge))));
  const [f, l] = [curve.FirstParameter(), curve.LastParameter()];
  const at = (u: number): Point => {
    const p = keep(curve.Value(u));
    return [p.X(), p.Y(), p.Z()];
  };
  const [q1, q3] = [at(f + (l - f) / 4), at(l - (l - f) / 4)];
  return edge.Orientation() === oc.TopAbs_Orientation.TopAbs_REVERSED ? [q3, q1] : [q1, q3];
}

/** A rebuilt edge and what each of its occurrences needs: its ends, quarter points and sense. */
interface Remade {
  forward: TopoDS_Shape;
  reversed: TopoDS_Shape;
  first: TopoDS_Vertex;
  last: TopoDS_Vertex;
  quarters: [Point, Point];
  /** Whether the new edge runs as the old one did, each taken forward. */
  sameSense: boolean;
}

/**
 * The line or circle of `edge` made again canonically between the same vertices, or undefined
 * for an edge kept as it is.
 */
function rebuiltEdge(oc: OpenCascadeInstance, keep: Keep, edge: TopoDS_Edge): TopoDS_Edge | undefined {
  if (oc.BRep_Tool.Degenerated(edge)) return undefined;
  const forward = keep(oc.TopoDS.Edge(keep(edge.Oriented(oc.TopAbs_Orientation.TopAbs_FORWARD))));
  const [first, last] = ends(oc, keep, forward);
  const bare = (vertex: TopoDS_Vertex) => keep(oc.TopoDS.Vertex(keep(vertex.Oriented(oc.TopAbs_Orientation.TopAbs_FORWARD))));
  const curve = keep(new oc.BRepAdaptor_Curve(forward));
  const type = curve.GetType();
  if (type === oc.GeomAbs_CurveType.GeomAbs_Line) {
    const order = comparePoints(vertexPoint(oc, keep, first), vertexPoint(oc, keep, last));
    if (order === 0) return undefined;
    const [a, b] = order < 0 ? [first, last] : [last, first];
    const maker = keep(new oc.BRepBuilderAPI_MakeEdge(bare(a), bare(b)));
    return maker.IsDone() ? maker.Edge() : undefined;
  }
  if (type === oc.GeomAbs_CurveType.GeomAbs_Circle) {
    const circle = keep(curve.Circle());
    const axis = keep(keep(circle.Axis()).Direction());
    const centre = keep(circle.Location());
    const normal = canonicalSign([axis.X(), axis.Y(), axis.Z()]);
    const turnsPositively = normal[0] * axis.X() + normal[1] * axis.Y() + normal[2] * axis.Z() > 0;
    const [a, b] = turnsPositively ? [first, last] : [last, first];
    const start = vertexPoint(oc, keep, a);
    const c: Point = [centre.X(), centre.Y(), centre.Z()];
    const radial: Point = [start[0] - c[0], start[1] - c[1], start[2] - c[2]];
    const along = radial[0] * normal[0] + radial[1] * normal[1] + radial[2] * normal[2];
    const x: Point = [radial[0] - along * normal[0], radial[1] - along * normal[1], radial[2] - along * normal[2]];
    if (Math.hypot(...x) < SAME_COORDINATE) return undefined;
    const frame = keep(new oc.gp_Ax2(keep(new oc.gp_Pnt(...c)), keep(new oc.gp_Dir(...normal)), keep(new oc.gp_Dir(...x))));
    const canonical = keep(new oc.gp_Circ(frame, circle.Radius()));
    const maker = keep(new oc.BRepBuilderAPI_MakeEdge(canonical, bare(a), bare(b)));
    return maker.IsDone() ? maker.Edge() : undefined;
  }
  return undefined;
}

/** `edge` (taken forward) made again, with what its occurrences need; undefined if it is kept. */
function remade(oc: OpenCascadeInstance, keep: Keep, edge: TopoDS_Edge): Remade | undefined {
  const made = rebuiltEdge(oc, keep, edge);
  if (made === undefined) return undefined;
  keep(made);
  const forward = keep(made.Oriented(oc.TopAbs_Orientation.TopAbs_FORWARD));
  const [first, last] = ends(oc, keep, forward);
  const own = quarters(oc, keep, forward);
  const [oldQuarter] = quarters(oc, keep, keep(edge.Oriented(oc.TopAbs_Orientation.TopAbs_FORWARD)));
  const sameSense = distance(own[0], oldQuarter) <= distance(own[1], oldQuarter);
  return { forward, reversed: keep(made.Oriented(oc.TopAbs_Orientation.TopAbs_REVERSED)), first, last, quarters: own, sameSense };
}

/** The wire's edges, each replaced where rebuilt, in the orientation that runs as the old one did. */
function occurrences(
  oc: OpenCascadeInstance,
  keep: Keep,
  wire: TopoDS_Shape,
  face: TopoDS_Shape,
  rebuilt: Map<TopoDS_Shape, Remade | undefined>,
  find: (edge: TopoDS_Shape) => TopoDS_Shape | undefined,
): Occurrence[] {
  const found: Occurrence[] = [];
  const topoFace = keep(oc.TopoDS.Face(face));
  const explorer = keep(new oc.TopExp_Explorer(wire, oc.TopAbs_ShapeEnum.TopAbs_EDGE, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
  for (; explorer.More(); explorer.Next()) {
    const old = keep(explorer.Current());
    const oldEdge = keep(oc.TopoDS.Edge(old));
    let replacement: Remade | undefined;
    if (!oc.BRep_Tool.IsClosed(oldEdge, topoFace)) {
      const known = find(old);
      if (known !== undefined) replacement = rebuilt.get(known);
      else {
        replacement = remade(oc, keep, oldEdge);
        rebuilt.set(old, replacement);
      }
    }
    if (replacement === undefined) {
      const [start, end] = ends(oc, keep, old);
      found.push({ edge: old, start, end, key: [...vertexPoint(oc, keep, start), ...quarters(oc, keep, old)[0], ...vertexPoint(oc, keep, end)] });
      continue;
    }
    const forward = (old.Orientation() === oc.TopAbs_Orientation.TopAbs_REVERSED) !== replacement.sameSense;
    const [start, end] = forward ? [replacement.first, replacement.last] : [replacement.last, replacement.first];
    const quarter = forward ? replacement.quarters[0] : replacement.quarters[1];
    const edge = forward ? replacement.forward : replacement.reversed;
    found.push({ edge, start, end, key: [...vertexPoint(oc, keep, start), ...quarter, ...vertexPoint(oc, keep, end)] });
  }
  return found;
}

/** The occurrences chained end to start from the smallest; as they were if they do not chain. */
function chained(list: Occurrence[]): Occurrence[] {
  if (list.length === 0) return list;
  const left = [...list].sort((a, b) => compareNumberLists(a.key, b.key));
  const chain = [left.shift()!];
  while (left.length > 0) {
    const end = chain[chain.length - 1]!.end;
    const at = left.findIndex((next) => next.start.IsSame(end));
    if (at < 0) return list;
    chain.push(...left.splice(at, 1));
  }
  return chain;
}

/**
 * `shell` (an offset's shell) with its line and circle edges made canonically and its wires
 * starting at their smallest edge. Returns a new handle the caller owns.
 */
export function canonicalEdges(oc: OpenCascadeInstance, keep: Keep, shell: TopoDS_Shape): TopoDS_Shape {
  const identity = keep(new oc.TopLoc_Location());
  const FORWARD = oc.TopAbs_Orientation.TopAbs_FORWARD;
  const bareShell = keep(keep(shell.Located(identity, false)).Oriented(FORWARD));
  // Edges met already, by their ends' coordinates (an edge sits in two faces, or twice in one).
  const seen = new Map<string, TopoDS_Shape[]>();
  const find = (edge: TopoDS_Shape) => {
    const name = ends(oc, keep, edge).map((vertex) => vertexPoint(oc, keep, vertex).join(",")).sort().join(";");
    const bucket = seen.get(name) ?? [];
    const known = bucket.find((other) => other.IsSame(edge));
    if (known === undefined) seen.set(name, [...bucket, edge]);
    return known;
  };
  const rebuilt = new Map<TopoDS_Shape, Remade | undefined>();
  const builder = keep(new oc.TopoDS_Builder());
  const newShell = keep(bareShell.EmptyCopied());
  newShell.Closed(shell.Closed());
  const faces = keep(new oc.TopExp_Explorer(bareShell, oc.TopAbs_ShapeEnum.TopAbs_FACE, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
  for (; faces.More(); faces.Next()) {
    const face = keep(faces.Current());
    // Edges are compared and made in the shell's frame (faces may be placed differently), then
    // put back into the face's own frame.
    const inShell = keep(face.Oriented(FORWARD));
    const toFace = keep(keep(face.Location()).Inverted());
    const newFace = keep(keep(keep(face.Located(identity, false)).Oriented(FORWARD)).EmptyCopied());
    const wires: TopoDS_Shape[] = [];
    const explorer = keep(new oc.TopExp_Explorer(inShell, oc.TopAbs_ShapeEnum.TopAbs_WIRE, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
    for (; explorer.More(); explorer.Next()) {
      const wire = keep(explorer.Current());
      const newWire = keep(new oc.TopoDS_Wire());
      builder.MakeWire(newWire);
      for (const occurrence of chained(occurrences(oc, keep, wire, inShell, rebuilt, find))) builder.Add(newWire, occurrence.edge);
      newWire.Closed(wire.Closed());
      const placedWire = keep(newWire.Moved(toFace, false));
      builder.Add(newFace, placedWire);
      wires.push(placedWire);
    }
    const topoFace = keep(oc.TopoDS.Face(newFace));
    const surface = keep(new oc.BRepAdaptor_Surface(topoFace, false));
    if (surface.GetType() !== oc.GeomAbs_SurfaceType.GeomAbs_Plane) {
      for (const wire of wires) {
        const fixer = keep(new oc.ShapeFix_Wire());
        fixer.Init(keep(oc.TopoDS.Wire(wire)), topoFace, oc.BRep_Tool.Tolerance(topoFace));
        fixer.FixEdgeCurves();
      }
    }
    builder.Add(newShell, keep(keep(newFace.Located(keep(face.Location()), false)).Oriented(face.Orientation())));
  }
  const placed = keep(keep(newShell.Located(keep(shell.Location()), false)).Oriented(shell.Orientation()));
  oc.BRepLib.SameParameter(placed, 1e-7, false);
  oc.BRepLib.UpdateTolerances(placed, false);
  return placed.Located(keep(placed.Location()), false);
}
