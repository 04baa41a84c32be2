/**
 * CadQuery's free-function API (`cadquery.func`, CadQuery 2.4+) as the `func` namespace of
 * `"partforge"`: `const { box, cylinder, fuse } = func` is Python's `from cadquery.func import *`.
 * Every function binds its arguments through the `func` signature table and returns shape
 * facades. Python's operators on shapes are `fuse` (+), `cut` (-), `intersect` (*) and `split` (/).
 */
import { cut, clean, fuse, imprint, intersect, split } from "./booleans.ts";
import { compound, face, shell, solid, wire } from "./construction.ts";
import { check, closest, isSubshape, setThreads } from "./diagnostics.ts";
import { cap, chamfer, extrude, fill, fillet, loft, offset, prism, revolve, sweep } from "./features.ts";
import { box, circle, cone, cylinder, ellipse, plane, polygon, polyline, rect, segment, sphere, spline, torus, vertex } from "./primitives.ts";
import { text } from "./text.ts";
import { edgeOn, faceOn, project, wireOn } from "./unsupported.ts";

/** The free functions, in the order of cadquery/func.py. */
export const func = Object.freeze({
  edgeOn,
  wireOn,
  wire,
  face,
  shell,
  solid,
  compound,
  vertex,
  segment,
  polyline,
  polygon,
  rect,
  spline,
  circle,
  ellipse,
  plane,
  box,
  cylinder,
  sphere,
  torus,
  cone,
  text,
  fuse,
  cut,
  intersect,
  imprint,
  split,
  fill,
  clean,
  cap,
  fillet,
  chamfer,
  extrude,
  revolve,
  offset,
  sweep,
  loft,
  check,
  closest,
  setThreads,
  project,
  faceOn,
  isSubshape,
  prism,
});

export type Func = typeof func;
