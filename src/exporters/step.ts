import { writeStep, type ExportPart } from "../kernel/index.ts";
import type { Unit } from "../shared/units.ts";

/** STEP is written from the exact B-rep, so unlike the mesh formats it takes the parts, not a `Mesh`. */
export interface StepOptions {
  /** The model's unit; the file declares it and its coordinates are in it. */
  unit: Unit;
}

/**
 * The parts as a STEP AP214 file (ISO 10303-214 B-rep, ISO 10303-21 encoding), one named
 * product per part, byte-identical for identical input.
 *
 * @example exportStep([{ name: "bracket", shape }], { unit: "mm" })
 */
export function exportStep(parts: readonly ExportPart[], options: StepOptions): Uint8Array {
  return writeStep(parts, { unit: options.unit });
}
