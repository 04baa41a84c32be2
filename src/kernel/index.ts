export { loadKernel, kernel, isKernelLoaded, kernelMemoryBytes, kernelThreads, MAX_KERNEL_THREADS, repairedDestructors, type KernelOptions } from "./load.ts";
export { translateKernelError, withKernel, isKernelFailure } from "./kernelError.ts";
export { KernelScope, activeScope, openScopeCount, own, unscopedObjectCount, withScope, withScopeAsync, type Deletable } from "./scope.ts";
export {
  booleanOperation,
  unifySameDomain,
  subShapes,
  childShapes,
  filletEdges,
  chamferEdges,
  shellSolid,
  type SubShapeKind,
  type Triple,
} from "./operations.ts";
export { linkedSubShapes, type TopologyLinks } from "./topologyLinks.ts";
export { subShapeIndices, firstHolders } from "./subShapeLookup.ts";
export { firstOccurrences } from "./shapeIds.ts";
export { placeInFrame, moveShape, locateShape, shapeLocationFrame, translateShape, rotateShape, mirrorShape, scaleShape, type Frame } from "./transform.ts";
export {
  makeBoxInFrame,
  makeCylinderInFrame,
  makeSphereInFrame,
  makeTorusInFrame,
  prism,
  revolveProfile,
} from "./primitives.ts";
export {
  surfaceType,
  curveType,
  faceNormal,
  edgeEnds,
  edgesEnds,
  orientedEdgeEnds,
  radiusOf,
  outerWire,
  isValidShape,
  isNullShape,
  sampleEdges,
  sampleEdgesOrArcs,
  type EdgeSamples,
  type SampledArc,
  makePlanarFace,
} from "./geometry.ts";
export { measure, centerOfMass, volumeOf, areaOf, centerOfMassOf, boundingBoxOf, enclosingBox, type BoundingBox, type Dimension } from "./measure.ts";
export {
  tessellate,
  DEFAULT_TOLERANCE,
  DEFAULT_ANGULAR_TOLERANCE,
  type ExportPart,
  type TessellateOptions,
} from "./mesh.ts";
export { writeStep, STEP_TIME_STAMP, type WriteStepOptions } from "./step.ts";
export { writeBrep } from "./brep.ts";
export { shapeProperties, type ShapeProperties, type TopologyCounts } from "./properties.ts";
export {
  kernelRun,
  adoptShape,
  makeSplineEdge,
  makeSplineApproxEdge,
  makeBezierEdge,
  makeEllipseEdge,
  makeCircleEdge,
  makeCircleArcEdge,
  makeBSplineEdge,
  makeTangentArcEdge,
  makeHelixWire,
  makeWire,
  makeClosedPolyline,
  offsetWire,
  edgePointAndTangent,
  drawnEnds,
  orderedWireEdges,
  type SplineOptions,
  type OffsetJoin,
} from "./curves.ts";
export { makeSplineApproxFace } from "./surfaces.ts";
export {
  loftSections,
  sweepProfile,
  sweepSections,
  hollowClosed,
  sectionByPlane,
  splitShape,
  fillSurface,
  thickenFace,
  compoundOfShapes,
  faceOnPlane,
  solidFromPolygons,
  type SweepOptions,
  type Transition,
  type FillingOptions,
} from "./sweeps.ts";
export type { Keep } from "./run.ts";
export { adopt, adoptCopy } from "./adopt.ts";
export { sewFaces, solidsFromShells, solidWithCavities } from "./sewing.ts";
export {
  booleanWithOptions,
  imprintShapes,
  loftWithSettings,
  draftedPrismFeature,
  fillBoundary,
  offsetSurface,
  closestPoints,
  type Glue,
  type LoftSettings,
  type PrismExtent,
} from "./freeOperations.ts";
export {
  frameFor,
  makeVertex,
  makeLineEdge,
  makeCircleEdgeOnAxis,
  makeArcThroughPoints,
  makePolylineWire,
  makeConeSolid,
  makeTorusSolid,
  makePlaneFace,
  makeRuledSurface,
  makeFaceFromWires,
  makeShellFromFaces,
  makeSolidFromShell,
  makeCompoundOf,
  copyShape,
  transformByMatrix,
} from "./construct.ts";
export { distanceBetween, containsPoint, edgeParameterRange, trimEdge, parameterFractionAtLength, parameterAtFraction, faceNormalAt, isClosedShape, hasFaces } from "./inspect.ts";
export { prismFeature, facesCrossedByLine, isPointInside, type PrismLimit, type LineCrossing } from "./features.ts";
export { faceWithHoles, withoutSubshapes, withReplacedSubshape } from "./reshape.ts";
export { faceFrameAtCenter } from "./faceFrame.ts";
export { projectEdges, type ProjectedEdges, type ProjectionView, type ProjectOptions } from "./hlr.ts";
export type { PlanarCurve, Point2 } from "./planarCurves.ts";
export { sectionAtZ } from "./section.ts";
export { OperationMemo, type MemoStats } from "./operationMemo.ts";
export { withMemoSession, memoSessionOpen, memoized, memoizedFact } from "./memoSession.ts";
export type { MemoOutcome, MemoTraceRecord } from "./memoTrace.ts";
export { prismIsClean } from "./cleanPrism.ts";
