/**
 * PostgreSQL schema, version by version. Parameter schemas are `text`, not `jsonb`: jsonb
 * reorders object keys, and the order of parameters is part of a model's form.
 */
import type { Migration } from "./migration.ts";

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "accounts, sessions and API keys",
    statements: [
      `CREATE TABLE accounts (
        id text PRIMARY KEY,
        email text NOT NULL UNIQUE,
        password_hash text NOT NULL,
        plan text NOT NULL CHECK (plan IN ('evaluation', 'enterprise')),
        monthly_quota integer CHECK (monthly_quota >= 0),
        created_at timestamptz NOT NULL,
        CHECK ((plan = 'enterprise') = (monthly_quota IS NULL))
      )`,
      `CREATE TABLE sessions (
        token_hash text PRIMARY KEY,
        account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      )`,
      `CREATE INDEX sessions_by_account ON sessions (account_id, expires_at)`,
      `CREATE TABLE api_keys (
        id text PRIMARY KEY,
        account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        name text NOT NULL,
        prefix text NOT NULL UNIQUE,
        secret_hash text NOT NULL,
        created_at timestamptz NOT NULL,
        last_used_at timestamptz,
        disabled boolean NOT NULL DEFAULT false
      )`,
      `CREATE INDEX api_keys_by_account ON api_keys (account_id)`,
    ],
  },
  {
    version: 2,
    name: "models and revisions",
    statements: [
      `CREATE TABLE models (
        id text PRIMARY KEY CHECK (id ~ '^[a-z0-9]{7,9}$'),
        owner_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        name text NOT NULL,
        visibility text NOT NULL CHECK (visibility IN ('public', 'private')),
        latest_revision integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`,
      `CREATE INDEX models_by_owner ON models (owner_id, updated_at)`,
      `CREATE INDEX models_by_visibility ON models (visibility, updated_at)`,
      `CREATE TABLE model_revisions (
        model_id text NOT NULL REFERENCES models (id) ON DELETE CASCADE,
        revision integer NOT NULL CHECK (revision >= 1),
        script text NOT NULL,
        language text NOT NULL CHECK (language IN ('ts', 'js')),
        schema_json text NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (model_id, revision)
      )`,
    ],
  },
  {
    version: 3,
    name: "usage ledger",
    statements: [
      // key_id and model_id are history, not references: deleting a key or model keeps its downloads.
      `CREATE TABLE usage_ledger (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        key_id text,
        model_id text,
        script_hash text,
        type text NOT NULL,
        bytes bigint NOT NULL CHECK (bytes >= 0),
        build_ms integer NOT NULL CHECK (build_ms >= 0),
        cache_hit boolean NOT NULL,
        at timestamptz NOT NULL,
        CHECK ((model_id IS NULL) <> (script_hash IS NULL))
      )`,
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
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        account_id text REFERENCES accounts (id) ON DELETE CASCADE,
        key_id text,
        client_address text,
        model_id text,
        kind text NOT NULL CHECK (kind IN ('build', 'describe', 'preview')),
        outcome text NOT NULL,
        compute_ms integer NOT NULL CHECK (compute_ms >= 0),
        at timestamptz NOT NULL,
        CHECK (account_id IS NOT NULL OR (client_address IS NOT NULL AND model_id IS NOT NULL))
      )`,
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
      `ALTER TABLE accounts ADD COLUMN display_name text, ADD COLUMN display_name_key text`,
      `UPDATE accounts SET display_name = 'maker-' || substr(lower(replace(id, '-', '')), 1, 8)`,
      `UPDATE accounts SET display_name = 'maker-' || lower(replace(id, '-', ''))
        WHERE display_name IN (SELECT display_name FROM accounts GROUP BY display_name HAVING count(*) > 1)`,
      `UPDATE accounts SET display_name_key = display_name`,
      `ALTER TABLE accounts ALTER COLUMN display_name SET NOT NULL, ALTER COLUMN display_name_key SET NOT NULL`,
      `CREATE UNIQUE INDEX accounts_by_display_name ON accounts (display_name_key)`,
    ],
  },
  {
    version: 7,
    name: "Python model revisions",
    // Stored models may be Python (issue 17). The constraint is the one PostgreSQL named after
    // the column in version 2; it is dropped and added again under the same name.
    statements: [
      `ALTER TABLE model_revisions
        DROP CONSTRAINT model_revisions_language_check,
        ADD CONSTRAINT model_revisions_language_check CHECK (language IN ('ts', 'js', 'py'))`,
    ],
  },
  {
    version: 8,
    name: "compute sums read from the index",
    // Every admitted request sums its payer's compute of the last minute (Store.computeUsed):
    // with compute_ms carried in the index, the sum can be an index-only scan.
    statements: [
      `DROP INDEX compute_by_account_time`,
      `CREATE INDEX compute_by_account_time ON compute_ledger (account_id, at) INCLUDE (compute_ms)`,
      `DROP INDEX compute_anonymous_by_model`,
      `CREATE INDEX compute_anonymous_by_model ON compute_ledger (model_id, at) INCLUDE (compute_ms) WHERE account_id IS NULL`,
      `DROP INDEX compute_anonymous_by_client`,
      `CREATE INDEX compute_anonymous_by_client ON compute_ledger (client_address, at) INCLUDE (compute_ms) WHERE account_id IS NULL`,
    ],
  },
  {
    version: 9,
    name: "compute buckets",
    // Per payer and second, the summed slot time of its compute ledger rows (computeBuckets.ts):
    // the per-request budget check reads at most a minute of buckets instead of every ledger row
    // of the minute. Buckets are complete from the horizon on; an older window is summed from the
    // ledger. Existing ledgers are bucketed from two minutes before their newest row, an empty
    // one from the earliest safe integer. Several servers upsert the same bucket at once
    // (ON CONFLICT … DO UPDATE adds to it).
    statements: [
      `CREATE TABLE compute_buckets (
        subject text NOT NULL,
        at_second bigint NOT NULL,
        compute_ms bigint NOT NULL CHECK (compute_ms >= 0),
        first_at timestamptz NOT NULL,
        PRIMARY KEY (subject, at_second)
      )`,
      `CREATE INDEX compute_buckets_by_second ON compute_buckets (at_second)`,
      `CREATE TABLE compute_bucket_horizon (
        id integer PRIMARY KEY CHECK (id = 1),
        before_second bigint NOT NULL
      )`,
      // A trigger, so every writer of the ledger keeps them, in the same transaction: this
      // partforge, an older one still running beside it during a rolling deploy, a raw insert.
      // The two buckets of an anonymous row are upserted in one order (client, model).
      `CREATE FUNCTION compute_ledger_buckets() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.account_id IS NOT NULL THEN
          INSERT INTO compute_buckets (subject, at_second, compute_ms, first_at)
            VALUES ('account:' || NEW.account_id, floor(extract(epoch FROM NEW.at))::bigint, NEW.compute_ms, NEW.at)
          ON CONFLICT (subject, at_second) DO UPDATE
            SET compute_ms = compute_buckets.compute_ms + excluded.compute_ms, first_at = least(compute_buckets.first_at, excluded.first_at);
        ELSE
          INSERT INTO compute_buckets (subject, at_second, compute_ms, first_at)
            VALUES ('client:' || NEW.client_address, floor(extract(epoch FROM NEW.at))::bigint, NEW.compute_ms, NEW.at),
                   ('model:' || NEW.model_id, floor(extract(epoch FROM NEW.at))::bigint, NEW.compute_ms, NEW.at)
          ON CONFLICT (subject, at_second) DO UPDATE
            SET compute_ms = compute_buckets.compute_ms + excluded.compute_ms, first_at = least(compute_buckets.first_at, excluded.first_at);
        END IF;
        RETURN NULL;
      END
      $$`,
      `CREATE TRIGGER compute_ledger_buckets AFTER INSERT ON compute_ledger FOR EACH ROW EXECUTE FUNCTION compute_ledger_buckets()`,
      `INSERT INTO compute_bucket_horizon (id, before_second)
        SELECT 1, coalesce(floor(extract(epoch FROM max(at)))::bigint - 120, -9007199254740991) FROM compute_ledger`,
      `INSERT INTO compute_buckets (subject, at_second, compute_ms, first_at)
        SELECT subject, at_second, sum(compute_ms), min(at) FROM (
          SELECT 'account:' || account_id AS subject, floor(extract(epoch FROM at))::bigint AS at_second, compute_ms, at FROM compute_ledger WHERE account_id IS NOT NULL
          UNION ALL
          SELECT 'client:' || client_address, floor(extract(epoch FROM at))::bigint, compute_ms, at FROM compute_ledger WHERE account_id IS NULL
          UNION ALL
          SELECT 'model:' || model_id, floor(extract(epoch FROM at))::bigint, compute_ms, at FROM compute_ledger WHERE account_id IS NULL
        ) AS charged WHERE at_second >= (SELECT before_second FROM compute_bucket_horizon)
        GROUP BY subject, at_second`,
    ],
  },
];
