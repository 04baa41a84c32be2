/**
 * Issue 13: CadQuery 2.5's `Workplane.parametricSurface` — a B-spline face approximating
 * func(u, v) over [start, stop]², checked against closed forms, with its bad inputs.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Face, Plane, Workplane } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertClose, assertPartforgeError, assertTripleClose } from "../helpers/geometry.ts";

const loose = (target: object) => target as unknown as Record<string, (...args: unknown[]) => unknown>;

describe("Workplane.parametricSurface", () => {
  before(async () => {
    await loadKernel();
  });

  it("approximates a flat square: area (stop − start)², one BSPLINE face, the new stack", () =>
    withScope(() => {
      const wp = Workplane().parametricSurface((u, v) => [u, v, 0], { start: -1, stop: 3 });
      assert.equal(wp.vals().length, 1);
      const face = wp.val() as Face;
      assert.ok(face instanceof Face);
      assert.equal(face.geomType, "BSPLINE");
      // The default smoothing approximates within tol = 1e-2: the edges may sit up to that far in.
      assertClose(face.Area(), 16, 1e-4);
      assertTripleClose(face.Center().toTuple(), [1, 1, 0], 1e-4);
      // Without smoothing and with a tight tolerance the bilinear square is reproduced.
      const exact = Workplane().parametricSurface((u, v) => [u, v, 0], { start: -1, stop: 3, smoothing: null, tol: 1e-7 }).val() as Face;
      assertClose(exact.Area(), 16, 1e-9);
    }));

  it("approximates a quarter cylinder of radius 2 and length 3: area 2·(π/2)·3 within the tolerance", () =>
    withScope(() => {
      const r = 2;
      const face = Workplane()
        .parametricSurface((u, v) => [r * Math.cos((Math.PI / 2) * u), r * Math.sin((Math.PI / 2) * u), 3 * v], { N: 30, tol: 1e-4 })
        .val() as Face;
      assertClose(face.Area(), r * (Math.PI / 2) * 3, 1e-4);
    }));

  it("takes the points in the workplane's coordinates", () =>
    withScope(() => {
      const face = Workplane(Plane.named("XZ")).parametricSurface((u, v) => [u, v, 0], { N: 4 }).val() as Face;
      const bb = face.BoundingBox();
      assertClose(bb.ylen, 0, 1e-6);
      assertClose(bb.zmax, 1, 1e-4);
      assertClose(face.Area(), 1, 1e-4);
    }));

  it("refuses bad inputs, saying what was wrong", () =>
    withScope(() => {
      const wp = Workplane();
      assertPartforgeError(() => loose(wp).parametricSurface!(3), "SCRIPT_EXCEPTION", /parametricSurface/);
      assertPartforgeError(() => wp.parametricSurface((u, v) => [u, v, 0], { N: 0 }), "SCRIPT_EXCEPTION", /N/);
      assertPartforgeError(() => wp.parametricSurface((u, v) => [u, v, 0], { N: 1000 }), "SCRIPT_EXCEPTION", /N is at most 200/);
      assertPartforgeError(() => wp.parametricSurface((u, v) => [u, v, 0], { start: 1, stop: 1 }), "SCRIPT_EXCEPTION", /start and stop must differ/);
      assertPartforgeError(() => wp.parametricSurface((u, v) => [u, v, 0], { minDeg: 5, maxDeg: 3 }), "SCRIPT_EXCEPTION", /minDeg \(5\) must not exceed maxDeg \(3\)/);
      assertPartforgeError(() => wp.parametricSurface(() => [Number.NaN, 0, 0]), "SCRIPT_EXCEPTION", /parametricSurface/);
      assertPartforgeError(() => loose(wp).parametricSurface!(() => "p"), "SCRIPT_EXCEPTION", /parametricSurface: expected a point/);
      assertPartforgeError(() => wp.parametricSurface((u, v) => [u, v, 0], { tol: -1 }), "SCRIPT_EXCEPTION", /tol/);
    }));
});
