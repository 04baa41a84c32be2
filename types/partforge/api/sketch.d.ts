import { Location } from "./location.ts";
import { type Shape } from "./shape.ts";
import type { SketchArgs } from "./signatures/generated.ts";
/** How new faces meet the sketch: add, subtract, intersect, replace, or construction only. */
export type SketchMode = "a" | "s" | "i" | "r" | "c";
export declare class SketchImpl {
    #private;
    /** An empty Sketch; scripts write `Sketch()`. */
    constructor();
    /** Sets the selection to these locations (points or Locations). @example Sketch().push([[0, 0], [5, 0]]).circle(1) */
    push(...args: SketchArgs["push"]): Sketch;
    /**
     * A centred grid of `nx` × `ny` locations spaced `xs`, `ys`, around each selected location.
     * @example Sketch().rarray(3, 3, 2, 2).circle(1)
     */
    rarray(...args: SketchArgs["rarray"]): Sketch;
    /**
     * `n` locations on a circle of radius `r` from `a1` over `da` degrees, turned outwards unless `rotate` is false.
     * @example Sketch().parray(5, 0, 360, 6).rect(1, 2)
     */
    parray(...args: SketchArgs["parray"]): Sketch;
    /**
     * `n` locations along each selected edge or wire, from `start` to `stop` (fractions of its
     * length; a whole closed curve gets `n` evenly spaced ones), turned with the curve (x towards
     * a circle's centre) unless `rotate` is false.
     * @example Sketch().circle(2).wires().distribute(6).circle(0.3, { mode: "s" })
     */
    distribute(...args: SketchArgs["distribute"]): Sketch;
    /**
     * Places `made(location)` at each location and combines the faces with the sketch by `mode`.
     * `ignore_selection` places once at the origin.
     * @example Sketch().push([[0, 0], [4, 0]]).each((loc) => Sketch().rect(2, 1).moved(loc).facesShape()!)
     */
    each(...args: SketchArgs["each"]): Sketch;
    /**
     * Places a face (from a wire, edges, a shape's faces or another Sketch) at each location.
     * @example Sketch().face(Workplane().rect(2, 1).val() as Shape)
     */
    face(...args: SketchArgs["face"]): Sketch;
    /** A `w` × `h` rectangle centred on each location. @example Sketch().rect(4, 2) */
    rect(...args: SketchArgs["rect"]): Sketch;
    /**
     * A circle of radius `r` at each location.
     * @example Sketch().circle(2)
     */
    circle(...args: SketchArgs["circle"]): Sketch;
    /**
     * An ellipse with semi-axes `a1` (along x) and `a2` at each location.
     * @example Sketch().ellipse(3, 1)
     */
    ellipse(...args: SketchArgs["ellipse"]): Sketch;
    /**
     * An isosceles (or, with `a2`, general) trapezoid of base `w`, height `h` and base angle `a1`.
     * @example Sketch().trapezoid(4, 1, 60)
     */
    trapezoid(...args: SketchArgs["trapezoid"]): Sketch;
    /**
     * A slot: a `w` long straight part between half circles of diameter `h`.
     * @example Sketch().slot(4, 1)
     */
    slot(...args: SketchArgs["slot"]): Sketch;
    /**
     * A regular polygon of `n` sides inscribed in a circle of radius `r`, a corner on +y.
     * @example Sketch().regularPolygon(2, 6)
     */
    regularPolygon(...args: SketchArgs["regularPolygon"]): Sketch;
    /**
     * A polygon through the points (closed automatically).
     * @example Sketch().polygon([[0, 0], [2, 0], [1, 2]])
     */
    polygon(...args: SketchArgs["polygon"]): Sketch;
    /** @example Sketch().rect(4, 2).vertices(">X").fillet(0.5) */
    vertices(...args: SketchArgs["vertices"]): Sketch;
    /** @example Sketch().rect(4, 2).edges(">Y") */
    edges(...args: SketchArgs["edges"]): Sketch;
    /** @example Sketch().rect(4, 2).wires().offset(0.5) */
    wires(...args: SketchArgs["wires"]): Sketch;
    /** @example Sketch().push([[0, 0], [5, 0]]).rect(2, 2).reset().faces(">X").delete() */
    faces(...args: SketchArgs["faces"]): Sketch;
    /**
     * Names the current selection.
     * @example Sketch().rect(4, 2).edges(">Y").tag("top").reset().select("top")
     */
    tag(...args: SketchArgs["tag"]): Sketch;
    /**
     * Selects what was tagged with each of `tags`.
     * @example Sketch().rect(4, 2).vertices().tag("corners").reset().select("corners").fillet(0.2)
     */
    select(...args: SketchArgs["select"]): Sketch;
    /**
     * Clears the selection.
     * @example Sketch().rect(4, 2).vertices().fillet(0.5).reset().circle(0.5, { mode: "s" })
     */
    reset(...args: SketchArgs["reset"]): Sketch;
    /**
     * The first selected object, or the sketch's faces (or first edge when it has no faces).
     * @example Sketch().rect(4, 2).val().Area() // 8
     */
    val(...args: SketchArgs["val"]): Shape | Location;
    /** @example Sketch().rect(4, 2).vertices().vals().length // 4 */
    vals(...args: SketchArgs["vals"]): (Shape | Location)[];
    /**
     * The sketch's faces as one shape (undefined when empty).
     * @example Sketch().rect(4, 2).facesShape()?.Area() // 8
     */
    facesShape(...args: SketchArgs["facesShape"]): Shape | undefined;
    /**
     * Merges coplanar faces and collinear edges.
     * @example Sketch().rect(2, 2).rect(1, 1, { mode: "a" }).clean()
     */
    clean(...args: SketchArgs["clean"]): Sketch;
    /**
     * Removes the selected faces or edges.
     * @example Sketch().push([[0, 0], [5, 0]]).rect(2, 2).reset().faces("<X").delete()
     */
    delete(...args: SketchArgs["delete"]): Sketch;
    /**
     * Offsets the selected wires by `d` and combines the faces they bound by `mode`.
     * @example Sketch().rect(4, 2).wires().offset(1, { mode: "r" })
     */
    offset(...args: SketchArgs["offset"]): Sketch;
    /**
     * Rounds the selected vertices of the faces with radius `d`.
     * @example Sketch().rect(4, 2).vertices().fillet(0.5)
     */
    fillet(...args: SketchArgs["fillet"]): Sketch;
    /**
     * Bevels the selected vertices of the faces by `d`.
     * @example Sketch().rect(4, 2).vertices().chamfer(0.5)
     */
    chamfer(...args: SketchArgs["chamfer"]): Sketch;
    /**
     * A line: `segment(p1, p2)`, `segment(p2)` from the last end, or `segment(l, a)` of length
     * `l` at `a` degrees from the last end.
     * @example Sketch().segment([0, 0], [1, 0]).segment([1, 1]).close().assemble()
     */
    segment(...args: SketchArgs["segment"]): Sketch;
    /**
     * An arc: `arc(p1, p2, p3)` through three points, `arc(p2, p3)` from the last end, or
     * `arc(c, r, a, da)` around centre `c` from angle `a` over `da` degrees.
     * @example Sketch().arc([0, 0], [1, 1], [0, 2]).close().assemble()
     */
    arc(...args: SketchArgs["arc"]): Sketch;
    /**
     * A Bézier curve through the control points.
     * @example Sketch().segment([0, 0], [2, 0]).bezier([[2, 0], [1, 2], [0, 0]]).assemble()
     */
    bezier(...args: SketchArgs["bezier"]): Sketch;
    /**
     * An interpolating spline through the points, with end tangents (two) or one per point, or
     * closed smoothly with `periodic`: `spline(pts, tangents, periodic, tag?, forConstruction?)`
     * or `spline(pts, tag?, forConstruction?)`.
     * @example Sketch().spline([[0, 0], [1, 1], [2, 0]]).close().assemble()
     */
    spline(...args: SketchArgs["spline"]): Sketch;
    /**
     * A constraint on tagged edges, applied by `solve()`: `constrain(tag, kind, arg)` for Fixed,
     * FixedPoint, Length, Radius, Orientation, ArcAngle; `constrain(tag1, tag2, kind, arg)` for
     * Coincident (end of the first on start of the second), Angle (degrees), Distance.
     * @example Sketch().segment([0, 0], [0, 3], "s1").arc([0, 3], [1.5, 1.5], [0, 0], "a1").constrain("s1", "Fixed", null).constrain("s1", "a1", "Angle", 45)
     */
    constrain(...args: SketchArgs["constrain"]): Sketch;
    /**
     * Moves the tagged lines and arcs until the constraints hold (CadQuery's `solve`), replacing
     * them in the sketch; `assemble()` then makes faces of them.
     * @example Sketch().segment([0, 0], [0, 3], "s1").arc([0, 3], [1.5, 1.5], [0, 0], "a1").constrain("s1", "Fixed", null).constrain("s1", "a1", "Coincident", null).constrain("a1", "s1", "Coincident", null).constrain("s1", "a1", "Angle", 45).solve().assemble()
     */
    solve(...args: SketchArgs["solve"]): Sketch;
    /**
     * A line from the last end back to the first start.
     * @example Sketch().segment([0, 0], [2, 0]).segment([2, 2]).close().assemble()
     */
    close(...args: SketchArgs["close"]): Sketch;
    /**
     * Makes faces of the drawn (non-construction) edges.
     * @example Sketch().segment([0, 0], [2, 0]).segment([2, 2]).close().assemble()
     */
    assemble(...args: SketchArgs["assemble"]): Sketch;
    /**
     * Back to the Workplane this sketch was started on with `Workplane.sketch()`, with the sketch
     * placed at its points.
     * @example Workplane().box(10, 10, 2).faces(">Z").sketch().circle(2).finalize().cutBlind(-1)
     */
    finalize(...args: SketchArgs["finalize"]): unknown;
    /**
     * A copy with the faces moved: by an offset `[x, y, z]`, or placed at a Location (a sketch
     * drawn around the origin lands on the Location's plane), as the faces' `moved` (their
     * geometry shared, their location set).
     * @example Workplane().placeSketch(s, s.moved([0, 0, 3])).loft()
     */
    moved(...args: SketchArgs["moved"]): SketchImpl;
    /**
     * A copy with the faces only, their location replaced by `loc` when given (CadQuery's
     * `located`: edges and selection are dropped; partforge lets `loc` be left out).
     * @example Sketch().segment([0, 0], [2, 0]).segment([2, 2]).close().assemble().located()
     */
    located(...args: SketchArgs["located"]): Sketch;
    /**
     * A face bounded by the convex hull of the selected edges, else of the faces' edges, else of
     * the drawn edges (lines and circular arcs; arcs count as their whole circles, as CadQuery's
     * hull.py does), combined by `mode`. With a selection the face is placed once, at the origin.
     * @example Sketch().arc([0, 0], 1, 0, 360).arc([1, 1.5], 0.5, 0, 360).segment([0, 2], [-1, 3]).hull()
     */
    hull(...args: SketchArgs["hull"]): Sketch;
    /**
     * A new Sketch holding this one's faces only (CadQuery's partial `copy()`: edges, selection
     * and tags are not carried over).
     * @example Sketch().rect(1, 4).circle(1).clean().copy().wires().offset(0.25)
     */
    copy(...args: SketchArgs["copy"]): Sketch;
    /**
     * Python's `s1 + s2` (CadQuery's `Sketch.__add__`): `val()` of both fused into a new Sketch.
     * @example Sketch().rect(2, 2).union(Sketch().circle(1.2))
     */
    union(...args: SketchArgs["union"]): Sketch;
    /**
     * Python's `s1 - s2` (CadQuery's `Sketch.__sub__`): `val()` of `other` cut from this one's, as a new Sketch.
     * @example Sketch().rect(2, 2).cut(Sketch().rect(1, 1, { angle: 45 }))
     */
    cut(...args: SketchArgs["cut"]): Sketch;
    /**
     * Python's `s1 * s2` (CadQuery's `Sketch.__mul__`): the common part of both `val()`s, as a new Sketch.
     * @example Sketch().rect(2, 2).intersect(Sketch().circle(1.2))
     */
    intersect(...args: SketchArgs["intersect"]): Sketch;
    /**
     * Python's `s1 / s2` (CadQuery's `Sketch.__truediv__`): this one's `val()` split by `other`'s, every piece kept.
     * @example Sketch().rect(2, 2).split(Sketch().segment([0, -2], [0, 2]))
     */
    split(...args: SketchArgs["split"]): Sketch;
    toString(): string;
}
/** Callable with or without `new`, as CadQuery's `Sketch()` reads in a script. */
export interface SketchFactory {
    (): SketchImpl;
    new (): SketchImpl;
    readonly prototype: SketchImpl;
}
/** Makes a new, empty Sketch: `Sketch().rect(10, 4)`. */
export declare const Sketch: SketchFactory;
export type Sketch = SketchImpl;
