import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { removeOrphanedBundles } from "../../src/build/pool/slotBundle.ts";

const parent = mkdtempSync(join(tmpdir(), "partforge-bundles-"));
after(() => rmSync(parent, { recursive: true, force: true }));

/** The pid of a process that has ended. */
function endedPid(): number {
  const child = spawnSync(process.execPath, ["-e", "0"]);
  assert.equal(child.status, 0);
  return child.pid!;
}

describe("slot bundle directories", () => {
  it("removes those of ended pool processes and keeps live ones and anything else", async () => {
    const dead = endedPid();
    const names = [`partforge-slot-${dead}-abc123`, `partforge-slot-${process.pid}-def456`, "partforge-slot-xyz789", "unrelated-1"];
    for (const name of names) {
      mkdirSync(join(parent, name));
      writeFileSync(join(parent, name, "slot.mjs"), "");
    }
    await removeOrphanedBundles(parent);
    assert.deepEqual(readdirSync(parent).sort(), names.slice(1).sort());
  });

  it("does nothing when the directory cannot be read", async () => {
    await removeOrphanedBundles(join(parent, "missing"));
  });
});
