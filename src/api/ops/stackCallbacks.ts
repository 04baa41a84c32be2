/**
 * CadQuery's functional stack methods: `filter`, `map`, `apply`, `sort` and `invoke` call the
 * script's function during the call only (it is never kept), and `all`/`copyWorkplane` rebuild
 * the chain. Whatever a function returns is read once and checked before it reaches a stack.
 */
import { Location } from "../location.ts";
import { apiError } from "../options.ts";
import { isShape } from "../shape.ts";
import { describeValue } from "../vector.ts";
import type { StackItem, WorkplaneImpl } from "../workplane.ts";

function checkedItem(method: string, value: unknown, what: string): StackItem {
  if (isShape(value) || value instanceof Location) return value;
  return apiError(method, `${what} must be a shape or a Location; got ${describeValue(value)}`);
}

/** CadQuery's `all()`: one Workplane per stack object, each holding just that object. */
export function all(wp: WorkplaneImpl): WorkplaneImpl[] {
  return wp.state.objects.map((item) => wp.newObject([item]));
}

/**
 * CadQuery's `copyWorkplane(obj)`: `obj`'s plane and stack, continuing this chain (its parent is
 * this Workplane; pending outlines and tags stay this chain's).
 */
export function copyWorkplane(wp: WorkplaneImpl, obj: WorkplaneImpl): WorkplaneImpl {
  return wp.derive({ plane: obj.state.plane, objects: obj.state.objects, emptySelection: obj.state.emptySelection });
}

/** CadQuery's `filter(f)`: the stack objects for which `f` returns true. */
export function filter(wp: WorkplaneImpl, f: (item: StackItem) => unknown): WorkplaneImpl {
  const kept = wp.state.objects.filter((item, index) => {
    const verdict = f(item);
    // A function body without `return` gives undefined: say so rather than silently keep nothing.
    if (typeof verdict !== "boolean") apiError("filter", `the function must return true or false; for object ${index} it returned ${describeValue(verdict)}`);
    return verdict;
  });
  return wp.newObject(kept);
}

/** CadQuery's `map(f)`: `f` applied to each stack object separately. */
export function map(wp: WorkplaneImpl, f: (item: StackItem) => unknown): WorkplaneImpl {
  return wp.newObject(wp.state.objects.map((item, index) => checkedItem("map", f(item), `the function's result for object ${index}`)));
}

/** CadQuery's `apply(f)`: `f` given all stack objects at once (as a fresh array) returns the new ones. */
export function apply(wp: WorkplaneImpl, f: (items: StackItem[]) => unknown): WorkplaneImpl {
  const result = f([...wp.state.objects]);
  const iterable = result !== null && typeof result === "object" && typeof (result as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function";
  if (!iterable || typeof result === "string") apiError("apply", `the function must return an array (or iterable) of shapes or Locations; got ${describeValue(result)}`);
  const items = Array.from(result as Iterable<unknown>);
  return wp.newObject(items.map((item, index) => checkedItem("apply", item, `item ${index} of the function's result`)));
}

type SortKey = number | string | readonly (number | string)[];

function checkedKey(value: unknown, index: number): SortKey {
  const scalar = (v: unknown): v is number | string => (typeof v === "number" && !Number.isNaN(v)) || typeof v === "string";
  if (scalar(value)) return value;
  // An array key is copied once and the copy checked, so it cannot change while the stack is sorted.
  const items = Array.isArray(value) ? Array.from(value as unknown[]) : undefined;
  if (items !== undefined && items.every(scalar)) return items;
  return apiError("sort", `the key function must return a number, a string or an array of them (a tuple); for object ${index} it returned ${describeValue(value)}`);
}

/** Python's ordering of two keys: numbers with numbers, strings with strings, tuples item by item. */
function compareKeys(a: SortKey, b: SortKey): number {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const order = compareKeys(a[i]!, b[i]!);
      if (order !== 0) return order;
    }
    return a.length - b.length;
  }
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b)) {
    return apiError("sort", `the key function returned keys that cannot be compared: ${describeValue(a)} and ${describeValue(b)}; return the same kind of key for every object`);
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** CadQuery's `sort(key)`: the stack ordered by `key(object)`, ascending and stable (as Python's `sorted`). */
export function sort(wp: WorkplaneImpl, key: (item: StackItem) => unknown): WorkplaneImpl {
  const keyed = wp.state.objects.map((item, index) => ({ item, key: checkedKey(key(item), index) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  return wp.newObject(keyed.map((entry) => entry.item));
}

/**
 * CadQuery's `invoke(f)`: a function of no parameters is called for its effect and this
 * Workplane returned; a function of one is given this Workplane and returns a Workplane, or
 * nothing (then this Workplane is returned).
 */
export function invoke(wp: WorkplaneImpl, f: (...args: unknown[]) => unknown, isWorkplane: (value: unknown) => value is WorkplaneImpl): WorkplaneImpl {
  if (f.length > 1) apiError("invoke", `the function takes ${f.length} parameters; give one that takes none or one (the Workplane)`);
  if (f.length === 0) {
    f();
    return wp;
  }
  const result = f(wp);
  if (result === undefined || result === null) return wp;
  if (!isWorkplane(result)) apiError("invoke", `the function must return a Workplane or nothing; got ${describeValue(result)}`);
  return result;
}
