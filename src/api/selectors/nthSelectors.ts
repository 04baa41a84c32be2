/**
 * Selectors that sort objects by a number (position along a direction, radius, length, area),
 * group the numbers that lie within a tolerance of each other, and return one group by index:
 * `>Z`, `<Z`, `>Z[n]`, `<Z[n]`, `>>Z[n]`, `<<Z[n]` and the radius/length/area selectors.
 *
 * Grouping (CadQuery's `_NthSelector.cluster`): sort by key ascending; a group starts at its
 * smallest key and takes every following key within `tolerance` (inclusive) of that start.
 * Groups are indexed smallest first; with `directionMax: false` (the `<` and `<<` forms) the group
 * list is reversed, so index 0 is the largest. Negative indices count from the end, as in Python.
 * An empty input, or no object the selector can measure, or an index outside the groups is an error.
 */
import { booleanValue, readOptions } from "../options.ts";
import { DEFAULT_SELECTOR_TOLERANCE, ParallelDirSelector, directionOf } from "./directionSelectors.ts";
import { narrowToEndGroup } from "./endGroup.ts";
import { countObjects, selectionError } from "./errors.ts";
import type { Selectable, Vec3 } from "./selectable.ts";
import { Selector } from "./selector.ts";
import { dot, formatDirection, toDirection, toIndex, toTolerance, type VectorInput } from "./vec3.ts";

export interface NthOptions {
  /** true (default): groups in ascending order of the key; false: descending. */
  directionMax?: boolean;
  /** Keys within this distance of a group's first key join that group. Default 0.0001. */
  tolerance?: number;
}

/** CadQuery's `_NthSelector`: the n-th group of objects ordered by `key`. */
export abstract class NthSelector extends Selector {
  readonly n: number;
  readonly directionMax: boolean;
  readonly tolerance: number;

  constructor(n: number, options: NthOptions = {}) {
    super();
    const owner = new.target.name;
    const opts = readOptions(owner, options, { directionMax: true, tolerance: DEFAULT_SELECTOR_TOLERANCE });
    this.n = toIndex(n, owner);
    this.directionMax = booleanValue(owner, "directionMax", opts.directionMax);
    this.tolerance = toTolerance(opts.tolerance, owner);
  }

  /** The ordering key of an object, or undefined when this selector does not consider it. */
  abstract key(object: Selectable): number | undefined;

  /** Which objects have a key, for the message when none does, e.g. "is an edge or wire with a length". */
  protected abstract readonly requirement: string;

  /** The objects that have a key, grouped by key within tolerance, ascending. */
  cluster<T extends Selectable>(objects: readonly T[]): T[][] {
    const keyed: { key: number; object: T }[] = [];
    for (const object of objects) {
      const key = this.key(object);
      if (key !== undefined && Number.isFinite(key)) keyed.push({ key, object });
    }
    keyed.sort((a, b) => a.key - b.key);
    const groups: T[][] = [];
    let start = Number.NaN;
    for (const { key, object } of keyed) {
      if (groups.length > 0 && Math.abs(key - start) <= this.tolerance) {
        groups[groups.length - 1]!.push(object);
      } else {
        groups.push([object]);
        start = key;
      }
    }
    return groups;
  }

  override filter<T extends Selectable>(objects: readonly T[]): T[] {
    const name = String(this);
    if (objects.length === 0) throw selectionError(name, "there are no objects to select from");
    const groups = this.cluster(objects);
    if (groups.length === 0) {
      throw selectionError(name, `none of the ${countObjects(objects)} ${this.requirement}`);
    }
    if (!this.directionMax) groups.reverse();
    const index = this.n < 0 ? groups.length + this.n : this.n;
    const group = groups[index];
    if (group === undefined) {
      const count = groups.length;
      const grouping = count === 1 ? "all fall in 1 group" : `fall in ${count} groups`;
      throw selectionError(
        name,
        `index ${this.n} is out of range: the ${countObjects(groups.flat())} it considers ${grouping}, so the index must be from ${-count} to ${count - 1}`,
        { index: this.n, groups: count },
      );
    }
    return group;
  }

  /** ", { directionMax: false }" when not the default, for `toString`. */
  protected optionsText(): string {
    const parts = [
      ...(this.directionMax ? [] : ["directionMax: false"]),
      ...(this.tolerance === DEFAULT_SELECTOR_TOLERANCE ? [] : [`tolerance: ${this.tolerance}`]),
    ];
    return parts.length === 0 ? "" : `, { ${parts.join(", ")} }`;
  }
}

/**
 * Orders objects by the projection of their centre on a direction (centre · direction, the
 * direction used as given, not normalised) and returns the n-th group. String forms `>>Z[n]`
 * (directionMax true) and `<<Z[n]`; without an index n is −1.
 * Considers: every object (its `center()`), whatever its kind or orientation.
 * @example new CenterNthSelector([0, 0, 1], 1) // a centred unit cube's 4 side faces
 */
export class CenterNthSelector extends NthSelector {
  readonly direction: Vec3;
  protected readonly requirement: string = "has a centre";

  constructor(vector: VectorInput, n: number, options: NthOptions = {}) {
    super(n, options);
    this.direction = toDirection(vector, new.target.name, "the direction");
  }

  key(object: Selectable): number | undefined {
    return dot(object.center(), this.direction);
  }

  /**
   * The group at either end of the ordering (`>Z`, `<Z`, index 0 or −1) is decided from the
   * centres of the objects whose bounds reach that end only (`narrowToEndGroup`): the same group.
   */
  override filter<T extends Selectable>(objects: readonly T[]): T[] {
    const end = this.n === -1 ? (this.directionMax ? "last" : "first") : this.n === 0 ? (this.directionMax ? "first" : "last") : undefined;
    const narrowed = end === undefined ? undefined : narrowToEndGroup(objects, this.direction, this.tolerance, end, (object) => this.key(object));
    return super.filter(narrowed ?? objects);
  }

  override toString(): string {
    return `${this.directionMax ? ">>" : "<<"}${formatDirection(this.direction)}[${this.n}]`;
  }
}

/**
 * All objects whose centre lies farthest along the direction (or nearest with
 * `directionMax: false`), within the tolerance: CenterNth with n = −1. String forms `>Z`, `<Z`,
 * and the named views front/back (±Z), right/left (±X), top/bottom (±Y).
 * Considers: every object (vertices by their point, others by their centre of mass).
 * @example new DirectionMinMaxSelector([0, 0, 1]) // same as ">Z"
 */
export class DirectionMinMaxSelector extends CenterNthSelector {
  constructor(vector: VectorInput, options: NthOptions = {}) {
    super(vector, -1, options);
  }

  override toString(): string {
    return `${this.directionMax ? ">" : "<"}${formatDirection(this.direction)}`;
  }
}

/**
 * Keeps the planar faces and straight edges parallel to the direction (as `|Z` does), then orders
 * them by centre · direction and returns the n-th group. String forms `>Z[n]`, `<Z[n]`.
 * So `>Z[-1]` is not `>Z`: on a box's edges `>Z` gives the 4 top edges, `>Z[-1]` the 4 vertical ones.
 * Considers: planar faces and straight edges parallel to the direction; ignores all others.
 * @example new DirectionNthSelector([0, 0, 1], -2) // same as ">Z[-2]"
 */
export class DirectionNthSelector extends NthSelector {
  readonly direction: Vec3;
  protected readonly requirement: string;
  readonly #parallel: ParallelDirSelector;

  constructor(vector: VectorInput, n: number, options: NthOptions = {}) {
    super(n, options);
    this.direction = toDirection(vector, new.target.name, "the direction");
    this.#parallel = new ParallelDirSelector(this.direction, { tolerance: this.tolerance });
    this.requirement = `is a planar face or straight edge parallel to ${formatDirection(this.direction)}`;
  }

  key(object: Selectable): number | undefined {
    const vector = directionOf(object);
    if (vector === undefined || !this.#parallel.test(vector)) return undefined;
    return dot(object.center(), this.direction);
  }

  override toString(): string {
    return `${this.directionMax ? ">" : "<"}${formatDirection(this.direction)}[${this.n}]`;
  }
}

/**
 * The n-th group of edges and wires by radius, smallest first.
 * Considers: edges and wires whose `radius()` is defined (circles and arcs); ignores straight
 * edges, faces (even cylinders, as in CadQuery) and every other kind.
 * @example new RadiusNthSelector(0) // the smallest fillet arcs
 */
export class RadiusNthSelector extends NthSelector {
  protected readonly requirement: string = "is an edge or wire with a radius (a circle or arc)";

  key(object: Selectable): number | undefined {
    return object.kind === "edge" || object.kind === "wire" ? object.radius?.() : undefined;
  }

  override toString(): string {
    return `RadiusNthSelector(${this.n}${this.optionsText()})`;
  }
}

/**
 * The n-th group of edges and wires by length, shortest first.
 * Considers: edges and wires; ignores every other kind.
 * @example new LengthNthSelector(1) // a 1×2×3 box's 4 edges of length 2
 */
export class LengthNthSelector extends NthSelector {
  protected readonly requirement: string = "is an edge or wire with a length";

  key(object: Selectable): number | undefined {
    return object.kind === "edge" || object.kind === "wire" ? object.length?.() : undefined;
  }

  override toString(): string {
    return `LengthNthSelector(${this.n}${this.optionsText()})`;
  }
}

/**
 * The n-th group by area, smallest first.
 * Considers: faces, shells and solids (surface area) and closed planar wires (the area they
 * bound); ignores open or non-planar wires (no area), vertices, edges and compounds.
 * @example new AreaNthSelector(-1) // the outermost of nested coplanar wires
 */
export class AreaNthSelector extends NthSelector {
  protected readonly requirement: string = "is a face, shell, solid or closed planar wire with an area";

  key(object: Selectable): number | undefined {
    const { kind } = object;
    return kind === "face" || kind === "shell" || kind === "solid" || kind === "wire" ? object.area?.() : undefined;
  }

  override toString(): string {
    return `AreaNthSelector(${this.n}${this.optionsText()})`;
  }
}
