/**
 * The shapes a ModelScript sees: a thin facade over kernel shapes with CadQuery's method names.
 * The kernel object itself is kept in a module-private WeakMap, so nothing a script holds
 * reaches raw kernel memory.
 */
import {
  Compound as KCompound,
  CompSolid as KCompSolid,
  Edge as KEdge,
  Face as KFace,
  Shell as KShell,
  Solid as KSolid,
  Vertex as KVertex,
  Wire as KWire,
  type AnyShape,
} from "replicad";
import {
  boundingBoxOf,
  centerOfMass,
  curveType,
  edgeEnds,
  faceNormal,
  isValidShape,
  makePlanarFace,
  measure,
  radiusOf,
  subShapes,
  surfaceType,
  edgePointAndTangent,
  orderedWireEdges,
  placeInFrame,
  rotateShape,
  translateShape,
  type SubShapeKind,
} from "../kernel/index.ts";
import { PartforgeError } from "../shared/errors.ts";
import { noteStackOverflow } from "../shared/stackOverflow.ts";
import { Vector, type VectorLike } from "./vector.ts";
import { Location } from "./location.ts";
import { Plane } from "./plane.ts";

export type ShapeKind = SubShapeKind;

const kernelShapes = new WeakMap<Shape, AnyShape>();

const DIMENSION: Record<ShapeKind, 0 | 1 | 2 | 3> = {
  vertex: 0,
  edge: 1,
  wire: 1,
  face: 2,
  shell: 2,
  solid: 3,
  compound: 3,
};

function kindOfKernelShape(shape: AnyShape): ShapeKind {
  if (shape instanceof KVertex) return "vertex";
  if (shape instanceof KEdge) return "edge";
  if (shape instanceof KWire) return "wire";
  if (shape instanceof KFace) return "face";
  if (shape instanceof KShell) return "shell";
  if (shape instanceof KSolid) return "solid";
  if (shape instanceof KCompound || shape instanceof KCompSolid) return "compound";
  throw new PartforgeError("INTERNAL", "unknown kernel shape type");
}

/** A bounding box with CadQuery's field names. */
export interface BoundBox {
  xmin: number;
  ymin: number;
  zmin: number;
  xmax: number;
  ymax: number;
  zmax: number;
  xlen: number;
  ylen: number;
  zlen: number;
  center: Vector;
  /** Length of the diagonal. */
  DiagonalLength: number;
}

/**
 * A vertex, edge, wire, face, shell, solid or compound. Derived facts are computed once.
 * @example Workplane().box(1, 2, 3).val().Volume() // 6
 */
export class Shape {
  readonly kind: ShapeKind;
  #cache = new Map<string, unknown>();

  /** @internal Use `wrapShape`; scripts receive shapes from the Workplane. */
  constructor(kernelShape: AnyShape) {
    kernelShapes.set(this, kernelShape);
    this.kind = kindOfKernelShape(kernelShape);
    Object.freeze(this);
  }

  #memo<T>(key: string, compute: () => T): T {
    if (!this.#cache.has(key)) this.#cache.set(key, compute());
    return this.#cache.get(key) as T;
  }

  /**
   * CadQuery's type name: "Vertex", "Edge", "Wire", "Face", "Shell", "Solid", "Compound".
   * @example Workplane().box(1, 1, 1).val().ShapeType() // "Solid"
   */
  ShapeType(): string {
    return this.kind[0]!.toUpperCase() + this.kind.slice(1);
  }

  /**
   * Surface type of a face or curve type of an edge, with CadQuery's names (PLANE, CIRCLE, …).
   * @example Workplane().cylinder(2, 1).faces("%CYLINDER").val().geomType // "CYLINDER"
   */
  get geomType(): string {
    return this.#memo("geomType", () => {
      const shape = unwrapShape(this);
      if (this.kind === "face") return surfaceType(shape);
      if (this.kind === "edge") return curveType(shape);
      return this.kind.toUpperCase();
    });
  }

  /**
   * CadQuery spelling: `face.geomType()`.
   * @example Workplane().box(1, 1, 1).faces(">Z").val().geomTypeName() // "PLANE"
   */
  geomTypeName(): string {
    return this.geomType;
  }

  /**
   * Centre of mass (by volume, area, length or position, by the shape's dimension).
   * @example Workplane().box(2, 2, 2).val().center() // [0, 0, 0]
   */
  center(): [number, number, number] {
    return this.#memo("center", () => centerOfMass(unwrapShape(this), DIMENSION[this.kind]));
  }

  /**
   * CadQuery spelling of `center()`, as a Vector.
   * @example Workplane().box(2, 2, 2).faces(">Z").val().Center() // Vector(0, 0, 1)
   */
  Center(): Vector {
    return new Vector(...this.center());
  }

  /**
   * Outward unit normal of a planar face; undefined for other shapes.
   * @example Workplane().box(2, 2, 2).faces(">Z").val().normal() // [0, 0, 1]
   */
  normal(): [number, number, number] | undefined {
    return this.#memo("normal", () =>
      this.kind === "face" && this.geomType === "PLANE" ? faceNormal(unwrapShape(this)) : undefined,
    );
  }

  /**
   * Unit normal of a face at its parametric centre (any surface type).
   * @example Workplane().box(2, 2, 2).faces(">X").val().normalAt() // Vector(1, 0, 0)
   */
  normalAt(): Vector {
    if (this.kind !== "face") throw new PartforgeError("SCRIPT_EXCEPTION", `normalAt() needs a face; this is a ${this.kind}`);
    return new Vector(...faceNormal(unwrapShape(this)));
  }

  /**
   * Unit direction of a straight edge; undefined for other shapes.
   * @example Workplane().box(2, 2, 2).edges("|Z").val().direction() // [0, 0, ±1]
   */
  direction(): [number, number, number] | undefined {
    return this.#memo("direction", () =>
      this.kind === "edge" && this.geomType === "LINE" ? edgeEnds(unwrapShape(this)).tangent : undefined,
    );
  }

  /**
   * Radius of a circular edge, of a wire made of arcs of one circle radius, or of a
   * cylindrical/spherical face.
   * @example Workplane().cylinder(2, 3).edges("%CIRCLE").val().radius() // 3
   */
  radius(): number | undefined {
    return this.#memo("radius", () => {
      if (this.kind === "edge") return radiusOf(unwrapShape(this), 1);
      if (this.kind === "face") return radiusOf(unwrapShape(this), 2);
      if (this.kind === "wire") {
        const radii = subShapes(unwrapShape(this), "edge").map((edge) => radiusOf(edge, 1));
        const first = radii[0];
        return first !== undefined && radii.every((r) => r !== undefined && Math.abs(r - first) < 1e-9) ? first : undefined;
      }
      return undefined;
    });
  }

  /** @example Workplane().box(2, 3, 4).edges("|Z").val().length() // 4 */
  length(): number | undefined {
    return this.kind === "edge" || this.kind === "wire" ? this.#memo("length", () => measure(unwrapShape(this), 1)) : undefined;
  }

  /**
   * Area of a face, shell or solid (its surface), or of the region a closed planar wire bounds.
   * @example Workplane().rect(2, 3).val().area() // 6
   */
  area(): number | undefined {
    if (this.kind === "wire") {
      return this.#memo("wireArea", () => {
        try {
          return measure(makePlanarFace(unwrapShape(this), false, []), 2);
        } catch (error) {
          noteStackOverflow(error);
          return undefined;
        }
      });
    }
    return this.kind === "vertex" || this.kind === "edge" ? undefined : this.Area();
  }

  /** @example Workplane().box(2, 3, 4).val().boundingBox().max // [1, 1.5, 2] */
  boundingBox(): { min: [number, number, number]; max: [number, number, number] } {
    return this.#memo("bbox", () => boundingBoxOf(unwrapShape(this)));
  }

  /**
   * Volume of a solid or compound (0 for lower-dimensional shapes).
   * @example Workplane().box(2, 3, 4).val().Volume() // 24
   */
  Volume(): number {
    return DIMENSION[this.kind] === 3 ? this.#memo("volume", () => measure(unwrapShape(this), 3)) : 0;
  }

  /**
   * Surface area.
   * @example Workplane().box(1, 1, 1).val().Area() // 6
   */
  Area(): number {
    return this.kind === "vertex" || this.kind === "edge" || this.kind === "wire"
      ? 0
      : this.#memo("area", () => measure(unwrapShape(this), 2));
  }

  /**
   * Length of an edge or wire.
   * @example Workplane().circle(1).val().Length() // 2π
   */
  Length(): number {
    return this.length() ?? 0;
  }

  /** @example Workplane().box(2, 3, 4).val().BoundingBox().zlen // 4 */
  BoundingBox(): BoundBox {
    const { min, max } = this.boundingBox();
    const [xmin, ymin, zmin] = min;
    const [xmax, ymax, zmax] = max;
    return {
      xmin,
      ymin,
      zmin,
      xmax,
      ymax,
      zmax,
      xlen: xmax - xmin,
      ylen: ymax - ymin,
      zlen: zmax - zmin,
      center: new Vector((xmin + xmax) / 2, (ymin + ymax) / 2, (zmin + zmax) / 2),
      DiagonalLength: Math.hypot(xmax - xmin, ymax - ymin, zmax - zmin),
    };
  }

  /** @example Workplane().box(1, 1, 1).val().isValid() // true */
  isValid(): boolean {
    return isValidShape(unwrapShape(this));
  }

  #children(kind: ShapeKind): Shape[] {
    return subShapes(unwrapShape(this), kind).map(wrapShape);
  }

  /** @example Workplane().box(1, 1, 1).val().Vertices().length // 8 */
  Vertices(): Shape[] {
    return this.#children("vertex");
  }
  /** @example Workplane().box(1, 1, 1).val().Edges().length // 12 */
  Edges(): Shape[] {
    return this.#children("edge");
  }
  /** @example Workplane().box(1, 1, 1).val().Wires().length // 6 */
  Wires(): Shape[] {
    return this.#children("wire");
  }
  /** @example Workplane().box(1, 1, 1).val().Faces().length // 6 */
  Faces(): Shape[] {
    return this.#children("face");
  }
  /** @example Workplane().box(1, 1, 1).val().Shells().length // 1 */
  Shells(): Shape[] {
    return this.#children("shell");
  }
  /** @example Workplane().pushPoints([[0, 0], [3, 0]]).box(1, 1, 1).findSolid().Solids().length // 2 */
  Solids(): Shape[] {
    return this.#children("solid");
  }

  /**
   * The point of a vertex.
   * @example Workplane().box(2, 2, 2).vertices(">X and >Y and >Z").val().toTuple() // [1, 1, 1]
   */
  toTuple(): [number, number, number] {
    if (this.kind !== "vertex") throw new PartforgeError("SCRIPT_EXCEPTION", `toTuple() needs a vertex; this is a ${this.kind}`);
    return this.center();
  }

  /**
   * Start point of an edge or wire, as drawn.
   * @example Workplane().lineTo(2, 0).val().startPoint() // Vector(0, 0, 0)
   */
  startPoint(): Vector {
    return new Vector(...edgePointAndTangent(this.#firstOrLastEdge("startPoint", 0), 0).point);
  }

  /**
   * End point of an edge or wire, as drawn.
   * @example Workplane().lineTo(2, 0).val().endPoint() // Vector(2, 0, 0)
   */
  endPoint(): Vector {
    return new Vector(...edgePointAndTangent(this.#firstOrLastEdge("endPoint", 1), 1).point);
  }

  /**
   * Point at fraction `t` (0…1) of an edge's parameter range, as drawn.
   * @example Workplane().lineTo(2, 0).val().positionAt(0.5) // Vector(1, 0, 0)
   */
  positionAt(t = 0.5): Vector {
    return new Vector(...edgePointAndTangent(this.#edgeOnly("positionAt"), t).point);
  }

  /**
   * Unit tangent at fraction `t` (0…1) of an edge's parameter range, as drawn (a wire: at its start or end).
   * @example Workplane().lineTo(2, 0).val().tangentAt(0) // Vector(1, 0, 0)
   */
  tangentAt(t = 0.5): Vector {
    if (this.kind === "wire" && (t === 0 || t === 1)) return new Vector(...edgePointAndTangent(this.#firstOrLastEdge("tangentAt", t), t).tangent);
    return new Vector(...edgePointAndTangent(this.#edgeOnly("tangentAt"), t).tangent);
  }

  /**
   * A Location on an edge or wire at fraction `t`, its z along the tangent (CadQuery's
   * `locationAt`), e.g. to place a sketch square to a sweep path.
   * @example Workplane().placeSketch(Sketch().circle(1).moved(path.val().locationAt(0))) // a section square to the path
   */
  locationAt(t: number): Location {
    const edge = this.kind === "wire" ? this.#firstOrLastEdge("locationAt", t >= 0.5 ? 1 : 0) : this.#edgeOnly("locationAt");
    const { point, tangent } = edgePointAndTangent(edge, this.kind === "wire" ? (t >= 0.5 ? 1 : 0) : t);
    return new Location(new Plane(point, undefined, tangent));
  }

  /**
   * True when an edge or wire ends where it starts.
   * @example Workplane().circle(1).val().IsClosed() // true
   */
  IsClosed(): boolean {
    return this.startPoint().equals(this.endPoint());
  }

  /**
   * The x, y and z of a vertex (CadQuery's `Vertex.X`, `.Y`, `.Z`).
   * @example Workplane().box(2, 2, 2).vertices(">X and >Y and >Z").val().X // 1
   */
  get X(): number {
    return this.toTuple()[0];
  }
  /** @example Workplane().box(2, 2, 2).vertices(">X and >Y and >Z").val().Y // 1 */
  get Y(): number {
    return this.toTuple()[1];
  }
  /** @example Workplane().box(2, 2, 2).vertices(">X and >Y and >Z").val().Z // 1 */
  get Z(): number {
    return this.toTuple()[2];
  }

  /**
   * A copy moved by `offset`.
   * @example Workplane().box(1, 1, 1).val().translate([0, 0, 2]).Center() // Vector(0, 0, 2)
   */
  translate(offset: VectorLike): Shape {
    return wrapShape(translateShape(unwrapShape(this), Vector.from(offset).toTuple()));
  }

  /**
   * A copy rotated by `angleDegrees` about the axis from `start` to `end`.
   * @example Workplane().box(1, 1, 4).val().rotate([0, 0, 0], [1, 0, 0], 90)
   */
  rotate(start: VectorLike, end: VectorLike, angleDegrees: number): Shape {
    const from = Vector.from(start);
    return wrapShape(rotateShape(unwrapShape(this), from.toTuple(), Vector.from(end).sub(from).normalized().toTuple(), angleDegrees));
  }

  /**
   * A copy of a shape made around the origin, placed at a stack Location (CadQuery's `moved`).
   * @example Workplane().rarray(5, 5, 2, 2).eachpoint((loc) => Workplane().sphere(1).val().moved(loc))
   */
  moved(location: { readonly frame: { origin: Vector; xDir: Vector; zDir: Vector } }): Shape {
    const { origin, xDir, zDir } = location.frame;
    return wrapShape(placeInFrame(unwrapShape(this), { origin: origin.toTuple(), xDir: xDir.toTuple(), zDir: zDir.toTuple() }));
  }

  #edgeOnly(method: string) {
    if (this.kind !== "edge") throw new PartforgeError("SCRIPT_EXCEPTION", `${method}() needs an edge; this is a ${this.kind}`);
    return unwrapShape(this);
  }

  #firstOrLastEdge(method: string, end: 0 | 1) {
    if (this.kind === "edge") return unwrapShape(this);
    if (this.kind !== "wire") throw new PartforgeError("SCRIPT_EXCEPTION", `${method}() needs an edge or a wire; this is a ${this.kind}`);
    const edges = orderedWireEdges(unwrapShape(this));
    return edges[end === 0 ? 0 : edges.length - 1]!;
  }

  /**
   * Same underlying kernel shape (same topology, same location).
   * @example box.faces(">Z").val().isSame(box.faces("+Z").val()) // true
   */
  isSame(other: Shape): boolean {
    return unwrapShape(this).isSame(unwrapShape(other));
  }

  toString(): string {
    return `${this.ShapeType()}`;
  }
}

/** @internal The facade for a kernel shape. */
export function wrapShape(kernelShape: AnyShape): Shape {
  return new Shape(kernelShape);
}

/** @internal The kernel shape behind a facade (never exposed to scripts). */
export function unwrapShape(shape: Shape): AnyShape {
  const kernelShape = kernelShapes.get(shape);
  if (kernelShape === undefined) throw new PartforgeError("SCRIPT_EXCEPTION", "expected a shape made by the modelling API");
  return kernelShape;
}

export function isShape(value: unknown): value is Shape {
  return value instanceof Shape && kernelShapes.has(value);
}

/** Removes duplicates (same kernel shape) keeping first occurrences. */
export function uniqueShapes(shapes: readonly Shape[]): Shape[] {
  const result: Shape[] = [];
  for (const shape of shapes) {
    if (!result.some((kept) => kept.kind === shape.kind && kept.isSame(shape))) result.push(shape);
  }
  return result;
}
