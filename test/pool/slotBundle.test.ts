import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { removeOrphanedBundles } from "../../src/build/pool/slotBundle.ts";
import { descendants } from "./slotPids.ts";

const parent = mkdtempSync(join(tmpdir(), "partforge-bundles-"));
after(() => rmSync(parent, { recursive: true, force: true }));

/** The pid of a process that has ended. */
function endedPid(): number {
  const child = spawnSync(process.execPath, ["-e", "0"]);
  assert.equal(child.status, 0);
  return child.pid!;
}

/** When process `pid` started, as /proc/<pid>/stat field 22 tells it. */
function startTime(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]!;
}

function makeDirs(names: string[]): void {
  for (const name of names) {
    mkdirSync(join(parent, name));
    writeFileSync(join(parent, name, "slot.mjs"), "");
  }
}

function clear(): void {
  for (const name of readdirSync(parent)) rmSync(join(parent, name), { recursive: true, force: true });
}

describe("slot bundle directories", () => {
  it("removes those of ended pool processes and keeps live ones and anything else", async () => {
    clear();
    const dead = endedPid();
    const names = [`partforge-slot-${dead}.123-abc123`, `partforge-slot-${process.pid}.${startTime(process.pid)}-def456`, "partforge-slot-xyz789", "unrelated-1"];
    makeDirs(names);
    await removeOrphanedBundles(parent);
    assert.deepEqual(readdirSync(parent).sort(), names.slice(1).sort());
  });

  it("removes one whose pid now belongs to another process, this one included (a restarted container's PID 1)", { skip: process.platform !== "linux" }, async () => {
    clear();
    const own = startTime(process.pid);
    const reused = [`partforge-slot-${process.pid}.${Number(own) - 1}-aaa111`, `partforge-slot-${process.ppid}.${Number(startTime(process.ppid)) + 7}-bbb222`];
    const live = [`partforge-slot-${process.pid}.${own}-ccc333`, `partforge-slot-${process.ppid}.${startTime(process.ppid)}-ddd444`];
    // An earlier version's name (pid only): ours was never written by this process; another live one is kept.
    const legacy = [`partforge-slot-${process.pid}-eee555`, `partforge-slot-${process.ppid}-fff666`, `partforge-slot-${endedPid()}-ggg777`];
    makeDirs([...reused, ...live, ...legacy]);
    await removeOrphanedBundles(parent);
    assert.deepEqual(readdirSync(parent).sort(), [...live, legacy[1]!].sort());
  });

  it("removes one whose pool process is a zombie nobody has reaped yet", { skip: process.platform !== "linux" }, async () => {
    clear();
    // `sleep 0` ends at once; its parent became `sleep 5` by exec, which never reaps it.
    const holder = spawn("/bin/sh", ["-c", "sleep 0 & exec sleep 5"], { stdio: "ignore" });
    try {
      let zombie: number | undefined;
      for (let attempt = 0; attempt < 200 && zombie === undefined; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        zombie = descendants(holder.pid!).find((pid) => {
          try {
            return /\) Z /.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
          } catch {
            return false;
          }
        });
      }
      assert.ok(zombie !== undefined, "no zombie appeared");
      makeDirs([`partforge-slot-${zombie}.${startTime(zombie)}-zzz000`]);
      await removeOrphanedBundles(parent);
      assert.deepEqual(readdirSync(parent), []);
    } finally {
      holder.kill("SIGKILL");
    }
  });

  it("does nothing when the directory cannot be read", async () => {
    await removeOrphanedBundles(join(parent, "missing"));
  });
});
