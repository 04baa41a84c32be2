/**
 * Whether a straight prism of a face is already clean: `clean()` (ShapeUpgrade_UnifySameDomain)
 * would leave it exactly as it is. A prism's faces are the two caps (parallel planes, apart) and
 * one side face per edge of the face's wires; two side faces share an edge only where their
 * edges share a vertex, so the prism has two faces on one surface (or, on a cap, two edges on one
 * curve) only when two edges meeting at a vertex lie on one curve. Answered conservatively: only
 * lines and circles are looked at; two lines meeting at a vertex must turn by more than
 * `MIN_TURN` (far above OCCT's angular tolerance), a line may meet a circle (a plane and a
 * cylinder never unify), and two curved edges meeting, or any other curve type, count as "may
 * unify" (so the prism is cleaned as before).
 */
import type { AnyShape } from "replicad";
import type { TopoDS_Shape } from "replicad-opencascadejs";
import { kernelRun } from "./run.ts";

/** Radians: lines meeting at less than this are treated as possibly collinear. */
const MIN_TURN = 1e-6;
/** Above this many edges the pairwise vertex check is not worth it: clean as before. */
const MAX_EDGES = 64;

interface OutlineEdge {
  line?: [number, number, number];
  vertices: TopoDS_Shape[];
}

export function prismIsClean(face: AnyShape): boolean {
  return kernelRun("prism clean check", (oc, keep) => {
    if (face.wrapped.ShapeType() !== oc.TopAbs_ShapeEnum.TopAbs_FACE) return false;
    const edges: OutlineEdge[] = [];
    const explorer = keep(new oc.TopExp_Explorer(face.wrapped, oc.TopAbs_ShapeEnum.TopAbs_EDGE, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
    for (; explorer.More(); explorer.Next()) {
      if (edges.length === MAX_EDGES) return false;
      const edge = keep(oc.TopoDS.Edge(explorer.Current()));
      const adaptor = keep(new oc.BRepAdaptor_Curve(edge));
      const type = adaptor.GetType();
      const outline: OutlineEdge = { vertices: [] };
      const ends = [adaptor.FirstParameter(), adaptor.LastParameter()].map((u) => {
        const point = keep(adaptor.Value(u));
        return [point.X(), point.Y(), point.Z()];
      });
      if (type === oc.GeomAbs_CurveType.GeomAbs_Line) {
        const [p, q] = ends as [number[], number[]];
        const d = [q[0]! - p[0]!, q[1]! - p[1]!, q[2]! - p[2]!];
        const length = Math.hypot(d[0]!, d[1]!, d[2]!);
        if (!(length > 0)) return false;
        outline.line = [d[0]! / length, d[1]! / length, d[2]! / length];
      } else if (type !== oc.GeomAbs_CurveType.GeomAbs_Circle) return false;
      const vertices = keep(new oc.TopExp_Explorer(edge, oc.TopAbs_ShapeEnum.TopAbs_VERTEX, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
      for (; vertices.More(); vertices.Next()) outline.vertices.push(keep(vertices.Current()));
      edges.push(outline);
    }
    for (let i = 0; i < edges.length; i++) {
      for (let j = i + 1; j < edges.length; j++) {
        const [a, b] = [edges[i]!, edges[j]!];
        if (a.line === undefined && b.line === undefined) {
          if (meet(a, b)) return false;
        } else if (a.line !== undefined && b.line !== undefined && turn(a.line, b.line) <= MIN_TURN && meet(a, b)) return false;
      }
    }
    return true;
  });
}

function meet(a: OutlineEdge, b: OutlineEdge): boolean {
  return a.vertices.some((v) => b.vertices.some((w) => v.IsSame(w)));
}

/** The angle between two lines (either direction), in radians. */
function turn(a: readonly number[], b: readonly number[]): number {
  const cross = Math.hypot(a[1]! * b[2]! - a[2]! * b[1]!, a[2]! * b[0]! - a[0]! * b[2]!, a[0]! * b[1]! - a[1]! * b[0]!);
  return Math.asin(Math.min(1, cross));
}
