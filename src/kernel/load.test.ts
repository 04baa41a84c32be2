import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { makeBaseBox } from "replicad";
import { kernel, loadKernel } from "./load.ts";
import { writeStep } from "./step.ts";

/** The kernel's stream table (not in its typings). */
function streams(): readonly ({ fd: number; path: string } | null | undefined)[] {
  return (kernel().FS as unknown as { streams: readonly ({ fd: number; path: string } | null | undefined)[] }).streams;
}

describe("loadKernel", () => {
  before(async () => {
    await loadKernel();
  });

  it("points the kernel's standard output and error at /dev/null, and they stay there", () => {
    const box = makeBaseBox(1, 1, 1);
    // A STEP export prints its transfer statistics to standard output.
    writeStep([{ name: "box", shape: box }], { unit: "mm" });
    box.delete();
    assert.deepEqual([1, 2].map((fd) => streams()[fd]?.path), ["/dev/null", "/dev/null"]);
    assert.equal(streams()[0]?.path, "/dev/tty");
  });
});
