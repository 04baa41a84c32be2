import { type OpenCascadeInstance } from "replicad-opencascadejs";
/** The most threads a kernel may use: each is a worker thread with its own V8 isolate (≈ 45 MB). */
export declare const MAX_KERNEL_THREADS = 16;
export interface KernelOptions {
    /**
     * Threads OpenCascade's parallel algorithms may use: meshing (faces meshed in parallel) and
     * the Boolean operations (BOPAlgo: fuse, cut, common, split, section, splitter, which intersect
     * pairs of sub-shapes in parallel). 1, the default, loads the single-threaded WebAssembly build;
     * more loads the multi-threaded build (WebAssembly threads on worker threads sharing one memory)
     * with a fixed pool of that many threads. Same results either way (meshes are made face by face;
     * BOPAlgo gathers what its parallel loops found in a fixed order).
     * Left out after the kernel is loaded: whatever it was loaded with.
     */
    threads?: number;
    /**
     * With more than one thread: the absolute path of the module each of the kernel's worker threads
     * starts from instead of the kernel build itself, to prepare the thread before the kernel's code
     * runs there; it must import `replicad-opencascadejs/multi` when done (a slot's guards the
     * thread's memory growth: src/build/pool/slot/kernelThread.ts). Default: the kernel build.
     */
    threadEntry?: string;
}
/**
 * Loads the OpenCascade WebAssembly kernel once per process and hands it to replicad.
 * Everything the kernel prints (STEP writer statistics) is swallowed: stdout may be a model stream
 * (`silenceStandardStreams`).
 * The first call decides the thread count; a later call naming another is a programming error
 * (one naming none takes the kernel as loaded).
 * @throws PartforgeError USAGE for a thread count that is not a whole number from 1 to 16.
 */
export declare function loadKernel(options?: KernelOptions): Promise<OpenCascadeInstance>;
/** The kernel classes whose `delete()` was repaired at load (destructors.ts). */
export declare function repairedDestructors(): readonly string[];
/** The loaded kernel; a programming error if `loadKernel()` has not completed. */
export declare function kernel(): OpenCascadeInstance;
export declare function isKernelLoaded(): boolean;
/** The thread count the kernel was (or is being) loaded with. */
export declare function kernelThreads(): number;
/** Bytes of WebAssembly memory the kernel holds now. It only ever grows. */
export declare function kernelMemoryBytes(): number;
