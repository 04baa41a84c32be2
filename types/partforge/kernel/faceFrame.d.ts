/**
 * The local frame of a face at the middle of its parameter range, as CadQuery's
 * `Face.locationAt(u, v)` makes it: x along the surface's u direction, z along u × v (the
 * surface's own normal, not turned by the face's orientation).
 */
import type { AnyShape } from "replicad";
import type { Frame } from "./transform.ts";
export declare function faceFrameAtCenter(face: AnyShape): Frame;
