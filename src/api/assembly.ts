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
import { WorkplaneImpl } from "./workplane.ts";

export type AssemblyObject = Shape | WorkplaneImpl | AssemblyImpl | null | undefined;

/** Partforge's own objects an Assembly method may be given. */
const GUARDS: Guards = Object.freeze({
  workplane: (value: unknown) => value instanceof WorkplaneImpl,
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
  if (obj instanceof WorkplaneImpl) {
    const onStack = obj.vals().filter((v): v is Shape => isShape(v) && ["solid", "compound", "shell", "face"].includes(v.kind));
    return onStack.length > 0 ? onStack : [obj.findSolid()];
  }
  return fail(`Assembly: expected a Workplane, a shape or an Assembly; got ${describeValue(obj)}`);
}

export class AssemblyImpl {
  #name: string;
  /** True when no name was given: `add` then names it after its parent and position. */
  #autoNamed: boolean;
  readonly loc: Location;
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
    this.loc = asLocation(opts.loc);
    this.color = asColor(opts.color);
    this.shapes = shapesOf(obj);
    this.metadata = frozenCopy(opts.metadata ?? {}, "metadata") as Readonly<Record<string, unknown>>;
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
