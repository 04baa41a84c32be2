import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import opencascade, { type OpenCascadeInstance } from "replicad-opencascadejs";
import { setOC } from "replicad";
import { PartforgeError } from "../shared/errors.ts";
import { DestructorRecorder, repairDestructors } from "./destructors.ts";

const require = createRequire(import.meta.url);

let loading: Promise<OpenCascadeInstance> | undefined;
let loaded: OpenCascadeInstance | undefined;
let repaired: readonly string[] = [];

/**
 * Loads the OpenCascade WebAssembly kernel once per process and hands it to replicad.
 * Everything the kernel prints (STEP writer statistics) is swallowed: stdout may be a model stream.
 */
export function loadKernel(): Promise<OpenCascadeInstance> {
  loading ??= (async () => {
    const wasmPath = require.resolve("replicad-opencascadejs/wasm");
    const wasm = await readFile(wasmPath);
    // Instantiated here rather than by emscripten, to record each class's destructor as it is registered (destructors.ts).
    const recorder = new DestructorRecorder();
    let instance: WebAssembly.Instance | undefined;
    let failed: (error: unknown) => void = () => undefined;
    const failure = new Promise<never>((_resolve, reject) => {
      failed = reject;
    });
    const oc = await Promise.race([failure, opencascade({
      locateFile: () => wasmPath,
      print: () => undefined,
      printErr: () => undefined,
      instantiateWasm: (imports: Record<string, Record<string, unknown>>, done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) => {
        recorder.wrap(imports);
        WebAssembly.instantiate(wasm, imports as WebAssembly.Imports).then((made) => {
          instance = made.instance;
          done(made.instance, made.module);
        }, failed);
        return {};
      },
    } as Parameters<typeof opencascade>[0])]);
    repaired = repairDestructors(oc, wasm, instance!, recorder);
    setOC(oc);
    loaded = oc;
    return oc;
  })();
  return loading;
}

/** The kernel classes whose `delete()` was repaired at load (destructors.ts). */
export function repairedDestructors(): readonly string[] {
  return repaired;
}

/** The loaded kernel; a programming error if `loadKernel()` has not completed. */
export function kernel(): OpenCascadeInstance {
  if (loaded === undefined) {
    throw new PartforgeError("INTERNAL", "the geometry kernel is not loaded: await loadKernel() first");
  }
  return loaded;
}

export function isKernelLoaded(): boolean {
  return loaded !== undefined;
}

/** Bytes of WebAssembly memory the kernel holds now. It only ever grows. */
export function kernelMemoryBytes(): number {
  if (loaded === undefined) return 0;
  const memory = (loaded as unknown as { wasmMemory?: WebAssembly.Memory }).wasmMemory;
  return memory?.buffer.byteLength ?? 0;
}
