import { PartforgeError } from "../shared/errors.ts";
/** True when `value` came from the kernel rather than from script or partforge code. */
export declare function isKernelFailure(value: unknown): boolean;
/**
 * The one place where OpenCascade failures become partforge errors: thrown numbers
 * (C++ exception pointers), `WebAssembly.Exception`s and WASM traps become a GEOMETRY
 * error that carries OCCT's own message and names the operation that failed.
 */
export declare function translateKernelError(error: unknown, operation: string): PartforgeError;
/** Runs a kernel operation, turning any kernel failure into a GEOMETRY error naming `operation`. */
export declare function withKernel<T>(operation: string, run: () => T): T;
