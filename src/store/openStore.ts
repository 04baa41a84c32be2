/**
 * Opening the store the service runs on: PostgreSQL when `databaseUrl` is a `postgres://` or
 * `postgresql://` URL, SQLite at `<dataDir>/partforge.db` when there is none; any other URL is
 * refused (it used to open SQLite silently: a typo or `sqlite:///elsewhere.db` put accounts in a
 * file nobody meant). Either way it is migrated first.
 */
import { PartforgeError } from "../shared/errors.ts";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Migration } from "./migrations/migration.ts";
import { createStore, type StoreOptions } from "./createStore.ts";
import { openPostgresBackend } from "./postgres/postgresBackend.ts";
import { openSqliteBackend } from "./sqlite/sqliteBackend.ts";
import type { Store } from "./store.ts";

export const SQLITE_FILE_NAME = "partforge.db";

export interface OpenStoreOptions extends StoreOptions {
  /** `DATABASE_URL`: a PostgreSQL URL, or absent/empty for the SQLite file. */
  databaseUrl?: string | undefined;
  /** `PARTFORGE_DATA_DIR`; holds the SQLite file (created if missing). */
  dataDir: string;
}

export interface SqliteStoreOptions extends StoreOptions {
  /** The database file, or `:memory:`. */
  path: string;
  busyTimeoutMs?: number;
  /** Tests only: the migration list, and the newest version to apply. */
  migrations?: readonly Migration[];
  migrateUpTo?: number;
}

export interface PostgresStoreOptions extends StoreOptions {
  connectionString: string;
  /** A schema to hold the tables, created if missing; default: the server's search_path. */
  schema?: string;
  maxConnections?: number;
  /** Tests only: the migration list, and the newest version to apply. */
  migrations?: readonly Migration[];
  migrateUpTo?: number;
}

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//i.test(url);
}

export async function openSqliteStore(options: SqliteStoreOptions): Promise<Store> {
  const { path, busyTimeoutMs, migrations, migrateUpTo, ...storeOptions } = options;
  // better-sqlite3 silently opens a temporary database without a path: data would vanish.
  if (typeof path !== "string" || path === "") throw new PartforgeError("USAGE", "openSqliteStore needs the database file's path");
  return createStore(openSqliteBackend(path, { busyTimeoutMs, migrations, migrateUpTo }), storeOptions);
}

export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const { connectionString, schema, maxConnections, migrations, migrateUpTo, ...storeOptions } = options;
  return createStore(await openPostgresBackend({ connectionString, schema, maxConnections, migrations, migrateUpTo }), storeOptions);
}

/**
 * @example
 * const store = await openStore({ databaseUrl: process.env.DATABASE_URL, dataDir: "./data" });
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const { databaseUrl, dataDir, ...storeOptions } = options;
  if (isPostgresUrl(databaseUrl)) return openPostgresStore({ connectionString: databaseUrl, ...storeOptions });
  if (databaseUrl !== undefined && databaseUrl !== "") {
    // Only the scheme is quoted: the rest may hold a password.
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(databaseUrl)?.[1];
    throw new PartforgeError(
      "USAGE",
      `DATABASE_URL (or --database-url) must be a PostgreSQL URL, postgres://… or postgresql://…; it is ${scheme === undefined ? "not a URL" : `a ${scheme}: URL`}. Unset it to keep the data in the SQLite file ${join(dataDir, SQLITE_FILE_NAME)}.`,
      { param: "DATABASE_URL" },
    );
  }
  mkdirSync(dataDir, { recursive: true });
  return openSqliteStore({ path: join(dataDir, SQLITE_FILE_NAME), ...storeOptions });
}
