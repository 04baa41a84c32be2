import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { FairQueue } from "./fairQueue.ts";

const GRACE_MS = 250;

function queue(slots: number): FairQueue<string> {
  return new FairQueue<string>({ slots, graceMs: GRACE_MS });
}

/** Takes until nothing more may run at `now`, returning what was taken. */
function takeAll(line: FairQueue<string>, now: number): string[] {
  const taken: string[] = [];
  for (let next = line.take(now); next !== undefined; next = line.take(now)) taken.push(next.item);
  return taken;
}

describe("the fair queue", () => {
  it("takes builds round-robin by tenant, not in arrival order", () => {
    const line = queue(8);
    for (let i = 1; i <= 4; i++) line.push("attacker", `a${i}`);
    line.push("victim", "v1");
    line.push("victim", "v2");
    line.push("third", "t1");
    assert.equal(line.length, 7);
    assert.deepEqual(takeAll(line, 0), ["a1", "v1", "t1", "a2", "v2", "a3", "a4"]);
    assert.equal(line.length, 0);
    assert.equal(line.runningOf("attacker"), 4);
  });

  it("lets a tenant alone use every slot, but gives a waiting tenant the next free one", () => {
    const line = queue(2);
    for (let i = 1; i <= 3; i++) line.push("attacker", `a${i}`);
    assert.deepEqual(takeAll(line, 0), ["a1", "a2"], "nobody else contends: both slots");
    line.push("victim", "v1");
    line.done("attacker", 100);
    assert.deepEqual(takeAll(line, 100), ["v1"], "the freed slot goes to the waiting tenant, not to the attacker's third build");
    line.done("attacker", 200);
    assert.deepEqual(takeAll(line, 200), ["a3"]);
  });

  it("holds no tenant above half the slots (at least one) while another contends", () => {
    const line = queue(4);
    for (let i = 1; i <= 6; i++) line.push("attacker", `a${i}`);
    line.push("victim", "v1");
    assert.deepEqual(takeAll(line, 0), ["a1", "v1", "a2"]);
    assert.equal(line.runningOf("attacker"), 2);
    const single = queue(1);
    single.push("attacker", "a1");
    single.push("victim", "v1");
    assert.equal(single.take(0)?.item, "a1", "with one slot, a tenant may still hold that one");
    single.push("attacker", "a2");
    single.done("attacker", 5);
    assert.equal(single.take(5)?.item, "v1", "the one slot goes to the other tenant next");
  });

  it("keeps a tenant's share for a grace period after its build, so a client building one model after another keeps its slot", () => {
    const line = queue(2);
    line.push("attacker", "a1");
    line.push("victim", "v1");
    assert.deepEqual(takeAll(line, 0), ["a1", "v1"]);
    line.push("attacker", "a2");
    line.done("victim", 100);
    assert.deepEqual(takeAll(line, 110), [], "the victim's slot is not taken in the gap between its requests");
    assert.equal(line.nextChangeAt(110), 100 + GRACE_MS);
    line.push("victim", "v2");
    assert.deepEqual(takeAll(line, 120), ["v2"]);
    line.done("victim", 200);
    assert.deepEqual(takeAll(line, 200 + GRACE_MS), ["a2"], "once the grace is over, the attacker may use the idle slot");
  });

  it("names the tenant with the most waiting and drops its newest item to make room", () => {
    const line = queue(2);
    for (let i = 1; i <= 3; i++) line.push("attacker", `a${i}`);
    line.push("victim", "v1");
    assert.deepEqual(line.mostWaiting(), { tenant: "attacker", waiting: 3 });
    assert.equal(line.dropNewest("attacker"), "a3");
    assert.equal(line.length, 3);
    assert.equal(line.waitingOf("attacker"), 2);
    assert.equal(line.dropNewest("nobody"), undefined);
    assert.deepEqual(takeAll(line, 0), ["a1", "v1"]);
  });

  it("drains every waiting item and forgets nothing it still runs", () => {
    const line = queue(2);
    line.push("a", "a1");
    line.push("a", "a2");
    line.push("b", "b1");
    assert.deepEqual(line.take(0)?.item, "a1");
    assert.deepEqual(line.drain().sort(), ["a2", "b1"]);
    assert.equal(line.length, 0);
    assert.equal(line.waitingOf("a"), 0);
    assert.equal(line.runningOf("a"), 1);
    assert.equal(line.take(0), undefined);
  });
});
