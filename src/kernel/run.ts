/** The one way kernel code runs an OCCT operation: failures translated, temporaries freed. */
import type { OpenCascadeInstance } from "replicad-opencascadejs";
import { kernel } from "./load.ts";
import { withKernel } from "./kernelError.ts";
import type { Deletable } from "./scope.ts";

/** Registers an OCCT temporary to be freed when the operation ends; returns it. */
export type Keep = <D extends Deletable>(value: D) => D;

/**
 * Runs `body` with the kernel and a collector for temporaries, freeing every kept object in
 * `finally` (in reverse order) and turning any kernel failure into a GEOMETRY error that names
 * `operation`.
 */
export function kernelRun<T>(operation: string, body: (oc: OpenCascadeInstance, keep: Keep) => T): T {
  return withKernel(operation, () => {
    const made: Deletable[] = [];
    const keep: Keep = (value) => {
      made.push(value);
      return value;
    };
    try {
      return body(kernel(), keep);
    } finally {
      for (const value of made.reverse()) value.delete();
    }
  });
}
