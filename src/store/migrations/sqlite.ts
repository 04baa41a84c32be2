/** SQLite schema, version by version. Times are integer milliseconds since the Unix epoch (UTC). */
import type { Migration } from "./migration.ts";

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "accounts, sessions and API keys",
    statements: [
      `CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        password_hash TEXT NOT NULL,
        plan TEXT NOT NULL CHECK (plan IN ('evaluation', 'enterprise')),
        monthly_quota INTEGER CHECK (monthly_quota >= 0),
        created_at INTEGER NOT NULL,
        CHECK ((plan = 'enterprise') = (monthly_quota IS NULL))
      ) STRICT`,
      `CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      ) STRICT`,
      `CREATE INDEX sessions_by_account ON sessions (account_id, expires_at)`,
      `CREATE TABLE api_keys (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        prefix TEXT NOT NULL UNIQUE,
        secret_hash TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        last_used_at INTEGER,
        disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
      ) STRICT`,
      `CREATE INDEX api_keys_by_account ON api_keys (account_id)`,
    ],
  },
  {
    version: 2,
    name: "models and revisions",
    statements: [
      `CREATE TABLE models (
        id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 7 AND 9),
        owner_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        visibility TEXT NOT NULL CHECK (visibility IN ('public', 'private')),
        latest_revision INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT`,
      `CREATE INDEX models_by_owner ON models (owner_id, updated_at)`,
      `CREATE INDEX models_by_visibility ON models (visibility, updated_at)`,
      `CREATE TABLE model_revisions (
        model_id TEXT NOT NULL REFERENCES models (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        script TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('ts', 'js')),
        schema_json TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (model_id, revision)
      ) STRICT`,
    ],
  },
  {
    version: 3,
    name: "usage ledger",
    statements: [
      // key_id and model_id are history, not references: deleting a key or model keeps its downloads.
      `CREATE TABLE usage_ledger (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        key_id TEXT,
        model_id TEXT,
        script_hash TEXT,
        type TEXT NOT NULL,
        bytes INTEGER NOT NULL CHECK (bytes >= 0),
        build_ms INTEGER NOT NULL CHECK (build_ms >= 0),
        cache_hit INTEGER NOT NULL CHECK (cache_hit IN (0, 1)),
        at INTEGER NOT NULL,
        CHECK ((model_id IS NULL) <> (script_hash IS NULL))
      ) STRICT`,
      `CREATE INDEX usage_by_account_time ON usage_ledger (account_id, at)`,
    ],
  },
  {
    version: 4,
    name: "compute ledger",
    statements: [
      // Slot time of every run, failed ones included. An anonymous preview has no account but a
      // model and a client address; key_id and model_id are history, not references.
      `CREATE TABLE compute_ledger (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        account_id TEXT REFERENCES accounts (id) ON DELETE CASCADE,
        key_id TEXT,
        client_address TEXT,
        model_id TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('build', 'describe', 'preview')),
        outcome TEXT NOT NULL,
        compute_ms INTEGER NOT NULL CHECK (compute_ms >= 0),
        at INTEGER NOT NULL,
        CHECK (account_id IS NOT NULL OR (client_address IS NOT NULL AND model_id IS NOT NULL))
      ) STRICT`,
      `CREATE INDEX compute_by_account_time ON compute_ledger (account_id, at)`,
      `CREATE INDEX compute_anonymous_by_model ON compute_ledger (model_id, at) WHERE account_id IS NULL`,
      `CREATE INDEX compute_anonymous_by_client ON compute_ledger (client_address, at) WHERE account_id IS NULL`,
    ],
  },
  {
    version: 5,
    name: "downloads by model",
    // The gallery sorts by downloads per model (Store.downloadCounts).
    statements: [
      `CREATE INDEX usage_by_model ON usage_ledger (model_id) WHERE model_id IS NOT NULL`,
    ],
  },
  {
    version: 6,
    name: "account display names",
    // The public author name of an account's models, unique by its lower-case key
    // (validation.ts displayNameKey). Existing accounts get the default, derived from the id:
    // maker- and 8 hex digits of it, all 32 where two accounts share those 8.
    statements: [
      // Added NOT NULL with a default, as SQLite requires; every insert names both columns.
      `ALTER TABLE accounts ADD COLUMN display_name TEXT NOT NULL DEFAULT ''`,
      `ALTER TABLE accounts ADD COLUMN display_name_key TEXT NOT NULL DEFAULT ''`,
      `UPDATE accounts SET display_name = 'maker-' || substr(lower(replace(id, '-', '')), 1, 8)`,
      `UPDATE accounts SET display_name = 'maker-' || lower(replace(id, '-', ''))
        WHERE display_name IN (SELECT display_name FROM accounts GROUP BY display_name HAVING count(*) > 1)`,
      `UPDATE accounts SET display_name_key = display_name`,
      `CREATE UNIQUE INDEX accounts_by_display_name ON accounts (display_name_key)`,
    ],
  },
  {
    version: 7,
    name: "Python model revisions",
    // Stored models may be Python (issue 17). SQLite cannot change a CHECK in place, so the table
    // is rebuilt (sqlite.org/lang_altertable.html, "other kinds of table schema changes") inside
    // the migration's transaction: nothing references model_revisions and it has no index, view
    // or trigger of its own; its foreign key to models is declared again on the new table.
    statements: [
      `CREATE TABLE model_revisions_v7 (
        model_id TEXT NOT NULL REFERENCES models (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        script TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('ts', 'js', 'py')),
        schema_json TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (model_id, revision)
      ) STRICT`,
      `INSERT INTO model_revisions_v7 (model_id, revision, script, language, schema_json, created_at)
        SELECT model_id, revision, script, language, schema_json, created_at FROM model_revisions`,
      `DROP TABLE model_revisions`,
      `ALTER TABLE model_revisions_v7 RENAME TO model_revisions`,
    ],
  },
  {
    version: 8,
    name: "compute sums read from the index",
    // Every admitted request sums its payer's compute of the last minute (Store.computeUsed):
    // with compute_ms in the index that sum never reads the table (1,250 rows: 1.24 → 0.39 ms).
    // The anonymous indexes carry account_id too, always NULL there: SQLite covers a query only
    // with every column it names, and the partial index's condition does not count.
    statements: [
      `DROP INDEX compute_by_account_time`,
      `CREATE INDEX compute_by_account_time ON compute_ledger (account_id, at, compute_ms)`,
      `DROP INDEX compute_anonymous_by_model`,
      `CREATE INDEX compute_anonymous_by_model ON compute_ledger (model_id, at, compute_ms, account_id) WHERE account_id IS NULL`,
      `DROP INDEX compute_anonymous_by_client`,
      `CREATE INDEX compute_anonymous_by_client ON compute_ledger (client_address, at, compute_ms, account_id) WHERE account_id IS NULL`,
    ],
  },
  {
    version: 9,
    name: "compute buckets",
    // Per payer and second, the summed slot time of its compute ledger rows (computeBuckets.ts):
    // the per-request budget check reads at most a minute of buckets instead of every ledger row
    // of the minute (~80 ns a row). Buckets are complete from the horizon on; an older window is
    // summed from the ledger. Existing ledgers are bucketed from two minutes before their newest
    // row (enough for any window that starts after it; older windows use the ledger), an empty
    // one from the earliest safe integer, so a new database keeps every bucket until a prune.
    // Seconds are rounded down, before 1970 too (SQLite's integer division rounds toward zero).
    statements: [
      `CREATE TABLE compute_buckets (
        subject TEXT NOT NULL,
        at_second INTEGER NOT NULL,
        compute_ms INTEGER NOT NULL CHECK (compute_ms >= 0),
        first_at INTEGER NOT NULL,
        PRIMARY KEY (subject, at_second)
      ) STRICT, WITHOUT ROWID`,
      `CREATE INDEX compute_buckets_by_second ON compute_buckets (at_second)`,
      `CREATE TABLE compute_bucket_horizon (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        before_second INTEGER NOT NULL
      ) STRICT`,
      // Triggers, so every writer of the ledger keeps them, in the same transaction: this
      // partforge, an older one still running beside it, a raw insert. An anonymous row counts
      // for its client address and its model.
      `CREATE TRIGGER compute_ledger_buckets AFTER INSERT ON compute_ledger WHEN NEW.account_id IS NOT NULL BEGIN
        INSERT INTO compute_buckets (subject, at_second, compute_ms, first_at)
          VALUES ('account:' || NEW.account_id, NEW.at / 1000 - (NEW.at % 1000 < 0), NEW.compute_ms, NEW.at)
          ON CONFLICT (subject, at_second) DO UPDATE SET compute_ms = compute_ms + excluded.compute_ms, first_at = min(first_at, excluded.first_at);
      END`,
      `CREATE TRIGGER compute_ledger_anonymous_buckets AFTER INSERT ON compute_ledger WHEN NEW.account_id IS NULL BEGIN
        INSERT INTO compute_buckets (subject, at_second, compute_ms, first_at)
          VALUES ('client:' || NEW.client_address, NEW.at / 1000 - (NEW.at % 1000 < 0), NEW.compute_ms, NEW.at),
                 ('model:' || NEW.model_id, NEW.at / 1000 - (NEW.at % 1000 < 0), NEW.compute_ms, NEW.at)
          ON CONFLICT (subject, at_second) DO UPDATE SET compute_ms = compute_ms + excluded.compute_ms, first_at = min(first_at, excluded.first_at);
      END`,
      `INSERT INTO compute_bucket_horizon (id, before_second)
        SELECT 1, coalesce(max(at) / 1000 - (max(at) % 1000 < 0) - 120, -9007199254740991) FROM compute_ledger`,
      `INSERT INTO compute_buckets (subject, at_second, compute_ms, first_at)
        SELECT subject, at_second, sum(compute_ms), min(at) FROM (
          SELECT 'account:' || account_id AS subject, at / 1000 - (at % 1000 < 0) AS at_second, compute_ms, at FROM compute_ledger WHERE account_id IS NOT NULL
          UNION ALL
          SELECT 'client:' || client_address, at / 1000 - (at % 1000 < 0), compute_ms, at FROM compute_ledger WHERE account_id IS NULL
          UNION ALL
          SELECT 'model:' || model_id, at / 1000 - (at % 1000 < 0), compute_ms, at FROM compute_ledger WHERE account_id IS NULL
        ) WHERE at_second >= (SELECT before_second FROM compute_bucket_horizon)
        GROUP BY subject, at_second`,
    ],
  },
];
