/**
 * The one place a shape facade's kernel object is kept: a module-private WeakMap keyed by the
 * facade, so nothing a script holds reaches raw kernel memory. It imports no facade class, so
 * the signature kinds can recognise shapes without importing the shape classes.
 */
import { type AnyShape } from "replicad";
import { type SubShapeKind } from "../../kernel/index.ts";
export type ShapeKind = SubShapeKind;
/** The topological kind of a kernel shape (a compsolid counts as a compound). */
export declare function kindOfKernelShape(shape: AnyShape): ShapeKind;
/** Ties a new facade to its kernel shape, once. */
export declare function attachKernelShape(facade: object, shape: AnyShape): ShapeKind;
/**
 * Moves a facade in place (CadQuery's `move`/`locate` change the Python object itself): the facade
 * is tied to `shape` from now on and the facts derived from its old kernel shape are dropped, so
 * every holder of this facade (a Workplane's stack, an Assembly) sees the moved shape. A placement
 * never changes the kind.
 */
export declare function replaceKernelShape(facade: object, shape: AnyShape): void;
/** The kernel shape behind a facade; a SCRIPT_EXCEPTION for anything else. */
export declare function kernelShapeOf(facade: object): AnyShape;
/** The kind of a shape facade, or undefined when `value` is not one. */
export declare function shapeKindOf(value: unknown): ShapeKind | undefined;
/**
 * A fact derived from a facade's kernel shape, computed once per kernel shape (`replaceKernelShape`
 * drops them), and taken from the operation memo when an earlier build of the tenant measured it
 * on the same keyed shape (`memoizedFact`).
 */
export declare function derivedFact<T>(facade: object, key: string, compute: () => T): T;
