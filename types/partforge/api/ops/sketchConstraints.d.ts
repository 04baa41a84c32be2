import type { Shape } from "../shape.ts";
import { type SketchConstraint, type SketchConstraintKind } from "../solve/index.ts";
/** A checked constraint as the Sketch keeps it: by tag, its parameter converted (degrees to radians). */
export interface TaggedConstraint {
    readonly kind: SketchConstraintKind;
    readonly tags: readonly string[];
    readonly param: SketchConstraint["param"];
}
/** How many edges one solve may move: the solver's work grows with the cube of their number. */
export declare const MAX_SOLVED_EDGES = 100;
/**
 * Checks a constraint as CadQuery's Sketch `Constraint` does: the kind's number of edges, their
 * geometry (lines, arcs) and the parameter's type.
 */
export declare function checkConstraint(tags: ReadonlyMap<string, readonly unknown[]>, names: readonly string[], kind: SketchConstraintKind, param: unknown): TaggedConstraint;
/**
 * Solves the constraints over the tagged lines and arcs and returns each moved edge's
 * replacement. Fails naming the constraint furthest from holding when they cannot all hold.
 */
export declare function solveTaggedEdges(tags: ReadonlyMap<string, readonly unknown[]>, constraints: readonly TaggedConstraint[]): Map<Shape, Shape>;
