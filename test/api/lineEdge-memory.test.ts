import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { kernelHeapInUse } from "../../src/kernel/kernelHeap.ts";
import { lineEdge } from "../../src/api/ops/drawing.ts";
import { Vector } from "../../src/api/vector.ts";

before(() => loadKernel());

describe("lineEdge", () => {
  it("gives back all its kernel memory when the build's scope ends: 2,000 lines", () => {
    const line = (i: number) => withScope(() => void lineEdge(new Vector(0, 0, 0), new Vector(1 + i / 1000, 2, 0)));
    for (let i = 0; i < 5; i++) line(i);
    const before = kernelHeapInUse()!;
    for (let i = 0; i < 2000; i++) line(i);
    // Old code (replicad's makeLine): its two points and its edge builder were never deleted.
    assert.equal(kernelHeapInUse()! - before, 0);
  });
});
