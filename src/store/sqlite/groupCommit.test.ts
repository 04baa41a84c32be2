import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import DatabaseConstructor from "better-sqlite3";
import { groupCommit } from "./groupCommit.ts";

const dir = mkdtempSync(join(tmpdir(), "partforge-group-commit-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function openPair(name: string) {
  const path = join(dir, `${name}.db`);
  const db = new DatabaseConstructor(path);
  db.pragma("journal_mode = WAL");
  db.exec("CREATE TABLE rows (id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE)");
  const reader = new DatabaseConstructor(path, { readonly: true });
  const count = (connection = db): number => connection.prepare("SELECT count(*) FROM rows").pluck().get() as number;
  return { db, reader, count };
}

describe("group commit", () => {
  it("puts the writes of one event-loop turn in one transaction, in order, and settles after the commit", async () => {
    const { db, reader, count } = openPair("shared");
    const seenByOthers: number[] = [];
    const seenInside: number[] = [];
    const writes = groupCommit(db, (label: string) => {
      seenInside.push(count());
      seenByOthers.push(count(reader));
      db.prepare("INSERT INTO rows (label) VALUES (?)").run(label);
      return label.toUpperCase();
    });
    const results = await Promise.all(["a", "b", "c", "d"].map((label) => writes.run(label)));
    assert.deepEqual(results, ["A", "B", "C", "D"]);
    assert.deepEqual(seenInside, [0, 1, 2, 3], "each write sees the earlier writes of its group");
    assert.deepEqual(seenByOthers, [0, 0, 0, 0], "no other connection sees the group before it commits: one transaction");
    assert.equal(count(reader), 4, "committed when the promises settle");
    reader.close();
    db.close();
  });

  it("rolls back and rejects only the write that throws; the rest of its group commits", async () => {
    const { db, reader, count } = openPair("failing");
    const writes = groupCommit(db, (label: string) => {
      db.prepare("INSERT INTO rows (label) VALUES (?)").run(label);
      if (label === "bad") throw new Error("refused after inserting");
      return label;
    });
    const outcomes = await Promise.allSettled(["one", "bad", "one", "two"].map((label) => writes.run(label)));
    assert.deepEqual(outcomes.map((outcome) => outcome.status), ["fulfilled", "rejected", "rejected", "fulfilled"]);
    assert.match(String((outcomes[1] as PromiseRejectedResult).reason), /refused after inserting/);
    assert.match(String((outcomes[2] as PromiseRejectedResult).reason), /UNIQUE/);
    assert.deepEqual(reader.prepare("SELECT label FROM rows ORDER BY id").pluck().all(), ["one", "two"]);
    assert.equal(count(), 2);
    reader.close();
    db.close();
  });

  it("a write alone in its turn commits on its own, and one that throws rolls back whole and rejects", async () => {
    const { db, reader, count } = openPair("alone");
    const writes = groupCommit(db, (label: string) => {
      db.prepare("INSERT INTO rows (label) VALUES (?)").run(label);
      if (label.startsWith("bad")) throw new Error(`refused ${label} after inserting`);
      return label.toUpperCase();
    });
    assert.equal(await writes.run("first"), "FIRST");
    assert.equal(count(reader), 1, "committed when its promise settles");
    await assert.rejects(writes.run("bad one"), /refused bad one after inserting/);
    await assert.rejects(writes.run("first"), /UNIQUE/);
    assert.equal(db.inTransaction, false, "no transaction is left open after a refused write");
    assert.equal(await writes.run("second"), "SECOND");
    assert.deepEqual(reader.prepare("SELECT label FROM rows ORDER BY id").pluck().all(), ["first", "second"]);
    assert.equal(count(), 2);
    reader.close();
    db.close();
  });

  it("flush() commits what is queued at once, so closing the database loses nothing", async () => {
    const { db, reader, count } = openPair("flush");
    const writes = groupCommit(db, (label: string) => db.prepare("INSERT INTO rows (label) VALUES (?)").run(label).changes);
    const pending = writes.run("last");
    writes.flush();
    db.close();
    assert.equal(await pending, 1);
    assert.equal(count(reader), 1);
    reader.close();
  });

  it("rejects every write of a group whose transaction cannot start, and keeps working afterwards", async () => {
    const { db, reader, count } = openPair("busy");
    db.pragma("busy_timeout = 0");
    const blocker = new DatabaseConstructor(join(dir, "busy.db"));
    blocker.prepare("BEGIN IMMEDIATE").run();
    const writes = groupCommit(db, (label: string) => db.prepare("INSERT INTO rows (label) VALUES (?)").run(label).changes);
    const outcomes = await Promise.allSettled([writes.run("x"), writes.run("y")]);
    assert.deepEqual(outcomes.map((outcome) => outcome.status), ["rejected", "rejected"]);
    assert.match(String((outcomes[0] as PromiseRejectedResult).reason), /locked|busy/i);
    blocker.prepare("ROLLBACK").run();
    blocker.close();
    assert.equal(await writes.run("z"), 1);
    assert.equal(count(reader), 1);
    reader.close();
    db.close();
  });
});
