import { createRequire } from "node:module";
import opencascade, { type OpenCascadeInstance } from "replicad-opencascadejs";
import { setOC } from "replicad";
import { PartforgeError } from "../shared/errors.ts";

const require = createRequire(import.meta.url);

let loading: Promise<OpenCascadeInstance> | undefined;
let loaded: OpenCascadeInstance | undefined;

/**
 * Loads the OpenCascade WebAssembly kernel once per process and hands it to replicad.
 * Everything the kernel prints (STEP writer statistics) is swallowed: stdout may be a model stream.
 */
export function loadKernel(): Promise<OpenCascadeInstance> {
  loading ??= (async () => {
    const wasmPath = require.resolve("replicad-opencascadejs/wasm");
    const oc = await opencascade({
      locateFile: () => wasmPath,
      print: () => undefined,
      printErr: () => undefined,
    } as Parameters<typeof opencascade>[0]);
    setOC(oc);
    loaded = oc;
    return oc;
  })();
  return loading;
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
