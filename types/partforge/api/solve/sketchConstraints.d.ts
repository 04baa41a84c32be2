export declare const SKETCH_CONSTRAINT_KINDS: readonly ["Fixed", "FixedPoint", "Coincident", "Angle", "Length", "Distance", "Radius", "Orientation", "ArcAngle"];
export type SketchConstraintKind = (typeof SKETCH_CONSTRAINT_KINDS)[number];
export type SketchGeometry = "LINE" | "CIRCLE";
/** What each kind constrains, on which geometry, and its parameter (ConstraintInvariants). */
export declare const SKETCH_CONSTRAINT_RULES: Readonly<Record<SketchConstraintKind, {
    readonly arity: 1 | 2;
    readonly geometries: readonly SketchGeometry[];
    readonly param: "none" | "number" | "optionalNumber" | "distance" | "pair";
}>>;
export interface SketchEntity {
    readonly geometry: SketchGeometry;
    /** LINE: x1, y1, x2, y2. CIRCLE: cx, cy, r, a, da (radians, clockwise from +y). */
    readonly dof: readonly number[];
}
/** A constraint on entities `e1` (and `e2`); angles already in radians, as CadQuery converts them. */
export interface SketchConstraint {
    readonly kind: SketchConstraintKind;
    readonly e1: number;
    readonly e2: number | undefined;
    /** Fixed/Coincident: undefined. FixedPoint: a fraction along the edge or undefined (an arc's centre). Distance: [t1, t2, d]. Orientation: [x, y]. */
    readonly param: number | readonly (number | undefined)[] | undefined;
}
type P2 = readonly [number, number];
/** A point of an arc: its centre (t undefined) or the point at fraction t of its sweep. */
export declare function arcPoint(x: readonly number[], t: number | undefined): P2;
export interface SketchSolution {
    readonly dofs: number[][];
    readonly cost: number;
    readonly iterations: number;
    /** Each constraint's own Σ r² at the end. */
    readonly constraintCosts: number[];
}
/**
 * Moves the entities, from where they are, until the constraints hold (or as near as the
 * iteration bound allows; the caller judges `cost`).
 * @example solveSketch([{ geometry: "LINE", dof: [0, 0, 1, 0] }], [{ kind: "Length", e1: 0, e2: undefined, param: 2 }]).dofs[0] // ≈ [−0.5, 0, 1.5, 0]
 */
export declare function solveSketch(entities: readonly SketchEntity[], constraints: readonly SketchConstraint[], options?: {
    maxIterations?: number;
}): SketchSolution;
/**
 * An arc's entity from its centre, start, middle and end points (as CadQuery's `Sketch.solve`
 * reads an edge): a, the start's angle clockwise from +y, and da, the signed sweep through the middle.
 */
export declare function arcEntity(center: P2, start: P2, middle: P2, end: P2): number[];
/** The start, middle and end points of an arc entity (to rebuild the edge through three points). */
export declare function arcThreePoints(x: readonly number[]): [P2, P2, P2];
/** The centre of the circle through three points, or undefined when they are in a line. */
export declare function circleCenter(a: P2, b: P2, c: P2): P2 | undefined;
export {};
