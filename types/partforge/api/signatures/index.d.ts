/** The signature tables of the modelling API (CadQuery 2.5's parameter lists) and the binding made from them. */
import { ASSEMBLY_SIGNATURES } from "./assembly.ts";
import { FUNC_SIGNATURES } from "./func.ts";
import { SKETCH_SIGNATURES } from "./sketch.ts";
import { WORKPLANE_SIGNATURES } from "./workplane.ts";
import { COMPOUND_SIGNATURES, EDGE_SIGNATURES, FACE_SIGNATURES, MIXIN1D_SIGNATURES, MIXIN3D_SIGNATURES, SHAPE_SIGNATURES, SHELL_SIGNATURES, SOLID_SIGNATURES, VERTEX_SIGNATURES, WIRE_SIGNATURES } from "./shapes.ts";
import type { SignatureTable } from "./types.ts";
export { bindArguments, binderFor, type BoundArguments } from "./bind.ts";
export { pythonForm, pythonParameters, pythonValue } from "./pythonForm.ts";
export type { Guards } from "./kinds.ts";
export type { MethodSignature, ParamSpec, SignatureTable } from "./types.ts";
export { ASSEMBLY_SIGNATURES, FUNC_SIGNATURES, SKETCH_SIGNATURES, WORKPLANE_SIGNATURES };
export { COMPOUND_SIGNATURES, EDGE_SIGNATURES, FACE_SIGNATURES, MIXIN1D_SIGNATURES, MIXIN3D_SIGNATURES, SHAPE_SIGNATURES, SHELL_SIGNATURES, SOLID_SIGNATURES, VERTEX_SIGNATURES, WIRE_SIGNATURES, };
/** Every class's table, by the class name scripts use (`func`: the free-function namespace); frozen all the way down, since every build shares them. */
export declare const SIGNATURE_TABLES: Readonly<Record<string, SignatureTable>>;
