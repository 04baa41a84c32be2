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
  const deadline = Date.now() + 90_000;
  const usable = () => pool.health().slots.some((slot) => slot.state === "idle" || slot.state === "busy");
  // Every slot seen starting or in service is killed. On a loaded machine a 5 ms poll can sleep
  // through a whole slot start (seen on Node 24 in CI): that slot becomes ready, which resets the
  // count of failed starts in a row, and is killed once seen; so the loop runs until three starts
  // in a row have failed and no slot is left that could take the build.
  while (pool.health().startFailuresInARow < 3 || usable()) {
    const health = pool.health();
    assert.ok(Date.now() < deadline, `only ${health.startFailuresInARow} failed starts in a row (${health.startFailures} in all) after 90 s; slots: ${JSON.stringify(health.slots.map((slot) => [slot.id, slot.state, slot.pid, slot.pid !== undefined && killed.has(slot.pid)]))}, killed ${killed.size}`);
    for (const slot of health.slots) {
      if (slot.pid === undefined || (slot.state !== "starting" && slot.state !== "idle" && slot.state !== "busy")) continue;
      // A slot seen usable again after its kill is killed again (harmless if it is on its way out).
      if (killed.has(slot.pid) && slot.state === "starting") continue;
      killed.add(slot.pid);
      try {
        // The slot's whole process group, as `kill -KILL -- -PGID` would: the wrapper alone,
        // killed before `unshare --kill-child` armed its child's death signal, leaves the slot running.
        process.kill(-slot.pid, "SIGKILL");
      } catch {
        // Exited meanwhile.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const result = await pool.build({ source: BOX, language: "js", type: "stl" });
  assert.equal(result.ok, false, "the build succeeded although no slot could start");
  if (result.ok) return;
  assert.equal(result.error.code, "BUSY", JSON.stringify(result.error));
  const inARow = /no build slot could be started \((\d+) attempts in a row failed\).*retry in \d+ s/.exec(result.error.message);
  assert.ok(inARow !== null && Number(inARow[1]) >= 3, result.error.message);
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
