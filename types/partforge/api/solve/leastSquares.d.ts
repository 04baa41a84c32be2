/**
 * A damped Gauss–Newton (Levenberg–Marquardt) solver for small dense nonlinear least-squares
 * problems: find x minimising ½·Σ rᵢ(x)², with a finite-difference Jacobian. Pure math, no
 * state outside a call. Bounded: at most `maxIterations` steps, each one Jacobian and one or a
 * few trial steps, and at most 4 × `maxIterations` trial steps (linear solves) in all, so an
 * untrusted script's constraint system always stops.
 *
 * Why not an npm package: `ml-levenberg-marquardt` fits a parametric curve y = f(x; p) to data
 * points (one scalar model per sample), not a general residual vector, and has no bound on the
 * damping retries; the solver needed here is ~100 lines.
 */
export type Residuals = (x: Float64Array) => Float64Array;
/** Computes the m × n Jacobian (row-major) at x, whose residuals are r. */
export type Jacobian = (x: Float64Array, r: Float64Array) => Float64Array;
export interface LeastSquaresOptions {
    /** The Jacobian; by default central differences of the whole residual vector. */
    readonly jacobian?: Jacobian;
    /** Gauss–Newton steps at most (default 200). */
    readonly maxIterations?: number;
    /** Stop as converged when the cost Σ r² falls to this (default 1e-26). */
    readonly costTolerance?: number;
    /** Stop when a step changes no variable by more than this relative amount (default 1e-14). */
    readonly stepTolerance?: number;
}
export interface LeastSquaresResult {
    readonly x: Float64Array;
    /** Σ r² at `x`. */
    readonly cost: number;
    readonly iterations: number;
    /** Why it stopped: the cost reached `costTolerance`, steps became negligible, or the iteration bound. */
    readonly stop: "converged" | "stalled" | "iterations";
}
/** Solves the symmetric positive definite system A·x = b in place by Cholesky; false when A is not positive definite. */
export declare function choleskySolve(A: Float64Array, b: Float64Array, n: number): Float64Array | undefined;
/**
 * Minimises Σ r(x)² from `start`. Damping λ·I (Levenberg's form) keeps steps short in directions
 * the residuals do not see, so variables no constraint fixes stay where they started.
 * @example solveLeastSquares((x) => Float64Array.of(x[0]! - 2), Float64Array.of(0)).x[0] // 2
 */
export declare function solveLeastSquares(residuals: Residuals, start: Float64Array, options?: LeastSquaresOptions): LeastSquaresResult;
/** A group of residuals (one constraint) that reads only some of the variables. */
export interface ResidualBlock {
    readonly variables: readonly number[];
    readonly evaluate: (x: Float64Array) => readonly number[];
}
/**
 * The residuals and Jacobian of a problem made of blocks: the Jacobian is taken by central
 * differences block by block, each over its own variables only, so its cost grows with the
 * number of constraints rather than with constraints × variables.
 */
export declare function blockProblem(blocks: readonly ResidualBlock[], n: number): {
    residuals: Residuals;
    jacobian: Jacobian;
};
