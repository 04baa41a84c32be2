import { type Shape } from "../shape.ts";
import { Vector, type VectorLike } from "../vector.ts";
import type { WorkplaneImpl } from "../workplane.ts";
/** A straight edge (the kernel's `makeLineEdge`: the same MakeEdge of two points as replicad's `makeLine`, which never frees the points or the builder). */
export declare function lineEdge(from: Vector, to: Vector): Shape;
/** A closed wire through world points: one kernel pass for all its sides (see `makeClosedPolyline`). */
export declare function polygonWire(points: readonly Vector[]): Shape;
export declare function addPendingWires(wp: WorkplaneImpl, wires: Shape[], forConstruction: boolean): WorkplaneImpl;
export declare function rect(wp: WorkplaneImpl, xLen: number, yLen: number, options?: {
    centered?: boolean | boolean[];
    forConstruction?: boolean;
}): WorkplaneImpl;
export declare function circle(wp: WorkplaneImpl, radius: number, options?: {
    forConstruction?: boolean;
}): WorkplaneImpl;
export declare function polygon(wp: WorkplaneImpl, nSides: number, diameter: number, options?: {
    forConstruction?: boolean;
    circumscribed?: boolean;
}): WorkplaneImpl;
/** CadQuery's `_findFromPoint`: end of the last edge on the stack, a point on it, or the origin. */
export declare function currentPoint(wp: WorkplaneImpl, method: string): Vector;
export declare function edgeEnd(edge: Shape): Vector;
export declare function addPendingEdge(wp: WorkplaneImpl, edge: Shape, start: Vector, end: Vector, forConstruction: boolean): WorkplaneImpl;
export declare function constructionFlag(method: string, options: unknown): boolean;
export declare function moveTo(wp: WorkplaneImpl, x: number, y: number): WorkplaneImpl;
export declare function move(wp: WorkplaneImpl, xDist: number, yDist: number): WorkplaneImpl;
export declare function lineTo(wp: WorkplaneImpl, x: number, y: number, options?: {
    forConstruction?: boolean;
}): WorkplaneImpl;
export declare function line(wp: WorkplaneImpl, xDist: number, yDist: number, options?: {
    forConstruction?: boolean;
}): WorkplaneImpl;
export declare function hLineTo(wp: WorkplaneImpl, x: number, options?: {
    forConstruction?: boolean;
}): WorkplaneImpl;
export declare function vLineTo(wp: WorkplaneImpl, y: number, options?: {
    forConstruction?: boolean;
}): WorkplaneImpl;
export declare function worldPoint(wp: WorkplaneImpl, method: string, point: VectorLike): Vector;
export declare function threePointArc(wp: WorkplaneImpl, point1: VectorLike, point2: VectorLike, options?: {
    forConstruction?: boolean;
}): WorkplaneImpl;
export declare function polyline(wp: WorkplaneImpl, pointList: readonly VectorLike[], options?: {
    forConstruction?: boolean;
    includeCurrent?: boolean;
}): WorkplaneImpl;
export declare function wire(wp: WorkplaneImpl, options?: {
    forConstruction?: boolean;
}): WorkplaneImpl;
export declare function close(wp: WorkplaneImpl): WorkplaneImpl;
export declare function toPending(wp: WorkplaneImpl): WorkplaneImpl;
