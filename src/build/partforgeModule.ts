/**
 * The `"partforge"` module a ModelScript imports, as one typed module: the modelling API, the
 * parameter constructors and the selector classes. `scope.ts` hands exactly these values to
 * scripts; `types/partforge/` holds the declarations emitted from this file for script authors'
 * editors (regenerate with `npm run types`, checked by test/api/types.test.ts).
 */
import { Color as ColorClass, Location as LocationClass, Vector as VectorClass, selectors as selectorModule } from "../api/index.ts";
import type { Param } from "../modelscript/index.ts";

/** A class that a script may also call without `new`, as CadQuery's Python classes. */
export type CallableClass<C extends abstract new (...args: never[]) => object> = C & ((...args: ConstructorParameters<C>) => InstanceType<C>);

type AnyClass = abstract new (...args: never[]) => object;

function callable<C extends AnyClass>(Class: C): CallableClass<C> {
  const factory = function (this: unknown, ...args: unknown[]): object {
    return Reflect.construct(Class, args, new.target ?? Class) as object;
  };
  Object.defineProperty(factory, "name", { value: Class.name });
  factory.prototype = Class.prototype;
  // Static members (Vector.from, Location.at) stay reachable.
  for (const key of Object.getOwnPropertyNames(Class)) {
    if (!["length", "name", "prototype"].includes(key)) Object.defineProperty(factory, key, Object.getOwnPropertyDescriptor(Class, key)!);
  }
  return Object.freeze(factory) as unknown as CallableClass<C>;
}

export { Workplane, Sketch, Assembly, Plane, Shape, Vertex, Edge, Wire, Face, Shell, Solid, Compound, importers, func } from "../api/index.ts";
export type {
  WorkplaneImpl,
  SketchImpl,
  AssemblyImpl,
  AssemblyOptions,
  StackItem,
  SelectorLike,
  PlaneLike,
  VectorLike,
  BoundBox,
  ShapeKind,
  SketchMode,
} from "../api/index.ts";
export {
  FloatParam,
  IntParam,
  IntegerParam,
  BooleanParam,
  StringParam,
  ChoiceParam,
  type Param,
  type CommonParamOptions,
  type NumberParamOptions,
  type StringParamOptions,
  type ChoiceParamOptions,
} from "../modelscript/index.ts";

/** A 3D vector: `Vector(1, 2, 3)` or `new Vector(1, 2, 3)`. */
export const Vector = callable(VectorClass);
export type Vector = VectorClass;
/** CadQuery's `Location(x, y, z)`, `Location([x, y, z], axis, angleDeg)`, `Location(plane)`. */
export const Location = callable(LocationClass);
export type Location = LocationClass;
/** CadQuery's `Color("red")`, `Color("#ff8800")`, `Color(r, g, b, a?)`. */
export const Color = callable(ColorClass);
export type Color = ColorClass;

const selectorClasses = selectorModule.scriptSelectors;
export const {
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
} = selectorClasses;
/** All selector classes again, as CadQuery's `cq.selectors`. */
export const selectors = selectorClasses.selectors;

/**
 * The values `build(values)` receives, typed from the parameters it is given:
 * @example
 * const params = { p_length, p_round };
 * export function build(values: ValuesOf<typeof params>) { values.p_length; // number }
 */
export type ValuesOf<P extends Record<string, Param<never> | Param<string | number | boolean>>> = {
  readonly [K in keyof P]: P[K] extends Param<infer V> ? V : never;
};
