/**
 * Shapes made directly from numbers and other shapes: the OCCT calls behind CadQuery's shape-class
 * constructors (`Edge.makeCircle`, `Solid.makeCone`, `Face.makeRuledSurface`, `Shell.makeShell`…).
 * Every OCCT temporary is freed in `finally`; results belong to the build's scope.
 */
import type { AnyShape } from "replicad";
import type { Triple } from "./operations.ts";
import type { Frame } from "./transform.ts";
/** The frame OCCT's `gp_Ax2(point, direction)` makes: its own choice of x for a bare direction (as CadQuery's `pnt, dir`). */
export declare function frameFor(origin: Triple, dir: Triple): Frame;
/** A vertex at `p`. */
export declare function makeVertex(p: Triple): AnyShape;
/** The straight edge from `a` to `b`. */
export declare function makeLineEdge(a: Triple, b: Triple): AnyShape;
/**
 * A circle of `radius` about `center` in the plane normal to `normal` (x as OCCT picks it), or its
 * arc from `angle1Deg` to `angle2Deg` (equal angles: the full circle); `orientation` false runs clockwise.
 */
export declare function makeCircleEdgeOnAxis(radius: number, center: Triple, normal: Triple, angle1Deg: number, angle2Deg: number, orientation: boolean): AnyShape;
/** The circular arc from `a` through `b` to `c`. */
export declare function makeArcThroughPoints(a: Triple, b: Triple, c: Triple): AnyShape;
/** A wire of straight edges through `points`, closed back to the first when `close`. */
export declare function makePolylineWire(points: readonly Triple[], close: boolean): AnyShape;
/**
 * A cone (or frustum) of base radius `radius1` and top radius `radius2`, standing on `origin`
 * along `dir`, swept through `angleDeg`: its right-trapezoid section revolved about the axis, so
 * the side is a true conical surface, as OCCT's BRepPrimAPI_MakeCone makes it (which replicad's
 * OpenCascade build does not include). Memoized: cskHole builds its cone once and the memo gives it
 * back to a rebuild with the same numbers.
 */
export declare function makeConeSolid(radius1: number, radius2: number, height: number, frame: Frame, angleDeg: number): AnyShape;
/** A torus about the frame's z axis, its tube swept from `angle1Deg` to `angle2Deg` (OCCT's BRepPrimAPI_MakeTorus(axes, R, r, a1, a2)). */
export declare function makeTorusSolid(radius1: number, radius2: number, origin: Triple, dir: Triple, angle1Deg: number, angle2Deg: number): AnyShape;
/** A planar face through `origin` normal to `dir`: `length` × `width` centred there, or unbounded when either is undefined. */
export declare function makePlaneFace(length: number | undefined, width: number | undefined, origin: Triple, dir: Triple): AnyShape;
/** The ruled surface between two edges (a face) or two wires (a shell): straight lines join matching points. */
export declare function makeRuledSurface(first: AnyShape, second: AnyShape): AnyShape;
/** A planar face bounded by `outer` with `inner` holes, orientations fixed as CadQuery's `Face.makeFromWires` does. */
export declare function makeFaceFromWires(outer: AnyShape, inner: readonly AnyShape[]): AnyShape;
/** One shell sewn from `faces` (OCCT's BRepBuilderAPI_Sewing, as CadQuery's `Shell.makeShell`). */
export declare function makeShellFromFaces(faces: readonly AnyShape[]): AnyShape;
/** The solid a closed shell bounds (ShapeFix_Solid, as CadQuery's `Solid.makeSolid`). */
export declare function makeSolidFromShell(shell: AnyShape): AnyShape;
/** A compound of `shapes` that stays a compound even when it holds one solid (CadQuery's `Compound.makeCompound`). */
export declare function makeCompoundOf(shapes: readonly AnyShape[]): AnyShape;
/** A copy of `shape` with its own geometry (CadQuery's `copy`). */
export declare function copyShape(shape: AnyShape): AnyShape;
/**
 * The shape transformed by the 3 × 4 matrix `rows` (rotation and translation, possibly with a
 * uniform scale or a mirror). Returns undefined when the matrix is not such a transformation.
 */
export declare function transformByMatrix(shape: AnyShape, rows: readonly (readonly number[])[]): AnyShape | undefined;
