import type { ExportPart } from "./mesh.ts";
/**
 * The parts as one OCCT BREP text file ("CASCADE Topology V3"): one part's shape as it is,
 * several parts as a compound in part order. Exact geometry only: the shapes are copied without
 * their meshes first, so the file does not depend on an earlier tessellation. BREP carries no
 * names or colours (STEP does).
 *
 * @example writeBrep([{ name: "block", shape }]) // bytes starting "\nCASCADE Topology V3"
 */
export declare function writeBrep(parts: readonly ExportPart[]): Uint8Array;
