/**
 * A build's export runs under its own, higher kernel memory cap (`exportWasmMaxPages`): BRepMesh
 * meshing a plate with many holes takes far more of the kernel's address space than the build
 * before it (CadQuery's panel with connector holes at the default tolerances: 1,203 MiB). Here, at
 * small caps: a 200 mm plate with 10 × 10 holes builds within 100 MiB of kernel memory and meshes
 * within ~200 MiB, so it needs more than a build's 150 MiB and less than the export's 300; an
 * export that runs out all the same says which options make the mesh need less.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createBuildPool, type BuildPool } from "../../src/build/pool/index.ts";
import { exportMemoryMessage } from "../../src/build/pool/slotProcess.ts";

const MIB = 1024 * 1024;
const PLATE = `import * as cq from "partforge";
export function build() {
  return cq.Workplane("XY").box(200, 200, 2).faces(">Z").workplane().rarray(12, 12, 10, 10).hole(3);
}
`;
const LIMITS = { size: 1, spare: 0, timeoutMs: 120_000, heapMb: 256, wasmMaxPages: 2400, wasmRecycleBytes: 110 * MIB, warmupBuilds: 0, log: () => undefined } as const;

describe("the kernel memory cap of a build's export", () => {
  let pool: BuildPool;
  before(async () => {
    pool = await createBuildPool({ ...LIMITS, exportWasmMaxPages: 4800 });
  });
  after(() => pool.close());

  it("lets a mesh that needs more than the build's cap be made under the export's", async () => {
    const result = await pool.build({ source: PLATE, language: "ts", type: "stl" });
    assert.equal(result.ok, true, result.ok ? "" : `${result.error.code}: ${result.error.message}`);
    assert.equal(pool.health().recycles.memory, 0);
  });

  it("replaces the slot whose export grew past the build's cap, so the next build computes as in a fresh slot", async () => {
    // The export left ~200 MiB of kernel memory, past the build's 150 MiB: kept, the slot would
    // refuse the next build's first growth. It is retired at the recycle threshold instead.
    const box = { source: `import * as cq from "partforge";\nexport function build() { return cq.Workplane("XY").box(30, 20, 10).edges("|Z").fillet(2); }\n`, language: "ts", type: "stl" } as const;
    await pool.build({ source: PLATE, language: "ts", type: "stl" });
    const next = await pool.build(box);
    assert.ok(pool.health().recycles.wasm >= 1, "the slot was not replaced after its export outgrew the build's cap");
    const fresh = await createBuildPool(LIMITS);
    try {
      const first = await fresh.build(box);
      assert.equal(next.ok && first.ok, true, next.ok ? (first.ok ? "" : first.error.message) : `${next.error.code}: ${next.error.message}`);
      if (next.ok && first.ok) assert.deepEqual(Buffer.from(next.bytes), Buffer.from(first.bytes));
    } finally {
      await fresh.close();
    }
  });

  it("answers MEMORY_LIMIT naming the mesh options when the export's cap is not enough", async () => {
    const tight = await createBuildPool({ ...LIMITS, exportWasmMaxPages: 2400 });
    try {
      const result = await tight.build({ source: PLATE, language: "ts", type: "stl" });
      assert.equal(result.ok, false);
      assert.equal(result.error.code, "MEMORY_LIMIT");
      assert.equal(result.error.message, exportMemoryMessage({ type: "stl", options: { tolerance: 0.1, angularTolerance: 0.1, ascii: false } }, 2400 * 65_536));
      assert.match(result.error.message, /STL export needed more than the geometry kernel's memory limit for exports of 150 MiB.*raise the angularTolerance option \(now 0\.1 rad\) or the tolerance option \(now 0\.1 model units\)/);
    } finally {
      await tight.close();
    }
  });

  it("names no mesh options for an exact format", () => {
    assert.equal(exportMemoryMessage({ type: "step", options: { tolerance: 0.1, angularTolerance: 0.1, ascii: false } }, 1536 * MIB), "the STEP export needed more than the geometry kernel's memory limit for exports of 1536 MiB and was stopped");
  });

  it("refuses an export cap below the build's or past wasm32's 4 GiB, or not a whole number, with USAGE", async () => {
    for (const exportWasmMaxPages of [2399, 65_537, 3000.5, 0]) {
      await assert.rejects(createBuildPool({ ...LIMITS, exportWasmMaxPages }), (error: { code?: string; message?: string }) => error.code === "USAGE" && /exportWasmMaxPages/.test(error.message ?? ""), String(exportWasmMaxPages));
    }
  });
});
