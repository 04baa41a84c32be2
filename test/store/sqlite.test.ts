import assert from "node:assert/strict";
import { fork } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { describe, test } from "node:test";
import { isPostgresUrl, openSqliteStore, openStore, SQLITE_FILE_NAME, type Store } from "../../src/store/index.ts";
import { openDatabase, statement } from "../../src/store/sqlite/sqliteHandles.ts";
import { computeSubjectCondition } from "../../src/store/columns.ts";
import { FAST_PASSWORD_HASHING, runStoreContract, type StoreHarness } from "./contract.ts";
import { runComputeBucketContract } from "./computeBucketContract.ts";

interface SqliteHarness extends StoreHarness {
  dataDir: string;
}

async function makeSqliteHarness(): Promise<SqliteHarness> {
  const root = mkdtempSync(join(tmpdir(), "partforge-store-"));
  const dataDir = join(root, "data");
  const path = join(dataDir, SQLITE_FILE_NAME);
  const opened: Store[] = [];
  mkdirSync(dataDir);
  return {
    dataDir,
    async open(options = {}) {
      const { migrateUpTo, ...storeOptions } = options;
      const store =
        migrateUpTo === undefined
          ? await openStore({ dataDir, passwordHashing: FAST_PASSWORD_HASHING, ...storeOptions })
          : await openSqliteStore({ path, migrateUpTo, passwordHashing: FAST_PASSWORD_HASHING, ...storeOptions });
      opened.push(store);
      return store;
    },
    async rawRows(sql) {
      const db = openDatabase(path, { readonly: true });
      try {
        return statement(db, sql).all() as Record<string, unknown>[];
      } finally {
        db.close();
      }
    },
    async rawExec(sql) {
      const db = openDatabase(path);
      try {
        db.exec(sql);
      } finally {
        db.close();
      }
    },
    async dispose() {
      await Promise.all(opened.map((store) => store.close()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

runStoreContract("SQLite store", makeSqliteHarness);
runComputeBucketContract("SQLite store", makeSqliteHarness);

describe("SQLite store specifics", () => {
  test("openStore uses <dataDir>/partforge.db, creating the directory, when DATABASE_URL is unset, and refuses a URL that is not PostgreSQL's", async () => {
    const root = mkdtempSync(join(tmpdir(), "partforge-open-"));
    try {
      const dataDir = join(root, "nested", "data");
      for (const [databaseUrl, said] of [["sqlite:///elsewhere.db", "a sqlite: URL"], ["mysql://admin:hunter2@db/x", "a mysql: URL"], ["postgress://u@h/db", "a postgress: URL"], ["localhost:5432", "a localhost: URL"], ["/var/db", "not a URL"]] as const) {
        await assert.rejects(openStore({ databaseUrl, dataDir, passwordHashing: FAST_PASSWORD_HASHING }), (error: Error) => {
          assert.match(error.message, new RegExp(`must be a PostgreSQL URL, postgres://… or postgresql://…; it is ${said}\\. Unset it to keep the data in the SQLite file`));
          assert.ok(!error.message.includes("hunter2"), "the URL's password is not repeated");
          return true;
        });
      }
      assert.ok(!existsSync(join(dataDir, SQLITE_FILE_NAME)), "nothing was opened for a refused URL");
      for (const databaseUrl of [undefined, ""]) {
        const store = await openStore({ databaseUrl, dataDir, passwordHashing: FAST_PASSWORD_HASHING });
        assert.equal(store.dialect, "sqlite");
        await store.close();
      }
      assert.ok(existsSync(join(dataDir, SQLITE_FILE_NAME)));
      const db = openDatabase(join(dataDir, SQLITE_FILE_NAME), { readonly: true });
      assert.equal(statement(db, "PRAGMA journal_mode").pluck().get(), "wal");
      db.close();
      for (const url of ["postgres://u@h/db", "postgresql://u@h/db", "POSTGRES://u@h/db"]) assert.ok(isPostgresUrl(url), url);
      assert.ok(!isPostgresUrl("postgres:/u@h/db"));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test("sums a payer's compute of the last minute from the index alone, never the table", async () => {
    const root = mkdtempSync(join(tmpdir(), "partforge-plan-"));
    try {
      const store = await openStore({ dataDir: root, passwordHashing: FAST_PASSWORD_HASHING });
      await store.close();
      const db = openDatabase(join(root, SQLITE_FILE_NAME), { readonly: true });
      try {
        // The query Store.computeUsed runs, for each kind of payer.
        const subjects = [{ accountId: "acc" }, { anonymousModelId: "mdl" }, { anonymousClient: "1.2.3.4" }] as const;
        const plans = subjects.map((subject) => {
          const { condition, value } = computeSubjectCondition(subject, "?");
          const rows = statement(db, `EXPLAIN QUERY PLAN SELECT coalesce(sum(compute_ms), 0) AS used, min(at) AS oldest FROM compute_ledger WHERE ${condition} AND at >= ?`).all(value, 0) as { detail: string }[];
          return rows.map((row) => row.detail).join("; ");
        });
        for (const plan of plans) assert.match(plan, /USING COVERING INDEX compute_/, plan);
      } finally {
        db.close();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test("two server processes on one file, started at the same instant, charge a quota of 100 exactly 100 times out of 300", async () => {
    const harness = await makeSqliteHarness();
    try {
      const store = await harness.open();
      const account = await store.createAccount({ email: "processes@example.com", password: "correct horse", monthlyQuota: 100 });
      const { key } = await store.createApiKey(account.id);
      const workers = [0, 1].map(() =>
        fork(new URL("./chargeProcess.ts", import.meta.url), [harness.dataDir, account.id, key.id, "150"], { execArgv: ["--import", "tsx"] }),
      );
      await Promise.all(workers.map((worker) => once(worker, "message")));
      const startAtMs = Date.now() + 250;
      for (const worker of workers) worker.send(startAtMs);
      const counts = await Promise.all(workers.map(async (worker) => (await once(worker, "message"))[0] as number));
      await Promise.all(workers.map((worker) => (worker.exitCode === null ? once(worker, "exit") : undefined)));
      assert.equal(counts[0]! + counts[1]!, 100, `successes per process: ${counts.join(", ")}`);
      assert.equal(await store.remainingDownloads(account.id), 0);
      assert.equal(Number((await harness.rawRows("SELECT count(*) AS n FROM usage_ledger"))[0]!.n), 100);
    } finally {
      await harness.dispose();
    }
  });
});
