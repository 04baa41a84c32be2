import { type ImportDxfOptions } from "./dxf.ts";
export { MAX_DXF_ENTITIES, type ImportDxfOptions } from "./dxf.ts";
/**
 * A Workplane on XY holding the faces of a DXF drawing given as text (CadQuery's
 * `importers.importDXF(filename, tol=1e-6, exclude=[], include=[])`, which reads a file).
 * @example importers.importDXF(dxfText).wires().toPending().extrude(10)
 */
declare function importDXF(content: string, options?: ImportDxfOptions): import("../workplane.ts").WorkplaneImpl;
export declare const importers: Readonly<{
    importDXF: typeof importDXF;
}>;
