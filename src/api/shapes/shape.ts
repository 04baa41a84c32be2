/**
 * CadQuery's `Shape`: the base of the shape classes a ModelScript sees, a thin facade over a
 * kernel shape (held in `handles.ts`, never reachable from a script); facades are made by
 * `wrapShape` (`wrap.ts`), which picks the class of the shape's kind.
 */
import type { AnyShape } from "replicad";
import { noteStackOverflow } from "../../shared/stackOverflow.ts";
import {
  booleanOperation,
  childShapes,
  edgePointAndTangent,
  faceFrameAtCenter,
  withReplacedSubshape,
  withoutSubshapes,
  boundingBoxOf,
  centerOfMass,
  enclosingBox,
  copyShape,
  type Frame,
  curveType,
  distanceBetween,
  faceNormal,
  isClosedShape,
  isNullShape,
  isValidShape,
  makeCompoundOf,
  makePlanarFace,
  measure,
  mirrorShape,
  locateShape,
  moveShape,
  shapeLocationFrame,
  rotateShape,
  scaleShape,
  splitShape,
  subShapes,
  surfaceType,
  transformByMatrix,
  translateShape,
  unifySameDomain,
} from "../../kernel/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { Vector, type VectorLike } from "../vector.ts";
import { Location } from "../location.ts";
import { Plane, rotateAbout } from "../plane.ts";
import { CENTER_BOUNDS, compileSelector, type Selector } from "../selectors/index.ts";
import { SHAPE_SIGNATURES, binderFor } from "../signatures/index.ts";
import type { ShapeArgs, ShapeValues } from "../signatures/generated.ts";
import { attachKernelShape, derivedFact, replaceKernelShape, type ShapeKind } from "./handles.ts";
import { shapeClassOf, unwrapShape, wrapShape } from "./wrap.ts";
import { ancestorsOf, siblingsOf } from "./topology.ts";
import { CurveMethods } from "./curveMethods.ts";
// Types only (erased at run time): the kinds' classes extend this one.
import type { Compound } from "./compound.ts";
import type { Edge } from "./edge.ts";
import type { Face } from "./face.ts";
import type { Shell } from "./shell.ts";
import type { Solid } from "./solid.ts";
import type { Vertex } from "./vertex.ts";
import type { Wire } from "./wire.ts";

export type { ShapeKind };

const bind = binderFor<ShapeValues>("Shape", SHAPE_SIGNATURES, {});

const DIMENSION: Record<ShapeKind, 0 | 1 | 2 | 3> = { vertex: 0, edge: 1, wire: 1, face: 2, shell: 2, solid: 3, compound: 3 };

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

/** What scripts are told when they reach for files. */
const NO_FILES = "scripts have no file system; a build's result is exported in the format the request asks for";

/** The distinct sub-shapes of one kind. */
function childrenOf(shape: Shape, kind: ShapeKind): Shape[] {
  return subShapes(unwrapShape(shape), kind).map(wrapShape);
}

/** True when the 3 × 3 part of the matrix is a rotation (or mirror) times a uniform scale: M·Mᵀ = s²·I. */
function isConformal(rows: readonly (readonly number[])[]): boolean {
  const m = rows.slice(0, 3).map((row) => row.slice(0, 3));
  const dot = (i: number, j: number) => m[i]!.reduce((sum, value, k) => sum + value * m[j]![k]!, 0);
  const scale = dot(0, 0);
  if (!(scale > 0)) return false;
  const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * scale;
  return near(dot(1, 1), scale) && near(dot(2, 2), scale) && near(dot(0, 1), 0) && near(dot(0, 2), 0) && near(dot(1, 2), 0);
}

/** A Location as the kernel's frame. */
function frameOf(loc: Location): Frame {
  const { origin, xDir, zDir } = loc.frame;
  return { origin: origin.toTuple(), xDir: xDir.toTuple(), zDir: zDir.toTuple() };
}

/**
 * CadQuery's `Location(x, y, z, rx, ry, rz)` (degrees): rotations about the world x, then y,
 * then z axis (extrinsic XYZ), then the translation.
 */
function eulerLocation({ x, y, z, rx, ry, rz }: { x: number; y: number; z: number; rx: number; ry: number; rz: number }): Location {
  const XY = Plane.named("XY");
  let xDir = XY.xDir;
  let zDir = XY.zDir;
  for (const [angle, axis] of [[rx, XY.xDir], [ry, XY.yDir], [rz, XY.zDir]] as const) {
    if (angle === 0) continue;
    xDir = rotateAbout(xDir, axis, angle);
    zDir = rotateAbout(zDir, axis, angle);
  }
  return new Location(new Plane(new Vector(x, y, z), xDir, zDir));
}

/** CadQuery's `_filter`: one shape as itself, none or several as a compound. */
function oneOrCompound(shapes: readonly Shape[]): Shape {
  return shapes.length === 1 ? shapes[0]! : wrapShape(makeCompoundOf(shapes.map(unwrapShape)));
}

/**
 * A vertex, edge, wire, face, shell, solid or compound. Derived facts are computed once.
 * @example Workplane().box(1, 2, 3).val().Volume() // 6
 */
export class Shape extends CurveMethods {
  /** @internal Scripts receive shapes from the Workplane and the class methods (`Solid.makeBox`, …). */
  constructor(kernelShape: AnyShape) {
    super();
    const kind = attachKernelShape(this, kernelShape);
    const expected = shapeClassOf(kind);
    if (expected !== undefined && !(this instanceof expected)) {
      throw new PartforgeError("INTERNAL", `a ${kind} cannot be wrapped as ${(this as object).constructor.name}`);
    }
    Object.freeze(this);
  }

  /**
   * CadQuery's type name: "Vertex", "Edge", "Wire", "Face", "Shell", "Solid", "Compound".
   * @example Workplane().box(1, 1, 1).val().ShapeType() // "Solid"
   */
  ShapeType(...args: ShapeArgs["ShapeType"]): string {
    bind("ShapeType", args);
    return this.kind[0]!.toUpperCase() + this.kind.slice(1);
  }

  /**
   * Surface type of a face or curve type of an edge, with CadQuery's names (PLANE, CIRCLE, …).
   * @example Workplane().cylinder(2, 1).faces("%CYLINDER").val().geomType // "CYLINDER"
   */
  get geomType(): string {
    return derivedFact(this, "geomType", () => {
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
  geomTypeName(...args: ShapeArgs["geomTypeName"]): string {
    bind("geomTypeName", args);
    return this.geomType;
  }

  /**
   * Centre of mass (by volume, area, length or position, by the shape's dimension).
   * @example Workplane().box(2, 2, 2).val().center() // [0, 0, 0]
   */
  center(...args: ShapeArgs["center"]): [number, number, number] {
    bind("center", args);
    return derivedFact(this, "center", () => centerOfMass(unwrapShape(this), DIMENSION[this.kind]));
  }

  /**
   * @internal For the selectors (not a script method): a box around the shape, which holds its centre, or
   * undefined for a vertex (its centre is its point) and a compound (measured by volume, which a
   * compound of faces may not have: then its `center()` fails, and must still fail when selected).
   */
  [CENTER_BOUNDS](): { min: [number, number, number]; max: [number, number, number] } | undefined {
    if (this.kind === "vertex" || this.kind === "compound") return undefined;
    return derivedFact(this, "enclosingBox", () => enclosingBox(unwrapShape(this)));
  }

  /**
   * CadQuery spelling of `center()`, as a Vector.
   * @example Workplane().box(2, 2, 2).faces(">Z").val().Center() // Vector(0, 0, 1)
   */
  Center(...args: ShapeArgs["Center"]): Vector {
    bind("Center", args);
    return new Vector(...this.center());
  }

  /**
   * Centre of the bounding box.
   * @example Solid.makeCone(1, 0, 2).CenterOfBoundBox() // Vector(0, 0, 1)
   */
  CenterOfBoundBox(...args: ShapeArgs["CenterOfBoundBox"]): Vector {
    bind("CenterOfBoundBox", args);
    return this.BoundingBox().center;
  }

  /**
   * Outward unit normal of a planar face; undefined for other shapes (what the selectors use).
   * @example Workplane().box(2, 2, 2).faces(">Z").val().normal() // [0, 0, 1]
   */
  normal(...args: ShapeArgs["normal"]): [number, number, number] | undefined {
    bind("normal", args);
    return derivedFact(this, "normal", () => (this.kind === "face" && this.geomType === "PLANE" ? faceNormal(unwrapShape(this)) : undefined));
  }

  /**
   * Unit direction of a straight edge; undefined for other shapes.
   * @example Workplane().box(2, 2, 2).edges("|Z").val().direction() // [0, 0, ±1]
   */
  direction(...args: ShapeArgs["direction"]): [number, number, number] | undefined {
    bind("direction", args);
    return derivedFact(this, "direction", () => (this.kind === "edge" && this.geomType === "LINE" ? this.tangentAt(0, "parameter").toTuple() : undefined));
  }

  /** @example Workplane().box(2, 3, 4).edges("|Z").val().length() // 4 */
  length(...args: ShapeArgs["length"]): number | undefined {
    bind("length", args);
    return this.kind === "edge" || this.kind === "wire" ? derivedFact(this, "length", () => measure(unwrapShape(this), 1)) : undefined;
  }

  /**
   * Area of a face, shell or solid (its surface), or of the region a closed planar wire bounds.
   * @example Workplane().rect(2, 3).val().area() // 6
   */
  area(...args: ShapeArgs["area"]): number | undefined {
    bind("area", args);
    if (this.kind === "wire") {
      return derivedFact(this, "wireArea", () => {
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
  boundingBox(...args: ShapeArgs["boundingBox"]): { min: [number, number, number]; max: [number, number, number] } {
    bind("boundingBox", args);
    return derivedFact(this, "bbox", () => boundingBoxOf(unwrapShape(this)));
  }

  /**
   * Volume of a solid or compound (0 for lower-dimensional shapes).
   * @example Workplane().box(2, 3, 4).val().Volume() // 24
   */
  Volume(...args: ShapeArgs["Volume"]): number {
    bind("Volume", args);
    return DIMENSION[this.kind] === 3 ? derivedFact(this, "volume", () => measure(unwrapShape(this), 3)) : 0;
  }

  /**
   * Surface area.
   * @example Workplane().box(1, 1, 1).val().Area() // 6
   */
  Area(...args: ShapeArgs["Area"]): number {
    bind("Area", args);
    return this.kind === "vertex" || this.kind === "edge" || this.kind === "wire" ? 0 : derivedFact(this, "area", () => measure(unwrapShape(this), 2));
  }

  /** @example Workplane().box(2, 3, 4).val().BoundingBox().zlen // 4 */
  BoundingBox(...args: ShapeArgs["BoundingBox"]): BoundBox {
    bind("BoundingBox", args);
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
  isValid(...args: ShapeArgs["isValid"]): boolean {
    bind("isValid", args);
    // A fact like the volume: the shape never changes, so a rebuild that reuses it (shell's
    // over-thick check runs it on every shelled solid) takes the verdict from the memo.
    return derivedFact(this, "valid", () => isValidShape(unwrapShape(this)));
  }

  /** @example Solid.makeBox(1, 1, 1).isNull() // false */
  isNull(...args: ShapeArgs["isNull"]): boolean {
    bind("isNull", args);
    return isNullShape(unwrapShape(this));
  }

  /**
   * Same underlying kernel shape (same topology, same location).
   * @example box.faces(">Z").val().isSame(box.faces("+Z").val()) // true
   */
  isSame(...args: ShapeArgs["isSame"]): boolean {
    const { other } = bind("isSame", args);
    return unwrapShape(this).isSame(unwrapShape(other));
  }

  /**
   * Same kernel shape with the same orientation too.
   * @example box.faces(">Z").val().isEqual(box.faces(">Z").val()) // true
   */
  isEqual(...args: ShapeArgs["isEqual"]): boolean {
    const { other } = bind("isEqual", args);
    return unwrapShape(this).wrapped.IsEqual(unwrapShape(other).wrapped);
  }

  /**
   * OCCT's BRep_Tool::IsClosed, as CadQuery: a wire whose ends meet, a shell without free edges.
   * @example Solid.makeBox(1, 1, 1).Shells()[0].Closed() // true
   */
  Closed(...args: ShapeArgs["Closed"]): boolean {
    bind("Closed", args);
    return isClosedShape(unwrapShape(this));
  }

  /**
   * Faces on one surface and edges on one curve merged (OCCT's ShapeUpgrade_UnifySameDomain).
   * @example Solid.makeBox(1, 1, 1).fuse(Solid.makeBox(1, 1, 1, [1, 0, 0])).clean().Faces().length // 6
   */
  clean(...args: ShapeArgs["clean"]): Shape {
    bind("clean", args);
    return wrapShape(unifySameDomain(unwrapShape(this)));
  }

  /**
   * This shape when it is valid; a NOT_SUPPORTED error otherwise (the kernel build has no ShapeFix_Shape).
   * @example Solid.makeBox(1, 1, 1).fix().isValid() // true
   */
  fix(...args: ShapeArgs["fix"]): Shape {
    bind("fix", args);
    if (this.isValid()) return this;
    throw new PartforgeError("NOT_SUPPORTED", "Shape.fix(): repairing an invalid shape needs OCCT's ShapeFix_Shape, which partforge's kernel build does not include");
  }

  /**
   * A copy with its own geometry.
   * @example Solid.makeBox(1, 1, 1).copy().Volume() // 1
   */
  copy(...args: ShapeArgs["copy"]): Shape {
    bind("copy", args);
    return wrapShape(copyShape(unwrapShape(this)));
  }

  /**
   * The shapes this one is made of, one level down (CadQuery's iteration over a shape): a
   * compound's members, a solid's shells, a shell's faces, a face's wires, a wire's edges, an
   * edge's vertices. Python's `*shape` is `...shape`.
   * @example [...Solid.makeBox(1, 1, 1).shells()].length // 6 (the faces of its one shell)
   */
  *[Symbol.iterator](): IterableIterator<Shape> {
    const below: Partial<Record<ShapeKind, ShapeKind>> = { solid: "shell", shell: "face", face: "wire", wire: "edge", edge: "vertex" };
    const next = below[this.kind];
    const parts = this.kind === "compound" ? childShapes(unwrapShape(this)).map(wrapShape) : next === undefined ? [] : childrenOf(this, next);
    yield* parts;
  }

  /** @example Workplane().box(1, 1, 1).val().Vertices().length // 8 */
  Vertices(...args: ShapeArgs["Vertices"]): Vertex[] {
    bind("Vertices", args);
    return childrenOf(this, "vertex") as Vertex[];
  }
  /** @example Workplane().box(1, 1, 1).val().Edges().length // 12 */
  Edges(...args: ShapeArgs["Edges"]): Edge[] {
    bind("Edges", args);
    return childrenOf(this, "edge") as Edge[];
  }
  /** @example Workplane().box(1, 1, 1).val().Wires().length // 6 */
  Wires(...args: ShapeArgs["Wires"]): Wire[] {
    bind("Wires", args);
    return childrenOf(this, "wire") as Wire[];
  }
  /** @example Workplane().box(1, 1, 1).val().Faces().length // 6 */
  Faces(...args: ShapeArgs["Faces"]): Face[] {
    bind("Faces", args);
    return childrenOf(this, "face") as Face[];
  }
  /** @example Workplane().box(1, 1, 1).val().Shells().length // 1 */
  Shells(...args: ShapeArgs["Shells"]): Shell[] {
    bind("Shells", args);
    return childrenOf(this, "shell") as Shell[];
  }
  /** @example Workplane().pushPoints([[0, 0], [3, 0]]).box(1, 1, 1).findSolid().Solids().length // 2 */
  Solids(...args: ShapeArgs["Solids"]): Solid[] {
    bind("Solids", args);
    return childrenOf(this, "solid") as Solid[];
  }
  /** @example Compound.makeCompound([Solid.makeBox(1, 1, 1)]).Compounds().length // 1 */
  Compounds(...args: ShapeArgs["Compounds"]): Compound[] {
    bind("Compounds", args);
    return childrenOf(this, "compound") as Compound[];
  }

  #select(kind: ShapeKind, selector: string | Selector | undefined): Shape {
    const candidates = childrenOf(this, kind);
    if (selector === undefined || selector === "") return oneOrCompound(candidates);
    return oneOrCompound(compileSelector(selector).filter(candidates));
  }

  /**
   * The vertices, those the selector picks when given: one as itself, several as a Compound.
   * @example Solid.makeBox(1, 1, 1).vertices(">Z").Vertices().length // 4
   */
  vertices(...args: ShapeArgs["vertices"]): Shape {
    return this.#select("vertex", bind("vertices", args).selector);
  }
  /** @example Solid.makeBox(1, 1, 1).edges("|Z").Edges().length // 4 */
  edges(...args: ShapeArgs["edges"]): Shape {
    return this.#select("edge", bind("edges", args).selector);
  }
  /** @example Solid.makeBox(1, 2, 3).faces(">Z or <Z").wires().Wires().length // 2 */
  wires(...args: ShapeArgs["wires"]): Shape {
    return this.#select("wire", bind("wires", args).selector);
  }
  /** @example Solid.makeBox(1, 1, 1).faces(">Z").ShapeType() // "Face" */
  faces(...args: ShapeArgs["faces"]): Shape {
    return this.#select("face", bind("faces", args).selector);
  }
  /** @example Solid.makeBox(1, 1, 1).shells().ShapeType() // "Shell" */
  shells(...args: ShapeArgs["shells"]): Shape {
    return this.#select("shell", bind("shells", args).selector);
  }
  /** @example Solid.makeBox(1, 1, 1).solids().ShapeType() // "Solid" */
  solids(...args: ShapeArgs["solids"]): Shape {
    return this.#select("solid", bind("solids", args).selector);
  }

  #selectOne(method: string, kind: ShapeKind, selector: string | Selector | undefined): Shape {
    const candidates = childrenOf(this, kind);
    const selected = selector === undefined || selector === "" ? candidates : compileSelector(selector).filter(candidates);
    const first = selected[0];
    if (first === undefined) {
      const what = selector === undefined || selector === "" ? "" : `(${typeof selector === "string" ? JSON.stringify(selector) : "selector"})`;
      throw new PartforgeError("SCRIPT_EXCEPTION", `Shape.${method}${what}: no ${kind} of this ${this.kind} is selected (it has ${candidates.length})`);
    }
    return first;
  }

  /**
   * The first vertex, or the first the selector picks (CadQuery 2.6+'s single selection).
   * @example Solid.makeBox(1, 1, 1).vertex(">X and >Y and >Z").toTuple() // [1, 1, 1]
   */
  vertex(...args: ShapeArgs["vertex"]): Shape {
    return this.#selectOne("vertex", "vertex", bind("vertex", args).selector);
  }
  /** @example Solid.makeBox(1, 1, 1).edge(">Z and >X").Length() // 1 */
  edge(...args: ShapeArgs["edge"]): Shape {
    return this.#selectOne("edge", "edge", bind("edge", args).selector);
  }
  /** @example Solid.makeBox(1, 1, 1).wire().Length() // 4 */
  wire(...args: ShapeArgs["wire"]): Shape {
    return this.#selectOne("wire", "wire", bind("wire", args).selector);
  }
  /** @example Solid.makeBox(1, 1, 1).face(">Z").Center() // Vector(0.5, 0.5, 1) */
  face(...args: ShapeArgs["face"]): Shape {
    return this.#selectOne("face", "face", bind("face", args).selector);
  }
  /** @example Solid.makeBox(1, 1, 1).solid().Volume() // 1 */
  solid(...args: ShapeArgs["solid"]): Shape {
    return this.#selectOne("solid", "solid", bind("solid", args).selector);
  }

  /**
   * The Locations this shape stands for (CadQuery 2.6+'s `toLocs`): a compound's members' ones,
   * a face's frame at the middle of its parameters, an edge's at its middle, else its centre.
   * @example Solid.makeBox(2, 2, 2).faces(">Z").toLocs()[0].toTuple() // [1, 1, 2]
   */
  toLocs(...args: ShapeArgs["toLocs"]): Location[] {
    bind("toLocs", args);
    return this.#locations();
  }

  #locations(): Location[] {
    if (this.kind === "compound") return childShapes(unwrapShape(this)).flatMap((child) => wrapShape(child).#locations());
    if (this.kind === "face") {
      const { origin, xDir, zDir } = faceFrameAtCenter(unwrapShape(this));
      return [new Location(new Plane(origin, xDir, zDir))];
    }
    if (this.kind === "edge") {
      const { point, tangent } = edgePointAndTangent(unwrapShape(this), 0.5);
      return [new Location(new Plane(point, undefined, tangent))];
    }
    return [new Location(this.Center())];
  }

  /**
   * This shape without the given sub-shapes (CadQuery 2.6+'s `remove`): the containers are rebuilt
   * around what is left.
   * @example Solid.makeBox(1, 1, 1).remove(box.faces(">Z")).Faces().length // 5
   */
  remove(...args: ShapeArgs["remove"]): Shape {
    const { subshape } = bind("remove", args);
    return wrapShape(withoutSubshapes(unwrapShape(this), subshape.map(unwrapShape)));
  }

  /**
   * This shape with the sub-shape `old` replaced by `new` ones (CadQuery 2.6+'s `replace`; a
   * compound given as new counts as its members).
   * @example box.replace(box.face(">Z"), box.face(">Z").addHole(hole)) // the box with a holed top
   */
  replace(...args: ShapeArgs["replace"]): Shape {
    const bound = bind("replace", args);
    const news = bound.new.flatMap((shape) => (shape.kind === "compound" ? childShapes(unwrapShape(shape)) : [unwrapShape(shape)]));
    return wrapShape(withReplacedSubshape(unwrapShape(this), unwrapShape(bound.old), news));
  }

  /**
   * A copy moved by `vector`.
   * @example Workplane().box(1, 1, 1).val().translate([0, 0, 2]).Center() // Vector(0, 0, 2)
   */
  translate(...args: ShapeArgs["translate"]): Shape {
    const { vector } = bind("translate", args);
    return wrapShape(translateShape(unwrapShape(this), vector.toTuple()));
  }

  /**
   * A copy rotated by `angleDegrees` about the axis from `startVector` to `endVector`.
   * @example Workplane().box(1, 1, 4).val().rotate([0, 0, 0], [1, 0, 0], 90)
   */
  rotate(...args: ShapeArgs["rotate"]): Shape {
    const { startVector, endVector, angleDegrees } = bind("rotate", args);
    const axis = endVector.sub(startVector);
    if (axis.length === 0) throw new PartforgeError("SCRIPT_EXCEPTION", "Shape.rotate: startVector and endVector are the same point; they must span the axis");
    return wrapShape(rotateShape(unwrapShape(this), startVector.toTuple(), axis.normalized().toTuple(), angleDegrees));
  }

  /**
   * A copy scaled by `factor` about the origin.
   * @example Solid.makeBox(1, 1, 1).scale(2).Volume() // 8
   */
  scale(...args: ShapeArgs["scale"]): Shape {
    const { factor } = bind("scale", args);
    if (factor === 0) throw new PartforgeError("SCRIPT_EXCEPTION", "Shape.scale: factor must not be 0");
    return wrapShape(scaleShape(unwrapShape(this), [0, 0, 0], factor));
  }

  /**
   * The mirror image through the plane "XY", "XZ" or "YZ" (or the plane with that normal) through `basePointVector`.
   * @example Solid.makeBox(1, 1, 1).mirror("XY").BoundingBox().zmin // -1
   */
  mirror(...args: ShapeArgs["mirror"]): Shape {
    const { mirrorPlane, basePointVector } = bind("mirror", args);
    const normals: Record<string, [number, number, number]> = { XY: [0, 0, 1], YX: [0, 0, 1], XZ: [0, 1, 0], ZX: [0, 1, 0], YZ: [1, 0, 0], ZY: [1, 0, 0] };
    const normal = typeof mirrorPlane === "string" ? normals[mirrorPlane]! : mirrorPlane.normalized().toTuple();
    return wrapShape(mirrorShape(unwrapShape(this), basePointVector.toTuple(), normal));
  }

  /**
   * A copy transformed by a matrix given as its rows (3 or 4 rows of 4; CadQuery's `Matrix`
   * built from them): a rotation and translation, possibly with a uniform scale or a mirror.
   * @example Solid.makeBox(1, 1, 1).transformShape([[1, 0, 0, 5], [0, 1, 0, 0], [0, 0, 1, 0]]).Center() // Vector(5.5, 0.5, 0.5)
   */
  transformShape(...args: ShapeArgs["transformShape"]): Shape {
    return this.#transformed("transformShape", bind("transformShape", args).tMatrix);
  }

  /**
   * As `transformShape`; a skewing or stretching matrix is NOT_SUPPORTED (the kernel build has no BRepBuilderAPI_GTransform).
   * @example Solid.makeBox(1, 1, 1).transformGeometry([[2, 0, 0, 0], [0, 2, 0, 0], [0, 0, 2, 0]]).Volume() // 8
   */
  transformGeometry(...args: ShapeArgs["transformGeometry"]): Shape {
    return this.#transformed("transformGeometry", bind("transformGeometry", args).tMatrix);
  }

  #transformed(method: string, rows: number[][]): Shape {
    if (rows.length === 4 && JSON.stringify(rows[3]) !== "[0,0,0,1]") {
      throw new PartforgeError("SCRIPT_EXCEPTION", `Shape.${method}: the fourth row of the matrix must be [0, 0, 0, 1]; got [${rows[3]!.join(", ")}]`);
    }
    const transformed = isConformal(rows) ? transformByMatrix(unwrapShape(this), rows.slice(0, 3)) : undefined;
    if (transformed === undefined) {
      throw new PartforgeError(
        "NOT_SUPPORTED",
        `Shape.${method}: the matrix skews or stretches; only rotations, translations, uniform scales and mirrors are supported (the kernel build has no BRepBuilderAPI_GTransform)`,
      );
    }
    return wrapShape(transformed);
  }

  /**
   * The shape's location (its OCCT location, as CadQuery's `location()`): the identity for a
   * shape as made, or as copied by `translate`, `rotate`, `mirror` and the like; what `moved`,
   * `located`, `move` and `locate` set (they share the geometry and change only the location).
   * A sub-shape reports its location within the world (a face of a moved box: the move).
   * @example Solid.makeBox(1, 1, 1).moved(Location([0, 0, 5])).location().toTuple() // [0, 0, 5]
   */
  location(...args: ShapeArgs["location"]): Location {
    bind("location", args);
    const frame = shapeLocationFrame(unwrapShape(this));
    if (frame === undefined) throw new PartforgeError("NOT_SUPPORTED", "Shape.location: the shape's location mirrors; a Location is a rigid placement");
    return new Location(new Plane(frame.origin, frame.xDir, frame.zDir));
  }

  /**
   * The same geometry with its location replaced by `loc` (CadQuery's `located`: not composed
   * with the current location, so a moved shape located at `loc` sits where the unmoved one would).
   * @example Solid.makeCone(1, 0, 2).located(Location([0, 0, 5])).Center().z // 5.5
   */
  located(...args: ShapeArgs["located"]): Shape {
    const { loc } = bind("located", args);
    return wrapShape(locateShape(unwrapShape(this), frameOf(loc)));
  }

  /** The same geometry moved by `loc` after its own location (CadQuery's `moved` by one Location). */
  #placed(loc: Location): Shape {
    return wrapShape(moveShape(unwrapShape(this), frameOf(loc)));
  }

  /**
   * This shape moved by `loc` (a Location or a translation), by each of several (a compound of the
   * moved shapes), or by `x, y, z, rx, ry, rz` (degrees, rotations about the world x, y, z in that
   * order, as CadQuery's `Location(x, y, z, rx, ry, rz)`), as CadQuery's `moved`: the results share
   * this shape's geometry, each with its own location (`location()` reports it).
   * @example Workplane().rarray(5, 5, 2, 2).eachpoint((loc) => Workplane().sphere(1).val().moved(loc))
   */
  moved(...args: ShapeArgs["moved"]): Shape {
    const bound = bind("moved", args);
    const location = (loc: Location | VectorLike) => (loc instanceof Location ? loc : new Location(Vector.from(loc)));
    if (bound.form === 0) return oneOrCompound([bound.loc1, bound.loc2, ...bound.locs].map((loc) => this.#placed(location(loc))));
    if (bound.form === 1) return this.#placed(location(bound.loc));
    if (bound.form === 2) return oneOrCompound(bound.locs.map((loc) => this.#placed(location(loc))));
    // CadQuery 2.6+: a shape stands for its Locations (`toLocs`).
    if (bound.form === 4) return oneOrCompound(bound.s.#locations().map((loc) => this.#placed(loc)));
    return this.#placed(eulerLocation(bound));
  }

  /**
   * Places this shape itself at `loc` (its location replaced) and returns it, as CadQuery's
   * `locate`: every holder of this shape (a Workplane's stack, an Assembly, a variable) sees it
   * placed. The in-place `located`.
   * @example const cone = Solid.makeCone(1, 0, 2); cone.locate(Location([0, 0, 5])); cone.Center().z // 5.5
   */
  locate(...args: ShapeArgs["locate"]): this {
    const { loc } = bind("locate", args);
    replaceKernelShape(this, unwrapShape(this.located(loc)));
    return this;
  }

  /**
   * Moves this shape itself and returns it, as CadQuery 2.6+'s `move`: by a Location or a
   * translation, by `x, y, z, rx, ry, rz` (degrees), or by a shape's first `toLocs()` location.
   * Every holder of this shape sees it moved; `moved` returns a new moved shape instead. As `moved`,
   * it changes the location, not the geometry.
   * @example const box = Solid.makeBox(1, 1, 1); box.move({ z: 2 }); box.Center().z // 2.5
   */
  move(...args: ShapeArgs["move"]): this {
    const bound = bind("move", args);
    let moved: Shape;
    if (bound.form === 0) moved = this.moved(bound.loc);
    else if (bound.form === 1) moved = this.moved({ x: bound.x, y: bound.y, z: bound.z, rx: bound.rx, ry: bound.ry, rz: bound.rz });
    else {
      const first = bound.s.#locations()[0];
      if (first === undefined) throw new PartforgeError("SCRIPT_EXCEPTION", "Shape.move(s): the shape has no locations to move by (an empty compound); pass a Location or a translation");
      moved = this.#placed(first);
    }
    replaceKernelShape(this, unwrapShape(moved));
    return this;
  }

  #boolean(kind: "fuse" | "cut" | "common", tools: readonly Shape[]): Shape {
    if (tools.length === 0) return this;
    return wrapShape(booleanOperation(kind, [unwrapShape(this)], tools.map(unwrapShape), { clean: false }));
  }

  /**
   * This shape fused with the others (OCCT's BRepAlgoAPI_Fuse, not cleaned).
   * @example Solid.makeBox(1, 1, 1).fuse(Solid.makeBox(1, 1, 1, [0.5, 0, 0])).Volume() // 1.5
   */
  fuse(...args: ShapeArgs["fuse"]): Shape {
    return this.#boolean("fuse", bind("fuse", args).toFuse);
  }

  /**
   * This shape with the others removed.
   * @example Solid.makeBox(2, 2, 2).cut(Solid.makeBox(1, 2, 2)).Volume() // 4
   */
  cut(...args: ShapeArgs["cut"]): Shape {
    return this.#boolean("cut", bind("cut", args).toCut);
  }

  /**
   * What this shape and the others have in common.
   * @example Solid.makeBox(2, 2, 2).intersect(Solid.makeBox(1, 2, 2)).Volume() // 4
   */
  intersect(...args: ShapeArgs["intersect"]): Shape {
    return this.#boolean("common", bind("intersect", args).toIntersect);
  }

  /**
   * This shape split by the others, every piece kept (a compound).
   * @example Solid.makeBox(2, 2, 2).split(Face.makePlane(null, null, [1, 0, 0], [1, 0, 0])).Solids().length // 2
   */
  split(...args: ShapeArgs["split"]): Shape {
    const { splitters } = bind("split", args);
    return wrapShape(splitShape(unwrapShape(this), splitters.map(unwrapShape)));
  }

  /**
   * The least distance to `other` (0 when they touch or overlap).
   * @example Solid.makeBox(1, 1, 1).distance(Solid.makeBox(1, 1, 1, [3, 0, 0])) // 2
   */
  distance(...args: ShapeArgs["distance"]): number {
    const { other } = bind("distance", args);
    return distanceBetween(unwrapShape(this), unwrapShape(other));
  }

  /**
   * The shapes of `kind` within `shape` that contain this one, as a compound.
   * @example box.edges(">Z and >X").ancestors(box, "Face").Faces().length // 2
   */
  ancestors(...args: ShapeArgs["ancestors"]): Shape {
    const { shape, kind } = bind("ancestors", args);
    return wrapShape(makeCompoundOf(ancestorsOf(this, shape, kind).map(unwrapShape)));
  }

  /**
   * The shapes of this one's kind within `shape` that share a sub-shape of `kind` with it (`level` steps out), as a compound.
   * @example box.faces(">Z").siblings(box, "Edge").Faces().length // 4
   */
  siblings(...args: ShapeArgs["siblings"]): Shape {
    const { shape, kind, level } = bind("siblings", args);
    return wrapShape(makeCompoundOf(siblingsOf(this, shape, kind, level).map(unwrapShape)));
  }

  /**
   * The least distance to each of the others, in order.
   * @example Solid.makeBox(1, 1, 1).distances(Vertex.makeVertex(3, 0, 0), Vertex.makeVertex(0, 0, 4)) // [2, 3]
   */
  distances(...args: ShapeArgs["distances"]): number[] {
    const { others } = bind("distances", args);
    return others.map((other) => distanceBetween(unwrapShape(this), unwrapShape(other)));
  }

  /** Not in partforge: scripts write no files. @example // return the shape from build(); the request picks the format */
  exportStl(...args: ShapeArgs["exportStl"]): never {
    bind("exportStl", args);
    throw new PartforgeError("NOT_SUPPORTED", `Shape.exportStl: ${NO_FILES}`);
  }
  /** Not in partforge: scripts write no files. @example // return the shape from build(); the request picks the format */
  exportStep(...args: ShapeArgs["exportStep"]): never {
    bind("exportStep", args);
    throw new PartforgeError("NOT_SUPPORTED", `Shape.exportStep: ${NO_FILES}`);
  }
  /** Not in partforge: scripts write no files. @example // return the shape from build(); the request picks the format */
  exportBrep(...args: ShapeArgs["exportBrep"]): never {
    bind("exportBrep", args);
    throw new PartforgeError("NOT_SUPPORTED", `Shape.exportBrep: ${NO_FILES}`);
  }
  /** Not in partforge: scripts write no files. @example // return the shape from build(); the request picks the format */
  exportBin(...args: ShapeArgs["exportBin"]): never {
    bind("exportBin", args);
    throw new PartforgeError("NOT_SUPPORTED", `Shape.exportBin: ${NO_FILES}`);
  }
  /** Not in partforge: scripts write no files. @example // return the shape from build(); the request picks the format */
  export(...args: ShapeArgs["export"]): never {
    bind("export", args);
    throw new PartforgeError("NOT_SUPPORTED", `Shape.export: ${NO_FILES}`);
  }

  /** Not in partforge: scripts read no files. @example // build the shape in the script instead */
  static importBrep(...args: ShapeArgs["importBrep"]): never {
    bind("importBrep", args);
    throw new PartforgeError("NOT_SUPPORTED", "Shape.importBrep: scripts have no file system to read from");
  }
  /** Not in partforge: scripts read no files. @example // build the shape in the script instead */
  static importBin(...args: ShapeArgs["importBin"]): never {
    bind("importBin", args);
    throw new PartforgeError("NOT_SUPPORTED", "Shape.importBin: scripts have no file system to read from");
  }
  /**
   * Not in partforge: CadQuery's `cast` wraps a raw OCCT handle, which scripts never hold; shapes already come as their class.
   * @example Workplane().box(1, 1, 1).val() instanceof Solid // true
   */
  static cast(...args: ShapeArgs["cast"]): never {
    bind("cast", args);
    throw new PartforgeError("NOT_SUPPORTED", "Shape.cast: scripts never hold raw OCCT handles; every shape already is its class (Solid, Face, …)");
  }

  /**
   * Volume of a solid, area of a face or shell, length of an edge or wire (CadQuery's mass with density 1).
   * @example Shape.computeMass(Solid.makeBox(1, 2, 3)) // 6
   */
  static computeMass(...args: ShapeArgs["computeMass"]): number {
    const { obj } = bind("computeMass", args);
    const dimension = DIMENSION[obj.kind];
    return dimension === 0 ? 0 : measure(unwrapShape(obj), dimension);
  }

  /** @example Shape.centerOfMass(Solid.makeBox(2, 2, 2)) // Vector(1, 1, 1) */
  static centerOfMass(...args: ShapeArgs["centerOfMass"]): Vector {
    return bind("centerOfMass", args).obj.Center();
  }

  /**
   * The mass-weighted centre of several shapes.
   * @example Shape.CombinedCenter([Solid.makeBox(1, 1, 1), Solid.makeBox(1, 1, 1, [2, 0, 0])]) // Vector(1.5, 0.5, 0.5)
   */
  static CombinedCenter(...args: ShapeArgs["CombinedCenter"]): Vector {
    const { objects } = bind("CombinedCenter", args);
    const masses = objects.map((o) => Shape.computeMass(o));
    const total = masses.reduce((a, b) => a + b, 0);
    if (objects.length === 0 || total === 0) throw new PartforgeError("SCRIPT_EXCEPTION", "Shape.CombinedCenter(objects): needs shapes with a length, area or volume");
    return objects.reduce((sum, o, i) => sum.add(o.Center().multiply(masses[i]! / total)), new Vector(0, 0, 0));
  }

  /**
   * The centre of the bounding box of several shapes.
   * @example Shape.CombinedCenterOfBoundBox([Solid.makeBox(1, 1, 1), Solid.makeBox(1, 1, 1, [2, 0, 0])]) // Vector(1.5, 0.5, 0.5)
   */
  static CombinedCenterOfBoundBox(...args: ShapeArgs["CombinedCenterOfBoundBox"]): Vector {
    const { objects } = bind("CombinedCenterOfBoundBox", args);
    if (objects.length === 0) throw new PartforgeError("SCRIPT_EXCEPTION", "Shape.CombinedCenterOfBoundBox(objects): needs at least one shape");
    return oneOrCompound(objects).CenterOfBoundBox();
  }

  override toString(): string {
    return `${this.ShapeType()}`;
  }
}
