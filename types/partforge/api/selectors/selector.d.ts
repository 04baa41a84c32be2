import type { Selectable } from "./selectable.ts";
/**
 * Filters a list of candidate objects. Selectors never create objects: every result is one of
 * the candidates, so combinators compare by identity. As in CadQuery, the base class keeps
 * everything; subclasses (a script's own, too) override `filter`.
 * @example compileSelector("|Z").and(compileSelector(">X")).filter(edges)
 */
export declare class Selector {
    /** The candidates this selector keeps; the base class keeps them all. */
    filter<T extends Selectable>(objects: readonly T[]): T[];
    /** Objects kept by both (CadQuery `a & b`, string `a and b`). */
    and(other: Selector): Selector;
    /** Objects kept by either (CadQuery `a + b`, string `a or b`). */
    or(other: Selector): Selector;
    /** Objects kept by this one and not by `other` (CadQuery `a - b`, string `a exc b`). */
    minus(other: Selector): Selector;
    /** Objects this one does not keep (CadQuery `-a`, string `not a`). */
    not(): Selector;
}
/**
 * Base of the two-operand combinators: both operands filter the same candidates, then the two
 * results are combined as sets. CadQuery returns them in Python set order (arbitrary); here the
 * order is deterministic: the left result's order, then (for `or`) the right's new objects.
 */
declare abstract class BinarySelector extends Selector {
    readonly left: Selector;
    readonly right: Selector;
    constructor(left: Selector, right: Selector);
    filter<T extends Selectable>(objects: readonly T[]): T[];
    protected abstract combine<T>(left: readonly T[], right: readonly T[]): T[];
}
/** Intersection: objects selected by both selectors. Applies to every kind. */
export declare class AndSelector extends BinarySelector {
    protected combine<T>(left: readonly T[], right: readonly T[]): T[];
    toString(): string;
}
/** Union: objects selected by either selector, without duplicates. Applies to every kind. */
export declare class SumSelector extends BinarySelector {
    protected combine<T>(left: readonly T[], right: readonly T[]): T[];
    toString(): string;
}
/** Difference: objects selected by the left selector and not by the right one. Applies to every kind. */
export declare class SubtractSelector extends BinarySelector {
    protected combine<T>(left: readonly T[], right: readonly T[]): T[];
    toString(): string;
}
/** Complement: every candidate the given selector does not select (duplicates dropped). Applies to every kind. */
export declare class InverseSelector extends Selector {
    readonly selector: Selector;
    constructor(selector: Selector);
    filter<T extends Selectable>(objects: readonly T[]): T[];
    toString(): string;
}
export {};
