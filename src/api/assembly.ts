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
import { Color } from "./color.ts";
import { Location } from "./location.ts";
import { readOptions } from "./options.ts";
import { isShape, type Shape } from "./shape.ts";
import { Vector, describeValue, type VectorLike } from "./vector.ts";

/** Something with a stack of shapes (a Workplane), kept abstract so the Assembly does not depend on it. */
interface HasShapes {
  vals(): readonly unknown[];
  findSolid(): Shape;
}

export type AssemblyObject = Shape | HasShapes | AssemblyImpl | null | undefined;

export interface AssemblyOptions {
  /** Where the part sits in its parent: a Location, or a translation [x, y, z]. */
  loc?: Location | VectorLike;
  /** Unique within the assembly tree; generated when missing. */
  name?: string;
  /** A Color, a colour name or "#rrggbb". */
  color?: Color | string;
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
  } catch {
    return fail(`Assembly: loc must be a Location or [x, y, z]; got ${describeValue(value)}`);
  }
}

function asColor(value: Color | string | undefined): Color | undefined {
  if (value === undefined || value instanceof Color) return value;
  if (typeof value === "string") return new Color(value);
  return fail(`Assembly: color must be a Color, a colour name or "#rrggbb"; got ${describeValue(value)}`);
}

function shapesOf(obj: AssemblyObject): Shape[] {
  if (obj === undefined || obj === null) return [];
  if (isShape(obj)) return [obj];
  if (typeof (obj as HasShapes).vals === "function") {
    const onStack = (obj as HasShapes).vals().filter((v): v is Shape => isShape(v) && ["solid", "compound", "shell", "face"].includes(v.kind));
    return onStack.length > 0 ? onStack : [(obj as HasShapes).findSolid()];
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
  readonly children: AssemblyImpl[] = [];
  parent: AssemblyImpl | undefined;

  constructor(obj?: AssemblyObject, options?: AssemblyOptions) {
    const opts = readOptions("Assembly", options, { loc: undefined as AssemblyOptions["loc"], name: undefined as string | undefined, color: undefined as AssemblyOptions["color"] });
    if (obj instanceof AssemblyImpl) fail("Assembly: to nest an assembly, add() it to another one");
    if (opts.name !== undefined && (typeof opts.name !== "string" || opts.name === "")) fail("Assembly: name must be a non-empty string");
    // Generated names depend only on the tree, so every build of a script names parts alike.
    this.#name = opts.name ?? "assembly";
    this.#autoNamed = opts.name === undefined;
    this.loc = asLocation(opts.loc);
    this.color = asColor(opts.color);
    this.shapes = shapesOf(obj);
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
  add(obj: AssemblyObject, options?: AssemblyOptions): this {
    let child: AssemblyImpl;
    if (obj instanceof AssemblyImpl) {
      if (obj.parent !== undefined) fail(`Assembly.add: "${obj.name}" already belongs to an assembly`);
      const opts = readOptions("add", options, { loc: undefined as AssemblyOptions["loc"], name: undefined as string | undefined, color: undefined as AssemblyOptions["color"] });
      child = options === undefined ? obj : obj.#withOverrides(opts);
    } else {
      child = new AssemblyImpl(obj, options);
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

  #withOverrides(opts: { loc: AssemblyOptions["loc"]; name: string | undefined; color: AssemblyOptions["color"] }): AssemblyImpl {
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
  traverse(): [string, AssemblyImpl][] {
    const out: [string, AssemblyImpl][] = [];
    for (const child of this.children) out.push(...child.traverse());
    out.push([this.name, this]);
    return out;
  }

  /**
   * The leaves with shapes, each with its world location and inherited colour.
   * @example Assembly().add(Workplane().box(1, 1, 1), { name: "cube", color: "red" }).parts()[0].color?.toHex() // "#ff0000"
   */
  parts(): AssemblyPart[] {
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
  toShapes(): Shape[] {
    return this.parts().flatMap((p) => p.shapes);
  }

  toString(): string {
    return `Assembly(${this.name}, ${this.children.length} child(ren))`;
  }
}

/** Callable with or without `new`, as CadQuery's `Assembly(...)` reads in a script. */
export interface AssemblyFactory {
  (obj?: AssemblyObject, options?: AssemblyOptions): AssemblyImpl;
  new (obj?: AssemblyObject, options?: AssemblyOptions): AssemblyImpl;
  readonly prototype: AssemblyImpl;
}

export const Assembly = function Assembly(obj?: AssemblyObject, options?: AssemblyOptions) {
  return new AssemblyImpl(obj, options);
} as unknown as AssemblyFactory;
(Assembly as unknown as { prototype: AssemblyImpl }).prototype = AssemblyImpl.prototype;

export type Assembly = AssemblyImpl;
