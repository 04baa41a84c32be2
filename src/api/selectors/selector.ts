/**
 * The base `Selector` and its boolean algebra (CadQuery's `&`, `+`, `-`, unary `-`; in strings
 * `and`, `or`, `exc`, `not`). The combinators live here beside the base class because the base
 * class's `and()`/`or()`/`minus()`/`not()` construct them.
 */
import { PartforgeError } from "../../shared/errors.ts";
import { describeValue } from "../vector.ts";
import type { Selectable } from "./selectable.ts";

/**
 * Filters a list of candidate objects. Selectors never create objects: every result is one of
 * the candidates, so combinators compare by identity. As in CadQuery, the base class keeps
 * everything; subclasses (a script's own, too) override `filter`.
 * @example compileSelector("|Z").and(compileSelector(">X")).filter(edges)
 */
export class Selector {
  /** The candidates this selector keeps; the base class keeps them all. */
  filter<T extends Selectable>(objects: readonly T[]): T[] {
    return [...objects];
  }

  /** Objects kept by both (CadQuery `a & b`, string `a and b`). */
  and(other: Selector): Selector {
    return new AndSelector(this, other);
  }

  /** Objects kept by either (CadQuery `a + b`, string `a or b`). */
  or(other: Selector): Selector {
    return new SumSelector(this, other);
  }

  /** Objects kept by this one and not by `other` (CadQuery `a - b`, string `a exc b`). */
  minus(other: Selector): Selector {
    return new SubtractSelector(this, other);
  }

  /** Objects this one does not keep (CadQuery `-a`, string `not a`). */
  not(): Selector {
    return new InverseSelector(this);
  }
}

function checkSelector(value: unknown, owner: string, argument: string): Selector {
  if (value instanceof Selector) return value;
  throw new PartforgeError("SCRIPT_EXCEPTION", `${owner}: ${argument} must be a Selector; got ${describeValue(value)}`);
}

/** `items` without repeats, first occurrences kept, in order. */
function distinct<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/**
 * Base of the two-operand combinators: both operands filter the same candidates, then the two
 * results are combined as sets. CadQuery returns them in Python set order (arbitrary); here the
 * order is deterministic: the left result's order, then (for `or`) the right's new objects.
 */
abstract class BinarySelector extends Selector {
  readonly left: Selector;
  readonly right: Selector;

  constructor(left: Selector, right: Selector) {
    super();
    this.left = checkSelector(left, this.constructor.name, "left");
    this.right = checkSelector(right, this.constructor.name, "right");
  }

  override filter<T extends Selectable>(objects: readonly T[]): T[] {
    return this.combine(this.left.filter(objects), this.right.filter(objects));
  }

  protected abstract combine<T>(left: readonly T[], right: readonly T[]): T[];
}

/** Intersection: objects selected by both selectors. Applies to every kind. */
export class AndSelector extends BinarySelector {
  protected combine<T>(left: readonly T[], right: readonly T[]): T[] {
    const kept = new Set(right);
    return distinct(left.filter((o) => kept.has(o)));
  }

  override toString(): string {
    return `(${this.left} and ${this.right})`;
  }
}

/** Union: objects selected by either selector, without duplicates. Applies to every kind. */
export class SumSelector extends BinarySelector {
  protected combine<T>(left: readonly T[], right: readonly T[]): T[] {
    return distinct([...left, ...right]);
  }

  override toString(): string {
    return `(${this.left} or ${this.right})`;
  }
}

/** Difference: objects selected by the left selector and not by the right one. Applies to every kind. */
export class SubtractSelector extends BinarySelector {
  protected combine<T>(left: readonly T[], right: readonly T[]): T[] {
    const removed = new Set(right);
    return distinct(left.filter((o) => !removed.has(o)));
  }

  override toString(): string {
    return `(${this.left} exc ${this.right})`;
  }
}

/** Complement: every candidate the given selector does not select (duplicates dropped). Applies to every kind. */
export class InverseSelector extends Selector {
  readonly selector: Selector;

  constructor(selector: Selector) {
    super();
    this.selector = checkSelector(selector, "InverseSelector", "selector");
  }

  override filter<T extends Selectable>(objects: readonly T[]): T[] {
    const removed = new Set(this.selector.filter(objects));
    return distinct(objects.filter((o) => !removed.has(o)));
  }

  override toString(): string {
    return `(not ${this.selector})`;
  }
}
