/**
 * The shape classes a ModelScript sees, CadQuery's `Shape`, `Vertex`, `Edge`, `Wire`, `Face`,
 * `Shell`, `Solid` and `Compound` (one per file in `shapes/`), and `wrapShape`, the one way to
 * make a facade for a kernel shape: it returns the class of the shape's kind, so
 * `Workplane().box(1, 1, 1).val() instanceof Solid`. The kernel object stays in a module-private
 * WeakMap (`shapes/handles.ts`), so nothing a script holds reaches raw kernel memory.
 */
import { defineShapeClasses } from "./shapes/wrap.ts";
import { Vertex } from "./shapes/vertex.ts";
import { Edge } from "./shapes/edge.ts";
import { Wire } from "./shapes/wire.ts";
import { Face } from "./shapes/face.ts";
import { Shell } from "./shapes/shell.ts";
import { Solid } from "./shapes/solid.ts";
import { Compound } from "./shapes/compound.ts";

defineShapeClasses({ vertex: Vertex, edge: Edge, wire: Wire, face: Face, shell: Shell, solid: Solid, compound: Compound });

export { Shape, type BoundBox, type ShapeKind } from "./shapes/shape.ts";
export { wrapShape, unwrapShape, isShape, uniqueShapes, wrapAs } from "./shapes/wrap.ts";
export { Mixin3D } from "./shapes/mixin3D.ts";
export { Vertex, Edge, Wire, Face, Shell, Solid, Compound };
