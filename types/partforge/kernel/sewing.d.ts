/**
 * Shells sewn from faces and solids closed from shells, as CadQuery's free functions `shell` and
 * `solid` make them (cadquery/occ_impl/shapes.py): sewing tolerance, non-manifold sewing and
 * local sewing into context shapes. Every OCCT temporary is freed in `finally`; results belong
 * to the build's scope.
 */
import type { AnyShape } from "replicad";
/**
 * Sews faces into shells (CadQuery's `shell`): `tolerance` for coincident edges; `context`
 * shapes are loaded first so that only the given faces are sewn into them (local sewing).
 * One free face comes back as a shell of that face.
 */
export declare function sewFaces(faces: readonly AnyShape[], tolerance: number, manifold: boolean, context: AnyShape | undefined): AnyShape;
/** Closes each shell into a solid with its faces turned outwards (ShapeFix_Solid::SolidFromShell). */
export declare function solidsFromShells(shells: readonly AnyShape[]): AnyShape;
/** A solid bounded by `outer` with cavities `inner` (shells), orientations fixed. */
export declare function solidWithCavities(outer: AnyShape, inner: readonly AnyShape[]): AnyShape;
