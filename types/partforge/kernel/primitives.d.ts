/** Solid primitives and sweeps placed in a frame; kernel temporaries freed in `finally`. */
import type { AnyShape, Face } from "replicad";
import type { Triple } from "./operations.ts";
import type { Frame } from "./transform.ts";
/** A box with one corner at the frame's origin and sides along its x, y, z. */
export declare function makeBoxInFrame(frame: Frame, dx: number, dy: number, dz: number): AnyShape;
/** A cylinder (or sector of one) standing on the frame's origin along its z. */
export declare function makeCylinderInFrame(frame: Frame, radius: number, height: number, angleDeg?: number): AnyShape;
/** A sphere (or part) centred on the frame's origin; angles in degrees as CadQuery's `sphere`. */
export declare function makeSphereInFrame(frame: Frame, radius: number, angle1Deg: number, angle2Deg: number, angle3Deg: number): AnyShape;
/** A torus around the frame's z axis. */
export declare function makeTorusInFrame(frame: Frame, majorRadius: number, minorRadius: number): AnyShape;
/** Linear extrusion (prism) of a face or wire along `vector`. */
export declare function prism(profile: AnyShape, vector: Triple): AnyShape;
/** Revolution of a face about the axis through `axisPoint` along `axisDir`. */
export declare function revolveProfile(profile: Face | AnyShape, axisPoint: Triple, axisDir: Triple, angleDeg: number): AnyShape;
