import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { delayAfter, LoginThrottle } from "./loginThrottle.ts";

describe("LoginThrottle", () => {
  it("doubles the wait after the free failures, up to the cap", () => {
    const rule = { freeFailures: 5, firstDelaySeconds: 1, maxDelaySeconds: 300 };
    assert.deepEqual([4, 5, 6, 7, 12, 13, 40].map((failures) => delayAfter(rule, failures)), [0, 1, 2, 4, 128, 256, 300]);
  });

  it("counts a burst of parallel attempts as they start, so they cannot all slip through", () => {
    const throttle = new LoginThrottle({}, () => 0);
    const started = Array.from({ length: 10 }, () => throttle.begin("192.0.2.1", "ann@example.com"));
    assert.deepEqual(started.map((wait) => wait > 0), [false, false, false, false, false, true, true, true, true, true]);
  });

  it("forgets an account's failures an hour after the last one", () => {
    let nowMs = 0;
    const throttle = new LoginThrottle({}, () => nowMs);
    for (let i = 0; i < 5; i++) throttle.begin(`192.0.2.${i}`, "ann@example.com");
    assert.ok(throttle.begin("192.0.2.9", "ann@example.com") > 0);
    nowMs += 3600_001;
    assert.equal(throttle.begin("192.0.2.9", "ann@example.com"), 0);
  });

  it("keeps at most maxEntries counts, dropping the oldest", () => {
    const throttle = new LoginThrottle({ maxEntries: 4 }, () => 0);
    for (let i = 0; i < 5; i++) throttle.begin("192.0.2.1", "old@example.com");
    assert.ok(throttle.begin("192.0.2.1", "old@example.com") > 0);
    throttle.begin("192.0.2.2", "a@example.com");
    throttle.begin("192.0.2.3", "b@example.com");
    assert.equal(throttle.begin("192.0.2.4", "old@example.com"), 0, "the oldest count was dropped to stay within the bound");
  });
});
