/**
 * A face order that depends only on geometry, for what OCCT's offset algorithm returns.
 *
 * `BRepOffset_MakeOffset` (behind `BRepOffsetAPI_MakeThickSolid` and `MakeOffsetShape`) glues
 * its faces into shells from maps keyed by `TopTools_ShapeMapHasher`, which hashes the address
 * of each face's TShape (`MakeShells`: the images of `myImageOffset.Roots()` and the walls fed to
 * `BRepTools_Quilt`). So the same input gives the same faces, with the same wires, edges and
 * vertices, but in an order that follows where the heap put them: the same build after other
 * work in the process gives other STL triangle order and STEP entity numbering. Measured on
 * shelling and occ-bottle: the faces' own contents are identical, only their order in the shell
 * differs.
 *
 * The containers are rebuilt (same faces, same sub-shapes, no geometry touched) with faces
 * sorted by a key of exact doubles (`faceKey`: vertex coordinates, a point on the surface,
 * orientation); shells and solids follow their smallest face. Faces equal in all of that are
 * geometrically indistinguishable here and keep OCCT's relative order. History
 * (Modified/Generated) would not do instead: its lists come from the same address-hashed maps.
 */
import type { OpenCascadeInstance, TopoDS_Shape } from "replicad-opencascadejs";
import { compareNumberLists } from "./numberListOrder.ts";
import type { Keep } from "./run.ts";
import { ShapeIds, shapeHasher } from "./shapeIds.ts";

/**
 * A face's sort key, compared as the list `corners` then `rest()`: `corners` (the vertex count,
 * then the sorted vertex coordinates) decides nearly every comparison, so `rest()` (the point at
 * the middle of the face's parameter bounds, and its orientation) is computed, once, only for a
 * face whose corners equal another's.
 */
interface FaceKey {
  corners: readonly number[];
  rest: () => readonly number[];
}

/** The key of what is not a face (nor a container of faces): before every face's. */
function noKey(): FaceKey {
  return { corners: [], rest: () => [] };
}

/** The order of the lists `a.corners ++ a.rest()` and `b.corners ++ b.rest()`. */
function compareKeys(a: FaceKey, b: FaceKey): number {
  return compareNumberLists(a.corners, b.corners) || compareNumberLists(a.rest(), b.rest());
}

/**
 * The coordinates of the vertices met so far in one `canonicalFaceOrder` call, by vertex (IsSame):
 * a vertex is met twice in each face around it (once per edge), so reading each one once saves
 * most of the kernel calls a key costs. The vertices added are the callers' kept handles.
 */
class VertexPoints {
  readonly #ids: ShapeIds;
  readonly #points: number[][] = [];

  constructor(private readonly oc: OpenCascadeInstance, private readonly keep: Keep) {
    this.#ids = new ShapeIds(shapeHasher(oc));
  }

  /** [x, y, z] of `vertex` (a kept handle). */
  of(vertex: TopoDS_Shape): number[] {
    const id = this.#ids.add(vertex);
    if (id === this.#points.length) {
      const point = this.keep(this.oc.BRep_Tool.Pnt(this.keep(this.oc.TopoDS.Vertex(vertex))));
      this.#points.push([point.X(), point.Y(), point.Z()]);
    }
    return this.#points[id]!;
  }
}

/**
 * The key of `face`: the sorted coordinates of its vertices (each as often as the face's edges
 * meet it), then the point at the middle of its parameter bounds and its orientation: cheap (no
 * integration over the surface) and enough to tell apart faces with the same corners (the two
 * halves of a cylinder) or none (a sphere).
 */
function faceKey(oc: OpenCascadeInstance, keep: Keep, points: VertexPoints, face: TopoDS_Shape): FaceKey {
  const vertices: number[][] = [];
  const explorer = keep(new oc.TopExp_Explorer(face, oc.TopAbs_ShapeEnum.TopAbs_VERTEX, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
  for (; explorer.More(); explorer.Next()) vertices.push(points.of(keep(explorer.Current())));
  vertices.sort(compareNumberLists);
  let rest: number[] | undefined;
  const middleAndOrientation = () => {
    if (rest !== undefined) return rest;
    // Restricted to the face, the adaptor's parameter bounds are BRepTools::UVBounds of the face.
    const surface = keep(new oc.BRepAdaptor_Surface(keep(oc.TopoDS.Face(face)), true));
    const middle = keep(surface.Value((surface.FirstUParameter() + surface.LastUParameter()) / 2, (surface.FirstVParameter() + surface.LastVParameter()) / 2));
    const reversed = Number(face.Orientation() === oc.TopAbs_Orientation.TopAbs_REVERSED);
    rest = [middle.X(), middle.Y(), middle.Z(), reversed];
    return rest;
  };
  return { corners: [vertices.length, ...vertices.flat()], rest: middleAndOrientation };
}

/** What each container kind holds, for the kinds rebuilt here. */
function childKind(oc: OpenCascadeInstance, shape: TopoDS_Shape) {
  const kinds = oc.TopAbs_ShapeEnum;
  switch (shape.ShapeType()) {
    case kinds.TopAbs_SHELL:
      return kinds.TopAbs_FACE;
    case kinds.TopAbs_SOLID:
      return kinds.TopAbs_SHELL;
    case kinds.TopAbs_COMPSOLID:
    case kinds.TopAbs_COMPOUND:
      return kinds.TopAbs_SOLID;
    default:
      return undefined;
  }
}

interface Ordered {
  shape: TopoDS_Shape;
  key: FaceKey;
}

/**
 * `shape` (a shell, solid or compound of solids) with its faces in canonical order, and its
 * smallest face key. A container whose children are not all of the expected kind (a compound of
 * faces and edges, a solid with loose faces) is left as it is.
 */
function ordered(oc: OpenCascadeInstance, keep: Keep, points: VertexPoints, shape: TopoDS_Shape): Ordered {
  const kind = childKind(oc, shape);
  if (kind === undefined) return { shape, key: shape.ShapeType() === oc.TopAbs_ShapeEnum.TopAbs_FACE ? faceKey(oc, keep, points, shape) : noKey() };
  // Children relative to the container: explore it without its own location and orientation.
  const bare = keep(keep(shape.Located(keep(new oc.TopLoc_Location()), false)).Oriented(oc.TopAbs_Orientation.TopAbs_FORWARD));
  const children: Ordered[] = [];
  const explorer = keep(new oc.TopExp_Explorer(bare, kind, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
  for (; explorer.More(); explorer.Next()) children.push(ordered(oc, keep, points, keep(explorer.Current())));
  if (children.length !== shape.NbChildren() || children.length === 0) return { shape, key: noKey() };
  children.sort((a, b) => compareKeys(a.key, b.key));
  const rebuilt = keep(bare.EmptyCopied());
  rebuilt.Closed(shape.Closed());
  rebuilt.Orientable(shape.Orientable());
  rebuilt.Infinite(shape.Infinite());
  rebuilt.Convex(shape.Convex());
  const builder = keep(new oc.TopoDS_Builder());
  for (const child of children) builder.Add(rebuilt, child.shape);
  rebuilt.Checked(shape.Checked());
  const placed = keep(keep(rebuilt.Located(keep(shape.Location()), false)).Oriented(shape.Orientation()));
  return { shape: placed, key: children[0]!.key };
}

/**
 * `shape` with the faces of its shells (and its shells and solids) in an order that depends
 * only on their geometry. Returns a new handle the caller owns (`keep`'s objects are freed by
 * the caller's kernelRun, so it is copied out of them).
 */
export function canonicalFaceOrder(oc: OpenCascadeInstance, keep: Keep, shape: TopoDS_Shape): TopoDS_Shape {
  const result = ordered(oc, keep, new VertexPoints(oc, keep), shape).shape;
  return result.Located(keep(result.Location()), false);
}
