import { Location } from "../location.ts";
import type { Shape } from "../shape.ts";
import { ASSEMBLY_CONSTRAINT_KINDS, type AssemblyConstraintKind, type LineMarker, type PlaneMarker, type Vec3 } from "../solve/index.ts";
export { ASSEMBLY_CONSTRAINT_KINDS, type AssemblyConstraintKind };
/** How many parts one solve may move, and constraints it may hold: the solver's work grows with their product. */
export declare const MAX_SOLVED_PARTS = 64;
export declare const MAX_CONSTRAINTS = 1000;
type Marker = Vec3 | PlaneMarker | LineMarker | undefined;
/** One side of a constraint: the top-level part it moves, the shape selected, and where that shape sits in the part. */
export interface ConstraintEnd {
    readonly part: string;
    readonly shape: Shape | undefined;
    readonly subloc: Location;
}
/** A validated constraint with its markers in the coordinates of the part it moves. */
export interface AssemblyConstraint {
    readonly kind: AssemblyConstraintKind;
    readonly parts: readonly string[];
    readonly param: number | Vec3 | undefined;
    /** Per simple constraint (Plane is Axis + Point), the markers in part coordinates. */
    readonly markers: readonly Marker[][];
    /** How the script wrote it, for error messages. */
    readonly call: string;
}
/**
 * Validates a constraint as CadQuery's ConstraintSpec does (arity, the markers its shapes give,
 * the parameter) and takes its markers now, in the coordinates of the parts it moves.
 */
export declare function makeConstraint(kind: AssemblyConstraintKind, ends: readonly ConstraintEnd[], param: unknown, call: string): AssemblyConstraint;
/**
 * CadQuery's `Assembly.solve`: numbers the constrained parts in order of first mention, locks
 * the Fixed ones and the assembly's own root part (else the first part of the first two-part
 * constraint not also unary-constrained, else the first), solves, and returns each moved part's
 * new Location relative to the root (the root's own solved placement divided out when it has
 * an object).
 */
export declare function solvePlacements(input: {
    readonly constraints: readonly AssemblyConstraint[];
    readonly rootName: string;
    readonly rootHasObject: boolean;
    readonly locationOf: (part: string) => Location;
    /** The assembly's bounding box diagonal, the unit of the solver's lengths. */
    readonly size: number;
}): Map<string, Location>;
