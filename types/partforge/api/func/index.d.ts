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
export declare const func: Readonly<{
    edgeOn: typeof edgeOn;
    wireOn: typeof wireOn;
    wire: typeof wire;
    face: typeof face;
    shell: typeof shell;
    solid: typeof solid;
    compound: typeof compound;
    vertex: typeof vertex;
    segment: typeof segment;
    polyline: typeof polyline;
    polygon: typeof polygon;
    rect: typeof rect;
    spline: typeof spline;
    circle: typeof circle;
    ellipse: typeof ellipse;
    plane: typeof plane;
    box: typeof box;
    cylinder: typeof cylinder;
    sphere: typeof sphere;
    torus: typeof torus;
    cone: typeof cone;
    text: typeof text;
    fuse: typeof fuse;
    cut: typeof cut;
    intersect: typeof intersect;
    imprint: typeof imprint;
    split: typeof split;
    fill: typeof fill;
    clean: typeof clean;
    cap: typeof cap;
    fillet: typeof fillet;
    chamfer: typeof chamfer;
    extrude: typeof extrude;
    revolve: typeof revolve;
    offset: typeof offset;
    sweep: typeof sweep;
    loft: typeof loft;
    check: typeof check;
    closest: typeof closest;
    setThreads: typeof setThreads;
    project: typeof project;
    faceOn: typeof faceOn;
    isSubshape: typeof isSubshape;
    prism: typeof prism;
}>;
export type Func = typeof func;
