/**
 * CadQuery free functions partforge does not build yet. Each binds its arguments like the
 * others (so a wrong call is reported as such) and then raises NOT_SUPPORTED saying why.
 */
import type { funcArgs } from "../signatures/generated.ts";
/**
 * An edge on a face's surface, from 2D points or by projecting edges (not supported yet).
 * @example func.edgeOn(face, [[0, 0], [1, 1]]) // NOT_SUPPORTED
 */
export declare function edgeOn(...args: funcArgs["edgeOn"]): never;
/**
 * A wire on a face's surface (not supported yet).
 * @example func.wireOn(face, w) // NOT_SUPPORTED
 */
export declare function wireOn(...args: funcArgs["wireOn"]): never;
/**
 * Faces on a face's surface (not supported yet).
 * @example func.faceOn(face, f) // NOT_SUPPORTED
 */
export declare function faceOn(...args: funcArgs["faceOn"]): never;
/**
 * A shape projected onto a base shape (not supported yet).
 * @example func.project(e, base) // NOT_SUPPORTED
 */
export declare function project(...args: funcArgs["project"]): never;
