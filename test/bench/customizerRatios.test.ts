/**
 * The customizer bench's ratios (bench/customizer/ratios.ts): every ratio it prints is computed
 * one way — per program, the total of ours over its configurations ÷ the other side's total over
 * the same configurations, then the geometric mean over programs — so wall and CPU figures of the
 * same rebuilds give the same ratio. Fabricated samples, no timing.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { meanOverPrograms, programRatios, workloadRatio, type Configuration } from "../../bench/customizer/ratios.ts";

/** Rebuilds whose wall and CPU time are alike (as measured: wall ≈ in-slot ≈ CPU per rebuild), against natives whose are alike too. */
function alike(rebuildMs: readonly number[], nativeMs: readonly number[], coldMs: number): Configuration[] {
  return rebuildMs.map((ms, i) => ({ rebuildMs: ms, rebuildCpuMs: ms, coldMs, nativeMs: nativeMs[i]!, nativeCpuMs: nativeMs[i]! }));
}

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

describe("customizer ratios", () => {
  it("gives the same wall and CPU ratio when wall and CPU times are the same, whatever their spread", () => {
    // One parameter rebuilds everything (100 ms), the others reuse nearly all (10 ms); native always 40 ms.
    // The medians (10 against 40) would say 0.25; the workload took 190 ms against 200 ms.
    const configurations = alike([10, 10, 10, 100, 100, 10, 10, 10, 10, 10], Array(10).fill(40), 120);
    const ratios = programRatios(configurations);
    close(ratios.vsNative!.ratio, 280 / 400);
    close(ratios.vsNativeCpu!.ratio, ratios.vsNative!.ratio);
    close(ratios.vsCold.ratio, 280 / 1200);
    assert.equal(ratios.vsNative!.configurations, 10);
    close(ratios.vsNative!.oursMeanMs, 28);
    close(ratios.vsNative!.theirsMeanMs, 40);
  });

  it("takes the geometric mean of the programs' ratios, the same way for wall and CPU", () => {
    const a = programRatios(alike([10, 30], [20, 20], 100)); // 40 / 40 = 1
    const b = programRatios(alike([5, 5, 90], [25, 25, 25], 100)); // 100 / 75
    const wall = meanOverPrograms([a.vsNative, b.vsNative]);
    const cpu = meanOverPrograms([a.vsNativeCpu, b.vsNativeCpu]);
    close(wall.mean, Math.sqrt(1 * (100 / 75)));
    assert.deepEqual(cpu, wall);
    assert.equal(wall.programs, 2);
  });

  it("leaves a configuration with a missing figure out of both totals, and says how many were counted", () => {
    const configurations = alike([10, 20, 30], [10, 10, 10], 50);
    configurations[2]!.rebuildCpuMs = Number.NaN; // its slot was swapped: no CPU figure
    const { vsNative, vsNativeCpu } = programRatios(configurations);
    close(vsNative!.ratio, 60 / 30);
    close(vsNativeCpu!.ratio, 30 / 20); // not 30 / 30: the native CPU of the third is left out too
    assert.equal(vsNativeCpu!.configurations, 2);
  });

  it("has no native ratios for a program without a reference, and NaN, left out of the mean, for one without figures", () => {
    const none = programRatios([{ rebuildMs: 5, rebuildCpuMs: 5, coldMs: 10 }]);
    assert.equal(none.vsNative, undefined);
    assert.equal(none.vsNativeCpu, undefined);
    close(none.vsCold.ratio, 0.5);
    const noCpu = workloadRatio([{ ours: Number.NaN, theirs: 3 }, { ours: 4, theirs: undefined }]);
    assert.ok(Number.isNaN(noCpu.ratio));
    assert.equal(noCpu.configurations, 0);
    const zero = workloadRatio([{ ours: 4, theirs: 0 }]);
    assert.ok(Number.isNaN(zero.ratio), "a zero total on the other side is no ratio");
    const mean = meanOverPrograms([undefined, noCpu, workloadRatio([{ ours: 2, theirs: 1 }])]);
    assert.deepEqual(mean, { mean: 2, programs: 1 });
    assert.deepEqual(meanOverPrograms([]), { mean: Number.NaN, programs: 0 });
  });
});
