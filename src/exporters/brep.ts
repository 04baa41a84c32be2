import { writeBrep, type ExportPart } from "../kernel/index.ts";

/**
 * The parts as OpenCascade's native BREP text file (exact geometry, read by OCCT, FreeCAD's
 * `Part.read` and CadQuery's `importBrep`); several parts become one compound, in order.
 * Like STEP it is written from the exact shapes, not from a `Mesh`.
 *
 * Format: OCCT's "CASCADE Topology V3" (TopTools_ShapeSet, documented in OCCT's
 * "BRep Format" guide, https://dev.opencascade.org/doc/overview/html/specification__brep_format.html).
 *
 * @example exportBrep([{ name: "bracket", shape }])
 */
export function exportBrep(parts: readonly ExportPart[]): Uint8Array {
  return writeBrep(parts);
}
