import type { kernel } from "./load.ts";
type OpenCascade = ReturnType<typeof kernel>;
/**
 * Runs `write` with a path ending in `extension`, and returns the file it wrote. The path is the
 * same for every write of an extension (writes never nest, and each file is removed before the
 * next): a new name each time cost Emscripten's in-memory file system about 10 µs of CPU more
 * per file in a loop of creates and removes (16 against 5 µs), too little to see in an export.
 * @throws PartforgeError GEOMETRY with `failure` when `write` reports failure.
 * @example writeThroughFile(oc, "brep", (path) => oc.BRepTools.Write(shape, path, progress), "BREP export failed: …")
 */
export declare function writeThroughFile(oc: OpenCascade, extension: string, write: (path: string) => boolean, failure: string): Uint8Array;
export {};
