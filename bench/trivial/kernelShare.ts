/**
 * The trivial bench's split of a build into the kernel's work and the rest (../trivial.ts). The
 * kernel's work is the box and the file's writing, each timed twice, each time with more than the
 * kernel's work in it: the box by the kernel alone in the rig's process (`kernelBuildMs`) and as
 * the slot's build phase (`buildMs`: with the script), the writing by `buildModel`'s export in the
 * rig's process (`inProcessExportMs`) and as the slot's export phase (`exportMs`: both with the
 * export's setup). Each counts as the lesser of its two medians: a timing that reads high would
 * otherwise be subtracted as kernel work, and the figure of everything else read low by as much.
 * Either may read high on a loaded machine (2026-12-07, load 2-15, 80 rounds a run): in one run
 * the rig's export read 1.3 ms (STEP) and 2.4 ms (STL) above the slot's export of the same file,
 * which the verdict then took for kernel work; in another the slot's read 1.8 ms (STEP) above the rig's.
 */
import { median } from "../measure.ts";
import type { Sample } from "./rig.ts";

type Timings = Pick<Sample, "kernelBuildMs" | "buildMs" | "inProcessExportMs" | "exportMs">;

const medianOf = (samples: readonly Timings[], pick: (sample: Timings) => number): number => median(samples.map(pick));

/** The kernel's making of the box: the lesser median of the kernel alone and the slot's build phase. */
export function kernelBoxMs(samples: readonly Timings[]): number {
  return Math.min(medianOf(samples, (s) => s.kernelBuildMs), medianOf(samples, (s) => s.buildMs));
}

/** The kernel's writing of the file: the lesser median of the rig's export and the slot's export phase. */
export function kernelWriteMs(samples: readonly Timings[]): number {
  return Math.min(medianOf(samples, (s) => s.inProcessExportMs), medianOf(samples, (s) => s.exportMs));
}

/** The kernel's work of a trivial build: the box and the file's writing. */
export function kernelMs(samples: readonly Timings[]): number {
  return kernelBoxMs(samples) + kernelWriteMs(samples);
}

/**
 * What a pool's build took outside its slot's phases (load + build + export, as the slot timed
 * them): the pool's own work, IPC, scheduling and the slot's job frame. Set against another
 * pool's, it leaves out what the two slots' phases took apart (a slot's first build of a round
 * is slower, two processes run at different speeds), which is no work of the pool's.
 */
export function outsideSlotMs(poolMs: number, slot: Pick<Sample, "loadMs" | "buildMs" | "exportMs">): number {
  return poolMs - (slot.loadMs + slot.buildMs + slot.exportMs);
}
