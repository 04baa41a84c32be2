/**
 * A slot ended by a signal is reported with that signal, not with its wrapper's exit status; a
 * signal sent from outside reaches the slot's Node even though it runs in its own PID namespace.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createBuildPool, type BuildPool } from "../../src/build/pool/index.ts";
import { realExit } from "../../src/build/pool/slotProcess.ts";
import { slotNodePid } from "./slotPids.ts";

const SPIN = `export function build() {\n  for (;;) {}\n}\n`;

let pool: BuildPool;
before(async () => {
  pool = await createBuildPool({ size: 1, spare: 0, timeoutMs: 60_000, warmupBuilds: 0, log: () => undefined });
});
after(() => pool.close());

async function busySlotPid(): Promise<number> {
  for (let attempt = 0; attempt < 400; attempt++) {
    const busy = pool.health().slots.find((slot) => slot.state === "busy");
    if (busy?.pid !== undefined) return busy.pid;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("no slot became busy");
}

describe("a slot ended by a signal mid-build", () => {
  for (const [signal, meaning] of [
    ["SIGKILL", /killed by SIGKILL/],
    ["SIGSEGV", /crashed with SIGSEGV/],
    ["SIGTERM", /terminated by SIGTERM/],
  ] as const) {
    it(`names ${signal} when the slot's Node process receives it`, async () => {
      const building = pool.build({ source: SPIN, language: "js", type: "stl" });
      process.kill(slotNodePid(await busySlotPid()), signal);
      const result = await building;
      assert.equal(result.ok, false);
      if (!result.ok) {
        assert.equal(result.error.code, "INTERNAL");
        assert.match(result.error.message, meaning);
        assert.doesNotMatch(result.error.message, /exit code/);
      }
    });
  }

  it("names SIGKILL when the pool's own child (the wrapper, if any) is killed", async () => {
    const building = pool.build({ source: SPIN, language: "js", type: "stl" });
    process.kill(await busySlotPid(), "SIGKILL");
    const result = await building;
    assert.match(!result.ok ? result.error.message : "", /killed by SIGKILL/);
  });
});

describe("reading a wrapper's exit status", () => {
  it("turns 128 + N into signal N only for a wrapper that uses that convention", () => {
    assert.deepEqual(realExit(137, null, true), { code: null, signal: "SIGKILL" });
    assert.deepEqual(realExit(139, null, true), { code: null, signal: "SIGSEGV" });
    assert.deepEqual(realExit(137, null, false), { code: 137, signal: null });
    assert.deepEqual(realExit(1, null, true), { code: 1, signal: null });
    assert.deepEqual(realExit(87, null, true), { code: 87, signal: null });
    assert.deepEqual(realExit(null, "SIGKILL", true), { code: null, signal: "SIGKILL" });
    assert.deepEqual(realExit(255, null, true), { code: 255, signal: null });
  });
});
