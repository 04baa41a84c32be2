/** Applies pending SQLite migrations in one `BEGIN IMMEDIATE` transaction, so concurrent openers take turns. */
import { pendingMigrations, type Migration } from "../migrations/migration.ts";
import { statement, type SqliteDatabase } from "./sqliteHandles.ts";

/** The versions applied now (empty when the database was already current). */
export function migrateSqlite(db: SqliteDatabase, migrations: readonly Migration[], upTo?: number): number[] {
  const migrate = db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at INTEGER NOT NULL
    ) STRICT`);
    const applied = new Set(statement(db, "SELECT version FROM schema_migrations").pluck().all() as number[]);
    const pending = pendingMigrations(migrations, applied, upTo);
    const record = statement(db, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
    for (const migration of pending) {
      for (const statement of migration.statements) db.exec(statement);
      record.run(migration.version, migration.name, Date.now());
    }
    return pending.map((migration) => migration.version);
  });
  return migrate.immediate();
}
