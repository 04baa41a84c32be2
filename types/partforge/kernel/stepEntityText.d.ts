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
export declare const STEP_LINE_LENGTH = 72;
/** One piece of an entity's text, as the writer adds it. */
export type WriterPiece = {
    kind: "open" | "close" | "comma" | "end";
} | {
    kind: "ref";
    id: number;
}
/** A string, enumeration, number, type name, `$` or `*`; `more` is the room the writer wants after it. */
 | {
    kind: "atom";
    text: string;
    more: number;
};
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
/**
 * The entity whose text starts at `start` (its `#`) and runs to its `;` and line break, or
 * undefined when the text there is not an entity `#N = …;`. Its pieces are undefined when the text
 * has anything `layOutEntity` does not lay out (a string across lines, a complex entity, …).
 */
export declare function readEntity(text: string, start: number): EntityText | undefined;
/**
 * The entity's text as the writer writes it numbered `id`, its references to entity `r` written
 * as `renumber(r)`: lines of at most 72 characters, ended by a line break. Undefined when a piece
 * does not fit on a line at its indentation (the writer would split it).
 * @example layOutEntity(7, pieces, (id) => id) // "#7 = STYLED_ITEM('color',(#8),#3);\n"
 */
export declare function layOutEntity(id: number, pieces: readonly WriterPiece[], renumber: (id: number) => number): string | undefined;
