/**
 * The slot CPU window of the benches (bench/slotWindow.ts): it opens on a ready slot, never on a
 * starting replacement or a retiring slot (which the pool's first slot can be), and it says when
 * the window's builds did not all run in that slot — a slot replaced between two builds, a build
 * run again in a new slot (memory retry), a process gone at the reply — and not when the slot is
 * retired after the window's last reply. Fake pool health, no timing.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readySlot, type HealthView, type SlotView } from "../../bench/quietSlot.ts";
import { SlotWindow, swapAtClose, swapBeforeBuild, type WindowStart } from "../../bench/slotWindow.ts";

const slot = (id: number, state: string, buildsServed: number): SlotView => ({ id, pid: undefined, state, buildsServed });
const health = (buildsServed: number, ...slots: SlotView[]): HealthView => ({ buildsServed, slots });
const start: WindowStart = { slot: slot(1, "idle", 5), poolServed: 5 };

describe("readySlot", () => {
  it("takes the slot in service, not the pool's first slot when that one is retiring or starting", () => {
    assert.equal(readySlot(health(8, slot(1, "retiring", 8), slot(2, "idle", 0)))?.id, 2);
    assert.equal(readySlot(health(8, slot(2, "starting", 0), slot(1, "busy", 8)))?.id, 1);
    assert.equal(readySlot(health(8, slot(1, "retiring", 8), slot(2, "starting", 0))), undefined);
    assert.equal(readySlot(health(0)), undefined);
  });
});

describe("swapBeforeBuild / swapAtClose", () => {
  it("finds no swap when every build ran in the window's slot, retired after the last reply or not", () => {
    assert.equal(swapBeforeBuild(start, health(5, slot(1, "idle", 5)), 0), undefined);
    assert.equal(swapBeforeBuild(start, health(7, slot(1, "idle", 7)), 2), undefined);
    assert.equal(swapAtClose(start, health(8, slot(1, "idle", 8)), 3, 100), undefined);
    // The last build took the slot's memory past the recycle mark: retired after its reply, a replacement starting.
    assert.equal(swapAtClose(start, health(8, slot(1, "retiring", 8), slot(2, "starting", 0)), 3, 100), undefined);
    // … and already gone from the list, its process still readable.
    assert.equal(swapAtClose(start, health(8, slot(2, "starting", 0)), 3, 100), undefined);
  });

  it("finds the slot replaced between two builds of the window", () => {
    const replaced = health(6, slot(1, "retiring", 6), slot(2, "starting", 0));
    assert.match(swapBeforeBuild(start, replaced, 1) ?? "", /slot 1 was replaced after build 1 of the window \(retiring\)/);
    assert.match(swapBeforeBuild(start, health(6, slot(2, "idle", 0)), 1) ?? "", /slot 1 was replaced .*\(gone\)/);
  });

  it("finds a build that ran again in a new slot (memory retry): the pool ran two jobs for one build", () => {
    const retried = health(7, slot(1, "retiring", 6), slot(2, "idle", 1));
    assert.match(swapAtClose(start, retried, 1, 100) ?? "", /ran 2 jobs for the window's 1 builds: a build ran again in a new slot/);
  });

  it("finds builds that another slot served, by the slot's own count, when the pool's count is unknown (an old base)", () => {
    const old: WindowStart = { slot: slot(1, "idle", 5), poolServed: undefined };
    assert.match(swapAtClose(old, { slots: [slot(1, "idle", 6), slot(2, "idle", 1)] }, 2, 100) ?? "", /slot 1 served 1 of the window's 2 builds/);
    assert.match(swapBeforeBuild(old, { slots: [slot(1, "idle", 5)] }, 1) ?? "", /slot 1 served 0 jobs over the window's first 1 builds/);
  });

  it("finds a window opened with no ready slot (a replacement starting), and a process gone at the reply", () => {
    const none: WindowStart = { slot: undefined, poolServed: 5 };
    assert.match(swapBeforeBuild(none, health(5, slot(2, "starting", 0)), 0) ?? "", /no ready slot when the window opened/);
    assert.match(swapAtClose(none, health(6, slot(2, "idle", 1)), 1, 100) ?? "", /no ready slot/);
    const withProcess: WindowStart = { slot: { ...slot(1, "idle", 5), pid: 1234 }, poolServed: 5 };
    assert.match(swapAtClose(withProcess, health(6, slot(1, "retiring", 6)), 1, Number.NaN) ?? "", /process had ended/);
    // Off Linux (no pid) a NaN reading is no swap: nothing was measured.
    assert.equal(swapAtClose(start, health(6, slot(1, "idle", 6)), 1, Number.NaN), undefined);
  });
});

describe("SlotWindow", () => {
  /** A pool whose health is played from a list, one entry per call after the first. */
  function pool(...healths: HealthView[]) {
    let call = 0;
    return { warm: async () => undefined, health: () => healths[Math.min(call++, healths.length - 1)]! };
  }

  it("keeps the first swap it sees and answers NaN CPU with it", () => {
    const window = SlotWindow.now(pool(health(5, slot(1, "idle", 5)), health(5, slot(1, "idle", 5)), health(6, slot(1, "retiring", 6), slot(2, "starting", 0)), health(7, slot(2, "idle", 1))));
    window.beforeBuild();
    assert.equal(window.swap, undefined);
    window.beforeBuild();
    assert.match(window.swap ?? "", /slot 1 was replaced after build 1/);
    const closed = window.close();
    assert.ok(Number.isNaN(closed.cpuMs));
    assert.match(closed.swap ?? "", /slot 1 was replaced after build 1/);
  });

  it("opens on no slot while a replacement starts, and says so at close", () => {
    const window = SlotWindow.now(pool(health(5, slot(1, "retiring", 5), slot(2, "starting", 0)), health(5, slot(2, "idle", 0)), health(6, slot(2, "idle", 1))));
    window.beforeBuild();
    assert.match(window.close().swap ?? "", /no ready slot when the window opened/);
  });

  it("closes without a swap when its builds ran in its slot", () => {
    const window = SlotWindow.now(pool(health(5, slot(1, "idle", 5)), health(5, slot(1, "idle", 5)), health(6, slot(1, "idle", 6))));
    window.beforeBuild();
    assert.equal(window.close().swap, undefined);
  });
});
