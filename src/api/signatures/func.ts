/**
 * CadQuery's free functions (`cadquery.func`, defined in cadquery/occ_impl/shapes.py):
 * parameters in Python's order, with their defaults and types. Data only; see `types.ts`.
 *
 * The lists are those of CadQuery at commit d6729f51 (the commit the documentation ports in
 * test/conformance cite), a superset of 2.5.2's: 2.5's calls bind the same, except that
 * `fillet`/`chamfer` name their edges parameter `edges` (2.5: `e`) and `fuse` takes more shapes
 * positionally before `tol`. Python's keyword-only parameters (after `*args`) are `keywordOnly`.
 * `history`/`name` (CadQuery's operation history) are accepted only as None.
 */
import type { ParamSpec, SignatureTable } from "./types.ts";

const SHAPE = (name: string): ParamSpec => ({ name, type: ["shape"] });
const NUMBER = (name: string): ParamSpec => ({ name, type: ["number"] });
const POINT = (name: string): ParamSpec => ({ name, type: ["vector"] });
const SHAPES = (name: string): ParamSpec => ({ name, type: ["shapes"] });
const REST_SHAPES: ParamSpec = { name: "s", type: ["shape"] };
const TOL = (value: number, keywordOnly = false): ParamSpec => ({ name: "tol", type: ["number"], default: value, ...(keywordOnly ? { keywordOnly: true as const } : {}) });
const NO_HISTORY = "partforge keeps no operation history (CadQuery's History)";
const HISTORY = (keywordOnly = false): readonly ParamSpec[] => [
  { name: "history", type: ["list"], default: null, unsupported: NO_HISTORY, tsType: "never", ...(keywordOnly ? { keywordOnly: true as const } : {}) },
  { name: "name", type: ["string"], default: null, unsupported: NO_HISTORY, ...(keywordOnly ? { keywordOnly: true as const } : {}) },
];
/** CadQuery's GlueLiteral: OCCT's gluing option of the boolean builders. */
const GLUE = (value: string | null, keywordOnly = false): ParamSpec => ({
  name: "glue",
  type: [{ oneOf: ["partial", "full"] }],
  default: value,
  ...(keywordOnly ? { keywordOnly: true as const } : {}),
});
const CONSTRAINTS: ParamSpec = { name: "constraints", type: ["list"], default: [], tsType: "readonly (Shape | VectorLike)[]" };
const CONTINUITY: ParamSpec = { name: "continuity", type: [{ oneOf: ["C1", "C2", "C3"] }], default: "C2" };
const FONT: readonly ParamSpec[] = [
  { name: "font", type: ["string"], default: "Arial" },
  { name: "path", type: ["string"], default: null },
  { name: "kind", type: [{ oneOf: ["regular", "bold", "italic"] }], default: "regular" },
  { name: "halign", type: [{ oneOf: ["center", "left", "right"] }], default: "center" },
  { name: "valign", type: [{ oneOf: ["center", "top", "bottom"] }], default: "center" },
];
const LOFT_OPTIONS = (keywordOnly: boolean): readonly ParamSpec[] =>
  ([
    { name: "cap", type: ["boolean"], default: false },
    { name: "ruled", type: ["boolean"], default: false },
    CONTINUITY,
    { name: "parametrization", type: [{ oneOf: ["uniform", "chordal", "centripetal"] }], default: "uniform" },
    { name: "degree", type: ["int"], default: 3 },
    { name: "compat", type: ["boolean"], default: true },
    { name: "smoothing", type: ["boolean"], default: false },
    { name: "weights", type: ["numbers3"], default: [1, 1, 1], tsType: "readonly [number, number, number]" },
    ...HISTORY(),
  ] satisfies ParamSpec[]).map((param): ParamSpec => (keywordOnly ? { ...param, keywordOnly: true as const } : param));
const SWEEP_OPTIONS: readonly ParamSpec[] = [
  { name: "aux", type: ["shape"], default: null },
  { name: "cap", type: ["boolean"], default: false },
  ...HISTORY(),
];
const PRISM_HEAD: readonly ParamSpec[] = [
  SHAPE("ctx"),
  { name: "base", type: ["shape"], none: true },
  SHAPE("faces"),
  { name: "t", type: ["number", "shape", "shapes"], none: true, tsType: "number | Shape | readonly [Shape, Shape]" },
];
const ADDITIVE: ParamSpec = { name: "additive", type: ["boolean"], default: true };

export const FUNC_SIGNATURES: SignatureTable = {
  // --- construction from other shapes ---
  edgeOn: {
    params: [SHAPE("fbase"), SHAPE("edg"), TOL(1e-6, true), { name: "N", type: ["int"], default: 20, keywordOnly: true }],
    rest: { name: "edgs", type: ["shape"] },
    overloads: [[SHAPE("base"), { name: "pts", type: ["vectors"] }, { name: "periodic", type: ["boolean"], default: false }, TOL(1e-6)]],
  },
  wireOn: { params: [SHAPE("base"), SHAPE("w"), TOL(1e-6), { name: "N", type: ["int"], default: 20 }] },
  faceOn: { params: [SHAPE("base")], rest: { name: "fcs", type: ["shape"] } },
  wire: { params: HISTORY(true), rest: REST_SHAPES, overloads: [[SHAPES("s"), ...HISTORY()]] },
  face: { params: [], rest: REST_SHAPES, overloads: [[SHAPES("s")]] },
  shell: {
    params: [
      TOL(1e-6, true),
      { name: "manifold", type: ["boolean"], default: true, keywordOnly: true },
      { name: "ctx", type: ["shape", "shapes"], default: null, keywordOnly: true, tsType: "Shape | readonly Shape[]" },
      ...HISTORY(true),
    ],
    rest: REST_SHAPES,
    overloads: [
      [
        SHAPES("s"),
        TOL(1e-6),
        { name: "manifold", type: ["boolean"], default: true },
        { name: "ctx", type: ["shape", "shapes"], default: null, tsType: "Shape | readonly Shape[]" },
        ...HISTORY(),
      ],
    ],
  },
  solid: {
    params: [SHAPE("s1"), TOL(1e-6, true), ...HISTORY(true)],
    rest: { name: "sn", type: ["shape"] },
    overloads: [[SHAPES("s"), { name: "inner", type: ["shapes"], default: null }, TOL(1e-6), ...HISTORY()]],
  },
  compound: { params: [], rest: REST_SHAPES, overloads: [[SHAPES("s")]] },
  // --- primitives ---
  vertex: { params: [NUMBER("x"), NUMBER("y"), NUMBER("z")], overloads: [[POINT("p")]] },
  segment: { params: [POINT("p1"), POINT("p2")] },
  polyline: { params: [], rest: { name: "pts", type: ["vector"] } },
  polygon: { params: [], rest: { name: "pts", type: ["vector"] } },
  rect: { params: [NUMBER("w"), NUMBER("h")] },
  spline: {
    params: [TOL(1e-6, true), { name: "periodic", type: ["boolean"], default: false, keywordOnly: true }],
    rest: { name: "pts", type: ["vector"] },
    overloads: [
      [
        { name: "pts", type: ["vectors"] },
        { name: "tgts", type: ["vectors"], default: null },
        { name: "params", type: ["numbers"], default: null },
        TOL(1e-6),
        { name: "periodic", type: ["boolean"], default: false },
        { name: "scale", type: ["boolean"], default: true },
      ],
    ],
  },
  circle: { params: [NUMBER("r")] },
  ellipse: { params: [NUMBER("r1"), NUMBER("r2")] },
  plane: { params: [NUMBER("w"), NUMBER("l")], overloads: [[]] },
  box: { params: [NUMBER("w"), NUMBER("l"), NUMBER("h")] },
  cylinder: { params: [NUMBER("d"), NUMBER("h")] },
  sphere: { params: [NUMBER("d")] },
  torus: { params: [NUMBER("d1"), NUMBER("d2")] },
  cone: { params: [NUMBER("d"), NUMBER("h")], overloads: [[NUMBER("d1"), NUMBER("d2"), NUMBER("h")]] },
  text: {
    params: [{ name: "txt", type: ["string"] }, NUMBER("size"), ...FONT],
    overloads: [
      [{ name: "txt", type: ["string"] }, NUMBER("size"), SHAPE("spine"), { name: "planar", type: ["boolean"], default: false }, ...FONT],
      [{ name: "txt", type: ["string"] }, NUMBER("size"), SHAPE("spine"), SHAPE("base"), ...FONT],
    ],
  },
  // --- operations ---
  setThreads: { params: [{ name: "n", type: ["int"] }] },
  fuse: { params: [SHAPE("s1"), SHAPE("s2"), TOL(0, true), GLUE(null, true), ...HISTORY(true)], rest: { name: "shapes", type: ["shape"] } },
  cut: { params: [SHAPE("s1"), SHAPE("s2"), TOL(0), GLUE(null), ...HISTORY()] },
  intersect: { params: [SHAPE("s1"), SHAPE("s2"), TOL(0), GLUE(null), ...HISTORY()] },
  split: { params: [SHAPE("s1"), SHAPE("s2"), TOL(0), ...HISTORY()] },
  imprint: { params: [TOL(0, true), GLUE("partial", true), ...HISTORY(true)], rest: { name: "shapes", type: ["shape"] } },
  clean: { params: [SHAPE("s")] },
  fill: { params: [SHAPE("s"), CONSTRAINTS] },
  cap: { params: [SHAPE("s"), SHAPE("ctx"), CONSTRAINTS] },
  fillet: { params: [SHAPE("s"), SHAPE("edges"), NUMBER("r"), ...HISTORY()] },
  chamfer: { params: [SHAPE("s"), SHAPE("edges"), NUMBER("d"), ...HISTORY()] },
  extrude: { params: [SHAPE("s"), POINT("d"), { name: "both", type: ["boolean"], default: false }, ...HISTORY()] },
  revolve: { params: [SHAPE("s"), POINT("p"), POINT("d"), { name: "a", type: ["number"], default: 360 }, ...HISTORY()] },
  offset: {
    params: [
      SHAPE("s"),
      NUMBER("t"),
      { name: "cap", type: ["boolean"], default: true },
      { name: "both", type: ["boolean"], default: false },
      TOL(1e-6),
      ...HISTORY(),
    ],
  },
  sweep: {
    params: [SHAPE("s"), SHAPE("path"), ...SWEEP_OPTIONS],
    overloads: [[SHAPES("s"), SHAPE("path"), ...SWEEP_OPTIONS]],
  },
  loft: { params: LOFT_OPTIONS(true), rest: REST_SHAPES, overloads: [[SHAPES("s"), ...LOFT_OPTIONS(false)]] },
  project: {
    params: [SHAPE("s"), SHAPE("base"), CONTINUITY, { name: "degree", type: ["int"], default: 3 }, { name: "maxseg", type: ["int"], default: 30 }, TOL(1e-4)],
    overloads: [[SHAPE("s"), SHAPE("base"), POINT("direction")]],
  },
  prism: {
    params: [...PRISM_HEAD, { name: "angle", type: ["number"], default: 0 }, ADDITIVE, ...HISTORY()],
    overloads: [[...PRISM_HEAD, POINT("dir"), ADDITIVE, ...HISTORY()]],
  },
  // --- diagnostics ---
  check: {
    params: [
      SHAPE("s"),
      { name: "results", type: ["list"], default: null, unsupported: "partforge returns the verdict only, not BRepAlgoAPI_Check's list of faults", tsType: "unknown[]" },
      { name: "tol", type: ["number"], default: null },
      { name: "verbose", type: ["boolean"], default: true },
    ],
  },
  isSubshape: { params: [SHAPE("s1"), SHAPE("s2")] },
  closest: { params: [SHAPE("s1"), SHAPE("s2")] },
};
