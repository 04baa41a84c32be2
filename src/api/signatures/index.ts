/** The signature tables of the modelling API (CadQuery 2.5's parameter lists) and the binding made from them. */
import { ASSEMBLY_SIGNATURES } from "./assembly.ts";
import { FUNC_SIGNATURES } from "./func.ts";
import { SKETCH_SIGNATURES } from "./sketch.ts";
import { WORKPLANE_SIGNATURES } from "./workplane.ts";
import {
  COMPOUND_SIGNATURES,
  EDGE_SIGNATURES,
  FACE_SIGNATURES,
  MIXIN1D_SIGNATURES,
  MIXIN3D_SIGNATURES,
  SHAPE_SIGNATURES,
  SHELL_SIGNATURES,
  SOLID_SIGNATURES,
  VERTEX_SIGNATURES,
  WIRE_SIGNATURES,
} from "./shapes.ts";
import type { SignatureTable } from "./types.ts";
import { deepFreeze } from "../../shared/deepFreeze.ts";

export { bindArguments, binderFor, type BoundArguments } from "./bind.ts";
export { pythonForm, pythonParameters, pythonValue } from "./pythonForm.ts";
export type { Guards } from "./kinds.ts";
export type { MethodSignature, ParamSpec, SignatureTable } from "./types.ts";
export { ASSEMBLY_SIGNATURES, FUNC_SIGNATURES, SKETCH_SIGNATURES, WORKPLANE_SIGNATURES };
export {
  COMPOUND_SIGNATURES,
  EDGE_SIGNATURES,
  FACE_SIGNATURES,
  MIXIN1D_SIGNATURES,
  MIXIN3D_SIGNATURES,
  SHAPE_SIGNATURES,
  SHELL_SIGNATURES,
  SOLID_SIGNATURES,
  VERTEX_SIGNATURES,
  WIRE_SIGNATURES,
};

/** Every class's table, by the class name scripts use (`func`: the free-function namespace); frozen all the way down, since every build shares them. */
export const SIGNATURE_TABLES: Readonly<Record<string, SignatureTable>> = deepFreeze({
  Workplane: WORKPLANE_SIGNATURES,
  Sketch: SKETCH_SIGNATURES,
  Assembly: ASSEMBLY_SIGNATURES,
  Shape: SHAPE_SIGNATURES,
  Mixin1D: MIXIN1D_SIGNATURES,
  Mixin3D: MIXIN3D_SIGNATURES,
  Vertex: VERTEX_SIGNATURES,
  Edge: EDGE_SIGNATURES,
  Wire: WIRE_SIGNATURES,
  Face: FACE_SIGNATURES,
  Shell: SHELL_SIGNATURES,
  Solid: SOLID_SIGNATURES,
  Compound: COMPOUND_SIGNATURES,
  func: FUNC_SIGNATURES,
});
