/**
 * The start of a bench's CPU window (bench/quietSlot.ts): the reading is taken only once it has
 * stopped moving (the slot's post-reply work, or a replacement's warm-up, is done), within a bound.
 * A fake clock and CPU reader: no timing in the test.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { settledReading, type Clock, type SettleOptions } from "../../bench/quietSlot.ts";

const options: SettleOptions = { pollMs: 2, quietMs: 12, maxMs: 500 };

/** A clock that advances by each sleep, and a reader that plays `cpuAt(now)`. */
function fake(cpuAt: (now: number) => number): { clock: Clock; read: () => number; reads: () => number } {
  let now = 0;
  let reads = 0;
  return {
    clock: { now: () => now, sleep: async (ms) => void (now += ms) },
    read: () => {
      reads += 1;
      return cpuAt(now);
    },
    reads: () => reads,
  };
}

describe("settledReading", () => {
  it("waits while the CPU moves and returns the reading once it has been still for quietMs", async () => {
    // Busy for 30 ms (post-reply work, or the end of a warm-up), then at rest at 130 ms of CPU.
    const f = fake((now) => (now < 30 ? 100 + now : 130));
    const result = await settledReading(f.read, options, f.clock);
    assert.deepEqual(result, { value: 130, settled: true });
    assert.ok(f.clock.now() >= 30 + options.quietMs, `returned at ${f.clock.now()} ms, before the CPU had been still for ${options.quietMs} ms`);
  });

  it("returns the first reading after quietMs when the thread is already at rest", async () => {
    const f = fake(() => 42);
    assert.deepEqual(await settledReading(f.read, options, f.clock), { value: 42, settled: true });
    assert.equal(f.clock.now(), options.quietMs);
  });

  it("gives up after maxMs on a thread that never rests, with the last reading", async () => {
    const f = fake((now) => now);
    const result = await settledReading(f.read, options, f.clock);
    assert.equal(result.settled, false);
    assert.ok(f.clock.now() >= options.maxMs && f.clock.now() < options.maxMs + 2 * options.pollMs);
    assert.equal(result.value, f.clock.now());
  });

  it("does not wait on a reading that failed (NaN: no slot, or not Linux)", async () => {
    const f = fake(() => Number.NaN);
    const result = await settledReading(f.read, options, f.clock);
    assert.ok(Number.isNaN(result.value));
    assert.equal(f.reads(), 1);
  });
});
