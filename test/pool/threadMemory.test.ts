/**
 * The kernel memory guard with a multi-threaded kernel (`kernelThreads` 2): OpenCascade's worker
 * threads grow the kernel's shared memory through WebAssembly.Memory objects of their own, which
 * each thread guards (src/build/pool/slot/wasmGuard.ts). A plate whose top face has 100 blind
 * holes, meshed at a small export cap: the thread that runs out ends the slot at once with
 * MEMORY_LIMIT and the export's message. Unguarded, when the worker thread meshed that face
 * (measured: 2 of 3 runs) OpenCascade spun there until the time limit (TIMEOUT) while the main
 * thread waited for it. Three such builds, each in a new slot, then a build that works. And, in a
 * worker thread of a process of its own: the build's cap, the export's, and the exit code.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { createBuildPool, type BuildPool } from "../../src/build/pool/index.ts";
import { EXIT_WASM_MEMORY, EXIT_WASM_MEMORY_EXPORT, kernelThreadExit, kernelThreadExitLine } from "../../src/build/pool/protocol.ts";
import { exportMemoryMessage } from "../../src/build/pool/slotProcess.ts";

const PAGE = 65_536;
// The top face, with 100 blind holes, is most of the mesh: the thread that meshes it needs the memory.
const PLATE = 'export function build() { return Workplane("XY").box(200, 200, 10).faces(">Z").workplane().rarray(12, 12, 10, 10).hole(3, 5); }\n';
const BOX = 'export function build() { return Workplane("XY").box(30, 20, 10); }\n';
const MESH = { tolerance: 0.1, angularTolerance: 0.05, ascii: false };

describe("the kernel memory guard on a multi-threaded kernel's threads", () => {
  let pool: BuildPool;
  before(async () => {
    pool = await createBuildPool({ size: 1, spare: 0, warmupBuilds: 0, kernelThreads: 2, wasmMaxPages: 1800, exportWasmMaxPages: 1800, wasmRecycleBytes: 1800 * PAGE, timeoutMs: 60_000, log: () => undefined });
  });
  after(() => pool.close());

  it("ends a parallel mesh that outgrows the export's cap with MEMORY_LIMIT, not at the time limit, and the next slot builds", async () => {
    for (let round = 1; round <= 3; round++) {
      const result = await pool.build({ source: PLATE, language: "js", type: "stl", options: MESH });
      assert.equal(result.ok, false, `round ${round}: the mesh fit`);
      assert.equal(result.error.code, "MEMORY_LIMIT", `round ${round}: ${result.error.code}: ${result.error.message}`);
      assert.equal(result.error.message, exportMemoryMessage({ type: "stl", options: MESH }, 1800 * PAGE));
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

/**
 * A process of its own whose main thread shares caps of 4 and 8 pages, then starts a worker thread
 * that guards its memory as a kernel thread does, makes an instance importing a shared memory of
 * 1 page, and grows it as Emscripten resizes: three attempts of `pages` each. The main thread
 * stays blocked meanwhile (as in the kernel, waiting for its thread), inside `exporting` if asked,
 * until the worker says it is done (or 20 s).
 */
function growOnWorkerThread(dir: string, guardFile: string, pages: number, duringExport: boolean): { status: number | null; signal: NodeJS.Signals | null; stderr: string } {
  const file = join(dir, `grow-${pages}-${duringExport}.mjs`);
  writeFileSync(file, `
    import { Worker, isMainThread, workerData } from "node:worker_threads";
    import { createWasmMemoryGuard, guardKernelThreadMemory } from ${JSON.stringify(guardFile)};
    if (isMainThread) {
      const guard = createWasmMemoryGuard({ buildBytes: 4 * 65536, exportBytes: 8 * 65536 });
      guard.shareWithKernelThreads();
      const memory = new WebAssembly.Memory({ initial: 1, maximum: 64, shared: true });
      const done = new Int32Array(new SharedArrayBuffer(4));
      const wait = () => { new Worker(new URL(import.meta.url), { workerData: { memory, done } }); Atomics.wait(done, 0, 0, 20000); };
      ${duringExport ? "guard.exporting(wait)" : "wait()"};
      process.stderr.write("grew " + memory.buffer.byteLength / 65536 + " pages\\n");
    } else {
      guardKernelThreadMemory();
      // (module (import "env" "memory" (memory 1 64 shared)))
      const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 2, 16, 1, 3, 101, 110, 118, 6, 109, 101, 109, 111, 114, 121, 2, 3, 1, 64]);
      new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory: workerData.memory } });
      for (let attempt = 0; attempt < 3; attempt++) { try { workerData.memory.grow(${pages}); break; } catch {} }
      Atomics.store(workerData.done, 0, 1);
      Atomics.notify(workerData.done, 0);
      process.exit(0);
    }
  `);
  const run = spawnSync(process.execPath, [file], { encoding: "utf8", timeout: 60_000 });
  return { status: run.status, signal: run.signal, stderr: run.stderr };
}

describe("a kernel thread's memory guard, in a worker thread", () => {
  let dir: string;
  let guardFile: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "partforge-thread-memory-"));
    guardFile = join(dir, "wasmGuard.mjs");
    await build({ entryPoints: [fileURLToPath(new URL("../../src/build/pool/slot/wasmGuard.ts", import.meta.url))], bundle: true, platform: "node", format: "esm", outfile: guardFile, logLevel: "silent" });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("lets a worker thread grow the memory within the build's cap", () => {
    const run = growOnWorkerThread(dir, guardFile, 3, false);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /grew 4 pages/);
  });

  it("ends the process when a worker thread's resize passes the build's cap, with the build's exit code for the pool", () => {
    const run = growOnWorkerThread(dir, guardFile, 4, false);
    assert.equal(run.signal, "SIGKILL", run.stderr);
    assert.equal(kernelThreadExit(run.signal, run.stderr), EXIT_WASM_MEMORY);
  });

  it("lets it grow to the export's cap while the main thread exports, and past it ends the process with the export's exit code", () => {
    const within = growOnWorkerThread(dir, guardFile, 7, true);
    assert.equal(within.status, 0, within.stderr);
    assert.match(within.stderr, /grew 8 pages/);
    const past = growOnWorkerThread(dir, guardFile, 8, true);
    assert.equal(past.signal, "SIGKILL", past.stderr);
    assert.equal(kernelThreadExit(past.signal, past.stderr), EXIT_WASM_MEMORY_EXPORT);
  });
});
