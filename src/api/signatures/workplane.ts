/**
 * CadQuery 2.5's `Workplane` methods (cadquery/cq.py): parameters in Python's order, with
 * their defaults and types. Data only; see `types.ts`.
 */
import type { ParamSpec, SignatureTable } from "./types.ts";

const FOR_CONSTRUCTION: ParamSpec = { name: "forConstruction", type: ["boolean"], default: false };
const INCLUDE_CURRENT: ParamSpec = { name: "includeCurrent", type: ["boolean"], default: false };
const MAKE_WIRE: ParamSpec = { name: "makeWire", type: ["boolean"], default: false };
const COMBINE: ParamSpec = { name: "combine", type: ["combine"], default: true };
const CLEAN: ParamSpec = { name: "clean", type: ["boolean"], default: true };
const CENTERED3: ParamSpec = { name: "centered", type: ["centered3"], default: true };
const SMOOTHING: ParamSpec = { name: "smoothing", type: ["numbers3"], default: [1, 1, 1], none: true, tsType: "readonly [number, number, number]" };
const SELECTOR: readonly ParamSpec[] = [
  { name: "selector", type: ["selector"], default: null },
  { name: "tag", type: ["string"], default: null },
];
const UNTIL: ParamSpec = { name: "until", type: ["number", { oneOf: ["next", "last"] }, "shape"] };
const TAPER: ParamSpec = { name: "taper", type: ["number"], default: null };
const DEPTH: ParamSpec = { name: "depth", type: ["number"], default: null };
const STACK_ITEMS = "readonly StackItem[]";
const GLUE: ParamSpec = { name: "glue", type: ["boolean"], default: false, unsupported: "booleans always run the general fuse" };
const TOL: ParamSpec = { name: "tol", type: ["number"], default: null, unsupported: "booleans run without a fuzzy tolerance" };
const BOOLEAN_TOOL = ["workplane", "shape"] as const;
/** CadQuery's `Shapes` literal: a topological kind by its class name. */
const SHAPE_KIND: ParamSpec = { name: "kind", type: [{ oneOf: ["Vertex", "Edge", "Wire", "Face", "Shell", "Solid", "CompSolid", "Compound"] }] };

export const WORKPLANE_SIGNATURES: SignatureTable = {
  __init__: {
    params: [
      { name: "inPlane", type: ["string", "plane"], default: "XY", tsType: "PlaneLike" },
      { name: "origin", type: ["vector"], default: [0, 0, 0] },
      { name: "obj", type: ["shape", "location"], default: null, tsType: "StackItem" },
    ],
  },
  newObject: { params: [{ name: "objlist", type: ["list"], tsType: STACK_ITEMS }] },
  val: { params: [] },
  vals: { params: [] },
  size: { params: [] },
  end: { params: [{ name: "n", type: ["int"], default: 1 }] },
  first: { params: [] },
  last: { params: [] },
  item: { params: [{ name: "i", type: ["int"] }] },
  /** Python's `wp[start:end]` (`__getitem__` with a slice): not a CadQuery method name. */
  slice: {
    params: [
      { name: "start", type: ["int"], default: null },
      { name: "end", type: ["int"], default: null },
    ],
  },
  add: { params: [{ name: "obj", type: ["workplane", "shape", "location", "list"], tsType: `Workplane | StackItem | ${STACK_ITEMS}` }] },
  tag: { params: [{ name: "name", type: ["string"] }] },
  workplaneFromTagged: { params: [{ name: "name", type: ["string"] }] },
  findSolid: {
    params: [
      { name: "searchStack", type: ["boolean"], default: true, unsupported: "findSolid always searches the stack, then the parents" },
      { name: "searchParents", type: ["boolean"], default: true, unsupported: "findSolid always searches the stack, then the parents" },
    ],
  },
  largestDimension: { params: [] },
  all: { params: [] },
  copyWorkplane: { params: [{ name: "obj", type: ["workplane"] }] },
  filter: { params: [{ name: "f", type: ["function"], tsType: "(item: StackItem) => boolean" }] },
  map: { params: [{ name: "f", type: ["function"], tsType: "(item: StackItem) => StackItem" }] },
  apply: { params: [{ name: "f", type: ["function"], tsType: "(items: StackItem[]) => Iterable<StackItem>" }] },
  sort: { params: [{ name: "key", type: ["function"], tsType: "(item: StackItem) => number | string | readonly (number | string)[]" }] },
  invoke: { params: [{ name: "f", type: ["function"], tsType: "((workplane: Workplane) => Workplane | null | undefined | void) | (() => unknown)" }] },
  each: {
    params: [
      { name: "callback", type: ["function"], tsType: "(item: StackItem) => StackItem | readonly StackItem[]" },
      { name: "useLocalCoordinates", type: ["boolean"], default: false },
      { name: "combine", type: ["combine"], default: true },
      CLEAN,
    ],
  },
  eachpoint: {
    params: [
      { name: "arg", type: ["function", "shape", "workplane"], tsType: "((location: Location) => StackItem | readonly StackItem[]) | Shape | Workplane" },
      { name: "useLocalCoordinates", type: ["boolean"], default: false },
      { name: "combine", type: ["combine"], default: false },
      CLEAN,
    ],
  },
  workplane: {
    params: [
      { name: "offset", type: ["number"], default: 0 },
      { name: "invert", type: ["boolean"], default: false },
      { name: "centerOption", type: [{ oneOf: ["ProjectedOrigin", "CenterOfMass", "CenterOfBoundBox"] }], default: "ProjectedOrigin" },
      { name: "origin", type: ["vector"], default: null },
    ],
  },
  transformed: {
    params: [
      { name: "rotate", type: ["vector"], default: [0, 0, 0] },
      { name: "offset", type: ["vector"], default: [0, 0, 0] },
    ],
  },
  center: { params: [{ name: "x", type: ["number"] }, { name: "y", type: ["number"] }] },
  pushPoints: { params: [{ name: "pntList", type: ["locations"] }] },
  rarray: {
    params: [
      { name: "xSpacing", type: ["number"] },
      { name: "ySpacing", type: ["number"] },
      { name: "xCount", type: ["int"] },
      { name: "yCount", type: ["int"] },
      { name: "center", type: ["centered2"], default: true },
    ],
  },
  polarArray: {
    params: [
      { name: "radius", type: ["number"] },
      { name: "startAngle", type: ["number"] },
      { name: "angle", type: ["number"] },
      { name: "count", type: ["int"] },
      { name: "fill", type: ["boolean"], default: true },
      { name: "rotate", type: ["boolean"], default: true },
    ],
  },
  faces: { params: SELECTOR },
  edges: { params: SELECTOR },
  vertices: { params: SELECTOR },
  wires: { params: SELECTOR },
  shells: { params: SELECTOR },
  solids: { params: SELECTOR },
  compounds: { params: SELECTOR },
  ancestors: { params: [SHAPE_KIND, { name: "tag", type: ["string"], default: null }] },
  siblings: { params: [SHAPE_KIND, { name: "level", type: ["int"], default: 1 }, { name: "tag", type: ["string"], default: null }] },
  box: {
    params: [{ name: "length", type: ["number"] }, { name: "width", type: ["number"] }, { name: "height", type: ["number"] }, CENTERED3, COMBINE, CLEAN],
  },
  sphere: {
    params: [
      { name: "radius", type: ["number"] },
      { name: "direct", type: ["vector"], default: [0, 0, 1] },
      { name: "angle1", type: ["number"], default: -90 },
      { name: "angle2", type: ["number"], default: 90 },
      { name: "angle3", type: ["number"], default: 360 },
      CENTERED3,
      COMBINE,
      CLEAN,
    ],
  },
  cylinder: {
    params: [
      { name: "height", type: ["number"] },
      { name: "radius", type: ["number"] },
      { name: "direct", type: ["vector"], default: [0, 0, 1] },
      { name: "angle", type: ["number"], default: 360 },
      CENTERED3,
      COMBINE,
      CLEAN,
    ],
  },
  wedge: {
    params: [
      ...["dx", "dy", "dz", "xmin", "zmin", "xmax", "zmax"].map((name): ParamSpec => ({ name, type: ["number"] })),
      { name: "pnt", type: ["vector"], default: [0, 0, 0] },
      { name: "dir", type: ["vector"], default: [0, 0, 1] },
      CENTERED3,
      COMBINE,
      CLEAN,
    ],
  },
  rect: {
    params: [{ name: "xLen", type: ["number"] }, { name: "yLen", type: ["number"] }, { name: "centered", type: ["centered2"], default: true }, FOR_CONSTRUCTION],
  },
  circle: { params: [{ name: "radius", type: ["number"] }, FOR_CONSTRUCTION] },
  polygon: {
    params: [{ name: "nSides", type: ["int"] }, { name: "diameter", type: ["number"] }, FOR_CONSTRUCTION, { name: "circumscribed", type: ["boolean"], default: false }],
  },
  polyline: { params: [{ name: "listOfXYTuple", type: ["vectors"] }, FOR_CONSTRUCTION, INCLUDE_CURRENT] },
  moveTo: { params: [{ name: "x", type: ["number"], default: 0 }, { name: "y", type: ["number"], default: 0 }] },
  move: { params: [{ name: "xDist", type: ["number"], default: 0 }, { name: "yDist", type: ["number"], default: 0 }] },
  lineTo: { params: [{ name: "x", type: ["number"] }, { name: "y", type: ["number"] }, FOR_CONSTRUCTION] },
  line: { params: [{ name: "xDist", type: ["number"] }, { name: "yDist", type: ["number"] }, FOR_CONSTRUCTION] },
  hLine: { params: [{ name: "distance", type: ["number"] }, FOR_CONSTRUCTION] },
  vLine: { params: [{ name: "distance", type: ["number"] }, FOR_CONSTRUCTION] },
  hLineTo: { params: [{ name: "xCoord", type: ["number"] }, FOR_CONSTRUCTION] },
  vLineTo: { params: [{ name: "yCoord", type: ["number"] }, FOR_CONSTRUCTION] },
  threePointArc: { params: [{ name: "point1", type: ["vector"] }, { name: "point2", type: ["vector"] }, FOR_CONSTRUCTION] },
  close: { params: [] },
  wire: { params: [FOR_CONSTRUCTION] },
  spline: {
    params: [
      { name: "listOfXYTuple", type: ["vectors"] },
      { name: "tangents", type: ["list"], default: null, tsType: "readonly (VectorLike | null | undefined)[]" },
      { name: "periodic", type: ["boolean"], default: false },
      { name: "parameters", type: ["numbers"], default: null },
      { name: "scale", type: ["boolean"], default: true },
      { name: "tol", type: ["number"], default: null },
      FOR_CONSTRUCTION,
      INCLUDE_CURRENT,
      MAKE_WIRE,
    ],
  },
  splineApprox: {
    params: [
      { name: "points", type: ["vectors"] },
      { name: "tol", type: ["number"], default: 1e-6 },
      { name: "minDeg", type: ["int"], default: 1 },
      { name: "maxDeg", type: ["int"], default: 6 },
      SMOOTHING,
      FOR_CONSTRUCTION,
      INCLUDE_CURRENT,
      MAKE_WIRE,
    ],
  },
  parametricCurve: {
    params: [
      { name: "func", type: ["function"], tsType: "(t: number) => VectorLike" },
      { name: "N", type: ["int"], default: 400 },
      { name: "start", type: ["number"], default: 0 },
      { name: "stop", type: ["number"], default: 1 },
      { name: "tol", type: ["number"], default: 1e-6 },
      { name: "minDeg", type: ["int"], default: 1 },
      { name: "maxDeg", type: ["int"], default: 6 },
      SMOOTHING,
      { name: "makeWire", type: ["boolean"], default: true },
    ],
  },
  parametricSurface: {
    // CadQuery 2.5.2's defaults (cq.py): smoothing (1, 1, 1).
    params: [
      { name: "func", type: ["function"], tsType: "(u: number, v: number) => VectorLike" },
      { name: "N", type: ["int"], default: 20 },
      { name: "start", type: ["number"], default: 0 },
      { name: "stop", type: ["number"], default: 1 },
      { name: "tol", type: ["number"], default: 1e-2 },
      { name: "minDeg", type: ["int"], default: 1 },
      { name: "maxDeg", type: ["int"], default: 6 },
      SMOOTHING,
    ],
  },
  bezier: { params: [{ name: "listOfXYTuple", type: ["vectors"] }, FOR_CONSTRUCTION, INCLUDE_CURRENT, MAKE_WIRE] },
  ellipse: {
    params: [{ name: "x_radius", type: ["number"] }, { name: "y_radius", type: ["number"] }, { name: "rotation_angle", type: ["number"], default: 0 }, FOR_CONSTRUCTION],
  },
  ellipseArc: {
    params: [
      { name: "x_radius", type: ["number"] },
      { name: "y_radius", type: ["number"] },
      { name: "angle1", type: ["number"], default: 360 },
      { name: "angle2", type: ["number"], default: 360 },
      { name: "rotation_angle", type: ["number"], default: 0 },
      { name: "sense", type: [{ oneOf: [-1, 1] }], default: 1 },
      FOR_CONSTRUCTION,
      { name: "startAtCurrent", type: ["boolean"], default: true },
      MAKE_WIRE,
    ],
  },
  slot2D: { params: [{ name: "length", type: ["number"] }, { name: "diameter", type: ["number"] }, { name: "angle", type: ["number"], default: 0 }] },
  sagittaArc: { params: [{ name: "endPoint", type: ["vector"] }, { name: "sag", type: ["number"] }, FOR_CONSTRUCTION] },
  radiusArc: { params: [{ name: "endPoint", type: ["vector"] }, { name: "radius", type: ["number"] }, FOR_CONSTRUCTION] },
  tangentArcPoint: { params: [{ name: "endpoint", type: ["vector"] }, FOR_CONSTRUCTION, { name: "relative", type: ["boolean"], default: true }] },
  polarLine: { params: [{ name: "distance", type: ["number"] }, { name: "angle", type: ["number"] }, FOR_CONSTRUCTION] },
  polarLineTo: { params: [{ name: "distance", type: ["number"] }, { name: "angle", type: ["number"] }, FOR_CONSTRUCTION] },
  mirrorX: { params: [] },
  mirrorY: { params: [] },
  offset2D: { params: [{ name: "d", type: ["number"] }, { name: "kind", type: [{ oneOf: ["arc", "intersection", "tangent"] }], default: "arc" }, FOR_CONSTRUCTION] },
  consolidateWires: { params: [] },
  toPending: { params: [] },
  placeSketch: { params: [], rest: { name: "sketches", type: ["sketch"] } },
  sketch: { params: [] },
  extrude: { params: [UNTIL, COMBINE, CLEAN, { name: "both", type: ["boolean"], default: false }, TAPER] },
  twistExtrude: { params: [{ name: "distance", type: ["number"] }, { name: "angleDegrees", type: ["number"] }, COMBINE, CLEAN] },
  loft: { params: [{ name: "ruled", type: ["boolean"], default: false }, COMBINE, CLEAN] },
  sweep: {
    params: [
      { name: "path", type: ["workplane", "shape"] },
      { name: "multisection", type: ["boolean"], default: false },
      { name: "sweepAlongWires", type: ["boolean"], default: null },
      { name: "makeSolid", type: ["boolean"], default: true },
      { name: "isFrenet", type: ["boolean"], default: false },
      COMBINE,
      CLEAN,
      { name: "transition", type: [{ oneOf: ["right", "round", "transformed"] }], default: "right" },
      { name: "normal", type: ["vector"], default: null },
      { name: "auxSpine", type: ["workplane"], default: null },
    ],
  },
  interpPlate: {
    params: [
      { name: "surf_edges", type: ["vectors", "shapes", "workplane"], tsType: "readonly VectorLike[] | readonly Shape[] | Workplane" },
      { name: "surf_pts", type: ["vectors"], default: [] },
      { name: "thickness", type: ["number"], default: 0 },
      { name: "combine", type: ["combine"], default: false },
      CLEAN,
      { name: "degree", type: ["int"], default: 3 },
      { name: "nbPtsOnCur", type: ["int"], default: 15 },
      { name: "nbIter", type: ["int"], default: 2 },
      { name: "anisotropy", type: ["boolean"], default: false },
      { name: "tol2d", type: ["number"], default: 1e-5 },
      { name: "tol3d", type: ["number"], default: 1e-4 },
      { name: "tolAng", type: ["number"], default: 0.01 },
      { name: "tolCurv", type: ["number"], default: 0.1 },
      { name: "maxDeg", type: ["int"], default: 8 },
      { name: "maxSegments", type: ["int"], default: 9 },
    ],
  },
  text: {
    params: [
      { name: "txt", type: ["string"] },
      { name: "fontsize", type: ["number"] },
      { name: "distance", type: ["number"] },
      { name: "cut", type: ["boolean"], default: true },
      { name: "combine", type: ["combine"], default: false },
      CLEAN,
      { name: "font", type: ["string"], default: "Arial" },
      { name: "fontPath", type: ["string"], default: null },
      { name: "kind", type: [{ oneOf: ["regular", "bold", "italic"] }], default: "regular" },
      { name: "halign", type: [{ oneOf: ["center", "left", "right"] }], default: "center" },
      { name: "valign", type: [{ oneOf: ["center", "top", "bottom"] }], default: "center" },
    ],
  },
  revolve: {
    params: [
      { name: "angleDegrees", type: ["number"], default: 360 },
      { name: "axisStart", type: ["vector"], default: null },
      { name: "axisEnd", type: ["vector"], default: null },
      COMBINE,
      CLEAN,
    ],
  },
  cutBlind: { params: [UNTIL, CLEAN, { name: "both", type: ["boolean"], default: false }, TAPER] },
  cutThruAll: { params: [CLEAN, { name: "taper", type: ["number"], default: 0 }] },
  hole: { params: [{ name: "diameter", type: ["number"] }, DEPTH, CLEAN] },
  cboreHole: {
    params: [{ name: "diameter", type: ["number"] }, { name: "cboreDiameter", type: ["number"] }, { name: "cboreDepth", type: ["number"] }, DEPTH, CLEAN],
  },
  cskHole: {
    params: [{ name: "diameter", type: ["number"] }, { name: "cskDiameter", type: ["number"] }, { name: "cskAngle", type: ["number"], default: 82 }, DEPTH, CLEAN],
  },
  union: { params: [{ name: "toUnion", type: [...BOOLEAN_TOOL], default: null }, CLEAN, GLUE, TOL] },
  cut: { params: [{ name: "toCut", type: [...BOOLEAN_TOOL] }, CLEAN, TOL] },
  intersect: { params: [{ name: "toIntersect", type: [...BOOLEAN_TOOL] }, CLEAN, TOL] },
  combine: { params: [CLEAN, GLUE, TOL] },
  clean: { params: [] },
  split: {
    params: [
      { name: "keepTop", type: ["boolean"], default: false },
      { name: "keepBottom", type: ["boolean"], default: false },
    ],
    overloads: [[{ name: "splitter", type: ["workplane", "shape"] }]],
  },
  section: { params: [{ name: "height", type: ["number"], default: 0 }] },
  cutEach: {
    params: [
      { name: "fcn", type: ["function"], tsType: "(location: Location) => StackItem" },
      { name: "useLocalCoords", type: ["boolean"], default: false, unsupported: "the function gets locations in world coordinates" },
      CLEAN,
    ],
  },
  translate: { params: [{ name: "vec", type: ["vector"] }] },
  rotate: { params: [{ name: "axisStartPoint", type: ["vector"] }, { name: "axisEndPoint", type: ["vector"] }, { name: "angleDegrees", type: ["number"] }] },
  rotateAboutCenter: { params: [{ name: "axisEndPoint", type: ["vector"] }, { name: "angleDegrees", type: ["number"] }] },
  mirror: {
    params: [
      { name: "mirrorPlane", type: ["string", "vector", "shape", "workplane"], default: "XY", tsType: '"XY" | "YX" | "XZ" | "ZX" | "YZ" | "ZY" | VectorLike | Shape | Workplane' },
      { name: "basePointVector", type: ["vector"], default: null },
      { name: "union", type: ["boolean"], default: false },
    ],
  },
  fillet: { params: [{ name: "radius", type: ["number"] }] },
  chamfer: { params: [{ name: "length", type: ["number"] }, { name: "length2", type: ["number"], default: null }] },
  shell: { params: [{ name: "thickness", type: ["number"] }, { name: "kind", type: [{ oneOf: ["arc", "intersection"] }], default: "arc" }] },
};
