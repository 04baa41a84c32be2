import { Location } from "../location.ts";
import { type Shape } from "../shape.ts";
export type SketchOperator = "union" | "cut" | "intersect" | "split";
/** The Python operator each method stands for, for messages. */
export declare const PYTHON_OPERATOR: Readonly<Record<SketchOperator, string>>;
export declare function combineSketchShapes(method: SketchOperator, self: Shape | Location | undefined, other: Shape | Location | undefined): Shape;
