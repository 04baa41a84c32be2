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
import type { OpenCascadeInstance, TopoDS_Shape } from "replicad-opencascadejs";
import type { Keep } from "./run.ts";
/**
 * `shell` (an offset's shell) with its line and circle edges made canonically and its wires
 * starting at their smallest edge. Returns a new handle the caller owns.
 */
export declare function canonicalEdges(oc: OpenCascadeInstance, keep: Keep, shell: TopoDS_Shape): TopoDS_Shape;
