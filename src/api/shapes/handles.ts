/**
 * The one place a shape facade's kernel object is kept: a module-private WeakMap keyed by the
 * facade, so nothing a script holds reaches raw kernel memory. It imports no facade class, so
 * the signature kinds can recognise shapes without importing the shape classes.
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
import { memoizedFact, type SubShapeKind } from "../../kernel/index.ts";
import { PartforgeError } from "../../shared/errors.ts";

export type ShapeKind = SubShapeKind;

/** Each facade's kernel shape, kind, and the facts derived from it (computed once). */
const kernelShapes = new WeakMap<object, { readonly shape: AnyShape; readonly kind: ShapeKind; readonly facts: Map<string, unknown> }>();

/** The topological kind of a kernel shape (a compsolid counts as a compound). */
export function kindOfKernelShape(shape: AnyShape): ShapeKind {
  if (shape instanceof KVertex) return "vertex";
  if (shape instanceof KEdge) return "edge";
  if (shape instanceof KWire) return "wire";
  if (shape instanceof KFace) return "face";
  if (shape instanceof KShell) return "shell";
  if (shape instanceof KSolid) return "solid";
  if (shape instanceof KCompound || shape instanceof KCompSolid) return "compound";
  throw new PartforgeError(
    "SCRIPT_EXCEPTION",
    "shapes are made by the modelling API (Solid.makeBox(…), Edge.makeLine(…), Workplane().….val()), not constructed from other values",
  );
}

/** Ties a new facade to its kernel shape, once. */
export function attachKernelShape(facade: object, shape: AnyShape): ShapeKind {
  if (kernelShapes.has(facade)) throw new PartforgeError("INTERNAL", "a shape facade is tied to one kernel shape");
  const kind = kindOfKernelShape(shape);
  kernelShapes.set(facade, { shape, kind, facts: new Map() });
  return kind;
}

/**
 * Moves a facade in place (CadQuery's `move`/`locate` change the Python object itself): the facade
 * is tied to `shape` from now on and the facts derived from its old kernel shape are dropped, so
 * every holder of this facade (a Workplane's stack, an Assembly) sees the moved shape. A placement
 * never changes the kind.
 */
export function replaceKernelShape(facade: object, shape: AnyShape): void {
  const entry = kernelShapes.get(facade);
  if (entry === undefined) throw new PartforgeError("SCRIPT_EXCEPTION", "expected a shape made by the modelling API");
  const kind = kindOfKernelShape(shape);
  if (kind !== entry.kind) throw new PartforgeError("INTERNAL", `moving a ${entry.kind} in place made a ${kind}`);
  kernelShapes.set(facade, { shape, kind, facts: new Map() });
}

/** The kernel shape behind a facade; a SCRIPT_EXCEPTION for anything else. */
export function kernelShapeOf(facade: object): AnyShape {
  const entry = kernelShapes.get(facade);
  if (entry === undefined) throw new PartforgeError("SCRIPT_EXCEPTION", "expected a shape made by the modelling API");
  return entry.shape;
}

/** The kind of a shape facade, or undefined when `value` is not one. */
export function shapeKindOf(value: unknown): ShapeKind | undefined {
  return typeof value === "object" && value !== null ? kernelShapes.get(value)?.kind : undefined;
}

/**
 * A fact derived from a facade's kernel shape, computed once per kernel shape (`replaceKernelShape`
 * drops them), and taken from the operation memo when an earlier build of the tenant measured it
 * on the same keyed shape (`memoizedFact`).
 */
export function derivedFact<T>(facade: object, key: string, compute: () => T): T {
  const entry = kernelShapes.get(facade);
  if (entry === undefined) throw new PartforgeError("SCRIPT_EXCEPTION", "expected a shape made by the modelling API");
  if (!entry.facts.has(key)) entry.facts.set(key, memoizedFact(entry.shape, `${entry.kind} ${key}`, compute));
  return entry.facts.get(key) as T;
}
