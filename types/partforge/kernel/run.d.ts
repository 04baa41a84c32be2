/** The one way kernel code runs an OCCT operation: failures translated, temporaries freed. */
import type { OpenCascadeInstance } from "replicad-opencascadejs";
import type { Deletable } from "./scope.ts";
/** Registers an OCCT temporary to be freed when the operation ends; returns it. */
export type Keep = <D extends Deletable>(value: D) => D;
/**
 * Runs `body` with the kernel and a collector for temporaries, freeing every kept object in
 * `finally` (in reverse order) and turning any kernel failure into a GEOMETRY error that names
 * `operation`.
 */
export declare function kernelRun<T>(operation: string, body: (oc: OpenCascadeInstance, keep: Keep) => T): T;
