/**
 * The facts of a built shape for `type=PROPS`: exact measures integrated over the B-rep (never
 * a mesh), its tight bounding box, inertia about the centre of mass, topology counts and
 * validity, in one pass with every temporary freed.
 */
import type { AnyShape } from "replicad";
import type { BoundingBox } from "./measure.ts";
import type { Triple } from "./operations.ts";
export interface TopologyCounts {
    solids: number;
    shells: number;
    faces: number;
    wires: number;
    edges: number;
    vertices: number;
}
export interface ShapeProperties {
    /** Cubic model units (0 for a shape without volume). */
    volume: number;
    /** Square model units. */
    area: number;
    /** Tight: from the exact geometry, without tolerances. */
    boundingBox: BoundingBox;
    /** Of the volume at uniform density (of the area for a shape without volume). */
    centerOfMass: Triple;
    /**
     * The inertia tensor of the volume about the centre of mass, axes parallel to X, Y, Z, at
     * density 1 (model units⁵): rows [Ixx, Ixy, Ixz], [Ixy, Iyy, Iyz], [Ixz, Iyz, Izz], with the
     * products of inertia signed as OCCT's `MatrixOfInertia` (−∫xy dV).
     */
    inertia: [Triple, Triple, Triple];
    /** Distinct sub-shapes of each kind (shared edges and vertices counted once). */
    counts: TopologyCounts;
    /** OCCT's `BRepCheck_Analyzer` finds no fault. */
    valid: boolean;
}
/**
 * The properties of `shape` (a solid, a compound of solids, or a surface part).
 * @example shapeProperties(makeBaseBox(10, 20, 30)).volume // 6000
 */
export declare function shapeProperties(shape: AnyShape): ShapeProperties;
