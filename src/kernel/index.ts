export { loadKernel, kernel, isKernelLoaded, kernelMemoryBytes } from "./load.ts";
export { translateKernelError, withKernel, isKernelFailure } from "./kernelError.ts";
export { KernelScope, activeScope, own, withScope, withScopeAsync, type Deletable } from "./scope.ts";
