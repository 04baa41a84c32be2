/**
 * Shapes built from points and from other shapes, as CadQuery's free functions build them
 * (cadquery/occ_impl/shapes.py): vertices, segments, polylines, circles, ellipses, finite
 * planes, cones, wires from edges, faces from wires, sewn shells and solids. Every OCCT
 * temporary is freed in `finally`; results belong to the build's scope.
 */
import type { AnyShape } from "replicad";
import type { Triple } from "./operations.ts";
export declare function vertexAt(p: Triple): AnyShape;
export declare function segmentEdge(p1: Triple, p2: Triple): AnyShape;
/**
 * A wire of straight segments through `points` (OCCT's MakePolygon: a point repeating the one
 * before it is skipped), closed back to the first point when `close`.
 */
export declare function polylineWire(points: readonly Triple[], close: boolean): AnyShape;
/** A full circle of `radius` around the world z axis. */
export declare function circleEdge(radius: number): AnyShape;
/** A finite rectangle of the world XY plane centred on the origin, `width` along x. */
export declare function planeFace(width: number, length: number): AnyShape;
/**
 * A cone (or frustum) standing on the origin along z: the right trapezoid of radii `r1` at the
 * base and `r2` at `height` revolved a full turn (a conical face and its planar caps, as
 * BRepPrimAPI_MakeCone makes, which this OpenCascade build leaves out).
 */
export declare function coneSolid(r1: number, r2: number, height: number): AnyShape;
/** One wire from the edges of `parts` (OCCT's MakeWire orders connected edges itself). */
export declare function wireFromEdges(parts: readonly AnyShape[]): AnyShape;
/**
 * Sews faces into shells (CadQuery's `shell`): `tolerance` for coincident edges; `context`
 * shapes are loaded first so that only the given faces are sewn into them (local sewing).
 * One free face comes back as a shell of that face.
 */
export declare function sewFaces(faces: readonly AnyShape[], tolerance: number, manifold: boolean, context: AnyShape | undefined): AnyShape;
/** Closes each shell into a solid with its faces turned outwards (ShapeFix_Solid::SolidFromShell). */
export declare function solidsFromShells(shells: readonly AnyShape[]): AnyShape;
/** A solid bounded by `outer` with cavities `inner` (shells), orientations fixed. */
export declare function solidWithCavities(outer: AnyShape, inner: readonly AnyShape[]): AnyShape;
/**
 * The shapes a compound holds (CadQuery's iteration over a compound), found top-down: solids,
 * then shells, faces, wires, edges and vertices not inside one already listed.
 */
export declare function childShapes(shape: AnyShape): AnyShape[];
