/**
 * CadQuery's `Sketch`: 2D faces combined by modes (`a` add, `s` subtract, `i` intersect,
 * `r` replace, `c` construction), placed at pushed or arrayed locations, with selections, 2D
 * fillets and chamfers, and edge-based drawing (`segment`, `arc`, `bezier`, `close`, `assemble`).
 * Everything lives in the sketch's own XY plane; `Workplane.placeSketch` puts the faces on a
 * workplane. Unlike CadQuery's, a Sketch is immutable: each call returns a new Sketch.
 * @example Workplane().placeSketch(Sketch().rect(10, 4).vertices().fillet(1)).extrude(2)
 */
import { booleanOperation, makeBezierEdge, makeSplineEdge, makeWire, unifySameDomain } from "../kernel/index.ts";
import { PartforgeError } from "../shared/errors.ts";
import { Location } from "./location.ts";
import { apiError, positiveInteger, positiveNumber } from "./options.ts";
import { Plane } from "./plane.ts";
import { isShape, uniqueShapes, unwrapShape, wrapShape, type Shape, type ShapeKind } from "./shape.ts";
import { compileSelector, type Selector } from "./selectors/index.ts";
import { Vector, describeValue } from "./vector.ts";
import { combineIntoWires, offsetShapes } from "./ops/curves.ts";
import { wiresToFaces } from "./ops/faces.ts";
import { lineEdge, polygonWire } from "./ops/drawing.ts";
import { circleEdge, circleFace, ellipseFace, fillet2D, threePointArcEdge } from "./ops/sketchGeometry.ts";
import { convexHull } from "./ops/sketchHull.ts";
import { checkConstraint, solveTaggedEdges, type TaggedConstraint } from "./ops/sketchConstraints.ts";
import { distributeLocations } from "./ops/sketchDistribute.ts";
import { combineSketchShapes, type SketchOperator } from "./ops/sketchOperators.ts";
import { SKETCH_SIGNATURES, binderFor, type Guards } from "./signatures/index.ts";
import type { SketchArgs, SketchValues } from "./signatures/generated.ts";

/** The most locations, points or constraints one call may make (a script's sizes are bounded). */
const MAX_LOCATIONS = 10_000;

/** How new faces meet the sketch: add, subtract, intersect, replace, or construction only. */
export type SketchMode = "a" | "s" | "i" | "r" | "c";

type SelectionItem = Shape | Location;

interface SketchState {
  readonly faces: Shape | undefined;
  readonly edges: readonly Shape[];
  readonly construction: ReadonlySet<Shape>;
  readonly selection: readonly SelectionItem[] | undefined;
  readonly tags: ReadonlyMap<string, readonly SelectionItem[]>;
  /** Constraints on tagged edges, applied by `solve()`. */
  readonly constraints: readonly TaggedConstraint[];
  /** The Workplane that `Workplane.sketch()` started this sketch on (for `finalize`). */
  readonly parent: { placeSketch(...sketches: Sketch[]): unknown } | undefined;
}

const XY = Plane.named("XY");

/** Only this module holds it: a constructor call with it takes the given state, any other is an empty Sketch. */
const DERIVED = Symbol("derived Sketch");

/** Partforge's own objects a Sketch method may be given. */
const GUARDS: Guards = Object.freeze({ sketch: (value: unknown) => value instanceof SketchImpl });

const bind = binderFor<SketchValues>("Sketch", SKETCH_SIGNATURES, GUARDS);

/** Where and how a new face joins the sketch. */
interface Placement {
  /** Rotation in degrees about the location. */
  angle: number;
  mode: SketchMode;
  tag: string | undefined;
}

function emptyState(parent: SketchState["parent"]): SketchState {
  return { faces: undefined, edges: [], construction: new Set(), selection: undefined, tags: new Map(), constraints: [], parent };
}

/** @internal A new, empty Sketch started on a Workplane (`Workplane.sketch()`), which `finalize()` returns to. */
export function sketchOn(parent: NonNullable<SketchState["parent"]>): SketchImpl {
  return new SketchImpl(DERIVED, emptyState(parent));
}

function facesOf(shape: Shape | undefined): Shape[] {
  if (shape === undefined) return [];
  return shape.kind === "face" ? [shape] : shape.Faces();
}

function compound(faces: readonly Shape[]): Shape | undefined {
  if (faces.length === 0) return undefined;
  if (faces.length === 1) return faces[0]!;
  return wrapShape(booleanOperation("fuse", [unwrapShape(faces[0]!)], faces.slice(1).map(unwrapShape), { clean: false }));
}

export class SketchImpl {
  /** @internal */
  readonly state: SketchState;

  /** An empty Sketch; scripts write `Sketch()`. */
  constructor();
  /**
   * @internal The state a derived Sketch takes is passed here directly, never through a
   * variable another build could leave set.
   */
  constructor(token: unknown, state: SketchState);
  constructor(token?: unknown, state?: SketchState) {
    this.state = Object.freeze(token === DERIVED && state !== undefined ? state : emptyState(undefined));
    Object.freeze(this);
  }

  /** A Sketch with `changes` applied to this one's state (private: scripts cannot forge a state). */
  #derive(changes: Partial<SketchState>): SketchImpl {
    return new SketchImpl(DERIVED, { ...this.state, ...changes });
  }

  // --- Locations -------------------------------------------------------------------------

  /** Where new faces go: the selection's locations (shape centres), or the origin. */
  #locations(): Location[] {
    const selection = this.state.selection;
    if (selection === undefined || selection.length === 0) return [new Location(XY)];
    return selection.map((item) => (item instanceof Location ? item : Location.at(XY, item.Center())));
  }

  /** Sets the selection to these locations (points or Locations). @example Sketch().push([[0, 0], [5, 0]]).circle(1) */
  push(...args: SketchArgs["push"]): Sketch {
    const { locs, tag } = bind("push", args);
    const selection = locs.map((l) => (l instanceof Location ? l : Location.at(XY, l)));
    return this.#derive({ selection, tags: tag === undefined ? this.state.tags : new Map([...this.state.tags, [tag, selection]]) });
  }

  /**
   * A centred grid of `nx` × `ny` locations spaced `xs`, `ys`, around each selected location.
   * @example Sketch().rarray(3, 3, 2, 2).circle(1)
   */
  rarray(...args: SketchArgs["rarray"]): Sketch {
    const method = "rarray";
    const { xs, ys, nx, ny } = bind(method, args);
    positiveInteger(method, "nx", nx);
    positiveInteger(method, "ny", ny);
    const locations: Location[] = [];
    for (let i = 0; i < nx; i++) {
      for (let j = 0; j < ny; j++) {
        const offset = new Vector(i * xs - ((nx - 1) * xs) / 2, j * ys - ((ny - 1) * ys) / 2);
        for (const base of this.#locations()) locations.push(new Location(base.frame.withOrigin(base.position.add(offset))));
      }
    }
    return this.#derive({ selection: locations });
  }

  /**
   * `n` locations on a circle of radius `r` from `a1` over `da` degrees, turned outwards unless `rotate` is false.
   * @example Sketch().parray(5, 0, 360, 6).rect(1, 2)
   */
  parray(...args: SketchArgs["parray"]): Sketch {
    const method = "parray";
    const { r, a1, da, n, rotate } = bind(method, args);
    positiveInteger(method, "n", n);
    const full = Math.abs(((da % 360) + 540) % 360 - 180) < 1e-9;
    const step = full ? da / n : n > 1 ? da / (n - 1) : a1;
    const locations: Location[] = [];
    for (let i = 0; i < n; i++) {
      const phi = a1 + step * i;
      const at = new Vector(r * Math.cos((phi * Math.PI) / 180), r * Math.sin((phi * Math.PI) / 180));
      for (const base of this.#locations()) {
        const frame = rotate ? base.frame.rotatedAboutNormal(phi) : base.frame;
        locations.push(new Location(frame.withOrigin(base.position.add(at))));
      }
    }
    return this.#derive({ selection: locations });
  }

  /**
   * `n` locations along each selected edge or wire, from `start` to `stop` (fractions of its
   * length; a whole closed curve gets `n` evenly spaced ones), turned with the curve (x towards
   * a circle's centre) unless `rotate` is false.
   * @example Sketch().circle(2).wires().distribute(6).circle(0.3, { mode: "s" })
   */
  distribute(...args: SketchArgs["distribute"]): Sketch {
    const method = "distribute";
    const { n, start, stop, rotate } = bind(method, args);
    if (n < 1) apiError(method, `at least 1 element is required; got n = ${n}`);
    const selection = this.state.selection ?? [];
    if (selection.length === 0) apiError(method, "nothing is selected to distribute over; select edges or wires first, e.g. .wires().distribute(6)");
    const curves = selection.map((item) => {
      if (!isShape(item) || (item.kind !== "edge" && item.kind !== "wire")) apiError(method, `can only distribute along edges and wires; the selection holds ${describeValue(item)}`);
      return item;
    });
    if (curves.length * n > MAX_LOCATIONS) apiError(method, `at most ${MAX_LOCATIONS} locations; this asks for ${curves.length * n}`);
    return this.#derive({ selection: distributeLocations(curves, n, start, stop, rotate) });
  }

  // --- Faces -----------------------------------------------------------------------------

  /**
   * Places `made(location)` at each location and combines the faces with the sketch by `mode`.
   * `ignore_selection` places once at the origin.
   * @example Sketch().push([[0, 0], [4, 0]]).each((loc) => Sketch().rect(2, 1).moved(loc).facesShape()!)
   */
  each(...args: SketchArgs["each"]): Sketch {
    const method = "each";
    const opts = bind(method, args);
    const locations = opts.ignore_selection || opts.ignoreSelection ? [new Location(XY)] : this.#locations();
    const faces = locations.flatMap((location) => {
      const result = opts.callback(location);
      if (result instanceof SketchImpl) return facesOf(result.state.faces);
      if (isShape(result)) return facesOf(result);
      return apiError(method, `the function must return a face or a Sketch; got ${describeValue(result)}`);
    });
    return this.#combine(method, faces, opts.mode, opts.tag);
  }

  #combine(method: string, faces: Shape[], mode: SketchMode, tag: string | undefined): Sketch {
    const tags = tag === undefined ? this.state.tags : new Map([...this.state.tags, [tag, faces]]);
    const current = this.state.faces;
    let next: Shape | undefined;
    if (mode === "c") {
      if (tag === undefined) apiError(method, 'construction mode "c" needs a tag, or the geometry cannot be reached');
      next = current;
    } else if (mode === "r" || current === undefined) {
      next = mode === "s" || mode === "i" ? current : compound(faces);
    } else if (faces.length === 0) {
      next = current;
    } else {
      const kind = mode === "a" ? "fuse" : mode === "s" ? "cut" : "common";
      // As CadQuery, no clean here: fused faces keep their seams until clean().
      next = wrapShape(booleanOperation(kind, [unwrapShape(current)], faces.map(unwrapShape), { clean: false }));
    }
    return this.#derive({ faces: next, tags });
  }

  /**
   * Places a face (from a wire, edges, a shape's faces or another Sketch) at each location.
   * @example Sketch().face(Workplane().rect(2, 1).val() as Shape)
   */
  face(...args: SketchArgs["face"]): Sketch {
    const { b, angle, mode, tag, ignore_selection, ignoreSelection } = bind("face", args);
    return this.#placeFaces("face", b, { angle, mode, tag }, ignore_selection || ignoreSelection);
  }

  #placeFaces(method: string, b: Shape | readonly Shape[] | Sketch, { angle, mode, tag }: Placement, ignoreSelection: boolean): Sketch {
    let faces: Shape[];
    if (b instanceof SketchImpl) faces = facesOf(b.state.faces);
    else if (Array.isArray(b) && b.every(isShape)) faces = wiresToFaces(combineIntoWires(b as Shape[]), XY);
    else if (isShape(b) && b.kind === "wire") faces = wiresToFaces([b], XY);
    else if (isShape(b)) faces = facesOf(b);
    else return apiError(method, `expected a wire, edges, a face or a Sketch; got ${describeValue(b)}`);
    const turned = angle === 0 ? faces : faces.map((f) => f.rotate([0, 0, 0], [0, 0, 1], angle));
    const locations = ignoreSelection ? [new Location(XY)] : this.#locations();
    return this.#combine(method, locations.flatMap((l) => turned.map((f) => f.moved(l))), mode, tag);
  }

  #place(method: string, wire: Shape, placement: Placement): Sketch {
    return this.#placeFaces(method, wire, placement, false);
  }

  /** A `w` × `h` rectangle centred on each location. @example Sketch().rect(4, 2) */
  rect(...args: SketchArgs["rect"]): Sketch {
    const { w, h, angle, mode, tag } = bind("rect", args);
    positiveNumber("rect", "w", w);
    positiveNumber("rect", "h", h);
    const corners = [[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]].map((p) => new Vector(p[0]!, p[1]!));
    return this.#place("rect", polygonWire(corners), { angle, mode, tag });
  }

  /**
   * A circle of radius `r` at each location.
   * @example Sketch().circle(2)
   */
  circle(...args: SketchArgs["circle"]): Sketch {
    const { r, mode, tag } = bind("circle", args);
    positiveNumber("circle", "r", r);
    return this.#combine("circle", this.#locations().map((l) => circleFace(r).moved(l)), mode, tag);
  }

  /**
   * An ellipse with semi-axes `a1` (along x) and `a2` at each location.
   * @example Sketch().ellipse(3, 1)
   */
  ellipse(...args: SketchArgs["ellipse"]): Sketch {
    const { a1, a2, angle, mode, tag } = bind("ellipse", args);
    positiveNumber("ellipse", "a1", a1);
    positiveNumber("ellipse", "a2", a2);
    const face = ellipseFace(a1, a2).rotate([0, 0, 0], [0, 0, 1], angle);
    return this.#combine("ellipse", this.#locations().map((l) => face.moved(l)), mode, tag);
  }

  /**
   * An isosceles (or, with `a2`, general) trapezoid of base `w`, height `h` and base angle `a1`.
   * @example Sketch().trapezoid(4, 1, 60)
   */
  trapezoid(...args: SketchArgs["trapezoid"]): Sketch {
    const { w, h, a1, a2, angle, mode, tag } = bind("trapezoid", args);
    const t1 = Math.tan((a1 * Math.PI) / 180);
    const t2 = a2 === undefined ? t1 : Math.tan((a2 * Math.PI) / 180);
    const pts: [number, number][] = [[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2 - h / t2, h / 2], [-w / 2 + h / t1, h / 2]];
    return this.#place("trapezoid", polygonWire(pts.map((p) => new Vector(...p))), { angle, mode, tag });
  }

  /**
   * A slot: a `w` long straight part between half circles of diameter `h`.
   * @example Sketch().slot(4, 1)
   */
  slot(...args: SketchArgs["slot"]): Sketch {
    const { w, h, angle, mode, tag } = bind("slot", args);
    positiveNumber("slot", "w", w);
    positiveNumber("slot", "h", h);
    const [p1, p2, p3, p4, p5, p6] = [[-w / 2, h / 2], [w / 2, h / 2], [-w / 2, -h / 2], [w / 2, -h / 2], [-w / 2 - h / 2, 0], [w / 2 + h / 2, 0]].map((p) => new Vector(p[0]!, p[1]!));
    const edges = [lineEdge(p1!, p2!), threePointArcEdge(p2!, p6!, p4!), lineEdge(p4!, p3!), threePointArcEdge(p3!, p5!, p1!)];
    return this.#place("slot", wrapShape(makeWire(edges.map(unwrapShape))), { angle, mode, tag });
  }

  /**
   * A regular polygon of `n` sides inscribed in a circle of radius `r`, a corner on +y.
   * @example Sketch().regularPolygon(2, 6)
   */
  regularPolygon(...args: SketchArgs["regularPolygon"]): Sketch {
    const { r, n, angle, mode, tag } = bind("regularPolygon", args);
    positiveNumber("regularPolygon", "r", r);
    if (positiveInteger("regularPolygon", "n", n) < 3) apiError("regularPolygon", `n must be at least 3; got ${n}`);
    const pts = Array.from({ length: n }, (_, i) => new Vector(r * Math.sin((i * 2 * Math.PI) / n), r * Math.cos((i * 2 * Math.PI) / n)));
    return this.#place("regularPolygon", polygonWire(pts), { angle, mode, tag });
  }

  /**
   * A polygon through the points (closed automatically).
   * @example Sketch().polygon([[0, 0], [2, 0], [1, 2]])
   */
  polygon(...args: SketchArgs["polygon"]): Sketch {
    const { pts: points, angle, mode, tag } = bind("polygon", args);
    if (points.length > 1 && points[0]!.equals(points[points.length - 1]!)) points.pop();
    if (points.length < 3) apiError("polygon", `needs at least 3 distinct points; got ${points.length}`);
    return this.#place("polygon", polygonWire(points), { angle, mode, tag });
  }

  // --- Selection -------------------------------------------------------------------------

  #select(kind: ShapeKind, selector: string | Selector | undefined, tag: string | undefined): Sketch {
    const method = `${kind === "vertex" ? "vertice" : kind}s`;
    let sources: SelectionItem[];
    if (tag !== undefined) {
      const tagged = this.state.tags.get(tag);
      if (tagged === undefined) apiError(method, `no selection is tagged "${tag}"`);
      sources = [...tagged];
    } else if (this.state.selection !== undefined) {
      sources = [...this.state.selection];
    } else {
      sources = [...(this.state.faces ? [this.state.faces] : []), ...this.state.edges];
    }
    const candidates = uniqueShapes(sources.filter(isShape).flatMap((s) => (s.kind === kind ? [s] : childrenOf(s, kind))));
    const selected = selector === undefined || selector === "" ? candidates : compileSelector(selector).filter(candidates);
    return this.#derive({ selection: selected });
  }

  /** @example Sketch().rect(4, 2).vertices(">X").fillet(0.5) */
  vertices(...args: SketchArgs["vertices"]): Sketch {
    const { s, tag } = bind("vertices", args);
    return this.#select("vertex", s, tag);
  }
  /** @example Sketch().rect(4, 2).edges(">Y") */
  edges(...args: SketchArgs["edges"]): Sketch {
    const { s, tag } = bind("edges", args);
    return this.#select("edge", s, tag);
  }
  /** @example Sketch().rect(4, 2).wires().offset(0.5) */
  wires(...args: SketchArgs["wires"]): Sketch {
    const { s, tag } = bind("wires", args);
    return this.#select("wire", s, tag);
  }
  /** @example Sketch().push([[0, 0], [5, 0]]).rect(2, 2).reset().faces(">X").delete() */
  faces(...args: SketchArgs["faces"]): Sketch {
    const { s, tag } = bind("faces", args);
    return this.#select("face", s, tag);
  }

  /**
   * Names the current selection.
   * @example Sketch().rect(4, 2).edges(">Y").tag("top").reset().select("top")
   */
  tag(...args: SketchArgs["tag"]): Sketch {
    const { tag } = bind("tag", args);
    return this.#derive({ tags: new Map([...this.state.tags, [tag, this.state.selection ?? []]]) });
  }

  /**
   * Selects what was tagged with each of `tags`.
   * @example Sketch().rect(4, 2).vertices().tag("corners").reset().select("corners").fillet(0.2)
   */
  select(...args: SketchArgs["select"]): Sketch {
    const selection = bind("select", args).tags.flatMap((name) => {
      const tagged = this.state.tags.get(name);
      if (tagged === undefined) apiError("select", `no selection is tagged "${name}"`);
      return [...tagged];
    });
    return this.#derive({ selection });
  }

  /**
   * Clears the selection.
   * @example Sketch().rect(4, 2).vertices().fillet(0.5).reset().circle(0.5, { mode: "s" })
   */
  reset(...args: SketchArgs["reset"]): Sketch {
    bind("reset", args);
    return this.#derive({ selection: undefined });
  }

  /**
   * The first selected object, or the sketch's faces (or first edge when it has no faces).
   * @example Sketch().rect(4, 2).val().Area() // 8
   */
  val(...args: SketchArgs["val"]): Shape | Location {
    bind("val", args);
    const all = this.vals();
    if (all.length === 0) apiError("val", "the selection is empty");
    return all[0]!;
  }

  /** @example Sketch().rect(4, 2).vertices().vals().length // 4 */
  vals(...args: SketchArgs["vals"]): (Shape | Location)[] {
    bind("vals", args);
    if (this.state.selection !== undefined) return [...this.state.selection];
    if (this.state.faces === undefined && this.state.edges.length > 0) return [...this.state.edges];
    return facesOf(this.state.faces);
  }

  /**
   * The sketch's faces as one shape (undefined when empty).
   * @example Sketch().rect(4, 2).facesShape()?.Area() // 8
   */
  facesShape(...args: SketchArgs["facesShape"]): Shape | undefined {
    bind("facesShape", args);
    return this.state.faces;
  }

  /**
   * Merges coplanar faces and collinear edges.
   * @example Sketch().rect(2, 2).rect(1, 1, { mode: "a" }).clean()
   */
  clean(...args: SketchArgs["clean"]): Sketch {
    bind("clean", args);
    return this.state.faces === undefined ? this : this.#derive({ faces: wrapShape(unifySameDomain(unwrapShape(this.state.faces))) });
  }

  /**
   * Removes the selected faces or edges.
   * @example Sketch().push([[0, 0], [5, 0]]).rect(2, 2).reset().faces("<X").delete()
   */
  delete(...args: SketchArgs["delete"]): Sketch {
    bind("delete", args);
    const selection = this.state.selection;
    if (selection === undefined || selection.length === 0) apiError("delete", "select the faces or edges to delete first");
    const shapes = selection.filter(isShape);
    if (shapes.some((s) => s.kind !== "face" && s.kind !== "edge")) apiError("delete", "only faces and edges can be deleted");
    const faces = facesOf(this.state.faces).filter((f) => !shapes.some((s) => s.isSame(f)));
    const edges = this.state.edges.filter((e) => !shapes.some((s) => s.isSame(e)));
    return this.#derive({ faces: compound(faces), edges, selection: undefined });
  }

  /**
   * Offsets the selected wires by `d` and combines the faces they bound by `mode`.
   * @example Sketch().rect(4, 2).wires().offset(1, { mode: "r" })
   */
  offset(...args: SketchArgs["offset"]): Sketch {
    const method = "offset";
    const { d, mode, tag } = bind(method, args);
    const wires = (this.state.selection ?? []).filter((s): s is Shape => isShape(s) && s.kind === "wire");
    if (wires.length === 0) apiError(method, "select the wires to offset first, e.g. .wires().offset(1)");
    return this.#combine(method, wiresToFaces(offsetShapes(wires, d), XY), mode, tag);
  }

  /**
   * Rounds the selected vertices of the faces with radius `d`.
   * @example Sketch().rect(4, 2).vertices().fillet(0.5)
   */
  fillet(...args: SketchArgs["fillet"]): Sketch {
    return this.#roundCorners("fillet", bind("fillet", args).d);
  }

  /**
   * Bevels the selected vertices of the faces by `d`.
   * @example Sketch().rect(4, 2).vertices().chamfer(0.5)
   */
  chamfer(...args: SketchArgs["chamfer"]): Sketch {
    return this.#roundCorners("chamfer", bind("chamfer", args).d);
  }

  #roundCorners(method: "fillet" | "chamfer", d: number): Sketch {
    positiveNumber(method, "d", d);
    const vertices = (this.state.selection ?? []).filter((s): s is Shape => isShape(s) && s.kind === "vertex");
    if (vertices.length === 0) apiError(method, `select the corners first, e.g. .vertices().${method}(${d})`);
    const faces = facesOf(this.state.faces).map((face) => {
      const own = vertices.filter((v) => face.Vertices().some((fv) => fv.isSame(v)));
      return own.length === 0 ? face : fillet2D(face, own, d, method);
    });
    return this.#derive({ faces: compound(faces) });
  }

  // --- Edge-based drawing ----------------------------------------------------------------

  #addEdge(edge: Shape, { tag, forConstruction = false }: { tag: string | undefined; forConstruction?: boolean }): Sketch {
    const construction = new Set(this.state.construction);
    if (forConstruction) construction.add(edge);
    return this.#derive({
      edges: [...this.state.edges, edge],
      construction,
      tags: tag === undefined ? this.state.tags : new Map([...this.state.tags, [tag, [edge]]]),
    });
  }

  #endPoint(method: string): Vector {
    const last = this.state.edges[this.state.edges.length - 1];
    if (last === undefined) apiError(method, "there is no edge to continue from; give the start point");
    return last.endPoint();
  }

  #startPoint(method: string): Vector {
    const last = this.state.edges[this.state.edges.length - 1];
    if (last === undefined) apiError(method, "there are no edges");
    const construction = this.state.construction.has(last);
    const first = this.state.edges.find((e) => this.state.construction.has(e) === construction) ?? last;
    return first.startPoint();
  }

  /**
   * A line: `segment(p1, p2)`, `segment(p2)` from the last end, or `segment(l, a)` of length
   * `l` at `a` degrees from the last end.
   * @example Sketch().segment([0, 0], [1, 0]).segment([1, 1]).close().assemble()
   */
  segment(...args: SketchArgs["segment"]): Sketch {
    const method = "segment";
    const bound = bind(method, args);
    if (bound.form === 0) return this.#addEdge(lineEdge(bound.p1, bound.p2), bound);
    if (bound.form === 1) return this.#addEdge(lineEdge(this.#endPoint(method), bound.p2), bound);
    const start = this.#endPoint(method);
    const end = start.add([bound.l * Math.cos((bound.a * Math.PI) / 180), bound.l * Math.sin((bound.a * Math.PI) / 180)]);
    return this.#addEdge(lineEdge(start, end), bound);
  }

  /**
   * An arc: `arc(p1, p2, p3)` through three points, `arc(p2, p3)` from the last end, or
   * `arc(c, r, a, da)` around centre `c` from angle `a` over `da` degrees.
   * @example Sketch().arc([0, 0], [1, 1], [0, 2]).close().assemble()
   */
  arc(...args: SketchArgs["arc"]): Sketch {
    const method = "arc";
    const bound = bind(method, args);
    if (bound.form === 0) return this.#addEdge(threePointArcEdge(bound.p1, bound.p2, bound.p3), bound);
    if (bound.form === 1) return this.#addEdge(threePointArcEdge(this.#endPoint(method), bound.p2, bound.p3), bound);
    const { c: center, r, a: start, da: sweep } = bound;
    const at = (deg: number) => center.add([r * Math.cos((deg * Math.PI) / 180), r * Math.sin((deg * Math.PI) / 180)]);
    if (Math.abs(sweep) >= 360) return this.#addEdge(circleEdge(center, r, start, sweep > 0), bound);
    return this.#addEdge(threePointArcEdge(at(start), at(start + sweep / 2), at(start + sweep)), bound);
  }

  /**
   * A Bézier curve through the control points.
   * @example Sketch().segment([0, 0], [2, 0]).bezier([[2, 0], [1, 2], [0, 0]]).assemble()
   */
  bezier(...args: SketchArgs["bezier"]): Sketch {
    const bound = bind("bezier", args);
    return this.#addEdge(wrapShape(makeBezierEdge(bound.pts.map((p) => p.toTuple()))), bound);
  }

  /**
   * An interpolating spline through the points, with end tangents (two) or one per point, or
   * closed smoothly with `periodic`: `spline(pts, tangents, periodic, tag?, forConstruction?)`
   * or `spline(pts, tag?, forConstruction?)`.
   * @example Sketch().spline([[0, 0], [1, 1], [2, 0]]).close().assemble()
   */
  spline(...args: SketchArgs["spline"]): Sketch {
    const method = "spline";
    const bound = bind(method, args);
    const tangents = bound.form === 0 ? bound.tangents : undefined;
    const periodic = bound.form === 0 ? bound.periodic : false;
    if (bound.pts.length < 2) apiError(method, `needs at least 2 points; got ${bound.pts.length}`);
    if (bound.pts.length > MAX_LOCATIONS) apiError(method, `at most ${MAX_LOCATIONS} points; got ${bound.pts.length}`);
    if (tangents != null && tangents.length > 0 && tangents.length !== 2 && tangents.length !== bound.pts.length) {
      apiError(method, `give 2 tangents (start and end) or one per point (${bound.pts.length}); got ${tangents.length}`);
    }
    const edge = wrapShape(
      makeSplineEdge(
        bound.pts.map((p) => p.toTuple()),
        { tangents: tangents != null && tangents.length > 0 ? tangents.map((t) => t.toTuple()) : undefined, periodic },
      ),
    );
    return this.#addEdge(edge, bound);
  }

  /**
   * A constraint on tagged edges, applied by `solve()`: `constrain(tag, kind, arg)` for Fixed,
   * FixedPoint, Length, Radius, Orientation, ArcAngle; `constrain(tag1, tag2, kind, arg)` for
   * Coincident (end of the first on start of the second), Angle (degrees), Distance.
   * @example Sketch().segment([0, 0], [0, 3], "s1").arc([0, 3], [1.5, 1.5], [0, 0], "a1").constrain("s1", "Fixed", null).constrain("s1", "a1", "Angle", 45)
   */
  constrain(...args: SketchArgs["constrain"]): Sketch {
    const bound = bind("constrain", args);
    const names = bound.form === 0 ? [bound.tag] : [bound.tag1, bound.tag2];
    if (this.state.constraints.length >= MAX_LOCATIONS) apiError("constrain", `at most ${MAX_LOCATIONS} constraints per sketch`);
    const constraint = checkConstraint(this.state.tags, names, bound.constraint, bound.arg);
    return this.#derive({ constraints: [...this.state.constraints, constraint] });
  }

  /**
   * Moves the tagged lines and arcs until the constraints hold (CadQuery's `solve`), replacing
   * them in the sketch; `assemble()` then makes faces of them.
   * @example Sketch().segment([0, 0], [0, 3], "s1").arc([0, 3], [1.5, 1.5], [0, 0], "a1").constrain("s1", "Fixed", null).constrain("s1", "a1", "Coincident", null).constrain("a1", "s1", "Coincident", null).constrain("s1", "a1", "Angle", 45).solve().assemble()
   */
  solve(...args: SketchArgs["solve"]): Sketch {
    bind("solve", args);
    if (this.state.constraints.length === 0) return this;
    const replaced = solveTaggedEdges(this.state.tags, this.state.constraints);
    const swap = <T>(item: T): T => (isShape(item) ? ((replaced.get(item) ?? item) as T) : item);
    return this.#derive({
      edges: this.state.edges.map(swap),
      construction: new Set([...this.state.construction].map(swap)),
      tags: new Map([...this.state.tags].map(([name, items]) => [name, items.map(swap)])),
      selection: this.state.selection?.map(swap),
    });
  }

  /**
   * A line from the last end back to the first start.
   * @example Sketch().segment([0, 0], [2, 0]).segment([2, 2]).close().assemble()
   */
  close(...args: SketchArgs["close"]): Sketch {
    const { tag } = bind("close", args);
    return this.#addEdge(lineEdge(this.#endPoint("close"), this.#startPoint("close")), { tag });
  }

  /**
   * Makes faces of the drawn (non-construction) edges.
   * @example Sketch().segment([0, 0], [2, 0]).segment([2, 2]).close().assemble()
   */
  assemble(...args: SketchArgs["assemble"]): Sketch {
    const { mode, tag } = bind("assemble", args);
    const edges = this.state.edges.filter((e) => !this.state.construction.has(e));
    if (edges.length === 0) apiError("assemble", "there are no edges to assemble; draw them with segment(), arc(), …");
    const wires = combineIntoWires(edges);
    if (wires.some((w) => !w.IsClosed())) throw new PartforgeError("GEOMETRY", "assemble: the edges do not close into a loop");
    return this.#combine("assemble", wiresToFaces(wires, XY), mode, tag);
  }

  /**
   * Back to the Workplane this sketch was started on with `Workplane.sketch()`, with the sketch
   * placed at its points.
   * @example Workplane().box(10, 10, 2).faces(">Z").sketch().circle(2).finalize().cutBlind(-1)
   */
  finalize(...args: SketchArgs["finalize"]): unknown {
    bind("finalize", args);
    const parent = this.state.parent;
    if (parent === undefined) apiError("finalize", "this Sketch was not started with Workplane.sketch()");
    return parent.placeSketch(this.#derive({ parent: undefined }));
  }

  /**
   * A copy with the faces moved: by an offset `[x, y, z]`, or placed at a Location (a sketch
   * drawn around the origin lands on the Location's plane), as the faces' `moved` (their
   * geometry shared, their location set).
   * @example Workplane().placeSketch(s, s.moved([0, 0, 3])).loft()
   */
  moved(...args: SketchArgs["moved"]): SketchImpl {
    const { loc: to } = bind("moved", args);
    const faces = this.state.faces;
    if (faces === undefined) return this.#facesOnly();
    return new SketchImpl(DERIVED, { ...emptyState(undefined), faces: faces.moved(to) });
  }

  /**
   * A copy with the faces only, their location replaced by `loc` when given (CadQuery's
   * `located`: edges and selection are dropped; partforge lets `loc` be left out).
   * @example Sketch().segment([0, 0], [2, 0]).segment([2, 2]).close().assemble().located()
   */
  located(...args: SketchArgs["located"]): Sketch {
    const { loc } = bind("located", args);
    const faces = this.state.faces;
    if (loc === undefined || faces === undefined) return this.#facesOnly();
    return new SketchImpl(DERIVED, { ...emptyState(undefined), faces: faces.located(loc) });
  }

  /**
   * A face bounded by the convex hull of the selected edges, else of the faces' edges, else of
   * the drawn edges (lines and circular arcs; arcs count as their whole circles, as CadQuery's
   * hull.py does), combined by `mode`. With a selection the face is placed once, at the origin.
   * @example Sketch().arc([0, 0], 1, 0, 360).arc([1, 1.5], 0.5, 0, 360).segment([0, 2], [-1, 3]).hull()
   */
  hull(...args: SketchArgs["hull"]): Sketch {
    const { mode, tag } = bind("hull", args);
    const selection = this.state.selection ?? [];
    const edges =
      selection.length > 0
        ? selection.filter((item): item is Shape => isShape(item) && item.kind === "edge")
        : this.state.faces !== undefined
          ? this.state.faces.Edges()
          : this.state.edges;
    if (edges.length === 0) apiError("hull", "there are no edges to make a hull of: draw lines and arcs, add faces, or select edges first");
    return this.#placeFaces("hull", convexHull(edges), { angle: 0, mode, tag }, selection.length > 0);
  }

  /**
   * A new Sketch holding this one's faces only (CadQuery's partial `copy()`: edges, selection
   * and tags are not carried over).
   * @example Sketch().rect(1, 4).circle(1).clean().copy().wires().offset(0.25)
   */
  copy(...args: SketchArgs["copy"]): Sketch {
    bind("copy", args);
    return this.#facesOnly();
  }

  // --- Python's operators ----------------------------------------------------------------

  /**
   * Python's `s1 + s2` (CadQuery's `Sketch.__add__`): `val()` of both fused into a new Sketch.
   * @example Sketch().rect(2, 2).union(Sketch().circle(1.2))
   */
  union(...args: SketchArgs["union"]): Sketch {
    return this.#operator("union", bind("union", args).other);
  }

  /**
   * Python's `s1 - s2` (CadQuery's `Sketch.__sub__`): `val()` of `other` cut from this one's, as a new Sketch.
   * @example Sketch().rect(2, 2).cut(Sketch().rect(1, 1, { angle: 45 }))
   */
  cut(...args: SketchArgs["cut"]): Sketch {
    return this.#operator("cut", bind("cut", args).other);
  }

  /**
   * Python's `s1 * s2` (CadQuery's `Sketch.__mul__`): the common part of both `val()`s, as a new Sketch.
   * @example Sketch().rect(2, 2).intersect(Sketch().circle(1.2))
   */
  intersect(...args: SketchArgs["intersect"]): Sketch {
    return this.#operator("intersect", bind("intersect", args).other);
  }

  /**
   * Python's `s1 / s2` (CadQuery's `Sketch.__truediv__`): this one's `val()` split by `other`'s, every piece kept.
   * @example Sketch().rect(2, 2).split(Sketch().segment([0, -2], [0, 2]))
   */
  split(...args: SketchArgs["split"]): Sketch {
    return this.#operator("split", bind("split", args).other);
  }

  #operator(method: SketchOperator, other: SketchImpl): Sketch {
    const faces = combineSketchShapes(method, this.#operand(), other.#operand());
    return new SketchImpl(DERIVED, { ...emptyState(undefined), faces });
  }

  /** CadQuery's `val()` without its error: the first selected item, else the faces, else the first edge. */
  #operand(): Shape | Location | undefined {
    const { selection, faces, edges } = this.state;
    if (selection !== undefined) return selection[0];
    return faces === undefined && edges.length > 0 ? edges[0] : faces;
  }

  #facesOnly(): SketchImpl {
    return new SketchImpl(DERIVED, { ...emptyState(undefined), faces: this.state.faces });
  }

  toString(): string {
    return `Sketch(${facesOf(this.state.faces).length} face(s), ${this.state.edges.length} edge(s))`;
  }
}

function childrenOf(shape: Shape, kind: ShapeKind): Shape[] {
  switch (kind) {
    case "vertex":
      return shape.Vertices();
    case "edge":
      return shape.Edges();
    case "wire":
      return shape.Wires();
    case "face":
      return shape.Faces();
    default:
      return [];
  }
}

/** Callable with or without `new`, as CadQuery's `Sketch()` reads in a script. */
export interface SketchFactory {
  (): SketchImpl;
  new (): SketchImpl;
  readonly prototype: SketchImpl;
}

/** Makes a new, empty Sketch: `Sketch().rect(10, 4)`. */
export const Sketch = function Sketch() {
  return new SketchImpl();
} as unknown as SketchFactory;
(Sketch as unknown as { prototype: SketchImpl }).prototype = SketchImpl.prototype;

export type Sketch = SketchImpl;
