/**
 * The selector classes as a ModelScript sees them (spread into the `"partforge"` scope): each
 * callable with or without `new`, as CadQuery's Python classes are (`RadiusNthSelector(0)`), still
 * usable with `instanceof` and as a base class, and frozen together with its prototype so that one
 * build cannot change selector behaviour for the next.
 */
import { BoxSelector } from "./boxSelector.ts";
import { StringSyntaxSelector } from "./compile.ts";
import { DirectionSelector, ParallelDirSelector, PerpendicularDirSelector } from "./directionSelectors.ts";
import { NearestToPointSelector } from "./nearestToPointSelector.ts";
import {
  AreaNthSelector,
  CenterNthSelector,
  DirectionMinMaxSelector,
  DirectionNthSelector,
  LengthNthSelector,
  NthSelector,
  RadiusNthSelector,
} from "./nthSelectors.ts";
import { AndSelector, InverseSelector, Selector, SubtractSelector, SumSelector } from "./selector.ts";
import { TypeSelector } from "./typeSelector.ts";

type AnyClass = abstract new (...args: never[]) => object;

/** A function that constructs `Class` whether called with `new` or not, and that subclasses can extend. */
function callableClass<C extends AnyClass>(Class: C): C {
  const factory = function (this: unknown, ...args: unknown[]): object {
    return Reflect.construct(Class, args, new.target ?? Class) as object;
  };
  Object.defineProperty(factory, "name", { value: Class.name });
  factory.prototype = Class.prototype;
  Object.freeze(Class.prototype);
  Object.freeze(Class);
  return Object.freeze(factory) as unknown as C;
}

const CLASSES = {
  Selector,
  StringSyntaxSelector,
  NearestToPointSelector,
  BoxSelector,
  ParallelDirSelector,
  DirectionSelector,
  PerpendicularDirSelector,
  TypeSelector,
  NthSelector,
  CenterNthSelector,
  DirectionMinMaxSelector,
  DirectionNthSelector,
  RadiusNthSelector,
  LengthNthSelector,
  AreaNthSelector,
  AndSelector,
  SumSelector,
  SubtractSelector,
  InverseSelector,
} as const;

const callables = Object.fromEntries(Object.entries(CLASSES).map(([name, Class]) => [name, callableClass(Class)])) as typeof CLASSES;

/**
 * Names a ModelScript can import from `"partforge"`: every selector class at top level (CadQuery
 * exports eight of them from `cadquery`), and all of them again under `selectors`, as in
 * `cq.selectors.RadiusNthSelector(0)`.
 * @example edges(RadiusNthSelector(0)) // or selectors.RadiusNthSelector(0), or new RadiusNthSelector(0)
 */
export const scriptSelectors: Readonly<typeof CLASSES & { selectors: Readonly<typeof CLASSES> }> = Object.freeze({
  ...callables,
  selectors: Object.freeze({ ...callables }),
});
