import { type Shape, type ShapeKind } from "../shape.ts";
import type { funcValues } from "../signatures/generated.ts";
/** Binds a free function's arguments: `bind("box", args).w`. */
export declare const bind: <M extends "fill" | "vertex" | "wire" | "face" | "shell" | "solid" | "compound" | "fuse" | "cut" | "intersect" | "clean" | "fillet" | "chamfer" | "box" | "cylinder" | "sphere" | "torus" | "prism" | "extrude" | "revolve" | "text" | "offset" | "spline" | "circle" | "ellipse" | "polygon" | "loft" | "sweep" | "split" | "imprint" | "cap" | "cone" | "plane" | "polyline" | "edgeOn" | "wireOn" | "faceOn" | "segment" | "rect" | "setThreads" | "project" | "check" | "isSubshape" | "closest">(method: M, args: readonly unknown[]) => funcValues[M] & {
    given: ReadonlySet<string>;
};
/** A SCRIPT_EXCEPTION naming the free function, e.g. `func.fillet: …`. */
export declare function funcError(name: string, message: string): never;
/** NOT_SUPPORTED naming the free function and why. */
export declare function notSupported(name: string, reason: string): never;
/** The shapes a compound holds, or the shape itself. */
export declare function members(shape: Shape): Shape[];
/** CadQuery's `_get`: the shape when of one of `kinds`, or each member of a compound, all of those kinds. */
export declare function partsOf(name: string, param: string, shape: Shape, kinds: readonly ShapeKind[]): Shape[];
/** CadQuery's `_get_one`: the first of `partsOf`. */
export declare function oneOf(name: string, param: string, shape: Shape, kinds: readonly ShapeKind[]): Shape;
/** CadQuery's `_get_edges`: the edges of edges, wires and compounds of them. */
export declare function edgesOf(name: string, param: string, shape: Shape): Shape[];
/** CadQuery's `_get_wires`: wires, each edge made into a wire of its own. */
export declare function wiresOf(name: string, param: string, shape: Shape): Shape[];
/** CadQuery's `_get_one_wire`: one wire, or one edge made into a wire. */
export declare function oneWire(name: string, param: string, shape: Shape): Shape;
/** CadQuery's `_compound_or_shape`: one shape as itself, several as a compound. */
export declare function compoundOrShape(shapes: readonly Shape[]): Shape;
/** CadQuery's `_normalize`: a compound of one shape is that shape; an open shell of one face is that face. */
export declare function normalized(shape: Shape): Shape;
