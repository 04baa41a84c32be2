import { type Pose, type Quaternion, type Vec3 } from "./rigid.ts";
export declare const ASSEMBLY_CONSTRAINT_KINDS: readonly ["Point", "Axis", "Plane", "PointInPlane", "PointOnLine", "Fixed", "FixedPoint", "FixedAxis", "FixedRotation"];
export type AssemblyConstraintKind = (typeof ASSEMBLY_CONSTRAINT_KINDS)[number];
export declare const UNARY_KINDS: readonly AssemblyConstraintKind[];
export interface PlaneMarker {
    readonly origin: Vec3;
    readonly normal: Vec3;
}
export interface LineMarker {
    readonly origin: Vec3;
    readonly direction: Vec3;
}
/** One simple constraint between parts `a` (and `b`), markers in each part's own coordinates. */
export type SimpleConstraint = {
    readonly kind: "Point";
    readonly a: number;
    readonly b: number;
    readonly p1: Vec3;
    readonly p2: Vec3;
    readonly distance: number;
} | {
    readonly kind: "Axis";
    readonly a: number;
    readonly b: number;
    readonly d1: Vec3;
    readonly d2: Vec3;
    readonly angleDeg: number;
} | {
    readonly kind: "PointInPlane";
    readonly a: number;
    readonly b: number;
    readonly p: Vec3;
    readonly plane: PlaneMarker;
    readonly offset: number;
} | {
    readonly kind: "PointOnLine";
    readonly a: number;
    readonly b: number;
    readonly p: Vec3;
    readonly line: LineMarker;
    readonly distance: number;
} | {
    readonly kind: "FixedPoint";
    readonly a: number;
    readonly p: Vec3;
    readonly point: Vec3;
} | {
    readonly kind: "FixedAxis";
    readonly a: number;
    readonly d: Vec3;
    readonly direction: Vec3;
} | {
    readonly kind: "FixedRotation";
    readonly a: number;
    readonly anglesDeg: Vec3;
};
export interface AssemblyProblem {
    /** Each part's placement before solving. */
    readonly starts: readonly Pose[];
    /** Parts that do not move (CadQuery's locked entities). */
    readonly locked: ReadonlySet<number>;
    readonly constraints: readonly SimpleConstraint[];
    /** The assembly's size (CadQuery: its bounding box diagonal): lengths are measured in it. */
    readonly size: number;
}
export interface AssemblySolution {
    readonly poses: Pose[];
    /** Σ r² at the end (lengths in units of `size`). */
    readonly cost: number;
    readonly iterations: number;
    /** Each constraint's own Σ r² at the end, in the order given. */
    readonly constraintCosts: number[];
}
/**
 * Places the free parts so the constraints hold, starting from where they are (and, when that
 * start is a stationary point, such as two faces facing exactly away from each other, from
 * CadQuery's own start: every rotation coordinate 0.01). Returns the best placement found;
 * the caller judges `cost`.
 */
export declare function solveAssembly(problem: AssemblyProblem, options?: {
    maxIterations?: number;
    acceptCost?: number;
}): AssemblySolution;
export type { Pose, Quaternion, Vec3 };
