/**
 * A multi-threaded kernel (`BuildPoolOptions.kernelThreads`, `partforge serve --kernel-threads`):
 * slots of a pool with 2 kernel threads give the same bytes as slots of the single-threaded
 * kernel, in every mesh format and STEP (differential, on programs whose output does not depend
 * on what the slot built before); the kernel keeps to its thread count whatever the machine's core
 * count (OpenCascade sizes its own pool by the cores otherwise), and runs OCCT's Booleans in
 * parallel on it; and bad counts are refused with
 * a message that says what is allowed.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { createBuildPool, type BuildPool } from "../../src/build/pool/index.ts";
import { parseCommandLine, type ServeCommand, type WorkerCommand } from "../../src/cli/args.ts";
import { loadKernel } from "../../src/kernel/index.ts";
import { outputDigests, SAME_IN_EVERY_SLOT } from "./outputDigests.ts";

const TYPES = ["stl", "3mf", "glb", "amf", "tjs", "step"] as const;

describe("kernel threads", () => {
  let single: Record<string, string>;
  let multi: Record<string, string>;
  let threadedPool: BuildPool | undefined;

  before(async () => {
    const pool = await createBuildPool({ size: 1, spare: 0, warmupBuilds: 2, log: () => undefined });
    try {
      single = await outputDigests(pool, TYPES);
    } finally {
      await pool.close();
    }
    threadedPool = await createBuildPool({ size: 1, spare: 0, warmupBuilds: 2, kernelThreads: 2, log: () => undefined });
    multi = await outputDigests(threadedPool, TYPES);
  });
  after(() => threadedPool?.close());

  it("builds the same bytes with 2 kernel threads as with the single-threaded kernel, in every mesh format and STEP", () => {
    assert.equal(Object.keys(single).length, SAME_IN_EVERY_SLOT.length * TYPES.length);
    assert.deepEqual(multi, single);
  });

  it("charges a build at least the CPU its slot's process used on it, the kernel threads' included", async () => {
    // A Boolean of a plate and 16 cylinders, which OCCT runs on the kernel's threads (parallel mode).
    const source = 'export function build() { return Workplane("XY").box(60, 60, 5).rarray(12, 12, 4, 4).hole(2); }\n';
    const result = await threadedPool!.build({ source, language: "js", type: "stl" });
    assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
    // timings.cpuMs is the slot's whole process (every thread) over the build; the charge covers at least that.
    const cpuMs = result.timings?.cpuMs ?? Number.NaN;
    assert.ok(result.computeMs >= cpuMs, `charged ${result.computeMs} ms for ${cpuMs} ms of CPU`);
  });

  it("says in its health that its slots may start worker threads", () => {
    assert.equal(threadedPool!.health().isolation.workerThreads, true);
  });

  it("keeps to its thread count on a machine with many cores", { skip: process.platform !== "linux" && "counts threads in /proc" }, () => {
    // A child process that sees 64 cores (os.cpus) loads the 2-thread kernel and meshes 16 spheres:
    // OpenCascade's pool, sized by the cores, would start a worker thread per core.
    const load = fileURLToPath(new URL("../../src/kernel/index.ts", import.meta.url));
    const code = `
      import os from "node:os"; import { readdirSync } from "node:fs";
      const one = os.cpus()[0]; os.cpus = () => Array.from({ length: 64 }, () => one);
      const { loadKernel, kernelThreads, repairedDestructors } = await import(${JSON.stringify(load)});
      const tasks = () => readdirSync("/proc/self/task").length;
      // libuv's thread pool starts at the first asynchronous file read (the loader makes one): start it first.
      await (await import("node:fs/promises")).readFile("/proc/self/stat");
      const before = tasks();
      const oc = await loadKernel({ threads: 2 });
      const builder = new oc.TopoDS_Builder(); const compound = new oc.TopoDS_Compound(); builder.MakeCompound(compound);
      for (let i = 0; i < 16; i++) builder.Add(compound, new oc.BRepPrimAPI_MakeSphere(new oc.gp_Pnt(i * 30, 0, 0), 8).Shape());
      const mesh = oc.ReplicadMeshExtractor.extract(compound, 0.05, 0.2, false);
      const again = (await loadKernel()) === oc;
      console.log(JSON.stringify({ added: tasks() - before, triangles: mesh.getTrianglesSize() / 3, threads: kernelThreads(), repaired: repairedDestructors().length, parallelBooleans: oc.BOPAlgo_Options.GetParallelMode(), again }));
    `;
    const dir = mkdtempSync(join(tmpdir(), "partforge-kernel-threads-"));
    const file = join(dir, "probe.mjs");
    writeFileSync(file, code);
    const run = spawnSync(process.execPath, ["--import", "tsx", file], { encoding: "utf8", timeout: 120_000 });
    rmSync(dir, { recursive: true, force: true });
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout.trim().split("\n").at(-1)!) as { added: number; triangles: number; threads: number; repaired: number; parallelBooleans: boolean; again: boolean };
    assert.ok(report.triangles > 1000, `meshed: ${run.stdout}`);
    assert.equal(report.threads, 2);
    // OCCT's Booleans (BOPAlgo) run their loops on the kernel's threads, as FreeCAD's do (src/kernel/load.ts).
    assert.equal(report.parallelBooleans, true);
    // Asked for no thread count, the loaded kernel is taken as it is (buildModel after a 2-thread load).
    assert.equal(report.again, true);
    // The multi-threaded build's delete() is repaired as the single-threaded one's (src/kernel/destructors.ts).
    assert.ok(report.repaired > 40, `classes whose delete() was repaired: ${report.repaired}`);
    // The kernel's one pool thread (OpenCascade's pool of 2 is it and the calling thread), which did
    // the meshing with the main thread: no worker started for nothing (measured: 2 before, one of
    // them never used; 47 without the pool sized).
    assert.equal(report.added, 1, `threads added by the kernel: ${report.added}`);
  });

  it("refuses a thread count that is not a whole number from 1 to 16, in the kernel, the pool and on the command line", async () => {
    for (const threads of [0, 17, 1.5, Number.NaN]) {
      assert.throws(() => loadKernel({ threads }), /kernel threads must be a whole number from 1 to 16/);
      await assert.rejects(createBuildPool({ kernelThreads: threads, log: () => undefined }), /kernelThreads must be (a whole number of at least 1|at most 16)/);
    }
    const serve = parseCommandLine(["serve", "--kernel-threads", "4"], {}) as ServeCommand;
    assert.equal(serve.kernelThreads, 4);
    assert.equal((parseCommandLine(["serve"], {}) as ServeCommand).kernelThreads, undefined);
    const worker = parseCommandLine(["worker", "--queue", "redis://q:1", "--kernel-threads", "2"], {}) as WorkerCommand;
    assert.equal(worker.kernelThreads, 2);
    assert.throws(() => parseCommandLine(["serve", "--kernel-threads", "0"], {}), /--kernel-threads must be a whole number from 1 to 16; got "0"/);
    assert.throws(() => parseCommandLine(["worker", "--queue", "redis://q:1", "--kernel-threads", "32"], {}), /--kernel-threads must be a whole number from 1 to 16; got "32"/);
    assert.throws(() => parseCommandLine(["serve", "--queue", "redis://q:1", "--kernel-threads", "2"], {}), /--kernel-threads belong to partforge worker/);
  });
});
