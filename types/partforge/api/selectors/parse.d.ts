import type { SelectorAst } from "./ast.ts";
/** Deepest nesting of parentheses and "not" accepted; guards the call stack against hostile input. */
export declare const MAX_SELECTOR_DEPTH = 64;
/**
 * Parses a CadQuery selector string into its syntax tree.
 * @throws PartforgeError SELECTOR_SYNTAX with `details: { selector, column }` (1-based) when it
 *   does not parse; the message says what was expected and shows a caret under the column.
 * @example parseSelector(">Z[-2]") // { type: "minMax", operator: ">", index: -2, … }
 */
export declare function parseSelector(selector: string): SelectorAst;
