import { type Shape } from "../shape.ts";
import { Vector } from "../vector.ts";
export declare function threePointArcEdge(a: Vector, b: Vector, c: Vector): Shape;
/** A full circle as one edge starting at `startDeg`, counter-clockwise unless `ccw` is false. */
export declare function circleEdge(center: Vector, radius: number, startDeg: number, ccw: boolean): Shape;
export declare function circleFace(radius: number): Shape;
export declare function ellipseFace(a1: number, a2: number): Shape;
/**
 * Rounds (or bevels) the corners of a planar face in the XY plane at `vertices`: the face is
 * extruded downwards, the vertical edges through those corners are filleted, and the top face
 * (the original plane, same orientation) is taken back.
 */
export declare function fillet2D(face: Shape, vertices: readonly Shape[], d: number, kind: "fillet" | "chamfer"): Shape;
