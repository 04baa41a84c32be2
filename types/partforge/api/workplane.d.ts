import { Location } from "./location.ts";
import { Plane } from "./plane.ts";
import { type Shape } from "./shape.ts";
import { Vector } from "./vector.ts";
import type { WorkplaneArgs } from "./signatures/generated.ts";
import type { Selector } from "./selectors/index.ts";
import { type Sketch } from "./sketch.ts";
/** What the stack of a Workplane holds: shapes, or points (with orientation) to build at. */
export type StackItem = Shape | Location;
/** A selector string in CadQuery's grammar, or a selector object. */
export type SelectorLike = string | Selector;
/** A plane as a ModelScript may give it: a name ("XY", "front", …) or a `Plane`. */
export type PlaneLike = string | Plane;
/**
 * @example
 * Workplane("XY").box(10, 20, 5).faces(">Z").workplane().hole(3)
 */
export declare class WorkplaneImpl {
    constructor(...args: WorkplaneArgs["__init__"]);
    /**
     * A new Workplane on the same plane holding `objlist`, with this one as parent.
     * @example Workplane().box(1, 1, 1).newObject([Location(0, 0, 5)]).sphere(1)
     */
    newObject(...args: WorkplaneArgs["newObject"]): WorkplaneImpl;
    /**
     * The current plane.
     * @example Workplane("XZ").plane.zDir // Vector(0, -1, 0)
     */
    get plane(): Plane;
    /**
     * The objects on the stack.
     * @example Workplane().rarray(2, 2, 2, 2).objects.length // 4
     */
    get objects(): readonly StackItem[];
    /** @example Workplane().box(1, 1, 1).faces(">Z").parent // the Workplane holding the box */
    get parent(): WorkplaneImpl | undefined;
    /**
     * The first object on the stack.
     * @example Workplane().box(1, 2, 3).val().Volume() // 6
     */
    val(...args: WorkplaneArgs["val"]): StackItem;
    /**
     * All objects on the stack.
     * @example Workplane().box(1, 1, 1).faces().vals().length // 6
     */
    vals(...args: WorkplaneArgs["vals"]): StackItem[];
    /**
     * How many objects are on the stack.
     * @example Workplane().box(1, 1, 1).edges("|Z").size() // 4
     */
    size(...args: WorkplaneArgs["size"]): number;
    /**
     * The Workplane `n` steps back in the chain.
     * @example Workplane().box(4, 4, 1).faces(">Z").workplane().hole(1).end(3)
     */
    end(...args: WorkplaneArgs["end"]): WorkplaneImpl;
    /** @example Workplane().box(1, 1, 1).faces("|Z").first() */
    first(...args: WorkplaneArgs["first"]): WorkplaneImpl;
    /** @example Workplane().box(1, 1, 1).faces("|Z").last() */
    last(...args: WorkplaneArgs["last"]): WorkplaneImpl;
    /**
     * A Workplane holding only the `i`-th stack object (negative counts from the end).
     * @example Workplane().box(1, 1, 1).faces("|Z").item(2)
     */
    item(...args: WorkplaneArgs["item"]): WorkplaneImpl;
    /**
     * A Workplane holding the stack objects from `start` up to (not including) `end`, negative
     * counting from the end: Python's `wp[start:end]` (CadQuery's `__getitem__` with a slice).
     * @example Workplane().box(1, 2, 3).faces().sort((f) => f.Area()).slice(0, 3).size() // 3
     */
    slice(...args: WorkplaneArgs["slice"]): WorkplaneImpl;
    /**
     * Adds shapes, locations, or another Workplane's stack, to this stack.
     * @example Workplane().box(1, 1, 1).add(Workplane().sphere(0.5)).combine()
     */
    add(...args: WorkplaneArgs["add"]): WorkplaneImpl;
    /**
     * Names this Workplane so `workplaneFromTagged`, selectors' `tag` option and `end` can find it.
     * @example Workplane().box(4, 4, 1).faces(">Z").workplane().tag("top")
     */
    tag(...args: WorkplaneArgs["tag"]): WorkplaneImpl;
    /**
     * A new Workplane on the plane of the one tagged `name`, continuing this chain.
     * @example Workplane().box(4, 4, 1).faces(">Z").workplane().tag("top").circle(1).extrude(1).workplaneFromTagged("top")
     */
    workplaneFromTagged(...args: WorkplaneArgs["workplaneFromTagged"]): WorkplaneImpl;
    /**
     * The first solid (or compound of the stack's solids) found on this stack or up the chain.
     * @example Workplane().box(1, 1, 1).faces(">Z").findSolid().Volume() // 1
     */
    findSolid(...args: WorkplaneArgs["findSolid"]): Shape;
    /**
     * Length of the bounding box diagonal of the solid in context.
     * @example Workplane().box(3, 4, 12).largestDimension() // 13
     */
    largestDimension(...args: WorkplaneArgs["largestDimension"]): number;
    /**
     * One Workplane per stack object, each holding only that object (CadQuery's `all()`).
     * @example Workplane().pushPoints([[0, 0], [5, 0]]).box(1, 1, 1, { combine: false }).all().length // 2
     */
    all(...args: WorkplaneArgs["all"]): WorkplaneImpl[];
    /**
     * `obj`'s plane and stack, continuing this chain: what is built next combines with this chain's solid.
     * @example Workplane("front").circle(1).extrude(10).copyWorkplane(Workplane("right", { origin: [-5, 0, 0] })).circle(1).extrude(10)
     */
    copyWorkplane(...args: WorkplaneArgs["copyWorkplane"]): WorkplaneImpl;
    /**
     * The stack objects for which `f` returns true; `f` is called during this call only.
     * @example Workplane().box(1, 1, 1).faces().filter((face) => face.Center().z > 0.4).size() // 1
     */
    filter(...args: WorkplaneArgs["filter"]): WorkplaneImpl;
    /**
     * `f` applied to each stack object separately; the results (shapes or Locations) make the new stack.
     * @example Workplane().box(1, 1, 1).faces(">Z").map((face) => face.translate([0, 0, 1]))
     */
    map(...args: WorkplaneArgs["map"]): WorkplaneImpl;
    /**
     * `f` given all stack objects at once (a fresh array); what it returns makes the new stack.
     * @example Workplane().box(1, 1, 1).faces().apply((faces) => faces.slice(0, 2)).size() // 2
     */
    apply(...args: WorkplaneArgs["apply"]): WorkplaneImpl;
    /**
     * The stack sorted by `key(object)` (a number, a string or an array of them), ascending and stable.
     * @example Workplane().box(1, 2, 3).faces().sort((face) => face.Area()).first()
     */
    sort(...args: WorkplaneArgs["sort"]): WorkplaneImpl;
    /**
     * Calls `f(this)` and returns its Workplane, or this one when it returns nothing; a function of
     * no parameters is just called.
     * @example Workplane().box(2, 2, 2).invoke((wp) => wp.faces(">Z").workplane().hole(1))
     */
    invoke(...args: WorkplaneArgs["invoke"]): WorkplaneImpl;
    /**
     * Calls `callback` with each stack object (in the plane's coordinates with
     * `useLocalCoordinates`, its result placed back) and, as CadQuery, fuses the results with the
     * solid in context (`combine`, default true); `combine: false` keeps them on a new stack.
     * @example Workplane().box(2, 2, 2).faces().each((face) => face, { combine: false }).size() // 6
     */
    each(...args: WorkplaneArgs["each"]): WorkplaneImpl;
    /**
     * Calls `arg(location)` at each stack point (the plane origin if empty), or moves a shape (or
     * a Workplane's shapes) built at the origin to each point; `combine` fuses or cuts the results.
     * @example Workplane().rect(10, 10, { forConstruction: true }).vertices().eachpoint(Workplane().circle(1).val()).extrude(1)
     */
    eachpoint(...args: WorkplaneArgs["eachpoint"]): WorkplaneImpl;
    /**
     * A new workplane on the selected face(s) (or parallel to the current one), CadQuery's
     * `workplane(offset, invert, centerOption, origin)`.
     * @example Workplane().box(10, 10, 10).faces(">Z").workplane({ offset: 2 })
     */
    workplane(...args: WorkplaneArgs["workplane"]): WorkplaneImpl;
    /**
     * A workplane rotated (degrees about local x, y, z) and moved (local offset).
     * @example Workplane().transformed({ rotate: [45, 0, 0], offset: [0, 0, 5] }).rect(2, 2).extrude(1)
     */
    transformed(...args: WorkplaneArgs["transformed"]): WorkplaneImpl;
    /**
     * Moves the workplane origin to local (x, y).
     * @example Workplane().box(4, 4, 1).faces(">Z").workplane().center(1, 1).hole(0.5)
     */
    center(...args: WorkplaneArgs["center"]): WorkplaneImpl;
    /**
     * Puts points (local coordinates) or Locations on the stack.
     * @example Workplane().box(10, 10, 1).faces(">Z").workplane().pushPoints([[-3, 0], [3, 0]]).hole(1)
     */
    pushPoints(...args: WorkplaneArgs["pushPoints"]): WorkplaneImpl;
    /**
     * A rectangular array of points, centred on the origin by default.
     * @example Workplane().box(10, 10, 1).faces(">Z").workplane().rarray(4, 4, 2, 2).hole(1)
     */
    rarray(...args: WorkplaneArgs["rarray"]): WorkplaneImpl;
    /**
     * Points on a circle, rotated to face outwards by default.
     * @example Workplane().circle(10).extrude(1).faces(">Z").workplane().polarArray(7, 0, 360, 6).hole(1)
     */
    polarArray(...args: WorkplaneArgs["polarArray"]): WorkplaneImpl;
    /** Faces of the stack objects, filtered by a selector. @example .faces(">Z") */
    faces(...args: WorkplaneArgs["faces"]): WorkplaneImpl;
    /** Edges of the stack objects, filtered by a selector. @example .edges("|Z") */
    edges(...args: WorkplaneArgs["edges"]): WorkplaneImpl;
    /** @example Workplane().box(4, 4, 1).faces(">Z").vertices("<X and <Y") */
    vertices(...args: WorkplaneArgs["vertices"]): WorkplaneImpl;
    /** @example Workplane().box(4, 4, 1).faces(">Z").wires() */
    wires(...args: WorkplaneArgs["wires"]): WorkplaneImpl;
    /** @example Workplane().box(1, 1, 1).shells().size() // 1 */
    shells(...args: WorkplaneArgs["shells"]): WorkplaneImpl;
    /** @example Workplane().pushPoints([[0, 0], [3, 0]]).box(1, 1, 1).solids().size() // 2 */
    solids(...args: WorkplaneArgs["solids"]): WorkplaneImpl;
    /** Compounds among the stack objects (and in them), filtered by a selector. @example Workplane().pushPoints([[0, 0], [5, 0]]).box(1, 1, 1).compounds().size() // 1 */
    compounds(...args: WorkplaneArgs["compounds"]): WorkplaneImpl;
    /**
     * The shapes of `kind` in the solid in context that contain the stack's shapes.
     * @example Workplane().box(10, 10, 10).faces(">Z").edges("<Y").ancestors("Face").size() // 2
     */
    ancestors(...args: WorkplaneArgs["ancestors"]): WorkplaneImpl;
    /**
     * The shapes of the solid in context that share a `kind` sub-shape with the stack's shapes
     * (`level` links away), without the stack's own.
     * @example Workplane().box(10, 10, 10).faces(">Z").siblings("Edge").size() // 4
     */
    siblings(...args: WorkplaneArgs["siblings"]): WorkplaneImpl;
    /** A box at each stack point, centred by default. @example Workplane().box(10, 20, 5) */
    box(...args: WorkplaneArgs["box"]): WorkplaneImpl;
    /**
     * A cylinder at each stack point along the plane normal, centred by default.
     * @example Workplane().cylinder(10, 2)
     */
    cylinder(...args: WorkplaneArgs["cylinder"]): WorkplaneImpl;
    /**
     * A sphere at each stack point.
     * @example Workplane().sphere(5)
     */
    sphere(...args: WorkplaneArgs["sphere"]): WorkplaneImpl;
    /**
     * A wedge at each stack point: a `dx` × `dy` × `dz` box whose far face (at y = dy) shrinks to
     * [xmin, xmax] × [zmin, zmax], centred by default, as CadQuery's `wedge`.
     * @example Workplane().wedge(10, 10, 10, 5, 5, 5, 5) // a pyramid
     */
    wedge(...args: WorkplaneArgs["wedge"]): WorkplaneImpl;
    /**
     * A rectangle at each stack point, centred by default. Negative lengths grow the other way.
     * @example Workplane().rect(10, 20).extrude(5)
     */
    rect(...args: WorkplaneArgs["rect"]): WorkplaneImpl;
    /** @example Workplane().circle(5).extrude(2) */
    circle(...args: WorkplaneArgs["circle"]): WorkplaneImpl;
    /**
     * A regular polygon of `nSides` inscribed in a circle of `diameter` (or circumscribed).
     * @example Workplane().polygon(6, 10).extrude(2)
     */
    polygon(...args: WorkplaneArgs["polygon"]): WorkplaneImpl;
    /**
     * Lines through local points; call `close()` to make a closed wire.
     * @example Workplane().polyline([[0, 0], [4, 0], [4, 2]]).close().extrude(1)
     */
    polyline(...args: WorkplaneArgs["polyline"]): WorkplaneImpl;
    /** @example Workplane().moveTo(2, 0).circle(1).extrude(1) */
    moveTo(...args: WorkplaneArgs["moveTo"]): WorkplaneImpl;
    /** @example Workplane().moveTo(2, 0).move(1, 1).circle(0.5).extrude(1) */
    move(...args: WorkplaneArgs["move"]): WorkplaneImpl;
    /** @example Workplane().lineTo(4, 0).lineTo(4, 2).close().extrude(1) */
    lineTo(...args: WorkplaneArgs["lineTo"]): WorkplaneImpl;
    /** @example Workplane().line(4, 0).line(0, 2).close().extrude(1) */
    line(...args: WorkplaneArgs["line"]): WorkplaneImpl;
    /** @example Workplane().hLine(4).vLine(2).hLine(-4).close().extrude(1) */
    hLine(...args: WorkplaneArgs["hLine"]): WorkplaneImpl;
    /** @example Workplane().vLine(2).hLine(4).vLine(-2).close().extrude(1) */
    vLine(...args: WorkplaneArgs["vLine"]): WorkplaneImpl;
    /** @example Workplane().hLineTo(4).vLineTo(2).hLineTo(0).close().extrude(1) */
    hLineTo(...args: WorkplaneArgs["hLineTo"]): WorkplaneImpl;
    /** @example Workplane().vLineTo(2).hLineTo(4).vLineTo(0).close().extrude(1) */
    vLineTo(...args: WorkplaneArgs["vLineTo"]): WorkplaneImpl;
    /**
     * An arc from the current point through `point1` to `point2` (local coordinates).
     * @example Workplane().lineTo(2, 0).threePointArc([1, 1], [0, 0]).close().extrude(1)
     */
    threePointArc(...args: WorkplaneArgs["threePointArc"]): WorkplaneImpl;
    /**
     * Closes the pending edges back to their first point and makes them a wire.
     * @example Workplane().lineTo(2, 0).lineTo(0, 2).close().extrude(1)
     */
    close(...args: WorkplaneArgs["close"]): WorkplaneImpl;
    /**
     * Makes the pending edges a wire (open or closed).
     * @example Workplane().lineTo(2, 0).lineTo(0, 2).lineTo(0, 0).wire().extrude(1)
     */
    wire(...args: WorkplaneArgs["wire"]): WorkplaneImpl;
    /**
     * An interpolating spline through local points (CadQuery's `spline`): optional end or per-point
     * tangents, periodic, explicit parameters.
     * @example Workplane().spline([[0, 0], [1, 1], [2, 0]]).close().extrude(1)
     */
    spline(...args: WorkplaneArgs["spline"]): WorkplaneImpl;
    /**
     * An approximating B-spline near the points (smoothed by default; `smoothing: null` turns it off).
     * @example Workplane().splineApprox([[0, 0], [1, 1], [2, 0.5], [3, 1]]).lineTo(3, -1).lineTo(0, -1).close().extrude(1)
     */
    splineApprox(...args: WorkplaneArgs["splineApprox"]): WorkplaneImpl;
    /**
     * A B-spline face approximating `func(u, v)` for u, v from `start` to `stop` ((N+1)² samples, in
     * the workplane's coordinates), as CadQuery 2.5's `parametricSurface`; the face is the new stack.
     * @example Workplane().parametricSurface((u, v) => [u, v, 0]).val().Area() // 1
     */
    parametricSurface(...args: WorkplaneArgs["parametricSurface"]): WorkplaneImpl;
    /**
     * A curve through `func(t)` for t from `start` to `stop` (N+1 samples), approximated by a
     * B-spline; a wire by default.
     * @example Workplane().parametricCurve((t) => [Math.cos(2 * Math.PI * t), Math.sin(2 * Math.PI * t)]).extrude(1)
     */
    parametricCurve(...args: WorkplaneArgs["parametricCurve"]): WorkplaneImpl;
    /**
     * A Bézier curve with the given local control points.
     * @example Workplane().bezier([[0, 0], [1, 2], [2, 0]]).close().extrude(1)
     */
    bezier(...args: WorkplaneArgs["bezier"]): WorkplaneImpl;
    /** A closed ellipse at each stack point. @example Workplane().ellipse(4, 2).extrude(1) */
    ellipse(...args: WorkplaneArgs["ellipse"]): WorkplaneImpl;
    /**
     * An arc of an ellipse from `angle1` to `angle2` degrees, starting at the current point by default.
     * @example Workplane().ellipseArc(2, 1, { angle1: 0, angle2: 180 }).close().extrude(1)
     */
    ellipseArc(...args: WorkplaneArgs["ellipseArc"]): WorkplaneImpl;
    /** A slot of overall `length` and width `diameter` at each stack point. @example Workplane().slot2D(10, 4).extrude(1) */
    slot2D(...args: WorkplaneArgs["slot2D"]): WorkplaneImpl;
    /**
     * An arc to `endPoint` bulging by `sag` (left of the chord when positive).
     * @example Workplane().lineTo(2, 0).sagittaArc([0, 0], 1).close().extrude(1)
     */
    sagittaArc(...args: WorkplaneArgs["sagittaArc"]): WorkplaneImpl;
    /**
     * An arc of `radius` to `endPoint`: positive bulges to the left of the chord, negative to the right.
     * @example Workplane().lineTo(2, 0).radiusArc([0, 0], 1).close().extrude(1)
     */
    radiusArc(...args: WorkplaneArgs["radiusArc"]): WorkplaneImpl;
    /**
     * An arc tangent to the last edge, to `endpoint` (relative to the current point by default).
     * @example Workplane().lineTo(2, 0).tangentArcPoint([0, 2]).close().extrude(1)
     */
    tangentArcPoint(...args: WorkplaneArgs["tangentArcPoint"]): WorkplaneImpl;
    /**
     * A line of `distance` at `angle` degrees from the local x axis, from the current point.
     * @example Workplane().polarLine(2, 45).lineTo(2, 0).close().extrude(1)
     */
    polarLine(...args: WorkplaneArgs["polarLine"]): WorkplaneImpl;
    /**
     * A line from the current point to the point at `distance` and `angle` degrees from the origin.
     * @example Workplane().polarLineTo(2, 45).lineTo(2, 0).close().extrude(1)
     */
    polarLineTo(...args: WorkplaneArgs["polarLineTo"]): WorkplaneImpl;
    /**
     * Mirrors the drawn outline about the local x axis and joins both halves.
     * @example Workplane().vLine(1).hLine(0.5).vLineTo(0).mirrorX().extrude(1)
     */
    mirrorX(...args: WorkplaneArgs["mirrorX"]): WorkplaneImpl;
    /**
     * Mirrors the drawn outline about the local y axis and joins both halves.
     * @example Workplane().lineTo(0, 2).lineTo(1, 2).lineTo(2, 0).mirrorY().extrude(1)
     */
    mirrorY(...args: WorkplaneArgs["mirrorY"]): WorkplaneImpl;
    /** Offsets the pending closed outlines by `d` (outwards when positive). @example Workplane().rect(4, 2).offset2D(1).extrude(1) */
    offset2D(...args: WorkplaneArgs["offset2D"]): WorkplaneImpl;
    /**
     * Joins the pending edges and wires into as few wires as possible.
     * @example Workplane().lineTo(0, 1).lineTo(1, 1).consolidateWires().size() // 1
     */
    consolidateWires(...args: WorkplaneArgs["consolidateWires"]): WorkplaneImpl;
    /**
     * Puts the wires and edges on the stack back into the pending lists.
     * @example Workplane().box(4, 2, 1).faces(">Z").edges().toPending().offset2D(-0.5, { forConstruction: true }).vertices().hole(0.2)
     */
    toPending(...args: WorkplaneArgs["toPending"]): WorkplaneImpl;
    /**
     * Places the sketches' faces at each stack point (the plane origin if the stack is empty),
     * ready to extrude, cut or loft.
     * @example Workplane().placeSketch(Sketch().rect(10, 6).vertices().fillet(1)).extrude(2)
     */
    placeSketch(...args: WorkplaneArgs["placeSketch"]): WorkplaneImpl;
    /**
     * A new Sketch on this Workplane's points; `finalize()` brings it back placed.
     * @example Workplane().box(10, 10, 2).faces(">Z").sketch().circle(2).finalize().cutBlind(-1)
     */
    sketch(...args: WorkplaneArgs["sketch"]): Sketch;
    /**
     * Extrudes the pending wires along the plane normal by a distance, or up to a face of the solid
     * in context: `"next"`, `"last"` or a given Face (OCCT's BRepFeat_MakeDPrism, as CadQuery).
     * @example .rect(10, 5).extrude(2)
     * @example Workplane().box(10, 10, 10).faces("<Z").workplane().rect(2, 2).extrude("last")
     */
    extrude(...args: WorkplaneArgs["extrude"]): WorkplaneImpl;
    /**
     * Extrudes the pending wires along the normal while rotating them by `angleDegrees`.
     * @example Workplane().rect(10, 10).twistExtrude(10, 45)
     */
    twistExtrude(...args: WorkplaneArgs["twistExtrude"]): WorkplaneImpl;
    /**
     * A solid through the pending wires (or the stack's faces) in order; smooth unless `ruled`.
     * @example Workplane().rect(4, 4).workplane({ offset: 3 }).circle(1).loft()
     */
    loft(...args: WorkplaneArgs["loft"]): WorkplaneImpl;
    /**
     * Sweeps the pending outlines along `path` (a Workplane with a wire or edges, or a wire/edge).
     * `sweepAlongWires`, deprecated in CadQuery, stands for `multisection` when given.
     * @example Workplane("XY").circle(1).sweep(Workplane("XZ").spline([[0, 0], [2, 5], [0, 10]]))
     */
    sweep(...args: WorkplaneArgs["sweep"]): WorkplaneImpl;
    /**
     * A surface through a boundary (points, edges or a Workplane's edges) and extra points,
     * thickened when `thickness` > 0, at each stack point.
     * @example Workplane().interpPlate([[0, 0, 0], [10, 0, 0], [10, 10, 0], [0, 10, 0]], [[5, 5, 2]], { thickness: 0.5 })
     */
    interpPlate(...args: WorkplaneArgs["interpPlate"]): WorkplaneImpl;
    /**
     * Text `fontsize` high, extruded by `distance` and, as CadQuery, cut from the solid by default
     * (`cut: false` with `combine: true` embosses; in partforge `combine` given without `cut`
     * decides alone). Fonts: the bundled DejaVu families.
     * @example Workplane().box(40, 15, 4).faces(">Z").workplane().text("partforge", 5, -1)
     */
    text(...args: WorkplaneArgs["text"]): WorkplaneImpl;
    /**
     * Revolves the pending wires about an axis in the plane (default: the plane's y axis).
     * @example Workplane("XY").rect(2, 4, false).revolve(360, [0, 0], [0, 1])
     */
    revolve(...args: WorkplaneArgs["revolve"]): WorkplaneImpl;
    /**
     * Cuts the pending wires into the solid by `until` along the normal (negative: against it),
     * optionally tapered, or up to a face: `"next"`, `"last"` or a given Face.
     * @example Workplane().box(10, 10, 4).faces(">Z").workplane().rect(4, 4).cutBlind(-2)
     */
    cutBlind(...args: WorkplaneArgs["cutBlind"]): WorkplaneImpl;
    /**
     * Cuts the pending wires through the whole solid, both ways along the normal; `taper` leans the
     * sides (degrees), as CadQuery's `cutThruAll` (OCCT's BRepFeat_MakeDPrism through all).
     * @example Workplane().box(10, 10, 4).faces(">Z").workplane().circle(2).cutThruAll()
     */
    cutThruAll(...args: WorkplaneArgs["cutThruAll"]): WorkplaneImpl;
    /**
     * A hole at each stack point, into the solid (through all unless `depth`).
     * @example Workplane().box(10, 10, 4).faces(">Z").workplane().hole(3)
     */
    hole(...args: WorkplaneArgs["hole"]): WorkplaneImpl;
    /**
     * A counterbored hole at each stack point (through all unless `depth`).
     * @example Workplane().box(10, 10, 4).faces(">Z").workplane().cboreHole(3, 6, 1)
     */
    cboreHole(...args: WorkplaneArgs["cboreHole"]): WorkplaneImpl;
    /**
     * A countersunk hole at each stack point (`cskAngle` in degrees; partforge defaults it to 82).
     * @example Workplane().box(10, 10, 4).faces(">Z").workplane().cskHole(3, 6, 82)
     */
    cskHole(...args: WorkplaneArgs["cskHole"]): WorkplaneImpl;
    /** @example Workplane().box(4, 4, 1).union(Workplane().cylinder(3, 1)) */
    union(...args: WorkplaneArgs["union"]): WorkplaneImpl;
    /** @example Workplane().box(4, 4, 1).cut(Workplane().cylinder(3, 1)) */
    cut(...args: WorkplaneArgs["cut"]): WorkplaneImpl;
    /** @example Workplane().box(4, 4, 4).intersect(Workplane().sphere(2.5)) */
    intersect(...args: WorkplaneArgs["intersect"]): WorkplaneImpl;
    /**
     * Fuses the stack's solids into one (CadQuery's `combine`).
     * @example Workplane().pushPoints([[0, 0], [1, 0]]).box(2, 2, 2, { combine: false }).combine()
     */
    combine(...args: WorkplaneArgs["combine"]): WorkplaneImpl;
    /**
     * Merges coplanar faces and collinear edges of the stack's solids.
     * @example Workplane().box(2, 2, 2).union(Workplane().box(4, 2, 2), { clean: false }).clean()
     */
    clean(...args: WorkplaneArgs["clean"]): WorkplaneImpl;
    /**
     * Splits the solid by the workplane, keeping the top, the bottom or both; or by a Workplane/shape.
     * @example Workplane().box(2, 2, 2).faces(">Y").workplane({ offset: -1 }).split({ keepTop: true })
     */
    split(...args: WorkplaneArgs["split"]): WorkplaneImpl;
    /**
     * The cross-section of the solid by the workplane moved `height` along its normal.
     * @example Workplane().box(2, 4, 6).section(1).val().Area() // 8
     */
    section(...args: WorkplaneArgs["section"]): WorkplaneImpl;
    /**
     * Cuts the solid `fcn(location)` returns at each stack point from the solid in context.
     * @example Workplane().box(10, 10, 2).faces(">Z").workplane().rarray(4, 4, 2, 2).cutEach((loc) => Workplane().box(1, 1, 4).val().moved(loc))
     */
    cutEach(...args: WorkplaneArgs["cutEach"]): WorkplaneImpl;
    /** @example Workplane().box(1, 1, 1).translate([0, 0, 5]) */
    translate(...args: WorkplaneArgs["translate"]): WorkplaneImpl;
    /**
     * Rotates the stack's shapes about the axis from `axisStartPoint` to `axisEndPoint` (world coordinates).
     * @example Workplane().box(1, 1, 5).rotate([0, 0, 0], [1, 0, 0], 90)
     */
    rotate(...args: WorkplaneArgs["rotate"]): WorkplaneImpl;
    /**
     * Rotates each stack shape about an axis through its own centre along `axisEndPoint`.
     * @example Workplane().pushPoints([[5, 0]]).box(2, 4, 1).rotateAboutCenter([0, 0, 1], 90)
     */
    rotateAboutCenter(...args: WorkplaneArgs["rotateAboutCenter"]): WorkplaneImpl;
    /**
     * Mirrors the stack's shapes (or the solid in context) through a plane.
     * @example Workplane().box(1, 1, 1).mirror("XY", [0, 0, 0.5], { union: true })
     */
    mirror(...args: WorkplaneArgs["mirror"]): WorkplaneImpl;
    /** Rounds the selected edges (or the edges of the selected faces). @example .edges("|Z").fillet(2) */
    fillet(...args: WorkplaneArgs["fillet"]): WorkplaneImpl;
    /**
     * Bevels the selected edges, symmetric or with two lengths.
     * @example Workplane().box(4, 4, 2).edges(">Z").chamfer(0.5)
     */
    chamfer(...args: WorkplaneArgs["chamfer"]): WorkplaneImpl;
    /**
     * Hollows the solid, opening the selected faces; negative thickness shells inwards.
     * @example Workplane().box(4, 4, 4).faces(">Z").shell(-0.5)
     */
    shell(...args: WorkplaneArgs["shell"]): WorkplaneImpl;
    toString(): string;
}
/** Callable with or without `new`, as CadQuery's `Workplane("XY")` reads in a script. */
export interface WorkplaneFactory {
    (...args: WorkplaneArgs["__init__"]): WorkplaneImpl;
    new (...args: WorkplaneArgs["__init__"]): WorkplaneImpl;
    readonly prototype: WorkplaneImpl;
}
/** Makes a new Workplane: `Workplane("XY")`, `Workplane("XZ", { origin: [0, 0, 5] })`. */
export declare const Workplane: WorkplaneFactory;
export type Workplane = WorkplaneImpl;
export { Vector };
