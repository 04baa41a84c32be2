/**
 * CadQuery 2.5's `Assembly` (cadquery/assembly.py): the constructor (`__init__`) and methods,
 * parameters in Python's order, with their defaults and types. Data only; see `types.ts`.
 */
import { ASSEMBLY_CONSTRAINT_KINDS } from "../solve/assemblyConstraints.ts";
import type { ParamSpec, SignatureTable } from "./types.ts";

const PART: readonly ParamSpec[] = [
  { name: "loc", type: ["location", "vector"], default: null, tsType: "Location | VectorLike" },
  { name: "name", type: ["string"], default: null },
  { name: "color", type: ["color"], default: null },
  { name: "metadata", type: ["mapping"], default: null },
];
const OBJ_TYPE = "Shape | Workplane | Assembly";

const QUERY = (name: string): ParamSpec => ({ name, type: ["string"] });
const KIND: ParamSpec = { name: "kind", type: [{ oneOf: ASSEMBLY_CONSTRAINT_KINDS }] };
/** CadQuery's `param=None`: a number (distance, angle in degrees, offset) or three numbers (a point, a direction, angles). */
const PARAM: ParamSpec = { name: "param", type: ["number", "numbers3"], default: null, tsType: "number | readonly number[]" };
const SHAPE: ParamSpec = { name: "s1", type: ["shape"] };

export const ASSEMBLY_SIGNATURES: SignatureTable = {
  __init__: { params: [{ name: "obj", type: ["shape", "workplane"], default: null, tsType: "Shape | Workplane" }, ...PART] },
  add: { params: [{ name: "obj", type: ["shape", "workplane", "assembly"], none: true, tsType: OBJ_TYPE }, ...PART] },
  traverse: { params: [] },
  parts: { params: [] },
  toShapes: { params: [] },
  /** CadQuery's `constrain(*args, param=None)`, dispatched on its arguments as assembly.py does. */
  constrain: {
    params: [QUERY("q1"), KIND, PARAM],
    overloads: [
      [QUERY("q1"), QUERY("q2"), KIND, PARAM],
      [QUERY("id1"), SHAPE, QUERY("id2"), { ...SHAPE, name: "s2" }, KIND, PARAM],
      [QUERY("id1"), SHAPE, KIND, PARAM],
    ],
  },
  solve: { params: [{ name: "verbosity", type: ["int"], default: 0 }] },
};
