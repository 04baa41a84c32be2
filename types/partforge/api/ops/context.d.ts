import { Location } from "../location.ts";
import { type Shape } from "../shape.ts";
import type { StackItem, WorkplaneImpl } from "../workplane.ts";
export declare function ancestor(wp: WorkplaneImpl, n: number): WorkplaneImpl;
export declare function stackItem(wp: WorkplaneImpl, index: number): StackItem;
export declare function tag(wp: WorkplaneImpl, name: string): WorkplaneImpl;
export declare function tagged(wp: WorkplaneImpl, name: string, method: string): WorkplaneImpl;
/**
 * CadQuery's `_getTagged` as its shared context sees it: the Workplane tagged `name` anywhere in
 * the chain `wp` belongs to (latest wins), also when tagged after `wp` was made.
 * @example part.faces(">Z").tag("top"); chainTagged(part, "top") // the >Z selection
 */
export declare function chainTagged(wp: WorkplaneImpl, name: string): WorkplaneImpl | undefined;
export declare function fromTagged(wp: WorkplaneImpl, name: string): WorkplaneImpl;
/** Compound of several shapes, or the one shape itself. */
export declare function compoundOf(shapes: readonly Shape[]): Shape;
/** CadQuery's `findSolid`: the stack's solids (as one compound) or the nearest parent's. */
export declare function findSolid(wp: WorkplaneImpl): Shape | undefined;
export declare function requireSolid(wp: WorkplaneImpl, method: string): Shape;
export declare function largestDimension(wp: WorkplaneImpl): number;
/** The Location of each stack point; the plane origin when the stack is empty. */
export declare function stackLocations(wp: WorkplaneImpl): Location[];
export declare function each(wp: WorkplaneImpl, callback: (item: StackItem) => StackItem | readonly StackItem[]): WorkplaneImpl;
export type EachpointArg = ((location: Location) => StackItem | readonly StackItem[]) | Shape | WorkplaneImpl;
export interface EachpointOptions {
    /** Accepted for CadQuery parity: stack locations are already placed on the workplane. */
    useLocalCoordinates?: boolean;
    /** false (default) keeps the results on the stack; true/"a" fuses them with the solid, "s"/"cut" cuts them. */
    combine?: boolean | "a" | "s" | "cut";
    clean?: boolean;
}
/**
 * CadQuery's `eachpoint`: `arg(location)` at each stack location, or a shape (or a Workplane's
 * shapes) built around the origin and moved to each location. Wires become pending wires.
 */
export declare function eachpoint(wp: WorkplaneImpl, arg: EachpointArg, options?: EachpointOptions): WorkplaneImpl;
export type CombineMode = "fuse" | "cut" | "none";
/**
 * CadQuery's `_combineWithBase`: fuses (or cuts) the new shapes with the solid in context in
 * one boolean, and puts the result on a new stack.
 */
export declare function combineWithBase(wp: WorkplaneImpl, made: readonly Shape[], mode: CombineMode, clean: boolean): WorkplaneImpl;
/** CadQuery's `placeSketch`: each sketch's faces moved to every stack location. */
export declare function placeSketch(wp: WorkplaneImpl, sketches: readonly {
    facesShape(): Shape | undefined;
}[]): WorkplaneImpl;
