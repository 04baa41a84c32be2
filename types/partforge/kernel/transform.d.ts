/**
 * Transformations of shapes, each a new shape; kernel temporaries freed in `finally`. Rigid
 * placements by location (`moveShape`, `locateShape`) share the geometry and set only the
 * shape's OCCT location, as CadQuery's `moved`/`located`; the others copy the geometry,
 * transformed (mirror and scale must: an OCCT location is rigid).
 */
import type { AnyShape } from "replicad";
import type { Triple } from "./operations.ts";
/** An orthonormal frame in world coordinates: where local (0,0,0), x and z point. */
export interface Frame {
    origin: Triple;
    xDir: Triple;
    zDir: Triple;
}
/**
 * The shape placed by `frame` after its own location (OCCT's `Moved`, CadQuery's `moved`): the
 * same geometry with the location `frame` × its location. The product is one transformation,
 * not OCCT's chain of the two (`Moved` appends to the chain, so a shape moved n times would carry
 * n transformations, and every later composition walks them all).
 */
export declare function moveShape(shape: AnyShape, frame: Frame): AnyShape;
/** The shape with its location replaced by `frame` (OCCT's `Located`, CadQuery's `located`): the same geometry. */
export declare function locateShape(shape: AnyShape, frame: Frame): AnyShape;
/**
 * The shape's OCCT location as a frame (identity: the world frame). A location with a mirror
 * cannot be a right-handed frame and is reported as undefined; partforge never sets one.
 */
export declare function shapeLocationFrame(shape: AnyShape): Frame | undefined;
/** Moves a shape built around the world origin so that its origin, x and z land on `frame`, copying the geometry (its location is kept). */
export declare function placeInFrame(shape: AnyShape, frame: Frame): AnyShape;
export declare function translateShape(shape: AnyShape, offset: Triple): AnyShape;
/** Rotation by `angleDeg` about the axis through `axisPoint` along `axisDir`. */
export declare function rotateShape(shape: AnyShape, axisPoint: Triple, axisDir: Triple, angleDeg: number): AnyShape;
/** Mirror image through the plane at `planeOrigin` with normal `planeNormal`. */
export declare function mirrorShape(shape: AnyShape, planeOrigin: Triple, planeNormal: Triple): AnyShape;
/** Uniform scale about `center`. */
export declare function scaleShape(shape: AnyShape, center: Triple, factor: number): AnyShape;
