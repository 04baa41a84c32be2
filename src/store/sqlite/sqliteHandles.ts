/**
 * Opening SQLite connections and preparing statements so that the garbage collector never frees
 * one: every better-sqlite3 `Database` and `Statement` this process makes stays referenced from
 * here until the process (or worker thread) exits, and each SQL text is prepared once per
 * connection.
 *
 * Why: better-sqlite3 12 wraps them in `node::ObjectWrap`, and from Node 24.19 (and 26.4) that
 * class's destructor calls `node::RemoveEnvironmentCleanupHook`, which CHECKs for a current Node
 * environment — there is none inside a garbage collection, so the first GC that collects an
 * unreferenced Statement or Database aborts the process (`Assertion failed: (env) != nullptr`,
 * SIGABRT), during requests as well as at exit (nodejs/node#65446; better-sqlite3 13 avoids it
 * but does not run on Node 20). Objects still referenced are instead freed by Node's own cleanup
 * at exit, where the environment exists. On Node 20 and 22 nothing aborts; keeping the handles
 * costs a few kilobytes per connection (closing one still finalizes its statements and frees
 * SQLite's memory), and the service opens one connection per store.
 *
 * So: open with `openDatabase`, run SQL with `statement(db, sql)` or `db.exec` (which makes no
 * Statement object), and never `db.prepare`/`db.pragma`, which the `SqliteDatabase` type leaves
 * out (`pragma` prepares a new Statement on every call). `db.transaction` is safe: its statements
 * hang off the connection.
 */
import DatabaseConstructor, { type Database, type Options, type Statement } from "better-sqlite3";

/** A connection from `openDatabase`: better-sqlite3's `Database` without the calls that make Statements to throw away. */
export type SqliteDatabase = Omit<Database, "prepare" | "pragma">;

/** Every connection opened here, with its statements by SQL text; never emptied (see above). */
const kept = new Map<SqliteDatabase, Map<string, Statement>>();

/** Opens (creating unless `options.fileMustExist`) the database file at `path` and keeps its handle for the life of the process. */
export function openDatabase(path: string, options?: Options): SqliteDatabase {
  const db = new DatabaseConstructor(path, options);
  kept.set(db, new Map());
  return db;
}

/**
 * `db`'s prepared statement for `sql`: prepared on first use, then the same object every time
 * (a statement's bindings are per call, so sharing it is safe on one synchronous connection;
 * a mode set with `pluck()`, `raw()` or `expand()` sticks to it, so give each mode its own SQL).
 * @example statement(db, "SELECT count(*) FROM accounts").pluck().get()
 */
export function statement(db: SqliteDatabase, sql: string): Statement {
  const statements = kept.get(db);
  if (statements === undefined) throw new Error("statement() needs a connection from openDatabase(), which keeps its statements alive (see sqliteHandles.ts)");
  let prepared = statements.get(sql);
  if (prepared === undefined) {
    prepared = (db as Database).prepare(sql);
    statements.set(sql, prepared);
  }
  return prepared;
}
