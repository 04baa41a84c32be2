import type { AnyShape } from "replicad";
import type { Triple } from "./operations.ts";
/** An axis-aligned box in model units. */
export interface BoundingBox {
    min: Triple;
    max: Triple;
}
/**
 * The exact volume of `shape` in cubic model units (0 for shapes without volume).
 *
 * @example volumeOf(makeBaseBox(10, 20, 30)) // 6000
 */
export declare function volumeOf(shape: AnyShape): number;
/** The exact surface area of `shape` in square model units. */
export declare function areaOf(shape: AnyShape): number;
/**
 * The centre of mass of `shape`'s volume (uniform density), in model units. (`centerOfMass` in
 * operations.ts is CadQuery's `Center()`, by dimension; this one is for solids only.)
 */
export declare function centerOfMassOf(shape: AnyShape): Triple;
/** The tight axis-aligned bounding box of `shape`'s exact geometry (tolerances not added). */
export declare function boundingBoxOf(shape: AnyShape): BoundingBox;
