/**
 * Exact B-rep measures (integrated over the true geometry, never over a triangulation), with
 * CadQuery's semantics: a shape is measured by its own dimension — length of edges and wires,
 * area of faces and shells, volume of solids and compounds.
 */
import type { AnyShape } from "replicad";
import type { Triple } from "./operations.ts";
/** An axis-aligned box in model units. */
export interface BoundingBox {
    min: Triple;
    max: Triple;
}
export type Dimension = 0 | 1 | 2 | 3;
/** Length (1), area (2) or volume (3) of `shape`, in model units. */
export declare function measure(shape: AnyShape, dimension: 1 | 2 | 3): number;
/**
 * Centre of mass by dimension, as CadQuery's `Center()`: the point of a vertex, the centre of a
 * curve's length, of a surface's area or of a solid's volume (uniform density).
 */
export declare function centerOfMass(shape: AnyShape, dimension: Dimension): Triple;
/**
 * The exact volume of `shape` in cubic model units (0 for shapes without volume).
 * @example volumeOf(makeBaseBox(10, 20, 30)) // 6000
 */
export declare function volumeOf(shape: AnyShape): number;
/** The exact surface area of `shape` in square model units. */
export declare function areaOf(shape: AnyShape): number;
/** The centre of mass of `shape`'s volume (uniform density), in model units. */
export declare function centerOfMassOf(shape: AnyShape): Triple;
/** The tight axis-aligned bounding box of `shape`'s exact geometry (tolerances not added). */
export declare function boundingBoxOf(shape: AnyShape): BoundingBox;
/**
 * A box that surely holds all of `shape`, and so its centre of mass: OCCT's box around the exact
 * geometry (control points for splines, never a triangulation) widened by the shape's tolerances,
 * as OCCT's booleans use to find which shapes may meet. Looser than `boundingBoxOf`, and about ten
 * times cheaper than a face's centre of mass. Undefined for an empty shape.
 */
export declare function enclosingBox(shape: AnyShape): BoundingBox | undefined;
