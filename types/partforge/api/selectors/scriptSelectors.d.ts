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
import { AreaNthSelector, CenterNthSelector, DirectionMinMaxSelector, DirectionNthSelector, LengthNthSelector, NthSelector, RadiusNthSelector } from "./nthSelectors.ts";
import { AndSelector, InverseSelector, Selector, SubtractSelector, SumSelector } from "./selector.ts";
import { TypeSelector } from "./typeSelector.ts";
declare const CLASSES: {
    readonly Selector: typeof Selector;
    readonly StringSyntaxSelector: typeof StringSyntaxSelector;
    readonly NearestToPointSelector: typeof NearestToPointSelector;
    readonly BoxSelector: typeof BoxSelector;
    readonly ParallelDirSelector: typeof ParallelDirSelector;
    readonly DirectionSelector: typeof DirectionSelector;
    readonly PerpendicularDirSelector: typeof PerpendicularDirSelector;
    readonly TypeSelector: typeof TypeSelector;
    readonly NthSelector: typeof NthSelector;
    readonly CenterNthSelector: typeof CenterNthSelector;
    readonly DirectionMinMaxSelector: typeof DirectionMinMaxSelector;
    readonly DirectionNthSelector: typeof DirectionNthSelector;
    readonly RadiusNthSelector: typeof RadiusNthSelector;
    readonly LengthNthSelector: typeof LengthNthSelector;
    readonly AreaNthSelector: typeof AreaNthSelector;
    readonly AndSelector: typeof AndSelector;
    readonly SumSelector: typeof SumSelector;
    readonly SubtractSelector: typeof SubtractSelector;
    readonly InverseSelector: typeof InverseSelector;
};
/**
 * Names a ModelScript can import from `"partforge"`: every selector class at top level (CadQuery
 * exports eight of them from `cadquery`), and all of them again under `selectors`, as in
 * `cq.selectors.RadiusNthSelector(0)`.
 * @example edges(RadiusNthSelector(0)) // or selectors.RadiusNthSelector(0), or new RadiusNthSelector(0)
 */
export declare const scriptSelectors: Readonly<typeof CLASSES & {
    selectors: Readonly<typeof CLASSES>;
}>;
export {};
