/**
 * The one way to make a shape facade: `wrapShape(kernelShape)` gives the object of the kernel
 * shape's kind's class (`Solid`, `Face`, …), from the classes `src/api/shape.ts` defines once while
 * the modules load. `unwrapShape` is its inverse, for the modelling API only.
 */
import type { AnyShape } from "replicad";
import { firstOccurrences } from "../../kernel/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { kernelShapeOf, kindOfKernelShape, shapeKindOf, type ShapeKind } from "./handles.ts";
// Types only (erased at run time): the classes extend the base, which makes facades through here.
import type { Shape } from "./shape.ts";

type ShapeClass = new (kernelShape: AnyShape) => Shape;
/** The class for each kind, defined once by src/api/shape.ts while the modules load. */
let shapeClasses: Readonly<Record<ShapeKind, ShapeClass>> | undefined;

/** @internal The class defined for `kind`, once the classes are defined. */
export function shapeClassOf(kind: ShapeKind): ShapeClass | undefined {
  return shapeClasses?.[kind];
}

/** @internal Called once, by src/api/shape.ts, with the class of each kind. */
export function defineShapeClasses(classes: Readonly<Record<ShapeKind, ShapeClass>>): void {
  if (shapeClasses !== undefined) throw new PartforgeError("INTERNAL", "the shape classes are defined once");
  shapeClasses = Object.freeze({ ...classes });
}

/** @internal The facade, of its kind's class, for a kernel shape. */
export function wrapShape(kernelShape: AnyShape): Shape {
  const classes = shapeClasses;
  if (classes === undefined) throw new PartforgeError("INTERNAL", "the shape classes are not defined: import src/api/shape.ts");
  return new classes[kindOfKernelShape(kernelShape)](kernelShape);
}

/** @internal The facade of a kernel shape known to be of `Class`'s kind (an INTERNAL error otherwise). */
export function wrapAs<T extends Shape>(Class: abstract new (kernelShape: AnyShape) => T, kernelShape: AnyShape): T {
  const shape = wrapShape(kernelShape);
  if (!(shape instanceof Class)) throw new PartforgeError("INTERNAL", `expected a ${Class.name}; the kernel made a ${shape.ShapeType()}`);
  return shape;
}

/** @internal The kernel shape behind a facade (never exposed to scripts). */
export function unwrapShape(shape: Shape): AnyShape {
  return kernelShapeOf(shape);
}

export function isShape(value: unknown): value is Shape {
  return shapeKindOf(value) !== undefined;
}

/** Removes duplicates (same kernel shape) keeping first occurrences. */
export function uniqueShapes(shapes: readonly Shape[]): Shape[] {
  // Shapes of different kinds are never the same (IsSame compares the TShape), so ids alone decide.
  return firstOccurrences(shapes.map(kernelShapeOf)).map((index) => shapes[index]!);
}
