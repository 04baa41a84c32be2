/**
 * CadQuery free functions partforge does not build yet. Each binds its arguments like the
 * others (so a wrong call is reported as such) and then raises NOT_SUPPORTED saying why.
 */
import type { funcArgs } from "../signatures/generated.ts";
import { bind, notSupported } from "./parts.ts";

const PCURVES = "shapes on a surface's parameter space (p-curves, Geom2d) are not implemented yet";

/**
 * An edge on a face's surface, from 2D points or by projecting edges (not supported yet).
 * @example func.edgeOn(face, [[0, 0], [1, 1]]) // NOT_SUPPORTED
 */
export function edgeOn(...args: funcArgs["edgeOn"]): never {
  bind("edgeOn", args);
  return notSupported("edgeOn", PCURVES);
}

/**
 * A wire on a face's surface (not supported yet).
 * @example func.wireOn(face, w) // NOT_SUPPORTED
 */
export function wireOn(...args: funcArgs["wireOn"]): never {
  bind("wireOn", args);
  return notSupported("wireOn", PCURVES);
}

/**
 * Faces on a face's surface (not supported yet).
 * @example func.faceOn(face, f) // NOT_SUPPORTED
 */
export function faceOn(...args: funcArgs["faceOn"]): never {
  bind("faceOn", args);
  return notSupported("faceOn", PCURVES);
}

/**
 * A shape projected onto a base shape (not supported yet).
 * @example func.project(e, base) // NOT_SUPPORTED
 */
export function project(...args: funcArgs["project"]): never {
  bind("project", args);
  return notSupported("project", "projection (BRepProj/BRepAlgo_NormalProjection) is not implemented yet");
}
