/**
 * CadQuery's fluent, immutable `Workplane`: each call returns a new Workplane whose parent is
 * the one it was called on. Public methods are thin; the work happens in `ops/`.
 */
import { PartforgeError } from "../shared/errors.ts";
import { Location } from "./location.ts";
import { Plane } from "./plane.ts";
import { isShape, type Shape } from "./shape.ts";
import { Vector, describeValue, type VectorLike } from "./vector.ts";
import { WORKPLANE_SIGNATURES, binderFor, type Guards } from "./signatures/index.ts";
import type { WorkplaneArgs, WorkplaneValues } from "./signatures/generated.ts";
import type { Selector } from "./selectors/index.ts";
import { isWorkplane, markWorkplane } from "./workplaneKind.ts";
import * as context from "./ops/context.ts";
import * as primitives from "./ops/primitives.ts";
import * as drawing from "./ops/drawing.ts";
import * as profiles from "./ops/profiles.ts";
import * as holes from "./ops/holes.ts";
import * as modify from "./ops/modify.ts";
import * as transforms from "./ops/transforms.ts";
import * as points from "./ops/points.ts";
import * as selection from "./ops/selection.ts";
import * as curves from "./ops/curves.ts";
import { parametricSurface as parametricSurfaceOp } from "./ops/parametricSurface.ts";
import * as sweeps from "./ops/sweeps.ts";
import * as cutting from "./ops/cutting.ts";
import * as lettering from "./ops/text.ts";
import * as stackCallbacks from "./ops/stackCallbacks.ts";
import * as topology from "./ops/topology.ts";
import type { OffsetJoin } from "../kernel/index.ts";
import { SketchImpl, sketchOn, type Sketch } from "./sketch.ts";

/** What the stack of a Workplane holds: shapes, or points (with orientation) to build at. */
export type StackItem = Shape | Location;

/** A selector string in CadQuery's grammar, or a selector object. */
export type SelectorLike = string | Selector;

/** @internal The full state of one Workplane in the chain. */
export interface WorkplaneState {
  readonly plane: Plane;
  readonly objects: readonly StackItem[];
  readonly parent: WorkplaneImpl | undefined;
  /** Closed wires waiting to be extruded, revolved or cut. */
  readonly pendingWires: readonly Shape[];
  /** Edges drawn with lineTo/threePointArc/… waiting for close() or wire(). */
  readonly pendingEdges: readonly Shape[];
  /** World point where the pending edges started (for close()). */
  readonly firstPoint: Vector | undefined;
  readonly tags: ReadonlyMap<string, WorkplaneImpl>;
  /**
   * Every tag made anywhere in the chain started by one `Workplane()` (CadQuery's shared context),
   * latest last: `Assembly.constrain("part?tag")` finds tags made after the part. One map per chain,
   * made by the constructor: nothing outlives the build.
   */
  readonly chainTags: Map<string, WorkplaneImpl>;
  /** Set when this Workplane is the result of a selection that matched nothing (for error messages). */
  readonly emptySelection?: { readonly call: string; readonly candidates: number } | undefined;
}

/** A plane as a ModelScript may give it: a name ("XY", "front", …) or a `Plane`. */
export type PlaneLike = string | Plane;

function resolvePlane(plane: PlaneLike, origin: VectorLike | undefined): Plane {
  if (plane instanceof Plane) return origin === undefined ? plane : plane.withOrigin(origin);
  if (typeof plane === "string") return Plane.named(plane, origin ?? [0, 0, 0]);
  throw new PartforgeError("SCRIPT_EXCEPTION", `Workplane: expected a plane name like "XY" or a Plane; got ${describeValue(plane)}`);
}

/** Partforge's own objects a Workplane method may be given. */
const GUARDS: Guards = Object.freeze({
  workplane: (value: unknown) => isWorkplane(value),
  sketch: (value: unknown) => value instanceof SketchImpl,
});

const bind = binderFor<WorkplaneValues>("Workplane", WORKPLANE_SIGNATURES, GUARDS);

/**
 * @example
 * Workplane("XY").box(10, 20, 5).faces(">Z").workplane().hole(3)
 */
export class WorkplaneImpl {
  /** @internal */
  readonly state: WorkplaneState;

  constructor(...args: WorkplaneArgs["__init__"]) {
    const { inPlane, origin, obj, given } = bind("__init__", args);
    this.state = {
      // As CadQuery, the origin places a named plane; partforge also moves a Plane to it when given.
      plane: resolvePlane(inPlane, inPlane instanceof Plane && !given.has("origin") ? undefined : origin),
      objects: obj === undefined ? [] : [obj],
      parent: undefined,
      pendingWires: [],
      pendingEdges: [],
      firstPoint: undefined,
      tags: new Map(),
      chainTags: new Map(),
    };
    markWorkplane(this);
    Object.freeze(this);
  }

  /** @internal A Workplane with `changes` applied to this one's state; its parent is this one. */
  derive(changes: Partial<WorkplaneState>): WorkplaneImpl {
    const next = Object.create(WorkplaneImpl.prototype) as { state: WorkplaneState };
    next.state = { ...this.state, parent: this, emptySelection: undefined, ...changes };
    return Object.freeze(markWorkplane(next)) as unknown as WorkplaneImpl;
  }

  /**
   * A new Workplane on the same plane holding `objlist`, with this one as parent.
   * @example Workplane().box(1, 1, 1).newObject([Location(0, 0, 5)]).sphere(1)
   */
  newObject(...args: WorkplaneArgs["newObject"]): WorkplaneImpl {
    const { objlist } = bind("newObject", args);
    for (const object of objlist) {
      if (!isShape(object) && !(object instanceof Location)) {
        throw new PartforgeError("SCRIPT_EXCEPTION", `newObject: expected shapes or locations; got ${describeValue(object)}`);
      }
    }
    return this.derive({ objects: [...objlist] });
  }

  /**
   * The current plane.
   * @example Workplane("XZ").plane.zDir // Vector(0, -1, 0)
   */
  get plane(): Plane {
    return this.state.plane;
  }

  /**
   * The objects on the stack.
   * @example Workplane().rarray(2, 2, 2, 2).objects.length // 4
   */
  get objects(): readonly StackItem[] {
    return this.state.objects;
  }

  /** @example Workplane().box(1, 1, 1).faces(">Z").parent // the Workplane holding the box */
  get parent(): WorkplaneImpl | undefined {
    return this.state.parent;
  }

  // --- Stack and chain -------------------------------------------------------------------

  /**
   * The first object on the stack.
   * @example Workplane().box(1, 2, 3).val().Volume() // 6
   */
  val(...args: WorkplaneArgs["val"]): StackItem {
    bind("val", args);
    const first = this.state.objects[0];
    if (first === undefined) throw new PartforgeError("SCRIPT_EXCEPTION", "val(): the stack is empty");
    return first;
  }

  /**
   * All objects on the stack.
   * @example Workplane().box(1, 1, 1).faces().vals().length // 6
   */
  vals(...args: WorkplaneArgs["vals"]): StackItem[] {
    bind("vals", args);
    return [...this.state.objects];
  }

  /**
   * How many objects are on the stack.
   * @example Workplane().box(1, 1, 1).edges("|Z").size() // 4
   */
  size(...args: WorkplaneArgs["size"]): number {
    bind("size", args);
    return this.state.objects.length;
  }

  /**
   * The Workplane `n` steps back in the chain.
   * @example Workplane().box(4, 4, 1).faces(">Z").workplane().hole(1).end(3)
   */
  end(...args: WorkplaneArgs["end"]): WorkplaneImpl {
    return context.ancestor(this, bind("end", args).n);
  }

  /** @example Workplane().box(1, 1, 1).faces("|Z").first() */
  first(...args: WorkplaneArgs["first"]): WorkplaneImpl {
    bind("first", args);
    return this.item(0);
  }

  /** @example Workplane().box(1, 1, 1).faces("|Z").last() */
  last(...args: WorkplaneArgs["last"]): WorkplaneImpl {
    bind("last", args);
    return this.item(-1);
  }

  /**
   * A Workplane holding only the `i`-th stack object (negative counts from the end).
   * @example Workplane().box(1, 1, 1).faces("|Z").item(2)
   */
  item(...args: WorkplaneArgs["item"]): WorkplaneImpl {
    return this.newObject([context.stackItem(this, bind("item", args).i)]);
  }

  /**
   * A Workplane holding the stack objects from `start` up to (not including) `end`, negative
   * counting from the end: Python's `wp[start:end]` (CadQuery's `__getitem__` with a slice).
   * @example Workplane().box(1, 2, 3).faces().sort((f) => f.Area()).slice(0, 3).size() // 3
   */
  slice(...args: WorkplaneArgs["slice"]): WorkplaneImpl {
    const { start, end } = bind("slice", args);
    return this.newObject(this.state.objects.slice(start ?? 0, end ?? undefined));
  }

  /**
   * Adds shapes, locations, or another Workplane's stack, to this stack.
   * @example Workplane().box(1, 1, 1).add(Workplane().sphere(0.5)).combine()
   */
  add(...args: WorkplaneArgs["add"]): WorkplaneImpl {
    const { obj } = bind("add", args);
    const added = isWorkplane(obj) ? obj.vals() : Array.isArray(obj) ? obj : [obj as StackItem];
    return this.newObject([...this.state.objects, ...added]);
  }

  /**
   * Names this Workplane so `workplaneFromTagged`, selectors' `tag` option and `end` can find it.
   * @example Workplane().box(4, 4, 1).faces(">Z").workplane().tag("top")
   */
  tag(...args: WorkplaneArgs["tag"]): WorkplaneImpl {
    return context.tag(this, bind("tag", args).name);
  }

  /**
   * A new Workplane on the plane of the one tagged `name`, continuing this chain.
   * @example Workplane().box(4, 4, 1).faces(">Z").workplane().tag("top").circle(1).extrude(1).workplaneFromTagged("top")
   */
  workplaneFromTagged(...args: WorkplaneArgs["workplaneFromTagged"]): WorkplaneImpl {
    return context.fromTagged(this, bind("workplaneFromTagged", args).name);
  }

  /**
   * The first solid (or compound of the stack's solids) found on this stack or up the chain.
   * @example Workplane().box(1, 1, 1).faces(">Z").findSolid().Volume() // 1
   */
  findSolid(...args: WorkplaneArgs["findSolid"]): Shape {
    bind("findSolid", args);
    return context.requireSolid(this, "findSolid");
  }

  /**
   * Length of the bounding box diagonal of the solid in context.
   * @example Workplane().box(3, 4, 12).largestDimension() // 13
   */
  largestDimension(...args: WorkplaneArgs["largestDimension"]): number {
    bind("largestDimension", args);
    return context.largestDimension(this);
  }

  /**
   * One Workplane per stack object, each holding only that object (CadQuery's `all()`).
   * @example Workplane().pushPoints([[0, 0], [5, 0]]).box(1, 1, 1, { combine: false }).all().length // 2
   */
  all(...args: WorkplaneArgs["all"]): WorkplaneImpl[] {
    bind("all", args);
    return stackCallbacks.all(this);
  }

  /**
   * `obj`'s plane and stack, continuing this chain: what is built next combines with this chain's solid.
   * @example Workplane("front").circle(1).extrude(10).copyWorkplane(Workplane("right", { origin: [-5, 0, 0] })).circle(1).extrude(10)
   */
  copyWorkplane(...args: WorkplaneArgs["copyWorkplane"]): WorkplaneImpl {
    return stackCallbacks.copyWorkplane(this, bind("copyWorkplane", args).obj);
  }

  /**
   * The stack objects for which `f` returns true; `f` is called during this call only.
   * @example Workplane().box(1, 1, 1).faces().filter((face) => face.Center().z > 0.4).size() // 1
   */
  filter(...args: WorkplaneArgs["filter"]): WorkplaneImpl {
    return stackCallbacks.filter(this, bind("filter", args).f);
  }

  /**
   * `f` applied to each stack object separately; the results (shapes or Locations) make the new stack.
   * @example Workplane().box(1, 1, 1).faces(">Z").map((face) => face.translate([0, 0, 1]))
   */
  map(...args: WorkplaneArgs["map"]): WorkplaneImpl {
    return stackCallbacks.map(this, bind("map", args).f);
  }

  /**
   * `f` given all stack objects at once (a fresh array); what it returns makes the new stack.
   * @example Workplane().box(1, 1, 1).faces().apply((faces) => faces.slice(0, 2)).size() // 2
   */
  apply(...args: WorkplaneArgs["apply"]): WorkplaneImpl {
    return stackCallbacks.apply(this, bind("apply", args).f);
  }

  /**
   * The stack sorted by `key(object)` (a number, a string or an array of them), ascending and stable.
   * @example Workplane().box(1, 2, 3).faces().sort((face) => face.Area()).first()
   */
  sort(...args: WorkplaneArgs["sort"]): WorkplaneImpl {
    return stackCallbacks.sort(this, bind("sort", args).key);
  }

  /**
   * Calls `f(this)` and returns its Workplane, or this one when it returns nothing; a function of
   * no parameters is just called.
   * @example Workplane().box(2, 2, 2).invoke((wp) => wp.faces(">Z").workplane().hole(1))
   */
  invoke(...args: WorkplaneArgs["invoke"]): WorkplaneImpl {
    const f = bind("invoke", args).f as (...args: unknown[]) => unknown;
    return stackCallbacks.invoke(this, f, (value): value is WorkplaneImpl => isWorkplane(value));
  }

  /**
   * Calls `callback` with each stack object (in the plane's coordinates with
   * `useLocalCoordinates`, its result placed back) and, as CadQuery, fuses the results with the
   * solid in context (`combine`, default true); `combine: false` keeps them on a new stack.
   * @example Workplane().box(2, 2, 2).faces().each((face) => face, { combine: false }).size() // 6
   */
  each(...args: WorkplaneArgs["each"]): WorkplaneImpl {
    const { callback, useLocalCoordinates, combine, clean } = bind("each", args);
    return context.each(this, callback, { useLocalCoordinates, combine, clean });
  }

  /**
   * Calls `arg(location)` at each stack point (the plane origin if empty), or moves a shape (or
   * a Workplane's shapes) built at the origin to each point; `combine` fuses or cuts the results.
   * @example Workplane().rect(10, 10, { forConstruction: true }).vertices().eachpoint(Workplane().circle(1).val()).extrude(1)
   */
  eachpoint(...args: WorkplaneArgs["eachpoint"]): WorkplaneImpl {
    const { arg, useLocalCoordinates, combine, clean } = bind("eachpoint", args);
    return context.eachpoint(this, arg as context.EachpointArg, { useLocalCoordinates, combine, clean });
  }

  // --- Workplanes and points -------------------------------------------------------------

  /**
   * A new workplane on the selected face(s) (or parallel to the current one), CadQuery's
   * `workplane(offset, invert, centerOption, origin)`.
   * @example Workplane().box(10, 10, 10).faces(">Z").workplane({ offset: 2 })
   */
  workplane(...args: WorkplaneArgs["workplane"]): WorkplaneImpl {
    const { offset, invert, centerOption, origin } = bind("workplane", args);
    return selection.workplane(this, { offset, invert, centerOption, origin });
  }

  /**
   * A workplane rotated (degrees about local x, y, z) and moved (local offset).
   * @example Workplane().transformed({ rotate: [45, 0, 0], offset: [0, 0, 5] }).rect(2, 2).extrude(1)
   */
  transformed(...args: WorkplaneArgs["transformed"]): WorkplaneImpl {
    const { rotate, offset } = bind("transformed", args);
    return points.transformed(this, { rotate, offset });
  }

  /**
   * Moves the workplane origin to local (x, y).
   * @example Workplane().box(4, 4, 1).faces(">Z").workplane().center(1, 1).hole(0.5)
   */
  center(...args: WorkplaneArgs["center"]): WorkplaneImpl {
    const { x, y } = bind("center", args);
    return points.center(this, x, y);
  }

  /**
   * Puts points (local coordinates) or Locations on the stack.
   * @example Workplane().box(10, 10, 1).faces(">Z").workplane().pushPoints([[-3, 0], [3, 0]]).hole(1)
   */
  pushPoints(...args: WorkplaneArgs["pushPoints"]): WorkplaneImpl {
    return points.pushPoints(this, bind("pushPoints", args).pntList);
  }

  /**
   * A rectangular array of points, centred on the origin by default.
   * @example Workplane().box(10, 10, 1).faces(">Z").workplane().rarray(4, 4, 2, 2).hole(1)
   */
  rarray(...args: WorkplaneArgs["rarray"]): WorkplaneImpl {
    const { xSpacing, ySpacing, xCount, yCount, center } = bind("rarray", args);
    return points.rarray(this, xSpacing, ySpacing, xCount, yCount, { center });
  }

  /**
   * Points on a circle, rotated to face outwards by default.
   * @example Workplane().circle(10).extrude(1).faces(">Z").workplane().polarArray(7, 0, 360, 6).hole(1)
   */
  polarArray(...args: WorkplaneArgs["polarArray"]): WorkplaneImpl {
    const { radius, startAngle, angle, count, fill, rotate } = bind("polarArray", args);
    return points.polarArray(this, radius, startAngle, angle, count, { fill, rotate });
  }

  // --- Selection -------------------------------------------------------------------------

  /** Faces of the stack objects, filtered by a selector. @example .faces(">Z") */
  faces(...args: WorkplaneArgs["faces"]): WorkplaneImpl {
    const { selector, tag } = bind("faces", args);
    return selection.select(this, "face", selector, { tag });
  }

  /** Edges of the stack objects, filtered by a selector. @example .edges("|Z") */
  edges(...args: WorkplaneArgs["edges"]): WorkplaneImpl {
    const { selector, tag } = bind("edges", args);
    return selection.select(this, "edge", selector, { tag });
  }

  /** @example Workplane().box(4, 4, 1).faces(">Z").vertices("<X and <Y") */
  vertices(...args: WorkplaneArgs["vertices"]): WorkplaneImpl {
    const { selector, tag } = bind("vertices", args);
    return selection.select(this, "vertex", selector, { tag });
  }

  /** @example Workplane().box(4, 4, 1).faces(">Z").wires() */
  wires(...args: WorkplaneArgs["wires"]): WorkplaneImpl {
    const { selector, tag } = bind("wires", args);
    return selection.select(this, "wire", selector, { tag });
  }

  /** @example Workplane().box(1, 1, 1).shells().size() // 1 */
  shells(...args: WorkplaneArgs["shells"]): WorkplaneImpl {
    const { selector, tag } = bind("shells", args);
    return selection.select(this, "shell", selector, { tag });
  }

  /** @example Workplane().pushPoints([[0, 0], [3, 0]]).box(1, 1, 1).solids().size() // 2 */
  solids(...args: WorkplaneArgs["solids"]): WorkplaneImpl {
    const { selector, tag } = bind("solids", args);
    return selection.select(this, "solid", selector, { tag });
  }

  /** Compounds among the stack objects (and in them), filtered by a selector. @example Workplane().pushPoints([[0, 0], [5, 0]]).box(1, 1, 1).compounds().size() // 1 */
  compounds(...args: WorkplaneArgs["compounds"]): WorkplaneImpl {
    const { selector, tag } = bind("compounds", args);
    return selection.select(this, "compound", selector, { tag });
  }

  /**
   * The shapes of `kind` in the solid in context that contain the stack's shapes.
   * @example Workplane().box(10, 10, 10).faces(">Z").edges("<Y").ancestors("Face").size() // 2
   */
  ancestors(...args: WorkplaneArgs["ancestors"]): WorkplaneImpl {
    const { kind, tag } = bind("ancestors", args);
    return topology.ancestors(this, kind, tag);
  }

  /**
   * The shapes of the solid in context that share a `kind` sub-shape with the stack's shapes
   * (`level` links away), without the stack's own.
   * @example Workplane().box(10, 10, 10).faces(">Z").siblings("Edge").size() // 4
   */
  siblings(...args: WorkplaneArgs["siblings"]): WorkplaneImpl {
    const { kind, level, tag } = bind("siblings", args);
    return topology.siblings(this, kind, level, tag);
  }

  // --- 3D primitives ---------------------------------------------------------------------

  /** A box at each stack point, centred by default. @example Workplane().box(10, 20, 5) */
  box(...args: WorkplaneArgs["box"]): WorkplaneImpl {
    const { length, width, height, centered, combine, clean } = bind("box", args);
    return primitives.box(this, length, width, height, { centered, combine: combine as boolean, clean });
  }

  /**
   * A cylinder at each stack point along the plane normal, centred by default.
   * @example Workplane().cylinder(10, 2)
   */
  cylinder(...args: WorkplaneArgs["cylinder"]): WorkplaneImpl {
    const { height, radius, direct, angle, centered, combine, clean } = bind("cylinder", args);
    return primitives.cylinder(this, height, radius, { direct, angle, centered, combine: combine as boolean, clean });
  }

  /**
   * A sphere at each stack point.
   * @example Workplane().sphere(5)
   */
  sphere(...args: WorkplaneArgs["sphere"]): WorkplaneImpl {
    const { radius, direct, angle1, angle2, angle3, centered, combine, clean } = bind("sphere", args);
    return primitives.sphere(this, radius, { direct, angle1, angle2, angle3, centered, combine: combine as boolean, clean });
  }

  /**
   * A wedge at each stack point: a `dx` × `dy` × `dz` box whose far face (at y = dy) shrinks to
   * [xmin, xmax] × [zmin, zmax], centred by default, as CadQuery's `wedge`.
   * @example Workplane().wedge(10, 10, 10, 5, 5, 5, 5) // a pyramid
   */
  wedge(...args: WorkplaneArgs["wedge"]): WorkplaneImpl {
    const { dx, dy, dz, xmin, zmin, xmax, zmax, pnt, dir, centered, combine, clean } = bind("wedge", args);
    return primitives.wedge(this, dx, dy, dz, xmin, zmin, xmax, zmax, { pnt, dir, centered, combine: combine as boolean, clean });
  }

  // --- 2D drawing ------------------------------------------------------------------------

  /**
   * A rectangle at each stack point, centred by default. Negative lengths grow the other way.
   * @example Workplane().rect(10, 20).extrude(5)
   */
  rect(...args: WorkplaneArgs["rect"]): WorkplaneImpl {
    const { xLen, yLen, centered, forConstruction } = bind("rect", args);
    return drawing.rect(this, xLen, yLen, { centered, forConstruction });
  }

  /** @example Workplane().circle(5).extrude(2) */
  circle(...args: WorkplaneArgs["circle"]): WorkplaneImpl {
    const { radius, forConstruction } = bind("circle", args);
    return drawing.circle(this, radius, { forConstruction });
  }

  /**
   * A regular polygon of `nSides` inscribed in a circle of `diameter` (or circumscribed).
   * @example Workplane().polygon(6, 10).extrude(2)
   */
  polygon(...args: WorkplaneArgs["polygon"]): WorkplaneImpl {
    const { nSides, diameter, forConstruction, circumscribed } = bind("polygon", args);
    return drawing.polygon(this, nSides, diameter, { forConstruction, circumscribed });
  }

  /**
   * Lines through local points; call `close()` to make a closed wire.
   * @example Workplane().polyline([[0, 0], [4, 0], [4, 2]]).close().extrude(1)
   */
  polyline(...args: WorkplaneArgs["polyline"]): WorkplaneImpl {
    const { listOfXYTuple, forConstruction, includeCurrent } = bind("polyline", args);
    return drawing.polyline(this, listOfXYTuple, { forConstruction, includeCurrent });
  }

  /** @example Workplane().moveTo(2, 0).circle(1).extrude(1) */
  moveTo(...args: WorkplaneArgs["moveTo"]): WorkplaneImpl {
    const { x, y } = bind("moveTo", args);
    return drawing.moveTo(this, x, y);
  }

  /** @example Workplane().moveTo(2, 0).move(1, 1).circle(0.5).extrude(1) */
  move(...args: WorkplaneArgs["move"]): WorkplaneImpl {
    const { xDist, yDist } = bind("move", args);
    return drawing.move(this, xDist, yDist);
  }

  /** @example Workplane().lineTo(4, 0).lineTo(4, 2).close().extrude(1) */
  lineTo(...args: WorkplaneArgs["lineTo"]): WorkplaneImpl {
    const { x, y, forConstruction } = bind("lineTo", args);
    return drawing.lineTo(this, x, y, { forConstruction });
  }

  /** @example Workplane().line(4, 0).line(0, 2).close().extrude(1) */
  line(...args: WorkplaneArgs["line"]): WorkplaneImpl {
    const { xDist, yDist, forConstruction } = bind("line", args);
    return drawing.line(this, xDist, yDist, { forConstruction });
  }

  /** @example Workplane().hLine(4).vLine(2).hLine(-4).close().extrude(1) */
  hLine(...args: WorkplaneArgs["hLine"]): WorkplaneImpl {
    const { distance, forConstruction } = bind("hLine", args);
    return drawing.line(this, distance, 0, { forConstruction });
  }

  /** @example Workplane().vLine(2).hLine(4).vLine(-2).close().extrude(1) */
  vLine(...args: WorkplaneArgs["vLine"]): WorkplaneImpl {
    const { distance, forConstruction } = bind("vLine", args);
    return drawing.line(this, 0, distance, { forConstruction });
  }

  /** @example Workplane().hLineTo(4).vLineTo(2).hLineTo(0).close().extrude(1) */
  hLineTo(...args: WorkplaneArgs["hLineTo"]): WorkplaneImpl {
    const { xCoord, forConstruction } = bind("hLineTo", args);
    return drawing.hLineTo(this, xCoord, { forConstruction });
  }

  /** @example Workplane().vLineTo(2).hLineTo(4).vLineTo(0).close().extrude(1) */
  vLineTo(...args: WorkplaneArgs["vLineTo"]): WorkplaneImpl {
    const { yCoord, forConstruction } = bind("vLineTo", args);
    return drawing.vLineTo(this, yCoord, { forConstruction });
  }

  /**
   * An arc from the current point through `point1` to `point2` (local coordinates).
   * @example Workplane().lineTo(2, 0).threePointArc([1, 1], [0, 0]).close().extrude(1)
   */
  threePointArc(...args: WorkplaneArgs["threePointArc"]): WorkplaneImpl {
    const { point1, point2, forConstruction } = bind("threePointArc", args);
    return drawing.threePointArc(this, point1, point2, { forConstruction });
  }

  /**
   * Closes the pending edges back to their first point and makes them a wire.
   * @example Workplane().lineTo(2, 0).lineTo(0, 2).close().extrude(1)
   */
  close(...args: WorkplaneArgs["close"]): WorkplaneImpl {
    bind("close", args);
    return drawing.close(this);
  }

  /**
   * Makes the pending edges a wire (open or closed).
   * @example Workplane().lineTo(2, 0).lineTo(0, 2).lineTo(0, 0).wire().extrude(1)
   */
  wire(...args: WorkplaneArgs["wire"]): WorkplaneImpl {
    return drawing.wire(this, { forConstruction: bind("wire", args).forConstruction });
  }

  /**
   * An interpolating spline through local points (CadQuery's `spline`): optional end or per-point
   * tangents, periodic, explicit parameters.
   * @example Workplane().spline([[0, 0], [1, 1], [2, 0]]).close().extrude(1)
   */
  spline(...args: WorkplaneArgs["spline"]): WorkplaneImpl {
    const { listOfXYTuple, tangents, periodic, parameters, scale, tol, forConstruction, includeCurrent, makeWire } = bind("spline", args);
    return curves.spline(this, listOfXYTuple, { tangents, periodic, parameters, scale, tol, forConstruction, includeCurrent, makeWire });
  }

  /**
   * An approximating B-spline near the points (smoothed by default; `smoothing: null` turns it off).
   * @example Workplane().splineApprox([[0, 0], [1, 1], [2, 0.5], [3, 1]]).lineTo(3, -1).lineTo(0, -1).close().extrude(1)
   */
  splineApprox(...args: WorkplaneArgs["splineApprox"]): WorkplaneImpl {
    const { points, tol, minDeg, maxDeg, smoothing, forConstruction, includeCurrent, makeWire } = bind("splineApprox", args);
    return curves.splineApprox(this, points, { tol, minDeg, maxDeg, smoothing: smoothing as [number, number, number] | null, forConstruction, includeCurrent, makeWire });
  }

  /**
   * A B-spline face approximating `func(u, v)` for u, v from `start` to `stop` ((N+1)² samples, in
   * the workplane's coordinates), as CadQuery 2.5's `parametricSurface`; the face is the new stack.
   * @example Workplane().parametricSurface((u, v) => [u, v, 0]).val().Area() // 1
   */
  parametricSurface(...args: WorkplaneArgs["parametricSurface"]): WorkplaneImpl {
    const { func, N, start, stop, tol, minDeg, maxDeg, smoothing } = bind("parametricSurface", args);
    return parametricSurfaceOp(this, func, { N, start, stop, tol, minDeg, maxDeg, smoothing: smoothing as readonly [number, number, number] | null });
  }

  /**
   * A curve through `func(t)` for t from `start` to `stop` (N+1 samples), approximated by a
   * B-spline; a wire by default.
   * @example Workplane().parametricCurve((t) => [Math.cos(2 * Math.PI * t), Math.sin(2 * Math.PI * t)]).extrude(1)
   */
  parametricCurve(...args: WorkplaneArgs["parametricCurve"]): WorkplaneImpl {
    const { func, N, start, stop, tol, minDeg, maxDeg, smoothing, makeWire } = bind("parametricCurve", args);
    return curves.parametricCurve(this, func, { N, start, stop, tol, minDeg, maxDeg, smoothing: smoothing as [number, number, number] | null, makeWire });
  }

  /**
   * A Bézier curve with the given local control points.
   * @example Workplane().bezier([[0, 0], [1, 2], [2, 0]]).close().extrude(1)
   */
  bezier(...args: WorkplaneArgs["bezier"]): WorkplaneImpl {
    const { listOfXYTuple, forConstruction, includeCurrent, makeWire } = bind("bezier", args);
    return curves.bezier(this, listOfXYTuple, { forConstruction, includeCurrent, makeWire });
  }

  /** A closed ellipse at each stack point. @example Workplane().ellipse(4, 2).extrude(1) */
  ellipse(...args: WorkplaneArgs["ellipse"]): WorkplaneImpl {
    const { x_radius, y_radius, rotation_angle, forConstruction } = bind("ellipse", args);
    return curves.ellipse(this, x_radius, y_radius, { rotation_angle, forConstruction });
  }

  /**
   * An arc of an ellipse from `angle1` to `angle2` degrees, starting at the current point by default.
   * @example Workplane().ellipseArc(2, 1, { angle1: 0, angle2: 180 }).close().extrude(1)
   */
  ellipseArc(...args: WorkplaneArgs["ellipseArc"]): WorkplaneImpl {
    const { x_radius, y_radius, angle1, angle2, rotation_angle, sense, forConstruction, startAtCurrent, makeWire } = bind("ellipseArc", args);
    return curves.ellipseArc(this, x_radius, y_radius, { angle1, angle2, rotation_angle, sense, forConstruction, startAtCurrent, makeWire });
  }

  /** A slot of overall `length` and width `diameter` at each stack point. @example Workplane().slot2D(10, 4).extrude(1) */
  slot2D(...args: WorkplaneArgs["slot2D"]): WorkplaneImpl {
    const { length, diameter, angle } = bind("slot2D", args);
    return curves.slot2D(this, length, diameter, angle);
  }

  /**
   * An arc to `endPoint` bulging by `sag` (left of the chord when positive).
   * @example Workplane().lineTo(2, 0).sagittaArc([0, 0], 1).close().extrude(1)
   */
  sagittaArc(...args: WorkplaneArgs["sagittaArc"]): WorkplaneImpl {
    const { endPoint, sag, forConstruction } = bind("sagittaArc", args);
    return curves.sagittaArc(this, endPoint, sag, { forConstruction });
  }

  /**
   * An arc of `radius` to `endPoint`: positive bulges to the left of the chord, negative to the right.
   * @example Workplane().lineTo(2, 0).radiusArc([0, 0], 1).close().extrude(1)
   */
  radiusArc(...args: WorkplaneArgs["radiusArc"]): WorkplaneImpl {
    const { endPoint, radius, forConstruction } = bind("radiusArc", args);
    return curves.radiusArc(this, endPoint, radius, { forConstruction });
  }

  /**
   * An arc tangent to the last edge, to `endpoint` (relative to the current point by default).
   * @example Workplane().lineTo(2, 0).tangentArcPoint([0, 2]).close().extrude(1)
   */
  tangentArcPoint(...args: WorkplaneArgs["tangentArcPoint"]): WorkplaneImpl {
    const { endpoint, forConstruction, relative } = bind("tangentArcPoint", args);
    return curves.tangentArcPoint(this, endpoint, { forConstruction, relative });
  }

  /**
   * A line of `distance` at `angle` degrees from the local x axis, from the current point.
   * @example Workplane().polarLine(2, 45).lineTo(2, 0).close().extrude(1)
   */
  polarLine(...args: WorkplaneArgs["polarLine"]): WorkplaneImpl {
    const { distance, angle, forConstruction } = bind("polarLine", args);
    return curves.polarLine(this, distance, angle, { forConstruction });
  }

  /**
   * A line from the current point to the point at `distance` and `angle` degrees from the origin.
   * @example Workplane().polarLineTo(2, 45).lineTo(2, 0).close().extrude(1)
   */
  polarLineTo(...args: WorkplaneArgs["polarLineTo"]): WorkplaneImpl {
    const { distance, angle, forConstruction } = bind("polarLineTo", args);
    return curves.polarLineTo(this, distance, angle, { forConstruction });
  }

  /**
   * Mirrors the drawn outline about the local x axis and joins both halves.
   * @example Workplane().vLine(1).hLine(0.5).vLineTo(0).mirrorX().extrude(1)
   */
  mirrorX(...args: WorkplaneArgs["mirrorX"]): WorkplaneImpl {
    bind("mirrorX", args);
    return curves.mirrorInPlane(this, "X");
  }

  /**
   * Mirrors the drawn outline about the local y axis and joins both halves.
   * @example Workplane().lineTo(0, 2).lineTo(1, 2).lineTo(2, 0).mirrorY().extrude(1)
   */
  mirrorY(...args: WorkplaneArgs["mirrorY"]): WorkplaneImpl {
    bind("mirrorY", args);
    return curves.mirrorInPlane(this, "Y");
  }

  /** Offsets the pending closed outlines by `d` (outwards when positive). @example Workplane().rect(4, 2).offset2D(1).extrude(1) */
  offset2D(...args: WorkplaneArgs["offset2D"]): WorkplaneImpl {
    const { d, kind, forConstruction } = bind("offset2D", args);
    return curves.offset2D(this, d, { kind: kind as OffsetJoin, forConstruction });
  }

  /**
   * Joins the pending edges and wires into as few wires as possible.
   * @example Workplane().lineTo(0, 1).lineTo(1, 1).consolidateWires().size() // 1
   */
  consolidateWires(...args: WorkplaneArgs["consolidateWires"]): WorkplaneImpl {
    bind("consolidateWires", args);
    return curves.consolidateWires(this);
  }

  /**
   * Puts the wires and edges on the stack back into the pending lists.
   * @example Workplane().box(4, 2, 1).faces(">Z").edges().toPending().offset2D(-0.5, { forConstruction: true }).vertices().hole(0.2)
   */
  toPending(...args: WorkplaneArgs["toPending"]): WorkplaneImpl {
    bind("toPending", args);
    return drawing.toPending(this);
  }

  /**
   * Places the sketches' faces at each stack point (the plane origin if the stack is empty),
   * ready to extrude, cut or loft.
   * @example Workplane().placeSketch(Sketch().rect(10, 6).vertices().fillet(1)).extrude(2)
   */
  placeSketch(...args: WorkplaneArgs["placeSketch"]): WorkplaneImpl {
    return context.placeSketch(this, bind("placeSketch", args).sketches);
  }

  /**
   * A new Sketch on this Workplane's points; `finalize()` brings it back placed.
   * @example Workplane().box(10, 10, 2).faces(">Z").sketch().circle(2).finalize().cutBlind(-1)
   */
  sketch(...args: WorkplaneArgs["sketch"]): Sketch {
    bind("sketch", args);
    return sketchOn(this as { placeSketch(...sketches: Sketch[]): unknown });
  }

  // --- From 2D to 3D ---------------------------------------------------------------------

  /**
   * Extrudes the pending wires along the plane normal by a distance, or up to a face of the solid
   * in context: `"next"`, `"last"` or a given Face (OCCT's BRepFeat_MakeDPrism, as CadQuery).
   * @example .rect(10, 5).extrude(2)
   * @example Workplane().box(10, 10, 10).faces("<Z").workplane().rect(2, 2).extrude("last")
   */
  extrude(...args: WorkplaneArgs["extrude"]): WorkplaneImpl {
    const { until, combine, clean, both, taper } = bind("extrude", args);
    return profiles.extrude(this, until, { combine, clean, both, taper });
  }

  /**
   * Extrudes the pending wires along the normal while rotating them by `angleDegrees`.
   * @example Workplane().rect(10, 10).twistExtrude(10, 45)
   */
  twistExtrude(...args: WorkplaneArgs["twistExtrude"]): WorkplaneImpl {
    const { distance, angleDegrees, combine, clean } = bind("twistExtrude", args);
    return sweeps.twistExtrude(this, distance, angleDegrees, { combine, clean });
  }

  /**
   * A solid through the pending wires (or the stack's faces) in order; smooth unless `ruled`.
   * @example Workplane().rect(4, 4).workplane({ offset: 3 }).circle(1).loft()
   */
  loft(...args: WorkplaneArgs["loft"]): WorkplaneImpl {
    const { ruled, combine, clean } = bind("loft", args);
    return sweeps.loft(this, { ruled, combine, clean });
  }

  /**
   * Sweeps the pending outlines along `path` (a Workplane with a wire or edges, or a wire/edge).
   * `sweepAlongWires`, deprecated in CadQuery, stands for `multisection` when given.
   * @example Workplane("XY").circle(1).sweep(Workplane("XZ").spline([[0, 0], [2, 5], [0, 10]]))
   */
  sweep(...args: WorkplaneArgs["sweep"]): WorkplaneImpl {
    const { path, multisection, sweepAlongWires, makeSolid, isFrenet, combine, clean, transition, normal, auxSpine } = bind("sweep", args);
    return sweeps.sweep(this, path, { multisection: sweepAlongWires ?? multisection, makeSolid, isFrenet, combine, clean, transition, normal, auxSpine });
  }

  /**
   * A surface through a boundary (points, edges or a Workplane's edges) and extra points,
   * thickened when `thickness` > 0, at each stack point.
   * @example Workplane().interpPlate([[0, 0, 0], [10, 0, 0], [10, 10, 0], [0, 10, 0]], [[5, 5, 2]], { thickness: 0.5 })
   */
  interpPlate(...args: WorkplaneArgs["interpPlate"]): WorkplaneImpl {
    const { surf_edges, surf_pts, thickness, combine, clean, degree, nbPtsOnCur, nbIter, anisotropy, tol2d, tol3d, tolAng, tolCurv, maxDeg, maxSegments } = bind("interpPlate", args);
    const options = { thickness, combine, clean, degree, nbPtsOnCur, nbIter, anisotropy, tol2d, tol3d, tolAng, tolCurv, maxDeg, maxSegments };
    return sweeps.interpPlate(this, surf_edges, surf_pts, options);
  }

  /**
   * Text `fontsize` high, extruded by `distance` and, as CadQuery, cut from the solid by default
   * (`cut: false` with `combine: true` embosses; in partforge `combine` given without `cut`
   * decides alone). Fonts: the bundled DejaVu families.
   * @example Workplane().box(40, 15, 4).faces(">Z").workplane().text("partforge", 5, -1)
   */
  text(...args: WorkplaneArgs["text"]): WorkplaneImpl {
    const { txt, fontsize, distance, cut, combine, clean, font, fontPath, kind, halign, valign, given } = bind("text", args);
    const cutting = cut && (given.has("cut") || !given.has("combine"));
    return lettering.text(this, txt, fontsize, distance, { combine: cutting ? "cut" : combine, clean, font, fontPath, kind, halign, valign });
  }

  /**
   * Revolves the pending wires about an axis in the plane (default: the plane's y axis).
   * @example Workplane("XY").rect(2, 4, false).revolve(360, [0, 0], [0, 1])
   */
  revolve(...args: WorkplaneArgs["revolve"]): WorkplaneImpl {
    const { angleDegrees, axisStart, axisEnd, combine, clean } = bind("revolve", args);
    return profiles.revolve(this, angleDegrees, { axisStart, axisEnd, combine, clean });
  }

  /**
   * Cuts the pending wires into the solid by `until` along the normal (negative: against it),
   * optionally tapered, or up to a face: `"next"`, `"last"` or a given Face.
   * @example Workplane().box(10, 10, 4).faces(">Z").workplane().rect(4, 4).cutBlind(-2)
   */
  cutBlind(...args: WorkplaneArgs["cutBlind"]): WorkplaneImpl {
    const { until, clean, both, taper } = bind("cutBlind", args);
    return profiles.cutBlind(this, until, { clean, both, taper });
  }

  /**
   * Cuts the pending wires through the whole solid, both ways along the normal; `taper` leans the
   * sides (degrees), as CadQuery's `cutThruAll` (OCCT's BRepFeat_MakeDPrism through all).
   * @example Workplane().box(10, 10, 4).faces(">Z").workplane().circle(2).cutThruAll()
   */
  cutThruAll(...args: WorkplaneArgs["cutThruAll"]): WorkplaneImpl {
    const { clean, taper } = bind("cutThruAll", args);
    return profiles.cutThruAll(this, { clean, taper });
  }

  // --- Holes -----------------------------------------------------------------------------

  /**
   * A hole at each stack point, into the solid (through all unless `depth`).
   * @example Workplane().box(10, 10, 4).faces(">Z").workplane().hole(3)
   */
  hole(...args: WorkplaneArgs["hole"]): WorkplaneImpl {
    const { diameter, depth, clean } = bind("hole", args);
    return holes.hole(this, diameter, depth, { clean });
  }

  /**
   * A counterbored hole at each stack point (through all unless `depth`).
   * @example Workplane().box(10, 10, 4).faces(">Z").workplane().cboreHole(3, 6, 1)
   */
  cboreHole(...args: WorkplaneArgs["cboreHole"]): WorkplaneImpl {
    const { diameter, cboreDiameter, cboreDepth, depth, clean } = bind("cboreHole", args);
    return holes.cboreHole(this, diameter, cboreDiameter, cboreDepth, depth, { clean });
  }

  /**
   * A countersunk hole at each stack point (`cskAngle` in degrees; partforge defaults it to 82).
   * @example Workplane().box(10, 10, 4).faces(">Z").workplane().cskHole(3, 6, 82)
   */
  cskHole(...args: WorkplaneArgs["cskHole"]): WorkplaneImpl {
    const { diameter, cskDiameter, cskAngle, depth, clean } = bind("cskHole", args);
    return holes.cskHole(this, diameter, cskDiameter, cskAngle, depth, { clean });
  }

  // --- Booleans --------------------------------------------------------------------------

  /** @example Workplane().box(4, 4, 1).union(Workplane().cylinder(3, 1)) */
  union(...args: WorkplaneArgs["union"]): WorkplaneImpl {
    const { toUnion, clean } = bind("union", args);
    return transforms.boolean(this, "fuse", toUnion, { clean });
  }

  /** @example Workplane().box(4, 4, 1).cut(Workplane().cylinder(3, 1)) */
  cut(...args: WorkplaneArgs["cut"]): WorkplaneImpl {
    const { toCut, clean } = bind("cut", args);
    return transforms.boolean(this, "cut", toCut, { clean });
  }

  /** @example Workplane().box(4, 4, 4).intersect(Workplane().sphere(2.5)) */
  intersect(...args: WorkplaneArgs["intersect"]): WorkplaneImpl {
    const { toIntersect, clean } = bind("intersect", args);
    return transforms.boolean(this, "common", toIntersect, { clean });
  }

  /**
   * Fuses the stack's solids into one (CadQuery's `combine`).
   * @example Workplane().pushPoints([[0, 0], [1, 0]]).box(2, 2, 2, { combine: false }).combine()
   */
  combine(...args: WorkplaneArgs["combine"]): WorkplaneImpl {
    return transforms.combine(this, { clean: bind("combine", args).clean });
  }

  /**
   * Merges coplanar faces and collinear edges of the stack's solids.
   * @example Workplane().box(2, 2, 2).union(Workplane().box(4, 2, 2), { clean: false }).clean()
   */
  clean(...args: WorkplaneArgs["clean"]): WorkplaneImpl {
    bind("clean", args);
    return transforms.clean(this);
  }

  /**
   * Splits the solid by the workplane, keeping the top, the bottom or both; or by a Workplane/shape.
   * @example Workplane().box(2, 2, 2).faces(">Y").workplane({ offset: -1 }).split({ keepTop: true })
   */
  split(...args: WorkplaneArgs["split"]): WorkplaneImpl {
    const bound = bind("split", args);
    if (bound.form === 1) return cutting.split(this, bound.splitter);
    return cutting.split(this, { keepTop: bound.keepTop, keepBottom: bound.keepBottom });
  }

  /**
   * The cross-section of the solid by the workplane moved `height` along its normal.
   * @example Workplane().box(2, 4, 6).section(1).val().Area() // 8
   */
  section(...args: WorkplaneArgs["section"]): WorkplaneImpl {
    return cutting.section(this, bind("section", args).height);
  }

  /**
   * Cuts the solid `fcn(location)` returns at each stack point from the solid in context.
   * @example Workplane().box(10, 10, 2).faces(">Z").workplane().rarray(4, 4, 2, 2).cutEach((loc) => Workplane().box(1, 1, 4).val().moved(loc))
   */
  cutEach(...args: WorkplaneArgs["cutEach"]): WorkplaneImpl {
    const { fcn, clean } = bind("cutEach", args);
    return cutting.cutEach(this, fcn, { clean });
  }

  // --- Transforms ------------------------------------------------------------------------

  /** @example Workplane().box(1, 1, 1).translate([0, 0, 5]) */
  translate(...args: WorkplaneArgs["translate"]): WorkplaneImpl {
    return transforms.translate(this, bind("translate", args).vec);
  }

  /**
   * Rotates the stack's shapes about the axis from `axisStartPoint` to `axisEndPoint` (world coordinates).
   * @example Workplane().box(1, 1, 5).rotate([0, 0, 0], [1, 0, 0], 90)
   */
  rotate(...args: WorkplaneArgs["rotate"]): WorkplaneImpl {
    const { axisStartPoint, axisEndPoint, angleDegrees } = bind("rotate", args);
    return transforms.rotate(this, axisStartPoint, axisEndPoint, angleDegrees);
  }

  /**
   * Rotates each stack shape about an axis through its own centre along `axisEndPoint`.
   * @example Workplane().pushPoints([[5, 0]]).box(2, 4, 1).rotateAboutCenter([0, 0, 1], 90)
   */
  rotateAboutCenter(...args: WorkplaneArgs["rotateAboutCenter"]): WorkplaneImpl {
    const { axisEndPoint, angleDegrees } = bind("rotateAboutCenter", args);
    return transforms.rotateAboutCenter(this, axisEndPoint, angleDegrees);
  }

  /**
   * Mirrors the stack's shapes (or the solid in context) through a plane.
   * @example Workplane().box(1, 1, 1).mirror("XY", [0, 0, 0.5], { union: true })
   */
  mirror(...args: WorkplaneArgs["mirror"]): WorkplaneImpl {
    const { mirrorPlane, basePointVector, union } = bind("mirror", args);
    return transforms.mirror(this, mirrorPlane, basePointVector, { union });
  }

  // --- Modifying solids ------------------------------------------------------------------

  /** Rounds the selected edges (or the edges of the selected faces). @example .edges("|Z").fillet(2) */
  fillet(...args: WorkplaneArgs["fillet"]): WorkplaneImpl {
    return modify.fillet(this, bind("fillet", args).radius);
  }

  /**
   * Bevels the selected edges, symmetric or with two lengths.
   * @example Workplane().box(4, 4, 2).edges(">Z").chamfer(0.5)
   */
  chamfer(...args: WorkplaneArgs["chamfer"]): WorkplaneImpl {
    const { length, length2 } = bind("chamfer", args);
    return modify.chamfer(this, length, length2);
  }

  /**
   * Hollows the solid, opening the selected faces; negative thickness shells inwards.
   * @example Workplane().box(4, 4, 4).faces(">Z").shell(-0.5)
   */
  shell(...args: WorkplaneArgs["shell"]): WorkplaneImpl {
    const { thickness, kind } = bind("shell", args);
    return modify.shell(this, thickness, { kind });
  }

  toString(): string {
    return `Workplane(${this.state.objects.length} object(s) on the stack)`;
  }
}

/** Callable with or without `new`, as CadQuery's `Workplane("XY")` reads in a script. */
export interface WorkplaneFactory {
  (...args: WorkplaneArgs["__init__"]): WorkplaneImpl;
  new (...args: WorkplaneArgs["__init__"]): WorkplaneImpl;
  readonly prototype: WorkplaneImpl;
}

/** Makes a new Workplane: `Workplane("XY")`, `Workplane("XZ", { origin: [0, 0, 5] })`. */
export const Workplane = function Workplane(...args: WorkplaneArgs["__init__"]) {
  return new WorkplaneImpl(...args);
} as unknown as WorkplaneFactory;
(Workplane as unknown as { prototype: WorkplaneImpl }).prototype = WorkplaneImpl.prototype;

export type Workplane = WorkplaneImpl;

export { Vector };
