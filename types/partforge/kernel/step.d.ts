import { type Unit } from "../shared/units.ts";
import { type ExportPart } from "./mesh.ts";
export interface WriteStepOptions {
    /** The model's unit: the file declares it and its coordinates are in it (no scaling). */
    unit: Unit;
}
/** The FILE_NAME time stamp every partforge STEP file carries, so equal input gives equal bytes. */
export declare const STEP_TIME_STAMP = "1970-01-01T00:00:00";
/**
 * Writes the parts as one STEP AP214 file (ISO 10303-214, B-rep): one named product per part,
 * coloured where the part has a colour, in the model's unit. Byte-identical for identical input.
 * Kernel failures become GEOMETRY errors.
 *
 * Parts the plain writer can express (`plainWriterFits`) are written by it; the rest through an
 * XCAF document. Both write the same bytes for such parts (`src/kernel/step.test.ts` compares
 * them); the plain writer saves the document's fixed cost, about 0.5 ms of an export (a plate
 * with a hole: 2.5 against 3.0 ms), and nothing measurable on a large file. A file the plain
 * writer wrote that is not the document's is written again through the document, which costs
 * the plain write: `nameProducts` keeps that to what the plain writer cannot express.
 *
 * Where a small export's time goes (issue 15; a 10 mm box, plain writer, in-process, kernel warm,
 * wall medians of 1000 on a lightly loaded machine, µs): OCCT's Transfer 840 and Write 675 (native
 * OCCT 7.6.3, the same calls in C++, thread CPU medians: 780 and 520), clearing the session 80, pinning and restoring the statics 50, reading the
 * file back and removing it 30, making the writer and its model 40, the rest (`nameProducts`, the
 * time stamp, checks) under 100, of about 1.9 ms. Through the document (two coloured parts, 4 ms)
 * making the STEPCAFControl_Writer alone costs about 0.25 ms: its STEPControl_Writer member is
 * built with a session of its own, which it customises for the STEP norm and then drops for the
 * shared one. A writer kept from one export to the next would save that, but it keeps the
 * presentations of the parts it coloured (`myMapCompMDGPR`, never cleared) and adds them to every
 * later file, so each export makes its own.
 *
 * @example writeStep([{ name: "block", shape }], { unit: "in" }) // a 1 in cube is written as 1.0, unit INCH
 */
export declare function writeStep(parts: readonly ExportPart[], options: WriteStepOptions): Uint8Array;
/**
 * How the document writer's file gets its colours in the order of the parts (`withStylesInPartOrder`):
 * `renumbered` in the file where it can be (what `writeStep` does), by OCCT `writtenAgain` after
 * moving the model's entities (the reference the renumbering is checked against), or not at all,
 * `asWritten` by OCCT in an order that depends on memory addresses.
 */
export type StyleOrdering = "renumbered" | "writtenAgain" | "asWritten";
/**
 * `writeStep` always through an XCAF document: the reference the plain writer's bytes are checked
 * against, and with `styles` other than `renumbered`, the reference for the order of the colours.
 */
export declare function writeStepThroughDocument(parts: readonly ExportPart[], options: WriteStepOptions & {
    styles?: StyleOrdering;
}): Uint8Array;
/**
 * `writeStep` through the plain writer alone: its file, or undefined for parts it cannot write as
 * the document writer does (`plainWriterFits`, `nameProducts`), which `writeStep` writes through
 * the document. Not memoized: for checking which writer a file comes from.
 */
export declare function writeStepWithoutDocument(parts: readonly ExportPart[], options: WriteStepOptions): Uint8Array | undefined;
/**
 * Whether the plain writer (STEPControl_Writer, no document) writes these parts byte for byte as
 * the XCAF document does: no colours (only a document carries them), no compound solid (the two
 * write it differently), no two parts that are the same shape (one kernel shape at one location:
 * the document makes them one product; one kernel shape at two locations, as `moved` makes, is
 * two products both ways), and names of printable ASCII without `'` or `\` (the plain writer
 * takes its product name unescaped, see `writePlain`). A compound, of any shapes and nested, is
 * one representation both ways: the plain writer's assembly mode is off (`writePlain`), as the
 * document writer's is for a shape that is not an assembly of labels.
 */
export declare function plainWriterFits(parts: readonly ExportPart[]): boolean;
