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
export interface EachOptions {
    /** Give the callback the object in the plane's coordinates and place its result back (CadQuery's useLocalCoordinates). */
    useLocalCoordinates?: boolean;
    /** true/"a" (CadQuery's default): fuse the results with the solid in context; "s"/"cut": cut them; false: keep them on the stack. */
    combine?: boolean | "a" | "s" | "cut";
    clean?: boolean;
}
/**
 * CadQuery's `each`: `callback(obj)` for each stack object (in the plane's coordinates, its
 * result placed back, with `useLocalCoordinates`); the results are fused with the solid in
 * context by default (`combine`), wires among them become pending wires.
 */
export declare function each(wp: WorkplaneImpl, callback: (item: StackItem) => StackItem | readonly StackItem[], options?: EachOptions): WorkplaneImpl;
export type EachpointArg = ((location: Location) => StackItem | readonly StackItem[]) | Shape | WorkplaneImpl;
export interface EachpointOptions {
    /** Give `arg` each point relative to the plane and place its result on the plane (CadQuery's useLocalCoordinates). */
    useLocalCoordinates?: boolean;
    /** false (default) keeps the results on the stack; true/"a" fuses them with the solid, "s"/"cut" cuts them. */
    combine?: boolean | "a" | "s" | "cut";
    clean?: boolean;
}
/**
 * CadQuery's `eachpoint`: `arg(location)` at each stack location, or a shape (or a Workplane's
 * shapes) built around the origin and moved to each location. Wires become pending wires.
 * As CadQuery 2.5, each point is first taken relative to the plane (p); with
 * `useLocalCoordinates` the callback gets p and its result is placed on the plane, otherwise it
 * gets `p * plane.location` — the same on a plane at the origin with no rotation (CadQuery issue
 * #1098: on other planes the local offset is applied along the global axes).
 */
export declare function eachpoint(wp: WorkplaneImpl, arg: EachpointArg, options?: EachpointOptions): WorkplaneImpl;
export type CombineMode = "fuse" | "cut" | "none";
/**
 * CadQuery's `_combineWithBase`: fuses (or cuts) the new shapes with the solid in context in
 * one boolean, and puts the result on a new stack. `madeClean`: each made shape, alone, is one
 * that `clean()` would leave exactly as it is (a whole box, cylinder or sphere straight from its
 * OCCT primitive maker: no two faces on one surface), so cleaning it alone is skipped — the
 * result is the same B-rep (test/api/cleanPrimitives.test.ts compares them); fused with
 * anything, it is cleaned as before.
 */
export declare function combineWithBase(wp: WorkplaneImpl, made: readonly Shape[], mode: CombineMode, clean: boolean, { madeClean }?: {
    madeClean?: boolean;
}): WorkplaneImpl;
/** CadQuery's `placeSketch`: each sketch's faces moved to every stack location. */
export declare function placeSketch(wp: WorkplaneImpl, sketches: readonly {
    facesShape(): Shape | undefined;
}[]): WorkplaneImpl;
