/**
 * CadQuery 2.5's shape classes (cadquery/occ_impl/shapes.py at v2.5.2): `Shape`, the `Mixin1D`
 * methods of edges and wires, the `Mixin3D` methods of solids and compounds, and `Vertex`, `Edge`,
 * `Wire`, `Face`, `Shell`, `Solid`, `Compound` with their class methods. Parameters in Python's
 * order, with their defaults and types; `@multimethod` forms as overloads. Data only; see `types.ts`.
 */
import type { ParamSpec, SignatureTable } from "./types.ts";

const ORIGIN = [0, 0, 0];
const Z = [0, 0, 1];
const required = (name: string, ...type: ParamSpec["type"]): ParamSpec => ({ name, type });
const number = (name: string): ParamSpec => ({ name, type: ["number"] });
const point = (name: string): ParamSpec => ({ name, type: ["vector"] });
const pointAt = (name: string, at: number[]): ParamSpec => ({ name, type: ["vector"], default: at });
const SELECTOR: readonly ParamSpec[] = [{ name: "selector", type: ["selector"], default: null }];
const TOL: ParamSpec = { name: "tol", type: ["number"], default: null, keywordOnly: true, unsupported: "booleans run without a fuzzy tolerance" };
const GLUE: ParamSpec = { name: "glue", type: ["boolean"], default: false, keywordOnly: true, unsupported: "booleans always run the general fuse" };
const MODE: ParamSpec = { name: "mode", type: [{ oneOf: ["length", "parameter"] }], default: "length" };
const FILE_NAME: ParamSpec = { name: "fileName", type: ["string"] };
const TOLERANCE: ParamSpec = { name: "tolerance", type: ["number"], default: null };
const LOCATIONS = "readonly (Location | VectorLike)[]";
const SWEEP_OPTIONS: readonly ParamSpec[] = [
  { name: "makeSolid", type: ["boolean"], default: true },
  { name: "isFrenet", type: ["boolean"], default: false },
  { name: "mode", type: ["vector", "wire", "edge"], default: null, tsType: "VectorLike | Wire | Edge" },
];
const TRANSITION: ParamSpec = { name: "transitionMode", type: [{ oneOf: ["transformed", "round", "right"] }], default: "transformed" };
/** CadQuery's `Shapes` literal. */
const SHAPES_KIND: ParamSpec = { name: "kind", type: [{ oneOf: ["Vertex", "Edge", "Wire", "Face", "Shell", "Solid", "CompSolid", "Compound"] }] };
const WIRES = (name: string): ParamSpec => ({ name, type: ["wires"] });

/** The table with `names` marked as class methods (called on the class). */
function withClassMethods(table: SignatureTable, names: readonly string[]): SignatureTable {
  return Object.fromEntries(Object.entries(table).map(([name, signature]) => [name, names.includes(name) ? { ...signature, classmethod: true as const } : signature]));
}
const MAKERS = (table: SignatureTable, extra: readonly string[] = []) => withClassMethods(table, [...Object.keys(table).filter((n) => n.startsWith("make")), ...extra]);

/** Methods every shape has (CadQuery's `Shape`). */
export const SHAPE_SIGNATURES: SignatureTable = MAKERS({
  ShapeType: { params: [] },
  geomTypeName: { params: [] },
  center: { params: [] },
  normal: { params: [] },
  direction: { params: [] },
  length: { params: [] },
  area: { params: [] },
  boundingBox: { params: [] },
  Center: { params: [] },
  CenterOfBoundBox: { params: [TOLERANCE] },
  Volume: { params: [] },
  Area: { params: [] },
  BoundingBox: { params: [TOLERANCE] },
  isValid: { params: [] },
  isNull: { params: [] },
  isSame: { params: [required("other", "shape")] },
  isEqual: { params: [required("other", "shape")] },
  Closed: { params: [] },
  clean: { params: [] },
  fix: { params: [] },
  copy: { params: [{ name: "mesh", type: ["boolean"], default: false }] },
  Vertices: { params: [] },
  Edges: { params: [] },
  Wires: { params: [] },
  Faces: { params: [] },
  Shells: { params: [] },
  Solids: { params: [] },
  Compounds: { params: [] },
  vertices: { params: SELECTOR },
  edges: { params: SELECTOR },
  wires: { params: SELECTOR },
  faces: { params: SELECTOR },
  shells: { params: SELECTOR },
  solids: { params: SELECTOR },
  rotate: { params: [point("startVector"), point("endVector"), number("angleDegrees")] },
  translate: { params: [point("vector")] },
  scale: { params: [number("factor")] },
  mirror: {
    params: [
      { name: "mirrorPlane", type: [{ oneOf: ["XY", "YX", "XZ", "ZX", "YZ", "ZY"] }, "vector"], default: "XY" },
      pointAt("basePointVector", ORIGIN),
    ],
  },
  transformShape: { params: [required("tMatrix", "matrix")] },
  transformGeometry: { params: [required("tMatrix", "matrix")] },
  location: { params: [] },
  locate: { params: [required("loc", "location")] },
  located: { params: [required("loc", "location")] },
  move: {
    // CadQuery 2.6+'s in-place `move`: a Location or translation, x…rz (degrees), or a shape's first `toLocs()`.
    params: [{ name: "loc", type: ["location", "vector"], tsType: "Location | VectorLike" }],
    overloads: [
      ["x", "y", "z", "rx", "ry", "rz"].map((name) => ({ name, type: ["number"], default: 0 })),
      [required("s", "shape")],
    ],
  },
  moved: {
    // CadQuery 2.6+'s `moved(loc1, loc2, *locs)` first: only the first call form may take `*args`.
    params: [
      { name: "loc1", type: ["location", "vector"], tsType: "Location | VectorLike" },
      { name: "loc2", type: ["location", "vector"], tsType: "Location | VectorLike" },
    ],
    rest: { name: "locs", type: ["location", "vector"], tsType: "Location | VectorLike" },
    overloads: [
      [{ name: "loc", type: ["location", "vector"], tsType: "Location | VectorLike" }],
      [{ name: "locs", type: ["locations"], tsType: LOCATIONS }],
      ["x", "y", "z", "rx", "ry", "rz"].map((name) => ({ name, type: ["number"], default: 0 })),
      [required("s", "shape")],
    ],
  },
  vertex: { params: SELECTOR },
  edge: { params: SELECTOR },
  wire: { params: SELECTOR },
  face: { params: SELECTOR },
  // No single `shell(selector)`: Solid's and Compound's `shell` hollows (Mixin3D), as in CadQuery.
  solid: { params: SELECTOR },
  toLocs: { params: [] },
  remove: { params: [], rest: { name: "subshape", type: ["shape"] } },
  replace: { params: [required("old", "shape")], rest: { name: "new", type: ["shape"] } },
  fuse: { params: [GLUE, TOL], rest: { name: "toFuse", type: ["shape"] } },
  cut: { params: [TOL], rest: { name: "toCut", type: ["shape"] } },
  intersect: { params: [TOL], rest: { name: "toIntersect", type: ["shape"] } },
  split: { params: [], rest: { name: "splitters", type: ["shape"] } },
  distance: { params: [required("other", "shape")] },
  ancestors: { params: [required("shape", "shape"), SHAPES_KIND] },
  siblings: { params: [required("shape", "shape"), SHAPES_KIND, { name: "level", type: ["int"], default: 1 }] },
  distances: { params: [], rest: { name: "others", type: ["shape"] } },
  exportStl: {
    params: [
      FILE_NAME,
      { name: "tolerance", type: ["number"], default: 1e-3 },
      { name: "angularTolerance", type: ["number"], default: 0.1 },
      { name: "ascii", type: ["boolean"], default: false },
      { name: "relative", type: ["boolean"], default: true },
      { name: "parallel", type: ["boolean"], default: true },
    ],
  },
  exportStep: { params: [FILE_NAME] },
  exportBrep: { params: [required("f", "string")] },
  exportBin: { params: [required("f", "string")] },
  export: {
    params: [
      required("fname", "string"),
      { name: "tolerance", type: ["number"], default: 0.1 },
      { name: "angularTolerance", type: ["number"], default: 0.1 },
      { name: "opt", type: ["mapping"], default: null },
    ],
  },
  importBrep: { params: [required("f", "string")] },
  importBin: { params: [required("f", "string")] },
  cast: { params: [required("obj", "shape")] },
  computeMass: { params: [required("obj", "shape")] },
  centerOfMass: { params: [required("obj", "shape")] },
  CombinedCenter: { params: [required("objects", "shapes")] },
  CombinedCenterOfBoundBox: { params: [required("objects", "shapes")] },
}, ["importBrep", "importBin", "cast", "computeMass", "centerOfMass", "CombinedCenter", "CombinedCenterOfBoundBox"]);

/** CadQuery's `Mixin1D`: the methods of edges and wires. */
export const MIXIN1D_SIGNATURES: SignatureTable = {
  startPoint: { params: [] },
  endPoint: { params: [] },
  paramAt: { params: [number("d")] },
  tangentAt: { params: [{ name: "locationParam", type: ["number"], default: 0.5 }, MODE] },
  Length: { params: [] },
  radius: { params: [] },
  IsClosed: { params: [] },
  positionAt: { params: [number("d"), MODE] },
  positions: { params: [required("ds", "numbers"), MODE] },
  locationAt: {
    params: [
      number("d"),
      MODE,
      { name: "frame", type: [{ oneOf: ["frenet", "corrected"] }], default: "frenet", unsupported: "the location's x axis is fixed from the tangent alone" },
      { name: "planar", type: ["boolean"], default: false, unsupported: "the location's x axis is fixed from the tangent alone" },
    ],
  },
  locations: {
    params: [
      required("ds", "numbers"),
      MODE,
      { name: "frame", type: [{ oneOf: ["frenet", "corrected"] }], default: "frenet", unsupported: "the location's x axis is fixed from the tangent alone" },
      { name: "planar", type: ["boolean"], default: false, unsupported: "the location's x axis is fixed from the tangent alone" },
    ],
  },
};

/** CadQuery's `Mixin3D`: the methods of solids and compounds. */
export const MIXIN3D_SIGNATURES: SignatureTable = {
  fillet: { params: [number("radius"), required("edgeList", "edges")] },
  chamfer: { params: [number("length"), { name: "length2", type: ["number"], none: true }, required("edgeList", "edges")] },
  shell: {
    params: [
      { name: "faceList", type: ["faces"], none: true },
      number("thickness"),
      { name: "tolerance", type: ["number"], default: 0.0001 },
      { name: "kind", type: [{ oneOf: ["arc", "intersection"] }], default: "arc" },
    ],
  },
  isInside: { params: [point("point"), { name: "tolerance", type: ["number"], default: 1e-6 }] },
};

export const VERTEX_SIGNATURES: SignatureTable = MAKERS({
  toTuple: { params: [] },
  makeVertex: { params: [number("x"), number("y"), number("z")] },
});

export const EDGE_SIGNATURES: SignatureTable = MAKERS({
  close: { params: [] },
  arcCenter: { params: [] },
  trim: { params: [number("u0"), number("u1")] },
  makeCircle: {
    params: [
      number("radius"),
      pointAt("pnt", ORIGIN),
      pointAt("dir", Z),
      { name: "angle1", type: ["number"], default: 360.0 },
      { name: "angle2", type: ["number"], default: 360 },
      { name: "orientation", type: ["boolean"], default: true },
    ],
  },
  makeEllipse: {
    params: [
      number("x_radius"),
      number("y_radius"),
      pointAt("pnt", ORIGIN),
      pointAt("dir", Z),
      pointAt("xdir", [1, 0, 0]),
      { name: "angle1", type: ["number"], default: 360.0 },
      { name: "angle2", type: ["number"], default: 360.0 },
      { name: "sense", type: [{ oneOf: [-1, 1] }], default: 1 },
    ],
  },
  makeSpline: {
    params: [
      required("listOfVector", "vectors"),
      { name: "tangents", type: ["vectors"], default: null },
      { name: "periodic", type: ["boolean"], default: false },
      { name: "parameters", type: ["numbers"], default: null },
      { name: "scale", type: ["boolean"], default: true },
      { name: "tol", type: ["number"], default: 1e-6 },
    ],
  },
  makeSplineApprox: {
    params: [
      required("listOfVector", "vectors"),
      { name: "tol", type: ["number"], default: 1e-3 },
      { name: "smoothing", type: ["numbers3"], default: null, tsType: "readonly [number, number, number]" },
      { name: "minDeg", type: ["int"], default: 1 },
      { name: "maxDeg", type: ["int"], default: 6 },
    ],
  },
  makeThreePointArc: { params: [point("v1"), point("v2"), point("v3")] },
  makeTangentArc: { params: [point("v1"), point("v2"), point("v3")] },
  makeLine: { params: [point("v1"), point("v2")] },
  makeBezier: { params: [required("points", "vectors")] },
});

export const WIRE_SIGNATURES: SignatureTable = MAKERS({
  close: { params: [] },
  combine: { params: [required("listOfWires", "curves"), { name: "tol", type: ["number"], default: 1e-9 }] },
  assembleEdges: { params: [required("listOfEdges", "curves")] },
  makeCircle: { params: [number("radius"), point("center"), point("normal")] },
  makeEllipse: {
    params: [
      number("x_radius"),
      number("y_radius"),
      point("center"),
      point("normal"),
      point("xDir"),
      { name: "angle1", type: ["number"], default: 360.0 },
      { name: "angle2", type: ["number"], default: 360.0 },
      { name: "rotation_angle", type: ["number"], default: 0.0 },
      { name: "closed", type: ["boolean"], default: true },
    ],
  },
  makePolygon: {
    params: [
      required("listOfVertices", "vectors"),
      { name: "forConstruction", type: ["boolean"], default: false },
      { name: "close", type: ["boolean"], default: false },
    ],
  },
  makeHelix: {
    params: [
      number("pitch"),
      number("height"),
      number("radius"),
      pointAt("center", ORIGIN),
      pointAt("dir", Z),
      { name: "angle", type: ["number"], default: 360.0 },
      { name: "lefthand", type: ["boolean"], default: false },
    ],
  },
  stitch: { params: [required("other", "wire")] },
  offset2D: { params: [number("d"), { name: "kind", type: [{ oneOf: ["arc", "intersection", "tangent"] }], default: "arc" }] },
  fillet2D: { params: [number("radius"), required("vertices", "shapes")] },
  chamfer2D: { params: [number("d"), required("vertices", "shapes")] },
}, ["combine", "assembleEdges"]);

export const FACE_SIGNATURES: SignatureTable = MAKERS({
  normalAt: { params: [{ name: "locationVector", type: ["vector"], default: null }], overloads: [[number("u"), number("v")]] },
  outerWire: { params: [] },
  innerWires: { params: [] },
  addHole: { params: [], rest: { name: "inner", type: ["wire", "edge"] } },
  thicken: { params: [number("thickness")] },
  fillet2D: { params: [number("radius"), required("vertices", "shapes")] },
  chamfer2D: { params: [number("d"), required("vertices", "shapes")] },
  makeNSidedSurface: {
    params: [
      required("edges", "curves"),
      { name: "constraints", type: ["list"], tsType: "readonly (Edge | Wire | VectorLike)[]" },
      { name: "continuity", type: [{ oneOf: ["C0"] }], default: "C0", unsupported: "boundary edges are always joined with C0 continuity" },
      { name: "degree", type: ["int"], default: 3 },
      { name: "nbPtsOnCur", type: ["int"], default: 15 },
      { name: "nbIter", type: ["int"], default: 2 },
      { name: "anisotropy", type: ["boolean"], default: false },
      { name: "tol2d", type: ["number"], default: 1e-5 },
      { name: "tol3d", type: ["number"], default: 1e-4 },
      { name: "tolAng", type: ["number"], default: 1e-2 },
      { name: "tolCurv", type: ["number"], default: 1e-1 },
      { name: "maxDeg", type: ["int"], default: 8 },
      { name: "maxSegments", type: ["int"], default: 9 },
    ],
  },
  makePlane: {
    params: [
      { name: "length", type: ["number"], default: null },
      { name: "width", type: ["number"], default: null },
      pointAt("basePnt", ORIGIN),
      pointAt("dir", Z),
    ],
  },
  makeRuledSurface: { params: [required("edgeOrWire1", "edge", "wire"), required("edgeOrWire2", "edge", "wire")] },
  makeFromWires: { params: [required("outerWire", "wire"), { name: "innerWires", type: ["wires"], default: [] }] },
});

export const SHELL_SIGNATURES: SignatureTable = MAKERS({
  // CadQuery types listOfFaces as Iterable[Face] but sews whatever it is given; scripts pass the
  // Shells Face.makeRuledSurface returns for two wires (the CadQuery mailing list's thread).
  makeShell: { params: [required("listOfFaces", "sheets")] },
});

export const SOLID_SIGNATURES: SignatureTable = MAKERS({
  isSolid: { params: [required("obj", "shape")] },
  makeSolid: { params: [required("shell", "shell")] },
  makeBox: { params: [number("length"), number("width"), number("height"), pointAt("pnt", ORIGIN), pointAt("dir", Z)] },
  makeCone: {
    params: [number("radius1"), number("radius2"), number("height"), pointAt("pnt", ORIGIN), pointAt("dir", Z), { name: "angleDegrees", type: ["number"], default: 360 }],
  },
  makeCylinder: { params: [number("radius"), number("height"), pointAt("pnt", ORIGIN), pointAt("dir", Z), { name: "angleDegrees", type: ["number"], default: 360 }] },
  makeTorus: {
    params: [
      number("radius1"),
      number("radius2"),
      pointAt("pnt", ORIGIN),
      pointAt("dir", Z),
      { name: "angleDegrees1", type: ["number"], default: 0 },
      { name: "angleDegrees2", type: ["number"], default: 360 },
    ],
  },
  makeLoft: { params: [required("listOfWire", "wires"), { name: "ruled", type: ["boolean"], default: false }] },
  makeWedge: {
    params: [number("dx"), number("dy"), number("dz"), number("xmin"), number("zmin"), number("xmax"), number("zmax"), pointAt("pnt", ORIGIN), pointAt("dir", Z)],
  },
  makeSphere: {
    params: [
      number("radius"),
      pointAt("pnt", ORIGIN),
      pointAt("dir", Z),
      { name: "angleDegrees1", type: ["number"], default: 0 },
      { name: "angleDegrees2", type: ["number"], default: 90 },
      { name: "angleDegrees3", type: ["number"], default: 360 },
    ],
  },
  extrudeLinear: {
    params: [required("outerWire", "wire"), WIRES("innerWires"), point("vecNormal"), { name: "taper", type: ["number"], default: 0 }],
    overloads: [[required("face", "face"), point("vecNormal"), { name: "taper", type: ["number"], default: 0 }]],
  },
  extrudeLinearWithRotation: {
    params: [required("outerWire", "wire"), WIRES("innerWires"), point("vecCenter"), point("vecNormal"), number("angleDegrees")],
    overloads: [[required("face", "face"), point("vecCenter"), point("vecNormal"), number("angleDegrees")]],
  },
  revolve: {
    params: [required("outerWire", "wire"), WIRES("innerWires"), number("angleDegrees"), point("axisStart"), point("axisEnd")],
    overloads: [[required("face", "face"), number("angleDegrees"), point("axisStart"), point("axisEnd")]],
  },
  sweep: {
    params: [required("outerWire", "wire"), WIRES("innerWires"), required("path", "wire", "edge"), ...SWEEP_OPTIONS, TRANSITION],
    overloads: [[required("face", "face"), required("path", "wire", "edge"), ...SWEEP_OPTIONS, TRANSITION]],
  },
  sweep_multi: { params: [{ name: "profiles", type: ["list"], tsType: "readonly (Wire | Face)[]" }, required("path", "wire", "edge"), ...SWEEP_OPTIONS] },
  outerShell: { params: [] },
  innerShells: { params: [] },
}, ["isSolid", "extrudeLinear", "extrudeLinearWithRotation", "revolve", "sweep", "sweep_multi"]);

export const COMPOUND_SIGNATURES: SignatureTable = MAKERS({
  makeCompound: { params: [required("listOfShapes", "shapes")] },
  makeText: {
    params: [
      required("text", "string"),
      number("size"),
      number("height"),
      { name: "font", type: ["string"], default: "Arial" },
      { name: "fontPath", type: ["string"], default: null },
      { name: "kind", type: [{ oneOf: ["regular", "bold", "italic"] }], default: "regular" },
      { name: "halign", type: [{ oneOf: ["center", "left", "right"] }], default: "center" },
      { name: "valign", type: [{ oneOf: ["center", "top", "bottom"] }], default: "center" },
      { name: "position", type: ["plane"], default: null, tsType: "Plane" },
    ],
  },
  // `remove` is Shape's (CadQuery 2.6+: a new shape without the given ones).
  fuse: { params: [GLUE, TOL], rest: { name: "toFuse", type: ["shape"] } },
});
