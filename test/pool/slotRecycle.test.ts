/**
 * When a slot retires itself after a job (issue 12, point 3), decided by the job pipeline exactly
 * as a slot runs it: SES lockdown, the hardened API and the Compartment evaluator, in this test
 * process (node:test gives each file its own process).
 */
import "../../src/build/pool/slot/lockdown.ts";
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { Location, Workplane } from "../../src/api/index.ts";
import { FloatParam } from "../../src/modelscript/index.ts";
import { stackOverflowsSeen } from "../../src/shared/stackOverflow.ts";
import { kernelRun, loadKernel, withScope } from "../../src/kernel/index.ts";
import { compileModelScript } from "../../src/modelscript/index.ts";
import { DEFAULT_EXPORT_OPTIONS } from "../../src/build/exportOptions.ts";
import { toCompiledData } from "../../src/build/pool/compiledData.ts";
import { createConfinedEvaluator } from "../../src/build/pool/slot/confine.ts";
import { DescribedScripts } from "../../src/build/pool/slot/describedScripts.ts";
import { hardenModellingApi } from "../../src/build/pool/slot/harden.ts";
import { runJob, type JobOutcome, type SlotRuntime } from "../../src/build/pool/slot/runJob.ts";

let runtime: SlotRuntime;

before(async () => {
  await loadKernel();
  runtime = { scope: hardenModellingApi(), evaluator: createConfinedEvaluator(), described: new DescribedScripts() };
});

async function run(source: string, slot: SlotRuntime = runtime): Promise<JobOutcome> {
  const compiled = await compileModelScript(source, { language: "js" });
  return runJob({ kind: "build", script: toCompiledData(compiled), type: "stl", preset: undefined, values: {}, options: { ...DEFAULT_EXPORT_OPTIONS } }, slot);
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

  /** Caught stack overflows (issue 12, point 3): each script swallows one and returns a box. */
  const CAUGHT_OVERFLOWS: ReadonlyArray<[string, string]> = [
    ["in its own recursion, with a catch binding", `function deeper(n) { return deeper(n + 1) + 1; }\nexport function build() {\n  try { deeper(0); } catch (e) {}\n  return ${BOX};\n}\n`],
    ["in its own recursion, at every depth, with no catch binding", `function deeper(n) { try { return deeper(n + 1) + 1; } catch { return n; } }\nexport function build() {\n  deeper(0);\n  return ${BOX};\n}\n`],
    ["with a destructuring catch binding", `function deeper(n) { return deeper(n + 1) + 1; }\nexport function build() {\n  try { deeper(0); } catch ({ message }) {}\n  return ${BOX};\n}\n`],
    ["around Sketch() deep in the stack", `function deeper(n) { Sketch().push([[n, 1]]); return deeper(n + 1) + 1; }\nexport function build() {\n  try { deeper(0); } catch (e) {}\n  return ${BOX};\n}\n`],
    ["with finally { return }", `function deeper(n) { return deeper(n + 1) + 1; }\nfunction swallow() { try { deeper(0); } finally { return 1; } }\nexport function build() {\n  swallow();\n  return ${BOX};\n}\n`],
    ["at the very edge, with finally { return } in the overflowing frame (the hook call overflows too)", `function edge(d) { try { edge(d + 1); } finally { return d; } }\nexport function build() {\n  edge(0);\n  return ${BOX};\n}\n`],
    ["at the very edge around Sketch(), with finally { return } at every depth", `const evil = Sketch().push([[6, 6]]);\nfunction edge(d) { try { edge(d + 1); } finally { evil.push([[d, 2]]); Sketch().push([[d, 1]]); return d; } }\nexport function build() {\n  edge(0);\n  return ${BOX};\n}\n`],
    ["with a finally that throws its own error", `function deeper(n) { return deeper(n + 1) + 1; }\nexport function build() {\n  try { try { deeper(0); } finally { null.x; } } catch (e) {}\n  return ${BOX};\n}\n`],
    ["with break in finally", `function deeper(n) { return deeper(n + 1) + 1; }\nexport function build() {\n  for (;;) { try { deeper(0); } finally { break; } }\n  return ${BOX};\n}\n`],
    ["in an async function, with the rejection handled", `function deeper(n) { return deeper(n + 1) + 1; }\nasync function rejects() { deeper(0); }\nexport function build() {\n  rejects().then(undefined, () => undefined);\n  return ${BOX};\n}\n`],
    ["in a Promise executor, with the rejection handled", `function deeper(n) { return deeper(n + 1) + 1; }\nexport function build() {\n  new Promise(() => deeper(0)).catch(() => undefined);\n  return ${BOX};\n}\n`],
    ["in a generator the script drives", `function deeper(n) { return deeper(n + 1) + 1; }\nfunction* steps() { yield 1; deeper(0); }\nexport function build() {\n  try { for (const step of steps()) void step; } catch (e) {}\n  return ${BOX};\n}\n`],
    ["in an iterator's return() that a throwing loop discards", `function deeper(n) { return deeper(n + 1) + 1; }\nconst iterable = { [Symbol.iterator]() { return { next: () => ({ done: false, value: 1 }), return() { deeper(0); return {}; } }; } };\nexport function build() {\n  try { for (const item of iterable) throw new Error(String(item)); } catch (e) {}\n  return ${BOX};\n}\n`],
    ["in a getter that partforge reads and reports as a bad argument", `function deeper(n) { return deeper(n + 1) + 1; }\nexport function build() {\n  const point = [0, 0];\n  Object.defineProperty(point, 0, { get() { return deeper(0); } });\n  try { Workplane("XY").pushPoints([point]); } catch (e) {}\n  return ${BOX};\n}\n`],
  ];

  for (const [where, source] of CAUGHT_OVERFLOWS) {
    it(`retires the slot after a stack overflow the script caught ${where}, though the build succeeded`, async () => {
      const outcome = await run(source);
      assert.ok(outcome.reply.ok, JSON.stringify(outcome.reply));
      assert.equal(outcome.recycle, "overflow", JSON.stringify(outcome));
      assert.match(outcome.internalMessage ?? "", /a stack overflow was caught during the build/);
    });
  }

  it("counts a stack overflow that partforge's own catch sites swallow while reading a script's value", () => {
    const overflow = () => {
      throw new RangeError("Maximum call stack size exceeded");
    };
    const point = (): [number, number, number] => Object.defineProperty([0, 0, 0], 0, { get: overflow }) as [number, number, number];
    const swallowing: ReadonlyArray<[string, () => unknown]> = [
      ["pushPoints", () => Workplane("XY").pushPoints([point()])],
      ["Location", () => new Location(point())],
      ["a parameter's options", () => FloatParam({ get default() { return overflow(); } } as unknown as { default: number })],
    ];
    withScope(() => {
      for (const [what, call] of swallowing) {
        const before = stackOverflowsSeen();
        try {
          call();
        } catch {
          // A bad-argument error (or none): what matters is that the overflow was counted.
        }
        assert.ok(stackOverflowsSeen() > before, `${what} swallowed a stack overflow uncounted`);
      }
    });
  });

  it("keeps the slot after an ordinary error caught the same ways", async () => {
    const outcome = await run(`export function build() {\n  try { null.x; } catch { }\n  try { null.y; } catch ({ message }) { void message; }\n  for (;;) { try { throw new Error("e"); } finally { break; } }\n  new Promise(() => { throw new Error("p"); }).catch(() => undefined);\n  return ${BOX};\n}\n`);
    assert.ok(outcome.reply.ok, JSON.stringify(outcome.reply));
    assert.equal(outcome.recycle, undefined);
  });

  it("keeps the slot after a caught stack overflow when told to (as the differential hygiene test runs)", async () => {
    const source = `function deeper(n) { return deeper(n + 1) + 1; }\nexport function build() {\n  try { deeper(0); } catch (e) {}\n  return ${BOX};\n}\n`;
    const outcome = await run(source, { ...runtime, retireOnCaughtOverflow: false });
    assert.ok(outcome.reply.ok);
    assert.equal(outcome.recycle, undefined);
  });

  it("retires the slot after a stack overflow that escapes the script", async () => {
    const outcome = await run(`function deeper(n) { return deeper(n + 1) + 1; }\nexport function build() { return deeper(0); }\n`);
    assert.equal(outcome.reply.ok, false);
    assert.equal(outcome.recycle, "overflow");
  });
});
