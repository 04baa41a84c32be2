/** The two ways a selector fails: a string that does not parse, and a selection that cannot be made. */
import { PartforgeError } from "../../shared/errors.ts";
import type { Selectable } from "./selectable.ts";
/**
 * A selector string that does not parse. The message names what was expected at the 1-based
 * column and shows the string with a caret under that column.
 */
export declare function selectorSyntaxError(selector: string, column: number, expected: string): PartforgeError;
/** A well-formed selector that cannot select from these objects (empty list, index out of range). */
export declare function selectionError(selector: string, message: string, details?: Record<string, unknown>): PartforgeError;
/** "6 faces", "1 edge", "3 objects" (mixed kinds), for messages. */
export declare function countObjects(objects: readonly Selectable[]): string;
