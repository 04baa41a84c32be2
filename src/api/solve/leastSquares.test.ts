import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { choleskySolve, solveLeastSquares } from "./leastSquares.ts";

describe("solveLeastSquares", () => {
  it("finds the root of Rosenbrock's residuals (10(y − x²), 1 − x) from (−1.2, 1)", () => {
    const result = solveLeastSquares((x) => Float64Array.of(10 * (x[1]! - x[0]! ** 2), 1 - x[0]!), Float64Array.of(-1.2, 1));
    assert.equal(result.stop, "converged");
    assert.ok(Math.abs(result.x[0]! - 1) < 1e-10 && Math.abs(result.x[1]! - 1) < 1e-10, `got ${result.x}`);
  });

  it("returns the least-squares compromise of inconsistent residuals (x = 1 and x = 2 → 1.5, cost 0.5) without claiming convergence", () => {
    const result = solveLeastSquares((x) => Float64Array.of(x[0]! - 1, x[0]! - 2), Float64Array.of(0));
    assert.notEqual(result.stop, "converged");
    assert.ok(Math.abs(result.x[0]! - 1.5) < 1e-9);
    assert.ok(Math.abs(result.cost - 0.5) < 1e-12);
  });

  it("leaves a variable no residual sees where it started", () => {
    const result = solveLeastSquares((x) => Float64Array.of(x[0]! - 3), Float64Array.of(0, 7));
    assert.equal(result.x[1], 7);
    assert.ok(Math.abs(result.x[0]! - 3) < 1e-12);
  });

  it("stops after maxIterations on a problem that keeps improving slowly", () => {
    let evaluations = 0;
    const result = solveLeastSquares(
      (x) => {
        evaluations++;
        return Float64Array.of(Math.exp(-x[0]!));
      },
      Float64Array.of(0),
      { maxIterations: 5 },
    );
    assert.equal(result.stop, "iterations");
    assert.equal(result.iterations, 5);
    assert.ok(evaluations < 5 * 40, `${evaluations} evaluations`);
  });
});

describe("choleskySolve", () => {
  it("solves a symmetric positive definite system and refuses an indefinite one", () => {
    const x = choleskySolve(Float64Array.of(4, 2, 2, 3), Float64Array.of(2, 1), 2)!;
    assert.ok(Math.abs(x[0]! - 0.5) < 1e-15 && Math.abs(x[1]!) < 1e-15);
    assert.equal(choleskySolve(Float64Array.of(1, 2, 2, 1), Float64Array.of(1, 1), 2), undefined);
  });
});
