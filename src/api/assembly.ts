/**
 * CadQuery's `Assembly`: named, coloured, located parts in a tree. `build()` may return one; each
 * part with a shape becomes one named, coloured part of the export (STEP keeps names and
 * colours; mesh formats merge or keep parts as they can). Like CadQuery's, `add` changes the
 * assembly and returns it, so both `assy.add(a); assy.add(b)` and chained calls work.
 * @example
 * const assy = Assembly(Workplane().box(10, 10, 2), { name: "base", color: Color("gray") })
 *   .add(Workplane().cylinder(5, 2), { name: "pin", loc: Location([0, 0, 3.5]), color: Color("red") });
 */
import { PartforgeError } from "../shared/errors.ts";
import { noteStackOverflow } from "../shared/stackOverflow.ts";
import { Color } from "./color.ts";
import { Location } from "./location.ts";
import { isShape, type Shape } from "./shape.ts";
import { ASSEMBLY_SIGNATURES, binderFor, type Guards } from "./signatures/index.ts";
import type { AssemblyArgs, AssemblyValues } from "./signatures/generated.ts";
import { Vector, describeValue, type VectorLike } from "./vector.ts";
import type { WorkplaneImpl } from "./workplane.ts";
import { isWorkplane } from "./workplaneKind.ts";
import { chainTagged } from "./ops/context.ts";
import { MAX_CONSTRAINTS, makeConstraint, solvePlacements, type AssemblyConstraint, type ConstraintEnd } from "./ops/assemblyConstraints.ts";
import { parseQuery, selectShape } from "./ops/assemblyQuery.ts";

export type AssemblyObject = Shape | WorkplaneImpl | AssemblyImpl | null | undefined;

/** Partforge's own objects an Assembly method may be given. */
const GUARDS: Guards = Object.freeze({
  workplane: (value: unknown) => isWorkplane(value),
  assembly: (value: unknown) => value instanceof AssemblyImpl,
});

const bind = binderFor<AssemblyValues>("Assembly", ASSEMBLY_SIGNATURES, GUARDS);

export interface AssemblyOptions {
  /** Where the part sits in its parent: a Location, or a translation [x, y, z]. */
  loc?: Location | VectorLike;
  /** Unique within the assembly tree; generated when missing. */
  name?: string;
  /** A Color, a colour name or "#rrggbb". */
  color?: Color | string;
  /** CadQuery's free-form data about the part, kept as a frozen copy. */
  metadata?: Readonly<Record<string, unknown>>;
}

/** One leaf of an assembly as the exporters see it. */
export interface AssemblyPart {
  /** The node names from the root, joined with "/". */
  path: string;
  name: string;
  shapes: Shape[];
  location: Location;
  color: Color | undefined;
}

function fail(message: string): never {
  throw new PartforgeError("SCRIPT_EXCEPTION", message);
}

function asLocation(value: Location | VectorLike | undefined): Location {
  if (value === undefined) return new Location();
  if (value instanceof Location) return value;
  try {
    return new Location(Vector.from(value));
  } catch (error) {
    noteStackOverflow(error);
    return fail(`Assembly: loc must be a Location or [x, y, z]; got ${describeValue(value)}`);
  }
}

function asColor(value: Color | string | undefined): Color | undefined {
  if (value === undefined || value instanceof Color) return value;
  if (typeof value === "string") return new Color(value);
  return fail(`Assembly: color must be a Color, a colour name or "#rrggbb"; got ${describeValue(value)}`);
}

/** A frozen deep copy of plain data (and partforge's own immutable objects), read once. */
function frozenCopy(value: unknown, path: string): unknown {
  if (value === null || typeof value !== "object") {
    if (typeof value === "function" || typeof value === "symbol") fail(`Assembly: ${path} must hold plain data; got a ${typeof value}`);
    return value;
  }
  if (Array.isArray(value)) return Object.freeze(Array.from(value as unknown[], (item, i) => frozenCopy(item, `${path}[${i}]`)));
  if (value instanceof Location || value instanceof Color || value instanceof Vector || isShape(value)) return value;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) fail(`Assembly: ${path} must hold plain data; got ${describeValue(value)}`);
  const entries = Object.keys(value).map((key) => [key, frozenCopy((value as Record<string, unknown>)[key], `${path}.${key}`)]);
  return Object.freeze(Object.fromEntries(entries));
}

function shapesOf(obj: AssemblyObject): Shape[] {
  if (obj === undefined || obj === null) return [];
  if (isShape(obj)) return [obj];
  if (isWorkplane(obj)) {
    const shapes = obj.vals().filter(isShape);
    const onStack = shapes.filter((v) => ["solid", "compound", "shell", "face"].includes(v.kind));
    // As CadQuery, a Workplane holding only edges, wires or vertices is a part too (e.g. a point to constrain).
    return onStack.length > 0 ? onStack : shapes.length > 0 ? shapes : [obj.findSolid()];
  }
  return fail(`Assembly: expected a Workplane, a shape or an Assembly; got ${describeValue(obj)}`);
}

export class AssemblyImpl {
  #name: string;
  /** True when no name was given: `add` then names it after its parent and position. */
  #autoNamed: boolean;
  #loc: Location;
  /** What the part was made from (a Workplane keeps its tags), for constraint queries. */
  #source: Shape | WorkplaneImpl | undefined;
  /** CadQuery's `constraints`: added by `constrain`, used by `solve`. */
  readonly #constraints: AssemblyConstraint[] = [];
  readonly color: Color | undefined;
  readonly shapes: readonly Shape[];
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly children: AssemblyImpl[] = [];
  parent: AssemblyImpl | undefined;

  constructor(...args: AssemblyArgs["__init__"]) {
    const { obj, ...opts } = bind("__init__", args);
    if (opts.name !== undefined && (typeof opts.name !== "string" || opts.name === "")) fail("Assembly: name must be a non-empty string");
    // Generated names depend only on the tree, so every build of a script names parts alike.
    this.#name = opts.name ?? "assembly";
    this.#autoNamed = opts.name === undefined;
    this.#loc = asLocation(opts.loc);
    this.color = asColor(opts.color);
    this.shapes = shapesOf(obj);
    this.#source = obj ?? undefined;
    this.metadata = frozenCopy(opts.metadata ?? {}, "metadata") as Readonly<Record<string, unknown>>;
  }

  /**
   * Where the part sits in its parent; `solve()` sets it for constrained parts.
   * @example Assembly().add(Workplane().box(1, 1, 1), { name: "cube", loc: Location(0, 0, 5) }).objects.cube.loc.toTuple() // [0, 0, 5]
   */
  get loc(): Location {
    return this.#loc;
  }

  /** @example Assembly(Workplane().box(1, 1, 1), { name: "cube" }).name // "cube" */
  get name(): string {
    return this.#name;
  }

  /**
   * Every node of the tree, this one included, by name.
   * @example Object.keys(Assembly(null, { name: "top" }).add(Workplane().box(1, 1, 1), { name: "cube" }).objects) // ["top", "cube"]
   */
  get objects(): Record<string, AssemblyImpl> {
    const all: Record<string, AssemblyImpl> = {};
    const visit = (node: AssemblyImpl) => {
      all[node.name] = node;
      node.children.forEach(visit);
    };
    visit(this);
    return all;
  }

  #root(): AssemblyImpl {
    let node: AssemblyImpl = this;
    while (node.parent) node = node.parent;
    return node;
  }

  /**
   * Adds a part (a Workplane or shape) or a sub-assembly. With an Assembly and options, the
   * options override its location, name and colour. Returns this assembly.
   * @example Assembly().add(Workplane().box(2, 2, 1), { name: "base", color: Color("gray") }).add(Workplane().sphere(1), { name: "ball", loc: Location(0, 0, 2) })
   */
  add(...args: AssemblyArgs["add"]): this {
    const { obj, loc, name, color, metadata, given } = bind("add", args);
    let child: AssemblyImpl;
    if (obj instanceof AssemblyImpl) {
      if (obj.parent !== undefined) fail(`Assembly.add: "${obj.name}" already belongs to an assembly`);
      if (metadata !== undefined) fail("Assembly.add: metadata is given to a part, not to an assembly being added (as CadQuery's add(Assembly, …))");
      child = given.size === 1 ? obj : obj.#withOverrides({ loc, name, color });
    } else {
      child = new AssemblyImpl(obj ?? null, { loc, name, color, metadata });
    }
    if (child.#autoNamed) {
      child.#name = `${this.#name}-${this.children.length + 1}`;
      child.#autoNamed = false;
    }
    const names = new Set(Object.keys(this.#root().objects));
    for (const name of Object.keys(child.objects)) {
      if (names.has(name)) fail(`Assembly.add: the name "${name}" is already used in this assembly; names must be unique`);
    }
    child.parent = this;
    this.children.push(child);
    return this;
  }

  #withOverrides(opts: { loc: Location | VectorLike | undefined; name: string | undefined; color: Color | string | undefined }): AssemblyImpl {
    const copy = new AssemblyImpl(null, {
      loc: opts.loc ?? this.loc,
      ...(opts.name !== undefined || !this.#autoNamed ? { name: opts.name ?? this.name } : {}),
      ...(opts.color !== undefined || this.color !== undefined ? { color: opts.color ?? this.color } : {}),
    });
    (copy as { shapes: readonly Shape[] }).shapes = this.shapes;
    copy.#source = this.#source;
    for (const child of this.children) {
      child.parent = undefined;
      copy.add(child);
    }
    return copy;
  }

  /**
   * Nodes bottom-up as [path, node] pairs, children before their parent (CadQuery's `traverse`).
   * @example Assembly(null, { name: "top" }).add(Workplane().box(1, 1, 1), { name: "cube" }).traverse()[0][0] // "cube"
   */
  traverse(...args: AssemblyArgs["traverse"]): [string, AssemblyImpl][] {
    bind("traverse", args);
    const out: [string, AssemblyImpl][] = [];
    for (const child of this.children) out.push(...child.traverse());
    out.push([this.name, this]);
    return out;
  }

  /**
   * The leaves with shapes, each with its world location and inherited colour.
   * @example Assembly().add(Workplane().box(1, 1, 1), { name: "cube", color: "red" }).parts()[0].color?.toHex() // "#ff0000"
   */
  parts(...args: AssemblyArgs["parts"]): AssemblyPart[] {
    bind("parts", args);
    const out: AssemblyPart[] = [];
    const visit = (node: AssemblyImpl, parentLoc: Location, parentColor: Color | undefined, path: string) => {
      const location = parentLoc.multiply(node.loc);
      const color = node.color ?? parentColor;
      const here = path ? `${path}/${node.name}` : node.name;
      if (node.shapes.length > 0) out.push({ path: here, name: node.name, shapes: node.shapes.map((s) => s.moved(location)), location, color });
      for (const child of node.children) visit(child, location, color, here);
    };
    visit(this, new Location(), undefined, "");
    return out;
  }

  /**
   * All located shapes of the tree as one list (CadQuery's `toCompound().Solids()` source).
   * @example Assembly().add(Workplane().box(1, 1, 1), { loc: Location(0, 0, 5) }).toShapes()[0].Center() // Vector(0, 0, 5)
   */
  toShapes(...args: AssemblyArgs["toShapes"]): Shape[] {
    bind("toShapes", args);
    return this.parts().flatMap((p) => p.shapes);
  }

  /**
   * Adds a constraint between parts, solved by `solve()` (CadQuery's forms):
   * `constrain(q1, q2, kind, param?)`, `constrain(q, kind, param?)` for one-part kinds, or
   * `constrain(id1, s1, id2, s2, kind, param?)` with shapes. A query is `"name"`, `"name?tag"`
   * or `"name@faces@>Z"` (`solids`, `faces`, `edges`, `vertices`). Kinds: Point, Axis, Plane,
   * PointInPlane, PointOnLine (two parts); Fixed, FixedPoint, FixedAxis, FixedRotation (one).
   * @example assy.constrain("base@faces@>Z", "lid@faces@<Z", "Plane").solve()
   */
  constrain(...args: AssemblyArgs["constrain"]): this {
    const bound = bind("constrain", args);
    if (this.#constraints.length >= MAX_CONSTRAINTS) fail(`Assembly.constrain: at most ${MAX_CONSTRAINTS} constraints per assembly`);
    const call = `constrain(${args.map((a) => (typeof a === "string" ? JSON.stringify(a) : describeValue(a))).join(", ")})`;
    let ends: ConstraintEnd[];
    if (bound.form === 0) ends = [this.#query(bound.q1)];
    else if (bound.form === 1) ends = [this.#query(bound.q1), this.#query(bound.q2)];
    else if (bound.form === 2) ends = [this.#end(bound.id1, bound.s1), this.#end(bound.id2, bound.s2)];
    else ends = [this.#end(bound.id1, bound.s1)];
    this.#constraints.push(makeConstraint(bound.kind, ends, bound.param, call));
    return this;
  }

  /**
   * Places the constrained parts so the constraints hold (CadQuery's `solve`): Fixed parts and
   * this assembly's own part stay, as does (when none is) the first part of the first two-part
   * constraint. Fails naming the constraint furthest from holding when they contradict.
   * @example Assembly().add(a, { name: "a" }).add(b, { name: "b" }).constrain("a@faces@>Z", "b@faces@<Z", "Plane").solve()
   */
  solve(...args: AssemblyArgs["solve"]): this {
    bind("solve", args);
    const placed = solvePlacements({
      constraints: this.#constraints,
      rootName: this.name,
      rootHasObject: this.shapes.length > 0,
      locationOf: (part) => this.#node(part, "solve").#loc,
      size: this.#size(),
    });
    for (const [part, location] of placed) this.#node(part, "solve").#loc = location;
    return this;
  }

  /** The bounding box diagonal of every part where it is now (CadQuery's solver scale). */
  #size(): number {
    const boxes = this.toShapes().map((s) => s.BoundingBox());
    if (boxes.length === 0) return 1;
    const span = (lo: (b: (typeof boxes)[number]) => number, hi: (b: (typeof boxes)[number]) => number) => Math.max(...boxes.map(hi)) - Math.min(...boxes.map(lo));
    return Math.hypot(span((b) => b.xmin, (b) => b.xmax), span((b) => b.ymin, (b) => b.ymax), span((b) => b.zmin, (b) => b.zmax));
  }

  /** A node by its name (unique in the tree) or its path from a child of this one ("sub/part"). */
  #node(name: string, method: string): AssemblyImpl {
    const all = this.objects;
    if (Object.hasOwn(all, name)) return all[name]!;
    let node: AssemblyImpl | undefined = this;
    for (const step of name.split("/")) node = node?.children.find((child) => child.name === step);
    if (node === undefined) fail(`Assembly.${method}: no part is named "${name}"; parts are ${Object.keys(all).map((n) => `"${n}"`).join(", ")}`);
    return node;
  }

  /** The top-level part (a child of this one, or this one) that moves `node`, and where `node` sits in it (CadQuery's `_subloc`). */
  #subloc(node: AssemblyImpl): { part: string; subloc: Location } {
    if (node === this || node.parent === this) return { part: node.name, subloc: new Location() };
    let subloc = new Location();
    let current = node;
    while (current.parent !== this) {
      if (current.parent === undefined) fail(`Assembly.constrain: "${node.name}" is not part of this assembly`);
      subloc = current.#loc.multiply(subloc);
      current = current.parent;
    }
    return { part: current.name, subloc };
  }

  #end(id: string, shape: Shape): ConstraintEnd {
    return { ...this.#subloc(this.#node(id, "constrain")), shape };
  }

  /** CadQuery's `_query`: the part a query names and the shape it selects. */
  #query(text: string): ConstraintEnd {
    const query = parseQuery(text);
    const node = this.#node(query.name, "constrain");
    const source = node.#source;
    let items: readonly unknown[];
    if (isWorkplane(source)) {
      if (query.tag !== undefined) {
        const tagged = chainTagged(source, query.tag);
        if (tagged === undefined) fail(`Assembly.constrain: the part "${query.name}" has no tag "${query.tag}"; tag a selection of its Workplane with .tag("${query.tag}")`);
        items = tagged.vals();
      } else {
        const stack = source.vals().filter(isShape);
        items = stack.length > 0 ? stack : node.shapes;
      }
    } else if (source !== undefined && query.tag === undefined) {
      items = [source];
    } else {
      return fail(`Assembly.constrain: ${JSON.stringify(text)} needs a part made from a Workplane or a shape${query.tag !== undefined ? " (tags live on Workplanes)" : ""}; "${query.name}" has ${source === undefined ? "none" : "a shape"}`);
    }
    const shape = selectShape(items, query);
    if (shape === undefined && query.selector !== undefined) fail(`Assembly.constrain: ${JSON.stringify(text)} selects nothing: no ${query.kind} of "${query.name}" match ${JSON.stringify(query.selector)}`);
    return { ...this.#subloc(node), shape };
  }

  toString(): string {
    return `Assembly(${this.name}, ${this.children.length} child(ren))`;
  }
}

/** Callable with or without `new`, as CadQuery's `Assembly(...)` reads in a script. */
export interface AssemblyFactory {
  (...args: AssemblyArgs["__init__"]): AssemblyImpl;
  new (...args: AssemblyArgs["__init__"]): AssemblyImpl;
  readonly prototype: AssemblyImpl;
}

export const Assembly = function Assembly(...args: AssemblyArgs["__init__"]) {
  return new AssemblyImpl(...args);
} as unknown as AssemblyFactory;
(Assembly as unknown as { prototype: AssemblyImpl }).prototype = AssemblyImpl.prototype;

export type Assembly = AssemblyImpl;
