import type { AnyShape } from "replicad";
import type { Mesh } from "../shared/mesh.ts";
import type { Unit } from "../shared/units.ts";
/** CadQuery's default linear deflection for mesh exports, in model units. */
export declare const DEFAULT_TOLERANCE = 0.1;
/** CadQuery's default angular deflection for mesh exports, in radians. */
export declare const DEFAULT_ANGULAR_TOLERANCE = 0.1;
/** One named solid (or compound) to export; `color` is sRGB `#rrggbb`. */
export interface ExportPart {
    name: string;
    shape: AnyShape;
    color?: string;
}
export interface TessellateOptions {
    unit: Unit;
    /** Maximum distance between the mesh and the true surface, in model units. */
    tolerance: number;
    /** Maximum angle between the normals of adjacent triangles, in radians. */
    angularTolerance: number;
    /**
     * Vertex normals from the exact surface; default true. Formats that write none (STL, AMF,
     * 3MF) pass false and save one surface evaluation per vertex; the triangles are the same.
     */
    normals?: boolean;
    /**
     * Stop as soon as the parts meshed so far hold more than `triangles` triangles (counted as the
     * mesh will keep them) and call `exceeded` with that count, which must throw: a model of many
     * parts over the limit is refused after the part that crosses it, not after meshing them all.
     */
    limit?: {
        triangles: number;
        exceeded(atLeast: number): never;
    };
}
/** Rejects a colour that is not `#rrggbb`, naming the part. */
export declare function checkPartColor(part: ExportPart): void;
/**
 * Tessellates the parts of a build into one neutral `Mesh`, one `MeshPart` per input part in
 * input order. Deterministic: the same shapes and options give identical arrays (with or without
 * normals, the same positions and indices). Vertices are not shared between faces; welding them
 * by exact position gives a closed mesh for closed solids.
 *
 * @example tessellate([{ name: "block", shape }], { unit: "mm", tolerance: DEFAULT_TOLERANCE, angularTolerance: DEFAULT_ANGULAR_TOLERANCE })
 */
export declare function tessellate(parts: readonly ExportPart[], options: TessellateOptions): Mesh;
