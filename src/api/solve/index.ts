/** Pure-math solvers behind `Assembly.solve()` and `Sketch.solve()`: no kernel, no state outside a call. */
export { solveLeastSquares, type LeastSquaresOptions, type LeastSquaresResult, type Residuals } from "./leastSquares.ts";
export {
  ASSEMBLY_CONSTRAINT_KINDS,
  UNARY_KINDS,
  solveAssembly,
  type AssemblyConstraintKind,
  type AssemblyProblem,
  type AssemblySolution,
  type LineMarker,
  type PlaneMarker,
  type SimpleConstraint,
} from "./assemblyConstraints.ts";
export { applyPose, composePoses, inversePose, quaternionOfFrame, rotate, type Pose, type Quaternion, type Vec3 } from "./rigid.ts";
export {
  SKETCH_CONSTRAINT_KINDS,
  SKETCH_CONSTRAINT_RULES,
  arcEntity,
  arcPoint,
  arcThreePoints,
  circleCenter,
  solveSketch,
  type SketchConstraint,
  type SketchConstraintKind,
  type SketchEntity,
  type SketchGeometry,
  type SketchSolution,
} from "./sketchConstraints.ts";
