import { Color } from "./color.ts";
import { Location } from "./location.ts";
import { type Shape } from "./shape.ts";
import type { AssemblyArgs } from "./signatures/generated.ts";
import { type VectorLike } from "./vector.ts";
import type { WorkplaneImpl } from "./workplane.ts";
export type AssemblyObject = Shape | WorkplaneImpl | AssemblyImpl | null | undefined;
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
export declare class AssemblyImpl {
    #private;
    readonly color: Color | undefined;
    readonly shapes: readonly Shape[];
    readonly metadata: Readonly<Record<string, unknown>>;
    readonly children: AssemblyImpl[];
    parent: AssemblyImpl | undefined;
    constructor(...args: AssemblyArgs["__init__"]);
    /**
     * Where the part sits in its parent; `solve()` sets it for constrained parts.
     * @example Assembly().add(Workplane().box(1, 1, 1), { name: "cube", loc: Location(0, 0, 5) }).objects.cube.loc.toTuple() // [0, 0, 5]
     */
    get loc(): Location;
    /** @example Assembly(Workplane().box(1, 1, 1), { name: "cube" }).name // "cube" */
    get name(): string;
    /**
     * Every node of the tree, this one included, by name.
     * @example Object.keys(Assembly(null, { name: "top" }).add(Workplane().box(1, 1, 1), { name: "cube" }).objects) // ["top", "cube"]
     */
    get objects(): Record<string, AssemblyImpl>;
    /**
     * Adds a part (a Workplane or shape) or a sub-assembly. With an Assembly and options, the
     * options override its location, name and colour. Returns this assembly.
     * @example Assembly().add(Workplane().box(2, 2, 1), { name: "base", color: Color("gray") }).add(Workplane().sphere(1), { name: "ball", loc: Location(0, 0, 2) })
     */
    add(...args: AssemblyArgs["add"]): this;
    /**
     * Nodes bottom-up as [path, node] pairs, children before their parent (CadQuery's `traverse`).
     * @example Assembly(null, { name: "top" }).add(Workplane().box(1, 1, 1), { name: "cube" }).traverse()[0][0] // "cube"
     */
    traverse(...args: AssemblyArgs["traverse"]): [string, AssemblyImpl][];
    /**
     * The leaves with shapes, each with its world location and inherited colour.
     * @example Assembly().add(Workplane().box(1, 1, 1), { name: "cube", color: "red" }).parts()[0].color?.toHex() // "#ff0000"
     */
    parts(...args: AssemblyArgs["parts"]): AssemblyPart[];
    /**
     * All located shapes of the tree as one list (CadQuery's `toCompound().Solids()` source).
     * @example Assembly().add(Workplane().box(1, 1, 1), { loc: Location(0, 0, 5) }).toShapes()[0].Center() // Vector(0, 0, 5)
     */
    toShapes(...args: AssemblyArgs["toShapes"]): Shape[];
    /**
     * Adds a constraint between parts, solved by `solve()` (CadQuery's forms):
     * `constrain(q1, q2, kind, param?)`, `constrain(q, kind, param?)` for one-part kinds, or
     * `constrain(id1, s1, id2, s2, kind, param?)` with shapes. A query is `"name"`, `"name?tag"`
     * or `"name@faces@>Z"` (`solids`, `faces`, `edges`, `vertices`). Kinds: Point, Axis, Plane,
     * PointInPlane, PointOnLine (two parts); Fixed, FixedPoint, FixedAxis, FixedRotation (one).
     * @example assy.constrain("base@faces@>Z", "lid@faces@<Z", "Plane").solve()
     */
    constrain(...args: AssemblyArgs["constrain"]): this;
    /**
     * Places the constrained parts so the constraints hold (CadQuery's `solve`): Fixed parts and
     * this assembly's own part stay, as does (when none is) the first part of the first two-part
     * constraint. Fails naming the constraint furthest from holding when they contradict.
     * @example Assembly().add(a, { name: "a" }).add(b, { name: "b" }).constrain("a@faces@>Z", "b@faces@<Z", "Plane").solve()
     */
    solve(...args: AssemblyArgs["solve"]): this;
    toString(): string;
}
/** Callable with or without `new`, as CadQuery's `Assembly(...)` reads in a script. */
export interface AssemblyFactory {
    (...args: AssemblyArgs["__init__"]): AssemblyImpl;
    new (...args: AssemblyArgs["__init__"]): AssemblyImpl;
    readonly prototype: AssemblyImpl;
}
export declare const Assembly: AssemblyFactory;
export type Assembly = AssemblyImpl;
