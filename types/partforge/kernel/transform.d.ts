/** Rigid transformations of shapes, each a new shape; kernel temporaries freed in `finally`. */
import type { AnyShape } from "replicad";
import type { Triple } from "./operations.ts";
/** An orthonormal frame in world coordinates: where local (0,0,0), x and z point. */
export interface Frame {
    origin: Triple;
    xDir: Triple;
    zDir: Triple;
}
/** Moves a shape built around the world origin so that its origin, x and z land on `frame`. */
export declare function placeInFrame(shape: AnyShape, frame: Frame): AnyShape;
export declare function translateShape(shape: AnyShape, offset: Triple): AnyShape;
/** Rotation by `angleDeg` about the axis through `axisPoint` along `axisDir`. */
export declare function rotateShape(shape: AnyShape, axisPoint: Triple, axisDir: Triple, angleDeg: number): AnyShape;
/** Mirror image through the plane at `planeOrigin` with normal `planeNormal`. */
export declare function mirrorShape(shape: AnyShape, planeOrigin: Triple, planeNormal: Triple): AnyShape;
/** Uniform scale about `center`. */
export declare function scaleShape(shape: AnyShape, center: Triple, factor: number): AnyShape;
