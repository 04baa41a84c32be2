/**
 * A file in the kernel's in-memory file system for the length of one write: OCCT's writers
 * (STEP, BREP) only write to a path, so the bytes are written there, taken back out and the file
 * removed, whatever happens.
 */
import { PartforgeError } from "../shared/errors.ts";
import { noteStackOverflow } from "../shared/stackOverflow.ts";
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
export function writeThroughFile(oc: OpenCascade, extension: string, write: (path: string) => boolean, failure: string): Uint8Array {
  const path = `/tmp/partforge-export.${extension}`;
  try {
    if (!write(path)) throw new PartforgeError("GEOMETRY", failure);
    return oc.FS.readFile(path) as Uint8Array;
  } finally {
    try {
      oc.FS.unlink(path);
    } catch (error) {
      // The writer failed before creating the file.
      noteStackOverflow(error);
    }
  }
}
