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
 * @example writeStep([{ name: "block", shape }], { unit: "in" }) // a 1 in cube is written as 1.0, unit INCH
 */
export declare function writeStep(parts: readonly ExportPart[], options: WriteStepOptions): Uint8Array;
