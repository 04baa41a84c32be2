import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setImmediate as turn } from "node:timers/promises";
import v8 from "node:v8";
import vm from "node:vm";
import DatabaseConstructor from "better-sqlite3";
import { openSqliteStore } from "../openStore.ts";
import { openDatabase, statement } from "./sqliteHandles.ts";

/** A full garbage collection on demand, without starting Node with `--expose-gc`. */
function exposedGc(): () => void {
  v8.setFlagsFromString("--expose-gc");
  return vm.runInNewContext("gc") as () => void;
}

/** Referenced by the module for good: on Node 24 the GC must never free a Database (see sqliteHandles.ts). */
const notOpenedHere = new DatabaseConstructor(":memory:");

/** Allocates short- and long-lived objects until the young generation has been collected many times and the old one at least once. */
function churn(): void {
  let kept: object[] = [];
  for (let i = 0; i < 3_000_000; i++) {
    kept.push({ i, text: `row ${i}` });
    if (kept.length > 200_000) kept = [];
  }
}

describe("SQLite handles", () => {
  const dirs: string[] = [];
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), "partforge-handles-"));
    dirs.push(dir);
    return dir;
  };
  after(async () => {
    notOpenedHere.close();
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it("prepares each SQL text once per connection and hands back that statement every time", async () => {
    const dir = await tempDir();
    const db = openDatabase(join(dir, "a.db"));
    const other = openDatabase(join(dir, "b.db"));
    try {
      const one = statement(db, "SELECT 1 AS n");
      assert.equal(statement(db, "SELECT 1 AS n"), one);
      assert.notEqual(statement(db, "SELECT 2 AS n"), one);
      assert.notEqual(statement(other, "SELECT 1 AS n"), one);
      assert.deepEqual(one.get(), { n: 1 });
    } finally {
      db.close();
      other.close();
    }
  });

  it("refuses a connection it did not open, naming the function to open it with", () => {
    assert.throws(() => statement(notOpenedHere, "SELECT 1"), /statement\(\) needs a connection from openDatabase\(\)/);
  });

  // On Node 24.19+ (headers and runtime) the GC that frees a better-sqlite3 Statement or Database
  // aborts the process: this test then ends this file with SIGABRT instead of failing an assert.
  it("leaves no Statement or Database for the garbage collector, after a store's whole life and after close", async () => {
    const gc = exposedGc();
    const freed: string[] = [];
    const registry = new FinalizationRegistry<string>((what) => freed.push(what));
    const dir = await tempDir();
    await (async () => {
      const store = await openSqliteStore({ path: join(dir, "store.db"), passwordHashing: { log2N: 10, blockSize: 8, parallelization: 1 } });
      const account = await store.createAccount({ email: "gc@example.com", password: "correct horse battery" });
      const { token } = await store.createSession(account.id);
      assert.ok(await store.findSession(token));
      const { secret, key } = await store.createApiKey(account.id);
      assert.ok(await store.authenticateKey(secret));
      const { model } = await store.createModel({ ownerId: account.id, name: "M", visibility: "public", script: "export function build() {}", language: "js", schema: { parameters: [] } });
      await store.addRevision(account.id, model.id, { script: "export function build() { }", language: "js", schema: { parameters: [] } });
      assert.equal((await store.listModels({ viewerId: null })).length, 1);
      await store.chargeDownload({ accountId: account.id, keyId: key.id, modelId: model.id, type: "STL", bytes: 1, buildMs: 1, cacheHit: false });
      await store.recordCompute({ accountId: account.id, kind: "build", outcome: "ok", computeMs: 5 });
      assert.equal((await store.usageSummary(account.id)).downloads, 1);
      await store.close();

      const db = openDatabase(join(dir, "direct.db"));
      registry.register(db, "a connection from openDatabase");
      registry.register(statement(db, "SELECT 1"), "a statement from statement()");
      db.close();
      registry.register({}, "control: an object nothing references");
    })();
    // First collections triggered by allocation in optimized code, as a busy service's are (on Node
    // 24 such a GC has no current context: freeing a Statement there is what aborts), then full ones.
    churn();
    for (let round = 0; round < 3; round++) {
      gc();
      await turn();
    }
    assert.deepEqual(freed, ["control: an object nothing references"], "only the control object may be freed (the control shows the GC ran)");
  });
});
