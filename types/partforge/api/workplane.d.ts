import { Location } from "./location.ts";
import { Plane } from "./plane.ts";
import { type Shape } from "./shape.ts";
import { Vector, type VectorLike } from "./vector.ts";
import type { Selector } from "./selectors/index.ts";
import * as context from "./ops/context.ts";
import * as primitives from "./ops/primitives.ts";
import * as profiles from "./ops/profiles.ts";
import * as curves from "./ops/curves.ts";
import * as sweeps from "./ops/sweeps.ts";
import * as cutting from "./ops/cutting.ts";
import type { OffsetJoin } from "../kernel/index.ts";
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
    constructor(plane?: PlaneLike, options?: {
        origin?: VectorLike;
    });
    /** A new Workplane on the same plane holding `objects`, with this one as parent. */
    newObject(objects: readonly StackItem[]): WorkplaneImpl;
    /** The current plane. */
    get plane(): Plane;
    /** The objects on the stack. */
    get objects(): readonly StackItem[];
    get parent(): WorkplaneImpl | undefined;
    /** The first object on the stack. */
    val(): StackItem;
    /** All objects on the stack. */
    vals(): StackItem[];
    /** How many objects are on the stack. */
    size(): number;
    /** The Workplane `n` steps back in the chain. */
    end(n?: number): WorkplaneImpl;
    first(): WorkplaneImpl;
    last(): WorkplaneImpl;
    /** A Workplane holding only the `index`-th stack object (negative counts from the end). */
    item(index: number): WorkplaneImpl;
    /** Adds shapes, locations, or another Workplane's stack, to this stack. */
    add(items: WorkplaneImpl | StackItem | readonly StackItem[]): WorkplaneImpl;
    /** Names this Workplane so `workplaneFromTagged`, selectors' `tag` option and `end` can find it. */
    tag(name: string): WorkplaneImpl;
    /** A new Workplane on the plane of the one tagged `name`, continuing this chain. */
    workplaneFromTagged(name: string): WorkplaneImpl;
    /** The first solid (or compound of the stack's solids) found on this stack or up the chain. */
    findSolid(): Shape;
    /** Length of the bounding box diagonal of the solid in context. */
    largestDimension(): number;
    /** Calls `callback` with each stack object and collects the results on a new stack. */
    each(callback: (item: StackItem) => StackItem | readonly StackItem[]): WorkplaneImpl;
    /**
     * Calls `arg(location)` at each stack point (the plane origin if empty), or moves a shape (or
     * a Workplane's shapes) built at the origin to each point; `combine` fuses or cuts the results.
     * @example Workplane().rect(10, 10, { forConstruction: true }).vertices().eachpoint(Workplane().circle(1).val()).extrude(1)
     */
    eachpoint(arg: context.EachpointArg, options?: context.EachpointOptions): WorkplaneImpl;
    /**
     * A new workplane on the selected face(s) (or parallel to the current one), CadQuery's
     * `workplane(offset, invert, centerOption, origin)`. The offset may also come first, as
     * CadQuery's positional `workplane(5.0)`.
     * @example Workplane().box(10, 10, 10).faces(">Z").workplane({ offset: 2 })
     */
    workplane(offsetOrOptions?: number | {
        offset?: number;
        invert?: boolean;
        centerOption?: string;
        origin?: VectorLike;
    }, options?: {
        invert?: boolean;
        centerOption?: string;
        origin?: VectorLike;
    }): WorkplaneImpl;
    /** A workplane rotated (degrees about local x, y, z) and moved (local offset). */
    transformed(options?: {
        rotate?: VectorLike;
        offset?: VectorLike;
    }): WorkplaneImpl;
    /** Moves the workplane origin to local (x, y). */
    center(x: number, y: number): WorkplaneImpl;
    /** Puts points (local coordinates) or Locations on the stack. */
    pushPoints(pointList: readonly (VectorLike | Location)[]): WorkplaneImpl;
    /** A rectangular array of points, centred on the origin by default. */
    rarray(xSpacing: number, ySpacing: number, xCount: number, yCount: number, options?: {
        center?: boolean | boolean[];
    }): WorkplaneImpl;
    /** Points on a circle, rotated to face outwards by default. */
    polarArray(radius: number, startAngle: number, angle: number, count: number, options?: {
        fill?: boolean;
        rotate?: boolean;
    }): WorkplaneImpl;
    /** Faces of the stack objects, filtered by a selector. @example .faces(">Z") */
    faces(selector?: SelectorLike, options?: {
        tag?: string;
    }): WorkplaneImpl;
    /** Edges of the stack objects, filtered by a selector. @example .edges("|Z") */
    edges(selector?: SelectorLike, options?: {
        tag?: string;
    }): WorkplaneImpl;
    vertices(selector?: SelectorLike, options?: {
        tag?: string;
    }): WorkplaneImpl;
    wires(selector?: SelectorLike, options?: {
        tag?: string;
    }): WorkplaneImpl;
    shells(selector?: SelectorLike, options?: {
        tag?: string;
    }): WorkplaneImpl;
    solids(selector?: SelectorLike, options?: {
        tag?: string;
    }): WorkplaneImpl;
    /** A box at each stack point, centred by default. @example Workplane().box(10, 20, 5) */
    box(length: number, width: number, height: number, options?: primitives.PrimitiveOptions): WorkplaneImpl;
    /** A cylinder at each stack point along the plane normal, centred by default. */
    cylinder(height: number, radius: number, options?: primitives.CylinderOptions): WorkplaneImpl;
    /** A sphere at each stack point. */
    sphere(radius: number, options?: primitives.SphereOptions): WorkplaneImpl;
    /**
     * A rectangle at each stack point, centred by default (`centered` may also be passed
     * positionally, as CadQuery's `rect(x, y, False)`). Negative lengths grow the other way.
     * @example Workplane().rect(10, 20).extrude(5)
     */
    rect(xLen: number, yLen: number, options?: boolean | boolean[] | {
        centered?: boolean | boolean[];
        forConstruction?: boolean;
    }): WorkplaneImpl;
    circle(radius: number, options?: {
        forConstruction?: boolean;
    }): WorkplaneImpl;
    /** A regular polygon of `nSides` inscribed in a circle of `diameter` (or circumscribed). */
    polygon(nSides: number, diameter: number, options?: {
        forConstruction?: boolean;
        circumscribed?: boolean;
    }): WorkplaneImpl;
    /** Lines through local points; call `close()` to make a closed wire. */
    polyline(pointList: readonly VectorLike[], options?: {
        forConstruction?: boolean;
        includeCurrent?: boolean;
    }): WorkplaneImpl;
    moveTo(x?: number, y?: number): WorkplaneImpl;
    move(xDist?: number, yDist?: number): WorkplaneImpl;
    lineTo(x: number, y: number, options?: {
        forConstruction?: boolean;
    }): WorkplaneImpl;
    line(xDist: number, yDist: number, options?: {
        forConstruction?: boolean;
    }): WorkplaneImpl;
    hLine(distance: number, options?: {
        forConstruction?: boolean;
    }): WorkplaneImpl;
    vLine(distance: number, options?: {
        forConstruction?: boolean;
    }): WorkplaneImpl;
    hLineTo(x: number, options?: {
        forConstruction?: boolean;
    }): WorkplaneImpl;
    vLineTo(y: number, options?: {
        forConstruction?: boolean;
    }): WorkplaneImpl;
    /** An arc from the current point through `point1` to `point2` (local coordinates). */
    threePointArc(point1: VectorLike, point2: VectorLike, options?: {
        forConstruction?: boolean;
    }): WorkplaneImpl;
    /** Closes the pending edges back to their first point and makes them a wire. */
    close(): WorkplaneImpl;
    /** Makes the pending edges a wire (open or closed). */
    wire(options?: {
        forConstruction?: boolean;
    }): WorkplaneImpl;
    /**
     * An interpolating spline through local points (CadQuery's `spline`): optional end or per-point
     * tangents, periodic, explicit parameters.
     * @example Workplane().spline([[0, 0], [1, 1], [2, 0]]).close().extrude(1)
     */
    spline(listOfXYTuple: readonly VectorLike[], options?: curves.SplineOptions): WorkplaneImpl;
    /** An approximating B-spline near the points (smoothed by default). */
    splineApprox(points: readonly VectorLike[], options?: {
        tol?: number;
        minDeg?: number;
        maxDeg?: number;
        smoothing?: [number, number, number] | null;
        forConstruction?: boolean;
        includeCurrent?: boolean;
        makeWire?: boolean;
    }): WorkplaneImpl;
    /**
     * A curve through `func(t)` for t from `start` to `stop` (N+1 samples), approximated by a
     * B-spline; a wire by default.
     * @example Workplane().parametricCurve((t) => [Math.cos(2 * Math.PI * t), Math.sin(2 * Math.PI * t)]).extrude(1)
     */
    parametricCurve(func: (t: number) => VectorLike, options?: {
        N?: number;
        start?: number;
        stop?: number;
        tol?: number;
        minDeg?: number;
        maxDeg?: number;
        smoothing?: [number, number, number] | null;
        makeWire?: boolean;
    }): WorkplaneImpl;
    /** A Bézier curve with the given local control points. */
    bezier(points: readonly VectorLike[], options?: {
        forConstruction?: boolean;
        includeCurrent?: boolean;
        makeWire?: boolean;
    }): WorkplaneImpl;
    /** A closed ellipse at each stack point. @example Workplane().ellipse(4, 2).extrude(1) */
    ellipse(xRadius: number, yRadius: number, options?: {
        rotation_angle?: number;
        forConstruction?: boolean;
    }): WorkplaneImpl;
    /** An arc of an ellipse from `angle1` to `angle2` degrees, starting at the current point by default. */
    ellipseArc(xRadius: number, yRadius: number, options?: curves.EllipseArcOptions): WorkplaneImpl;
    /** A slot of overall `length` and width `diameter` at each stack point. @example Workplane().slot2D(10, 4).extrude(1) */
    slot2D(length: number, diameter: number, angle?: number): WorkplaneImpl;
    /** An arc to `endPoint` bulging by `sag` (left of the chord when positive). */
    sagittaArc(endPoint: VectorLike, sag: number, options?: {
        forConstruction?: boolean;
    }): WorkplaneImpl;
    /** An arc of `radius` to `endPoint`: positive bulges to the left of the chord, negative to the right. */
    radiusArc(endPoint: VectorLike, radius: number, options?: {
        forConstruction?: boolean;
    }): WorkplaneImpl;
    /** An arc tangent to the last edge, to `endpoint` (relative to the current point by default). */
    tangentArcPoint(endpoint: VectorLike, options?: {
        forConstruction?: boolean;
        relative?: boolean;
    }): WorkplaneImpl;
    /** A line of `distance` at `angle` degrees from the local x axis, from the current point. */
    polarLine(distance: number, angle: number, options?: {
        forConstruction?: boolean;
    }): WorkplaneImpl;
    /** A line from the current point to the point at `distance` and `angle` degrees from the origin. */
    polarLineTo(distance: number, angle: number, options?: {
        forConstruction?: boolean;
    }): WorkplaneImpl;
    /** Mirrors the drawn outline about the local x axis and joins both halves. */
    mirrorX(): WorkplaneImpl;
    /**
     * Mirrors the drawn outline about the local y axis and joins both halves.
     * @example Workplane().lineTo(0, 2).lineTo(1, 2).lineTo(2, 0).mirrorY().extrude(1)
     */
    mirrorY(): WorkplaneImpl;
    /** Offsets the pending closed outlines by `d` (outwards when positive). @example Workplane().rect(4, 2).offset2D(1).extrude(1) */
    offset2D(d: number, options?: {
        kind?: OffsetJoin;
        forConstruction?: boolean;
    }): WorkplaneImpl;
    /** Joins the pending edges and wires into as few wires as possible. */
    consolidateWires(): WorkplaneImpl;
    /** Puts the wires and edges on the stack back into the pending lists. */
    toPending(): WorkplaneImpl;
    /**
     * Places the sketches' faces at each stack point (the plane origin if the stack is empty),
     * ready to extrude, cut or loft.
     * @example Workplane().placeSketch(Sketch().rect(10, 6).vertices().fillet(1)).extrude(2)
     */
    placeSketch(...sketches: Sketch[]): WorkplaneImpl;
    /** A new Sketch on this Workplane's points; `finalize()` brings it back placed. */
    sketch(): Sketch;
    /** Extrudes the pending wires along the plane normal. @example .rect(10, 5).extrude(2) */
    extrude(distance: number, options?: profiles.ExtrudeOptions): WorkplaneImpl;
    /**
     * Extrudes the pending wires along the normal while rotating them by `angleDegrees`.
     * @example Workplane().rect(10, 10).twistExtrude(10, 45)
     */
    twistExtrude(distance: number, angleDegrees: number, options?: {
        combine?: boolean | "a" | "s" | "cut";
        clean?: boolean;
    }): WorkplaneImpl;
    /**
     * A solid through the pending wires (or the stack's faces) in order; smooth unless `ruled`.
     * @example Workplane().rect(4, 4).workplane({ offset: 3 }).circle(1).loft()
     */
    loft(options?: {
        ruled?: boolean;
        combine?: boolean | "a" | "s" | "cut";
        clean?: boolean;
    }): WorkplaneImpl;
    /**
     * Sweeps the pending outlines along `path` (a Workplane with a wire or edges, or a wire/edge).
     * @example Workplane("XY").circle(1).sweep(Workplane("XZ").spline([[0, 0], [2, 5], [0, 10]]))
     */
    sweep(path: WorkplaneImpl | Shape, options?: sweeps.SweepOptions): WorkplaneImpl;
    /**
     * A surface through a boundary (points, edges or a Workplane's edges) and extra points,
     * thickened when `thickness` > 0, at each stack point.
     */
    interpPlate(surfEdges: readonly VectorLike[] | readonly Shape[] | WorkplaneImpl, surfPts?: readonly VectorLike[], options?: sweeps.InterpPlateOptions): WorkplaneImpl;
    /** Revolves the pending wires about an axis in the plane (default: the plane's y axis). */
    revolve(angleDegrees?: number, axisStartOrOptions?: VectorLike | profiles.RevolveOptions, axisEnd?: VectorLike, options?: profiles.RevolveOptions): WorkplaneImpl;
    /** Cuts the pending wires into the solid by `depth` along the normal (negative: against it), optionally tapered. */
    cutBlind(depth: number, options?: {
        clean?: boolean;
        both?: boolean;
        taper?: number;
    }): WorkplaneImpl;
    /** Cuts the pending wires through the whole solid, both ways along the normal. */
    cutThruAll(options?: {
        clean?: boolean;
    }): WorkplaneImpl;
    /** A hole at each stack point, into the solid (through all unless `depth`). */
    hole(diameter: number, depth?: number, options?: {
        clean?: boolean;
    }): WorkplaneImpl;
    /** A counterbored hole at each stack point. */
    cboreHole(diameter: number, cboreDiameter: number, cboreDepth: number, depth?: number, options?: {
        clean?: boolean;
    }): WorkplaneImpl;
    /** A countersunk hole at each stack point (`cskAngle` in degrees, default 82). */
    cskHole(diameter: number, cskDiameter: number, cskAngle?: number, depth?: number, options?: {
        clean?: boolean;
    }): WorkplaneImpl;
    union(other?: WorkplaneImpl | Shape, options?: {
        clean?: boolean;
    }): WorkplaneImpl;
    cut(other: WorkplaneImpl | Shape, options?: {
        clean?: boolean;
    }): WorkplaneImpl;
    intersect(other: WorkplaneImpl | Shape, options?: {
        clean?: boolean;
    }): WorkplaneImpl;
    /** Fuses the stack's solids into one (CadQuery's `combine`). */
    combine(options?: {
        clean?: boolean;
    }): WorkplaneImpl;
    /** Merges coplanar faces and collinear edges of the stack's solids. */
    clean(): WorkplaneImpl;
    /**
     * Splits the solid by the workplane, keeping the top, the bottom or both; or by a Workplane/shape.
     * @example Workplane().box(2, 2, 2).faces(">Y").workplane({ offset: -1 }).split({ keepTop: true })
     */
    split(arg?: cutting.SplitOptions | WorkplaneImpl | Shape): WorkplaneImpl;
    /** The cross-section of the solid by the workplane moved `height` along its normal. */
    section(height?: number): WorkplaneImpl;
    /** Cuts the solid `fn(location)` returns at each stack point from the solid in context. */
    cutEach(fn: (location: Location) => StackItem, options?: {
        clean?: boolean;
    }): WorkplaneImpl;
    translate(vector: VectorLike): WorkplaneImpl;
    /** Rotates the stack's shapes about the axis from `axisStart` to `axisEnd` (world coordinates). */
    rotate(axisStart: VectorLike, axisEnd: VectorLike, angleDegrees: number): WorkplaneImpl;
    /** Rotates each stack shape about an axis through its own centre along `axisEndPoint`. */
    rotateAboutCenter(axisEndPoint: VectorLike, angleDegrees: number): WorkplaneImpl;
    /** Mirrors the stack's shapes (or the solid in context) through a plane. */
    mirror(mirrorPlane?: string | VectorLike | Shape | WorkplaneImpl, basePoint?: VectorLike, options?: {
        union?: boolean;
    }): WorkplaneImpl;
    /** Rounds the selected edges (or the edges of the selected faces). @example .edges("|Z").fillet(2) */
    fillet(radius: number): WorkplaneImpl;
    /** Bevels the selected edges, symmetric or with two lengths. */
    chamfer(length: number, length2?: number): WorkplaneImpl;
    /** Hollows the solid, opening the selected faces; negative thickness shells inwards. */
    shell(thickness: number, options?: {
        kind?: "arc" | "intersection";
    }): WorkplaneImpl;
    toString(): string;
}
/** Callable with or without `new`, as CadQuery's `Workplane("XY")` reads in a script. */
export interface WorkplaneFactory {
    (plane?: PlaneLike, options?: {
        origin?: VectorLike;
    }): WorkplaneImpl;
    new (plane?: PlaneLike, options?: {
        origin?: VectorLike;
    }): WorkplaneImpl;
    readonly prototype: WorkplaneImpl;
}
/** Makes a new Workplane: `Workplane("XY")`, `Workplane("XZ", { origin: [0, 0, 5] })`. */
export declare const Workplane: WorkplaneFactory;
export type Workplane = WorkplaneImpl;
export { Vector };
