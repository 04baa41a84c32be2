import type { kernel } from "./load.ts";
type OpenCascade = ReturnType<typeof kernel>;
/**
 * Runs `write` with a fresh path ending in `extension`, and returns the file it wrote.
 * @throws PartforgeError GEOMETRY with `failure` when `write` reports failure.
 * @example writeThroughFile(oc, "brep", (path) => oc.BRepTools.Write(shape, path, progress), "BREP export failed: …")
 */
export declare function writeThroughFile(oc: OpenCascade, extension: string, write: (path: string) => boolean, failure: string): Uint8Array;
export {};
