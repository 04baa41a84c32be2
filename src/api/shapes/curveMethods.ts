/**
 * CadQuery's `Mixin1D`: points, tangents and locations along an edge or a wire, by arc length
 * (`mode="length"`, CadQuery's default) or by curve parameter; and `Vertex.toTuple`/`X`/`Y`/`Z`
 * and `Face.normalAt`. Every partforge shape carries these (a Workplane's `val()` is typed as any
 * shape, and its operations ask any stack shape); a shape of another kind refuses them with an
 * error naming its kind. The root of the shape classes, so it also gives the kind.
 */
import type { AnyShape } from "replicad";
import {
  centerOfMass,
  drawnEnds,
  edgeParameterRange,
  faceNormalAt,
  edgePointAndTangent,
  measure,
  orderedWireEdges,
  parameterAtFraction,
  parameterFractionAtLength,
  radiusOf,
  subShapes,
} from "../../kernel/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { Vector } from "../vector.ts";
import { Location } from "../location.ts";
import { Plane } from "../plane.ts";
import { FACE_SIGNATURES, MIXIN1D_SIGNATURES, VERTEX_SIGNATURES, binderFor } from "../signatures/index.ts";
import type { FaceArgs, FaceValues, Mixin1DArgs, Mixin1DValues, VertexArgs, VertexValues } from "../signatures/generated.ts";
import { derivedFact, kernelShapeOf, shapeKindOf, type ShapeKind } from "./handles.ts";

const bind = binderFor<Mixin1DValues>("Mixin1D", MIXIN1D_SIGNATURES, {});
const bindVertex = binderFor<VertexValues>("Vertex", VERTEX_SIGNATURES, {});
const bindFace = binderFor<FaceValues>("Face", FACE_SIGNATURES, {});

type Mode = "length" | "parameter";

/** @internal The root of the shape classes; see `Shape`. */
export abstract class CurveMethods {
  /** @example Workplane().box(1, 1, 1).val().kind // "solid" */
  get kind(): ShapeKind {
    const kind = shapeKindOf(this);
    if (kind === undefined) throw new PartforgeError("SCRIPT_EXCEPTION", "expected a shape made by the modelling API");
    return kind;
  }

  #curve(method: string): AnyShape {
    if (this.kind !== "edge" && this.kind !== "wire") {
      throw new PartforgeError("SCRIPT_EXCEPTION", `${method}() needs an edge or a wire; this is a ${this.kind}`);
    }
    return kernelShapeOf(this);
  }

  /** The edges of `curve` (this shape's, from `#curve`) in drawing order: an edge is its own. */
  #orderedEdges(curve: AnyShape): AnyShape[] {
    return this.kind === "edge" ? [curve] : derivedFact(this, "orderedEdges", () => orderedWireEdges(curve));
  }

  /** The edge and its parameter fraction (as drawn) at `d` along the curve. */
  #at(method: string, d: number, mode: Mode): { edge: AnyShape; t: number } {
    const curve = this.#curve(method);
    if (d < 0 || d > 1) throw new PartforgeError("SCRIPT_EXCEPTION", `${method}: d must be between 0 and 1 (a fraction of the ${mode}); got ${d}`);
    const along = (edge: AnyShape, fraction: number) => ({ edge, t: mode === "length" ? parameterFractionAtLength(edge, fraction) : fraction });
    if (this.kind === "edge") return along(curve, d);
    const edges = this.#orderedEdges(curve);
    const sizes = derivedFact(this, `edgeSizes:${mode}`, () =>
      edges.map((edge) => {
        if (mode === "length") return measure(edge, 1);
        const [first, last] = edgeParameterRange(edge);
        return last - first;
      }),
    );
    let rest = d * sizes.reduce((a, b) => a + b, 0);
    for (const [i, edge] of edges.entries()) {
      const size = sizes[i]!;
      if (rest <= size || i === edges.length - 1) return along(edge, size === 0 ? 0 : Math.min(1, rest / size));
      rest -= size;
    }
    throw new PartforgeError("SCRIPT_EXCEPTION", `${method}: the wire has no edges`);
  }

  #pointAndTangent(method: string, d: number, mode: Mode) {
    const { edge, t } = this.#at(method, d, mode);
    return edgePointAndTangent(edge, t);
  }

  /**
   * Start point of an edge or wire, as drawn.
   * @example Workplane().lineTo(2, 0).val().startPoint() // Vector(0, 0, 0)
   */
  startPoint(...args: Mixin1DArgs["startPoint"]): Vector {
    bind("startPoint", args);
    return new Vector(...this.#pointAndTangent("startPoint", 0, "parameter").point);
  }

  /**
   * End point of an edge or wire, as drawn.
   * @example Workplane().lineTo(2, 0).val().endPoint() // Vector(2, 0, 0)
   */
  endPoint(...args: Mixin1DArgs["endPoint"]): Vector {
    bind("endPoint", args);
    return new Vector(...this.#pointAndTangent("endPoint", 1, "parameter").point);
  }

  /**
   * The curve parameter at fraction `d` of the length (of an edge; of a wire, its edges' parameter ranges end to end).
   * @example Edge.makeLine([0, 0, 0], [4, 0, 0]).paramAt(0.25) // 1
   */
  paramAt(...args: Mixin1DArgs["paramAt"]): number {
    const { d } = bind("paramAt", args);
    const { edge, t } = this.#at("paramAt", d, "length");
    return parameterAtFraction(edge, t);
  }

  /**
   * Unit tangent at fraction `locationParam` of the length (or of the parameter range), as drawn.
   * @example Workplane().lineTo(2, 0).val().tangentAt(0) // Vector(1, 0, 0)
   */
  tangentAt(...args: Mixin1DArgs["tangentAt"]): Vector {
    const { locationParam, mode } = bind("tangentAt", args);
    return new Vector(...this.#pointAndTangent("tangentAt", locationParam, mode).tangent);
  }

  /**
   * The point at fraction `d` of the length (or of the parameter range), as drawn.
   * @example Edge.makeCircle(10, [0, 0, 0], [0, 0, 1], 0, 90).positionAt(0.5) // Vector(7.07…, 7.07…, 0)
   */
  positionAt(...args: Mixin1DArgs["positionAt"]): Vector {
    const { d, mode } = bind("positionAt", args);
    return new Vector(...this.#pointAndTangent("positionAt", d, mode).point);
  }

  /**
   * The points at each fraction in `ds`.
   * @example Edge.makeLine([0, 0, 0], [2, 0, 0]).positions([0, 0.5, 1]) // [Vector(0, 0, 0), Vector(1, 0, 0), Vector(2, 0, 0)]
   */
  positions(...args: Mixin1DArgs["positions"]): Vector[] {
    const { ds, mode } = bind("positions", args);
    return ds.map((d) => new Vector(...this.#pointAndTangent("positions", d, mode).point));
  }

  /**
   * A Location at fraction `d` along the curve, its z along the tangent, e.g. to place a profile
   * square to a sweep path.
   * @example Workplane().placeSketch(Sketch().circle(1).moved(path.val().locationAt(0))) // a section square to the path
   */
  locationAt(...args: Mixin1DArgs["locationAt"]): Location {
    const { d, mode } = bind("locationAt", args);
    const { point, tangent } = this.#pointAndTangent("locationAt", d, mode);
    return new Location(new Plane(point, undefined, tangent));
  }

  /**
   * Locations at each fraction in `ds`.
   * @example Wire.makeHelix(1, 3, 2).locations([0, 0.5, 1]).length // 3
   */
  locations(...args: Mixin1DArgs["locations"]): Location[] {
    const { ds, mode } = bind("locations", args);
    return ds.map((d) => {
      const { point, tangent } = this.#pointAndTangent("locations", d, mode);
      return new Location(new Plane(point, undefined, tangent));
    });
  }

  /**
   * Length of an edge or wire (0 for other shapes).
   * @example Workplane().circle(1).val().Length() // 2π
   */
  Length(...args: Mixin1DArgs["Length"]): number {
    bind("Length", args);
    return this.kind === "edge" || this.kind === "wire" ? derivedFact(this, "length", () => measure(kernelShapeOf(this), 1)) : 0;
  }

  /**
   * Radius of a circular edge, of a wire made of arcs of one circle radius, or of a
   * cylindrical/spherical face; undefined otherwise.
   * @example Workplane().cylinder(2, 3).edges("%CIRCLE").val().radius() // 3
   */
  radius(...args: Mixin1DArgs["radius"]): number | undefined {
    bind("radius", args);
    return derivedFact(this, "radius", () => {
      const shape = kernelShapeOf(this);
      if (this.kind === "edge") return radiusOf(shape, 1);
      if (this.kind === "face") return radiusOf(shape, 2);
      if (this.kind === "wire") {
        const radii = subShapes(shape, "edge").map((edge) => radiusOf(edge, 1));
        const first = radii[0];
        return first !== undefined && radii.every((r) => r !== undefined && Math.abs(r - first) < 1e-9) ? first : undefined;
      }
      return undefined;
    });
  }

  /**
   * True when an edge or wire ends where it starts.
   * @example Workplane().circle(1).val().IsClosed() // true
   */
  IsClosed(...args: Mixin1DArgs["IsClosed"]): boolean {
    bind("IsClosed", args);
    // startPoint() and endPoint() in one kernel pass: the first and last edges as drawn.
    const edges = this.#orderedEdges(this.#curve("IsClosed"));
    if (edges.length === 0) throw new PartforgeError("SCRIPT_EXCEPTION", "IsClosed: the wire has no edges");
    const { start, end } = drawnEnds(edges[0]!, edges[edges.length - 1]!);
    return new Vector(...start).equals(new Vector(...end));
  }

  /**
   * The point of a vertex (CadQuery's `Vertex.toTuple`).
   * @example Workplane().box(2, 2, 2).vertices(">X and >Y and >Z").val().toTuple() // [1, 1, 1]
   */
  toTuple(...args: VertexArgs["toTuple"]): [number, number, number] {
    bindVertex("toTuple", args);
    if (this.kind !== "vertex") throw new PartforgeError("SCRIPT_EXCEPTION", `toTuple() needs a vertex; this is a ${this.kind}`);
    return derivedFact(this, "point", () => centerOfMass(kernelShapeOf(this), 0));
  }

  /** @example Vertex.makeVertex(1, 2, 3).X // 1 */
  get X(): number {
    return this.toTuple()[0];
  }
  /** @example Vertex.makeVertex(1, 2, 3).Y // 2 */
  get Y(): number {
    return this.toTuple()[1];
  }
  /** @example Vertex.makeVertex(1, 2, 3).Z // 3 */
  get Z(): number {
    return this.toTuple()[2];
  }

  /**
   * A face's unit normal where `locationVector` projects onto its surface, or at the middle of its
   * parameter bounds when omitted (CadQuery's choice: a point of the face even where its centre of
   * mass lies off the surface, as a full cylinder's does);
   * with `u, v`, the normal at those surface parameters (CadQuery's `Face.normalAt`, which also
   * returns the point there).
   * @example Workplane().box(2, 2, 2).faces(">X").val().normalAt() // Vector(1, 0, 0)
   */
  normalAt(...args: FaceArgs["normalAt"]): Vector {
    const bound = bindFace("normalAt", args);
    if (this.kind !== "face") throw new PartforgeError("SCRIPT_EXCEPTION", `normalAt() needs a face; this is a ${this.kind}`);
    const face = kernelShapeOf(this);
    if (bound.form === 1) return new Vector(...faceNormalAt(face, { u: bound.u, v: bound.v }).normal);
    const at = bound.locationVector === undefined ? "middle" : { near: bound.locationVector.toTuple() };
    return new Vector(...faceNormalAt(face, at).normal);
  }
}
