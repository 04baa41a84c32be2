/**
 * The slot's kernel memory guard (src/build/pool/slot/wasmGuard.ts): a build's cap, enforced by
 * refusing `grow` as V8 does at its own cap, and the export's higher one while `exporting` runs;
 * three refused attempts of one resize (Emscripten's) end the slot, saying in which phase.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { guardWasmMemory } from "../../src/build/pool/slot/wasmGuard.ts";

const PAGE = 65_536;

function guarded(buildPages: number, exportPages: number) {
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 64 });
  const exhausted: boolean[] = [];
  const guard = guardWasmMemory(memory, { buildBytes: buildPages * PAGE, exportBytes: exportPages * PAGE }, (duringExport) => exhausted.push(duringExport));
  return { memory, guard, exhausted };
}

/** One Emscripten resize: three attempts, each at least `pages`; true if one succeeded. */
function resize(memory: WebAssembly.Memory, pages: number): boolean {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      memory.grow(pages);
      return true;
    } catch (error) {
      assert.ok(error instanceof RangeError, String(error));
    }
  }
  return false;
}

describe("the slot's WebAssembly memory guard", () => {
  it("refuses growth past the build's cap as V8 would, and reports exhaustion after a resize's three attempts", () => {
    const { memory, exhausted } = guarded(4, 8);
    assert.equal(resize(memory, 3), true);
    assert.equal(memory.buffer.byteLength, 4 * PAGE);
    assert.equal(resize(memory, 1), false);
    assert.equal(memory.buffer.byteLength, 4 * PAGE);
    assert.deepEqual(exhausted, [false]);
  });

  it("lets the export grow to its own cap, and only while it runs", () => {
    const { memory, guard, exhausted } = guarded(4, 8);
    const grown = guard.exporting(() => resize(memory, 6));
    assert.equal(grown, true);
    assert.equal(memory.buffer.byteLength, 7 * PAGE);
    assert.deepEqual(exhausted, []);
    // After the export the build's cap is back: the memory stays as it grew, and grows no further.
    assert.equal(resize(memory, 1), false);
    assert.deepEqual(exhausted, [false]);
  });

  it("reports exhaustion during the export as the export's", () => {
    const { memory, guard, exhausted } = guarded(4, 8);
    assert.equal(guard.exporting(() => resize(memory, 8)), false);
    assert.deepEqual(exhausted, [true]);
  });

  it("reports exhaustion during the export as the export's even when both caps are the same", () => {
    const { memory, guard, exhausted } = guarded(4, 4);
    assert.equal(guard.exporting(() => resize(memory, 4)), false);
    assert.deepEqual(exhausted, [true]);
  });

  it("restores the build's cap when the export throws", () => {
    const { memory, guard } = guarded(2, 8);
    assert.throws(() => guard.exporting(() => {
      throw new Error("export failed");
    }), /export failed/);
    assert.equal(resize(memory, 2), false);
  });

  it("counts a resize's attempts afresh after a growth succeeds", () => {
    const { memory, exhausted } = guarded(4, 4);
    memory.grow(1);
    assert.throws(() => memory.grow(8), RangeError);
    assert.throws(() => memory.grow(8), RangeError);
    memory.grow(1);
    assert.throws(() => memory.grow(8), RangeError);
    assert.deepEqual(exhausted, []);
  });
});
