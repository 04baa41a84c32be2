import type { Selectable, Vec3 } from "./selectable.ts";
import { Selector } from "./selector.ts";
import { type VectorInput } from "./vec3.ts";
export interface NthOptions {
    /** true (default): groups in ascending order of the key; false: descending. */
    directionMax?: boolean;
    /** Keys within this distance of a group's first key join that group. Default 0.0001. */
    tolerance?: number;
}
/** CadQuery's `_NthSelector`: the n-th group of objects ordered by `key`. */
export declare abstract class NthSelector extends Selector {
    readonly n: number;
    readonly directionMax: boolean;
    readonly tolerance: number;
    constructor(n: number, options?: NthOptions);
    /** The ordering key of an object, or undefined when this selector does not consider it. */
    abstract key(object: Selectable): number | undefined;
    /** Which objects have a key, for the message when none does, e.g. "is an edge or wire with a length". */
    protected abstract readonly requirement: string;
    /** The objects that have a key, grouped by key within tolerance, ascending. */
    cluster<T extends Selectable>(objects: readonly T[]): T[][];
    filter<T extends Selectable>(objects: readonly T[]): T[];
    /** ", { directionMax: false }" when not the default, for `toString`. */
    protected optionsText(): string;
}
/**
 * Orders objects by the projection of their centre on a direction (centre · direction, the
 * direction used as given, not normalised) and returns the n-th group. String forms `>>Z[n]`
 * (directionMax true) and `<<Z[n]`; without an index n is −1.
 * Considers: every object (its `center()`), whatever its kind or orientation.
 * @example new CenterNthSelector([0, 0, 1], 1) // a centred unit cube's 4 side faces
 */
export declare class CenterNthSelector extends NthSelector {
    readonly direction: Vec3;
    protected readonly requirement: string;
    constructor(vector: VectorInput, n: number, options?: NthOptions);
    key(object: Selectable): number | undefined;
    /**
     * The group at either end of the ordering (`>Z`, `<Z`, index 0 or −1) is decided from the
     * centres of the objects whose bounds reach that end only (`narrowToEndGroup`): the same group.
     */
    filter<T extends Selectable>(objects: readonly T[]): T[];
    toString(): string;
}
/**
 * All objects whose centre lies farthest along the direction (or nearest with
 * `directionMax: false`), within the tolerance: CenterNth with n = −1. String forms `>Z`, `<Z`,
 * and the named views front/back (±Z), right/left (±X), top/bottom (±Y).
 * Considers: every object (vertices by their point, others by their centre of mass).
 * @example new DirectionMinMaxSelector([0, 0, 1]) // same as ">Z"
 */
export declare class DirectionMinMaxSelector extends CenterNthSelector {
    constructor(vector: VectorInput, options?: NthOptions);
    toString(): string;
}
/**
 * Keeps the planar faces and straight edges parallel to the direction (as `|Z` does), then orders
 * them by centre · direction and returns the n-th group. String forms `>Z[n]`, `<Z[n]`.
 * So `>Z[-1]` is not `>Z`: on a box's edges `>Z` gives the 4 top edges, `>Z[-1]` the 4 vertical ones.
 * Considers: planar faces and straight edges parallel to the direction; ignores all others.
 * @example new DirectionNthSelector([0, 0, 1], -2) // same as ">Z[-2]"
 */
export declare class DirectionNthSelector extends NthSelector {
    #private;
    readonly direction: Vec3;
    protected readonly requirement: string;
    constructor(vector: VectorInput, n: number, options?: NthOptions);
    key(object: Selectable): number | undefined;
    toString(): string;
}
/**
 * The n-th group of edges and wires by radius, smallest first.
 * Considers: edges and wires whose `radius()` is defined (circles and arcs); ignores straight
 * edges, faces (even cylinders, as in CadQuery) and every other kind.
 * @example new RadiusNthSelector(0) // the smallest fillet arcs
 */
export declare class RadiusNthSelector extends NthSelector {
    protected readonly requirement: string;
    key(object: Selectable): number | undefined;
    toString(): string;
}
/**
 * The n-th group of edges and wires by length, shortest first.
 * Considers: edges and wires; ignores every other kind.
 * @example new LengthNthSelector(1) // a 1×2×3 box's 4 edges of length 2
 */
export declare class LengthNthSelector extends NthSelector {
    protected readonly requirement: string;
    key(object: Selectable): number | undefined;
    toString(): string;
}
/**
 * The n-th group by area, smallest first.
 * Considers: faces, shells and solids (surface area) and closed planar wires (the area they
 * bound); ignores open or non-planar wires (no area), vertices, edges and compounds.
 * @example new AreaNthSelector(-1) // the outermost of nested coplanar wires
 */
export declare class AreaNthSelector extends NthSelector {
    protected readonly requirement: string;
    key(object: Selectable): number | undefined;
    toString(): string;
}
