/**
 * Slots that keep failing to start (killed while starting, as a dying host or an operator's kill
 * would do): waiting builds are told the service is unavailable for now and when to retry (503
 * BUSY with a retry hint), not that the build failed with an internal error.
 */
import { after, before, it } from "node:test";
import assert from "node:assert/strict";
import { createBuildPool, type BuildPool } from "../../src/build/pool/index.ts";

const BOX = `export function build() { return Workplane("XY").box(1, 2, 3); }\n`;

let pool: BuildPool;

before(async () => {
  pool = await createBuildPool({ size: 1, spare: 0, warmupBuilds: 0, log: () => undefined });
});

after(() => pool.close());

it("answers BUSY with a retry hint, not INTERNAL, while no slot can be started", async () => {
  const killed = new Set<number>();
  const deadline = Date.now() + 60_000;
  for (const slot of pool.health().slots) {
    killed.add(slot.pid!);
    process.kill(slot.pid!, "SIGKILL");
  }
  while (pool.health().startFailures < 3) {
    assert.ok(Date.now() < deadline, `only ${pool.health().startFailures} failed starts after 60 s`);
    for (const slot of pool.health().slots) {
      if (slot.state === "starting" && slot.pid !== undefined && !killed.has(slot.pid)) {
        killed.add(slot.pid);
        process.kill(slot.pid, "SIGKILL");
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const result = await pool.build({ source: BOX, language: "js", type: "stl" });
  assert.equal(result.ok, false, "the build succeeded although no slot could start");
  if (result.ok) return;
  assert.equal(result.error.code, "BUSY", JSON.stringify(result.error));
  assert.match(result.error.message, /no build slot could be started \(3 attempts in a row failed\).*retry in \d+ s/);
  assert.ok(Number(result.error.details?.retryAfterSeconds) >= 1, JSON.stringify(result.error.details));
});

it("starts slots again after the back-off and builds once one is ready", async () => {
  const deadline = Date.now() + 60_000;
  while (!pool.health().slots.some((slot) => slot.state === "idle")) {
    assert.ok(Date.now() < deadline, "no slot was started again within 60 s of the failed starts");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const result = await pool.build({ source: BOX, language: "js", type: "stl" });
  assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
});
