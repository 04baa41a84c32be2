/**
 * CadQuery's `cq.importers` for ModelScripts: `importers.importDXF(text, { tol, exclude, include })`.
 * Only what a script can be given: the file's contents, never a path.
 */
import { Workplane } from "../workplane.ts";
import { importDxfFaces, type ImportDxfOptions } from "./dxf.ts";

export { MAX_DXF_ENTITIES, type ImportDxfOptions } from "./dxf.ts";

/**
 * A Workplane on XY holding the faces of a DXF drawing given as text (CadQuery's
 * `importers.importDXF(filename, tol=1e-6, exclude=[], include=[])`, which reads a file).
 * @example importers.importDXF(dxfText).wires().toPending().extrude(10)
 */
function importDXF(content: string, options?: ImportDxfOptions) {
  return Workplane("XY").newObject(importDxfFaces(content, options));
}

export const importers = Object.freeze({ importDXF });
