/**
 * CadQuery 2.5's `Sketch` methods (cadquery/sketch.py): parameters in Python's order, with
 * their defaults and types. Data only; see `types.ts`.
 */
import { SKETCH_CONSTRAINT_KINDS } from "../solve/sketchConstraints.ts";
import type { ParamSpec, SignatureTable } from "./types.ts";

const MODE: ParamSpec = { name: "mode", type: [{ oneOf: ["a", "s", "i", "r", "c"] }], default: "a" };
const TAG: ParamSpec = { name: "tag", type: ["string"], default: null };
const ANGLE: ParamSpec = { name: "angle", type: ["number"], default: 0 };
const FOR_CONSTRUCTION: ParamSpec = { name: "forConstruction", type: ["boolean"], default: false };
const IGNORE_SELECTION: readonly ParamSpec[] = [
  { name: "ignore_selection", type: ["boolean"], default: false },
  { name: "ignoreSelection", type: ["boolean"], default: false, extension: "partforge's earlier spelling of ignore_selection" },
];
const SELECTOR: readonly ParamSpec[] = [{ name: "s", type: ["selector"], default: null }, TAG];
const POINT = (name: string): ParamSpec => ({ name, type: ["vector"] });
const NUMBER = (name: string): ParamSpec => ({ name, type: ["number"] });
const CONSTRAINT: ParamSpec = { name: "constraint", type: [{ oneOf: SKETCH_CONSTRAINT_KINDS }] };
/** CadQuery's `arg: Any`: None, a number, or a tuple (Distance's (t1, t2, d), Orientation's (x, y)); checked per kind. */
const ARG: ParamSpec = { name: "arg", type: ["number", "list"], none: true, tsType: "number | readonly (number | null)[]" };
const OTHER: ParamSpec = { name: "other", type: ["sketch"], tsType: "Sketch" };

export const SKETCH_SIGNATURES: SignatureTable = {
  face: {
    params: [{ name: "b", type: ["shape", "shapes", "sketch"], tsType: "Shape | readonly Shape[] | Sketch" }, ANGLE, MODE, TAG, ...IGNORE_SELECTION],
  },
  rect: { params: [NUMBER("w"), NUMBER("h"), ANGLE, MODE, TAG] },
  circle: { params: [NUMBER("r"), MODE, TAG] },
  ellipse: { params: [NUMBER("a1"), NUMBER("a2"), ANGLE, MODE, TAG] },
  trapezoid: { params: [NUMBER("w"), NUMBER("h"), NUMBER("a1"), { name: "a2", type: ["number"], default: null }, ANGLE, MODE, TAG] },
  slot: { params: [NUMBER("w"), NUMBER("h"), ANGLE, MODE, TAG] },
  regularPolygon: { params: [NUMBER("r"), { name: "n", type: ["int"] }, ANGLE, MODE, TAG] },
  polygon: { params: [{ name: "pts", type: ["vectors"] }, ANGLE, MODE, TAG] },
  rarray: { params: [NUMBER("xs"), NUMBER("ys"), { name: "nx", type: ["int"] }, { name: "ny", type: ["int"] }] },
  parray: { params: [NUMBER("r"), NUMBER("a1"), NUMBER("da"), { name: "n", type: ["int"] }, { name: "rotate", type: ["boolean"], default: true }] },
  push: { params: [{ name: "locs", type: ["locations"] }, TAG] },
  each: {
    params: [{ name: "callback", type: ["function"], tsType: "(location: Location) => Shape | Sketch" }, MODE, TAG, ...IGNORE_SELECTION],
  },
  offset: { params: [NUMBER("d"), MODE, TAG] },
  fillet: { params: [NUMBER("d")] },
  chamfer: { params: [NUMBER("d")] },
  clean: { params: [] },
  tag: { params: [{ name: "tag", type: ["string"] }] },
  select: { params: [], rest: { name: "tags", type: ["string"] } },
  faces: { params: SELECTOR },
  wires: { params: SELECTOR },
  edges: { params: SELECTOR },
  vertices: { params: SELECTOR },
  reset: { params: [] },
  delete: { params: [] },
  segment: {
    params: [POINT("p1"), POINT("p2"), TAG, FOR_CONSTRUCTION],
    overloads: [
      [POINT("p2"), TAG, FOR_CONSTRUCTION],
      [NUMBER("l"), NUMBER("a"), TAG, FOR_CONSTRUCTION],
    ],
  },
  arc: {
    params: [POINT("p1"), POINT("p2"), POINT("p3"), TAG, FOR_CONSTRUCTION],
    overloads: [
      [POINT("p2"), POINT("p3"), TAG, FOR_CONSTRUCTION],
      [POINT("c"), NUMBER("r"), NUMBER("a"), NUMBER("da"), TAG, FOR_CONSTRUCTION],
    ],
  },
  distribute: {
    params: [
      { name: "n", type: ["int"] },
      { name: "start", type: ["number"], default: 0 },
      { name: "stop", type: ["number"], default: 1 },
      { name: "rotate", type: ["boolean"], default: true },
    ],
  },
  spline: {
    params: [
      { name: "pts", type: ["vectors"] },
      { name: "tangents", type: ["vectors"], none: true },
      { name: "periodic", type: ["boolean"] },
      TAG,
      FOR_CONSTRUCTION,
    ],
    overloads: [[{ name: "pts", type: ["vectors"] }, TAG, FOR_CONSTRUCTION]],
  },
  constrain: {
    params: [{ name: "tag", type: ["string"] }, CONSTRAINT, ARG],
    overloads: [[{ name: "tag1", type: ["string"] }, { name: "tag2", type: ["string"] }, CONSTRAINT, ARG]],
  },
  solve: { params: [] },
  bezier: { params: [{ name: "pts", type: ["vectors"] }, TAG, FOR_CONSTRUCTION] },
  close: { params: [TAG] },
  assemble: { params: [MODE, TAG] },
  moved: { params: [{ name: "loc", type: ["location", "vector"], tsType: "Location | VectorLike" }] },
  located: {
    params: [
      {
        name: "loc",
        type: ["location"],
        default: null,
        none: true,
      },
    ],
  },
  finalize: { params: [] },
  copy: { params: [] },
  hull: { params: [MODE, TAG] },
  val: { params: [] },
  vals: { params: [] },
  facesShape: { params: [] },
  // Python's operators on sketches (`__add__`, `__sub__`, `__mul__`, `__truediv__`), named as Workplane's are.
  union: { params: [OTHER] },
  cut: { params: [OTHER] },
  intersect: { params: [OTHER] },
  split: { params: [OTHER] },
};
