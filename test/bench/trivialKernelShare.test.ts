/**
 * The trivial bench's kernel share (bench/trivial/kernelShare.ts): the kernel's work subtracted
 * for issue 15's verdict is, for the box and for the file's writing, the lesser of the two
 * timings of each, so a timing that reads high passes no other time off as kernel work; and a
 * pool's time outside its slot leaves the slot's phases out. Arithmetic only: nothing is timed.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { kernelBoxMs, kernelMs, kernelWriteMs, outsideSlotMs } from "../../bench/trivial/kernelShare.ts";

/** Rounds whose timings are `base` with `spread` added in turn, so each median is `base`'s value + the middle spread. */
function rounds(base: { kernelBuildMs: number; buildMs: number; inProcessExportMs: number; exportMs: number }) {
  return [0, 0.25, 0.5].map((spread) => ({
    kernelBuildMs: base.kernelBuildMs + spread,
    buildMs: base.buildMs + spread,
    inProcessExportMs: base.inProcessExportMs + spread,
    exportMs: base.exportMs + spread,
  }));
}

describe("the trivial bench's kernel share", () => {
  it("takes the slot's export when the bench's own process times the same export higher", () => {
    const samples = rounds({ kernelBuildMs: 0.5, buildMs: 0.75, inProcessExportMs: 3.5, exportMs: 1 });
    assert.equal(kernelWriteMs(samples), 1.25);
    assert.equal(kernelBoxMs(samples), 0.75);
    assert.equal(kernelMs(samples), 2);
  });

  it("takes the bench's own timings when the slot's phases, script and setup included, are longer", () => {
    const samples = rounds({ kernelBuildMs: 0.5, buildMs: 0.75, inProcessExportMs: 2, exportMs: 3 });
    assert.equal(kernelBoxMs(samples), 0.75);
    assert.equal(kernelWriteMs(samples), 2.25);
  });

  it("takes the slot's build phase when the kernel alone reads higher than the whole phase", () => {
    assert.equal(kernelBoxMs(rounds({ kernelBuildMs: 1.5, buildMs: 0.75, inProcessExportMs: 1, exportMs: 1 })), 1);
  });

  it("counts a pool's build outside its slot as its wall less the slot's three phases", () => {
    assert.equal(outsideSlotMs(9, { loadMs: 0.5, buildMs: 1.5, exportMs: 3 }), 4);
  });
});
