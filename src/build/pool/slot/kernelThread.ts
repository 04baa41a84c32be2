/**
 * The entry of each worker thread of a slot's multi-threaded kernel (`BuildPoolOptions.kernelThreads`;
 * bundled beside the slot by `slotBundle.ts`, started by the kernel's Emscripten runtime through
 * `KernelOptions.threadEntry`): guards the thread's growth of the kernel's memory under the
 * slot's caps (`wasmGuard.ts`), then runs the kernel build, which starts the thread's pthread.
 * Only kernel code runs here; scripts never reach a worker thread.
 */
import { guardKernelThreadMemory } from "./wasmGuard.ts";

guardKernelThreadMemory();
await import("replicad-opencascadejs/multi");
