import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { isPartforgeError } from "../shared/errors.ts";
import { HashingGate } from "./hashingGate.ts";

/** A hash that finishes when the test says so. */
function pendingHash(): { hash: () => Promise<string>; finish: () => void; started: () => boolean } {
  let finish!: () => void;
  let started = false;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    hash: async () => {
      started = true;
      await done;
      return "hashed";
    },
    finish: () => finish(),
    started: () => started,
  };
}

describe("HashingGate", () => {
  it("runs at most `concurrent` hashes, queues up to `queued`, and refuses the rest with BUSY at once", async () => {
    const gate = new HashingGate({ concurrent: 2, queued: 1 });
    const hashes = [pendingHash(), pendingHash(), pendingHash()];
    const runs = hashes.map((h) => gate.run(h.hash));
    await Promise.resolve();
    assert.deepEqual(hashes.map((h) => h.started()), [true, true, false]);
    assert.deepEqual(gate.load, { running: 2, waiting: 1 });
    await assert.rejects(gate.run(async () => "never"), (error: unknown) => isPartforgeError(error) && error.code === "BUSY");
    hashes[0]!.finish();
    assert.equal(await runs[0], "hashed");
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(hashes[2]!.started(), true, "the waiting hash takes the freed turn");
    assert.deepEqual(gate.load, { running: 2, waiting: 0 });
    hashes[1]!.finish();
    hashes[2]!.finish();
    assert.deepEqual(await Promise.all(runs.slice(1)), ["hashed", "hashed"]);
    assert.deepEqual(gate.load, { running: 0, waiting: 0 });
  });

  it("frees its turn when a hash fails", async () => {
    const gate = new HashingGate({ concurrent: 1, queued: 0 });
    await assert.rejects(gate.run(async () => Promise.reject(new Error("scrypt failed"))), /scrypt failed/);
    assert.equal(await gate.run(async () => "next"), "next");
  });

  it("refuses limits that would let nothing run", () => {
    assert.throws(() => new HashingGate({ concurrent: 0, queued: 4 }), RangeError);
    assert.throws(() => new HashingGate({ concurrent: 1, queued: -1 }), RangeError);
  });
});
