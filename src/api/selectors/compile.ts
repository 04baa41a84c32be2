/** From selector strings (or selector objects) to `Selector`s. */
import { apiError } from "../options.ts";
import { describeValue } from "../vector.ts";
import type { DirectionSpec, NamedView, SelectorAst } from "./ast.ts";
import { DirectionSelector, ParallelDirSelector, PerpendicularDirSelector } from "./directionSelectors.ts";
import { CenterNthSelector, DirectionMinMaxSelector, DirectionNthSelector } from "./nthSelectors.ts";
import { parseSelector } from "./parse.ts";
import type { Selectable, Vec3 } from "./selectable.ts";
import { AndSelector, InverseSelector, Selector, SubtractSelector, SumSelector } from "./selector.ts";
import { TypeSelector } from "./typeSelector.ts";
import { negate } from "./vec3.ts";

/** CadQuery's named views: a direction and whether the maximum (true) or minimum is taken. */
const NAMED_VIEWS: Readonly<Record<NamedView, { direction: Vec3; directionMax: boolean }>> = {
  front: { direction: [0, 0, 1], directionMax: true },
  back: { direction: [0, 0, 1], directionMax: false },
  left: { direction: [1, 0, 0], directionMax: false },
  right: { direction: [1, 0, 0], directionMax: true },
  top: { direction: [0, 1, 0], directionMax: true },
  bottom: { direction: [0, 1, 0], directionMax: false },
};

function vectorOf(direction: DirectionSpec): Vec3 {
  return direction.vector;
}

/** The selector a syntax tree describes, built from the selector classes with their default tolerances. */
export function selectorFromAst(node: SelectorAst): Selector {
  switch (node.type) {
    case "aligned":
      return new DirectionSelector(node.operator === "-" ? negate(vectorOf(node.direction)) : vectorOf(node.direction));
    case "parallel":
      return new ParallelDirSelector(vectorOf(node.direction));
    case "perpendicular":
      return new PerpendicularDirSelector(vectorOf(node.direction));
    case "minMax": {
      const directionMax = node.operator === ">";
      return node.index === null
        ? new DirectionMinMaxSelector(vectorOf(node.direction), { directionMax })
        : new DirectionNthSelector(vectorOf(node.direction), node.index, { directionMax });
    }
    case "centerNth":
      return new CenterNthSelector(vectorOf(node.direction), node.index ?? -1, { directionMax: node.operator === ">>" });
    case "geomType":
      return new TypeSelector(node.geomType);
    case "namedView": {
      const { direction, directionMax } = NAMED_VIEWS[node.view];
      return new DirectionMinMaxSelector(direction, { directionMax });
    }
    case "and":
      return new AndSelector(selectorFromAst(node.left), selectorFromAst(node.right));
    case "or":
      return new SumSelector(selectorFromAst(node.left), selectorFromAst(node.right));
    case "except":
      return new SubtractSelector(selectorFromAst(node.left), selectorFromAst(node.right));
    case "not":
      return new InverseSelector(selectorFromAst(node.operand));
  }
}

/**
 * A selector compiled from a string (CadQuery's `StringSyntaxSelector`): keeps the source text
 * and its syntax tree, and filters with the selector the tree describes.
 * @example new StringSyntaxSelector("|Z or >Z").filter(edges)
 */
export class StringSyntaxSelector extends Selector {
  readonly selectorString: string;
  readonly ast: SelectorAst;
  readonly selector: Selector;

  /** @throws PartforgeError SELECTOR_SYNTAX when the string does not parse. */
  constructor(selectorString: string) {
    super();
    this.ast = parseSelector(selectorString);
    this.selectorString = selectorString;
    this.selector = selectorFromAst(this.ast);
  }

  override filter<T extends Selectable>(objects: readonly T[]): T[] {
    return this.selector.filter(objects);
  }

  override toString(): string {
    return this.selectorString;
  }
}

/**
 * A selector from a CadQuery selector string, or the selector object itself.
 * @throws PartforgeError SELECTOR_SYNTAX for a string that does not parse; SCRIPT_EXCEPTION for
 *   a value that is neither a string nor a `Selector`.
 * @example compileSelector(">Z or <Z").filter(faces) // the top and bottom faces
 */
export function compileSelector(selector: string | Selector): Selector {
  if (typeof selector === "string") return new StringSyntaxSelector(selector);
  if (selector instanceof Selector) return selector;
  return apiError("selector", `expected a selector string such as ">Z" or a Selector object; got ${describeValue(selector)}`);
}
