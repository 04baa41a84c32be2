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
export { Workplane, Sketch, Assembly, Plane, Shape, Vertex, Edge, Wire, Face, Shell, Solid, Compound, importers, func } from "../api/index.ts";
export type { WorkplaneImpl, SketchImpl, AssemblyImpl, AssemblyOptions, StackItem, SelectorLike, PlaneLike, VectorLike, BoundBox, ShapeKind, SketchMode, } from "../api/index.ts";
export { FloatParam, IntParam, IntegerParam, BooleanParam, StringParam, ChoiceParam, type Param, type CommonParamOptions, type NumberParamOptions, type StringParamOptions, type ChoiceParamOptions, } from "../modelscript/index.ts";
/** A 3D vector: `Vector(1, 2, 3)` or `new Vector(1, 2, 3)`. */
export declare const Vector: CallableClass<typeof VectorClass>;
export type Vector = VectorClass;
/** CadQuery's `Location(x, y, z)`, `Location([x, y, z], axis, angleDeg)`, `Location(plane)`. */
export declare const Location: CallableClass<typeof LocationClass>;
export type Location = LocationClass;
/** CadQuery's `Color("red")`, `Color("#ff8800")`, `Color(r, g, b, a?)`. */
export declare const Color: CallableClass<typeof ColorClass>;
export type Color = ColorClass;
export declare const Selector: typeof selectorModule.Selector, StringSyntaxSelector: typeof selectorModule.StringSyntaxSelector, NearestToPointSelector: typeof selectorModule.NearestToPointSelector, BoxSelector: typeof selectorModule.BoxSelector, ParallelDirSelector: typeof selectorModule.ParallelDirSelector, DirectionSelector: typeof selectorModule.DirectionSelector, PerpendicularDirSelector: typeof selectorModule.PerpendicularDirSelector, TypeSelector: typeof selectorModule.TypeSelector, NthSelector: typeof selectorModule.NthSelector, CenterNthSelector: typeof selectorModule.CenterNthSelector, DirectionMinMaxSelector: typeof selectorModule.DirectionMinMaxSelector, DirectionNthSelector: typeof selectorModule.DirectionNthSelector, RadiusNthSelector: typeof selectorModule.RadiusNthSelector, LengthNthSelector: typeof selectorModule.LengthNthSelector, AreaNthSelector: typeof selectorModule.AreaNthSelector, AndSelector: typeof selectorModule.AndSelector, SumSelector: typeof selectorModule.SumSelector, SubtractSelector: typeof selectorModule.SubtractSelector, InverseSelector: typeof selectorModule.InverseSelector;
/** All selector classes again, as CadQuery's `cq.selectors`. */
export declare const selectors: Readonly<{
    readonly Selector: typeof selectorModule.Selector;
    readonly StringSyntaxSelector: typeof selectorModule.StringSyntaxSelector;
    readonly NearestToPointSelector: typeof selectorModule.NearestToPointSelector;
    readonly BoxSelector: typeof selectorModule.BoxSelector;
    readonly ParallelDirSelector: typeof selectorModule.ParallelDirSelector;
    readonly DirectionSelector: typeof selectorModule.DirectionSelector;
    readonly PerpendicularDirSelector: typeof selectorModule.PerpendicularDirSelector;
    readonly TypeSelector: typeof selectorModule.TypeSelector;
    readonly NthSelector: typeof selectorModule.NthSelector;
    readonly CenterNthSelector: typeof selectorModule.CenterNthSelector;
    readonly DirectionMinMaxSelector: typeof selectorModule.DirectionMinMaxSelector;
    readonly DirectionNthSelector: typeof selectorModule.DirectionNthSelector;
    readonly RadiusNthSelector: typeof selectorModule.RadiusNthSelector;
    readonly LengthNthSelector: typeof selectorModule.LengthNthSelector;
    readonly AreaNthSelector: typeof selectorModule.AreaNthSelector;
    readonly AndSelector: typeof selectorModule.AndSelector;
    readonly SumSelector: typeof selectorModule.SumSelector;
    readonly SubtractSelector: typeof selectorModule.SubtractSelector;
    readonly InverseSelector: typeof selectorModule.InverseSelector;
}>;
/**
 * The values `build(values)` receives, typed from the parameters it is given:
 * @example
 * const params = { p_length, p_round };
 * export function build(values: ValuesOf<typeof params>) { values.p_length; // number }
 */
export type ValuesOf<P extends Record<string, Param<never> | Param<string | number | boolean>>> = {
    readonly [K in keyof P]: P[K] extends Param<infer V> ? V : never;
};
