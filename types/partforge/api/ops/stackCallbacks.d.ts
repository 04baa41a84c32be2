import type { StackItem, WorkplaneImpl } from "../workplane.ts";
/** CadQuery's `all()`: one Workplane per stack object, each holding just that object. */
export declare function all(wp: WorkplaneImpl): WorkplaneImpl[];
/**
 * CadQuery's `copyWorkplane(obj)`: `obj`'s plane and stack, continuing this chain (its parent is
 * this Workplane; pending outlines and tags stay this chain's).
 */
export declare function copyWorkplane(wp: WorkplaneImpl, obj: WorkplaneImpl): WorkplaneImpl;
/** CadQuery's `filter(f)`: the stack objects for which `f` returns true. */
export declare function filter(wp: WorkplaneImpl, f: (item: StackItem) => unknown): WorkplaneImpl;
/** CadQuery's `map(f)`: `f` applied to each stack object separately. */
export declare function map(wp: WorkplaneImpl, f: (item: StackItem) => unknown): WorkplaneImpl;
/** CadQuery's `apply(f)`: `f` given all stack objects at once (as a fresh array) returns the new ones. */
export declare function apply(wp: WorkplaneImpl, f: (items: StackItem[]) => unknown): WorkplaneImpl;
/** CadQuery's `sort(key)`: the stack ordered by `key(object)`, ascending and stable (as Python's `sorted`). */
export declare function sort(wp: WorkplaneImpl, key: (item: StackItem) => unknown): WorkplaneImpl;
/**
 * CadQuery's `invoke(f)`: a function of no parameters is called for its effect and this
 * Workplane returned; a function of one is given this Workplane and returns a Workplane, or
 * nothing (then this Workplane is returned).
 */
export declare function invoke(wp: WorkplaneImpl, f: (...args: unknown[]) => unknown, isWorkplane: (value: unknown) => value is WorkplaneImpl): WorkplaneImpl;
