export { Workplane, WorkplaneImpl, type StackItem, type SelectorLike, type PlaneLike } from "./workplane.ts";
export { Vector, type VectorLike } from "./vector.ts";
export { Plane, PLANE_NAMES, type PlaneName } from "./plane.ts";
export { Location } from "./location.ts";
export { Sketch, type SketchMode } from "./sketch.ts";
export { Shape, isShape, unwrapShape, wrapShape, type ShapeKind, type BoundBox } from "./shape.ts";
export * as selectors from "./selectors/index.ts";
