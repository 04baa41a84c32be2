/**
 * The warm-up a new slot runs before it takes work (src/build/pool/warmup.ts): every warm-up
 * script builds in every format it is warmed with, the default warm-up builds each of them in
 * each of its formats, and a warm-up build that fails costs the slot only that script's warm-up,
 * not its start.
 */
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { buildModel } from "../../src/build/index.ts";
import { DEFAULT_EXPORT_OPTIONS } from "../../src/build/exportOptions.ts";
import { ScriptCompiler } from "../../src/build/pool/compiler.ts";
import { slotLaunch } from "../../src/build/pool/launch.ts";
import type { SlotConfig, SlotJob } from "../../src/build/pool/protocol.ts";
import { bundleSlot, type SlotBundle } from "../../src/build/pool/slotBundle.ts";
import { SlotProcess } from "../../src/build/pool/slotProcess.ts";
import { DEFAULT_WARMUP_BUILDS, WARMUP_SCRIPT, WARMUP_SCRIPTS, warmupRequests } from "../../src/build/pool/warmup.ts";

describe("warm-up scripts", () => {
  for (const script of WARMUP_SCRIPTS) {
    it(`${script.name} builds as each default warm-up build of it asks (${script.formats.join(", ")})`, async () => {
      const requests = warmupRequests(DEFAULT_WARMUP_BUILDS).filter((request) => request.script === script);
      assert.ok(requests.length > 0, `the default warm-up never builds ${script.name}`);
      for (const { format, values } of requests) {
        const result = await buildModel({ source: script.source, language: "ts", type: format, values });
        assert.ok(result.bytes.byteLength > 0, `${script.name} (${format}, ${JSON.stringify(values)}) gave no bytes`);
      }
    });
  }

  it("the default warm-up builds every script in every format it lists, the block script first", () => {
    const requests = warmupRequests(DEFAULT_WARMUP_BUILDS);
    assert.equal(requests[0]!.script.source, WARMUP_SCRIPT);
    for (const script of WARMUP_SCRIPTS) {
      for (const format of script.formats) {
        assert.ok(requests.some((request) => request.script === script && request.format === format), `${script.name} is never warmed to ${format}`);
      }
    }
  });

  it("names each script once, with values only for parameters it declares", () => {
    assert.equal(new Set(WARMUP_SCRIPTS.map((script) => script.name)).size, WARMUP_SCRIPTS.length);
    for (const script of WARMUP_SCRIPTS) {
      for (const name of Object.keys(script.values(0))) assert.match(script.source, new RegExp(`export const ${name} = `), `${script.name} has no parameter ${name}`);
    }
  });
});

describe("a warm-up build that fails", () => {
  let bundle: SlotBundle | undefined;
  let slot: SlotProcess | undefined;
  after(async () => {
    slot?.kill();
    await slot?.exited;
    await bundle?.dispose();
  });

  it("does not fail the slot's start: the slot reports it, skips that script's other warm-up builds and serves builds", async () => {
    const compiler = new ScriptCompiler();
    const compile = async (source: string) => {
      const outcome = await compiler.compile(source, "ts");
      assert.ok(outcome.ok, "a test script does not compile");
      return outcome.data;
    };
    const failing = await compile(`import { Workplane } from "partforge";\nexport function build() {\n  throw new Error("flaky warm-up");\n}\n`);
    const block = await compile(WARMUP_SCRIPT);
    const job = (script: SlotJob["script"], type: SlotJob["type"]): SlotJob => ({ kind: "build", script, type, preset: undefined, values: {}, options: { ...DEFAULT_EXPORT_OPTIONS } });
    const config: SlotConfig = { warmup: [job(failing, "step"), job(block, "step"), job(failing, "stl"), job(block, "stl")], wasmMaxBytes: 4000 * 65_536, exportWasmMaxBytes: 4000 * 65_536, retireOnCaughtOverflow: true, kernelThreads: 1, memoBudgetBytes: 0 };
    bundle = await bundleSlot();
    const launch = slotLaunch({ bundleFile: bundle.file, readablePaths: bundle.readablePaths, heapMb: 256, wasmMaxPages: 4000, workerThreads: false });
    slot = new SlotProcess(1, launch, config, { heapMb: 256, wasmMaxBytes: 4000 * 65_536, exportWasmMaxBytes: 4000 * 65_536, startupTimeoutMs: 60_000 }, () => undefined);
    await slot.ready;
    assert.equal(slot.warmupFailures.length, 1, `expected the failing script once: ${slot.warmupFailures.join("; ")}`);
    assert.match(slot.warmupFailures[0]!, /warm-up build 1 \(step\) failed: .*flaky warm-up/);
    const result = await slot.run(job(block, "step"), 30_000);
    assert.ok(result.reply.ok, "the slot does not build after its warm-up");
    assert.equal(result.recycle, undefined);
  });
});
