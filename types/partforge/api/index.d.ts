export { Workplane, WorkplaneImpl, type StackItem, type SelectorLike, type PlaneLike } from "./workplane.ts";
export { Vector, type VectorLike } from "./vector.ts";
export { Plane, PLANE_NAMES, type PlaneName } from "./plane.ts";
export { Location } from "./location.ts";
export { Sketch, SketchImpl, type SketchMode } from "./sketch.ts";
export { Assembly, AssemblyImpl, type AssemblyOptions, type AssemblyPart } from "./assembly.ts";
export { Color } from "./color.ts";
export { Shape, Vertex, Edge, Wire, Face, Shell, Solid, Compound, isShape, unwrapShape, wrapShape, type ShapeKind, type BoundBox } from "./shape.ts";
export * as selectors from "./selectors/index.ts";
