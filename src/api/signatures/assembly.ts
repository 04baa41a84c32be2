/**
 * CadQuery 2.5's `Assembly` (cadquery/assembly.py): the constructor (`__init__`) and methods,
 * parameters in Python's order, with their defaults and types. Data only; see `types.ts`.
 */
import type { ParamSpec, SignatureTable } from "./types.ts";

const PART: readonly ParamSpec[] = [
  { name: "loc", type: ["location", "vector"], default: null, tsType: "Location | VectorLike" },
  { name: "name", type: ["string"], default: null },
  { name: "color", type: ["color"], default: null },
  { name: "metadata", type: ["mapping"], default: null },
];
const OBJ_TYPE = "Shape | Workplane | Assembly";

export const ASSEMBLY_SIGNATURES: SignatureTable = {
  __init__: { params: [{ name: "obj", type: ["shape", "workplane"], default: null, tsType: "Shape | Workplane" }, ...PART] },
  add: { params: [{ name: "obj", type: ["shape", "workplane", "assembly"], none: true, tsType: OBJ_TYPE }, ...PART] },
  traverse: { params: [] },
  parts: { params: [] },
  toShapes: { params: [] },
};
