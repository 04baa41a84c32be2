import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import DatabaseConstructor from "better-sqlite3";
import { startCheckpointer } from "./checkpointer.ts";

const dir = mkdtempSync(join(tmpdir(), "partforge-checkpointer-"));
after(() => rmSync(dir, { recursive: true, force: true }));

async function until(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("the WAL checkpointer", () => {
  it("turns the connection's automatic checkpoints off and copies the WAL into the database from its worker", async () => {
    const path = join(dir, "ledger.db");
    const db = new DatabaseConstructor(path);
    db.pragma("journal_mode = WAL");
    db.exec("CREATE TABLE rows (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)");
    db.pragma("wal_checkpoint(TRUNCATE)");
    // First a checkpointer whose worker will not run within the test: any growth of the file
    // while inserting would be a commit checkpointing on the event loop. (With a short interval
    // the worker, on its own thread, may legitimately checkpoint during the inserts.)
    const idle = startCheckpointer(db, { intervalMs: 600_000 });
    assert.equal(db.pragma("wal_autocheckpoint", { simple: true }), 0);
    const sizeBefore = statSync(path).size;
    const insert = db.prepare("INSERT INTO rows (payload) VALUES (?)");
    // ~2,500 pages: far past the 1,000 at which a commit would checkpoint by itself.
    for (let i = 0; i < 2_500; i++) insert.run("x".repeat(4_000));
    assert.equal(statSync(path).size, sizeBefore, "no commit checkpointed on the event loop");
    await idle.close();

    const checkpointer = startCheckpointer(db, { intervalMs: 50 });
    assert.equal(db.pragma("wal_autocheckpoint", { simple: true }), 0);
    await until(() => statSync(path).size > sizeBefore + 5_000_000, "the worker has copied the pages into the database file");
    await checkpointer.close();
    assert.equal(db.pragma("wal_autocheckpoint", { simple: true }), 1000, "automatic checkpoints are back after close");
    assert.equal(db.prepare("SELECT count(*) FROM rows").pluck().get(), 2_500);
    db.close();
    const reopened = new DatabaseConstructor(path, { readonly: true });
    assert.equal(reopened.prepare("SELECT count(*) FROM rows").pluck().get(), 2_500);
    reopened.close();
  });

  it("lets the process exit without close (the worker never holds it) and close twice is harmless", async () => {
    const db = new DatabaseConstructor(join(dir, "twice.db"));
    db.pragma("journal_mode = WAL");
    const checkpointer = startCheckpointer(db, { intervalMs: 10 });
    await checkpointer.close();
    await checkpointer.close();
    db.close();
  });
});
