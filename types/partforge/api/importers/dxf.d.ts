import { type Shape } from "../shape.ts";
/** Bounds the work one drawing can ask for (edges are grouped into wires pairwise). */
export declare const MAX_DXF_ENTITIES = 5000;
export interface ImportDxfOptions {
    /** The tolerance for joining edges into wires (CadQuery's default 1e-6). */
    tol?: number;
    /** Layer names to leave out (any case). */
    exclude?: readonly string[];
    /** Layer names to import, the others left out (any case). */
    include?: readonly string[];
}
/**
 * The faces of a DXF drawing, one set per selected layer (CadQuery's `_importDXF`).
 * @example importers.importDXF(dxfText, { tol: 1e-3 }).wires().toPending().extrude(10)
 */
export declare function importDxfFaces(content: unknown, options?: ImportDxfOptions): Shape[];
