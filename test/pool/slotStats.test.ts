/**
 * A slot's reply carries what the pool decides on at once (its WebAssembly memory, for recycling);
 * the rest of its stats (JS heap, resident memory) follow in a message of their own, read after the
 * reply was sent. A fake slot plays the slot's side of the protocol.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { SlotLaunch } from "../../src/build/pool/launch.ts";
import type { CompiledScriptData, SlotConfig, SlotJob } from "../../src/build/pool/protocol.ts";
import { SlotProcess } from "../../src/build/pool/slotProcess.ts";

/** Answers each job with `wasmBytes` = the job's `n`, then sends stats with heap `n + 1` and resident memory `n + 2`. */
const FAKE_SLOT = `
process.on("message", (message) => {
  if (message.type === "init") return process.send({ type: "ready", startupMs: 0, warmupMs: 0, warmupFailures: [], stats: { wasmBytes: 1, heapUsedBytes: 2, rssBytes: 3 } });
  const n = message.job.values.n;
  process.send({ type: "done", id: message.id, reply: { ok: false, error: { code: "GEOMETRY", message: "answered" } }, wasmBytes: n, recycle: undefined, internalMessage: undefined });
  process.send({ type: "stats", stats: { wasmBytes: n, heapUsedBytes: n + 1, rssBytes: n + 2 } });
});
process.on("disconnect", () => process.exit(0));
`;
const FAKE_LAUNCH: SlotLaunch = {
  command: process.execPath,
  args: ["-e", FAKE_SLOT],
  isolation: { network: false, diesWithPool: false, permissionFlag: "--permission", readablePaths: [], emptyEnvironment: true, heapMb: 64, wasmMaxPages: 1, workerThreads: false },
  signalAsExitStatus: false,
};
const FAKE_SCRIPT = { code: "", source: "", sourceMap: { mappings: "" } } as unknown as CompiledScriptData;

function fakeJob(n: number): SlotJob {
  return { kind: "build", script: FAKE_SCRIPT, type: "stl", preset: undefined, values: { n }, options: { tolerance: 0.1, angularTolerance: 0.1, ascii: false } };
}

describe("a slot's stats", () => {
  it("takes the WebAssembly memory from the reply itself, and the heap and resident memory from the stats that follow it", async () => {
    const slot = new SlotProcess(1, FAKE_LAUNCH, { warmup: [] } as unknown as SlotConfig, { heapMb: 64, wasmMaxBytes: 65_536, startupTimeoutMs: 30_000 }, () => undefined);
    try {
      await slot.ready;
      assert.deepEqual(slot.stats, { wasmBytes: 1, heapUsedBytes: 2, rssBytes: 3 });
      for (const n of [1000, 2000]) {
        const result = await slot.run(fakeJob(n), 10_000);
        assert.equal(result.reply.ok, false);
        assert.equal(slot.stats?.wasmBytes, n, "the reply's reading, for the pool's recycling decision after this job");
        // The stats message is the next one on the channel: let it arrive (the fake sends it at once).
        for (let turn = 0; turn < 1000 && slot.stats?.heapUsedBytes !== n + 1; turn++) await new Promise((resolve) => setTimeout(resolve, 5));
        assert.deepEqual(slot.stats, { wasmBytes: n, heapUsedBytes: n + 1, rssBytes: n + 2 });
      }
    } finally {
      slot.retire();
      await slot.exited;
    }
  });
});
