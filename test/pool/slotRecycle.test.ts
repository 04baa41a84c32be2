/**
 * When a slot retires itself after a job (issue 12, point 3), decided by the job pipeline exactly
 * as a slot runs it: SES lockdown, the hardened API and the Compartment evaluator, in this test
 * process (node:test gives each file its own process).
 */
import "../../src/build/pool/slot/lockdown.ts";
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { Workplane } from "../../src/api/index.ts";
import { kernelRun, loadKernel, withScope } from "../../src/kernel/index.ts";
import { compileModelScript } from "../../src/modelscript/index.ts";
import { DEFAULT_EXPORT_OPTIONS } from "../../src/build/exportOptions.ts";
import { toCompiledData } from "../../src/build/pool/compiledData.ts";
import { createConfinedEvaluator } from "../../src/build/pool/slot/confine.ts";
import { hardenModellingApi } from "../../src/build/pool/slot/harden.ts";
import { runJob, type JobOutcome, type SlotRuntime } from "../../src/build/pool/slot/runJob.ts";
import { SlotTimer } from "../../src/build/pool/slot/timed.ts";

let runtime: SlotRuntime;

before(async () => {
  await loadKernel();
  runtime = { scope: hardenModellingApi(), evaluator: createConfinedEvaluator(), timer: new SlotTimer() };
});

async function run(source: string): Promise<JobOutcome> {
  const compiled = await compileModelScript(source, { language: "js" });
  return runJob({ kind: "build", script: toCompiledData(compiled), format: "stl", preset: undefined, values: {}, options: { ...DEFAULT_EXPORT_OPTIONS }, timeoutMs: 30_000 }, runtime);
}

const BOX = `Workplane("XY").box(2, 2, 2)`;

describe("slot retirement after a job", () => {
  it("keeps the slot after an error the script itself throws", async () => {
    const outcome = await run(`export function build() {\n  throw new TypeError("the script's own mistake");\n}\n`);
    assert.equal(outcome.reply.ok, false);
    assert.equal(outcome.recycle, undefined);
  });

  it("keeps the slot after a catalogued API error the script caught", async () => {
    const outcome = await run(`export function build() {\n  try { Workplane("XY").box(-1, 1, 1); } catch (e) {}\n  return ${BOX};\n}\n`);
    assert.ok(outcome.reply.ok);
    assert.equal(outcome.recycle, undefined);
  });

  it("retires the slot when an exception is raised inside partforge's frames (a revoked Proxy as options)", async () => {
    const outcome = await run(`export function build() {\n  const p = Proxy.revocable({}, {});\n  p.revoke();\n  return Workplane("XY").workplane(p.proxy);\n}\n`);
    assert.equal(outcome.reply.ok, false);
    assert.equal(outcome.recycle, "internal", JSON.stringify(outcome));
    assert.match(outcome.internalMessage ?? "", /raised inside partforge/);
  });

  it("marks the build's kernel scope interrupted when a kernel operation overflows the stack, though the caller caught it", () => {
    let interrupted: string | undefined;
    withScope((scope) => {
      const deeper = (n: number): number => deeper(n + 1) + 1;
      try {
        kernelRun("deep operation", () => deeper(0));
      } catch {
        // As a script would: catch it and carry on.
      }
      interrupted = scope.interrupted;
    });
    assert.match(interrupted ?? "", /deep operation was interrupted by a stack overflow/);
  });

  it("leaves the build's kernel scope clean after an ordinary kernel failure", () => {
    let interrupted: string | undefined = "not run";
    withScope((scope) => {
      assert.throws(() => Workplane("XY").box(1, 1, 1).edges("|Z").fillet(5), /fillet/);
      interrupted = scope.interrupted;
    });
    assert.equal(interrupted, undefined);
  });

  it("retires the slot after a stack overflow that escapes the script", async () => {
    const outcome = await run(`function deeper(n) { return deeper(n + 1) + 1; }\nexport function build() { return deeper(0); }\n`);
    assert.equal(outcome.reply.ok, false);
    assert.equal(outcome.recycle, "overflow");
  });
});
