import type { SelectorAst } from "./ast.ts";
import type { Selectable } from "./selectable.ts";
import { Selector } from "./selector.ts";
/** The selector a syntax tree describes, built from the selector classes with their default tolerances. */
export declare function selectorFromAst(node: SelectorAst): Selector;
/**
 * A selector compiled from a string (CadQuery's `StringSyntaxSelector`): keeps the source text
 * and its syntax tree, and filters with the selector the tree describes.
 * @example new StringSyntaxSelector("|Z or >Z").filter(edges)
 */
export declare class StringSyntaxSelector extends Selector {
    readonly selectorString: string;
    readonly ast: SelectorAst;
    readonly selector: Selector;
    /** @throws PartforgeError SELECTOR_SYNTAX when the string does not parse. */
    constructor(selectorString: string);
    filter<T extends Selectable>(objects: readonly T[]): T[];
    toString(): string;
}
/**
 * A selector from a CadQuery selector string, or the selector object itself.
 * @throws PartforgeError SELECTOR_SYNTAX for a string that does not parse; SCRIPT_EXCEPTION for
 *   a value that is neither a string nor a `Selector`.
 * @example compileSelector(">Z or <Z").filter(faces) // the top and bottom faces
 */
export declare function compileSelector(selector: string | Selector): Selector;
