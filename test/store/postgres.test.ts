/**
 * The store contract on PostgreSQL. Every test gets its own schema (dropped afterwards), so
 * parallel runs never collide. Without a server at PARTFORGE_TEST_DATABASE_URL (default
 * 127.0.0.1:5432, database `test`), the suite is skipped and says why.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openPostgresStore, type Store } from "../../src/store/index.ts";
import { runComputeBucketContract } from "./computeBucketContract.ts";
import { FAST_PASSWORD_HASHING, runStoreContract, type StoreHarness } from "./contract.ts";

const connectionString = process.env.PARTFORGE_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** Why PostgreSQL cannot be used, or `undefined` when it answers. */
async function unavailableReason(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function makePostgresHarness(): Promise<StoreHarness> {
  const schema = `partforge_test_${process.pid}_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString, options: `-c search_path=${schema}` });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const opened: Store[] = [];
  return {
    async open(options = {}) {
      const store = await openPostgresStore({ connectionString, schema, passwordHashing: FAST_PASSWORD_HASHING, ...options });
      opened.push(store);
      return store;
    },
    async rawRows(sql) {
      return (await admin.query(sql)).rows as Record<string, unknown>[];
    },
    async rawExec(sql) {
      await admin.query(sql);
    },
    async dispose() {
      try {
        await Promise.all(opened.map((store) => store.close()));
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      } finally {
        await admin.end();
      }
    },
  };
}

const reason = await unavailableReason();
const where = URL.canParse(connectionString) ? new URL(connectionString).host || "127.0.0.1:5432" : "127.0.0.1:5432";
const skip = reason === undefined ? {} : { skip: `no PostgreSQL at ${where}: ${reason}` };
runStoreContract("PostgreSQL store", makePostgresHarness, skip);
runComputeBucketContract("PostgreSQL store", makePostgresHarness, skip);
