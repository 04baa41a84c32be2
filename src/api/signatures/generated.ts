/**
 * Generated from the signature tables (src/api/signatures/*.ts) by `npm run types`; do not edit.
 * The argument types of every call form of the modelling API's methods.
 */
import type { AssemblyImpl as Assembly } from "../assembly.ts";
import type { Color } from "../color.ts";
import type { Location } from "../location.ts";
import type { Plane } from "../plane.ts";
import type { Selector } from "../selectors/index.ts";
import type { Compound, Edge, Face, Shape, Shell, Solid, Vertex, Wire } from "../shape.ts";
import type { SketchImpl as Sketch } from "../sketch.ts";
import type { Vector, VectorLike } from "../vector.ts";
import type { PlaneLike, StackItem, WorkplaneImpl as Workplane } from "../workplane.ts";

/** What a script may pass to each Workplane method: positionally, by name in a trailing options object, or both. */
export interface WorkplaneArgs {
  __init__:
    | [options?: { inPlane?: PlaneLike | undefined; origin?: VectorLike | undefined; obj?: StackItem | null | undefined }]
    | [inPlane: PlaneLike | undefined, options?: { origin?: VectorLike | undefined; obj?: StackItem | null | undefined }]
    | [inPlane: PlaneLike | undefined, origin: VectorLike | undefined, options?: { obj?: StackItem | null | undefined }]
    | [inPlane?: PlaneLike | undefined, origin?: VectorLike | undefined, obj?: StackItem | null | undefined];
  newObject:
    | [options: { objlist: readonly StackItem[] }]
    | [objlist: readonly StackItem[]];
  val:
    | [];
  vals:
    | [];
  size:
    | [];
  end:
    | [options?: { n?: number | undefined }]
    | [n?: number | undefined];
  first:
    | [];
  last:
    | [];
  item:
    | [options: { i: number }]
    | [i: number];
  slice:
    | [options?: { start?: number | null | undefined; end?: number | null | undefined }]
    | [start: number | null | undefined, options?: { end?: number | null | undefined }]
    | [start?: number | null | undefined, end?: number | null | undefined];
  add:
    | [options: { obj: Workplane | StackItem | readonly StackItem[] }]
    | [obj: Workplane | StackItem | readonly StackItem[]];
  tag:
    | [options: { name: string }]
    | [name: string];
  workplaneFromTagged:
    | [options: { name: string }]
    | [name: string];
  findSolid:
    | [options?: { searchStack?: boolean | undefined; searchParents?: boolean | undefined }]
    | [searchStack: boolean | undefined, options?: { searchParents?: boolean | undefined }]
    | [searchStack?: boolean | undefined, searchParents?: boolean | undefined];
  largestDimension:
    | [];
  all:
    | [];
  copyWorkplane:
    | [options: { obj: Workplane }]
    | [obj: Workplane];
  filter:
    | [options: { f: (item: StackItem) => boolean }]
    | [f: (item: StackItem) => boolean];
  map:
    | [options: { f: (item: StackItem) => StackItem }]
    | [f: (item: StackItem) => StackItem];
  apply:
    | [options: { f: (items: StackItem[]) => Iterable<StackItem> }]
    | [f: (items: StackItem[]) => Iterable<StackItem>];
  sort:
    | [options: { key: (item: StackItem) => number | string | readonly (number | string)[] }]
    | [key: (item: StackItem) => number | string | readonly (number | string)[]];
  invoke:
    | [options: { f: ((workplane: Workplane) => Workplane | null | undefined | void) | (() => unknown) }]
    | [f: ((workplane: Workplane) => Workplane | null | undefined | void) | (() => unknown)];
  each:
    | [options: { callback: (item: StackItem) => StackItem | readonly StackItem[]; useLocalCoordinates?: boolean | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [callback: (item: StackItem) => StackItem | readonly StackItem[], options?: { useLocalCoordinates?: boolean | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [callback: (item: StackItem) => StackItem | readonly StackItem[], useLocalCoordinates: boolean | undefined, options?: { combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [callback: (item: StackItem) => StackItem | readonly StackItem[], useLocalCoordinates: boolean | undefined, combine: boolean | "a" | "s" | "cut" | undefined, options?: { clean?: boolean | undefined }]
    | [callback: (item: StackItem) => StackItem | readonly StackItem[], useLocalCoordinates?: boolean | undefined, combine?: boolean | "a" | "s" | "cut" | undefined, clean?: boolean | undefined];
  eachpoint:
    | [options: { arg: ((location: Location) => StackItem | readonly StackItem[]) | Shape | Workplane; useLocalCoordinates?: boolean | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [arg: ((location: Location) => StackItem | readonly StackItem[]) | Shape | Workplane, options?: { useLocalCoordinates?: boolean | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [arg: ((location: Location) => StackItem | readonly StackItem[]) | Shape | Workplane, useLocalCoordinates: boolean | undefined, options?: { combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [arg: ((location: Location) => StackItem | readonly StackItem[]) | Shape | Workplane, useLocalCoordinates: boolean | undefined, combine: boolean | "a" | "s" | "cut" | undefined, options?: { clean?: boolean | undefined }]
    | [arg: ((location: Location) => StackItem | readonly StackItem[]) | Shape | Workplane, useLocalCoordinates?: boolean | undefined, combine?: boolean | "a" | "s" | "cut" | undefined, clean?: boolean | undefined];
  workplane:
    | [options?: { offset?: number | undefined; invert?: boolean | undefined; centerOption?: "ProjectedOrigin" | "CenterOfMass" | "CenterOfBoundBox" | undefined; origin?: VectorLike | null | undefined }]
    | [offset: number | undefined, options?: { invert?: boolean | undefined; centerOption?: "ProjectedOrigin" | "CenterOfMass" | "CenterOfBoundBox" | undefined; origin?: VectorLike | null | undefined }]
    | [offset: number | undefined, invert: boolean | undefined, options?: { centerOption?: "ProjectedOrigin" | "CenterOfMass" | "CenterOfBoundBox" | undefined; origin?: VectorLike | null | undefined }]
    | [offset: number | undefined, invert: boolean | undefined, centerOption: "ProjectedOrigin" | "CenterOfMass" | "CenterOfBoundBox" | undefined, options?: { origin?: VectorLike | null | undefined }]
    | [offset?: number | undefined, invert?: boolean | undefined, centerOption?: "ProjectedOrigin" | "CenterOfMass" | "CenterOfBoundBox" | undefined, origin?: VectorLike | null | undefined];
  transformed:
    | [options?: { rotate?: VectorLike | undefined; offset?: VectorLike | undefined }]
    | [rotate: VectorLike | undefined, options?: { offset?: VectorLike | undefined }]
    | [rotate?: VectorLike | undefined, offset?: VectorLike | undefined];
  center:
    | [options: { x: number; y: number }]
    | [x: number, options: { y: number }]
    | [x: number, y: number];
  pushPoints:
    | [options: { pntList: readonly (VectorLike | Location)[] }]
    | [pntList: readonly (VectorLike | Location)[]];
  rarray:
    | [options: { xSpacing: number; ySpacing: number; xCount: number; yCount: number; center?: boolean | readonly [boolean, boolean] | undefined }]
    | [xSpacing: number, options: { ySpacing: number; xCount: number; yCount: number; center?: boolean | readonly [boolean, boolean] | undefined }]
    | [xSpacing: number, ySpacing: number, options: { xCount: number; yCount: number; center?: boolean | readonly [boolean, boolean] | undefined }]
    | [xSpacing: number, ySpacing: number, xCount: number, options: { yCount: number; center?: boolean | readonly [boolean, boolean] | undefined }]
    | [xSpacing: number, ySpacing: number, xCount: number, yCount: number, options?: { center?: boolean | readonly [boolean, boolean] | undefined }]
    | [xSpacing: number, ySpacing: number, xCount: number, yCount: number, center?: boolean | readonly [boolean, boolean] | undefined];
  polarArray:
    | [options: { radius: number; startAngle: number; angle: number; count: number; fill?: boolean | undefined; rotate?: boolean | undefined }]
    | [radius: number, options: { startAngle: number; angle: number; count: number; fill?: boolean | undefined; rotate?: boolean | undefined }]
    | [radius: number, startAngle: number, options: { angle: number; count: number; fill?: boolean | undefined; rotate?: boolean | undefined }]
    | [radius: number, startAngle: number, angle: number, options: { count: number; fill?: boolean | undefined; rotate?: boolean | undefined }]
    | [radius: number, startAngle: number, angle: number, count: number, options?: { fill?: boolean | undefined; rotate?: boolean | undefined }]
    | [radius: number, startAngle: number, angle: number, count: number, fill: boolean | undefined, options?: { rotate?: boolean | undefined }]
    | [radius: number, startAngle: number, angle: number, count: number, fill?: boolean | undefined, rotate?: boolean | undefined];
  faces:
    | [options?: { selector?: string | Selector | null | undefined; tag?: string | null | undefined }]
    | [selector: string | Selector | null | undefined, options?: { tag?: string | null | undefined }]
    | [selector?: string | Selector | null | undefined, tag?: string | null | undefined];
  edges:
    | [options?: { selector?: string | Selector | null | undefined; tag?: string | null | undefined }]
    | [selector: string | Selector | null | undefined, options?: { tag?: string | null | undefined }]
    | [selector?: string | Selector | null | undefined, tag?: string | null | undefined];
  vertices:
    | [options?: { selector?: string | Selector | null | undefined; tag?: string | null | undefined }]
    | [selector: string | Selector | null | undefined, options?: { tag?: string | null | undefined }]
    | [selector?: string | Selector | null | undefined, tag?: string | null | undefined];
  wires:
    | [options?: { selector?: string | Selector | null | undefined; tag?: string | null | undefined }]
    | [selector: string | Selector | null | undefined, options?: { tag?: string | null | undefined }]
    | [selector?: string | Selector | null | undefined, tag?: string | null | undefined];
  shells:
    | [options?: { selector?: string | Selector | null | undefined; tag?: string | null | undefined }]
    | [selector: string | Selector | null | undefined, options?: { tag?: string | null | undefined }]
    | [selector?: string | Selector | null | undefined, tag?: string | null | undefined];
  solids:
    | [options?: { selector?: string | Selector | null | undefined; tag?: string | null | undefined }]
    | [selector: string | Selector | null | undefined, options?: { tag?: string | null | undefined }]
    | [selector?: string | Selector | null | undefined, tag?: string | null | undefined];
  compounds:
    | [options?: { selector?: string | Selector | null | undefined; tag?: string | null | undefined }]
    | [selector: string | Selector | null | undefined, options?: { tag?: string | null | undefined }]
    | [selector?: string | Selector | null | undefined, tag?: string | null | undefined];
  ancestors:
    | [options: { kind: "Vertex" | "Edge" | "Wire" | "Face" | "Shell" | "Solid" | "CompSolid" | "Compound"; tag?: string | null | undefined }]
    | [kind: "Vertex" | "Edge" | "Wire" | "Face" | "Shell" | "Solid" | "CompSolid" | "Compound", options?: { tag?: string | null | undefined }]
    | [kind: "Vertex" | "Edge" | "Wire" | "Face" | "Shell" | "Solid" | "CompSolid" | "Compound", tag?: string | null | undefined];
  siblings:
    | [options: { kind: "Vertex" | "Edge" | "Wire" | "Face" | "Shell" | "Solid" | "CompSolid" | "Compound"; level?: number | undefined; tag?: string | null | undefined }]
    | [kind: "Vertex" | "Edge" | "Wire" | "Face" | "Shell" | "Solid" | "CompSolid" | "Compound", options?: { level?: number | undefined; tag?: string | null | undefined }]
    | [kind: "Vertex" | "Edge" | "Wire" | "Face" | "Shell" | "Solid" | "CompSolid" | "Compound", level: number | undefined, options?: { tag?: string | null | undefined }]
    | [kind: "Vertex" | "Edge" | "Wire" | "Face" | "Shell" | "Solid" | "CompSolid" | "Compound", level?: number | undefined, tag?: string | null | undefined];
  box:
    | [options: { length: number; width: number; height: number; centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [length: number, options: { width: number; height: number; centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [length: number, width: number, options: { height: number; centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [length: number, width: number, height: number, options?: { centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [length: number, width: number, height: number, centered: boolean | readonly [boolean, boolean, boolean] | undefined, options?: { combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [length: number, width: number, height: number, centered: boolean | readonly [boolean, boolean, boolean] | undefined, combine: boolean | "a" | "s" | "cut" | undefined, options?: { clean?: boolean | undefined }]
    | [length: number, width: number, height: number, centered?: boolean | readonly [boolean, boolean, boolean] | undefined, combine?: boolean | "a" | "s" | "cut" | undefined, clean?: boolean | undefined];
  sphere:
    | [options: { radius: number; direct?: VectorLike | undefined; angle1?: number | undefined; angle2?: number | undefined; angle3?: number | undefined; centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [radius: number, options?: { direct?: VectorLike | undefined; angle1?: number | undefined; angle2?: number | undefined; angle3?: number | undefined; centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [radius: number, direct: VectorLike | undefined, options?: { angle1?: number | undefined; angle2?: number | undefined; angle3?: number | undefined; centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [radius: number, direct: VectorLike | undefined, angle1: number | undefined, options?: { angle2?: number | undefined; angle3?: number | undefined; centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [radius: number, direct: VectorLike | undefined, angle1: number | undefined, angle2: number | undefined, options?: { angle3?: number | undefined; centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [radius: number, direct: VectorLike | undefined, angle1: number | undefined, angle2: number | undefined, angle3: number | undefined, options?: { centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [radius: number, direct: VectorLike | undefined, angle1: number | undefined, angle2: number | undefined, angle3: number | undefined, centered: boolean | readonly [boolean, boolean, boolean] | undefined, options?: { combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [radius: number, direct: VectorLike | undefined, angle1: number | undefined, angle2: number | undefined, angle3: number | undefined, centered: boolean | readonly [boolean, boolean, boolean] | undefined, combine: boolean | "a" | "s" | "cut" | undefined, options?: { clean?: boolean | undefined }]
    | [radius: number, direct?: VectorLike | undefined, angle1?: number | undefined, angle2?: number | undefined, angle3?: number | undefined, centered?: boolean | readonly [boolean, boolean, boolean] | undefined, combine?: boolean | "a" | "s" | "cut" | undefined, clean?: boolean | undefined];
  cylinder:
    | [options: { height: number; radius: number; direct?: VectorLike | undefined; angle?: number | undefined; centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [height: number, options: { radius: number; direct?: VectorLike | undefined; angle?: number | undefined; centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [height: number, radius: number, options?: { direct?: VectorLike | undefined; angle?: number | undefined; centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [height: number, radius: number, direct: VectorLike | undefined, options?: { angle?: number | undefined; centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [height: number, radius: number, direct: VectorLike | undefined, angle: number | undefined, options?: { centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [height: number, radius: number, direct: VectorLike | undefined, angle: number | undefined, centered: boolean | readonly [boolean, boolean, boolean] | undefined, options?: { combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [height: number, radius: number, direct: VectorLike | undefined, angle: number | undefined, centered: boolean | readonly [boolean, boolean, boolean] | undefined, combine: boolean | "a" | "s" | "cut" | undefined, options?: { clean?: boolean | undefined }]
    | [height: number, radius: number, direct?: VectorLike | undefined, angle?: number | undefined, centered?: boolean | readonly [boolean, boolean, boolean] | undefined, combine?: boolean | "a" | "s" | "cut" | undefined, clean?: boolean | undefined];
  wedge:
    | [options: { dx: number; dy: number; dz: number; xmin: number; zmin: number; xmax: number; zmax: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined; centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [dx: number, options: { dy: number; dz: number; xmin: number; zmin: number; xmax: number; zmax: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined; centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [dx: number, dy: number, options: { dz: number; xmin: number; zmin: number; xmax: number; zmax: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined; centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [dx: number, dy: number, dz: number, options: { xmin: number; zmin: number; xmax: number; zmax: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined; centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [dx: number, dy: number, dz: number, xmin: number, options: { zmin: number; xmax: number; zmax: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined; centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [dx: number, dy: number, dz: number, xmin: number, zmin: number, options: { xmax: number; zmax: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined; centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [dx: number, dy: number, dz: number, xmin: number, zmin: number, xmax: number, options: { zmax: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined; centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [dx: number, dy: number, dz: number, xmin: number, zmin: number, xmax: number, zmax: number, options?: { pnt?: VectorLike | undefined; dir?: VectorLike | undefined; centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [dx: number, dy: number, dz: number, xmin: number, zmin: number, xmax: number, zmax: number, pnt: VectorLike | undefined, options?: { dir?: VectorLike | undefined; centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [dx: number, dy: number, dz: number, xmin: number, zmin: number, xmax: number, zmax: number, pnt: VectorLike | undefined, dir: VectorLike | undefined, options?: { centered?: boolean | readonly [boolean, boolean, boolean] | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [dx: number, dy: number, dz: number, xmin: number, zmin: number, xmax: number, zmax: number, pnt: VectorLike | undefined, dir: VectorLike | undefined, centered: boolean | readonly [boolean, boolean, boolean] | undefined, options?: { combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [dx: number, dy: number, dz: number, xmin: number, zmin: number, xmax: number, zmax: number, pnt: VectorLike | undefined, dir: VectorLike | undefined, centered: boolean | readonly [boolean, boolean, boolean] | undefined, combine: boolean | "a" | "s" | "cut" | undefined, options?: { clean?: boolean | undefined }]
    | [dx: number, dy: number, dz: number, xmin: number, zmin: number, xmax: number, zmax: number, pnt?: VectorLike | undefined, dir?: VectorLike | undefined, centered?: boolean | readonly [boolean, boolean, boolean] | undefined, combine?: boolean | "a" | "s" | "cut" | undefined, clean?: boolean | undefined];
  rect:
    | [options: { xLen: number; yLen: number; centered?: boolean | readonly [boolean, boolean] | undefined; forConstruction?: boolean | undefined }]
    | [xLen: number, options: { yLen: number; centered?: boolean | readonly [boolean, boolean] | undefined; forConstruction?: boolean | undefined }]
    | [xLen: number, yLen: number, options?: { centered?: boolean | readonly [boolean, boolean] | undefined; forConstruction?: boolean | undefined }]
    | [xLen: number, yLen: number, centered: boolean | readonly [boolean, boolean] | undefined, options?: { forConstruction?: boolean | undefined }]
    | [xLen: number, yLen: number, centered?: boolean | readonly [boolean, boolean] | undefined, forConstruction?: boolean | undefined];
  circle:
    | [options: { radius: number; forConstruction?: boolean | undefined }]
    | [radius: number, options?: { forConstruction?: boolean | undefined }]
    | [radius: number, forConstruction?: boolean | undefined];
  polygon:
    | [options: { nSides: number; diameter: number; forConstruction?: boolean | undefined; circumscribed?: boolean | undefined }]
    | [nSides: number, options: { diameter: number; forConstruction?: boolean | undefined; circumscribed?: boolean | undefined }]
    | [nSides: number, diameter: number, options?: { forConstruction?: boolean | undefined; circumscribed?: boolean | undefined }]
    | [nSides: number, diameter: number, forConstruction: boolean | undefined, options?: { circumscribed?: boolean | undefined }]
    | [nSides: number, diameter: number, forConstruction?: boolean | undefined, circumscribed?: boolean | undefined];
  polyline:
    | [options: { listOfXYTuple: readonly VectorLike[]; forConstruction?: boolean | undefined; includeCurrent?: boolean | undefined }]
    | [listOfXYTuple: readonly VectorLike[], options?: { forConstruction?: boolean | undefined; includeCurrent?: boolean | undefined }]
    | [listOfXYTuple: readonly VectorLike[], forConstruction: boolean | undefined, options?: { includeCurrent?: boolean | undefined }]
    | [listOfXYTuple: readonly VectorLike[], forConstruction?: boolean | undefined, includeCurrent?: boolean | undefined];
  moveTo:
    | [options?: { x?: number | undefined; y?: number | undefined }]
    | [x: number | undefined, options?: { y?: number | undefined }]
    | [x?: number | undefined, y?: number | undefined];
  move:
    | [options?: { xDist?: number | undefined; yDist?: number | undefined }]
    | [xDist: number | undefined, options?: { yDist?: number | undefined }]
    | [xDist?: number | undefined, yDist?: number | undefined];
  lineTo:
    | [options: { x: number; y: number; forConstruction?: boolean | undefined }]
    | [x: number, options: { y: number; forConstruction?: boolean | undefined }]
    | [x: number, y: number, options?: { forConstruction?: boolean | undefined }]
    | [x: number, y: number, forConstruction?: boolean | undefined];
  line:
    | [options: { xDist: number; yDist: number; forConstruction?: boolean | undefined }]
    | [xDist: number, options: { yDist: number; forConstruction?: boolean | undefined }]
    | [xDist: number, yDist: number, options?: { forConstruction?: boolean | undefined }]
    | [xDist: number, yDist: number, forConstruction?: boolean | undefined];
  hLine:
    | [options: { distance: number; forConstruction?: boolean | undefined }]
    | [distance: number, options?: { forConstruction?: boolean | undefined }]
    | [distance: number, forConstruction?: boolean | undefined];
  vLine:
    | [options: { distance: number; forConstruction?: boolean | undefined }]
    | [distance: number, options?: { forConstruction?: boolean | undefined }]
    | [distance: number, forConstruction?: boolean | undefined];
  hLineTo:
    | [options: { xCoord: number; forConstruction?: boolean | undefined }]
    | [xCoord: number, options?: { forConstruction?: boolean | undefined }]
    | [xCoord: number, forConstruction?: boolean | undefined];
  vLineTo:
    | [options: { yCoord: number; forConstruction?: boolean | undefined }]
    | [yCoord: number, options?: { forConstruction?: boolean | undefined }]
    | [yCoord: number, forConstruction?: boolean | undefined];
  threePointArc:
    | [options: { point1: VectorLike; point2: VectorLike; forConstruction?: boolean | undefined }]
    | [point1: VectorLike, options: { point2: VectorLike; forConstruction?: boolean | undefined }]
    | [point1: VectorLike, point2: VectorLike, options?: { forConstruction?: boolean | undefined }]
    | [point1: VectorLike, point2: VectorLike, forConstruction?: boolean | undefined];
  close:
    | [];
  wire:
    | [options?: { forConstruction?: boolean | undefined }]
    | [forConstruction?: boolean | undefined];
  spline:
    | [options: { listOfXYTuple: readonly VectorLike[]; tangents?: readonly (VectorLike | null | undefined)[] | null | undefined; periodic?: boolean | undefined; parameters?: readonly number[] | null | undefined; scale?: boolean | undefined; tol?: number | null | undefined; forConstruction?: boolean | undefined; includeCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [listOfXYTuple: readonly VectorLike[], options?: { tangents?: readonly (VectorLike | null | undefined)[] | null | undefined; periodic?: boolean | undefined; parameters?: readonly number[] | null | undefined; scale?: boolean | undefined; tol?: number | null | undefined; forConstruction?: boolean | undefined; includeCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [listOfXYTuple: readonly VectorLike[], tangents: readonly (VectorLike | null | undefined)[] | null | undefined, options?: { periodic?: boolean | undefined; parameters?: readonly number[] | null | undefined; scale?: boolean | undefined; tol?: number | null | undefined; forConstruction?: boolean | undefined; includeCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [listOfXYTuple: readonly VectorLike[], tangents: readonly (VectorLike | null | undefined)[] | null | undefined, periodic: boolean | undefined, options?: { parameters?: readonly number[] | null | undefined; scale?: boolean | undefined; tol?: number | null | undefined; forConstruction?: boolean | undefined; includeCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [listOfXYTuple: readonly VectorLike[], tangents: readonly (VectorLike | null | undefined)[] | null | undefined, periodic: boolean | undefined, parameters: readonly number[] | null | undefined, options?: { scale?: boolean | undefined; tol?: number | null | undefined; forConstruction?: boolean | undefined; includeCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [listOfXYTuple: readonly VectorLike[], tangents: readonly (VectorLike | null | undefined)[] | null | undefined, periodic: boolean | undefined, parameters: readonly number[] | null | undefined, scale: boolean | undefined, options?: { tol?: number | null | undefined; forConstruction?: boolean | undefined; includeCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [listOfXYTuple: readonly VectorLike[], tangents: readonly (VectorLike | null | undefined)[] | null | undefined, periodic: boolean | undefined, parameters: readonly number[] | null | undefined, scale: boolean | undefined, tol: number | null | undefined, options?: { forConstruction?: boolean | undefined; includeCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [listOfXYTuple: readonly VectorLike[], tangents: readonly (VectorLike | null | undefined)[] | null | undefined, periodic: boolean | undefined, parameters: readonly number[] | null | undefined, scale: boolean | undefined, tol: number | null | undefined, forConstruction: boolean | undefined, options?: { includeCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [listOfXYTuple: readonly VectorLike[], tangents: readonly (VectorLike | null | undefined)[] | null | undefined, periodic: boolean | undefined, parameters: readonly number[] | null | undefined, scale: boolean | undefined, tol: number | null | undefined, forConstruction: boolean | undefined, includeCurrent: boolean | undefined, options?: { makeWire?: boolean | undefined }]
    | [listOfXYTuple: readonly VectorLike[], tangents?: readonly (VectorLike | null | undefined)[] | null | undefined, periodic?: boolean | undefined, parameters?: readonly number[] | null | undefined, scale?: boolean | undefined, tol?: number | null | undefined, forConstruction?: boolean | undefined, includeCurrent?: boolean | undefined, makeWire?: boolean | undefined];
  splineApprox:
    | [options: { points: readonly VectorLike[]; tol?: number | undefined; minDeg?: number | undefined; maxDeg?: number | undefined; smoothing?: readonly [number, number, number] | null | undefined; forConstruction?: boolean | undefined; includeCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [points: readonly VectorLike[], options?: { tol?: number | undefined; minDeg?: number | undefined; maxDeg?: number | undefined; smoothing?: readonly [number, number, number] | null | undefined; forConstruction?: boolean | undefined; includeCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [points: readonly VectorLike[], tol: number | undefined, options?: { minDeg?: number | undefined; maxDeg?: number | undefined; smoothing?: readonly [number, number, number] | null | undefined; forConstruction?: boolean | undefined; includeCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [points: readonly VectorLike[], tol: number | undefined, minDeg: number | undefined, options?: { maxDeg?: number | undefined; smoothing?: readonly [number, number, number] | null | undefined; forConstruction?: boolean | undefined; includeCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [points: readonly VectorLike[], tol: number | undefined, minDeg: number | undefined, maxDeg: number | undefined, options?: { smoothing?: readonly [number, number, number] | null | undefined; forConstruction?: boolean | undefined; includeCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [points: readonly VectorLike[], tol: number | undefined, minDeg: number | undefined, maxDeg: number | undefined, smoothing: readonly [number, number, number] | null | undefined, options?: { forConstruction?: boolean | undefined; includeCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [points: readonly VectorLike[], tol: number | undefined, minDeg: number | undefined, maxDeg: number | undefined, smoothing: readonly [number, number, number] | null | undefined, forConstruction: boolean | undefined, options?: { includeCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [points: readonly VectorLike[], tol: number | undefined, minDeg: number | undefined, maxDeg: number | undefined, smoothing: readonly [number, number, number] | null | undefined, forConstruction: boolean | undefined, includeCurrent: boolean | undefined, options?: { makeWire?: boolean | undefined }]
    | [points: readonly VectorLike[], tol?: number | undefined, minDeg?: number | undefined, maxDeg?: number | undefined, smoothing?: readonly [number, number, number] | null | undefined, forConstruction?: boolean | undefined, includeCurrent?: boolean | undefined, makeWire?: boolean | undefined];
  parametricCurve:
    | [options: { func: (t: number) => VectorLike; N?: number | undefined; start?: number | undefined; stop?: number | undefined; tol?: number | undefined; minDeg?: number | undefined; maxDeg?: number | undefined; smoothing?: readonly [number, number, number] | null | undefined; makeWire?: boolean | undefined }]
    | [func: (t: number) => VectorLike, options?: { N?: number | undefined; start?: number | undefined; stop?: number | undefined; tol?: number | undefined; minDeg?: number | undefined; maxDeg?: number | undefined; smoothing?: readonly [number, number, number] | null | undefined; makeWire?: boolean | undefined }]
    | [func: (t: number) => VectorLike, N: number | undefined, options?: { start?: number | undefined; stop?: number | undefined; tol?: number | undefined; minDeg?: number | undefined; maxDeg?: number | undefined; smoothing?: readonly [number, number, number] | null | undefined; makeWire?: boolean | undefined }]
    | [func: (t: number) => VectorLike, N: number | undefined, start: number | undefined, options?: { stop?: number | undefined; tol?: number | undefined; minDeg?: number | undefined; maxDeg?: number | undefined; smoothing?: readonly [number, number, number] | null | undefined; makeWire?: boolean | undefined }]
    | [func: (t: number) => VectorLike, N: number | undefined, start: number | undefined, stop: number | undefined, options?: { tol?: number | undefined; minDeg?: number | undefined; maxDeg?: number | undefined; smoothing?: readonly [number, number, number] | null | undefined; makeWire?: boolean | undefined }]
    | [func: (t: number) => VectorLike, N: number | undefined, start: number | undefined, stop: number | undefined, tol: number | undefined, options?: { minDeg?: number | undefined; maxDeg?: number | undefined; smoothing?: readonly [number, number, number] | null | undefined; makeWire?: boolean | undefined }]
    | [func: (t: number) => VectorLike, N: number | undefined, start: number | undefined, stop: number | undefined, tol: number | undefined, minDeg: number | undefined, options?: { maxDeg?: number | undefined; smoothing?: readonly [number, number, number] | null | undefined; makeWire?: boolean | undefined }]
    | [func: (t: number) => VectorLike, N: number | undefined, start: number | undefined, stop: number | undefined, tol: number | undefined, minDeg: number | undefined, maxDeg: number | undefined, options?: { smoothing?: readonly [number, number, number] | null | undefined; makeWire?: boolean | undefined }]
    | [func: (t: number) => VectorLike, N: number | undefined, start: number | undefined, stop: number | undefined, tol: number | undefined, minDeg: number | undefined, maxDeg: number | undefined, smoothing: readonly [number, number, number] | null | undefined, options?: { makeWire?: boolean | undefined }]
    | [func: (t: number) => VectorLike, N?: number | undefined, start?: number | undefined, stop?: number | undefined, tol?: number | undefined, minDeg?: number | undefined, maxDeg?: number | undefined, smoothing?: readonly [number, number, number] | null | undefined, makeWire?: boolean | undefined];
  parametricSurface:
    | [options: { func: (u: number, v: number) => VectorLike; N?: number | undefined; start?: number | undefined; stop?: number | undefined; tol?: number | undefined; minDeg?: number | undefined; maxDeg?: number | undefined; smoothing?: readonly [number, number, number] | null | undefined }]
    | [func: (u: number, v: number) => VectorLike, options?: { N?: number | undefined; start?: number | undefined; stop?: number | undefined; tol?: number | undefined; minDeg?: number | undefined; maxDeg?: number | undefined; smoothing?: readonly [number, number, number] | null | undefined }]
    | [func: (u: number, v: number) => VectorLike, N: number | undefined, options?: { start?: number | undefined; stop?: number | undefined; tol?: number | undefined; minDeg?: number | undefined; maxDeg?: number | undefined; smoothing?: readonly [number, number, number] | null | undefined }]
    | [func: (u: number, v: number) => VectorLike, N: number | undefined, start: number | undefined, options?: { stop?: number | undefined; tol?: number | undefined; minDeg?: number | undefined; maxDeg?: number | undefined; smoothing?: readonly [number, number, number] | null | undefined }]
    | [func: (u: number, v: number) => VectorLike, N: number | undefined, start: number | undefined, stop: number | undefined, options?: { tol?: number | undefined; minDeg?: number | undefined; maxDeg?: number | undefined; smoothing?: readonly [number, number, number] | null | undefined }]
    | [func: (u: number, v: number) => VectorLike, N: number | undefined, start: number | undefined, stop: number | undefined, tol: number | undefined, options?: { minDeg?: number | undefined; maxDeg?: number | undefined; smoothing?: readonly [number, number, number] | null | undefined }]
    | [func: (u: number, v: number) => VectorLike, N: number | undefined, start: number | undefined, stop: number | undefined, tol: number | undefined, minDeg: number | undefined, options?: { maxDeg?: number | undefined; smoothing?: readonly [number, number, number] | null | undefined }]
    | [func: (u: number, v: number) => VectorLike, N: number | undefined, start: number | undefined, stop: number | undefined, tol: number | undefined, minDeg: number | undefined, maxDeg: number | undefined, options?: { smoothing?: readonly [number, number, number] | null | undefined }]
    | [func: (u: number, v: number) => VectorLike, N?: number | undefined, start?: number | undefined, stop?: number | undefined, tol?: number | undefined, minDeg?: number | undefined, maxDeg?: number | undefined, smoothing?: readonly [number, number, number] | null | undefined];
  bezier:
    | [options: { listOfXYTuple: readonly VectorLike[]; forConstruction?: boolean | undefined; includeCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [listOfXYTuple: readonly VectorLike[], options?: { forConstruction?: boolean | undefined; includeCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [listOfXYTuple: readonly VectorLike[], forConstruction: boolean | undefined, options?: { includeCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [listOfXYTuple: readonly VectorLike[], forConstruction: boolean | undefined, includeCurrent: boolean | undefined, options?: { makeWire?: boolean | undefined }]
    | [listOfXYTuple: readonly VectorLike[], forConstruction?: boolean | undefined, includeCurrent?: boolean | undefined, makeWire?: boolean | undefined];
  ellipse:
    | [options: { x_radius: number; y_radius: number; rotation_angle?: number | undefined; forConstruction?: boolean | undefined }]
    | [x_radius: number, options: { y_radius: number; rotation_angle?: number | undefined; forConstruction?: boolean | undefined }]
    | [x_radius: number, y_radius: number, options?: { rotation_angle?: number | undefined; forConstruction?: boolean | undefined }]
    | [x_radius: number, y_radius: number, rotation_angle: number | undefined, options?: { forConstruction?: boolean | undefined }]
    | [x_radius: number, y_radius: number, rotation_angle?: number | undefined, forConstruction?: boolean | undefined];
  ellipseArc:
    | [options: { x_radius: number; y_radius: number; angle1?: number | undefined; angle2?: number | undefined; rotation_angle?: number | undefined; sense?: -1 | 1 | undefined; forConstruction?: boolean | undefined; startAtCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [x_radius: number, options: { y_radius: number; angle1?: number | undefined; angle2?: number | undefined; rotation_angle?: number | undefined; sense?: -1 | 1 | undefined; forConstruction?: boolean | undefined; startAtCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [x_radius: number, y_radius: number, options?: { angle1?: number | undefined; angle2?: number | undefined; rotation_angle?: number | undefined; sense?: -1 | 1 | undefined; forConstruction?: boolean | undefined; startAtCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [x_radius: number, y_radius: number, angle1: number | undefined, options?: { angle2?: number | undefined; rotation_angle?: number | undefined; sense?: -1 | 1 | undefined; forConstruction?: boolean | undefined; startAtCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [x_radius: number, y_radius: number, angle1: number | undefined, angle2: number | undefined, options?: { rotation_angle?: number | undefined; sense?: -1 | 1 | undefined; forConstruction?: boolean | undefined; startAtCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [x_radius: number, y_radius: number, angle1: number | undefined, angle2: number | undefined, rotation_angle: number | undefined, options?: { sense?: -1 | 1 | undefined; forConstruction?: boolean | undefined; startAtCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [x_radius: number, y_radius: number, angle1: number | undefined, angle2: number | undefined, rotation_angle: number | undefined, sense: -1 | 1 | undefined, options?: { forConstruction?: boolean | undefined; startAtCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [x_radius: number, y_radius: number, angle1: number | undefined, angle2: number | undefined, rotation_angle: number | undefined, sense: -1 | 1 | undefined, forConstruction: boolean | undefined, options?: { startAtCurrent?: boolean | undefined; makeWire?: boolean | undefined }]
    | [x_radius: number, y_radius: number, angle1: number | undefined, angle2: number | undefined, rotation_angle: number | undefined, sense: -1 | 1 | undefined, forConstruction: boolean | undefined, startAtCurrent: boolean | undefined, options?: { makeWire?: boolean | undefined }]
    | [x_radius: number, y_radius: number, angle1?: number | undefined, angle2?: number | undefined, rotation_angle?: number | undefined, sense?: -1 | 1 | undefined, forConstruction?: boolean | undefined, startAtCurrent?: boolean | undefined, makeWire?: boolean | undefined];
  slot2D:
    | [options: { length: number; diameter: number; angle?: number | undefined }]
    | [length: number, options: { diameter: number; angle?: number | undefined }]
    | [length: number, diameter: number, options?: { angle?: number | undefined }]
    | [length: number, diameter: number, angle?: number | undefined];
  sagittaArc:
    | [options: { endPoint: VectorLike; sag: number; forConstruction?: boolean | undefined }]
    | [endPoint: VectorLike, options: { sag: number; forConstruction?: boolean | undefined }]
    | [endPoint: VectorLike, sag: number, options?: { forConstruction?: boolean | undefined }]
    | [endPoint: VectorLike, sag: number, forConstruction?: boolean | undefined];
  radiusArc:
    | [options: { endPoint: VectorLike; radius: number; forConstruction?: boolean | undefined }]
    | [endPoint: VectorLike, options: { radius: number; forConstruction?: boolean | undefined }]
    | [endPoint: VectorLike, radius: number, options?: { forConstruction?: boolean | undefined }]
    | [endPoint: VectorLike, radius: number, forConstruction?: boolean | undefined];
  tangentArcPoint:
    | [options: { endpoint: VectorLike; forConstruction?: boolean | undefined; relative?: boolean | undefined }]
    | [endpoint: VectorLike, options?: { forConstruction?: boolean | undefined; relative?: boolean | undefined }]
    | [endpoint: VectorLike, forConstruction: boolean | undefined, options?: { relative?: boolean | undefined }]
    | [endpoint: VectorLike, forConstruction?: boolean | undefined, relative?: boolean | undefined];
  polarLine:
    | [options: { distance: number; angle: number; forConstruction?: boolean | undefined }]
    | [distance: number, options: { angle: number; forConstruction?: boolean | undefined }]
    | [distance: number, angle: number, options?: { forConstruction?: boolean | undefined }]
    | [distance: number, angle: number, forConstruction?: boolean | undefined];
  polarLineTo:
    | [options: { distance: number; angle: number; forConstruction?: boolean | undefined }]
    | [distance: number, options: { angle: number; forConstruction?: boolean | undefined }]
    | [distance: number, angle: number, options?: { forConstruction?: boolean | undefined }]
    | [distance: number, angle: number, forConstruction?: boolean | undefined];
  mirrorX:
    | [];
  mirrorY:
    | [];
  offset2D:
    | [options: { d: number; kind?: "arc" | "intersection" | "tangent" | undefined; forConstruction?: boolean | undefined }]
    | [d: number, options?: { kind?: "arc" | "intersection" | "tangent" | undefined; forConstruction?: boolean | undefined }]
    | [d: number, kind: "arc" | "intersection" | "tangent" | undefined, options?: { forConstruction?: boolean | undefined }]
    | [d: number, kind?: "arc" | "intersection" | "tangent" | undefined, forConstruction?: boolean | undefined];
  consolidateWires:
    | [];
  toPending:
    | [];
  placeSketch:
    | [...sketches: (Sketch)[]];
  sketch:
    | [];
  extrude:
    | [options: { until: number | "next" | "last" | Shape; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined; both?: boolean | undefined; taper?: number | null | undefined }]
    | [until: number | "next" | "last" | Shape, options?: { combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined; both?: boolean | undefined; taper?: number | null | undefined }]
    | [until: number | "next" | "last" | Shape, combine: boolean | "a" | "s" | "cut" | undefined, options?: { clean?: boolean | undefined; both?: boolean | undefined; taper?: number | null | undefined }]
    | [until: number | "next" | "last" | Shape, combine: boolean | "a" | "s" | "cut" | undefined, clean: boolean | undefined, options?: { both?: boolean | undefined; taper?: number | null | undefined }]
    | [until: number | "next" | "last" | Shape, combine: boolean | "a" | "s" | "cut" | undefined, clean: boolean | undefined, both: boolean | undefined, options?: { taper?: number | null | undefined }]
    | [until: number | "next" | "last" | Shape, combine?: boolean | "a" | "s" | "cut" | undefined, clean?: boolean | undefined, both?: boolean | undefined, taper?: number | null | undefined];
  twistExtrude:
    | [options: { distance: number; angleDegrees: number; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [distance: number, options: { angleDegrees: number; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [distance: number, angleDegrees: number, options?: { combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [distance: number, angleDegrees: number, combine: boolean | "a" | "s" | "cut" | undefined, options?: { clean?: boolean | undefined }]
    | [distance: number, angleDegrees: number, combine?: boolean | "a" | "s" | "cut" | undefined, clean?: boolean | undefined];
  loft:
    | [options?: { ruled?: boolean | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [ruled: boolean | undefined, options?: { combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [ruled: boolean | undefined, combine: boolean | "a" | "s" | "cut" | undefined, options?: { clean?: boolean | undefined }]
    | [ruled?: boolean | undefined, combine?: boolean | "a" | "s" | "cut" | undefined, clean?: boolean | undefined];
  sweep:
    | [options: { path: Workplane | Shape; multisection?: boolean | undefined; sweepAlongWires?: boolean | null | undefined; makeSolid?: boolean | undefined; isFrenet?: boolean | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined; transition?: "right" | "round" | "transformed" | undefined; normal?: VectorLike | null | undefined; auxSpine?: Workplane | null | undefined }]
    | [path: Workplane | Shape, options?: { multisection?: boolean | undefined; sweepAlongWires?: boolean | null | undefined; makeSolid?: boolean | undefined; isFrenet?: boolean | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined; transition?: "right" | "round" | "transformed" | undefined; normal?: VectorLike | null | undefined; auxSpine?: Workplane | null | undefined }]
    | [path: Workplane | Shape, multisection: boolean | undefined, options?: { sweepAlongWires?: boolean | null | undefined; makeSolid?: boolean | undefined; isFrenet?: boolean | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined; transition?: "right" | "round" | "transformed" | undefined; normal?: VectorLike | null | undefined; auxSpine?: Workplane | null | undefined }]
    | [path: Workplane | Shape, multisection: boolean | undefined, sweepAlongWires: boolean | null | undefined, options?: { makeSolid?: boolean | undefined; isFrenet?: boolean | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined; transition?: "right" | "round" | "transformed" | undefined; normal?: VectorLike | null | undefined; auxSpine?: Workplane | null | undefined }]
    | [path: Workplane | Shape, multisection: boolean | undefined, sweepAlongWires: boolean | null | undefined, makeSolid: boolean | undefined, options?: { isFrenet?: boolean | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined; transition?: "right" | "round" | "transformed" | undefined; normal?: VectorLike | null | undefined; auxSpine?: Workplane | null | undefined }]
    | [path: Workplane | Shape, multisection: boolean | undefined, sweepAlongWires: boolean | null | undefined, makeSolid: boolean | undefined, isFrenet: boolean | undefined, options?: { combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined; transition?: "right" | "round" | "transformed" | undefined; normal?: VectorLike | null | undefined; auxSpine?: Workplane | null | undefined }]
    | [path: Workplane | Shape, multisection: boolean | undefined, sweepAlongWires: boolean | null | undefined, makeSolid: boolean | undefined, isFrenet: boolean | undefined, combine: boolean | "a" | "s" | "cut" | undefined, options?: { clean?: boolean | undefined; transition?: "right" | "round" | "transformed" | undefined; normal?: VectorLike | null | undefined; auxSpine?: Workplane | null | undefined }]
    | [path: Workplane | Shape, multisection: boolean | undefined, sweepAlongWires: boolean | null | undefined, makeSolid: boolean | undefined, isFrenet: boolean | undefined, combine: boolean | "a" | "s" | "cut" | undefined, clean: boolean | undefined, options?: { transition?: "right" | "round" | "transformed" | undefined; normal?: VectorLike | null | undefined; auxSpine?: Workplane | null | undefined }]
    | [path: Workplane | Shape, multisection: boolean | undefined, sweepAlongWires: boolean | null | undefined, makeSolid: boolean | undefined, isFrenet: boolean | undefined, combine: boolean | "a" | "s" | "cut" | undefined, clean: boolean | undefined, transition: "right" | "round" | "transformed" | undefined, options?: { normal?: VectorLike | null | undefined; auxSpine?: Workplane | null | undefined }]
    | [path: Workplane | Shape, multisection: boolean | undefined, sweepAlongWires: boolean | null | undefined, makeSolid: boolean | undefined, isFrenet: boolean | undefined, combine: boolean | "a" | "s" | "cut" | undefined, clean: boolean | undefined, transition: "right" | "round" | "transformed" | undefined, normal: VectorLike | null | undefined, options?: { auxSpine?: Workplane | null | undefined }]
    | [path: Workplane | Shape, multisection?: boolean | undefined, sweepAlongWires?: boolean | null | undefined, makeSolid?: boolean | undefined, isFrenet?: boolean | undefined, combine?: boolean | "a" | "s" | "cut" | undefined, clean?: boolean | undefined, transition?: "right" | "round" | "transformed" | undefined, normal?: VectorLike | null | undefined, auxSpine?: Workplane | null | undefined];
  interpPlate:
    | [options: { surf_edges: readonly VectorLike[] | readonly Shape[] | Workplane; surf_pts?: readonly VectorLike[] | undefined; thickness?: number | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined; degree?: number | undefined; nbPtsOnCur?: number | undefined; nbIter?: number | undefined; anisotropy?: boolean | undefined; tol2d?: number | undefined; tol3d?: number | undefined; tolAng?: number | undefined; tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [surf_edges: readonly VectorLike[] | readonly Shape[] | Workplane, options?: { surf_pts?: readonly VectorLike[] | undefined; thickness?: number | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined; degree?: number | undefined; nbPtsOnCur?: number | undefined; nbIter?: number | undefined; anisotropy?: boolean | undefined; tol2d?: number | undefined; tol3d?: number | undefined; tolAng?: number | undefined; tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [surf_edges: readonly VectorLike[] | readonly Shape[] | Workplane, surf_pts: readonly VectorLike[] | undefined, options?: { thickness?: number | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined; degree?: number | undefined; nbPtsOnCur?: number | undefined; nbIter?: number | undefined; anisotropy?: boolean | undefined; tol2d?: number | undefined; tol3d?: number | undefined; tolAng?: number | undefined; tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [surf_edges: readonly VectorLike[] | readonly Shape[] | Workplane, surf_pts: readonly VectorLike[] | undefined, thickness: number | undefined, options?: { combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined; degree?: number | undefined; nbPtsOnCur?: number | undefined; nbIter?: number | undefined; anisotropy?: boolean | undefined; tol2d?: number | undefined; tol3d?: number | undefined; tolAng?: number | undefined; tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [surf_edges: readonly VectorLike[] | readonly Shape[] | Workplane, surf_pts: readonly VectorLike[] | undefined, thickness: number | undefined, combine: boolean | "a" | "s" | "cut" | undefined, options?: { clean?: boolean | undefined; degree?: number | undefined; nbPtsOnCur?: number | undefined; nbIter?: number | undefined; anisotropy?: boolean | undefined; tol2d?: number | undefined; tol3d?: number | undefined; tolAng?: number | undefined; tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [surf_edges: readonly VectorLike[] | readonly Shape[] | Workplane, surf_pts: readonly VectorLike[] | undefined, thickness: number | undefined, combine: boolean | "a" | "s" | "cut" | undefined, clean: boolean | undefined, options?: { degree?: number | undefined; nbPtsOnCur?: number | undefined; nbIter?: number | undefined; anisotropy?: boolean | undefined; tol2d?: number | undefined; tol3d?: number | undefined; tolAng?: number | undefined; tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [surf_edges: readonly VectorLike[] | readonly Shape[] | Workplane, surf_pts: readonly VectorLike[] | undefined, thickness: number | undefined, combine: boolean | "a" | "s" | "cut" | undefined, clean: boolean | undefined, degree: number | undefined, options?: { nbPtsOnCur?: number | undefined; nbIter?: number | undefined; anisotropy?: boolean | undefined; tol2d?: number | undefined; tol3d?: number | undefined; tolAng?: number | undefined; tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [surf_edges: readonly VectorLike[] | readonly Shape[] | Workplane, surf_pts: readonly VectorLike[] | undefined, thickness: number | undefined, combine: boolean | "a" | "s" | "cut" | undefined, clean: boolean | undefined, degree: number | undefined, nbPtsOnCur: number | undefined, options?: { nbIter?: number | undefined; anisotropy?: boolean | undefined; tol2d?: number | undefined; tol3d?: number | undefined; tolAng?: number | undefined; tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [surf_edges: readonly VectorLike[] | readonly Shape[] | Workplane, surf_pts: readonly VectorLike[] | undefined, thickness: number | undefined, combine: boolean | "a" | "s" | "cut" | undefined, clean: boolean | undefined, degree: number | undefined, nbPtsOnCur: number | undefined, nbIter: number | undefined, options?: { anisotropy?: boolean | undefined; tol2d?: number | undefined; tol3d?: number | undefined; tolAng?: number | undefined; tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [surf_edges: readonly VectorLike[] | readonly Shape[] | Workplane, surf_pts: readonly VectorLike[] | undefined, thickness: number | undefined, combine: boolean | "a" | "s" | "cut" | undefined, clean: boolean | undefined, degree: number | undefined, nbPtsOnCur: number | undefined, nbIter: number | undefined, anisotropy: boolean | undefined, options?: { tol2d?: number | undefined; tol3d?: number | undefined; tolAng?: number | undefined; tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [surf_edges: readonly VectorLike[] | readonly Shape[] | Workplane, surf_pts: readonly VectorLike[] | undefined, thickness: number | undefined, combine: boolean | "a" | "s" | "cut" | undefined, clean: boolean | undefined, degree: number | undefined, nbPtsOnCur: number | undefined, nbIter: number | undefined, anisotropy: boolean | undefined, tol2d: number | undefined, options?: { tol3d?: number | undefined; tolAng?: number | undefined; tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [surf_edges: readonly VectorLike[] | readonly Shape[] | Workplane, surf_pts: readonly VectorLike[] | undefined, thickness: number | undefined, combine: boolean | "a" | "s" | "cut" | undefined, clean: boolean | undefined, degree: number | undefined, nbPtsOnCur: number | undefined, nbIter: number | undefined, anisotropy: boolean | undefined, tol2d: number | undefined, tol3d: number | undefined, options?: { tolAng?: number | undefined; tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [surf_edges: readonly VectorLike[] | readonly Shape[] | Workplane, surf_pts: readonly VectorLike[] | undefined, thickness: number | undefined, combine: boolean | "a" | "s" | "cut" | undefined, clean: boolean | undefined, degree: number | undefined, nbPtsOnCur: number | undefined, nbIter: number | undefined, anisotropy: boolean | undefined, tol2d: number | undefined, tol3d: number | undefined, tolAng: number | undefined, options?: { tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [surf_edges: readonly VectorLike[] | readonly Shape[] | Workplane, surf_pts: readonly VectorLike[] | undefined, thickness: number | undefined, combine: boolean | "a" | "s" | "cut" | undefined, clean: boolean | undefined, degree: number | undefined, nbPtsOnCur: number | undefined, nbIter: number | undefined, anisotropy: boolean | undefined, tol2d: number | undefined, tol3d: number | undefined, tolAng: number | undefined, tolCurv: number | undefined, options?: { maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [surf_edges: readonly VectorLike[] | readonly Shape[] | Workplane, surf_pts: readonly VectorLike[] | undefined, thickness: number | undefined, combine: boolean | "a" | "s" | "cut" | undefined, clean: boolean | undefined, degree: number | undefined, nbPtsOnCur: number | undefined, nbIter: number | undefined, anisotropy: boolean | undefined, tol2d: number | undefined, tol3d: number | undefined, tolAng: number | undefined, tolCurv: number | undefined, maxDeg: number | undefined, options?: { maxSegments?: number | undefined }]
    | [surf_edges: readonly VectorLike[] | readonly Shape[] | Workplane, surf_pts?: readonly VectorLike[] | undefined, thickness?: number | undefined, combine?: boolean | "a" | "s" | "cut" | undefined, clean?: boolean | undefined, degree?: number | undefined, nbPtsOnCur?: number | undefined, nbIter?: number | undefined, anisotropy?: boolean | undefined, tol2d?: number | undefined, tol3d?: number | undefined, tolAng?: number | undefined, tolCurv?: number | undefined, maxDeg?: number | undefined, maxSegments?: number | undefined];
  text:
    | [options: { txt: string; fontsize: number; distance: number; cut?: boolean | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined; font?: string | undefined; fontPath?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, options: { fontsize: number; distance: number; cut?: boolean | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined; font?: string | undefined; fontPath?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, fontsize: number, options: { distance: number; cut?: boolean | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined; font?: string | undefined; fontPath?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, fontsize: number, distance: number, options?: { cut?: boolean | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined; font?: string | undefined; fontPath?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, fontsize: number, distance: number, cut: boolean | undefined, options?: { combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined; font?: string | undefined; fontPath?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, fontsize: number, distance: number, cut: boolean | undefined, combine: boolean | "a" | "s" | "cut" | undefined, options?: { clean?: boolean | undefined; font?: string | undefined; fontPath?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, fontsize: number, distance: number, cut: boolean | undefined, combine: boolean | "a" | "s" | "cut" | undefined, clean: boolean | undefined, options?: { font?: string | undefined; fontPath?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, fontsize: number, distance: number, cut: boolean | undefined, combine: boolean | "a" | "s" | "cut" | undefined, clean: boolean | undefined, font: string | undefined, options?: { fontPath?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, fontsize: number, distance: number, cut: boolean | undefined, combine: boolean | "a" | "s" | "cut" | undefined, clean: boolean | undefined, font: string | undefined, fontPath: string | null | undefined, options?: { kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, fontsize: number, distance: number, cut: boolean | undefined, combine: boolean | "a" | "s" | "cut" | undefined, clean: boolean | undefined, font: string | undefined, fontPath: string | null | undefined, kind: "regular" | "bold" | "italic" | undefined, options?: { halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, fontsize: number, distance: number, cut: boolean | undefined, combine: boolean | "a" | "s" | "cut" | undefined, clean: boolean | undefined, font: string | undefined, fontPath: string | null | undefined, kind: "regular" | "bold" | "italic" | undefined, halign: "center" | "left" | "right" | undefined, options?: { valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, fontsize: number, distance: number, cut?: boolean | undefined, combine?: boolean | "a" | "s" | "cut" | undefined, clean?: boolean | undefined, font?: string | undefined, fontPath?: string | null | undefined, kind?: "regular" | "bold" | "italic" | undefined, halign?: "center" | "left" | "right" | undefined, valign?: "center" | "top" | "bottom" | undefined];
  revolve:
    | [options?: { angleDegrees?: number | undefined; axisStart?: VectorLike | null | undefined; axisEnd?: VectorLike | null | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [angleDegrees: number | undefined, options?: { axisStart?: VectorLike | null | undefined; axisEnd?: VectorLike | null | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [angleDegrees: number | undefined, axisStart: VectorLike | null | undefined, options?: { axisEnd?: VectorLike | null | undefined; combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [angleDegrees: number | undefined, axisStart: VectorLike | null | undefined, axisEnd: VectorLike | null | undefined, options?: { combine?: boolean | "a" | "s" | "cut" | undefined; clean?: boolean | undefined }]
    | [angleDegrees: number | undefined, axisStart: VectorLike | null | undefined, axisEnd: VectorLike | null | undefined, combine: boolean | "a" | "s" | "cut" | undefined, options?: { clean?: boolean | undefined }]
    | [angleDegrees?: number | undefined, axisStart?: VectorLike | null | undefined, axisEnd?: VectorLike | null | undefined, combine?: boolean | "a" | "s" | "cut" | undefined, clean?: boolean | undefined];
  cutBlind:
    | [options: { until: number | "next" | "last" | Shape; clean?: boolean | undefined; both?: boolean | undefined; taper?: number | null | undefined }]
    | [until: number | "next" | "last" | Shape, options?: { clean?: boolean | undefined; both?: boolean | undefined; taper?: number | null | undefined }]
    | [until: number | "next" | "last" | Shape, clean: boolean | undefined, options?: { both?: boolean | undefined; taper?: number | null | undefined }]
    | [until: number | "next" | "last" | Shape, clean: boolean | undefined, both: boolean | undefined, options?: { taper?: number | null | undefined }]
    | [until: number | "next" | "last" | Shape, clean?: boolean | undefined, both?: boolean | undefined, taper?: number | null | undefined];
  cutThruAll:
    | [options?: { clean?: boolean | undefined; taper?: number | undefined }]
    | [clean: boolean | undefined, options?: { taper?: number | undefined }]
    | [clean?: boolean | undefined, taper?: number | undefined];
  hole:
    | [options: { diameter: number; depth?: number | null | undefined; clean?: boolean | undefined }]
    | [diameter: number, options?: { depth?: number | null | undefined; clean?: boolean | undefined }]
    | [diameter: number, depth: number | null | undefined, options?: { clean?: boolean | undefined }]
    | [diameter: number, depth?: number | null | undefined, clean?: boolean | undefined];
  cboreHole:
    | [options: { diameter: number; cboreDiameter: number; cboreDepth: number; depth?: number | null | undefined; clean?: boolean | undefined }]
    | [diameter: number, options: { cboreDiameter: number; cboreDepth: number; depth?: number | null | undefined; clean?: boolean | undefined }]
    | [diameter: number, cboreDiameter: number, options: { cboreDepth: number; depth?: number | null | undefined; clean?: boolean | undefined }]
    | [diameter: number, cboreDiameter: number, cboreDepth: number, options?: { depth?: number | null | undefined; clean?: boolean | undefined }]
    | [diameter: number, cboreDiameter: number, cboreDepth: number, depth: number | null | undefined, options?: { clean?: boolean | undefined }]
    | [diameter: number, cboreDiameter: number, cboreDepth: number, depth?: number | null | undefined, clean?: boolean | undefined];
  cskHole:
    | [options: { diameter: number; cskDiameter: number; cskAngle?: number | undefined; depth?: number | null | undefined; clean?: boolean | undefined }]
    | [diameter: number, options: { cskDiameter: number; cskAngle?: number | undefined; depth?: number | null | undefined; clean?: boolean | undefined }]
    | [diameter: number, cskDiameter: number, options?: { cskAngle?: number | undefined; depth?: number | null | undefined; clean?: boolean | undefined }]
    | [diameter: number, cskDiameter: number, cskAngle: number | undefined, options?: { depth?: number | null | undefined; clean?: boolean | undefined }]
    | [diameter: number, cskDiameter: number, cskAngle: number | undefined, depth: number | null | undefined, options?: { clean?: boolean | undefined }]
    | [diameter: number, cskDiameter: number, cskAngle?: number | undefined, depth?: number | null | undefined, clean?: boolean | undefined];
  union:
    | [options?: { toUnion?: Workplane | Shape | null | undefined; clean?: boolean | undefined; glue?: boolean | undefined; tol?: number | null | undefined }]
    | [toUnion: Workplane | Shape | null | undefined, options?: { clean?: boolean | undefined; glue?: boolean | undefined; tol?: number | null | undefined }]
    | [toUnion: Workplane | Shape | null | undefined, clean: boolean | undefined, options?: { glue?: boolean | undefined; tol?: number | null | undefined }]
    | [toUnion: Workplane | Shape | null | undefined, clean: boolean | undefined, glue: boolean | undefined, options?: { tol?: number | null | undefined }]
    | [toUnion?: Workplane | Shape | null | undefined, clean?: boolean | undefined, glue?: boolean | undefined, tol?: number | null | undefined];
  cut:
    | [options: { toCut: Workplane | Shape; clean?: boolean | undefined; tol?: number | null | undefined }]
    | [toCut: Workplane | Shape, options?: { clean?: boolean | undefined; tol?: number | null | undefined }]
    | [toCut: Workplane | Shape, clean: boolean | undefined, options?: { tol?: number | null | undefined }]
    | [toCut: Workplane | Shape, clean?: boolean | undefined, tol?: number | null | undefined];
  intersect:
    | [options: { toIntersect: Workplane | Shape; clean?: boolean | undefined; tol?: number | null | undefined }]
    | [toIntersect: Workplane | Shape, options?: { clean?: boolean | undefined; tol?: number | null | undefined }]
    | [toIntersect: Workplane | Shape, clean: boolean | undefined, options?: { tol?: number | null | undefined }]
    | [toIntersect: Workplane | Shape, clean?: boolean | undefined, tol?: number | null | undefined];
  combine:
    | [options?: { clean?: boolean | undefined; glue?: boolean | undefined; tol?: number | null | undefined }]
    | [clean: boolean | undefined, options?: { glue?: boolean | undefined; tol?: number | null | undefined }]
    | [clean: boolean | undefined, glue: boolean | undefined, options?: { tol?: number | null | undefined }]
    | [clean?: boolean | undefined, glue?: boolean | undefined, tol?: number | null | undefined];
  clean:
    | [];
  split:
    | [options?: { keepTop?: boolean | undefined; keepBottom?: boolean | undefined }]
    | [keepTop: boolean | undefined, options?: { keepBottom?: boolean | undefined }]
    | [keepTop?: boolean | undefined, keepBottom?: boolean | undefined]
    | [options: { splitter: Workplane | Shape }]
    | [splitter: Workplane | Shape];
  section:
    | [options?: { height?: number | undefined }]
    | [height?: number | undefined];
  cutEach:
    | [options: { fcn: (location: Location) => StackItem; useLocalCoords?: boolean | undefined; clean?: boolean | undefined }]
    | [fcn: (location: Location) => StackItem, options?: { useLocalCoords?: boolean | undefined; clean?: boolean | undefined }]
    | [fcn: (location: Location) => StackItem, useLocalCoords: boolean | undefined, options?: { clean?: boolean | undefined }]
    | [fcn: (location: Location) => StackItem, useLocalCoords?: boolean | undefined, clean?: boolean | undefined];
  translate:
    | [options: { vec: VectorLike }]
    | [vec: VectorLike];
  rotate:
    | [options: { axisStartPoint: VectorLike; axisEndPoint: VectorLike; angleDegrees: number }]
    | [axisStartPoint: VectorLike, options: { axisEndPoint: VectorLike; angleDegrees: number }]
    | [axisStartPoint: VectorLike, axisEndPoint: VectorLike, options: { angleDegrees: number }]
    | [axisStartPoint: VectorLike, axisEndPoint: VectorLike, angleDegrees: number];
  rotateAboutCenter:
    | [options: { axisEndPoint: VectorLike; angleDegrees: number }]
    | [axisEndPoint: VectorLike, options: { angleDegrees: number }]
    | [axisEndPoint: VectorLike, angleDegrees: number];
  mirror:
    | [options?: { mirrorPlane?: "XY" | "YX" | "XZ" | "ZX" | "YZ" | "ZY" | VectorLike | Shape | Workplane | undefined; basePointVector?: VectorLike | null | undefined; union?: boolean | undefined }]
    | [mirrorPlane: "XY" | "YX" | "XZ" | "ZX" | "YZ" | "ZY" | VectorLike | Shape | Workplane | undefined, options?: { basePointVector?: VectorLike | null | undefined; union?: boolean | undefined }]
    | [mirrorPlane: "XY" | "YX" | "XZ" | "ZX" | "YZ" | "ZY" | VectorLike | Shape | Workplane | undefined, basePointVector: VectorLike | null | undefined, options?: { union?: boolean | undefined }]
    | [mirrorPlane?: "XY" | "YX" | "XZ" | "ZX" | "YZ" | "ZY" | VectorLike | Shape | Workplane | undefined, basePointVector?: VectorLike | null | undefined, union?: boolean | undefined];
  fillet:
    | [options: { radius: number }]
    | [radius: number];
  chamfer:
    | [options: { length: number; length2?: number | null | undefined }]
    | [length: number, options?: { length2?: number | null | undefined }]
    | [length: number, length2?: number | null | undefined];
  shell:
    | [options: { thickness: number; kind?: "arc" | "intersection" | undefined }]
    | [thickness: number, options?: { kind?: "arc" | "intersection" | undefined }]
    | [thickness: number, kind?: "arc" | "intersection" | undefined];
}

/** What each Workplane method receives after binding. */
export interface WorkplaneValues {
  __init__: { form: 0; inPlane: PlaneLike; origin: Vector; obj: StackItem | undefined };
  newObject: { form: 0; objlist: readonly StackItem[] };
  val: { form: 0;  };
  vals: { form: 0;  };
  size: { form: 0;  };
  end: { form: 0; n: number };
  first: { form: 0;  };
  last: { form: 0;  };
  item: { form: 0; i: number };
  slice: { form: 0; start: number | undefined; end: number | undefined };
  add: { form: 0; obj: Workplane | StackItem | readonly StackItem[] };
  tag: { form: 0; name: string };
  workplaneFromTagged: { form: 0; name: string };
  findSolid: { form: 0; searchStack: boolean; searchParents: boolean };
  largestDimension: { form: 0;  };
  all: { form: 0;  };
  copyWorkplane: { form: 0; obj: Workplane };
  filter: { form: 0; f: (item: StackItem) => boolean };
  map: { form: 0; f: (item: StackItem) => StackItem };
  apply: { form: 0; f: (items: StackItem[]) => Iterable<StackItem> };
  sort: { form: 0; key: (item: StackItem) => number | string | readonly (number | string)[] };
  invoke: { form: 0; f: ((workplane: Workplane) => Workplane | null | undefined | void) | (() => unknown) };
  each: { form: 0; callback: (item: StackItem) => StackItem | readonly StackItem[]; useLocalCoordinates: boolean; combine: boolean | "a" | "s" | "cut"; clean: boolean };
  eachpoint: { form: 0; arg: ((location: Location) => StackItem | readonly StackItem[]) | Shape | Workplane; useLocalCoordinates: boolean; combine: boolean | "a" | "s" | "cut"; clean: boolean };
  workplane: { form: 0; offset: number; invert: boolean; centerOption: "ProjectedOrigin" | "CenterOfMass" | "CenterOfBoundBox"; origin: Vector | undefined };
  transformed: { form: 0; rotate: Vector; offset: Vector };
  center: { form: 0; x: number; y: number };
  pushPoints: { form: 0; pntList: (Vector | Location)[] };
  rarray: { form: 0; xSpacing: number; ySpacing: number; xCount: number; yCount: number; center: boolean | boolean[] };
  polarArray: { form: 0; radius: number; startAngle: number; angle: number; count: number; fill: boolean; rotate: boolean };
  faces: { form: 0; selector: string | Selector | undefined; tag: string | undefined };
  edges: { form: 0; selector: string | Selector | undefined; tag: string | undefined };
  vertices: { form: 0; selector: string | Selector | undefined; tag: string | undefined };
  wires: { form: 0; selector: string | Selector | undefined; tag: string | undefined };
  shells: { form: 0; selector: string | Selector | undefined; tag: string | undefined };
  solids: { form: 0; selector: string | Selector | undefined; tag: string | undefined };
  compounds: { form: 0; selector: string | Selector | undefined; tag: string | undefined };
  ancestors: { form: 0; kind: "Vertex" | "Edge" | "Wire" | "Face" | "Shell" | "Solid" | "CompSolid" | "Compound"; tag: string | undefined };
  siblings: { form: 0; kind: "Vertex" | "Edge" | "Wire" | "Face" | "Shell" | "Solid" | "CompSolid" | "Compound"; level: number; tag: string | undefined };
  box: { form: 0; length: number; width: number; height: number; centered: boolean | boolean[]; combine: boolean | "a" | "s" | "cut"; clean: boolean };
  sphere: { form: 0; radius: number; direct: Vector; angle1: number; angle2: number; angle3: number; centered: boolean | boolean[]; combine: boolean | "a" | "s" | "cut"; clean: boolean };
  cylinder: { form: 0; height: number; radius: number; direct: Vector; angle: number; centered: boolean | boolean[]; combine: boolean | "a" | "s" | "cut"; clean: boolean };
  wedge: { form: 0; dx: number; dy: number; dz: number; xmin: number; zmin: number; xmax: number; zmax: number; pnt: Vector; dir: Vector; centered: boolean | boolean[]; combine: boolean | "a" | "s" | "cut"; clean: boolean };
  rect: { form: 0; xLen: number; yLen: number; centered: boolean | boolean[]; forConstruction: boolean };
  circle: { form: 0; radius: number; forConstruction: boolean };
  polygon: { form: 0; nSides: number; diameter: number; forConstruction: boolean; circumscribed: boolean };
  polyline: { form: 0; listOfXYTuple: Vector[]; forConstruction: boolean; includeCurrent: boolean };
  moveTo: { form: 0; x: number; y: number };
  move: { form: 0; xDist: number; yDist: number };
  lineTo: { form: 0; x: number; y: number; forConstruction: boolean };
  line: { form: 0; xDist: number; yDist: number; forConstruction: boolean };
  hLine: { form: 0; distance: number; forConstruction: boolean };
  vLine: { form: 0; distance: number; forConstruction: boolean };
  hLineTo: { form: 0; xCoord: number; forConstruction: boolean };
  vLineTo: { form: 0; yCoord: number; forConstruction: boolean };
  threePointArc: { form: 0; point1: Vector; point2: Vector; forConstruction: boolean };
  close: { form: 0;  };
  wire: { form: 0; forConstruction: boolean };
  spline: { form: 0; listOfXYTuple: Vector[]; tangents: readonly (VectorLike | null | undefined)[] | undefined; periodic: boolean; parameters: number[] | undefined; scale: boolean; tol: number | undefined; forConstruction: boolean; includeCurrent: boolean; makeWire: boolean };
  splineApprox: { form: 0; points: Vector[]; tol: number; minDeg: number; maxDeg: number; smoothing: readonly [number, number, number] | null; forConstruction: boolean; includeCurrent: boolean; makeWire: boolean };
  parametricCurve: { form: 0; func: (t: number) => VectorLike; N: number; start: number; stop: number; tol: number; minDeg: number; maxDeg: number; smoothing: readonly [number, number, number] | null; makeWire: boolean };
  parametricSurface: { form: 0; func: (u: number, v: number) => VectorLike; N: number; start: number; stop: number; tol: number; minDeg: number; maxDeg: number; smoothing: readonly [number, number, number] | null };
  bezier: { form: 0; listOfXYTuple: Vector[]; forConstruction: boolean; includeCurrent: boolean; makeWire: boolean };
  ellipse: { form: 0; x_radius: number; y_radius: number; rotation_angle: number; forConstruction: boolean };
  ellipseArc: { form: 0; x_radius: number; y_radius: number; angle1: number; angle2: number; rotation_angle: number; sense: -1 | 1; forConstruction: boolean; startAtCurrent: boolean; makeWire: boolean };
  slot2D: { form: 0; length: number; diameter: number; angle: number };
  sagittaArc: { form: 0; endPoint: Vector; sag: number; forConstruction: boolean };
  radiusArc: { form: 0; endPoint: Vector; radius: number; forConstruction: boolean };
  tangentArcPoint: { form: 0; endpoint: Vector; forConstruction: boolean; relative: boolean };
  polarLine: { form: 0; distance: number; angle: number; forConstruction: boolean };
  polarLineTo: { form: 0; distance: number; angle: number; forConstruction: boolean };
  mirrorX: { form: 0;  };
  mirrorY: { form: 0;  };
  offset2D: { form: 0; d: number; kind: "arc" | "intersection" | "tangent"; forConstruction: boolean };
  consolidateWires: { form: 0;  };
  toPending: { form: 0;  };
  placeSketch: { form: 0; sketches: (Sketch)[] };
  sketch: { form: 0;  };
  extrude: { form: 0; until: number | "next" | "last" | Shape; combine: boolean | "a" | "s" | "cut"; clean: boolean; both: boolean; taper: number | undefined };
  twistExtrude: { form: 0; distance: number; angleDegrees: number; combine: boolean | "a" | "s" | "cut"; clean: boolean };
  loft: { form: 0; ruled: boolean; combine: boolean | "a" | "s" | "cut"; clean: boolean };
  sweep: { form: 0; path: Workplane | Shape; multisection: boolean; sweepAlongWires: boolean | undefined; makeSolid: boolean; isFrenet: boolean; combine: boolean | "a" | "s" | "cut"; clean: boolean; transition: "right" | "round" | "transformed"; normal: Vector | undefined; auxSpine: Workplane | undefined };
  interpPlate: { form: 0; surf_edges: readonly VectorLike[] | readonly Shape[] | Workplane; surf_pts: Vector[]; thickness: number; combine: boolean | "a" | "s" | "cut"; clean: boolean; degree: number; nbPtsOnCur: number; nbIter: number; anisotropy: boolean; tol2d: number; tol3d: number; tolAng: number; tolCurv: number; maxDeg: number; maxSegments: number };
  text: { form: 0; txt: string; fontsize: number; distance: number; cut: boolean; combine: boolean | "a" | "s" | "cut"; clean: boolean; font: string; fontPath: string | undefined; kind: "regular" | "bold" | "italic"; halign: "center" | "left" | "right"; valign: "center" | "top" | "bottom" };
  revolve: { form: 0; angleDegrees: number; axisStart: Vector | undefined; axisEnd: Vector | undefined; combine: boolean | "a" | "s" | "cut"; clean: boolean };
  cutBlind: { form: 0; until: number | "next" | "last" | Shape; clean: boolean; both: boolean; taper: number | undefined };
  cutThruAll: { form: 0; clean: boolean; taper: number };
  hole: { form: 0; diameter: number; depth: number | undefined; clean: boolean };
  cboreHole: { form: 0; diameter: number; cboreDiameter: number; cboreDepth: number; depth: number | undefined; clean: boolean };
  cskHole: { form: 0; diameter: number; cskDiameter: number; cskAngle: number; depth: number | undefined; clean: boolean };
  union: { form: 0; toUnion: Workplane | Shape | undefined; clean: boolean; glue: boolean; tol: number | undefined };
  cut: { form: 0; toCut: Workplane | Shape; clean: boolean; tol: number | undefined };
  intersect: { form: 0; toIntersect: Workplane | Shape; clean: boolean; tol: number | undefined };
  combine: { form: 0; clean: boolean; glue: boolean; tol: number | undefined };
  clean: { form: 0;  };
  split: { form: 0; keepTop: boolean; keepBottom: boolean } | { form: 1; splitter: Workplane | Shape };
  section: { form: 0; height: number };
  cutEach: { form: 0; fcn: (location: Location) => StackItem; useLocalCoords: boolean; clean: boolean };
  translate: { form: 0; vec: Vector };
  rotate: { form: 0; axisStartPoint: Vector; axisEndPoint: Vector; angleDegrees: number };
  rotateAboutCenter: { form: 0; axisEndPoint: Vector; angleDegrees: number };
  mirror: { form: 0; mirrorPlane: "XY" | "YX" | "XZ" | "ZX" | "YZ" | "ZY" | VectorLike | Shape | Workplane; basePointVector: Vector | undefined; union: boolean };
  fillet: { form: 0; radius: number };
  chamfer: { form: 0; length: number; length2: number | undefined };
  shell: { form: 0; thickness: number; kind: "arc" | "intersection" };
}

/** What a script may pass to each Sketch method: positionally, by name in a trailing options object, or both. */
export interface SketchArgs {
  face:
    | [options: { b: Shape | readonly Shape[] | Sketch; angle?: number | undefined; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined; ignore_selection?: boolean | undefined; ignoreSelection?: boolean | undefined }]
    | [b: Shape | readonly Shape[] | Sketch, options?: { angle?: number | undefined; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined; ignore_selection?: boolean | undefined; ignoreSelection?: boolean | undefined }]
    | [b: Shape | readonly Shape[] | Sketch, angle: number | undefined, options?: { mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined; ignore_selection?: boolean | undefined; ignoreSelection?: boolean | undefined }]
    | [b: Shape | readonly Shape[] | Sketch, angle: number | undefined, mode: "a" | "s" | "i" | "r" | "c" | undefined, options?: { tag?: string | null | undefined; ignore_selection?: boolean | undefined; ignoreSelection?: boolean | undefined }]
    | [b: Shape | readonly Shape[] | Sketch, angle: number | undefined, mode: "a" | "s" | "i" | "r" | "c" | undefined, tag: string | null | undefined, options?: { ignore_selection?: boolean | undefined; ignoreSelection?: boolean | undefined }]
    | [b: Shape | readonly Shape[] | Sketch, angle?: number | undefined, mode?: "a" | "s" | "i" | "r" | "c" | undefined, tag?: string | null | undefined, ignore_selection?: boolean | undefined, options?: { ignoreSelection?: boolean | undefined }];
  rect:
    | [options: { w: number; h: number; angle?: number | undefined; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [w: number, options: { h: number; angle?: number | undefined; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [w: number, h: number, options?: { angle?: number | undefined; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [w: number, h: number, angle: number | undefined, options?: { mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [w: number, h: number, angle: number | undefined, mode: "a" | "s" | "i" | "r" | "c" | undefined, options?: { tag?: string | null | undefined }]
    | [w: number, h: number, angle?: number | undefined, mode?: "a" | "s" | "i" | "r" | "c" | undefined, tag?: string | null | undefined];
  circle:
    | [options: { r: number; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [r: number, options?: { mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [r: number, mode: "a" | "s" | "i" | "r" | "c" | undefined, options?: { tag?: string | null | undefined }]
    | [r: number, mode?: "a" | "s" | "i" | "r" | "c" | undefined, tag?: string | null | undefined];
  ellipse:
    | [options: { a1: number; a2: number; angle?: number | undefined; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [a1: number, options: { a2: number; angle?: number | undefined; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [a1: number, a2: number, options?: { angle?: number | undefined; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [a1: number, a2: number, angle: number | undefined, options?: { mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [a1: number, a2: number, angle: number | undefined, mode: "a" | "s" | "i" | "r" | "c" | undefined, options?: { tag?: string | null | undefined }]
    | [a1: number, a2: number, angle?: number | undefined, mode?: "a" | "s" | "i" | "r" | "c" | undefined, tag?: string | null | undefined];
  trapezoid:
    | [options: { w: number; h: number; a1: number; a2?: number | null | undefined; angle?: number | undefined; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [w: number, options: { h: number; a1: number; a2?: number | null | undefined; angle?: number | undefined; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [w: number, h: number, options: { a1: number; a2?: number | null | undefined; angle?: number | undefined; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [w: number, h: number, a1: number, options?: { a2?: number | null | undefined; angle?: number | undefined; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [w: number, h: number, a1: number, a2: number | null | undefined, options?: { angle?: number | undefined; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [w: number, h: number, a1: number, a2: number | null | undefined, angle: number | undefined, options?: { mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [w: number, h: number, a1: number, a2: number | null | undefined, angle: number | undefined, mode: "a" | "s" | "i" | "r" | "c" | undefined, options?: { tag?: string | null | undefined }]
    | [w: number, h: number, a1: number, a2?: number | null | undefined, angle?: number | undefined, mode?: "a" | "s" | "i" | "r" | "c" | undefined, tag?: string | null | undefined];
  slot:
    | [options: { w: number; h: number; angle?: number | undefined; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [w: number, options: { h: number; angle?: number | undefined; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [w: number, h: number, options?: { angle?: number | undefined; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [w: number, h: number, angle: number | undefined, options?: { mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [w: number, h: number, angle: number | undefined, mode: "a" | "s" | "i" | "r" | "c" | undefined, options?: { tag?: string | null | undefined }]
    | [w: number, h: number, angle?: number | undefined, mode?: "a" | "s" | "i" | "r" | "c" | undefined, tag?: string | null | undefined];
  regularPolygon:
    | [options: { r: number; n: number; angle?: number | undefined; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [r: number, options: { n: number; angle?: number | undefined; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [r: number, n: number, options?: { angle?: number | undefined; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [r: number, n: number, angle: number | undefined, options?: { mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [r: number, n: number, angle: number | undefined, mode: "a" | "s" | "i" | "r" | "c" | undefined, options?: { tag?: string | null | undefined }]
    | [r: number, n: number, angle?: number | undefined, mode?: "a" | "s" | "i" | "r" | "c" | undefined, tag?: string | null | undefined];
  polygon:
    | [options: { pts: readonly VectorLike[]; angle?: number | undefined; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [pts: readonly VectorLike[], options?: { angle?: number | undefined; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [pts: readonly VectorLike[], angle: number | undefined, options?: { mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [pts: readonly VectorLike[], angle: number | undefined, mode: "a" | "s" | "i" | "r" | "c" | undefined, options?: { tag?: string | null | undefined }]
    | [pts: readonly VectorLike[], angle?: number | undefined, mode?: "a" | "s" | "i" | "r" | "c" | undefined, tag?: string | null | undefined];
  rarray:
    | [options: { xs: number; ys: number; nx: number; ny: number }]
    | [xs: number, options: { ys: number; nx: number; ny: number }]
    | [xs: number, ys: number, options: { nx: number; ny: number }]
    | [xs: number, ys: number, nx: number, options: { ny: number }]
    | [xs: number, ys: number, nx: number, ny: number];
  parray:
    | [options: { r: number; a1: number; da: number; n: number; rotate?: boolean | undefined }]
    | [r: number, options: { a1: number; da: number; n: number; rotate?: boolean | undefined }]
    | [r: number, a1: number, options: { da: number; n: number; rotate?: boolean | undefined }]
    | [r: number, a1: number, da: number, options: { n: number; rotate?: boolean | undefined }]
    | [r: number, a1: number, da: number, n: number, options?: { rotate?: boolean | undefined }]
    | [r: number, a1: number, da: number, n: number, rotate?: boolean | undefined];
  push:
    | [options: { locs: readonly (VectorLike | Location)[]; tag?: string | null | undefined }]
    | [locs: readonly (VectorLike | Location)[], options?: { tag?: string | null | undefined }]
    | [locs: readonly (VectorLike | Location)[], tag?: string | null | undefined];
  each:
    | [options: { callback: (location: Location) => Shape | Sketch; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined; ignore_selection?: boolean | undefined; ignoreSelection?: boolean | undefined }]
    | [callback: (location: Location) => Shape | Sketch, options?: { mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined; ignore_selection?: boolean | undefined; ignoreSelection?: boolean | undefined }]
    | [callback: (location: Location) => Shape | Sketch, mode: "a" | "s" | "i" | "r" | "c" | undefined, options?: { tag?: string | null | undefined; ignore_selection?: boolean | undefined; ignoreSelection?: boolean | undefined }]
    | [callback: (location: Location) => Shape | Sketch, mode: "a" | "s" | "i" | "r" | "c" | undefined, tag: string | null | undefined, options?: { ignore_selection?: boolean | undefined; ignoreSelection?: boolean | undefined }]
    | [callback: (location: Location) => Shape | Sketch, mode?: "a" | "s" | "i" | "r" | "c" | undefined, tag?: string | null | undefined, ignore_selection?: boolean | undefined, options?: { ignoreSelection?: boolean | undefined }];
  offset:
    | [options: { d: number; mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [d: number, options?: { mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [d: number, mode: "a" | "s" | "i" | "r" | "c" | undefined, options?: { tag?: string | null | undefined }]
    | [d: number, mode?: "a" | "s" | "i" | "r" | "c" | undefined, tag?: string | null | undefined];
  fillet:
    | [options: { d: number }]
    | [d: number];
  chamfer:
    | [options: { d: number }]
    | [d: number];
  clean:
    | [];
  tag:
    | [options: { tag: string }]
    | [tag: string];
  select:
    | [...tags: (string)[]];
  faces:
    | [options?: { s?: string | Selector | null | undefined; tag?: string | null | undefined }]
    | [s: string | Selector | null | undefined, options?: { tag?: string | null | undefined }]
    | [s?: string | Selector | null | undefined, tag?: string | null | undefined];
  wires:
    | [options?: { s?: string | Selector | null | undefined; tag?: string | null | undefined }]
    | [s: string | Selector | null | undefined, options?: { tag?: string | null | undefined }]
    | [s?: string | Selector | null | undefined, tag?: string | null | undefined];
  edges:
    | [options?: { s?: string | Selector | null | undefined; tag?: string | null | undefined }]
    | [s: string | Selector | null | undefined, options?: { tag?: string | null | undefined }]
    | [s?: string | Selector | null | undefined, tag?: string | null | undefined];
  vertices:
    | [options?: { s?: string | Selector | null | undefined; tag?: string | null | undefined }]
    | [s: string | Selector | null | undefined, options?: { tag?: string | null | undefined }]
    | [s?: string | Selector | null | undefined, tag?: string | null | undefined];
  reset:
    | [];
  delete:
    | [];
  segment:
    | [options: { p1: VectorLike; p2: VectorLike; tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [p1: VectorLike, options: { p2: VectorLike; tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [p1: VectorLike, p2: VectorLike, options?: { tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [p1: VectorLike, p2: VectorLike, tag: string | null | undefined, options?: { forConstruction?: boolean | undefined }]
    | [p1: VectorLike, p2: VectorLike, tag?: string | null | undefined, forConstruction?: boolean | undefined]
    | [options: { p2: VectorLike; tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [p2: VectorLike, options?: { tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [p2: VectorLike, tag: string | null | undefined, options?: { forConstruction?: boolean | undefined }]
    | [p2: VectorLike, tag?: string | null | undefined, forConstruction?: boolean | undefined]
    | [options: { l: number; a: number; tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [l: number, options: { a: number; tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [l: number, a: number, options?: { tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [l: number, a: number, tag: string | null | undefined, options?: { forConstruction?: boolean | undefined }]
    | [l: number, a: number, tag?: string | null | undefined, forConstruction?: boolean | undefined];
  arc:
    | [options: { p1: VectorLike; p2: VectorLike; p3: VectorLike; tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [p1: VectorLike, options: { p2: VectorLike; p3: VectorLike; tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [p1: VectorLike, p2: VectorLike, options: { p3: VectorLike; tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [p1: VectorLike, p2: VectorLike, p3: VectorLike, options?: { tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [p1: VectorLike, p2: VectorLike, p3: VectorLike, tag: string | null | undefined, options?: { forConstruction?: boolean | undefined }]
    | [p1: VectorLike, p2: VectorLike, p3: VectorLike, tag?: string | null | undefined, forConstruction?: boolean | undefined]
    | [options: { p2: VectorLike; p3: VectorLike; tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [p2: VectorLike, options: { p3: VectorLike; tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [p2: VectorLike, p3: VectorLike, options?: { tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [p2: VectorLike, p3: VectorLike, tag: string | null | undefined, options?: { forConstruction?: boolean | undefined }]
    | [p2: VectorLike, p3: VectorLike, tag?: string | null | undefined, forConstruction?: boolean | undefined]
    | [options: { c: VectorLike; r: number; a: number; da: number; tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [c: VectorLike, options: { r: number; a: number; da: number; tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [c: VectorLike, r: number, options: { a: number; da: number; tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [c: VectorLike, r: number, a: number, options: { da: number; tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [c: VectorLike, r: number, a: number, da: number, options?: { tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [c: VectorLike, r: number, a: number, da: number, tag: string | null | undefined, options?: { forConstruction?: boolean | undefined }]
    | [c: VectorLike, r: number, a: number, da: number, tag?: string | null | undefined, forConstruction?: boolean | undefined];
  distribute:
    | [options: { n: number; start?: number | undefined; stop?: number | undefined; rotate?: boolean | undefined }]
    | [n: number, options?: { start?: number | undefined; stop?: number | undefined; rotate?: boolean | undefined }]
    | [n: number, start: number | undefined, options?: { stop?: number | undefined; rotate?: boolean | undefined }]
    | [n: number, start: number | undefined, stop: number | undefined, options?: { rotate?: boolean | undefined }]
    | [n: number, start?: number | undefined, stop?: number | undefined, rotate?: boolean | undefined];
  spline:
    | [options: { pts: readonly VectorLike[]; tangents?: readonly VectorLike[] | null | undefined; periodic: boolean; tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [pts: readonly VectorLike[], options: { tangents?: readonly VectorLike[] | null | undefined; periodic: boolean; tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [pts: readonly VectorLike[], tangents: readonly VectorLike[] | null | undefined, options: { periodic: boolean; tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [pts: readonly VectorLike[], tangents: readonly VectorLike[] | null | undefined, periodic: boolean, options?: { tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [pts: readonly VectorLike[], tangents: readonly VectorLike[] | null | undefined, periodic: boolean, tag: string | null | undefined, options?: { forConstruction?: boolean | undefined }]
    | [pts: readonly VectorLike[], tangents: readonly VectorLike[] | null | undefined, periodic: boolean, tag?: string | null | undefined, forConstruction?: boolean | undefined]
    | [options: { pts: readonly VectorLike[]; tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [pts: readonly VectorLike[], options?: { tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [pts: readonly VectorLike[], tag: string | null | undefined, options?: { forConstruction?: boolean | undefined }]
    | [pts: readonly VectorLike[], tag?: string | null | undefined, forConstruction?: boolean | undefined];
  constrain:
    | [options: { tag: string; constraint: "Fixed" | "FixedPoint" | "Coincident" | "Angle" | "Length" | "Distance" | "Radius" | "Orientation" | "ArcAngle"; arg?: number | readonly (number | null)[] | null | undefined }]
    | [tag: string, options: { constraint: "Fixed" | "FixedPoint" | "Coincident" | "Angle" | "Length" | "Distance" | "Radius" | "Orientation" | "ArcAngle"; arg?: number | readonly (number | null)[] | null | undefined }]
    | [tag: string, constraint: "Fixed" | "FixedPoint" | "Coincident" | "Angle" | "Length" | "Distance" | "Radius" | "Orientation" | "ArcAngle", options?: { arg?: number | readonly (number | null)[] | null | undefined }]
    | [tag: string, constraint: "Fixed" | "FixedPoint" | "Coincident" | "Angle" | "Length" | "Distance" | "Radius" | "Orientation" | "ArcAngle", arg?: number | readonly (number | null)[] | null | undefined]
    | [options: { tag1: string; tag2: string; constraint: "Fixed" | "FixedPoint" | "Coincident" | "Angle" | "Length" | "Distance" | "Radius" | "Orientation" | "ArcAngle"; arg?: number | readonly (number | null)[] | null | undefined }]
    | [tag1: string, options: { tag2: string; constraint: "Fixed" | "FixedPoint" | "Coincident" | "Angle" | "Length" | "Distance" | "Radius" | "Orientation" | "ArcAngle"; arg?: number | readonly (number | null)[] | null | undefined }]
    | [tag1: string, tag2: string, options: { constraint: "Fixed" | "FixedPoint" | "Coincident" | "Angle" | "Length" | "Distance" | "Radius" | "Orientation" | "ArcAngle"; arg?: number | readonly (number | null)[] | null | undefined }]
    | [tag1: string, tag2: string, constraint: "Fixed" | "FixedPoint" | "Coincident" | "Angle" | "Length" | "Distance" | "Radius" | "Orientation" | "ArcAngle", options?: { arg?: number | readonly (number | null)[] | null | undefined }]
    | [tag1: string, tag2: string, constraint: "Fixed" | "FixedPoint" | "Coincident" | "Angle" | "Length" | "Distance" | "Radius" | "Orientation" | "ArcAngle", arg?: number | readonly (number | null)[] | null | undefined];
  solve:
    | [];
  bezier:
    | [options: { pts: readonly VectorLike[]; tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [pts: readonly VectorLike[], options?: { tag?: string | null | undefined; forConstruction?: boolean | undefined }]
    | [pts: readonly VectorLike[], tag: string | null | undefined, options?: { forConstruction?: boolean | undefined }]
    | [pts: readonly VectorLike[], tag?: string | null | undefined, forConstruction?: boolean | undefined];
  close:
    | [options?: { tag?: string | null | undefined }]
    | [tag?: string | null | undefined];
  assemble:
    | [options?: { mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [mode: "a" | "s" | "i" | "r" | "c" | undefined, options?: { tag?: string | null | undefined }]
    | [mode?: "a" | "s" | "i" | "r" | "c" | undefined, tag?: string | null | undefined];
  moved:
    | [options: { loc: Location | VectorLike }]
    | [loc: Location | VectorLike];
  located:
    | [options?: { loc?: Location | null | undefined }]
    | [loc?: Location | null | undefined];
  finalize:
    | [];
  copy:
    | [];
  hull:
    | [options?: { mode?: "a" | "s" | "i" | "r" | "c" | undefined; tag?: string | null | undefined }]
    | [mode: "a" | "s" | "i" | "r" | "c" | undefined, options?: { tag?: string | null | undefined }]
    | [mode?: "a" | "s" | "i" | "r" | "c" | undefined, tag?: string | null | undefined];
  val:
    | [];
  vals:
    | [];
  facesShape:
    | [];
  union:
    | [options: { other: Sketch }]
    | [other: Sketch];
  cut:
    | [options: { other: Sketch }]
    | [other: Sketch];
  intersect:
    | [options: { other: Sketch }]
    | [other: Sketch];
  split:
    | [options: { other: Sketch }]
    | [other: Sketch];
}

/** What each Sketch method receives after binding. */
export interface SketchValues {
  face: { form: 0; b: Shape | readonly Shape[] | Sketch; angle: number; mode: "a" | "s" | "i" | "r" | "c"; tag: string | undefined; ignore_selection: boolean; ignoreSelection: boolean };
  rect: { form: 0; w: number; h: number; angle: number; mode: "a" | "s" | "i" | "r" | "c"; tag: string | undefined };
  circle: { form: 0; r: number; mode: "a" | "s" | "i" | "r" | "c"; tag: string | undefined };
  ellipse: { form: 0; a1: number; a2: number; angle: number; mode: "a" | "s" | "i" | "r" | "c"; tag: string | undefined };
  trapezoid: { form: 0; w: number; h: number; a1: number; a2: number | undefined; angle: number; mode: "a" | "s" | "i" | "r" | "c"; tag: string | undefined };
  slot: { form: 0; w: number; h: number; angle: number; mode: "a" | "s" | "i" | "r" | "c"; tag: string | undefined };
  regularPolygon: { form: 0; r: number; n: number; angle: number; mode: "a" | "s" | "i" | "r" | "c"; tag: string | undefined };
  polygon: { form: 0; pts: Vector[]; angle: number; mode: "a" | "s" | "i" | "r" | "c"; tag: string | undefined };
  rarray: { form: 0; xs: number; ys: number; nx: number; ny: number };
  parray: { form: 0; r: number; a1: number; da: number; n: number; rotate: boolean };
  push: { form: 0; locs: (Vector | Location)[]; tag: string | undefined };
  each: { form: 0; callback: (location: Location) => Shape | Sketch; mode: "a" | "s" | "i" | "r" | "c"; tag: string | undefined; ignore_selection: boolean; ignoreSelection: boolean };
  offset: { form: 0; d: number; mode: "a" | "s" | "i" | "r" | "c"; tag: string | undefined };
  fillet: { form: 0; d: number };
  chamfer: { form: 0; d: number };
  clean: { form: 0;  };
  tag: { form: 0; tag: string };
  select: { form: 0; tags: (string)[] };
  faces: { form: 0; s: string | Selector | undefined; tag: string | undefined };
  wires: { form: 0; s: string | Selector | undefined; tag: string | undefined };
  edges: { form: 0; s: string | Selector | undefined; tag: string | undefined };
  vertices: { form: 0; s: string | Selector | undefined; tag: string | undefined };
  reset: { form: 0;  };
  delete: { form: 0;  };
  segment: { form: 0; p1: Vector; p2: Vector; tag: string | undefined; forConstruction: boolean } | { form: 1; p2: Vector; tag: string | undefined; forConstruction: boolean } | { form: 2; l: number; a: number; tag: string | undefined; forConstruction: boolean };
  arc: { form: 0; p1: Vector; p2: Vector; p3: Vector; tag: string | undefined; forConstruction: boolean } | { form: 1; p2: Vector; p3: Vector; tag: string | undefined; forConstruction: boolean } | { form: 2; c: Vector; r: number; a: number; da: number; tag: string | undefined; forConstruction: boolean };
  distribute: { form: 0; n: number; start: number; stop: number; rotate: boolean };
  spline: { form: 0; pts: Vector[]; tangents: Vector[] | null | undefined; periodic: boolean; tag: string | undefined; forConstruction: boolean } | { form: 1; pts: Vector[]; tag: string | undefined; forConstruction: boolean };
  constrain: { form: 0; tag: string; constraint: "Fixed" | "FixedPoint" | "Coincident" | "Angle" | "Length" | "Distance" | "Radius" | "Orientation" | "ArcAngle"; arg: number | readonly (number | null)[] | null | undefined } | { form: 1; tag1: string; tag2: string; constraint: "Fixed" | "FixedPoint" | "Coincident" | "Angle" | "Length" | "Distance" | "Radius" | "Orientation" | "ArcAngle"; arg: number | readonly (number | null)[] | null | undefined };
  solve: { form: 0;  };
  bezier: { form: 0; pts: Vector[]; tag: string | undefined; forConstruction: boolean };
  close: { form: 0; tag: string | undefined };
  assemble: { form: 0; mode: "a" | "s" | "i" | "r" | "c"; tag: string | undefined };
  moved: { form: 0; loc: Location | VectorLike };
  located: { form: 0; loc: Location | undefined };
  finalize: { form: 0;  };
  copy: { form: 0;  };
  hull: { form: 0; mode: "a" | "s" | "i" | "r" | "c"; tag: string | undefined };
  val: { form: 0;  };
  vals: { form: 0;  };
  facesShape: { form: 0;  };
  union: { form: 0; other: Sketch };
  cut: { form: 0; other: Sketch };
  intersect: { form: 0; other: Sketch };
  split: { form: 0; other: Sketch };
}

/** What a script may pass to each Assembly method: positionally, by name in a trailing options object, or both. */
export interface AssemblyArgs {
  __init__:
    | [options?: { obj?: Shape | Workplane | null | undefined; loc?: Location | VectorLike | null | undefined; name?: string | null | undefined; color?: Color | string | null | undefined; metadata?: Readonly<Record<string, unknown>> | null | undefined }]
    | [obj: Shape | Workplane | null | undefined, options?: { loc?: Location | VectorLike | null | undefined; name?: string | null | undefined; color?: Color | string | null | undefined; metadata?: Readonly<Record<string, unknown>> | null | undefined }]
    | [obj: Shape | Workplane | null | undefined, loc: Location | VectorLike | null | undefined, options?: { name?: string | null | undefined; color?: Color | string | null | undefined; metadata?: Readonly<Record<string, unknown>> | null | undefined }]
    | [obj: Shape | Workplane | null | undefined, loc: Location | VectorLike | null | undefined, name: string | null | undefined, options?: { color?: Color | string | null | undefined; metadata?: Readonly<Record<string, unknown>> | null | undefined }]
    | [obj: Shape | Workplane | null | undefined, loc: Location | VectorLike | null | undefined, name: string | null | undefined, color: Color | string | null | undefined]
    | [obj?: Shape | Workplane | null | undefined, loc?: Location | VectorLike | null | undefined, name?: string | null | undefined, color?: Color | string | null | undefined, metadata?: Readonly<Record<string, unknown>> | null | undefined];
  add:
    | [options?: { obj?: Shape | Workplane | Assembly | null | undefined; loc?: Location | VectorLike | null | undefined; name?: string | null | undefined; color?: Color | string | null | undefined; metadata?: Readonly<Record<string, unknown>> | null | undefined }]
    | [obj: Shape | Workplane | Assembly | null | undefined, options?: { loc?: Location | VectorLike | null | undefined; name?: string | null | undefined; color?: Color | string | null | undefined; metadata?: Readonly<Record<string, unknown>> | null | undefined }]
    | [obj: Shape | Workplane | Assembly | null | undefined, loc: Location | VectorLike | null | undefined, options?: { name?: string | null | undefined; color?: Color | string | null | undefined; metadata?: Readonly<Record<string, unknown>> | null | undefined }]
    | [obj: Shape | Workplane | Assembly | null | undefined, loc: Location | VectorLike | null | undefined, name: string | null | undefined, options?: { color?: Color | string | null | undefined; metadata?: Readonly<Record<string, unknown>> | null | undefined }]
    | [obj: Shape | Workplane | Assembly | null | undefined, loc: Location | VectorLike | null | undefined, name: string | null | undefined, color: Color | string | null | undefined]
    | [obj?: Shape | Workplane | Assembly | null | undefined, loc?: Location | VectorLike | null | undefined, name?: string | null | undefined, color?: Color | string | null | undefined, metadata?: Readonly<Record<string, unknown>> | null | undefined];
  traverse:
    | [];
  parts:
    | [];
  toShapes:
    | [];
  constrain:
    | [options: { q1: string; kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation"; param?: number | readonly number[] | null | undefined }]
    | [q1: string, options: { kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation"; param?: number | readonly number[] | null | undefined }]
    | [q1: string, kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation", options?: { param?: number | readonly number[] | null | undefined }]
    | [q1: string, kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation", param?: number | readonly number[] | null | undefined]
    | [options: { q1: string; q2: string; kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation"; param?: number | readonly number[] | null | undefined }]
    | [q1: string, options: { q2: string; kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation"; param?: number | readonly number[] | null | undefined }]
    | [q1: string, q2: string, options: { kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation"; param?: number | readonly number[] | null | undefined }]
    | [q1: string, q2: string, kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation", options?: { param?: number | readonly number[] | null | undefined }]
    | [q1: string, q2: string, kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation", param?: number | readonly number[] | null | undefined]
    | [options: { id1: string; s1: Shape; id2: string; s2: Shape; kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation"; param?: number | readonly number[] | null | undefined }]
    | [id1: string, options: { s1: Shape; id2: string; s2: Shape; kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation"; param?: number | readonly number[] | null | undefined }]
    | [id1: string, s1: Shape, options: { id2: string; s2: Shape; kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation"; param?: number | readonly number[] | null | undefined }]
    | [id1: string, s1: Shape, id2: string, options: { s2: Shape; kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation"; param?: number | readonly number[] | null | undefined }]
    | [id1: string, s1: Shape, id2: string, s2: Shape, options: { kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation"; param?: number | readonly number[] | null | undefined }]
    | [id1: string, s1: Shape, id2: string, s2: Shape, kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation", options?: { param?: number | readonly number[] | null | undefined }]
    | [id1: string, s1: Shape, id2: string, s2: Shape, kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation", param?: number | readonly number[] | null | undefined]
    | [options: { id1: string; s1: Shape; kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation"; param?: number | readonly number[] | null | undefined }]
    | [id1: string, options: { s1: Shape; kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation"; param?: number | readonly number[] | null | undefined }]
    | [id1: string, s1: Shape, options: { kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation"; param?: number | readonly number[] | null | undefined }]
    | [id1: string, s1: Shape, kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation", options?: { param?: number | readonly number[] | null | undefined }]
    | [id1: string, s1: Shape, kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation", param?: number | readonly number[] | null | undefined];
  solve:
    | [options?: { verbosity?: number | undefined }]
    | [verbosity?: number | undefined];
}

/** What each Assembly method receives after binding. */
export interface AssemblyValues {
  __init__: { form: 0; obj: Shape | Workplane | undefined; loc: Location | VectorLike | undefined; name: string | undefined; color: Color | string | undefined; metadata: Record<string, unknown> | undefined };
  add: { form: 0; obj: Shape | Workplane | Assembly | null | undefined; loc: Location | VectorLike | undefined; name: string | undefined; color: Color | string | undefined; metadata: Record<string, unknown> | undefined };
  traverse: { form: 0;  };
  parts: { form: 0;  };
  toShapes: { form: 0;  };
  constrain: { form: 0; q1: string; kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation"; param: number | readonly number[] | undefined } | { form: 1; q1: string; q2: string; kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation"; param: number | readonly number[] | undefined } | { form: 2; id1: string; s1: Shape; id2: string; s2: Shape; kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation"; param: number | readonly number[] | undefined } | { form: 3; id1: string; s1: Shape; kind: "Point" | "Axis" | "Plane" | "PointInPlane" | "PointOnLine" | "Fixed" | "FixedPoint" | "FixedAxis" | "FixedRotation"; param: number | readonly number[] | undefined };
  solve: { form: 0; verbosity: number };
}

/** What a script may pass to each Shape method: positionally, by name in a trailing options object, or both. */
export interface ShapeArgs {
  ShapeType:
    | [];
  geomTypeName:
    | [];
  center:
    | [];
  normal:
    | [];
  direction:
    | [];
  length:
    | [];
  area:
    | [];
  boundingBox:
    | [];
  Center:
    | [];
  CenterOfBoundBox:
    | [options?: { tolerance?: number | null | undefined }]
    | [tolerance?: number | null | undefined];
  Volume:
    | [];
  Area:
    | [];
  BoundingBox:
    | [options?: { tolerance?: number | null | undefined }]
    | [tolerance?: number | null | undefined];
  isValid:
    | [];
  isNull:
    | [];
  isSame:
    | [options: { other: Shape }]
    | [other: Shape];
  isEqual:
    | [options: { other: Shape }]
    | [other: Shape];
  Closed:
    | [];
  clean:
    | [];
  fix:
    | [];
  copy:
    | [options?: { mesh?: boolean | undefined }]
    | [mesh?: boolean | undefined];
  Vertices:
    | [];
  Edges:
    | [];
  Wires:
    | [];
  Faces:
    | [];
  Shells:
    | [];
  Solids:
    | [];
  Compounds:
    | [];
  vertices:
    | [options?: { selector?: string | Selector | null | undefined }]
    | [selector?: string | Selector | null | undefined];
  edges:
    | [options?: { selector?: string | Selector | null | undefined }]
    | [selector?: string | Selector | null | undefined];
  wires:
    | [options?: { selector?: string | Selector | null | undefined }]
    | [selector?: string | Selector | null | undefined];
  faces:
    | [options?: { selector?: string | Selector | null | undefined }]
    | [selector?: string | Selector | null | undefined];
  shells:
    | [options?: { selector?: string | Selector | null | undefined }]
    | [selector?: string | Selector | null | undefined];
  solids:
    | [options?: { selector?: string | Selector | null | undefined }]
    | [selector?: string | Selector | null | undefined];
  rotate:
    | [options: { startVector: VectorLike; endVector: VectorLike; angleDegrees: number }]
    | [startVector: VectorLike, options: { endVector: VectorLike; angleDegrees: number }]
    | [startVector: VectorLike, endVector: VectorLike, options: { angleDegrees: number }]
    | [startVector: VectorLike, endVector: VectorLike, angleDegrees: number];
  translate:
    | [options: { vector: VectorLike }]
    | [vector: VectorLike];
  scale:
    | [options: { factor: number }]
    | [factor: number];
  mirror:
    | [options?: { mirrorPlane?: "XY" | "YX" | "XZ" | "ZX" | "YZ" | "ZY" | VectorLike | undefined; basePointVector?: VectorLike | undefined }]
    | [mirrorPlane: "XY" | "YX" | "XZ" | "ZX" | "YZ" | "ZY" | VectorLike | undefined, options?: { basePointVector?: VectorLike | undefined }]
    | [mirrorPlane?: "XY" | "YX" | "XZ" | "ZX" | "YZ" | "ZY" | VectorLike | undefined, basePointVector?: VectorLike | undefined];
  transformShape:
    | [options: { tMatrix: readonly (readonly number[])[] }]
    | [tMatrix: readonly (readonly number[])[]];
  transformGeometry:
    | [options: { tMatrix: readonly (readonly number[])[] }]
    | [tMatrix: readonly (readonly number[])[]];
  location:
    | [];
  locate:
    | [options: { loc: Location }]
    | [loc: Location];
  located:
    | [options: { loc: Location }]
    | [loc: Location];
  move:
    | [options: { loc: Location | VectorLike }]
    | [loc: Location | VectorLike]
    | [options?: { x?: number | undefined; y?: number | undefined; z?: number | undefined; rx?: number | undefined; ry?: number | undefined; rz?: number | undefined }]
    | [x: number | undefined, options?: { y?: number | undefined; z?: number | undefined; rx?: number | undefined; ry?: number | undefined; rz?: number | undefined }]
    | [x: number | undefined, y: number | undefined, options?: { z?: number | undefined; rx?: number | undefined; ry?: number | undefined; rz?: number | undefined }]
    | [x: number | undefined, y: number | undefined, z: number | undefined, options?: { rx?: number | undefined; ry?: number | undefined; rz?: number | undefined }]
    | [x: number | undefined, y: number | undefined, z: number | undefined, rx: number | undefined, options?: { ry?: number | undefined; rz?: number | undefined }]
    | [x: number | undefined, y: number | undefined, z: number | undefined, rx: number | undefined, ry: number | undefined, options?: { rz?: number | undefined }]
    | [x?: number | undefined, y?: number | undefined, z?: number | undefined, rx?: number | undefined, ry?: number | undefined, rz?: number | undefined]
    | [options: { s: Shape }]
    | [s: Shape];
  moved:
    | [loc1: Location | VectorLike, loc2: Location | VectorLike, ...locs: (Location | VectorLike)[]]
    | [options: { loc: Location | VectorLike }]
    | [loc: Location | VectorLike]
    | [options: { locs: readonly (Location | VectorLike)[] }]
    | [locs: readonly (Location | VectorLike)[]]
    | [options?: { x?: number | undefined; y?: number | undefined; z?: number | undefined; rx?: number | undefined; ry?: number | undefined; rz?: number | undefined }]
    | [x: number | undefined, options?: { y?: number | undefined; z?: number | undefined; rx?: number | undefined; ry?: number | undefined; rz?: number | undefined }]
    | [x: number | undefined, y: number | undefined, options?: { z?: number | undefined; rx?: number | undefined; ry?: number | undefined; rz?: number | undefined }]
    | [x: number | undefined, y: number | undefined, z: number | undefined, options?: { rx?: number | undefined; ry?: number | undefined; rz?: number | undefined }]
    | [x: number | undefined, y: number | undefined, z: number | undefined, rx: number | undefined, options?: { ry?: number | undefined; rz?: number | undefined }]
    | [x: number | undefined, y: number | undefined, z: number | undefined, rx: number | undefined, ry: number | undefined, options?: { rz?: number | undefined }]
    | [x?: number | undefined, y?: number | undefined, z?: number | undefined, rx?: number | undefined, ry?: number | undefined, rz?: number | undefined]
    | [options: { s: Shape }]
    | [s: Shape];
  vertex:
    | [options?: { selector?: string | Selector | null | undefined }]
    | [selector?: string | Selector | null | undefined];
  edge:
    | [options?: { selector?: string | Selector | null | undefined }]
    | [selector?: string | Selector | null | undefined];
  wire:
    | [options?: { selector?: string | Selector | null | undefined }]
    | [selector?: string | Selector | null | undefined];
  face:
    | [options?: { selector?: string | Selector | null | undefined }]
    | [selector?: string | Selector | null | undefined];
  solid:
    | [options?: { selector?: string | Selector | null | undefined }]
    | [selector?: string | Selector | null | undefined];
  toLocs:
    | [];
  remove:
    | [...subshape: (Shape)[]];
  replace:
    | [old: Shape, ...new: (Shape)[]];
  fuse:
    | [...toFuse: (Shape)[]]
    | [...toFuse: (Shape)[], options: { glue?: boolean | undefined; tol?: number | null | undefined }];
  cut:
    | [...toCut: (Shape)[]]
    | [...toCut: (Shape)[], options: { tol?: number | null | undefined }];
  intersect:
    | [...toIntersect: (Shape)[]]
    | [...toIntersect: (Shape)[], options: { tol?: number | null | undefined }];
  split:
    | [...splitters: (Shape)[]];
  distance:
    | [options: { other: Shape }]
    | [other: Shape];
  ancestors:
    | [options: { shape: Shape; kind: "Vertex" | "Edge" | "Wire" | "Face" | "Shell" | "Solid" | "CompSolid" | "Compound" }]
    | [shape: Shape, options: { kind: "Vertex" | "Edge" | "Wire" | "Face" | "Shell" | "Solid" | "CompSolid" | "Compound" }]
    | [shape: Shape, kind: "Vertex" | "Edge" | "Wire" | "Face" | "Shell" | "Solid" | "CompSolid" | "Compound"];
  siblings:
    | [options: { shape: Shape; kind: "Vertex" | "Edge" | "Wire" | "Face" | "Shell" | "Solid" | "CompSolid" | "Compound"; level?: number | undefined }]
    | [shape: Shape, options: { kind: "Vertex" | "Edge" | "Wire" | "Face" | "Shell" | "Solid" | "CompSolid" | "Compound"; level?: number | undefined }]
    | [shape: Shape, kind: "Vertex" | "Edge" | "Wire" | "Face" | "Shell" | "Solid" | "CompSolid" | "Compound", options?: { level?: number | undefined }]
    | [shape: Shape, kind: "Vertex" | "Edge" | "Wire" | "Face" | "Shell" | "Solid" | "CompSolid" | "Compound", level?: number | undefined];
  distances:
    | [...others: (Shape)[]];
  exportStl:
    | [options: { fileName: string; tolerance?: number | undefined; angularTolerance?: number | undefined; ascii?: boolean | undefined; relative?: boolean | undefined; parallel?: boolean | undefined }]
    | [fileName: string, options?: { tolerance?: number | undefined; angularTolerance?: number | undefined; ascii?: boolean | undefined; relative?: boolean | undefined; parallel?: boolean | undefined }]
    | [fileName: string, tolerance: number | undefined, options?: { angularTolerance?: number | undefined; ascii?: boolean | undefined; relative?: boolean | undefined; parallel?: boolean | undefined }]
    | [fileName: string, tolerance: number | undefined, angularTolerance: number | undefined, options?: { ascii?: boolean | undefined; relative?: boolean | undefined; parallel?: boolean | undefined }]
    | [fileName: string, tolerance: number | undefined, angularTolerance: number | undefined, ascii: boolean | undefined, options?: { relative?: boolean | undefined; parallel?: boolean | undefined }]
    | [fileName: string, tolerance: number | undefined, angularTolerance: number | undefined, ascii: boolean | undefined, relative: boolean | undefined, options?: { parallel?: boolean | undefined }]
    | [fileName: string, tolerance?: number | undefined, angularTolerance?: number | undefined, ascii?: boolean | undefined, relative?: boolean | undefined, parallel?: boolean | undefined];
  exportStep:
    | [options: { fileName: string }]
    | [fileName: string];
  exportBrep:
    | [options: { f: string }]
    | [f: string];
  exportBin:
    | [options: { f: string }]
    | [f: string];
  export:
    | [options: { fname: string; tolerance?: number | undefined; angularTolerance?: number | undefined; opt?: Readonly<Record<string, unknown>> | null | undefined }]
    | [fname: string, options?: { tolerance?: number | undefined; angularTolerance?: number | undefined; opt?: Readonly<Record<string, unknown>> | null | undefined }]
    | [fname: string, tolerance: number | undefined, options?: { angularTolerance?: number | undefined; opt?: Readonly<Record<string, unknown>> | null | undefined }]
    | [fname: string, tolerance: number | undefined, angularTolerance: number | undefined]
    | [fname: string, tolerance?: number | undefined, angularTolerance?: number | undefined, opt?: Readonly<Record<string, unknown>> | null | undefined];
  importBrep:
    | [options: { f: string }]
    | [f: string];
  importBin:
    | [options: { f: string }]
    | [f: string];
  cast:
    | [options: { obj: Shape }]
    | [obj: Shape];
  computeMass:
    | [options: { obj: Shape }]
    | [obj: Shape];
  centerOfMass:
    | [options: { obj: Shape }]
    | [obj: Shape];
  CombinedCenter:
    | [options: { objects: readonly Shape[] }]
    | [objects: readonly Shape[]];
  CombinedCenterOfBoundBox:
    | [options: { objects: readonly Shape[] }]
    | [objects: readonly Shape[]];
}

/** What each Shape method receives after binding. */
export interface ShapeValues {
  ShapeType: { form: 0;  };
  geomTypeName: { form: 0;  };
  center: { form: 0;  };
  normal: { form: 0;  };
  direction: { form: 0;  };
  length: { form: 0;  };
  area: { form: 0;  };
  boundingBox: { form: 0;  };
  Center: { form: 0;  };
  CenterOfBoundBox: { form: 0; tolerance: number | undefined };
  Volume: { form: 0;  };
  Area: { form: 0;  };
  BoundingBox: { form: 0; tolerance: number | undefined };
  isValid: { form: 0;  };
  isNull: { form: 0;  };
  isSame: { form: 0; other: Shape };
  isEqual: { form: 0; other: Shape };
  Closed: { form: 0;  };
  clean: { form: 0;  };
  fix: { form: 0;  };
  copy: { form: 0; mesh: boolean };
  Vertices: { form: 0;  };
  Edges: { form: 0;  };
  Wires: { form: 0;  };
  Faces: { form: 0;  };
  Shells: { form: 0;  };
  Solids: { form: 0;  };
  Compounds: { form: 0;  };
  vertices: { form: 0; selector: string | Selector | undefined };
  edges: { form: 0; selector: string | Selector | undefined };
  wires: { form: 0; selector: string | Selector | undefined };
  faces: { form: 0; selector: string | Selector | undefined };
  shells: { form: 0; selector: string | Selector | undefined };
  solids: { form: 0; selector: string | Selector | undefined };
  rotate: { form: 0; startVector: Vector; endVector: Vector; angleDegrees: number };
  translate: { form: 0; vector: Vector };
  scale: { form: 0; factor: number };
  mirror: { form: 0; mirrorPlane: "XY" | "YX" | "XZ" | "ZX" | "YZ" | "ZY" | Vector; basePointVector: Vector };
  transformShape: { form: 0; tMatrix: number[][] };
  transformGeometry: { form: 0; tMatrix: number[][] };
  location: { form: 0;  };
  locate: { form: 0; loc: Location };
  located: { form: 0; loc: Location };
  move: { form: 0; loc: Location | VectorLike } | { form: 1; x: number; y: number; z: number; rx: number; ry: number; rz: number } | { form: 2; s: Shape };
  moved: { form: 0; loc1: Location | VectorLike; loc2: Location | VectorLike; locs: (Location | VectorLike)[] } | { form: 1; loc: Location | VectorLike } | { form: 2; locs: readonly (Location | VectorLike)[] } | { form: 3; x: number; y: number; z: number; rx: number; ry: number; rz: number } | { form: 4; s: Shape };
  vertex: { form: 0; selector: string | Selector | undefined };
  edge: { form: 0; selector: string | Selector | undefined };
  wire: { form: 0; selector: string | Selector | undefined };
  face: { form: 0; selector: string | Selector | undefined };
  solid: { form: 0; selector: string | Selector | undefined };
  toLocs: { form: 0;  };
  remove: { form: 0; subshape: (Shape)[] };
  replace: { form: 0; old: Shape; new: (Shape)[] };
  fuse: { form: 0; glue: boolean; tol: number | undefined; toFuse: (Shape)[] };
  cut: { form: 0; tol: number | undefined; toCut: (Shape)[] };
  intersect: { form: 0; tol: number | undefined; toIntersect: (Shape)[] };
  split: { form: 0; splitters: (Shape)[] };
  distance: { form: 0; other: Shape };
  ancestors: { form: 0; shape: Shape; kind: "Vertex" | "Edge" | "Wire" | "Face" | "Shell" | "Solid" | "CompSolid" | "Compound" };
  siblings: { form: 0; shape: Shape; kind: "Vertex" | "Edge" | "Wire" | "Face" | "Shell" | "Solid" | "CompSolid" | "Compound"; level: number };
  distances: { form: 0; others: (Shape)[] };
  exportStl: { form: 0; fileName: string; tolerance: number; angularTolerance: number; ascii: boolean; relative: boolean; parallel: boolean };
  exportStep: { form: 0; fileName: string };
  exportBrep: { form: 0; f: string };
  exportBin: { form: 0; f: string };
  export: { form: 0; fname: string; tolerance: number; angularTolerance: number; opt: Record<string, unknown> | undefined };
  importBrep: { form: 0; f: string };
  importBin: { form: 0; f: string };
  cast: { form: 0; obj: Shape };
  computeMass: { form: 0; obj: Shape };
  centerOfMass: { form: 0; obj: Shape };
  CombinedCenter: { form: 0; objects: Shape[] };
  CombinedCenterOfBoundBox: { form: 0; objects: Shape[] };
}

/** What a script may pass to each Mixin1D method: positionally, by name in a trailing options object, or both. */
export interface Mixin1DArgs {
  startPoint:
    | [];
  endPoint:
    | [];
  paramAt:
    | [options: { d: number }]
    | [d: number];
  tangentAt:
    | [options?: { locationParam?: number | undefined; mode?: "length" | "parameter" | undefined }]
    | [locationParam: number | undefined, options?: { mode?: "length" | "parameter" | undefined }]
    | [locationParam?: number | undefined, mode?: "length" | "parameter" | undefined];
  Length:
    | [];
  radius:
    | [];
  IsClosed:
    | [];
  positionAt:
    | [options: { d: number; mode?: "length" | "parameter" | undefined }]
    | [d: number, options?: { mode?: "length" | "parameter" | undefined }]
    | [d: number, mode?: "length" | "parameter" | undefined];
  positions:
    | [options: { ds: readonly number[]; mode?: "length" | "parameter" | undefined }]
    | [ds: readonly number[], options?: { mode?: "length" | "parameter" | undefined }]
    | [ds: readonly number[], mode?: "length" | "parameter" | undefined];
  locationAt:
    | [options: { d: number; mode?: "length" | "parameter" | undefined; frame?: "frenet" | "corrected" | undefined; planar?: boolean | undefined }]
    | [d: number, options?: { mode?: "length" | "parameter" | undefined; frame?: "frenet" | "corrected" | undefined; planar?: boolean | undefined }]
    | [d: number, mode: "length" | "parameter" | undefined, options?: { frame?: "frenet" | "corrected" | undefined; planar?: boolean | undefined }]
    | [d: number, mode: "length" | "parameter" | undefined, frame: "frenet" | "corrected" | undefined, options?: { planar?: boolean | undefined }]
    | [d: number, mode?: "length" | "parameter" | undefined, frame?: "frenet" | "corrected" | undefined, planar?: boolean | undefined];
  locations:
    | [options: { ds: readonly number[]; mode?: "length" | "parameter" | undefined; frame?: "frenet" | "corrected" | undefined; planar?: boolean | undefined }]
    | [ds: readonly number[], options?: { mode?: "length" | "parameter" | undefined; frame?: "frenet" | "corrected" | undefined; planar?: boolean | undefined }]
    | [ds: readonly number[], mode: "length" | "parameter" | undefined, options?: { frame?: "frenet" | "corrected" | undefined; planar?: boolean | undefined }]
    | [ds: readonly number[], mode: "length" | "parameter" | undefined, frame: "frenet" | "corrected" | undefined, options?: { planar?: boolean | undefined }]
    | [ds: readonly number[], mode?: "length" | "parameter" | undefined, frame?: "frenet" | "corrected" | undefined, planar?: boolean | undefined];
}

/** What each Mixin1D method receives after binding. */
export interface Mixin1DValues {
  startPoint: { form: 0;  };
  endPoint: { form: 0;  };
  paramAt: { form: 0; d: number };
  tangentAt: { form: 0; locationParam: number; mode: "length" | "parameter" };
  Length: { form: 0;  };
  radius: { form: 0;  };
  IsClosed: { form: 0;  };
  positionAt: { form: 0; d: number; mode: "length" | "parameter" };
  positions: { form: 0; ds: number[]; mode: "length" | "parameter" };
  locationAt: { form: 0; d: number; mode: "length" | "parameter"; frame: "frenet" | "corrected"; planar: boolean };
  locations: { form: 0; ds: number[]; mode: "length" | "parameter"; frame: "frenet" | "corrected"; planar: boolean };
}

/** What a script may pass to each Mixin3D method: positionally, by name in a trailing options object, or both. */
export interface Mixin3DArgs {
  fillet:
    | [options: { radius: number; edgeList: readonly Edge[] }]
    | [radius: number, options: { edgeList: readonly Edge[] }]
    | [radius: number, edgeList: readonly Edge[]];
  chamfer:
    | [options: { length: number; length2?: number | null | undefined; edgeList: readonly Edge[] }]
    | [length: number, options: { length2?: number | null | undefined; edgeList: readonly Edge[] }]
    | [length: number, length2: number | null | undefined, options: { edgeList: readonly Edge[] }]
    | [length: number, length2: number | null | undefined, edgeList: readonly Edge[]];
  shell:
    | [options: { faceList?: readonly Face[] | null | undefined; thickness: number; tolerance?: number | undefined; kind?: "arc" | "intersection" | undefined }]
    | [faceList: readonly Face[] | null | undefined, options: { thickness: number; tolerance?: number | undefined; kind?: "arc" | "intersection" | undefined }]
    | [faceList: readonly Face[] | null | undefined, thickness: number, options?: { tolerance?: number | undefined; kind?: "arc" | "intersection" | undefined }]
    | [faceList: readonly Face[] | null | undefined, thickness: number, tolerance: number | undefined, options?: { kind?: "arc" | "intersection" | undefined }]
    | [faceList: readonly Face[] | null | undefined, thickness: number, tolerance?: number | undefined, kind?: "arc" | "intersection" | undefined];
  isInside:
    | [options: { point: VectorLike; tolerance?: number | undefined }]
    | [point: VectorLike, options?: { tolerance?: number | undefined }]
    | [point: VectorLike, tolerance?: number | undefined];
}

/** What each Mixin3D method receives after binding. */
export interface Mixin3DValues {
  fillet: { form: 0; radius: number; edgeList: Edge[] };
  chamfer: { form: 0; length: number; length2: number | null | undefined; edgeList: Edge[] };
  shell: { form: 0; faceList: Face[] | null | undefined; thickness: number; tolerance: number; kind: "arc" | "intersection" };
  isInside: { form: 0; point: Vector; tolerance: number };
}

/** What a script may pass to each Vertex method: positionally, by name in a trailing options object, or both. */
export interface VertexArgs {
  toTuple:
    | [];
  makeVertex:
    | [options: { x: number; y: number; z: number }]
    | [x: number, options: { y: number; z: number }]
    | [x: number, y: number, options: { z: number }]
    | [x: number, y: number, z: number];
}

/** What each Vertex method receives after binding. */
export interface VertexValues {
  toTuple: { form: 0;  };
  makeVertex: { form: 0; x: number; y: number; z: number };
}

/** What a script may pass to each Edge method: positionally, by name in a trailing options object, or both. */
export interface EdgeArgs {
  close:
    | [];
  arcCenter:
    | [];
  trim:
    | [options: { u0: number; u1: number }]
    | [u0: number, options: { u1: number }]
    | [u0: number, u1: number];
  makeCircle:
    | [options: { radius: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined; angle1?: number | undefined; angle2?: number | undefined; orientation?: boolean | undefined }]
    | [radius: number, options?: { pnt?: VectorLike | undefined; dir?: VectorLike | undefined; angle1?: number | undefined; angle2?: number | undefined; orientation?: boolean | undefined }]
    | [radius: number, pnt: VectorLike | undefined, options?: { dir?: VectorLike | undefined; angle1?: number | undefined; angle2?: number | undefined; orientation?: boolean | undefined }]
    | [radius: number, pnt: VectorLike | undefined, dir: VectorLike | undefined, options?: { angle1?: number | undefined; angle2?: number | undefined; orientation?: boolean | undefined }]
    | [radius: number, pnt: VectorLike | undefined, dir: VectorLike | undefined, angle1: number | undefined, options?: { angle2?: number | undefined; orientation?: boolean | undefined }]
    | [radius: number, pnt: VectorLike | undefined, dir: VectorLike | undefined, angle1: number | undefined, angle2: number | undefined, options?: { orientation?: boolean | undefined }]
    | [radius: number, pnt?: VectorLike | undefined, dir?: VectorLike | undefined, angle1?: number | undefined, angle2?: number | undefined, orientation?: boolean | undefined];
  makeEllipse:
    | [options: { x_radius: number; y_radius: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined; xdir?: VectorLike | undefined; angle1?: number | undefined; angle2?: number | undefined; sense?: -1 | 1 | undefined }]
    | [x_radius: number, options: { y_radius: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined; xdir?: VectorLike | undefined; angle1?: number | undefined; angle2?: number | undefined; sense?: -1 | 1 | undefined }]
    | [x_radius: number, y_radius: number, options?: { pnt?: VectorLike | undefined; dir?: VectorLike | undefined; xdir?: VectorLike | undefined; angle1?: number | undefined; angle2?: number | undefined; sense?: -1 | 1 | undefined }]
    | [x_radius: number, y_radius: number, pnt: VectorLike | undefined, options?: { dir?: VectorLike | undefined; xdir?: VectorLike | undefined; angle1?: number | undefined; angle2?: number | undefined; sense?: -1 | 1 | undefined }]
    | [x_radius: number, y_radius: number, pnt: VectorLike | undefined, dir: VectorLike | undefined, options?: { xdir?: VectorLike | undefined; angle1?: number | undefined; angle2?: number | undefined; sense?: -1 | 1 | undefined }]
    | [x_radius: number, y_radius: number, pnt: VectorLike | undefined, dir: VectorLike | undefined, xdir: VectorLike | undefined, options?: { angle1?: number | undefined; angle2?: number | undefined; sense?: -1 | 1 | undefined }]
    | [x_radius: number, y_radius: number, pnt: VectorLike | undefined, dir: VectorLike | undefined, xdir: VectorLike | undefined, angle1: number | undefined, options?: { angle2?: number | undefined; sense?: -1 | 1 | undefined }]
    | [x_radius: number, y_radius: number, pnt: VectorLike | undefined, dir: VectorLike | undefined, xdir: VectorLike | undefined, angle1: number | undefined, angle2: number | undefined, options?: { sense?: -1 | 1 | undefined }]
    | [x_radius: number, y_radius: number, pnt?: VectorLike | undefined, dir?: VectorLike | undefined, xdir?: VectorLike | undefined, angle1?: number | undefined, angle2?: number | undefined, sense?: -1 | 1 | undefined];
  makeSpline:
    | [options: { listOfVector: readonly VectorLike[]; tangents?: readonly VectorLike[] | null | undefined; periodic?: boolean | undefined; parameters?: readonly number[] | null | undefined; scale?: boolean | undefined; tol?: number | undefined }]
    | [listOfVector: readonly VectorLike[], options?: { tangents?: readonly VectorLike[] | null | undefined; periodic?: boolean | undefined; parameters?: readonly number[] | null | undefined; scale?: boolean | undefined; tol?: number | undefined }]
    | [listOfVector: readonly VectorLike[], tangents: readonly VectorLike[] | null | undefined, options?: { periodic?: boolean | undefined; parameters?: readonly number[] | null | undefined; scale?: boolean | undefined; tol?: number | undefined }]
    | [listOfVector: readonly VectorLike[], tangents: readonly VectorLike[] | null | undefined, periodic: boolean | undefined, options?: { parameters?: readonly number[] | null | undefined; scale?: boolean | undefined; tol?: number | undefined }]
    | [listOfVector: readonly VectorLike[], tangents: readonly VectorLike[] | null | undefined, periodic: boolean | undefined, parameters: readonly number[] | null | undefined, options?: { scale?: boolean | undefined; tol?: number | undefined }]
    | [listOfVector: readonly VectorLike[], tangents: readonly VectorLike[] | null | undefined, periodic: boolean | undefined, parameters: readonly number[] | null | undefined, scale: boolean | undefined, options?: { tol?: number | undefined }]
    | [listOfVector: readonly VectorLike[], tangents?: readonly VectorLike[] | null | undefined, periodic?: boolean | undefined, parameters?: readonly number[] | null | undefined, scale?: boolean | undefined, tol?: number | undefined];
  makeSplineApprox:
    | [options: { listOfVector: readonly VectorLike[]; tol?: number | undefined; smoothing?: readonly [number, number, number] | null | undefined; minDeg?: number | undefined; maxDeg?: number | undefined }]
    | [listOfVector: readonly VectorLike[], options?: { tol?: number | undefined; smoothing?: readonly [number, number, number] | null | undefined; minDeg?: number | undefined; maxDeg?: number | undefined }]
    | [listOfVector: readonly VectorLike[], tol: number | undefined, options?: { smoothing?: readonly [number, number, number] | null | undefined; minDeg?: number | undefined; maxDeg?: number | undefined }]
    | [listOfVector: readonly VectorLike[], tol: number | undefined, smoothing: readonly [number, number, number] | null | undefined, options?: { minDeg?: number | undefined; maxDeg?: number | undefined }]
    | [listOfVector: readonly VectorLike[], tol: number | undefined, smoothing: readonly [number, number, number] | null | undefined, minDeg: number | undefined, options?: { maxDeg?: number | undefined }]
    | [listOfVector: readonly VectorLike[], tol?: number | undefined, smoothing?: readonly [number, number, number] | null | undefined, minDeg?: number | undefined, maxDeg?: number | undefined];
  makeThreePointArc:
    | [options: { v1: VectorLike; v2: VectorLike; v3: VectorLike }]
    | [v1: VectorLike, options: { v2: VectorLike; v3: VectorLike }]
    | [v1: VectorLike, v2: VectorLike, options: { v3: VectorLike }]
    | [v1: VectorLike, v2: VectorLike, v3: VectorLike];
  makeTangentArc:
    | [options: { v1: VectorLike; v2: VectorLike; v3: VectorLike }]
    | [v1: VectorLike, options: { v2: VectorLike; v3: VectorLike }]
    | [v1: VectorLike, v2: VectorLike, options: { v3: VectorLike }]
    | [v1: VectorLike, v2: VectorLike, v3: VectorLike];
  makeLine:
    | [options: { v1: VectorLike; v2: VectorLike }]
    | [v1: VectorLike, options: { v2: VectorLike }]
    | [v1: VectorLike, v2: VectorLike];
  makeBezier:
    | [options: { points: readonly VectorLike[] }]
    | [points: readonly VectorLike[]];
}

/** What each Edge method receives after binding. */
export interface EdgeValues {
  close: { form: 0;  };
  arcCenter: { form: 0;  };
  trim: { form: 0; u0: number; u1: number };
  makeCircle: { form: 0; radius: number; pnt: Vector; dir: Vector; angle1: number; angle2: number; orientation: boolean };
  makeEllipse: { form: 0; x_radius: number; y_radius: number; pnt: Vector; dir: Vector; xdir: Vector; angle1: number; angle2: number; sense: -1 | 1 };
  makeSpline: { form: 0; listOfVector: Vector[]; tangents: Vector[] | undefined; periodic: boolean; parameters: number[] | undefined; scale: boolean; tol: number };
  makeSplineApprox: { form: 0; listOfVector: Vector[]; tol: number; smoothing: readonly [number, number, number] | undefined; minDeg: number; maxDeg: number };
  makeThreePointArc: { form: 0; v1: Vector; v2: Vector; v3: Vector };
  makeTangentArc: { form: 0; v1: Vector; v2: Vector; v3: Vector };
  makeLine: { form: 0; v1: Vector; v2: Vector };
  makeBezier: { form: 0; points: Vector[] };
}

/** What a script may pass to each Wire method: positionally, by name in a trailing options object, or both. */
export interface WireArgs {
  close:
    | [];
  combine:
    | [options: { listOfWires: readonly (Edge | Wire)[]; tol?: number | undefined }]
    | [listOfWires: readonly (Edge | Wire)[], options?: { tol?: number | undefined }]
    | [listOfWires: readonly (Edge | Wire)[], tol?: number | undefined];
  assembleEdges:
    | [options: { listOfEdges: readonly (Edge | Wire)[] }]
    | [listOfEdges: readonly (Edge | Wire)[]];
  makeCircle:
    | [options: { radius: number; center: VectorLike; normal: VectorLike }]
    | [radius: number, options: { center: VectorLike; normal: VectorLike }]
    | [radius: number, center: VectorLike, options: { normal: VectorLike }]
    | [radius: number, center: VectorLike, normal: VectorLike];
  makeEllipse:
    | [options: { x_radius: number; y_radius: number; center: VectorLike; normal: VectorLike; xDir: VectorLike; angle1?: number | undefined; angle2?: number | undefined; rotation_angle?: number | undefined; closed?: boolean | undefined }]
    | [x_radius: number, options: { y_radius: number; center: VectorLike; normal: VectorLike; xDir: VectorLike; angle1?: number | undefined; angle2?: number | undefined; rotation_angle?: number | undefined; closed?: boolean | undefined }]
    | [x_radius: number, y_radius: number, options: { center: VectorLike; normal: VectorLike; xDir: VectorLike; angle1?: number | undefined; angle2?: number | undefined; rotation_angle?: number | undefined; closed?: boolean | undefined }]
    | [x_radius: number, y_radius: number, center: VectorLike, options: { normal: VectorLike; xDir: VectorLike; angle1?: number | undefined; angle2?: number | undefined; rotation_angle?: number | undefined; closed?: boolean | undefined }]
    | [x_radius: number, y_radius: number, center: VectorLike, normal: VectorLike, options: { xDir: VectorLike; angle1?: number | undefined; angle2?: number | undefined; rotation_angle?: number | undefined; closed?: boolean | undefined }]
    | [x_radius: number, y_radius: number, center: VectorLike, normal: VectorLike, xDir: VectorLike, options?: { angle1?: number | undefined; angle2?: number | undefined; rotation_angle?: number | undefined; closed?: boolean | undefined }]
    | [x_radius: number, y_radius: number, center: VectorLike, normal: VectorLike, xDir: VectorLike, angle1: number | undefined, options?: { angle2?: number | undefined; rotation_angle?: number | undefined; closed?: boolean | undefined }]
    | [x_radius: number, y_radius: number, center: VectorLike, normal: VectorLike, xDir: VectorLike, angle1: number | undefined, angle2: number | undefined, options?: { rotation_angle?: number | undefined; closed?: boolean | undefined }]
    | [x_radius: number, y_radius: number, center: VectorLike, normal: VectorLike, xDir: VectorLike, angle1: number | undefined, angle2: number | undefined, rotation_angle: number | undefined, options?: { closed?: boolean | undefined }]
    | [x_radius: number, y_radius: number, center: VectorLike, normal: VectorLike, xDir: VectorLike, angle1?: number | undefined, angle2?: number | undefined, rotation_angle?: number | undefined, closed?: boolean | undefined];
  makePolygon:
    | [options: { listOfVertices: readonly VectorLike[]; forConstruction?: boolean | undefined; close?: boolean | undefined }]
    | [listOfVertices: readonly VectorLike[], options?: { forConstruction?: boolean | undefined; close?: boolean | undefined }]
    | [listOfVertices: readonly VectorLike[], forConstruction: boolean | undefined, options?: { close?: boolean | undefined }]
    | [listOfVertices: readonly VectorLike[], forConstruction?: boolean | undefined, close?: boolean | undefined];
  makeHelix:
    | [options: { pitch: number; height: number; radius: number; center?: VectorLike | undefined; dir?: VectorLike | undefined; angle?: number | undefined; lefthand?: boolean | undefined }]
    | [pitch: number, options: { height: number; radius: number; center?: VectorLike | undefined; dir?: VectorLike | undefined; angle?: number | undefined; lefthand?: boolean | undefined }]
    | [pitch: number, height: number, options: { radius: number; center?: VectorLike | undefined; dir?: VectorLike | undefined; angle?: number | undefined; lefthand?: boolean | undefined }]
    | [pitch: number, height: number, radius: number, options?: { center?: VectorLike | undefined; dir?: VectorLike | undefined; angle?: number | undefined; lefthand?: boolean | undefined }]
    | [pitch: number, height: number, radius: number, center: VectorLike | undefined, options?: { dir?: VectorLike | undefined; angle?: number | undefined; lefthand?: boolean | undefined }]
    | [pitch: number, height: number, radius: number, center: VectorLike | undefined, dir: VectorLike | undefined, options?: { angle?: number | undefined; lefthand?: boolean | undefined }]
    | [pitch: number, height: number, radius: number, center: VectorLike | undefined, dir: VectorLike | undefined, angle: number | undefined, options?: { lefthand?: boolean | undefined }]
    | [pitch: number, height: number, radius: number, center?: VectorLike | undefined, dir?: VectorLike | undefined, angle?: number | undefined, lefthand?: boolean | undefined];
  stitch:
    | [options: { other: Wire }]
    | [other: Wire];
  offset2D:
    | [options: { d: number; kind?: "arc" | "intersection" | "tangent" | undefined }]
    | [d: number, options?: { kind?: "arc" | "intersection" | "tangent" | undefined }]
    | [d: number, kind?: "arc" | "intersection" | "tangent" | undefined];
  fillet2D:
    | [options: { radius: number; vertices: readonly Shape[] }]
    | [radius: number, options: { vertices: readonly Shape[] }]
    | [radius: number, vertices: readonly Shape[]];
  chamfer2D:
    | [options: { d: number; vertices: readonly Shape[] }]
    | [d: number, options: { vertices: readonly Shape[] }]
    | [d: number, vertices: readonly Shape[]];
}

/** What each Wire method receives after binding. */
export interface WireValues {
  close: { form: 0;  };
  combine: { form: 0; listOfWires: (Edge | Wire)[]; tol: number };
  assembleEdges: { form: 0; listOfEdges: (Edge | Wire)[] };
  makeCircle: { form: 0; radius: number; center: Vector; normal: Vector };
  makeEllipse: { form: 0; x_radius: number; y_radius: number; center: Vector; normal: Vector; xDir: Vector; angle1: number; angle2: number; rotation_angle: number; closed: boolean };
  makePolygon: { form: 0; listOfVertices: Vector[]; forConstruction: boolean; close: boolean };
  makeHelix: { form: 0; pitch: number; height: number; radius: number; center: Vector; dir: Vector; angle: number; lefthand: boolean };
  stitch: { form: 0; other: Wire };
  offset2D: { form: 0; d: number; kind: "arc" | "intersection" | "tangent" };
  fillet2D: { form: 0; radius: number; vertices: Shape[] };
  chamfer2D: { form: 0; d: number; vertices: Shape[] };
}

/** What a script may pass to each Face method: positionally, by name in a trailing options object, or both. */
export interface FaceArgs {
  normalAt:
    | [options?: { locationVector?: VectorLike | null | undefined }]
    | [locationVector?: VectorLike | null | undefined]
    | [options: { u: number; v: number }]
    | [u: number, options: { v: number }]
    | [u: number, v: number];
  outerWire:
    | [];
  innerWires:
    | [];
  addHole:
    | [...inner: (Wire | Edge)[]];
  thicken:
    | [options: { thickness: number }]
    | [thickness: number];
  fillet2D:
    | [options: { radius: number; vertices: readonly Shape[] }]
    | [radius: number, options: { vertices: readonly Shape[] }]
    | [radius: number, vertices: readonly Shape[]];
  chamfer2D:
    | [options: { d: number; vertices: readonly Shape[] }]
    | [d: number, options: { vertices: readonly Shape[] }]
    | [d: number, vertices: readonly Shape[]];
  makeNSidedSurface:
    | [options: { edges: readonly (Edge | Wire)[]; constraints: readonly (Edge | Wire | VectorLike)[]; continuity?: "C0" | undefined; degree?: number | undefined; nbPtsOnCur?: number | undefined; nbIter?: number | undefined; anisotropy?: boolean | undefined; tol2d?: number | undefined; tol3d?: number | undefined; tolAng?: number | undefined; tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [edges: readonly (Edge | Wire)[], options: { constraints: readonly (Edge | Wire | VectorLike)[]; continuity?: "C0" | undefined; degree?: number | undefined; nbPtsOnCur?: number | undefined; nbIter?: number | undefined; anisotropy?: boolean | undefined; tol2d?: number | undefined; tol3d?: number | undefined; tolAng?: number | undefined; tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [edges: readonly (Edge | Wire)[], constraints: readonly (Edge | Wire | VectorLike)[], options?: { continuity?: "C0" | undefined; degree?: number | undefined; nbPtsOnCur?: number | undefined; nbIter?: number | undefined; anisotropy?: boolean | undefined; tol2d?: number | undefined; tol3d?: number | undefined; tolAng?: number | undefined; tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [edges: readonly (Edge | Wire)[], constraints: readonly (Edge | Wire | VectorLike)[], continuity: "C0" | undefined, options?: { degree?: number | undefined; nbPtsOnCur?: number | undefined; nbIter?: number | undefined; anisotropy?: boolean | undefined; tol2d?: number | undefined; tol3d?: number | undefined; tolAng?: number | undefined; tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [edges: readonly (Edge | Wire)[], constraints: readonly (Edge | Wire | VectorLike)[], continuity: "C0" | undefined, degree: number | undefined, options?: { nbPtsOnCur?: number | undefined; nbIter?: number | undefined; anisotropy?: boolean | undefined; tol2d?: number | undefined; tol3d?: number | undefined; tolAng?: number | undefined; tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [edges: readonly (Edge | Wire)[], constraints: readonly (Edge | Wire | VectorLike)[], continuity: "C0" | undefined, degree: number | undefined, nbPtsOnCur: number | undefined, options?: { nbIter?: number | undefined; anisotropy?: boolean | undefined; tol2d?: number | undefined; tol3d?: number | undefined; tolAng?: number | undefined; tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [edges: readonly (Edge | Wire)[], constraints: readonly (Edge | Wire | VectorLike)[], continuity: "C0" | undefined, degree: number | undefined, nbPtsOnCur: number | undefined, nbIter: number | undefined, options?: { anisotropy?: boolean | undefined; tol2d?: number | undefined; tol3d?: number | undefined; tolAng?: number | undefined; tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [edges: readonly (Edge | Wire)[], constraints: readonly (Edge | Wire | VectorLike)[], continuity: "C0" | undefined, degree: number | undefined, nbPtsOnCur: number | undefined, nbIter: number | undefined, anisotropy: boolean | undefined, options?: { tol2d?: number | undefined; tol3d?: number | undefined; tolAng?: number | undefined; tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [edges: readonly (Edge | Wire)[], constraints: readonly (Edge | Wire | VectorLike)[], continuity: "C0" | undefined, degree: number | undefined, nbPtsOnCur: number | undefined, nbIter: number | undefined, anisotropy: boolean | undefined, tol2d: number | undefined, options?: { tol3d?: number | undefined; tolAng?: number | undefined; tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [edges: readonly (Edge | Wire)[], constraints: readonly (Edge | Wire | VectorLike)[], continuity: "C0" | undefined, degree: number | undefined, nbPtsOnCur: number | undefined, nbIter: number | undefined, anisotropy: boolean | undefined, tol2d: number | undefined, tol3d: number | undefined, options?: { tolAng?: number | undefined; tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [edges: readonly (Edge | Wire)[], constraints: readonly (Edge | Wire | VectorLike)[], continuity: "C0" | undefined, degree: number | undefined, nbPtsOnCur: number | undefined, nbIter: number | undefined, anisotropy: boolean | undefined, tol2d: number | undefined, tol3d: number | undefined, tolAng: number | undefined, options?: { tolCurv?: number | undefined; maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [edges: readonly (Edge | Wire)[], constraints: readonly (Edge | Wire | VectorLike)[], continuity: "C0" | undefined, degree: number | undefined, nbPtsOnCur: number | undefined, nbIter: number | undefined, anisotropy: boolean | undefined, tol2d: number | undefined, tol3d: number | undefined, tolAng: number | undefined, tolCurv: number | undefined, options?: { maxDeg?: number | undefined; maxSegments?: number | undefined }]
    | [edges: readonly (Edge | Wire)[], constraints: readonly (Edge | Wire | VectorLike)[], continuity: "C0" | undefined, degree: number | undefined, nbPtsOnCur: number | undefined, nbIter: number | undefined, anisotropy: boolean | undefined, tol2d: number | undefined, tol3d: number | undefined, tolAng: number | undefined, tolCurv: number | undefined, maxDeg: number | undefined, options?: { maxSegments?: number | undefined }]
    | [edges: readonly (Edge | Wire)[], constraints: readonly (Edge | Wire | VectorLike)[], continuity?: "C0" | undefined, degree?: number | undefined, nbPtsOnCur?: number | undefined, nbIter?: number | undefined, anisotropy?: boolean | undefined, tol2d?: number | undefined, tol3d?: number | undefined, tolAng?: number | undefined, tolCurv?: number | undefined, maxDeg?: number | undefined, maxSegments?: number | undefined];
  makePlane:
    | [options?: { length?: number | null | undefined; width?: number | null | undefined; basePnt?: VectorLike | undefined; dir?: VectorLike | undefined }]
    | [length: number | null | undefined, options?: { width?: number | null | undefined; basePnt?: VectorLike | undefined; dir?: VectorLike | undefined }]
    | [length: number | null | undefined, width: number | null | undefined, options?: { basePnt?: VectorLike | undefined; dir?: VectorLike | undefined }]
    | [length: number | null | undefined, width: number | null | undefined, basePnt: VectorLike | undefined, options?: { dir?: VectorLike | undefined }]
    | [length?: number | null | undefined, width?: number | null | undefined, basePnt?: VectorLike | undefined, dir?: VectorLike | undefined];
  makeRuledSurface:
    | [options: { edgeOrWire1: Edge | Wire; edgeOrWire2: Edge | Wire }]
    | [edgeOrWire1: Edge | Wire, options: { edgeOrWire2: Edge | Wire }]
    | [edgeOrWire1: Edge | Wire, edgeOrWire2: Edge | Wire];
  makeFromWires:
    | [options: { outerWire: Wire; innerWires?: readonly Wire[] | undefined }]
    | [outerWire: Wire, options?: { innerWires?: readonly Wire[] | undefined }]
    | [outerWire: Wire, innerWires?: readonly Wire[] | undefined];
}

/** What each Face method receives after binding. */
export interface FaceValues {
  normalAt: { form: 0; locationVector: Vector | undefined } | { form: 1; u: number; v: number };
  outerWire: { form: 0;  };
  innerWires: { form: 0;  };
  addHole: { form: 0; inner: (Wire | Edge)[] };
  thicken: { form: 0; thickness: number };
  fillet2D: { form: 0; radius: number; vertices: Shape[] };
  chamfer2D: { form: 0; d: number; vertices: Shape[] };
  makeNSidedSurface: { form: 0; edges: (Edge | Wire)[]; constraints: readonly (Edge | Wire | VectorLike)[]; continuity: "C0"; degree: number; nbPtsOnCur: number; nbIter: number; anisotropy: boolean; tol2d: number; tol3d: number; tolAng: number; tolCurv: number; maxDeg: number; maxSegments: number };
  makePlane: { form: 0; length: number | undefined; width: number | undefined; basePnt: Vector; dir: Vector };
  makeRuledSurface: { form: 0; edgeOrWire1: Edge | Wire; edgeOrWire2: Edge | Wire };
  makeFromWires: { form: 0; outerWire: Wire; innerWires: Wire[] };
}

/** What a script may pass to each Shell method: positionally, by name in a trailing options object, or both. */
export interface ShellArgs {
  makeShell:
    | [options: { listOfFaces: readonly (Face | Shell)[] }]
    | [listOfFaces: readonly (Face | Shell)[]];
}

/** What each Shell method receives after binding. */
export interface ShellValues {
  makeShell: { form: 0; listOfFaces: (Face | Shell)[] };
}

/** What a script may pass to each Solid method: positionally, by name in a trailing options object, or both. */
export interface SolidArgs {
  isSolid:
    | [options: { obj: Shape }]
    | [obj: Shape];
  makeSolid:
    | [options: { shell: Shell }]
    | [shell: Shell];
  makeBox:
    | [options: { length: number; width: number; height: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined }]
    | [length: number, options: { width: number; height: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined }]
    | [length: number, width: number, options: { height: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined }]
    | [length: number, width: number, height: number, options?: { pnt?: VectorLike | undefined; dir?: VectorLike | undefined }]
    | [length: number, width: number, height: number, pnt: VectorLike | undefined, options?: { dir?: VectorLike | undefined }]
    | [length: number, width: number, height: number, pnt?: VectorLike | undefined, dir?: VectorLike | undefined];
  makeCone:
    | [options: { radius1: number; radius2: number; height: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined; angleDegrees?: number | undefined }]
    | [radius1: number, options: { radius2: number; height: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined; angleDegrees?: number | undefined }]
    | [radius1: number, radius2: number, options: { height: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined; angleDegrees?: number | undefined }]
    | [radius1: number, radius2: number, height: number, options?: { pnt?: VectorLike | undefined; dir?: VectorLike | undefined; angleDegrees?: number | undefined }]
    | [radius1: number, radius2: number, height: number, pnt: VectorLike | undefined, options?: { dir?: VectorLike | undefined; angleDegrees?: number | undefined }]
    | [radius1: number, radius2: number, height: number, pnt: VectorLike | undefined, dir: VectorLike | undefined, options?: { angleDegrees?: number | undefined }]
    | [radius1: number, radius2: number, height: number, pnt?: VectorLike | undefined, dir?: VectorLike | undefined, angleDegrees?: number | undefined];
  makeCylinder:
    | [options: { radius: number; height: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined; angleDegrees?: number | undefined }]
    | [radius: number, options: { height: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined; angleDegrees?: number | undefined }]
    | [radius: number, height: number, options?: { pnt?: VectorLike | undefined; dir?: VectorLike | undefined; angleDegrees?: number | undefined }]
    | [radius: number, height: number, pnt: VectorLike | undefined, options?: { dir?: VectorLike | undefined; angleDegrees?: number | undefined }]
    | [radius: number, height: number, pnt: VectorLike | undefined, dir: VectorLike | undefined, options?: { angleDegrees?: number | undefined }]
    | [radius: number, height: number, pnt?: VectorLike | undefined, dir?: VectorLike | undefined, angleDegrees?: number | undefined];
  makeTorus:
    | [options: { radius1: number; radius2: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined; angleDegrees1?: number | undefined; angleDegrees2?: number | undefined }]
    | [radius1: number, options: { radius2: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined; angleDegrees1?: number | undefined; angleDegrees2?: number | undefined }]
    | [radius1: number, radius2: number, options?: { pnt?: VectorLike | undefined; dir?: VectorLike | undefined; angleDegrees1?: number | undefined; angleDegrees2?: number | undefined }]
    | [radius1: number, radius2: number, pnt: VectorLike | undefined, options?: { dir?: VectorLike | undefined; angleDegrees1?: number | undefined; angleDegrees2?: number | undefined }]
    | [radius1: number, radius2: number, pnt: VectorLike | undefined, dir: VectorLike | undefined, options?: { angleDegrees1?: number | undefined; angleDegrees2?: number | undefined }]
    | [radius1: number, radius2: number, pnt: VectorLike | undefined, dir: VectorLike | undefined, angleDegrees1: number | undefined, options?: { angleDegrees2?: number | undefined }]
    | [radius1: number, radius2: number, pnt?: VectorLike | undefined, dir?: VectorLike | undefined, angleDegrees1?: number | undefined, angleDegrees2?: number | undefined];
  makeLoft:
    | [options: { listOfWire: readonly Wire[]; ruled?: boolean | undefined }]
    | [listOfWire: readonly Wire[], options?: { ruled?: boolean | undefined }]
    | [listOfWire: readonly Wire[], ruled?: boolean | undefined];
  makeWedge:
    | [options: { dx: number; dy: number; dz: number; xmin: number; zmin: number; xmax: number; zmax: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined }]
    | [dx: number, options: { dy: number; dz: number; xmin: number; zmin: number; xmax: number; zmax: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined }]
    | [dx: number, dy: number, options: { dz: number; xmin: number; zmin: number; xmax: number; zmax: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined }]
    | [dx: number, dy: number, dz: number, options: { xmin: number; zmin: number; xmax: number; zmax: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined }]
    | [dx: number, dy: number, dz: number, xmin: number, options: { zmin: number; xmax: number; zmax: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined }]
    | [dx: number, dy: number, dz: number, xmin: number, zmin: number, options: { xmax: number; zmax: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined }]
    | [dx: number, dy: number, dz: number, xmin: number, zmin: number, xmax: number, options: { zmax: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined }]
    | [dx: number, dy: number, dz: number, xmin: number, zmin: number, xmax: number, zmax: number, options?: { pnt?: VectorLike | undefined; dir?: VectorLike | undefined }]
    | [dx: number, dy: number, dz: number, xmin: number, zmin: number, xmax: number, zmax: number, pnt: VectorLike | undefined, options?: { dir?: VectorLike | undefined }]
    | [dx: number, dy: number, dz: number, xmin: number, zmin: number, xmax: number, zmax: number, pnt?: VectorLike | undefined, dir?: VectorLike | undefined];
  makeSphere:
    | [options: { radius: number; pnt?: VectorLike | undefined; dir?: VectorLike | undefined; angleDegrees1?: number | undefined; angleDegrees2?: number | undefined; angleDegrees3?: number | undefined }]
    | [radius: number, options?: { pnt?: VectorLike | undefined; dir?: VectorLike | undefined; angleDegrees1?: number | undefined; angleDegrees2?: number | undefined; angleDegrees3?: number | undefined }]
    | [radius: number, pnt: VectorLike | undefined, options?: { dir?: VectorLike | undefined; angleDegrees1?: number | undefined; angleDegrees2?: number | undefined; angleDegrees3?: number | undefined }]
    | [radius: number, pnt: VectorLike | undefined, dir: VectorLike | undefined, options?: { angleDegrees1?: number | undefined; angleDegrees2?: number | undefined; angleDegrees3?: number | undefined }]
    | [radius: number, pnt: VectorLike | undefined, dir: VectorLike | undefined, angleDegrees1: number | undefined, options?: { angleDegrees2?: number | undefined; angleDegrees3?: number | undefined }]
    | [radius: number, pnt: VectorLike | undefined, dir: VectorLike | undefined, angleDegrees1: number | undefined, angleDegrees2: number | undefined, options?: { angleDegrees3?: number | undefined }]
    | [radius: number, pnt?: VectorLike | undefined, dir?: VectorLike | undefined, angleDegrees1?: number | undefined, angleDegrees2?: number | undefined, angleDegrees3?: number | undefined];
  extrudeLinear:
    | [options: { outerWire: Wire; innerWires: readonly Wire[]; vecNormal: VectorLike; taper?: number | undefined }]
    | [outerWire: Wire, options: { innerWires: readonly Wire[]; vecNormal: VectorLike; taper?: number | undefined }]
    | [outerWire: Wire, innerWires: readonly Wire[], options: { vecNormal: VectorLike; taper?: number | undefined }]
    | [outerWire: Wire, innerWires: readonly Wire[], vecNormal: VectorLike, options?: { taper?: number | undefined }]
    | [outerWire: Wire, innerWires: readonly Wire[], vecNormal: VectorLike, taper?: number | undefined]
    | [options: { face: Face; vecNormal: VectorLike; taper?: number | undefined }]
    | [face: Face, options: { vecNormal: VectorLike; taper?: number | undefined }]
    | [face: Face, vecNormal: VectorLike, options?: { taper?: number | undefined }]
    | [face: Face, vecNormal: VectorLike, taper?: number | undefined];
  extrudeLinearWithRotation:
    | [options: { outerWire: Wire; innerWires: readonly Wire[]; vecCenter: VectorLike; vecNormal: VectorLike; angleDegrees: number }]
    | [outerWire: Wire, options: { innerWires: readonly Wire[]; vecCenter: VectorLike; vecNormal: VectorLike; angleDegrees: number }]
    | [outerWire: Wire, innerWires: readonly Wire[], options: { vecCenter: VectorLike; vecNormal: VectorLike; angleDegrees: number }]
    | [outerWire: Wire, innerWires: readonly Wire[], vecCenter: VectorLike, options: { vecNormal: VectorLike; angleDegrees: number }]
    | [outerWire: Wire, innerWires: readonly Wire[], vecCenter: VectorLike, vecNormal: VectorLike, options: { angleDegrees: number }]
    | [outerWire: Wire, innerWires: readonly Wire[], vecCenter: VectorLike, vecNormal: VectorLike, angleDegrees: number]
    | [options: { face: Face; vecCenter: VectorLike; vecNormal: VectorLike; angleDegrees: number }]
    | [face: Face, options: { vecCenter: VectorLike; vecNormal: VectorLike; angleDegrees: number }]
    | [face: Face, vecCenter: VectorLike, options: { vecNormal: VectorLike; angleDegrees: number }]
    | [face: Face, vecCenter: VectorLike, vecNormal: VectorLike, options: { angleDegrees: number }]
    | [face: Face, vecCenter: VectorLike, vecNormal: VectorLike, angleDegrees: number];
  revolve:
    | [options: { outerWire: Wire; innerWires: readonly Wire[]; angleDegrees: number; axisStart: VectorLike; axisEnd: VectorLike }]
    | [outerWire: Wire, options: { innerWires: readonly Wire[]; angleDegrees: number; axisStart: VectorLike; axisEnd: VectorLike }]
    | [outerWire: Wire, innerWires: readonly Wire[], options: { angleDegrees: number; axisStart: VectorLike; axisEnd: VectorLike }]
    | [outerWire: Wire, innerWires: readonly Wire[], angleDegrees: number, options: { axisStart: VectorLike; axisEnd: VectorLike }]
    | [outerWire: Wire, innerWires: readonly Wire[], angleDegrees: number, axisStart: VectorLike, options: { axisEnd: VectorLike }]
    | [outerWire: Wire, innerWires: readonly Wire[], angleDegrees: number, axisStart: VectorLike, axisEnd: VectorLike]
    | [options: { face: Face; angleDegrees: number; axisStart: VectorLike; axisEnd: VectorLike }]
    | [face: Face, options: { angleDegrees: number; axisStart: VectorLike; axisEnd: VectorLike }]
    | [face: Face, angleDegrees: number, options: { axisStart: VectorLike; axisEnd: VectorLike }]
    | [face: Face, angleDegrees: number, axisStart: VectorLike, options: { axisEnd: VectorLike }]
    | [face: Face, angleDegrees: number, axisStart: VectorLike, axisEnd: VectorLike];
  sweep:
    | [options: { outerWire: Wire; innerWires: readonly Wire[]; path: Wire | Edge; makeSolid?: boolean | undefined; isFrenet?: boolean | undefined; mode?: VectorLike | Wire | Edge | null | undefined; transitionMode?: "transformed" | "round" | "right" | undefined }]
    | [outerWire: Wire, options: { innerWires: readonly Wire[]; path: Wire | Edge; makeSolid?: boolean | undefined; isFrenet?: boolean | undefined; mode?: VectorLike | Wire | Edge | null | undefined; transitionMode?: "transformed" | "round" | "right" | undefined }]
    | [outerWire: Wire, innerWires: readonly Wire[], options: { path: Wire | Edge; makeSolid?: boolean | undefined; isFrenet?: boolean | undefined; mode?: VectorLike | Wire | Edge | null | undefined; transitionMode?: "transformed" | "round" | "right" | undefined }]
    | [outerWire: Wire, innerWires: readonly Wire[], path: Wire | Edge, options?: { makeSolid?: boolean | undefined; isFrenet?: boolean | undefined; mode?: VectorLike | Wire | Edge | null | undefined; transitionMode?: "transformed" | "round" | "right" | undefined }]
    | [outerWire: Wire, innerWires: readonly Wire[], path: Wire | Edge, makeSolid: boolean | undefined, options?: { isFrenet?: boolean | undefined; mode?: VectorLike | Wire | Edge | null | undefined; transitionMode?: "transformed" | "round" | "right" | undefined }]
    | [outerWire: Wire, innerWires: readonly Wire[], path: Wire | Edge, makeSolid: boolean | undefined, isFrenet: boolean | undefined, options?: { mode?: VectorLike | Wire | Edge | null | undefined; transitionMode?: "transformed" | "round" | "right" | undefined }]
    | [outerWire: Wire, innerWires: readonly Wire[], path: Wire | Edge, makeSolid: boolean | undefined, isFrenet: boolean | undefined, mode: VectorLike | Wire | Edge | null | undefined, options?: { transitionMode?: "transformed" | "round" | "right" | undefined }]
    | [outerWire: Wire, innerWires: readonly Wire[], path: Wire | Edge, makeSolid?: boolean | undefined, isFrenet?: boolean | undefined, mode?: VectorLike | Wire | Edge | null | undefined, transitionMode?: "transformed" | "round" | "right" | undefined]
    | [options: { face: Face; path: Wire | Edge; makeSolid?: boolean | undefined; isFrenet?: boolean | undefined; mode?: VectorLike | Wire | Edge | null | undefined; transitionMode?: "transformed" | "round" | "right" | undefined }]
    | [face: Face, options: { path: Wire | Edge; makeSolid?: boolean | undefined; isFrenet?: boolean | undefined; mode?: VectorLike | Wire | Edge | null | undefined; transitionMode?: "transformed" | "round" | "right" | undefined }]
    | [face: Face, path: Wire | Edge, options?: { makeSolid?: boolean | undefined; isFrenet?: boolean | undefined; mode?: VectorLike | Wire | Edge | null | undefined; transitionMode?: "transformed" | "round" | "right" | undefined }]
    | [face: Face, path: Wire | Edge, makeSolid: boolean | undefined, options?: { isFrenet?: boolean | undefined; mode?: VectorLike | Wire | Edge | null | undefined; transitionMode?: "transformed" | "round" | "right" | undefined }]
    | [face: Face, path: Wire | Edge, makeSolid: boolean | undefined, isFrenet: boolean | undefined, options?: { mode?: VectorLike | Wire | Edge | null | undefined; transitionMode?: "transformed" | "round" | "right" | undefined }]
    | [face: Face, path: Wire | Edge, makeSolid: boolean | undefined, isFrenet: boolean | undefined, mode: VectorLike | Wire | Edge | null | undefined, options?: { transitionMode?: "transformed" | "round" | "right" | undefined }]
    | [face: Face, path: Wire | Edge, makeSolid?: boolean | undefined, isFrenet?: boolean | undefined, mode?: VectorLike | Wire | Edge | null | undefined, transitionMode?: "transformed" | "round" | "right" | undefined];
  sweep_multi:
    | [options: { profiles: readonly (Wire | Face)[]; path: Wire | Edge; makeSolid?: boolean | undefined; isFrenet?: boolean | undefined; mode?: VectorLike | Wire | Edge | null | undefined }]
    | [profiles: readonly (Wire | Face)[], options: { path: Wire | Edge; makeSolid?: boolean | undefined; isFrenet?: boolean | undefined; mode?: VectorLike | Wire | Edge | null | undefined }]
    | [profiles: readonly (Wire | Face)[], path: Wire | Edge, options?: { makeSolid?: boolean | undefined; isFrenet?: boolean | undefined; mode?: VectorLike | Wire | Edge | null | undefined }]
    | [profiles: readonly (Wire | Face)[], path: Wire | Edge, makeSolid: boolean | undefined, options?: { isFrenet?: boolean | undefined; mode?: VectorLike | Wire | Edge | null | undefined }]
    | [profiles: readonly (Wire | Face)[], path: Wire | Edge, makeSolid: boolean | undefined, isFrenet: boolean | undefined, options?: { mode?: VectorLike | Wire | Edge | null | undefined }]
    | [profiles: readonly (Wire | Face)[], path: Wire | Edge, makeSolid?: boolean | undefined, isFrenet?: boolean | undefined, mode?: VectorLike | Wire | Edge | null | undefined];
  outerShell:
    | [];
  innerShells:
    | [];
}

/** What each Solid method receives after binding. */
export interface SolidValues {
  isSolid: { form: 0; obj: Shape };
  makeSolid: { form: 0; shell: Shell };
  makeBox: { form: 0; length: number; width: number; height: number; pnt: Vector; dir: Vector };
  makeCone: { form: 0; radius1: number; radius2: number; height: number; pnt: Vector; dir: Vector; angleDegrees: number };
  makeCylinder: { form: 0; radius: number; height: number; pnt: Vector; dir: Vector; angleDegrees: number };
  makeTorus: { form: 0; radius1: number; radius2: number; pnt: Vector; dir: Vector; angleDegrees1: number; angleDegrees2: number };
  makeLoft: { form: 0; listOfWire: Wire[]; ruled: boolean };
  makeWedge: { form: 0; dx: number; dy: number; dz: number; xmin: number; zmin: number; xmax: number; zmax: number; pnt: Vector; dir: Vector };
  makeSphere: { form: 0; radius: number; pnt: Vector; dir: Vector; angleDegrees1: number; angleDegrees2: number; angleDegrees3: number };
  extrudeLinear: { form: 0; outerWire: Wire; innerWires: Wire[]; vecNormal: Vector; taper: number } | { form: 1; face: Face; vecNormal: Vector; taper: number };
  extrudeLinearWithRotation: { form: 0; outerWire: Wire; innerWires: Wire[]; vecCenter: Vector; vecNormal: Vector; angleDegrees: number } | { form: 1; face: Face; vecCenter: Vector; vecNormal: Vector; angleDegrees: number };
  revolve: { form: 0; outerWire: Wire; innerWires: Wire[]; angleDegrees: number; axisStart: Vector; axisEnd: Vector } | { form: 1; face: Face; angleDegrees: number; axisStart: Vector; axisEnd: Vector };
  sweep: { form: 0; outerWire: Wire; innerWires: Wire[]; path: Wire | Edge; makeSolid: boolean; isFrenet: boolean; mode: VectorLike | Wire | Edge | undefined; transitionMode: "transformed" | "round" | "right" } | { form: 1; face: Face; path: Wire | Edge; makeSolid: boolean; isFrenet: boolean; mode: VectorLike | Wire | Edge | undefined; transitionMode: "transformed" | "round" | "right" };
  sweep_multi: { form: 0; profiles: readonly (Wire | Face)[]; path: Wire | Edge; makeSolid: boolean; isFrenet: boolean; mode: VectorLike | Wire | Edge | undefined };
  outerShell: { form: 0;  };
  innerShells: { form: 0;  };
}

/** What a script may pass to each Compound method: positionally, by name in a trailing options object, or both. */
export interface CompoundArgs {
  makeCompound:
    | [options: { listOfShapes: readonly Shape[] }]
    | [listOfShapes: readonly Shape[]];
  makeText:
    | [options: { text: string; size: number; height: number; font?: string | undefined; fontPath?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined; position?: Plane | null | undefined }]
    | [text: string, options: { size: number; height: number; font?: string | undefined; fontPath?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined; position?: Plane | null | undefined }]
    | [text: string, size: number, options: { height: number; font?: string | undefined; fontPath?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined; position?: Plane | null | undefined }]
    | [text: string, size: number, height: number, options?: { font?: string | undefined; fontPath?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined; position?: Plane | null | undefined }]
    | [text: string, size: number, height: number, font: string | undefined, options?: { fontPath?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined; position?: Plane | null | undefined }]
    | [text: string, size: number, height: number, font: string | undefined, fontPath: string | null | undefined, options?: { kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined; position?: Plane | null | undefined }]
    | [text: string, size: number, height: number, font: string | undefined, fontPath: string | null | undefined, kind: "regular" | "bold" | "italic" | undefined, options?: { halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined; position?: Plane | null | undefined }]
    | [text: string, size: number, height: number, font: string | undefined, fontPath: string | null | undefined, kind: "regular" | "bold" | "italic" | undefined, halign: "center" | "left" | "right" | undefined, options?: { valign?: "center" | "top" | "bottom" | undefined; position?: Plane | null | undefined }]
    | [text: string, size: number, height: number, font: string | undefined, fontPath: string | null | undefined, kind: "regular" | "bold" | "italic" | undefined, halign: "center" | "left" | "right" | undefined, valign: "center" | "top" | "bottom" | undefined, options?: { position?: Plane | null | undefined }]
    | [text: string, size: number, height: number, font?: string | undefined, fontPath?: string | null | undefined, kind?: "regular" | "bold" | "italic" | undefined, halign?: "center" | "left" | "right" | undefined, valign?: "center" | "top" | "bottom" | undefined, position?: Plane | null | undefined];
  fuse:
    | [...toFuse: (Shape)[]]
    | [...toFuse: (Shape)[], options: { glue?: boolean | undefined; tol?: number | null | undefined }];
}

/** What each Compound method receives after binding. */
export interface CompoundValues {
  makeCompound: { form: 0; listOfShapes: Shape[] };
  makeText: { form: 0; text: string; size: number; height: number; font: string; fontPath: string | undefined; kind: "regular" | "bold" | "italic"; halign: "center" | "left" | "right"; valign: "center" | "top" | "bottom"; position: Plane | undefined };
  fuse: { form: 0; glue: boolean; tol: number | undefined; toFuse: (Shape)[] };
}

/** What a script may pass to each func method: positionally, by name in a trailing options object, or both. */
export interface funcArgs {
  edgeOn:
    | [fbase: Shape, edg: Shape, ...edgs: (Shape)[]]
    | [fbase: Shape, edg: Shape, ...edgs: (Shape)[], options: { tol?: number | undefined; N?: number | undefined }]
    | [options: { base: Shape; pts: readonly VectorLike[]; periodic?: boolean | undefined; tol?: number | undefined }]
    | [base: Shape, options: { pts: readonly VectorLike[]; periodic?: boolean | undefined; tol?: number | undefined }]
    | [base: Shape, pts: readonly VectorLike[], options?: { periodic?: boolean | undefined; tol?: number | undefined }]
    | [base: Shape, pts: readonly VectorLike[], periodic: boolean | undefined, options?: { tol?: number | undefined }]
    | [base: Shape, pts: readonly VectorLike[], periodic?: boolean | undefined, tol?: number | undefined];
  wireOn:
    | [options: { base: Shape; w: Shape; tol?: number | undefined; N?: number | undefined }]
    | [base: Shape, options: { w: Shape; tol?: number | undefined; N?: number | undefined }]
    | [base: Shape, w: Shape, options?: { tol?: number | undefined; N?: number | undefined }]
    | [base: Shape, w: Shape, tol: number | undefined, options?: { N?: number | undefined }]
    | [base: Shape, w: Shape, tol?: number | undefined, N?: number | undefined];
  faceOn:
    | [base: Shape, ...fcs: (Shape)[]];
  wire:
    | [...s: (Shape)[]]
    | [...s: (Shape)[], options: { history?: never | null | undefined; name?: string | null | undefined }]
    | [options: { s: readonly Shape[]; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], options?: { history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], history: never | null | undefined, options?: { name?: string | null | undefined }]
    | [s: readonly Shape[], history?: never | null | undefined, name?: string | null | undefined];
  face:
    | [...s: (Shape)[]]
    | [options: { s: readonly Shape[] }]
    | [s: readonly Shape[]];
  shell:
    | [...s: (Shape)[]]
    | [...s: (Shape)[], options: { tol?: number | undefined; manifold?: boolean | undefined; ctx?: Shape | readonly Shape[] | null | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [options: { s: readonly Shape[]; tol?: number | undefined; manifold?: boolean | undefined; ctx?: Shape | readonly Shape[] | null | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], options?: { tol?: number | undefined; manifold?: boolean | undefined; ctx?: Shape | readonly Shape[] | null | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], tol: number | undefined, options?: { manifold?: boolean | undefined; ctx?: Shape | readonly Shape[] | null | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], tol: number | undefined, manifold: boolean | undefined, options?: { ctx?: Shape | readonly Shape[] | null | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], tol: number | undefined, manifold: boolean | undefined, ctx: Shape | readonly Shape[] | null | undefined, options?: { history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], tol: number | undefined, manifold: boolean | undefined, ctx: Shape | readonly Shape[] | null | undefined, history: never | null | undefined, options?: { name?: string | null | undefined }]
    | [s: readonly Shape[], tol?: number | undefined, manifold?: boolean | undefined, ctx?: Shape | readonly Shape[] | null | undefined, history?: never | null | undefined, name?: string | null | undefined];
  solid:
    | [s1: Shape, ...sn: (Shape)[]]
    | [s1: Shape, ...sn: (Shape)[], options: { tol?: number | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [options: { s: readonly Shape[]; inner?: readonly Shape[] | null | undefined; tol?: number | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], options?: { inner?: readonly Shape[] | null | undefined; tol?: number | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], inner: readonly Shape[] | null | undefined, options?: { tol?: number | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], inner: readonly Shape[] | null | undefined, tol: number | undefined, options?: { history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], inner: readonly Shape[] | null | undefined, tol: number | undefined, history: never | null | undefined, options?: { name?: string | null | undefined }]
    | [s: readonly Shape[], inner?: readonly Shape[] | null | undefined, tol?: number | undefined, history?: never | null | undefined, name?: string | null | undefined];
  compound:
    | [...s: (Shape)[]]
    | [options: { s: readonly Shape[] }]
    | [s: readonly Shape[]];
  vertex:
    | [options: { x: number; y: number; z: number }]
    | [x: number, options: { y: number; z: number }]
    | [x: number, y: number, options: { z: number }]
    | [x: number, y: number, z: number]
    | [options: { p: VectorLike }]
    | [p: VectorLike];
  segment:
    | [options: { p1: VectorLike; p2: VectorLike }]
    | [p1: VectorLike, options: { p2: VectorLike }]
    | [p1: VectorLike, p2: VectorLike];
  polyline:
    | [...pts: (VectorLike)[]];
  polygon:
    | [...pts: (VectorLike)[]];
  rect:
    | [options: { w: number; h: number }]
    | [w: number, options: { h: number }]
    | [w: number, h: number];
  spline:
    | [...pts: (VectorLike)[]]
    | [...pts: (VectorLike)[], options: { tol?: number | undefined; periodic?: boolean | undefined }]
    | [options: { pts: readonly VectorLike[]; tgts?: readonly VectorLike[] | null | undefined; params?: readonly number[] | null | undefined; tol?: number | undefined; periodic?: boolean | undefined; scale?: boolean | undefined }]
    | [pts: readonly VectorLike[], options?: { tgts?: readonly VectorLike[] | null | undefined; params?: readonly number[] | null | undefined; tol?: number | undefined; periodic?: boolean | undefined; scale?: boolean | undefined }]
    | [pts: readonly VectorLike[], tgts: readonly VectorLike[] | null | undefined, options?: { params?: readonly number[] | null | undefined; tol?: number | undefined; periodic?: boolean | undefined; scale?: boolean | undefined }]
    | [pts: readonly VectorLike[], tgts: readonly VectorLike[] | null | undefined, params: readonly number[] | null | undefined, options?: { tol?: number | undefined; periodic?: boolean | undefined; scale?: boolean | undefined }]
    | [pts: readonly VectorLike[], tgts: readonly VectorLike[] | null | undefined, params: readonly number[] | null | undefined, tol: number | undefined, options?: { periodic?: boolean | undefined; scale?: boolean | undefined }]
    | [pts: readonly VectorLike[], tgts: readonly VectorLike[] | null | undefined, params: readonly number[] | null | undefined, tol: number | undefined, periodic: boolean | undefined, options?: { scale?: boolean | undefined }]
    | [pts: readonly VectorLike[], tgts?: readonly VectorLike[] | null | undefined, params?: readonly number[] | null | undefined, tol?: number | undefined, periodic?: boolean | undefined, scale?: boolean | undefined];
  circle:
    | [options: { r: number }]
    | [r: number];
  ellipse:
    | [options: { r1: number; r2: number }]
    | [r1: number, options: { r2: number }]
    | [r1: number, r2: number];
  plane:
    | [options: { w: number; l: number }]
    | [w: number, options: { l: number }]
    | [w: number, l: number]
    | [];
  box:
    | [options: { w: number; l: number; h: number }]
    | [w: number, options: { l: number; h: number }]
    | [w: number, l: number, options: { h: number }]
    | [w: number, l: number, h: number];
  cylinder:
    | [options: { d: number; h: number }]
    | [d: number, options: { h: number }]
    | [d: number, h: number];
  sphere:
    | [options: { d: number }]
    | [d: number];
  torus:
    | [options: { d1: number; d2: number }]
    | [d1: number, options: { d2: number }]
    | [d1: number, d2: number];
  cone:
    | [options: { d: number; h: number }]
    | [d: number, options: { h: number }]
    | [d: number, h: number]
    | [options: { d1: number; d2: number; h: number }]
    | [d1: number, options: { d2: number; h: number }]
    | [d1: number, d2: number, options: { h: number }]
    | [d1: number, d2: number, h: number];
  text:
    | [options: { txt: string; size: number; font?: string | undefined; path?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, options: { size: number; font?: string | undefined; path?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, size: number, options?: { font?: string | undefined; path?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, size: number, font: string | undefined, options?: { path?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, size: number, font: string | undefined, path: string | null | undefined, options?: { kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, size: number, font: string | undefined, path: string | null | undefined, kind: "regular" | "bold" | "italic" | undefined, options?: { halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, size: number, font: string | undefined, path: string | null | undefined, kind: "regular" | "bold" | "italic" | undefined, halign: "center" | "left" | "right" | undefined, options?: { valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, size: number, font?: string | undefined, path?: string | null | undefined, kind?: "regular" | "bold" | "italic" | undefined, halign?: "center" | "left" | "right" | undefined, valign?: "center" | "top" | "bottom" | undefined]
    | [options: { txt: string; size: number; spine: Shape; planar?: boolean | undefined; font?: string | undefined; path?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, options: { size: number; spine: Shape; planar?: boolean | undefined; font?: string | undefined; path?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, size: number, options: { spine: Shape; planar?: boolean | undefined; font?: string | undefined; path?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, size: number, spine: Shape, options?: { planar?: boolean | undefined; font?: string | undefined; path?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, size: number, spine: Shape, planar: boolean | undefined, options?: { font?: string | undefined; path?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, size: number, spine: Shape, planar: boolean | undefined, font: string | undefined, options?: { path?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, size: number, spine: Shape, planar: boolean | undefined, font: string | undefined, path: string | null | undefined, options?: { kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, size: number, spine: Shape, planar: boolean | undefined, font: string | undefined, path: string | null | undefined, kind: "regular" | "bold" | "italic" | undefined, options?: { halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, size: number, spine: Shape, planar: boolean | undefined, font: string | undefined, path: string | null | undefined, kind: "regular" | "bold" | "italic" | undefined, halign: "center" | "left" | "right" | undefined, options?: { valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, size: number, spine: Shape, planar?: boolean | undefined, font?: string | undefined, path?: string | null | undefined, kind?: "regular" | "bold" | "italic" | undefined, halign?: "center" | "left" | "right" | undefined, valign?: "center" | "top" | "bottom" | undefined]
    | [options: { txt: string; size: number; spine: Shape; base: Shape; font?: string | undefined; path?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, options: { size: number; spine: Shape; base: Shape; font?: string | undefined; path?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, size: number, options: { spine: Shape; base: Shape; font?: string | undefined; path?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, size: number, spine: Shape, options: { base: Shape; font?: string | undefined; path?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, size: number, spine: Shape, base: Shape, options?: { font?: string | undefined; path?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, size: number, spine: Shape, base: Shape, font: string | undefined, options?: { path?: string | null | undefined; kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, size: number, spine: Shape, base: Shape, font: string | undefined, path: string | null | undefined, options?: { kind?: "regular" | "bold" | "italic" | undefined; halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, size: number, spine: Shape, base: Shape, font: string | undefined, path: string | null | undefined, kind: "regular" | "bold" | "italic" | undefined, options?: { halign?: "center" | "left" | "right" | undefined; valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, size: number, spine: Shape, base: Shape, font: string | undefined, path: string | null | undefined, kind: "regular" | "bold" | "italic" | undefined, halign: "center" | "left" | "right" | undefined, options?: { valign?: "center" | "top" | "bottom" | undefined }]
    | [txt: string, size: number, spine: Shape, base: Shape, font?: string | undefined, path?: string | null | undefined, kind?: "regular" | "bold" | "italic" | undefined, halign?: "center" | "left" | "right" | undefined, valign?: "center" | "top" | "bottom" | undefined];
  setThreads:
    | [options: { n: number }]
    | [n: number];
  fuse:
    | [s1: Shape, s2: Shape, ...shapes: (Shape)[]]
    | [s1: Shape, s2: Shape, ...shapes: (Shape)[], options: { tol?: number | undefined; glue?: "partial" | "full" | null | undefined; history?: never | null | undefined; name?: string | null | undefined }];
  cut:
    | [options: { s1: Shape; s2: Shape; tol?: number | undefined; glue?: "partial" | "full" | null | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s1: Shape, options: { s2: Shape; tol?: number | undefined; glue?: "partial" | "full" | null | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s1: Shape, s2: Shape, options?: { tol?: number | undefined; glue?: "partial" | "full" | null | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s1: Shape, s2: Shape, tol: number | undefined, options?: { glue?: "partial" | "full" | null | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s1: Shape, s2: Shape, tol: number | undefined, glue: "partial" | "full" | null | undefined, options?: { history?: never | null | undefined; name?: string | null | undefined }]
    | [s1: Shape, s2: Shape, tol: number | undefined, glue: "partial" | "full" | null | undefined, history: never | null | undefined, options?: { name?: string | null | undefined }]
    | [s1: Shape, s2: Shape, tol?: number | undefined, glue?: "partial" | "full" | null | undefined, history?: never | null | undefined, name?: string | null | undefined];
  intersect:
    | [options: { s1: Shape; s2: Shape; tol?: number | undefined; glue?: "partial" | "full" | null | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s1: Shape, options: { s2: Shape; tol?: number | undefined; glue?: "partial" | "full" | null | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s1: Shape, s2: Shape, options?: { tol?: number | undefined; glue?: "partial" | "full" | null | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s1: Shape, s2: Shape, tol: number | undefined, options?: { glue?: "partial" | "full" | null | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s1: Shape, s2: Shape, tol: number | undefined, glue: "partial" | "full" | null | undefined, options?: { history?: never | null | undefined; name?: string | null | undefined }]
    | [s1: Shape, s2: Shape, tol: number | undefined, glue: "partial" | "full" | null | undefined, history: never | null | undefined, options?: { name?: string | null | undefined }]
    | [s1: Shape, s2: Shape, tol?: number | undefined, glue?: "partial" | "full" | null | undefined, history?: never | null | undefined, name?: string | null | undefined];
  split:
    | [options: { s1: Shape; s2: Shape; tol?: number | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s1: Shape, options: { s2: Shape; tol?: number | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s1: Shape, s2: Shape, options?: { tol?: number | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s1: Shape, s2: Shape, tol: number | undefined, options?: { history?: never | null | undefined; name?: string | null | undefined }]
    | [s1: Shape, s2: Shape, tol: number | undefined, history: never | null | undefined, options?: { name?: string | null | undefined }]
    | [s1: Shape, s2: Shape, tol?: number | undefined, history?: never | null | undefined, name?: string | null | undefined];
  imprint:
    | [...shapes: (Shape)[]]
    | [...shapes: (Shape)[], options: { tol?: number | undefined; glue?: "partial" | "full" | undefined; history?: never | null | undefined; name?: string | null | undefined }];
  clean:
    | [options: { s: Shape }]
    | [s: Shape];
  fill:
    | [options: { s: Shape; constraints?: readonly (Shape | VectorLike)[] | undefined }]
    | [s: Shape, options?: { constraints?: readonly (Shape | VectorLike)[] | undefined }]
    | [s: Shape, constraints?: readonly (Shape | VectorLike)[] | undefined];
  cap:
    | [options: { s: Shape; ctx: Shape; constraints?: readonly (Shape | VectorLike)[] | undefined }]
    | [s: Shape, options: { ctx: Shape; constraints?: readonly (Shape | VectorLike)[] | undefined }]
    | [s: Shape, ctx: Shape, options?: { constraints?: readonly (Shape | VectorLike)[] | undefined }]
    | [s: Shape, ctx: Shape, constraints?: readonly (Shape | VectorLike)[] | undefined];
  fillet:
    | [options: { s: Shape; edges: Shape; r: number; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, options: { edges: Shape; r: number; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, edges: Shape, options: { r: number; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, edges: Shape, r: number, options?: { history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, edges: Shape, r: number, history: never | null | undefined, options?: { name?: string | null | undefined }]
    | [s: Shape, edges: Shape, r: number, history?: never | null | undefined, name?: string | null | undefined];
  chamfer:
    | [options: { s: Shape; edges: Shape; d: number; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, options: { edges: Shape; d: number; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, edges: Shape, options: { d: number; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, edges: Shape, d: number, options?: { history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, edges: Shape, d: number, history: never | null | undefined, options?: { name?: string | null | undefined }]
    | [s: Shape, edges: Shape, d: number, history?: never | null | undefined, name?: string | null | undefined];
  extrude:
    | [options: { s: Shape; d: VectorLike; both?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, options: { d: VectorLike; both?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, d: VectorLike, options?: { both?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, d: VectorLike, both: boolean | undefined, options?: { history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, d: VectorLike, both: boolean | undefined, history: never | null | undefined, options?: { name?: string | null | undefined }]
    | [s: Shape, d: VectorLike, both?: boolean | undefined, history?: never | null | undefined, name?: string | null | undefined];
  revolve:
    | [options: { s: Shape; p: VectorLike; d: VectorLike; a?: number | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, options: { p: VectorLike; d: VectorLike; a?: number | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, p: VectorLike, options: { d: VectorLike; a?: number | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, p: VectorLike, d: VectorLike, options?: { a?: number | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, p: VectorLike, d: VectorLike, a: number | undefined, options?: { history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, p: VectorLike, d: VectorLike, a: number | undefined, history: never | null | undefined, options?: { name?: string | null | undefined }]
    | [s: Shape, p: VectorLike, d: VectorLike, a?: number | undefined, history?: never | null | undefined, name?: string | null | undefined];
  offset:
    | [options: { s: Shape; t: number; cap?: boolean | undefined; both?: boolean | undefined; tol?: number | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, options: { t: number; cap?: boolean | undefined; both?: boolean | undefined; tol?: number | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, t: number, options?: { cap?: boolean | undefined; both?: boolean | undefined; tol?: number | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, t: number, cap: boolean | undefined, options?: { both?: boolean | undefined; tol?: number | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, t: number, cap: boolean | undefined, both: boolean | undefined, options?: { tol?: number | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, t: number, cap: boolean | undefined, both: boolean | undefined, tol: number | undefined, options?: { history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, t: number, cap: boolean | undefined, both: boolean | undefined, tol: number | undefined, history: never | null | undefined, options?: { name?: string | null | undefined }]
    | [s: Shape, t: number, cap?: boolean | undefined, both?: boolean | undefined, tol?: number | undefined, history?: never | null | undefined, name?: string | null | undefined];
  sweep:
    | [options: { s: Shape; path: Shape; aux?: Shape | null | undefined; cap?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, options: { path: Shape; aux?: Shape | null | undefined; cap?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, path: Shape, options?: { aux?: Shape | null | undefined; cap?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, path: Shape, aux: Shape | null | undefined, options?: { cap?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, path: Shape, aux: Shape | null | undefined, cap: boolean | undefined, options?: { history?: never | null | undefined; name?: string | null | undefined }]
    | [s: Shape, path: Shape, aux: Shape | null | undefined, cap: boolean | undefined, history: never | null | undefined, options?: { name?: string | null | undefined }]
    | [s: Shape, path: Shape, aux?: Shape | null | undefined, cap?: boolean | undefined, history?: never | null | undefined, name?: string | null | undefined]
    | [options: { s: readonly Shape[]; path: Shape; aux?: Shape | null | undefined; cap?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], options: { path: Shape; aux?: Shape | null | undefined; cap?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], path: Shape, options?: { aux?: Shape | null | undefined; cap?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], path: Shape, aux: Shape | null | undefined, options?: { cap?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], path: Shape, aux: Shape | null | undefined, cap: boolean | undefined, options?: { history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], path: Shape, aux: Shape | null | undefined, cap: boolean | undefined, history: never | null | undefined, options?: { name?: string | null | undefined }]
    | [s: readonly Shape[], path: Shape, aux?: Shape | null | undefined, cap?: boolean | undefined, history?: never | null | undefined, name?: string | null | undefined];
  loft:
    | [...s: (Shape)[]]
    | [...s: (Shape)[], options: { cap?: boolean | undefined; ruled?: boolean | undefined; continuity?: "C1" | "C2" | "C3" | undefined; parametrization?: "uniform" | "chordal" | "centripetal" | undefined; degree?: number | undefined; compat?: boolean | undefined; smoothing?: boolean | undefined; weights?: readonly [number, number, number] | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [options: { s: readonly Shape[]; cap?: boolean | undefined; ruled?: boolean | undefined; continuity?: "C1" | "C2" | "C3" | undefined; parametrization?: "uniform" | "chordal" | "centripetal" | undefined; degree?: number | undefined; compat?: boolean | undefined; smoothing?: boolean | undefined; weights?: readonly [number, number, number] | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], options?: { cap?: boolean | undefined; ruled?: boolean | undefined; continuity?: "C1" | "C2" | "C3" | undefined; parametrization?: "uniform" | "chordal" | "centripetal" | undefined; degree?: number | undefined; compat?: boolean | undefined; smoothing?: boolean | undefined; weights?: readonly [number, number, number] | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], cap: boolean | undefined, options?: { ruled?: boolean | undefined; continuity?: "C1" | "C2" | "C3" | undefined; parametrization?: "uniform" | "chordal" | "centripetal" | undefined; degree?: number | undefined; compat?: boolean | undefined; smoothing?: boolean | undefined; weights?: readonly [number, number, number] | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], cap: boolean | undefined, ruled: boolean | undefined, options?: { continuity?: "C1" | "C2" | "C3" | undefined; parametrization?: "uniform" | "chordal" | "centripetal" | undefined; degree?: number | undefined; compat?: boolean | undefined; smoothing?: boolean | undefined; weights?: readonly [number, number, number] | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], cap: boolean | undefined, ruled: boolean | undefined, continuity: "C1" | "C2" | "C3" | undefined, options?: { parametrization?: "uniform" | "chordal" | "centripetal" | undefined; degree?: number | undefined; compat?: boolean | undefined; smoothing?: boolean | undefined; weights?: readonly [number, number, number] | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], cap: boolean | undefined, ruled: boolean | undefined, continuity: "C1" | "C2" | "C3" | undefined, parametrization: "uniform" | "chordal" | "centripetal" | undefined, options?: { degree?: number | undefined; compat?: boolean | undefined; smoothing?: boolean | undefined; weights?: readonly [number, number, number] | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], cap: boolean | undefined, ruled: boolean | undefined, continuity: "C1" | "C2" | "C3" | undefined, parametrization: "uniform" | "chordal" | "centripetal" | undefined, degree: number | undefined, options?: { compat?: boolean | undefined; smoothing?: boolean | undefined; weights?: readonly [number, number, number] | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], cap: boolean | undefined, ruled: boolean | undefined, continuity: "C1" | "C2" | "C3" | undefined, parametrization: "uniform" | "chordal" | "centripetal" | undefined, degree: number | undefined, compat: boolean | undefined, options?: { smoothing?: boolean | undefined; weights?: readonly [number, number, number] | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], cap: boolean | undefined, ruled: boolean | undefined, continuity: "C1" | "C2" | "C3" | undefined, parametrization: "uniform" | "chordal" | "centripetal" | undefined, degree: number | undefined, compat: boolean | undefined, smoothing: boolean | undefined, options?: { weights?: readonly [number, number, number] | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], cap: boolean | undefined, ruled: boolean | undefined, continuity: "C1" | "C2" | "C3" | undefined, parametrization: "uniform" | "chordal" | "centripetal" | undefined, degree: number | undefined, compat: boolean | undefined, smoothing: boolean | undefined, weights: readonly [number, number, number] | undefined, options?: { history?: never | null | undefined; name?: string | null | undefined }]
    | [s: readonly Shape[], cap: boolean | undefined, ruled: boolean | undefined, continuity: "C1" | "C2" | "C3" | undefined, parametrization: "uniform" | "chordal" | "centripetal" | undefined, degree: number | undefined, compat: boolean | undefined, smoothing: boolean | undefined, weights: readonly [number, number, number] | undefined, history: never | null | undefined, options?: { name?: string | null | undefined }]
    | [s: readonly Shape[], cap?: boolean | undefined, ruled?: boolean | undefined, continuity?: "C1" | "C2" | "C3" | undefined, parametrization?: "uniform" | "chordal" | "centripetal" | undefined, degree?: number | undefined, compat?: boolean | undefined, smoothing?: boolean | undefined, weights?: readonly [number, number, number] | undefined, history?: never | null | undefined, name?: string | null | undefined];
  project:
    | [options: { s: Shape; base: Shape; continuity?: "C1" | "C2" | "C3" | undefined; degree?: number | undefined; maxseg?: number | undefined; tol?: number | undefined }]
    | [s: Shape, options: { base: Shape; continuity?: "C1" | "C2" | "C3" | undefined; degree?: number | undefined; maxseg?: number | undefined; tol?: number | undefined }]
    | [s: Shape, base: Shape, options?: { continuity?: "C1" | "C2" | "C3" | undefined; degree?: number | undefined; maxseg?: number | undefined; tol?: number | undefined }]
    | [s: Shape, base: Shape, continuity: "C1" | "C2" | "C3" | undefined, options?: { degree?: number | undefined; maxseg?: number | undefined; tol?: number | undefined }]
    | [s: Shape, base: Shape, continuity: "C1" | "C2" | "C3" | undefined, degree: number | undefined, options?: { maxseg?: number | undefined; tol?: number | undefined }]
    | [s: Shape, base: Shape, continuity: "C1" | "C2" | "C3" | undefined, degree: number | undefined, maxseg: number | undefined, options?: { tol?: number | undefined }]
    | [s: Shape, base: Shape, continuity?: "C1" | "C2" | "C3" | undefined, degree?: number | undefined, maxseg?: number | undefined, tol?: number | undefined]
    | [options: { s: Shape; base: Shape; direction: VectorLike }]
    | [s: Shape, options: { base: Shape; direction: VectorLike }]
    | [s: Shape, base: Shape, options: { direction: VectorLike }]
    | [s: Shape, base: Shape, direction: VectorLike];
  prism:
    | [options: { ctx: Shape; base?: Shape | null | undefined; faces: Shape; t?: number | Shape | readonly [Shape, Shape] | null | undefined; angle?: number | undefined; additive?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [ctx: Shape, options: { base?: Shape | null | undefined; faces: Shape; t?: number | Shape | readonly [Shape, Shape] | null | undefined; angle?: number | undefined; additive?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [ctx: Shape, base: Shape | null | undefined, options: { faces: Shape; t?: number | Shape | readonly [Shape, Shape] | null | undefined; angle?: number | undefined; additive?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [ctx: Shape, base: Shape | null | undefined, faces: Shape, options?: { t?: number | Shape | readonly [Shape, Shape] | null | undefined; angle?: number | undefined; additive?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [ctx: Shape, base: Shape | null | undefined, faces: Shape, t: number | Shape | readonly [Shape, Shape] | null | undefined, options?: { angle?: number | undefined; additive?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [ctx: Shape, base: Shape | null | undefined, faces: Shape, t: number | Shape | readonly [Shape, Shape] | null | undefined, angle: number | undefined, options?: { additive?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [ctx: Shape, base: Shape | null | undefined, faces: Shape, t: number | Shape | readonly [Shape, Shape] | null | undefined, angle: number | undefined, additive: boolean | undefined, options?: { history?: never | null | undefined; name?: string | null | undefined }]
    | [ctx: Shape, base: Shape | null | undefined, faces: Shape, t: number | Shape | readonly [Shape, Shape] | null | undefined, angle: number | undefined, additive: boolean | undefined, history: never | null | undefined, options?: { name?: string | null | undefined }]
    | [ctx: Shape, base: Shape | null | undefined, faces: Shape, t?: number | Shape | readonly [Shape, Shape] | null | undefined, angle?: number | undefined, additive?: boolean | undefined, history?: never | null | undefined, name?: string | null | undefined]
    | [options: { ctx: Shape; base?: Shape | null | undefined; faces: Shape; t?: number | Shape | readonly [Shape, Shape] | null | undefined; dir: VectorLike; additive?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [ctx: Shape, options: { base?: Shape | null | undefined; faces: Shape; t?: number | Shape | readonly [Shape, Shape] | null | undefined; dir: VectorLike; additive?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [ctx: Shape, base: Shape | null | undefined, options: { faces: Shape; t?: number | Shape | readonly [Shape, Shape] | null | undefined; dir: VectorLike; additive?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [ctx: Shape, base: Shape | null | undefined, faces: Shape, options: { t?: number | Shape | readonly [Shape, Shape] | null | undefined; dir: VectorLike; additive?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [ctx: Shape, base: Shape | null | undefined, faces: Shape, t: number | Shape | readonly [Shape, Shape] | null | undefined, options: { dir: VectorLike; additive?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [ctx: Shape, base: Shape | null | undefined, faces: Shape, t: number | Shape | readonly [Shape, Shape] | null | undefined, dir: VectorLike, options?: { additive?: boolean | undefined; history?: never | null | undefined; name?: string | null | undefined }]
    | [ctx: Shape, base: Shape | null | undefined, faces: Shape, t: number | Shape | readonly [Shape, Shape] | null | undefined, dir: VectorLike, additive: boolean | undefined, options?: { history?: never | null | undefined; name?: string | null | undefined }]
    | [ctx: Shape, base: Shape | null | undefined, faces: Shape, t: number | Shape | readonly [Shape, Shape] | null | undefined, dir: VectorLike, additive: boolean | undefined, history: never | null | undefined, options?: { name?: string | null | undefined }]
    | [ctx: Shape, base: Shape | null | undefined, faces: Shape, t: number | Shape | readonly [Shape, Shape] | null | undefined, dir: VectorLike, additive?: boolean | undefined, history?: never | null | undefined, name?: string | null | undefined];
  check:
    | [options: { s: Shape; results?: unknown[] | null | undefined; tol?: number | null | undefined; verbose?: boolean | undefined }]
    | [s: Shape, options?: { results?: unknown[] | null | undefined; tol?: number | null | undefined; verbose?: boolean | undefined }]
    | [s: Shape, results: unknown[] | null | undefined, options?: { tol?: number | null | undefined; verbose?: boolean | undefined }]
    | [s: Shape, results: unknown[] | null | undefined, tol: number | null | undefined, options?: { verbose?: boolean | undefined }]
    | [s: Shape, results?: unknown[] | null | undefined, tol?: number | null | undefined, verbose?: boolean | undefined];
  isSubshape:
    | [options: { s1: Shape; s2: Shape }]
    | [s1: Shape, options: { s2: Shape }]
    | [s1: Shape, s2: Shape];
  closest:
    | [options: { s1: Shape; s2: Shape }]
    | [s1: Shape, options: { s2: Shape }]
    | [s1: Shape, s2: Shape];
}

/** What each func method receives after binding. */
export interface funcValues {
  edgeOn: { form: 0; fbase: Shape; edg: Shape; tol: number; N: number; edgs: (Shape)[] } | { form: 1; base: Shape; pts: Vector[]; periodic: boolean; tol: number };
  wireOn: { form: 0; base: Shape; w: Shape; tol: number; N: number };
  faceOn: { form: 0; base: Shape; fcs: (Shape)[] };
  wire: { form: 0; history: never | undefined; name: string | undefined; s: (Shape)[] } | { form: 1; s: Shape[]; history: never | undefined; name: string | undefined };
  face: { form: 0; s: (Shape)[] } | { form: 1; s: Shape[] };
  shell: { form: 0; tol: number; manifold: boolean; ctx: Shape | readonly Shape[] | undefined; history: never | undefined; name: string | undefined; s: (Shape)[] } | { form: 1; s: Shape[]; tol: number; manifold: boolean; ctx: Shape | readonly Shape[] | undefined; history: never | undefined; name: string | undefined };
  solid: { form: 0; s1: Shape; tol: number; history: never | undefined; name: string | undefined; sn: (Shape)[] } | { form: 1; s: Shape[]; inner: Shape[] | undefined; tol: number; history: never | undefined; name: string | undefined };
  compound: { form: 0; s: (Shape)[] } | { form: 1; s: Shape[] };
  vertex: { form: 0; x: number; y: number; z: number } | { form: 1; p: Vector };
  segment: { form: 0; p1: Vector; p2: Vector };
  polyline: { form: 0; pts: (Vector)[] };
  polygon: { form: 0; pts: (Vector)[] };
  rect: { form: 0; w: number; h: number };
  spline: { form: 0; tol: number; periodic: boolean; pts: (Vector)[] } | { form: 1; pts: Vector[]; tgts: Vector[] | undefined; params: number[] | undefined; tol: number; periodic: boolean; scale: boolean };
  circle: { form: 0; r: number };
  ellipse: { form: 0; r1: number; r2: number };
  plane: { form: 0; w: number; l: number } | { form: 1;  };
  box: { form: 0; w: number; l: number; h: number };
  cylinder: { form: 0; d: number; h: number };
  sphere: { form: 0; d: number };
  torus: { form: 0; d1: number; d2: number };
  cone: { form: 0; d: number; h: number } | { form: 1; d1: number; d2: number; h: number };
  text: { form: 0; txt: string; size: number; font: string; path: string | undefined; kind: "regular" | "bold" | "italic"; halign: "center" | "left" | "right"; valign: "center" | "top" | "bottom" } | { form: 1; txt: string; size: number; spine: Shape; planar: boolean; font: string; path: string | undefined; kind: "regular" | "bold" | "italic"; halign: "center" | "left" | "right"; valign: "center" | "top" | "bottom" } | { form: 2; txt: string; size: number; spine: Shape; base: Shape; font: string; path: string | undefined; kind: "regular" | "bold" | "italic"; halign: "center" | "left" | "right"; valign: "center" | "top" | "bottom" };
  setThreads: { form: 0; n: number };
  fuse: { form: 0; s1: Shape; s2: Shape; tol: number; glue: "partial" | "full" | undefined; history: never | undefined; name: string | undefined; shapes: (Shape)[] };
  cut: { form: 0; s1: Shape; s2: Shape; tol: number; glue: "partial" | "full" | undefined; history: never | undefined; name: string | undefined };
  intersect: { form: 0; s1: Shape; s2: Shape; tol: number; glue: "partial" | "full" | undefined; history: never | undefined; name: string | undefined };
  split: { form: 0; s1: Shape; s2: Shape; tol: number; history: never | undefined; name: string | undefined };
  imprint: { form: 0; tol: number; glue: "partial" | "full"; history: never | undefined; name: string | undefined; shapes: (Shape)[] };
  clean: { form: 0; s: Shape };
  fill: { form: 0; s: Shape; constraints: readonly (Shape | VectorLike)[] };
  cap: { form: 0; s: Shape; ctx: Shape; constraints: readonly (Shape | VectorLike)[] };
  fillet: { form: 0; s: Shape; edges: Shape; r: number; history: never | undefined; name: string | undefined };
  chamfer: { form: 0; s: Shape; edges: Shape; d: number; history: never | undefined; name: string | undefined };
  extrude: { form: 0; s: Shape; d: Vector; both: boolean; history: never | undefined; name: string | undefined };
  revolve: { form: 0; s: Shape; p: Vector; d: Vector; a: number; history: never | undefined; name: string | undefined };
  offset: { form: 0; s: Shape; t: number; cap: boolean; both: boolean; tol: number; history: never | undefined; name: string | undefined };
  sweep: { form: 0; s: Shape; path: Shape; aux: Shape | undefined; cap: boolean; history: never | undefined; name: string | undefined } | { form: 1; s: Shape[]; path: Shape; aux: Shape | undefined; cap: boolean; history: never | undefined; name: string | undefined };
  loft: { form: 0; cap: boolean; ruled: boolean; continuity: "C1" | "C2" | "C3"; parametrization: "uniform" | "chordal" | "centripetal"; degree: number; compat: boolean; smoothing: boolean; weights: readonly [number, number, number]; history: never | undefined; name: string | undefined; s: (Shape)[] } | { form: 1; s: Shape[]; cap: boolean; ruled: boolean; continuity: "C1" | "C2" | "C3"; parametrization: "uniform" | "chordal" | "centripetal"; degree: number; compat: boolean; smoothing: boolean; weights: readonly [number, number, number]; history: never | undefined; name: string | undefined };
  project: { form: 0; s: Shape; base: Shape; continuity: "C1" | "C2" | "C3"; degree: number; maxseg: number; tol: number } | { form: 1; s: Shape; base: Shape; direction: Vector };
  prism: { form: 0; ctx: Shape; base: Shape | null | undefined; faces: Shape; t: number | Shape | readonly [Shape, Shape] | null | undefined; angle: number; additive: boolean; history: never | undefined; name: string | undefined } | { form: 1; ctx: Shape; base: Shape | null | undefined; faces: Shape; t: number | Shape | readonly [Shape, Shape] | null | undefined; dir: Vector; additive: boolean; history: never | undefined; name: string | undefined };
  check: { form: 0; s: Shape; results: unknown[] | undefined; tol: number | undefined; verbose: boolean };
  isSubshape: { form: 0; s1: Shape; s2: Shape };
  closest: { form: 0; s1: Shape; s2: Shape };
}
