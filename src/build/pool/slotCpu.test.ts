import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseStatCpu, SlotCpu } from "./slotCpu.ts";

/** A stat line of proc(5) for a process in group `pgrp` with these times in ticks (10 ms). */
function statLine(pid: number, comm: string, pgrp: number, [utime, stime, cutime, cstime]: [number, number, number, number]): string {
  return `${pid} (${comm}) S 1 ${pgrp} ${pgrp} 0 -1 4194304 100 0 0 0 ${utime} ${stime} ${cutime} ${cstime} 20 0 7 0 40772 1015459840 11604\n`;
}

describe("parseStatCpu", () => {
  it("adds a process's own and its reaped children's user and system ticks, in ms, with its group", () => {
    assert.deepEqual(parseStatCpu(statLine(7, "node", 5, [200, 1, 30, 4])), { pgrp: 5, cpuMs: 2350 });
  });

  it("reads past a command name holding spaces and parentheses", () => {
    assert.deepEqual(parseStatCpu(statLine(7, "a) S 1 2 3 (b", 9, [1, 2, 3, 4])), { pgrp: 9, cpuMs: 100 });
  });

  it("answers undefined for what is not a stat line", () => {
    for (const line of ["", "garbage", "7 (node) S 1 5", "7 (node) S 1 5 5 0 -1 4194304 100 0 0 0 x 1 0 0", "7 (node) S 1 5 5 0 -1 4194304 100 0 0 0 -3 1 0 0 20"]) {
      assert.equal(parseStatCpu(line), undefined, line);
    }
  });
});

describe("SlotCpu", () => {
  const proc = mkdtempSync(join(tmpdir(), "partforge-proc-"));
  after(() => rmSync(proc, { recursive: true, force: true }));

  /** A fake /proc entry: its stat, and its children file unless `children` is undefined. */
  function processEntry(root: string, pid: number, stat: string, children: number[] | undefined): void {
    mkdirSync(join(root, String(pid), "task", String(pid)), { recursive: true });
    writeFileSync(join(root, String(pid), "stat"), stat);
    if (children !== undefined) writeFileSync(join(root, String(pid), "task", String(pid), "children"), children.map((child) => `${child} `).join(""));
  }

  /** A wrapper (pid 10) with a shell (11) running the slot's Node (12), all in group 10. */
  function wrappedSlot(name: string): string {
    const root = join(proc, name);
    processEntry(root, 10, statLine(10, "unshare", 10, [1, 0, 0, 0]), [11]);
    processEntry(root, 11, statLine(11, "sh", 10, [0, 1, 0, 0]), [12]);
    processEntry(root, 12, statLine(12, "node", 10, [300, 20, 0, 0]), []);
    return root;
  }

  it("counts the CPU of the slot's Node and its wrappers from when a job starts", () => {
    const root = wrappedSlot("wrapped");
    const cpu = SlotCpu.locate(10, root)!;
    assert.equal(cpu.startMs(), 3220);
    writeFileSync(join(root, "12", "stat"), statLine(12, "node", 10, [500, 30, 0, 0]));
    assert.equal(cpu.nowMs(), 5320);
    // The Node ended and reaped by its shell (its file no longer reads): counted in the shell's children's times.
    writeFileSync(join(root, "11", "stat"), statLine(11, "sh", 10, [0, 1, 500, 30]));
    writeFileSync(join(root, "12", "stat"), "");
    assert.equal(cpu.nowMs(), 5320);
    cpu.close();
  });

  it("locates a slot that is its Node itself (no wrapper)", () => {
    const root = join(proc, "bare");
    processEntry(root, 20, statLine(20, "node", 20, [40, 2, 0, 0]), []);
    const cpu = SlotCpu.locate(20, root)!;
    assert.equal(cpu.startMs(), 420);
    assert.equal(cpu.nowMs(), 420);
    cpu.close();
    assert.equal(cpu.nowMs(), undefined, "read after close");
  });

  it("answers undefined, without throwing, for a process with no /proc entry", () => {
    assert.equal(SlotCpu.locate(99, join(proc, "none")), undefined);
    assert.equal(SlotCpu.locate(undefined, proc), undefined);
  });

  it("answers undefined, without throwing, for a stat that is garbage or of another process group", () => {
    const garbage = join(proc, "garbage");
    processEntry(garbage, 30, "no such thing\n", []);
    assert.equal(SlotCpu.locate(30, garbage), undefined);
    const stranger = join(proc, "stranger");
    processEntry(stranger, 40, statLine(40, "node", 41, [1, 1, 0, 0]), []);
    assert.equal(SlotCpu.locate(40, stranger), undefined);
    const empty = join(proc, "empty");
    processEntry(empty, 50, "", []);
    assert.equal(SlotCpu.locate(50, empty), undefined);
  });

  it("reads only the spawned process where the children cannot be listed", () => {
    const root = join(proc, "nochildren");
    processEntry(root, 60, statLine(60, "node", 60, [7, 0, 0, 0]), undefined);
    const cpu = SlotCpu.locate(60, root)!;
    assert.equal(cpu.nowMs(), 70);
    cpu.close();
  });

  it("answers undefined, without throwing, once its files turn to garbage", () => {
    const root = wrappedSlot("turned");
    const cpu = SlotCpu.locate(10, root)!;
    for (const pid of [10, 11, 12]) writeFileSync(join(root, String(pid), "stat"), "garbage");
    assert.equal(cpu.startMs(), undefined);
    assert.equal(cpu.nowMs(), undefined);
    cpu.close();
  });
});
