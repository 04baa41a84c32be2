export { loadKernel, kernel, isKernelLoaded, kernelMemoryBytes } from "./load.ts";
export { translateKernelError, withKernel, isKernelFailure } from "./kernelError.ts";
export { KernelScope, activeScope, own, withScope, withScopeAsync, type Deletable } from "./scope.ts";
export {
  booleanOperation,
  unifySameDomain,
  subShapes,
  filletEdges,
  chamferEdges,
  shellSolid,
  centerOfMass,
  measure,
  type SubShapeKind,
  type Triple,
} from "./operations.ts";
export { placeInFrame, translateShape, rotateShape, mirrorShape, scaleShape, type Frame } from "./transform.ts";
export {
  makeBoxInFrame,
  makeCylinderInFrame,
  makeSphereInFrame,
  makeTorusInFrame,
  prism,
  revolveProfile,
} from "./primitives.ts";
