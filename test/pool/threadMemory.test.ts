/**
 * The kernel memory guard with a multi-threaded kernel (`kernelThreads` 2): OpenCascade's worker
 * threads grow the kernel's shared memory through WebAssembly.Memory objects of their own, which
 * each thread guards (src/build/pool/slot/wasmGuard.ts). 36 spheres meshed in parallel at a small
 * export cap: the thread that runs out (the worker thread in 3 of 4 runs, measured) ends the slot
 * at once with MEMORY_LIMIT and the export's message; unguarded, a worker thread that ran out left
 * OpenCascade spinning until the time limit (TIMEOUT). Two such builds, each in a new slot, then
 * a build that works.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createBuildPool, type BuildPool } from "../../src/build/pool/index.ts";
import { kernelThreadExit, kernelThreadExitLine } from "../../src/build/pool/protocol.ts";
import { exportMemoryMessage } from "../../src/build/pool/slotProcess.ts";

const PAGE = 65_536;
const SPHERES = 'export function build() { return Workplane("XY").rarray(30, 30, 6, 6).sphere(10); }\n';
const BOX = 'export function build() { return Workplane("XY").box(30, 20, 10); }\n';
const MESH = { tolerance: 0.1, angularTolerance: 0.05, ascii: false };

describe("the kernel memory guard on a multi-threaded kernel's threads", () => {
  let pool: BuildPool;
  before(async () => {
    pool = await createBuildPool({ size: 1, spare: 0, warmupBuilds: 0, kernelThreads: 2, wasmMaxPages: 1650, exportWasmMaxPages: 1700, wasmRecycleBytes: 1650 * PAGE, timeoutMs: 120_000, log: () => undefined });
  });
  after(() => pool.close());

  it("ends a parallel mesh that outgrows the export's cap with MEMORY_LIMIT, not at the time limit, and the next slot builds", async () => {
    for (let round = 1; round <= 2; round++) {
      const result = await pool.build({ source: SPHERES, language: "js", type: "stl", options: MESH });
      assert.equal(result.ok, false, `round ${round}: the mesh fit`);
      assert.equal(result.error.code, "MEMORY_LIMIT", `round ${round}: ${result.error.code}: ${result.error.message}`);
      assert.equal(result.error.message, exportMemoryMessage({ type: "stl", options: MESH }, 1700 * PAGE));
      assert.equal(pool.health().recycles.memory, round);
      assert.equal(pool.health().recycles.timeout, 0);
    }
    const next = await pool.build({ source: BOX, language: "js", type: "stl" });
    assert.ok(next.ok, next.ok ? "" : `${next.error.code}: ${next.error.message}`);
  });
});

describe("the exit code a kernel thread gives the slot it kills", () => {
  const line = kernelThreadExitLine(88);

  it("is read back from the last line on stderr of a process killed with SIGKILL, also after the namespace shell's report", () => {
    assert.equal(kernelThreadExit("SIGKILL", `(node:2) SecurityWarning: …\n${line}`), 88);
    assert.equal(kernelThreadExit("SIGKILL", `${line}Killed\n`), 88);
  });

  it("is not taken from a process that ended otherwise, or wrote more after the line", () => {
    assert.equal(kernelThreadExit(null, line), undefined);
    assert.equal(kernelThreadExit("SIGSEGV", line), undefined);
    assert.equal(kernelThreadExit("SIGKILL", `${line}something else\n`), undefined);
    assert.equal(kernelThreadExit("SIGKILL", ""), undefined);
  });
});
