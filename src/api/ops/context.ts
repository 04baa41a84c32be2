/** The Workplane's context: the chain, tags, the solid in context, stack points, combining. */
import { booleanOperation, compoundOfShapes, unifySameDomain } from "../../kernel/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { Location } from "../location.ts";
import { Plane } from "../plane.ts";
import { isShape, unwrapShape, wrapShape, type Shape } from "../shape.ts";
import { apiError, nonEmptyString, readOptions } from "../options.ts";
import { Vector, describeValue } from "../vector.ts";
import type { StackItem, WorkplaneImpl } from "../workplane.ts";

export function ancestor(wp: WorkplaneImpl, n: number): WorkplaneImpl {
  if (!Number.isInteger(n) || n < 1) apiError("end", `n must be a whole number of at least 1; got ${describeValue(n)}`);
  let current = wp;
  for (let i = 0; i < n; i++) {
    const parent = current.state.parent;
    if (parent === undefined) apiError("end", `cannot go back ${n} step(s): the chain is only ${i} step(s) long`);
    current = parent;
  }
  return current;
}

export function stackItem(wp: WorkplaneImpl, index: number): StackItem {
  const objects = wp.state.objects;
  const item = objects[index < 0 ? objects.length + index : index];
  if (item === undefined) apiError("item", `no object at index ${index}: the stack holds ${objects.length}`);
  return item;
}

export function tag(wp: WorkplaneImpl, name: string): WorkplaneImpl {
  nonEmptyString("tag", "name", name);
  // The tag map is shared forward: this Workplane and everything derived from it see the tag.
  const tags = new Map(wp.state.tags);
  const tagged = wp.derive({ parent: wp.state.parent, tags });
  tags.set(name, tagged);
  wp.state.chainTags.set(name, tagged);
  return tagged;
}

export function tagged(wp: WorkplaneImpl, name: string, method: string): WorkplaneImpl {
  const found = wp.state.tags.get(name);
  if (found === undefined) {
    const known = [...wp.state.tags.keys()];
    apiError(method, `no Workplane is tagged "${name}"${known.length ? `; tags are ${known.join(", ")}` : "; call .tag(name) first"}`);
  }
  return found;
}

/**
 * CadQuery's `_getTagged` as its shared context sees it: the Workplane tagged `name` anywhere in
 * the chain `wp` belongs to (latest wins), also when tagged after `wp` was made.
 * @example part.faces(">Z").tag("top"); chainTagged(part, "top") // the >Z selection
 */
export function chainTagged(wp: WorkplaneImpl, name: string): WorkplaneImpl | undefined {
  return wp.state.chainTags.get(name) ?? wp.state.tags.get(name);
}

export function fromTagged(wp: WorkplaneImpl, name: string): WorkplaneImpl {
  const source = tagged(wp, name, "workplaneFromTagged");
  return wp.derive({ plane: source.state.plane, objects: [] });
}

function isSolidLike(item: StackItem): item is Shape {
  return isShape(item) && (item.kind === "solid" || item.kind === "compound");
}

/** Compound of several shapes, or the one shape itself. */
export function compoundOf(shapes: readonly Shape[]): Shape {
  if (shapes.length === 1) return shapes[0]!;
  return wrapShape(compoundOfShapes(shapes.map(unwrapShape)));
}

/** CadQuery's `findSolid`: the stack's solids (as one compound) or the nearest parent's. */
export function findSolid(wp: WorkplaneImpl): Shape | undefined {
  for (let current: WorkplaneImpl | undefined = wp; current; current = current.state.parent) {
    const solids = current.state.objects.filter(isSolidLike);
    if (solids.length > 0) return compoundOf(solids);
  }
  return undefined;
}

export function requireSolid(wp: WorkplaneImpl, method: string): Shape {
  const solid = findSolid(wp);
  if (solid === undefined) {
    throw new PartforgeError(
      "SCRIPT_EXCEPTION",
      `${method}: there is no solid to work on; make one first (e.g. box(), extrude()) earlier in the chain`,
    );
  }
  return solid;
}

export function largestDimension(wp: WorkplaneImpl): number {
  return requireSolid(wp, "largestDimension").BoundingBox().DiagonalLength;
}

/** The Location of each stack point; the plane origin when the stack is empty. */
export function stackLocations(wp: WorkplaneImpl): Location[] {
  const { plane, objects, emptySelection } = wp.state;
  // Building at "no points" because a selector matched nothing is a mistake, not the origin.
  if (emptySelection !== undefined) {
    apiError("placing at the selected points", `nothing is selected: ${emptySelection.call} matched none of the ${emptySelection.candidates} candidate(s)`);
  }
  if (objects.length === 0) return [new Location(plane)];
  return objects.map((item) => (item instanceof Location ? item : Location.at(plane, item.center())));
}

function asItems(method: string, value: StackItem | readonly StackItem[]): StackItem[] {
  const items = Array.isArray(value) ? [...(value as readonly StackItem[])] : [value as StackItem];
  for (const item of items) {
    if (!isShape(item) && !(item instanceof Location)) apiError(method, `the callback must return shapes or locations; got ${describeValue(item)}`);
  }
  return items;
}

export interface EachOptions {
  /** Give the callback the object in the plane's coordinates and place its result back (CadQuery's useLocalCoordinates). */
  useLocalCoordinates?: boolean;
  /** true/"a" (CadQuery's default): fuse the results with the solid in context; "s"/"cut": cut them; false: keep them on the stack. */
  combine?: boolean | "a" | "s" | "cut";
  clean?: boolean;
}

/** The plane's location as a Location (CadQuery's `plane.location`). */
function planeLocation(wp: WorkplaneImpl): Location {
  return new Location(wp.state.plane);
}

/** A global frame expressed in the plane's coordinates (CadQuery's `plane.location.inverse * loc`). */
function inPlane(plane: Plane, location: Location): Location {
  const { origin, xDir, zDir } = location.frame;
  const local = (d: Vector) => new Vector(d.dot(plane.xDir), d.dot(plane.yDir), d.dot(plane.zDir));
  return new Location(new Plane(plane.toLocalCoords(origin), local(xDir), local(zDir)));
}

/** The plane's inverse location: world → plane coordinates (CadQuery's `plane.fG`). */
function worldToPlane(plane: Plane): Location {
  return inPlane(plane, new Location());
}

function combineMode(method: string, value: unknown): CombineMode {
  if (value === false) return "none";
  if (value === true || value === "a") return "fuse";
  if (value === "s" || value === "cut") return "cut";
  return apiError(method, `combine must be true, false, "a" or "s"; got ${describeValue(value)}`);
}

/** Results of `each`/`eachpoint`: wires become pending wires; combined (fused or cut) with the solid in context unless combine is false. */
function collect(wp: WorkplaneImpl, method: string, items: StackItem[], combine: unknown, clean: boolean): WorkplaneImpl {
  const wires = items.filter((item): item is Shape => isShape(item) && item.kind === "wire");
  const placed = wires.length > 0 ? wp.derive({ pendingWires: [...wp.state.pendingWires, ...wires] }) : wp;
  const mode = combineMode(method, combine);
  if (mode === "none") return placed.derive({ parent: wp, objects: clean ? items.map((item) => (isShape(item) ? cleaned(item) : item)) : items });
  const shapes = items.filter((item): item is Shape => isShape(item));
  if (shapes.length < items.length) {
    apiError(method, `with combine (CadQuery's default for each is True) the callback must return shapes; it returned a Location; pass { combine: false } to keep Locations on the stack`);
  }
  return combineWithBase(placed, shapes, mode, clean);
}

/**
 * CadQuery's `each`: `callback(obj)` for each stack object (in the plane's coordinates, its
 * result placed back, with `useLocalCoordinates`); the results are fused with the solid in
 * context by default (`combine`), wires among them become pending wires.
 */
export function each(wp: WorkplaneImpl, callback: (item: StackItem) => StackItem | readonly StackItem[], options?: EachOptions): WorkplaneImpl {
  const method = "each";
  if (typeof callback !== "function") apiError(method, "expected a function");
  const opts = readOptions(method, options, { useLocalCoordinates: false, combine: true as EachOptions["combine"], clean: true });
  const plane = wp.state.plane;
  const local = opts.useLocalCoordinates === true;
  const toLocal = worldToPlane(plane);
  const toWorld = planeLocation(wp);
  const results = wp.state.objects.flatMap((item) => {
    if (!local) return asItems(method, callback(item));
    // CadQuery's plane.toLocalCoords takes vectors and shapes only.
    if (!isShape(item)) apiError(method, "useLocalCoordinates needs shapes on the stack: a Location cannot be put in local coordinates (CadQuery raises here too)");
    return asItems(method, callback(item.moved(toLocal))).map((r) => (isShape(r) ? r.moved(toWorld) : toWorld.multiply(r)));
  });
  return collect(wp, method, results, opts.combine, opts.clean === true);
}

export type EachpointArg = ((location: Location) => StackItem | readonly StackItem[]) | Shape | WorkplaneImpl;

export interface EachpointOptions {
  /** Give `arg` each point relative to the plane and place its result on the plane (CadQuery's useLocalCoordinates). */
  useLocalCoordinates?: boolean;
  /** false (default) keeps the results on the stack; true/"a" fuses them with the solid, "s"/"cut" cuts them. */
  combine?: boolean | "a" | "s" | "cut";
  clean?: boolean;
}

/**
 * CadQuery's `eachpoint`: `arg(location)` at each stack location, or a shape (or a Workplane's
 * shapes) built around the origin and moved to each location. Wires become pending wires.
 * As CadQuery 2.5, each point is first taken relative to the plane (p); with
 * `useLocalCoordinates` the callback gets p and its result is placed on the plane, otherwise it
 * gets `p * plane.location` — the same on a plane at the origin with no rotation (CadQuery issue
 * #1098: on other planes the local offset is applied along the global axes).
 */
export function eachpoint(wp: WorkplaneImpl, arg: EachpointArg, options?: EachpointOptions): WorkplaneImpl {
  const method = "eachpoint";
  const opts = readOptions(method, options, { useLocalCoordinates: false, combine: false as EachpointOptions["combine"], clean: true });
  const plane = wp.state.plane;
  const toWorld = planeLocation(wp);
  const local = opts.useLocalCoordinates === true;
  const points = wp.state.objects.length === 0 ? [new Location()] : stackLocations(wp).map((location) => inPlane(plane, location));
  const placeItem = (item: StackItem) => (isShape(item) ? item.moved(toWorld) : toWorld.multiply(item));
  let place: (point: Location) => StackItem[];
  if (typeof arg === "function") {
    place = local ? (p) => asItems(method, arg(p)).map(placeItem) : (p) => asItems(method, arg(p.multiply(toWorld)));
  } else if (isShape(arg)) {
    place = local ? (p) => [arg.moved(p).moved(toWorld)] : (p) => [arg.moved(p.multiply(toWorld))];
  } else if (arg !== null && typeof arg === "object" && typeof (arg as WorkplaneImpl).vals === "function") {
    const shapes = (arg as WorkplaneImpl).vals().filter(isShape);
    place = local ? (p) => shapes.map((shape) => shape.moved(p).moved(toWorld)) : (p) => shapes.map((shape) => shape.moved(p.multiply(toWorld)));
  } else {
    return apiError(method, `expected a function, a shape or a Workplane; got ${describeValue(arg)}`);
  }
  return collect(wp, method, points.flatMap(place), opts.combine, opts.clean === true);
}

/** CadQuery's `clean()`: coplanar faces and collinear edges merged. */
function cleaned(shape: Shape): Shape {
  return wrapShape(unifySameDomain(unwrapShape(shape)));
}

export type CombineMode = "fuse" | "cut" | "none";

/**
 * CadQuery's `_combineWithBase`: fuses (or cuts) the new shapes with the solid in context in
 * one boolean, and puts the result on a new stack. `madeClean`: each made shape, alone, is one
 * that `clean()` would leave exactly as it is (a whole box, cylinder or sphere straight from its
 * OCCT primitive maker: no two faces on one surface), so cleaning it alone is skipped — the
 * result is the same B-rep (test/api/cleanPrimitives.test.ts compares them); fused with
 * anything, it is cleaned as before.
 */
export function combineWithBase(wp: WorkplaneImpl, made: readonly Shape[], mode: CombineMode, clean: boolean, { madeClean = false }: { madeClean?: boolean } = {}): WorkplaneImpl {
  if (made.length === 0) return wp.newObject([]);
  const cleanAlone = clean && !madeClean;
  // combine=False leaves one solid per stack point, as CadQuery does.
  if (mode === "none") return wp.newObject(cleanAlone ? made.map(cleaned) : made);
  const base = findSolid(wp);
  if (base === undefined) {
    if (mode === "cut") requireSolid(wp, "cut");
    if (made.length === 1) return wp.newObject([cleanAlone ? cleaned(made[0]!) : made[0]!]);
    return wp.newObject([fuseAll(made[0]!, made.slice(1), clean)]);
  }
  if (mode === "fuse") return wp.newObject([fuseAll(base, made, clean)]);
  const result = booleanOperation(mode, [unwrapShape(base)], made.map(unwrapShape), { clean });
  return wp.newObject([wrapShape(result)]);
}

function boxesOverlap(a: Shape, b: Shape): boolean {
  const [p, q] = [a.boundingBox(), b.boundingBox()];
  return [0, 1, 2].every((i) => p.min[i]! <= q.max[i]! && q.min[i]! <= p.max[i]!);
}

/**
 * Fuses `tools` into `base`. One General Fuse handles many disjoint tools at once (fast for
 * patterns), but OCCT loses material when the tools overlap each other (six spheres on a cube's
 * faces came back as three): then the tools are fused one at a time.
 */
function fuseAll(base: Shape, tools: readonly Shape[], clean: boolean): Shape {
  const overlapping = tools.some((tool, i) => tools.slice(i + 1).some((other) => boxesOverlap(tool, other)));
  if (!overlapping) return wrapShape(booleanOperation("fuse", [unwrapShape(base)], tools.map(unwrapShape), { clean }));
  return tools.reduce((result, tool) => wrapShape(booleanOperation("fuse", [unwrapShape(result)], [unwrapShape(tool)], { clean })), base);
}

/** CadQuery's `placeSketch`: each sketch's faces moved to every stack location. */
export function placeSketch(wp: WorkplaneImpl, sketches: readonly { facesShape(): Shape | undefined }[]): WorkplaneImpl {
  const method = "placeSketch";
  if (sketches.length === 0) apiError(method, "give at least one Sketch");
  for (const sketch of sketches) {
    if (sketch === null || typeof sketch !== "object" || typeof sketch.facesShape !== "function") {
      apiError(method, `expected Sketch objects; got ${describeValue(sketch)}`);
    }
  }
  const locations = stackLocations(wp);
  const faces = sketches.flatMap((sketch) => {
    const shape = sketch.facesShape();
    // An empty sketch (everything subtracted) places nothing, as in CadQuery.
    if (shape === undefined) return [];
    const own = shape.kind === "face" ? [shape] : shape.Faces();
    return locations.flatMap((location) => own.map((face) => face.moved(location)));
  });
  return wp.newObject(faces);
}
