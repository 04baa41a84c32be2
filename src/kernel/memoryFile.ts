/**
 * A file in the kernel's in-memory file system for the length of one write: OCCT's writers
 * (STEP, BREP) only write to a path, so the bytes are written there, taken back out and the file
 * removed, whatever happens.
 */
import { PartforgeError } from "../shared/errors.ts";
import { noteStackOverflow } from "../shared/stackOverflow.ts";
import type { kernel } from "./load.ts";

type OpenCascade = ReturnType<typeof kernel>;

let temporaryFileCount = 0;

/**
 * Runs `write` with a fresh path ending in `extension`, and returns the file it wrote.
 * @throws PartforgeError GEOMETRY with `failure` when `write` reports failure.
 * @example writeThroughFile(oc, "brep", (path) => oc.BRepTools.Write(shape, path, progress), "BREP export failed: …")
 */
export function writeThroughFile(oc: OpenCascade, extension: string, write: (path: string) => boolean, failure: string): Uint8Array {
  const path = `/tmp/partforge-${++temporaryFileCount}.${extension}`;
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
