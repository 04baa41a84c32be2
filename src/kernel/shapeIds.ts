/**
 * Telling kernel shapes apart without comparing every pair: ids for distinct shapes (IsSame: same
 * TShape, same location), found through OCCT's shape hash and IsSame within a hash bucket: what
 * `subShapes`, the topology links and the sub-shape lookups are built on. (OCCT's
 * TopTools_IndexedMapOfShape would give the ids, but this build cannot construct it: its base
 * class NCollection_BaseMap is not bound.)
 */
import type { AnyShape } from "replicad";
import type { OpenCascadeInstance, TopoDS_Shape } from "replicad-opencascadejs";
import type { SubShapeKind } from "./operations.ts";
import { kernelRun, type Keep } from "./run.ts";

type Hasher = { HashCode(shape: TopoDS_Shape, upperBound: number): number };

/**
 * Ids 0, 1, … for distinct shapes (IsSame), in the order they are first added; a shape `leftOut`
 * picks (asked once per distinct shape) gets none (-1).
 */
export class ShapeIds {
  readonly #buckets = new Map<number, { shape: TopoDS_Shape; id: number }[]>();
  readonly #shapes: TopoDS_Shape[] = [];
  readonly #hasher: Hasher;
  readonly #leftOut: ((shape: TopoDS_Shape) => boolean) | undefined;

  constructor(hasher: Hasher, leftOut?: (shape: TopoDS_Shape) => boolean) {
    this.#hasher = hasher;
    this.#leftOut = leftOut;
  }

  get size(): number {
    return this.#shapes.length;
  }

  /** The shape with id `id` (the handle first added: the caller keeps it alive). */
  shape(id: number): TopoDS_Shape {
    return this.#shapes[id]!;
  }

  /** The id of `shape`, or -1. */
  find(shape: TopoDS_Shape): number {
    const bucket = this.#buckets.get(this.#hasher.HashCode(shape, 2147483647));
    return bucket?.find((entry) => entry.shape.IsSame(shape))?.id ?? -1;
  }

  /** The id of `shape`, a new one when it is new (then `shape` must stay alive while the ids are used), or -1. */
  add(shape: TopoDS_Shape): number {
    const hash = this.#hasher.HashCode(shape, 2147483647);
    const bucket = this.#buckets.get(hash);
    const found = bucket?.find((entry) => entry.shape.IsSame(shape));
    if (found !== undefined) return found.id;
    const id = this.#leftOut?.(shape) ? -1 : this.#shapes.push(shape) - 1;
    if (bucket === undefined) this.#buckets.set(hash, [{ shape, id }]);
    else bucket.push({ shape, id });
    return id;
  }
}

/** OCCT's shape type (`TopAbs_ShapeEnum`) of a partforge sub-shape kind. */
export function topAbsKind(oc: OpenCascadeInstance, kind: SubShapeKind) {
  const kinds = oc.TopAbs_ShapeEnum;
  return {
    vertex: kinds.TopAbs_VERTEX,
    edge: kinds.TopAbs_EDGE,
    wire: kinds.TopAbs_WIRE,
    face: kinds.TopAbs_FACE,
    shell: kinds.TopAbs_SHELL,
    solid: kinds.TopAbs_SOLID,
    compound: kinds.TopAbs_COMPOUND,
  }[kind];
}

export function shapeHasher(oc: OpenCascadeInstance): Hasher {
  return (oc as unknown as { ReplicadShapeHasher: Hasher }).ReplicadShapeHasher;
}

/**
 * Empty ids for sub-shapes of `kind`, leaving out what `subShapes` leaves out: the collapsed seam at
 * a cone's apex or a sphere's pole is no edge to CadQuery (`Edges()`), so degenerated edges get none.
 */
export function subShapeIdsOf(oc: OpenCascadeInstance, keep: Keep, kind: SubShapeKind): ShapeIds {
  const degenerated = (edge: TopoDS_Shape) => oc.BRep_Tool.Degenerated(keep(oc.TopoDS.Edge(edge)));
  return new ShapeIds(shapeHasher(oc), kind === "edge" ? degenerated : undefined);
}

/**
 * The distinct sub-shapes of `kind` in `shape` as ids, in exploration order: id i is the i-th shape
 * `subShapes` lists. The handles are kept (alive until the kernel run ends).
 */
export function distinctSubShapes(oc: OpenCascadeInstance, keep: Keep, shape: TopoDS_Shape, kind: SubShapeKind): ShapeIds {
  const ids = subShapeIdsOf(oc, keep, kind);
  const explorer = keep(new oc.TopExp_Explorer(shape, topAbsKind(oc, kind), oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
  for (; explorer.More(); explorer.Next()) ids.add(keep(explorer.Current()));
  return ids;
}

/**
 * The indices of the first occurrence of each distinct shape in `shapes` (IsSame), in order:
 * a dedupe in one pass, where comparing each shape with every one kept was quadratic.
 */
export function firstOccurrences(shapes: readonly AnyShape[]): number[] {
  return kernelRun("telling shapes apart", (oc) => {
    // The ids are given in order, so a shape whose id is new is a first occurrence.
    const ids = new ShapeIds(shapeHasher(oc));
    const first: number[] = [];
    shapes.forEach((shape, index) => {
      if (ids.add(shape.wrapped) === first.length) first.push(index);
    });
    return first;
  });
}
