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
import type { Keep } from "./run.ts";
/**
 * `shape` with the faces of its shells (and its shells and solids) in an order that depends
 * only on their geometry. Returns a new handle the caller owns (`keep`'s objects are freed by
 * the caller's kernelRun, so it is copied out of them).
 */
export declare function canonicalFaceOrder(oc: OpenCascadeInstance, keep: Keep, shape: TopoDS_Shape): TopoDS_Shape;
