/**
 * Connection-loss injection for PostgreSQL tests: a private schema whose tables carry "pin"
 * triggers, a second connection that holds a lock to stop a statement (or a COMMIT) of the store
 * at a chosen point, and `pg_terminate_backend` aimed only at the store's own connections (they
 * carry this fixture's `application_name`; other people's tests share the server).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

export const connectionString = process.env.PARTFORGE_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

const TABLES = ["accounts", "sessions", "api_keys", "models", "model_revisions", "usage_ledger"] as const;
const WRITES = ["INSERT", "UPDATE", "DELETE"] as const;
export type Table = (typeof TABLES)[number];

/**
 * Where to stop the store: a write statement on a table (`{ write }`), the COMMIT of a transaction
 * that wrote anything (`"commit"`), or any SQL the locker runs in its own open transaction
 * (`{ lockSql }`, e.g. a row lock or `LOCK TABLE ... IN ACCESS EXCLUSIVE MODE` for a read).
 */
export type Pin = { write: `${(typeof WRITES)[number]} ${Table}` } | "commit" | { lockSql: string; values?: unknown[] };

export interface FaultFixture {
  schema: string;
  /** The application_name of the store's connections: the only ones terminated. */
  applicationName: string;
  /** The connection string for the store under test (tagged with `applicationName`). */
  storeUrl: string;
  /** A separate connection for checks; never terminated. */
  admin: pg.Client;
  /** Holds `pin` until the returned function is called. */
  hold(pin: Pin): Promise<() => Promise<void>>;
  /** Resolves once one of the store's connections waits for a lock (the pin held). */
  waitUntilPinned(): Promise<void>;
  /** Terminates every connection of the store under test; returns how many. */
  terminateStoreConnections(): Promise<number>;
  count(sql: string, values?: unknown[]): Promise<number>;
  dispose(): Promise<void>;
}

function pinKey(pin: Pin): string {
  return pin === "commit" ? "commit" : "write" in pin ? pin.write : "";
}

/** A schema (migrated by the first store opened on it) whose writes and commits can be pinned. */
export async function createFaultFixture(openStoreOnce: (url: string, schema: string) => Promise<void>): Promise<FaultFixture> {
  const suffix = `${process.pid}_${randomBytes(5).toString("hex")}`;
  const schema = `partforge_faults_${suffix}`;
  const applicationName = `partforge-faults-${suffix}`;
  const storeUrl = `${connectionString}${connectionString.includes("?") ? "&" : "?"}application_name=${applicationName}`;
  const admin = new pg.Client({ connectionString, application_name: `${applicationName}-admin`, options: `-c search_path=${schema}` });
  await admin.connect();
  const lockers: pg.Client[] = [];
  await admin.query(`CREATE SCHEMA ${schema}`);
  try {
    await openStoreOnce(storeUrl, schema);
    // Advisory keys are per database: the schema's hash keeps ours apart from anyone else's.
    await admin.query(`CREATE FUNCTION ${schema}.pin_wait() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_advisory_xact_lock_shared(hashtext(TG_TABLE_SCHEMA), hashtext(TG_ARGV[0])); RETURN NULL; END $$`);
    for (const table of TABLES) {
      for (const write of WRITES) {
        const key = `${write} ${table}`;
        await admin.query(`CREATE TRIGGER pin_${write.toLowerCase()} BEFORE ${write} ON ${schema}.${table} FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.pin_wait('${key}')`);
        await admin.query(
          `CREATE CONSTRAINT TRIGGER pin_commit_${write.toLowerCase()} AFTER ${write} ON ${schema}.${table} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${schema}.pin_wait('commit')`,
        );
      }
    }
  } catch (error) {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`).catch(() => undefined);
    await admin.end();
    throw error;
  }

  const fixture: FaultFixture = {
    schema,
    applicationName,
    storeUrl,
    admin,
    async hold(pin) {
      const locker = new pg.Client({ connectionString, application_name: `${applicationName}-locker`, options: `-c search_path=${schema}` });
      await locker.connect();
      lockers.push(locker);
      await locker.query("BEGIN");
      if (typeof pin === "object" && "lockSql" in pin) await locker.query(pin.lockSql, pin.values ?? []);
      else await locker.query("SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))", [schema, pinKey(pin)]);
      return async () => {
        await locker.query("ROLLBACK").catch(() => undefined);
        await locker.end().catch(() => undefined);
        lockers.splice(lockers.indexOf(locker), 1);
      };
    },
    async waitUntilPinned() {
      for (let attempt = 0; attempt < 400; attempt++) {
        const { rows } = await admin.query(
          "SELECT count(*)::integer AS n FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'",
          [applicationName],
        );
        if ((rows[0] as { n: number }).n > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error("the store never waited for the pinned lock");
    },
    async terminateStoreConnections() {
      const { rows } = await admin.query(
        "SELECT count(*)::integer AS n FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()) t",
        [applicationName],
      );
      return (rows[0] as { n: number }).n;
    },
    async count(sql, values = []) {
      const { rows } = await admin.query(sql, values);
      return Number((rows[0] as Record<string, unknown>)[Object.keys(rows[0] as object)[0]!]);
    },
    async dispose() {
      for (const locker of lockers.splice(0)) await locker.end().catch(() => undefined);
      try {
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      } finally {
        await admin.end();
      }
    },
  };
  return fixture;
}

/** Fails the test if anything reaches 'uncaughtException' or 'unhandledRejection' (a crash in production). */
export function trapCrashes(): { crashes: unknown[]; release(): void } {
  const crashes: unknown[] = [];
  const record = (error: unknown) => crashes.push(error);
  process.on("uncaughtException", record);
  process.on("unhandledRejection", record);
  return {
    crashes,
    release() {
      process.removeListener("uncaughtException", record);
      process.removeListener("unhandledRejection", record);
    },
  };
}

/** Why PostgreSQL cannot be used, or `undefined` when it answers. */
export async function postgresUnavailable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return undefined;
  } catch (error) {
    return `no PostgreSQL at ${connectionString}: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}
