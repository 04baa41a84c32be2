/** The two ways a selector fails: a string that does not parse, and a selection that cannot be made. */
import { PartforgeError } from "../../shared/errors.ts";
import type { Selectable } from "./selectable.ts";

/**
 * A selector string that does not parse. The message names what was expected at the 1-based
 * column and shows the string with a caret under that column.
 */
export function selectorSyntaxError(selector: string, column: number, expected: string): PartforgeError {
  const { text, caretAt } = excerpt(selector.replace(/[\u0000-\u001f\u007f]/g, " "), column - 1);
  const quoted = selector.length > EXCERPT_CONTEXT ? "" : ` ${JSON.stringify(selector)}`;
  const message = `invalid selector${quoted}: ${expected} at column ${column}\n  ${text}\n  ${" ".repeat(caretAt)}^`;
  return new PartforgeError("SELECTOR_SYNTAX", message, { details: { selector, column } });
}

/** Characters of context shown either side of the error in a long selector. */
const EXCERPT_CONTEXT = 60;

/** The part of a long selector around `index` (0-based), with "…" where it is cut, and where the caret goes. */
function excerpt(line: string, index: number): { text: string; caretAt: number } {
  const from = Math.max(0, index - EXCERPT_CONTEXT);
  const to = Math.min(line.length, index + EXCERPT_CONTEXT);
  const head = from > 0 ? "…" : "";
  const tail = to < line.length ? "…" : "";
  return { text: `${head}${line.slice(from, to)}${tail}`, caretAt: index - from + head.length };
}

/** A well-formed selector that cannot select from these objects (empty list, index out of range). */
export function selectionError(selector: string, message: string, details: Record<string, unknown> = {}): PartforgeError {
  return new PartforgeError("SCRIPT_EXCEPTION", `selector ${selector}: ${message}`, { details: { selector, ...details } });
}

const PLURALS: Readonly<Record<Selectable["kind"], string>> = {
  vertex: "vertices",
  edge: "edges",
  wire: "wires",
  face: "faces",
  shell: "shells",
  solid: "solids",
  compound: "compounds",
};

/** "6 faces", "1 edge", "3 objects" (mixed kinds), for messages. */
export function countObjects(objects: readonly Selectable[]): string {
  const kinds = new Set(objects.map((o) => o.kind));
  const kind = kinds.size === 1 ? [...kinds][0]! : undefined;
  if (kind === undefined) return `${objects.length} ${objects.length === 1 ? "object" : "objects"}`;
  return `${objects.length} ${objects.length === 1 ? kind : PLURALS[kind]}`;
}
