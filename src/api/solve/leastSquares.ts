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

function sumOfSquares(r: Float64Array): number {
  let s = 0;
  for (const v of r) s += v * v;
  return s;
}

/** The Jacobian by central differences, row-major m × n. */
const step = (value: number) => 1e-6 * Math.max(1, Math.abs(value));

function jacobian(residuals: Residuals, x: Float64Array, m: number): Float64Array {
  const n = x.length;
  const J = new Float64Array(m * n);
  const probe = Float64Array.from(x);
  for (let j = 0; j < n; j++) {
    const h = step(x[j]!);
    probe[j] = x[j]! + h;
    const plus = residuals(probe);
    probe[j] = x[j]! - h;
    const minus = residuals(probe);
    probe[j] = x[j]!;
    for (let i = 0; i < m; i++) J[i * n + j] = (plus[i]! - minus[i]!) / (2 * h);
  }
  return J;
}

/** Solves the symmetric positive definite system A·x = b in place by Cholesky; false when A is not positive definite. */
export function choleskySolve(A: Float64Array, b: Float64Array, n: number): Float64Array | undefined {
  const L = Float64Array.from(A);
  for (let j = 0; j < n; j++) {
    let d = L[j * n + j]!;
    for (let k = 0; k < j; k++) d -= L[j * n + k]! ** 2;
    if (!(d > 0)) return undefined;
    const root = Math.sqrt(d);
    L[j * n + j] = root;
    for (let i = j + 1; i < n; i++) {
      let s = L[i * n + j]!;
      for (let k = 0; k < j; k++) s -= L[i * n + k]! * L[j * n + k]!;
      L[i * n + j] = s / root;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= L[i * n + k]! * y[k]!;
    y[i] = s / L[i * n + i]!;
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k++) s -= L[k * n + i]! * x[k]!;
    x[i] = s / L[i * n + i]!;
  }
  return x;
}

/**
 * Minimises Σ r(x)² from `start`. Damping λ·I (Levenberg's form) keeps steps short in directions
 * the residuals do not see, so variables no constraint fixes stay where they started.
 * @example solveLeastSquares((x) => Float64Array.of(x[0]! - 2), Float64Array.of(0)).x[0] // 2
 */
export function solveLeastSquares(residuals: Residuals, start: Float64Array, options: LeastSquaresOptions = {}): LeastSquaresResult {
  const maxIterations = options.maxIterations ?? 200;
  const costTolerance = options.costTolerance ?? 1e-26;
  const stepTolerance = options.stepTolerance ?? 1e-14;
  const n = start.length;
  let x = Float64Array.from(start);
  let r = residuals(x);
  const m = r.length;
  let cost = sumOfSquares(r);
  let lambda = -1;
  // Each trial step is one linear solve; all of them together are bounded, not just the outer steps.
  let trialsLeft = 4 * maxIterations;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (cost <= costTolerance) return { x, cost, iterations: iteration, stop: "converged" };
    const J = options.jacobian !== undefined ? options.jacobian(x, r) : jacobian(residuals, x, m);
    const A = new Float64Array(n * n);
    const g = new Float64Array(n);
    // Each residual sees few variables (a constraint, one or two parts): sum over its nonzeros only.
    const nonzero: number[] = [];
    for (let i = 0; i < m; i++) {
      const ri = r[i]!;
      nonzero.length = 0;
      for (let a = 0; a < n; a++) if (J[i * n + a] !== 0) nonzero.push(a);
      for (const a of nonzero) {
        const Jia = J[i * n + a]!;
        g[a] -= Jia * ri;
        for (const b of nonzero) if (b >= a) A[a * n + b] += Jia * J[i * n + b]!;
      }
    }
    let largest = 0;
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < a; b++) A[a * n + b] = A[b * n + a]!;
      largest = Math.max(largest, A[a * n + a]!);
    }
    if (lambda < 0) lambda = 1e-6 * Math.max(largest, 1e-12);
    // Try damped steps until one lowers the cost (a bounded number of times).
    let improved = false;
    for (let attempt = 0; attempt < 30 && !improved && trialsLeft > 0; attempt++, trialsLeft--) {
      const damped = Float64Array.from(A);
      for (let a = 0; a < n; a++) damped[a * n + a] += lambda;
      const step = choleskySolve(damped, g, n);
      if (step === undefined) {
        lambda *= 10;
        continue;
      }
      let relative = 0;
      for (let a = 0; a < n; a++) relative = Math.max(relative, Math.abs(step[a]!) / (1 + Math.abs(x[a]!)));
      if (relative <= stepTolerance) return { x, cost, iterations: iteration, stop: "stalled" };
      const trial = new Float64Array(n);
      for (let a = 0; a < n; a++) trial[a] = x[a]! + step[a]!;
      const trialResiduals = residuals(trial);
      const trialCost = sumOfSquares(trialResiduals);
      if (Number.isFinite(trialCost) && trialCost < cost) {
        x = trial;
        r = trialResiduals;
        cost = trialCost;
        lambda = Math.max(lambda / 10, 1e-300);
        improved = true;
      } else {
        lambda *= 10;
      }
    }
    if (!improved) return { x, cost, iterations: iteration + 1, stop: trialsLeft > 0 ? "stalled" : "iterations" };
  }
  return { x, cost, iterations: maxIterations, stop: cost <= costTolerance ? "converged" : "iterations" };
}

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
export function blockProblem(blocks: readonly ResidualBlock[], n: number): { residuals: Residuals; jacobian: Jacobian } {
  const residuals: Residuals = (x) => Float64Array.from(blocks.flatMap((block) => [...block.evaluate(x)]));
  const jacobian: Jacobian = (x, r) => {
    const J = new Float64Array(r.length * n);
    const probe = Float64Array.from(x);
    let row = 0;
    for (const block of blocks) {
      let size = 0;
      for (const j of block.variables) {
        const h = step(x[j]!);
        probe[j] = x[j]! + h;
        const plus = block.evaluate(probe);
        probe[j] = x[j]! - h;
        const minus = block.evaluate(probe);
        probe[j] = x[j]!;
        size = plus.length;
        for (let i = 0; i < plus.length; i++) J[(row + i) * n + j] = (plus[i]! - minus[i]!) / (2 * h);
      }
      row += block.variables.length > 0 ? size : block.evaluate(x).length;
    }
    return J;
  };
  return { residuals, jacobian };
}
