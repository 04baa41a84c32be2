/**
 * The pool's queue is fair across tenants: a tenant flooding the pool with endless scripts holds
 * at most half the slots while another tenant waits, and the other's build is taken next, not
 * after the flood. Asserted by the order builds finish in, not by how long they took.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createBuildPool, type BuildPool, type BuildResult } from "../../src/build/pool/index.ts";

const SPIN = "for (;;) {}\nexport function build() {}\n";
const BOX = 'export function build() { return Workplane("XY").box(3, 2, 1); }\n';
const SPIN_LIMIT_MS = 2000;

describe("a pool of two slots shared by two tenants", () => {
  let pool: BuildPool;
  before(async () => {
    pool = await createBuildPool({ size: 2, spare: 1, warmupBuilds: 1, log: () => undefined });
    await pool.warm();
  });
  after(() => pool.close());

  it("answers a build with its beforeRun refusal when it leaves the queue, without running it", async () => {
    const served = pool.health().buildsServed;
    const refused = await pool.build({ source: BOX, language: "js", type: "stl", tenant: "spent" }, () => ({ code: "COMPUTE_LIMITED", message: "budget used up" }));
    assert.equal(!refused.ok && refused.error.code, "COMPUTE_LIMITED");
    assert.equal(refused.computeMs, 0);
    assert.equal(pool.health().buildsServed, served, "no slot ran it");
  });

  it("takes another tenant's build before the flooding tenant's queued ones, and charges each endless script its time limit", async () => {
    const finished: string[] = [];
    const track = (label: string, promise: Promise<BuildResult>) =>
      promise.then((result) => {
        finished.push(label);
        return result;
      });
    const spin = (label: string) => track(label, pool.build({ source: SPIN, language: "js", type: "stl", tenant: "attacker", timeoutMs: SPIN_LIMIT_MS }));
    // The attacker alone: both slots are its, and two more endless scripts wait.
    const running = [spin("running 1"), spin("running 2")];
    const queued = [spin("queued 1"), spin("queued 2")];
    await new Promise((resolve) => setImmediate(resolve));
    const victim = await track("victim", pool.build({ source: BOX, language: "js", type: "stl", tenant: "victim" }));
    assert.ok(victim.ok, JSON.stringify(!victim.ok && victim.error));
    assert.ok(victim.computeMs > 0, "the victim's build is charged its slot time");
    const results = await Promise.all([...running, ...queued]);
    assert.deepEqual(finished.slice(0, 3).sort(), ["running 1", "running 2", "victim"].sort(), `finished in the order ${finished.join(", ")}`);
    for (const result of results) {
      assert.equal(!result.ok && result.error.code, "TIMEOUT");
      assert.ok(result.computeMs >= SPIN_LIMIT_MS, `an endless script is charged at least its time limit: ${result.computeMs}`);
    }
  });
});
