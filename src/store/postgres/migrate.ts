/**
 * Applies pending PostgreSQL migrations in one transaction. A transaction-scoped advisory lock
 * (keyed by the schema) makes concurrent openers take turns instead of racing to create tables.
 */
import type { PoolClient } from "pg";
import { pendingMigrations, type Migration } from "../migrations/migration.ts";

/** The versions applied now (empty when the database was already current). */
export async function migratePostgres(client: PoolClient, migrations: readonly Migration[], upTo?: number): Promise<number[]> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('partforge.migrate:' || current_schema()))");
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ version: number }>("SELECT version FROM schema_migrations");
    const pending = pendingMigrations(migrations, new Set(rows.map((row) => row.version)), upTo);
    for (const migration of pending) {
      for (const statement of migration.statements) await client.query(statement);
      await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [migration.version, migration.name]);
    }
    await client.query("COMMIT");
    return pending.map((migration) => migration.version);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}
