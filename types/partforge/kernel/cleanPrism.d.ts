/**
 * Whether a straight prism of a face is already clean: `clean()` (ShapeUpgrade_UnifySameDomain)
 * would leave it exactly as it is. A prism's faces are the two caps (parallel planes, apart) and
 * one side face per edge of the face's wires; two side faces share an edge only where their
 * edges share a vertex, so the prism has two faces on one surface (or, on a cap, two edges on one
 * curve) only when two edges meeting at a vertex lie on one curve. Answered conservatively: only
 * lines and circles are looked at; two lines meeting at a vertex must turn by more than
 * `MIN_TURN` (far above OCCT's angular tolerance), a line may meet a circle (a plane and a
 * cylinder never unify), and two curved edges meeting, or any other curve type, count as "may
 * unify" (so the prism is cleaned as before).
 */
import type { AnyShape } from "replicad";
export declare function prismIsClean(face: AnyShape): boolean;
