/**
 * A build service that caches outputs by content needs the same request to give the same bytes,
 * whatever its slot built before. OCCT's STEP writer added the colours of an assembly's parts in
 * an order that followed memory addresses (`src/kernel/stepStyleOrder.ts`), so these programs'
 * STEP files changed from one build to the next in one process.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { promisify } from "node:util";
import { buildModel } from "../../src/build/index.ts";
import { loadKernel } from "../../src/kernel/index.ts";

const ROOT = join(import.meta.dirname, "../..");
const PORTS = join(ROOT, "test/conformance/ports");
const execFileAsync = promisify(execFile);

/** Coloured assemblies: four boxes of one shape placed by the solver; two parts sharing a colour; the primer's door pieces. */
const PROGRAMS = ["assy-point", "assy-fixed-point", "primer-assembly"];

async function buildStep(name: string): Promise<Uint8Array> {
  const source = readFileSync(join(PORTS, `${name}.ts`), "utf8");
  return (await buildModel({ source, language: "ts", type: "step" })).bytes;
}

/** The program's STEP file from `partforge build` in a new process. */
async function buildStepInFreshProcess(name: string): Promise<Uint8Array> {
  const { stdout } = await execFileAsync(process.execPath, [join(ROOT, "bin/partforge.js"), "build", join(PORTS, `${name}.ts`), "--type", "step", "-o", "-"], {
    cwd: ROOT,
    encoding: "buffer",
    maxBuffer: 64 * 2 ** 20,
  });
  return new Uint8Array(stdout);
}

describe("STEP files of coloured assemblies", () => {
  before(async () => {
    await loadKernel();
  });

  it("are the same bytes when built again in one process, after other builds, and in a fresh process", async () => {
    const fresh = Promise.all(PROGRAMS.map(buildStepInFreshProcess));
    const first: Uint8Array[] = [];
    for (const name of PROGRAMS) first.push(await buildStep(name));
    // Again, in the other order: each build after the others.
    const again: Uint8Array[] = [];
    for (const name of [...PROGRAMS].reverse()) again.unshift(await buildStep(name));
    const inFreshProcess = await fresh;
    PROGRAMS.forEach((name, index) => {
      const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
      assert.match(text(first[index]!), /STYLED_ITEM/, `${name} has colours`);
      assert.ok(text(again[index]!) === text(first[index]!), `${name}: built again in this process, its STEP file differs`);
      assert.ok(text(inFreshProcess[index]!) === text(first[index]!), `${name}: built in a fresh process, its STEP file differs`);
    });
  });
});
