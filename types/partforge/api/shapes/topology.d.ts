import type { Shape, ShapeKind } from "./shape.ts";
/** The partforge kind CadQuery's kind `name` stands for; undefined for "CompSolid" (partforge has none) and unknown names. */
export declare function topologyKind(name: string): ShapeKind | undefined;
/** What a relation returns for `within` itself, and what it does about a shape `within` does not hold. */
export interface RelationOptions {
    /**
     * Whether `within`, when it is of the kind asked for, comes back as itself (the Workplane's
     * selectors: the stack keeps the solid in context) rather than as its sub-shape copy (the
     * Shape methods, as `subShapes`).
     */
    readonly withinAsItself: boolean;
    /** Called, to throw, for a shape `within` does not hold; without it, such a shape just has no ancestors. */
    readonly foreign?: (shape: Shape) => never;
}
/**
 * The shapes of `kind` in `within` that contain one of `shapes`: for each kind of `shapes` in
 * order of first appearance, for each shape of it in order, its ancestors in exploration order;
 * each once.
 */
export declare function ancestorShapes(within: Shape, kind: ShapeKind, shapes: readonly Shape[], options: RelationOptions): Shape[];
/**
 * The shapes of each start's kind in `within` that share a sub-shape of `linkKind` with it,
 * `level` links away (never returning to a shape already reached): for each start in order, its
 * siblings in exploration order; each once, and none of `starts` itself.
 */
export declare function siblingShapes(within: Shape, linkKind: ShapeKind, starts: readonly Shape[], level: number, options: RelationOptions): Shape[];
/** `Shape.ancestors`: the shapes of `kindName` in `within` that contain `self`. */
export declare function ancestorsOf(self: Shape, within: Shape, kindName: string): Shape[];
/** `Shape.siblings`: the shapes of `self`'s kind in `within` sharing a sub-shape of `kindName` with `self`, `level` steps out. */
export declare function siblingsOf(self: Shape, within: Shape, kindName: string, level: number): Shape[];
