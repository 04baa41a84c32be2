/**
 * Shapes built from points and from other shapes, as CadQuery's free functions build them
 * (cadquery/occ_impl/shapes.py): vertices, segments, polylines, circles, ellipses, finite
 * planes, cones, wires from edges, faces from wires, sewn shells and solids. Every OCCT
 * temporary is freed in `finally`; results belong to the build's scope.
 */
import type { AnyShape } from "replicad";
import type { OpenCascadeInstance, TopoDS_Shape } from "replicad-opencascadejs";
import { kernelRun, type Keep } from "./run.ts";
import { adopt } from "./adopt.ts";
import type { Triple } from "./operations.ts";

function point(oc: OpenCascadeInstance, keep: Keep, p: Triple) {
  return keep(new oc.gp_Pnt(...p));
}

function worldAxes(oc: OpenCascadeInstance, keep: Keep) {
  return keep(new oc.gp_Ax2(point(oc, keep, [0, 0, 0]), keep(new oc.gp_Dir(0, 0, 1)), keep(new oc.gp_Dir(1, 0, 0))));
}

function list(oc: OpenCascadeInstance, keep: Keep, shapes: readonly TopoDS_Shape[]) {
  const result = keep(new oc.NCollection_List_TopoDS_Shape());
  for (const shape of shapes) result.Append(shape);
  return result;
}

export function vertexAt(p: Triple): AnyShape {
  return kernelRun("vertex", (oc, keep) => adopt(keep(new oc.BRepBuilderAPI_MakeVertex(point(oc, keep, p))).Vertex()));
}

export function segmentEdge(p1: Triple, p2: Triple): AnyShape {
  return kernelRun("segment", (oc, keep) => {
    const maker = keep(new oc.BRepBuilderAPI_MakeEdge(point(oc, keep, p1), point(oc, keep, p2)));
    if (!maker.IsDone()) throw new Error("a segment needs two distinct points");
    return adopt(maker.Edge());
  });
}

/**
 * A wire of straight segments through `points` (OCCT's MakePolygon: a point repeating the one
 * before it is skipped), closed back to the first point when `close`.
 */
export function polylineWire(points: readonly Triple[], close: boolean): AnyShape {
  return kernelRun(close ? "polygon" : "polyline", (oc, keep) => {
    const distinct = points.filter((p, i) => i === 0 || Math.hypot(p[0] - points[i - 1]![0], p[1] - points[i - 1]![1], p[2] - points[i - 1]![2]) > 1e-7);
    if (close && distinct.length > 1) {
      const [first, last] = [distinct[0]!, distinct[distinct.length - 1]!];
      if (Math.hypot(first[0] - last[0], first[1] - last[1], first[2] - last[2]) <= 1e-7) distinct.pop();
    }
    if (distinct.length < 2) throw new Error("a polyline needs at least two distinct points");
    const vertices = distinct.map((p) => keep(new oc.BRepBuilderAPI_MakeVertex(point(oc, keep, p))).Vertex()).map(keep);
    const builder = keep(new oc.BRepBuilderAPI_MakeWire());
    const count = close ? vertices.length : vertices.length - 1;
    for (let i = 0; i < count; i++) {
      const edge = keep(keep(new oc.BRepBuilderAPI_MakeEdge(vertices[i]!, vertices[(i + 1) % vertices.length]!)).Edge());
      builder.Add(edge);
    }
    if (!builder.IsDone()) throw new Error("the points do not make a wire");
    return adopt(builder.Wire());
  });
}

/** A full circle of `radius` around the world z axis. */
export function circleEdge(radius: number): AnyShape {
  return kernelRun(`circle r=${radius}`, (oc, keep) => {
    const circle = keep(new oc.gp_Circ(worldAxes(oc, keep), radius));
    return adopt(keep(new oc.BRepBuilderAPI_MakeEdge(circle)).Edge());
  });
}

/** A finite rectangle of the world XY plane centred on the origin, `width` along x. */
export function planeFace(width: number, length: number): AnyShape {
  return kernelRun("plane", (oc, keep) => {
    const plane = keep(new oc.gp_Pln(point(oc, keep, [0, 0, 0]), keep(new oc.gp_Dir(0, 0, 1))));
    const maker = keep(new oc.BRepBuilderAPI_MakeFace(plane, -width / 2, width / 2, -length / 2, length / 2));
    return adopt(maker.Face());
  });
}

/**
 * A cone (or frustum) standing on the origin along z: the right trapezoid of radii `r1` at the
 * base and `r2` at `height` revolved a full turn (a conical face and its planar caps, as
 * BRepPrimAPI_MakeCone makes, which this OpenCascade build leaves out).
 */
export function coneSolid(r1: number, r2: number, height: number): AnyShape {
  return kernelRun("cone", (oc, keep) => {
    const corners: Triple[] = [[0, 0, 0], [r1, 0, 0], [r2, 0, height], [0, 0, height]].filter(
      (p, i, all) => i === 0 || Math.hypot(p[0]! - all[i - 1]![0]!, p[2]! - all[i - 1]![2]!) > 1e-9,
    ) as Triple[];
    const vertices = corners.map((p) => keep(keep(new oc.BRepBuilderAPI_MakeVertex(point(oc, keep, p))).Vertex()));
    const wire = keep(new oc.BRepBuilderAPI_MakeWire());
    vertices.forEach((v, i) => wire.Add(keep(keep(new oc.BRepBuilderAPI_MakeEdge(v, vertices[(i + 1) % vertices.length]!)).Edge())));
    const face = keep(new oc.BRepBuilderAPI_MakeFace(keep(wire.Wire()), true));
    const axis = keep(new oc.gp_Ax1(point(oc, keep, [0, 0, 0]), keep(new oc.gp_Dir(0, 0, 1))));
    const revolution = keep(new oc.BRepPrimAPI_MakeRevol(keep(face.Face()), axis, 2 * Math.PI, false));
    return adopt(revolution.Shape());
  });
}

/** One wire from the edges of `parts` (OCCT's MakeWire orders connected edges itself). */
export function wireFromEdges(parts: readonly AnyShape[]): AnyShape {
  return kernelRun("wire", (oc, keep) => {
    const edges: TopoDS_Shape[] = [];
    for (const part of parts) {
      const explorer = keep(new oc.TopExp_Explorer(part.wrapped, oc.TopAbs_ShapeEnum.TopAbs_EDGE, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
      for (; explorer.More(); explorer.Next()) edges.push(keep(explorer.Current()));
    }
    const builder = keep(new oc.BRepBuilderAPI_MakeWire());
    builder.Add(list(oc, keep, edges));
    if (!builder.IsDone()) throw new Error("the edges do not connect into one wire");
    return adopt(builder.Wire());
  });
}

/**
 * Sews faces into shells (CadQuery's `shell`): `tolerance` for coincident edges; `context`
 * shapes are loaded first so that only the given faces are sewn into them (local sewing).
 * One free face comes back as a shell of that face.
 */
export function sewFaces(faces: readonly AnyShape[], tolerance: number, manifold: boolean, context: AnyShape | undefined): AnyShape {
  return kernelRun("sewing faces into a shell", (oc, keep) => {
    const sewing = keep(new oc.BRepBuilderAPI_Sewing(tolerance, true, true, true, !manifold));
    if (context !== undefined) sewing.Load(context.wrapped);
    for (const face of faces) sewing.Add(face.wrapped);
    sewing.Perform(keep(new oc.Message_ProgressRange()));
    const sewn = keep(sewing.SewedShape());
    const builder = keep(new oc.TopoDS_Builder());
    const parts: TopoDS_Shape[] = [];
    const shells = keep(new oc.TopExp_Explorer(sewn, oc.TopAbs_ShapeEnum.TopAbs_SHELL, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
    for (; shells.More(); shells.Next()) parts.push(shells.Current());
    const loose = keep(new oc.TopExp_Explorer(sewn, oc.TopAbs_ShapeEnum.TopAbs_FACE, oc.TopAbs_ShapeEnum.TopAbs_SHELL));
    for (; loose.More(); loose.Next()) {
      const shell = new oc.TopoDS_Shell();
      builder.MakeShell(shell);
      builder.Add(shell, keep(loose.Current()));
      parts.push(shell);
    }
    return adoptParts(oc, keep, parts);
  });
}

/**
 * The one part itself, or a compound of the parts (CadQuery's `_compound_or_shape`). Takes
 * ownership of the parts' handles.
 */
function adoptParts(oc: OpenCascadeInstance, keep: Keep, parts: readonly TopoDS_Shape[]): AnyShape {
  if (parts.length === 1) return adopt(parts[0]!);
  const builder = keep(new oc.TopoDS_Builder());
  const compound = new oc.TopoDS_Compound();
  builder.MakeCompound(compound);
  for (const part of parts) builder.Add(compound, keep(part));
  return adopt(compound);
}

/** Closes each shell into a solid with its faces turned outwards (ShapeFix_Solid::SolidFromShell). */
export function solidsFromShells(shells: readonly AnyShape[]): AnyShape {
  return kernelRun("solid from shells", (oc, keep) => {
    const fixer = keep(new oc.ShapeFix_Solid());
    return adoptParts(oc, keep, shells.map((shell) => fixer.SolidFromShell(keep(oc.TopoDS.Shell(shell.wrapped)))));
  });
}

/** A solid bounded by `outer` with cavities `inner` (shells), orientations fixed. */
export function solidWithCavities(outer: AnyShape, inner: readonly AnyShape[]): AnyShape {
  return kernelRun("solid", (oc, keep) => {
    const maker = keep(new oc.BRepBuilderAPI_MakeSolid());
    maker.Add(keep(oc.TopoDS.Shell(outer.wrapped)));
    for (const shell of inner) maker.Add(keep(oc.TopoDS.Shell(shell.wrapped)));
    const fixer = keep(new oc.ShapeFix_Solid(keep(maker.Solid())));
    fixer.Perform(keep(new oc.Message_ProgressRange()));
    return adopt(fixer.Solid());
  });
}

/**
 * The shapes a compound holds (CadQuery's iteration over a compound), found top-down: solids,
 * then shells, faces, wires, edges and vertices not inside one already listed.
 */
export function childShapes(shape: AnyShape): AnyShape[] {
  return kernelRun("listing a compound's shapes", (oc, keep) => {
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
  });
}
