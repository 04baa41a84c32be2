import { type OpenCascadeInstance } from "replicad-opencascadejs";
/**
 * Loads the OpenCascade WebAssembly kernel once per process and hands it to replicad.
 * Everything the kernel prints (STEP writer statistics) is swallowed: stdout may be a model stream.
 */
export declare function loadKernel(): Promise<OpenCascadeInstance>;
/** The loaded kernel; a programming error if `loadKernel()` has not completed. */
export declare function kernel(): OpenCascadeInstance;
export declare function isKernelLoaded(): boolean;
/** Bytes of WebAssembly memory the kernel holds now. It only ever grows. */
export declare function kernelMemoryBytes(): number;
