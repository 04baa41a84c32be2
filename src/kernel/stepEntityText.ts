/**
 * The text of a STEP file's entities (ISO 10303-21 §10) as OCCT's StepData_StepWriter writes
 * them: read back into the pieces the writer added one at a time, and laid out again with other
 * entity numbers, so that a few entities can be renumbered without OCCT writing the whole file.
 *
 * The writer starts each entity on a new line with `#N = ` and then adds its pieces (the type,
 * `(`, `,`, a parameter, `)`, the closing `);`), each whole: when a piece (an enumeration with
 * room for two more characters) does not fit on the 72-character line, the line ends and the next
 * starts indented by two spaces per open parenthesis. `layOutEntity` does the same, for pieces that
 * fit on an indented line (longer ones the writer splits, which is not done here).
 */

/** The writer's line length (StepData_StepWriter's StepLong): the longest line it never breaks. */
export const STEP_LINE_LENGTH = 72;

/** One piece of an entity's text, as the writer adds it. */
export type WriterPiece =
  | { kind: "open" | "close" | "comma" | "end" }
  | { kind: "ref"; id: number }
  /** A string, enumeration, number, type name, `$` or `*`; `more` is the room the writer wants after it. */
  | { kind: "atom"; text: string; more: number };

export interface EntityText {
  id: number;
  /** Its type name: the text up to its parameters (empty for a complex entity). */
  type: string;
  /** The entities it references, in the order they appear. */
  refs: number[];
  /** Its pieces, or undefined when its text is not made of pieces `layOutEntity` lays out. */
  pieces: WriterPiece[] | undefined;
  /** Where its text starts (its `#`) and ends (after its line break) in the text it was read from. */
  start: number;
  end: number;
}

const PIECE_TEXT: Readonly<Record<"open" | "close" | "comma" | "end", string>> = { open: "(", close: ")", comma: ",", end: ");" };
/** Booleans and logicals go through SendString (no room wanted after them); other enumerations through SendEnum. */
const LOGICALS = new Set([".T.", ".F.", ".U."]);
const ATOM = /[A-Z_][A-Z_0-9]*|\.[A-Z_][A-Z_0-9]*\.|[-+0-9.][-+0-9.E]*|[$*]/y;
/** An entity's start; the writer writes `#N = `, anything else is read but not laid out. */
const HEAD = /#(\d+)(\s*=\s*)/y;
/** An entity's type name, after its head (empty for a complex entity). */
const TYPE_NAME = /[A-Z_0-9]*/y;
/** A reference to an entity. */
const REF = /#(\d+)/y;

/**
 * The entity whose text starts at `start` (its `#`) and runs to its `;` and line break, or
 * undefined when the text there is not an entity `#N = …;`. Its pieces are undefined when the text
 * has anything `layOutEntity` does not lay out (a string across lines, a complex entity, …).
 */
export function readEntity(text: string, start: number): EntityText | undefined {
  HEAD.lastIndex = start;
  const head = HEAD.exec(text);
  if (head === null) return undefined;
  let at = HEAD.lastIndex;
  TYPE_NAME.lastIndex = at;
  const type = TYPE_NAME.exec(text)![0];
  const refs: number[] = [];
  let pieces: WriterPiece[] | undefined = head[2] === " = " ? [] : undefined;
  let depth = 0;
  for (;;) {
    if (at >= text.length) return undefined;
    const char = text[at]!;
    if (char === "\n" || char === " ") {
      at++;
    } else if (char === "'") {
      const close = stringEnd(text, at);
      if (close < 0) return undefined;
      const string = text.slice(at, close);
      if (string.includes("\n")) pieces = undefined;
      pieces?.push({ kind: "atom", text: string, more: 0 });
      at = close;
    } else if (char === "#") {
      REF.lastIndex = at;
      const found = REF.exec(text);
      if (found === null) return undefined;
      refs.push(Number(found[1]));
      pieces?.push({ kind: "ref", id: Number(found[1]) });
      at = REF.lastIndex;
    } else if (char === ";") {
      // A `;` that is not the writer's `);` closing the entity's parameters.
      pieces = undefined;
      at++;
      break;
    } else if (char === ")" && depth === 1 && text[at + 1] === ";") {
      pieces?.push({ kind: "end" });
      at += 2;
      break;
    } else if (char === "(" || char === ")" || char === ",") {
      pieces?.push({ kind: char === "(" ? "open" : char === ")" ? "close" : "comma" });
      depth += char === "(" ? 1 : char === ")" ? -1 : 0;
      at++;
    } else {
      ATOM.lastIndex = at;
      const atom = ATOM.exec(text);
      if (atom === null) {
        pieces = undefined;
        at++;
        continue;
      }
      const isEnum = /^\.[A-Z_]/.test(atom[0]);
      pieces?.push({ kind: "atom", text: atom[0], more: isEnum && !LOGICALS.has(atom[0]) ? 2 : 0 });
      at = ATOM.lastIndex;
    }
  }
  if (text[at] !== "\n") pieces = undefined;
  else at++;
  // A complex entity `#N = ( A() B() )` starts with a parenthesis the writer adds with a space.
  if (type === "") pieces = undefined;
  return { id: Number(head[1]), type, refs, pieces, start, end: at };
}

/** The index after the string that starts (with `'`) at `start`, or -1 when it does not end. */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const quote = text.indexOf("'", at);
    if (quote < 0) return -1;
    if (text[quote + 1] !== "'") return quote + 1;
    at = quote + 2;
  }
}

/**
 * The entity's text as the writer writes it numbered `id`, its references to entity `r` written
 * as `renumber(r)`: lines of at most 72 characters, ended by a line break. Undefined when a piece
 * does not fit on a line at its indentation (the writer would split it).
 * @example layOutEntity(7, pieces, (id) => id) // "#7 = STYLED_ITEM('color',(#8),#3);\n"
 */
export function layOutEntity(id: number, pieces: readonly WriterPiece[], renumber: (id: number) => number): string | undefined {
  let out = "";
  let line = `#${id} = `;
  let indent = 0;
  let depth = 0;
  for (const piece of pieces) {
    const text = piece.kind === "atom" ? piece.text : piece.kind === "ref" ? `#${renumber(piece.id)}` : PIECE_TEXT[piece.kind];
    const wanted = text.length + (piece.kind === "atom" ? piece.more : 0);
    if (depth * 2 + wanted > STEP_LINE_LENGTH) return undefined;
    if (indent + line.length + wanted > STEP_LINE_LENGTH) {
      out += `${" ".repeat(indent)}${line}\n`;
      line = "";
      indent = depth * 2;
    }
    line += text;
    if (piece.kind === "open") depth++;
    else if (piece.kind === "close" || piece.kind === "end") depth--;
  }
  return `${out}${" ".repeat(indent)}${line}\n`;
}
