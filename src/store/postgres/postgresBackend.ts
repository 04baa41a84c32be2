/**
 * The PostgreSQL backend (pg `Pool`). Every read-then-write runs in a READ COMMITTED transaction
 * that first locks the row it depends on, so concurrent servers serialise on that row.
 */
import pg from "pg";
import { remainingAfter, toApiKey, type BackendChargeResult, type ModelRow, type Period, type StoreBackend } from "../backend.ts";
import { POSTGRES_MIGRATIONS } from "../migrations/postgres.ts";
import type { Migration } from "../migrations/migration.ts";
import { API_KEY_COLUMNS, COMPUTE_COLUMNS, computeSubjectCondition, KEY_WITH_ACCOUNT_COLUMNS, MODEL_COLUMNS, REVISION_COLUMNS, USAGE_COLUMNS } from "../columns.ts";
import type { ComputeEntry, ComputeKind, ComputeSubject, ComputeUse, UsageEntry } from "../store.ts";
import { migratePostgres } from "./migrate.ts";
import { displayNameKey } from "../validation.ts";
import { guardBackend, isPostgresFault, storeUnavailable } from "../storeFault.ts";
import {
  toAccountRow,
  toApiKeyRow,
  toModel,
  toModelRow,
  toUsageEntry,
  toKeyWithAccount,
  type KeyWithAccountRecord,
  type AccountRecord,
  type ApiKeyRecord,
  type ModelRecord,
  type RevisionRecord,
  type UsageRecord,
} from "./postgresRows.ts";
import { fulfilled, rejected } from "../../shared/settled.ts";
import { bucketSubjectOf, combinedUse, prunePlanner, windowSplit } from "../computeBuckets.ts";

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const UNIQUE_VIOLATION = "23505";

export interface PostgresBackendOptions {
  connectionString: string;
  /** A schema to hold the tables (created if missing); default: the server's search_path. */
  schema?: string;
  /** Most connections the pool opens. */
  maxConnections?: number;
  /** Tests only: the migration list, and the newest version to apply. */
  migrations?: readonly Migration[];
  migrateUpTo?: number;
}

/** The unique index on display names (`accounts_by_display_name`), not the email's. */
function isDisplayNameViolation(error: unknown): boolean {
  return String((error as { constraint?: unknown } | null)?.constraint ?? "").includes("display_name");
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === UNIQUE_VIOLATION;
}

/** Connects, creates the schema if asked, and migrates. */
export async function openPostgresBackend(options: PostgresBackendOptions): Promise<StoreBackend> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`invalid PostgreSQL schema name "${schema}"`);
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 10_000,
    // TCP keep-alive notices a peer that vanished without closing (a failover, a cut cable).
    keepAlive: true,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle connection dropped by the server must not crash the process: the pool has already
  // discarded it and opens a new one when needed; the next query on a dead server reports it.
  pool.on("error", () => undefined);
  try {
    const client = await pool.connect();
    try {
      if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await migratePostgres(client, options.migrations ?? POSTGRES_MIGRATIONS, options.migrateUpTo);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  return guardBackend(postgresBackend(pool), "PostgreSQL", isPostgresFault);
}

function postgresBackend(pool: pg.Pool): StoreBackend {
  let closing: Promise<void> | undefined;
  async function rows<Row extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<Row[]> {
    return (await pool.query<Row>(text, values)).rows;
  }

  /**
   * Runs `work` in one transaction on one checked-out client. The client listens for 'error' for
   * its whole checkout (a connection the server terminates emits one even between statements,
   * which would otherwise end the process) and goes back to the pool as broken after one, so the
   * pool opens a fresh connection instead. A lost connection before COMMIT means PostgreSQL
   * rolled the transaction back; one lost during COMMIT leaves the outcome unknown, which
   * `confirm` settles, when given, by looking for the transaction's effect on a fresh connection.
   */
  async function inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>, confirm?: (result: T) => Promise<boolean>): Promise<T> {
    const client = await pool.connect();
    let lost: Error | undefined;
    const onError = (error: Error) => {
      lost ??= error;
    };
    client.on("error", onError);
    let committing: { result: T } | undefined;
    try {
      // READ COMMITTED explicitly: each statement sees everything committed before it started,
      // which is what makes "lock the row, then count" exact (see chargeDownload).
      await client.query("BEGIN ISOLATION LEVEL READ COMMITTED");
      const result = await work(client);
      committing = { result };
      await client.query("COMMIT");
      return result;
    } catch (error) {
      if (lost === undefined && !isPostgresFault(error)) {
        await client.query("ROLLBACK").catch((rollbackError: Error) => {
          lost ??= rollbackError;
        });
      }
      if (lost === undefined && !isPostgresFault(error)) throw error;
      lost ??= error instanceof Error ? error : new Error(String(error));
      if (committing === undefined) throw storeUnavailable("PostgreSQL", error);
      if (confirm === undefined) throw storeUnavailable("PostgreSQL", error, "unknown");
      const committed = await confirm(committing.result).catch(() => undefined);
      if (committed === true) return committing.result;
      throw storeUnavailable("PostgreSQL", error, committed === false ? "rolled back" : "unknown");
    } finally {
      client.release(lost);
      client.removeListener("error", onError);
    }
  }

  async function insertOrDuplicate(insert: () => Promise<unknown>): Promise<"inserted" | "duplicate"> {
    try {
      await insert();
      return "inserted";
    } catch (error) {
      if (isUniqueViolation(error)) return "duplicate";
      throw error;
    }
  }

  async function findModelRow(client: pg.Pool | pg.PoolClient, modelId: string, revision: number | null): Promise<ModelRow | undefined> {
    const { rows: found } = await client.query<ModelRecord & RevisionRecord>(
      `SELECT ${MODEL_COLUMNS}, ${REVISION_COLUMNS} FROM models m
       JOIN model_revisions r ON r.model_id = m.id AND r.revision = coalesce($2::integer, m.latest_revision)
       WHERE m.id = $1`,
      [modelId, revision],
    );
    return found[0] && toModelRow(found[0]);
  }

  async function countDownloads(client: pg.Pool | pg.PoolClient, accountId: string, start: Date, end: Date): Promise<number> {
    const { rows: counted } = await client.query<{ n: number }>(
      "SELECT count(*)::integer AS n FROM usage_ledger WHERE account_id = $1 AND at >= $2 AND at < $3",
      [accountId, start, end],
    );
    return counted[0]!.n;
  }

  /** The download charge's statements, inside the caller's transaction (see `chargeDownloads`). */
  async function chargeWithin(client: pg.PoolClient, entries: ReadonlyArray<Omit<UsageEntry, "id">>, period: Period): Promise<BackendChargeResult> {
    const accountId = entries[0]!.accountId;
    const { rows: locked } = await client.query<{ monthly_quota: number | null }>(
      "SELECT monthly_quota FROM accounts WHERE id = $1 FOR NO KEY UPDATE",
      [accountId],
    );
    if (locked.length === 0) return undefined;
    const quota = locked[0]!.monthly_quota;
    let used = 0;
    if (quota !== null) {
      used = await countDownloads(client, accountId, period.start, period.end);
      if (used + entries.length > quota) return { ok: false as const, remaining: Math.max(0, quota - used) };
    }
    const charged = [];
    for (const entry of entries) {
      const { rows: inserted } = await client.query<UsageRecord>(
        `INSERT INTO usage_ledger (account_id, key_id, model_id, script_hash, type, bytes, build_ms, cache_hit, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${USAGE_COLUMNS}`,
        [entry.accountId, entry.keyId, entry.modelId, entry.scriptHash, entry.type, entry.bytes, entry.buildMs, entry.cacheHit, entry.at],
      );
      charged.push(toUsageEntry(inserted[0]!));
    }
    return { ok: true as const, remaining: remainingAfter(quota, used + entries.length), entries: charged };
  }

  /** Whether the schema has compute buckets (a test may open it at an older version); asked once. */
  let buckets: boolean | undefined;
  const hasBuckets = async () => (await rows<{ found: boolean }>("SELECT to_regclass('compute_buckets') IS NOT NULL AS found"))[0]!.found;
  const pruneDue = prunePlanner();
  /**
   * The ledger's trigger keeps the payer's buckets (migration 9); old ones are pruned here, now
   * and then, after a ledger write has committed, in a statement of its own that raises the
   * horizon and deletes below it at once. SKIP LOCKED: it never waits for (nor deadlocks with) a
   * writer holding an old bucket; what it skips lies below the horizon, unread, and goes next
   * time. A failed prune fails nothing (the write stands; the next one tries again).
   */
  async function prunedAfter<T>(at: Date, written: T): Promise<T> {
    const horizon = (buckets ??= await hasBuckets().catch(() => undefined)) ? pruneDue(at) : undefined;
    if (horizon !== undefined) {
      await pool
        .query(
          `WITH horizon AS (UPDATE compute_bucket_horizon SET before_second = greatest(before_second, $1) RETURNING before_second)
           DELETE FROM compute_buckets WHERE (subject, at_second) IN (
             SELECT subject, at_second FROM compute_buckets WHERE at_second < (SELECT before_second FROM horizon) FOR UPDATE SKIP LOCKED)`,
          [horizon],
        )
        .catch(() => undefined);
    }
    return written;
  }

  async function insertComputeWith(client: pg.Pool | pg.PoolClient, entry: Omit<ComputeEntry, "id">): Promise<ComputeEntry> {
    const { rows: inserted } = await client.query<ComputeRecord>(
      `INSERT INTO compute_ledger (account_id, key_id, client_address, model_id, kind, outcome, compute_ms, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COMPUTE_COLUMNS}`,
      [entry.accountId, entry.keyId, entry.clientAddress, entry.modelId, entry.kind, entry.outcome, entry.computeMs, entry.at],
    );
    return toComputeEntry(inserted[0]!);
  }

  /** `sumCompute` (the key lookup falls back to it). */
  const sumCompute = async (subject: ComputeSubject, since: Date): Promise<ComputeUse> => {
    const { fromSecond, edgeEnd } = windowSplit(since);
    if ((buckets ??= await hasBuckets())) {
      const { condition, value } = computeSubjectCondition(subject, "$3");
      // One statement, so the horizon and the buckets come from one snapshot (another server may
      // prune). Prepared (named) per kind of subject: planning its three parts anew cost ~80 µs
      // of server CPU a check, as much as the rest of it.
      const subjectKind = "accountId" in subject ? "account" : "anonymousModelId" in subject ? "model" : "client";
      const { rows: [split] } = await pool.query<{ horizon: number; bucket_ms: number; bucket_oldest: Date | null; edge_ms: number; edge_oldest: Date | null }>({
        name: `partforge_compute_used_${subjectKind}`,
        text: `SELECT h.before_second::float8 AS horizon, b.ms AS bucket_ms, b.oldest AS bucket_oldest, e.ms AS edge_ms, e.oldest AS edge_oldest
         FROM compute_bucket_horizon h,
           (SELECT coalesce(sum(compute_ms), 0)::float8 AS ms, min(first_at) AS oldest FROM compute_buckets WHERE subject = $1 AND at_second >= $2) b,
           (SELECT coalesce(sum(compute_ms), 0)::bigint::float8 AS ms, min(at) AS oldest FROM compute_ledger WHERE ${condition} AND at >= $4 AND at < $5) e`,
        values: [bucketSubjectOf(subject), fromSecond, value, since, edgeEnd],
      });
      if (split !== undefined && fromSecond >= split.horizon) {
        return combinedUse({ ms: split.bucket_ms, oldest: split.bucket_oldest }, { ms: split.edge_ms, oldest: split.edge_oldest });
      }
    }
    // A window that starts before the buckets' horizon: the ledger itself.
    const { condition, value } = computeSubjectCondition(subject, "$1");
    const [record] = await rows<{ used: number; oldest: Date | null }>(
      `SELECT coalesce(sum(compute_ms), 0)::bigint::float8 AS used, min(at) AS oldest FROM compute_ledger WHERE ${condition} AND at >= $2`,
      [value, since],
    );
    return { usedMs: Number(record!.used), oldestAt: record!.oldest };
  };

  return {
    dialect: "postgres",

    async insertAccount(row) {
      try {
        await pool.query(
          "INSERT INTO accounts (id, email, display_name, display_name_key, password_hash, plan, monthly_quota, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
          [row.id, row.email, row.displayName, displayNameKey(row.displayName), row.passwordHash, row.plan, row.monthlyQuota, row.createdAt],
        );
        return "inserted";
      } catch (error) {
        if (isUniqueViolation(error)) return isDisplayNameViolation(error) ? "duplicate-name" : "duplicate";
        throw error;
      }
    },

    async updateDisplayName(accountId, displayName) {
      try {
        const [record] = await rows<AccountRecord>("UPDATE accounts SET display_name = $1, display_name_key = $2 WHERE id = $3 RETURNING *", [
          displayName, displayNameKey(displayName), accountId,
        ]);
        return record && toAccountRow(record);
      } catch (error) {
        if (isUniqueViolation(error) && isDisplayNameViolation(error)) return "duplicate-name";
        throw error;
      }
    },

    async findDisplayNames(accountIds) {
      const records = await rows<{ id: string; display_name: string }>("SELECT id, display_name FROM accounts WHERE id = ANY($1::text[])", [[...accountIds]]);
      return new Map(records.map((record) => [record.id, record.display_name]));
    },

    async findAccount(by) {
      const [record] = "id" in by
        ? await rows<AccountRecord>("SELECT * FROM accounts WHERE id = $1", [by.id])
        : await rows<AccountRecord>("SELECT * FROM accounts WHERE email = $1", [by.email]);
      return record && toAccountRow(record);
    },

    async updatePlan(email, plan, monthlyQuota) {
      const [record] = await rows<AccountRecord>("UPDATE accounts SET plan = $1, monthly_quota = $2 WHERE email = $3 RETURNING *", [plan, monthlyQuota, email]);
      return record && toAccountRow(record);
    },

    async countAccounts() {
      return (await rows<{ n: number }>("SELECT count(*)::integer AS n FROM accounts"))[0]!.n;
    },

    async insertSession(tokenHash, session) {
      await inTransaction(
        async (client) => {
          await client.query("DELETE FROM sessions WHERE account_id = $1 AND expires_at <= $2", [session.accountId, session.createdAt]);
          await client.query("INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)", [
            tokenHash, session.accountId, session.createdAt, session.expiresAt,
          ]);
        },
        async () => (await rows("SELECT 1 FROM sessions WHERE token_hash = $1", [tokenHash])).length > 0,
      );
    },

    async findSession(tokenHash) {
      const [record] = await rows<{ account_id: string; created_at: Date; expires_at: Date }>(
        "SELECT account_id, created_at, expires_at FROM sessions WHERE token_hash = $1",
        [tokenHash],
      );
      return record && { accountId: record.account_id, createdAt: record.created_at, expiresAt: record.expires_at };
    },

    async deleteSession(tokenHash) {
      await pool.query("DELETE FROM sessions WHERE token_hash = $1", [tokenHash]);
    },

    // The account row's lock serialises concurrent creations, so the count cannot pass the limit.
    async insertApiKey(row, maxKeys) {
      let outcome: "inserted" | "limit" = "inserted";
      const inserted = await insertOrDuplicate(() =>
        inTransaction(async (client) => {
          await client.query("SELECT 1 FROM accounts WHERE id = $1 FOR NO KEY UPDATE", [row.accountId]);
          const { rows: counted } = await client.query<{ n: number }>("SELECT count(*)::integer AS n FROM api_keys WHERE account_id = $1", [row.accountId]);
          if (counted[0]!.n >= maxKeys) {
            outcome = "limit";
            return;
          }
          await client.query(`INSERT INTO api_keys (${API_KEY_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
            row.id, row.accountId, row.name, row.prefix, row.secretHash, row.createdAt, row.lastUsedAt, row.disabled,
          ]);
        }),
      );
      return inserted === "duplicate" ? inserted : outcome;
    },

    async findApiKeyByPrefix(prefix, reads) {
      if (reads === undefined || !(buckets ??= await hasBuckets())) {
        const [record] = await rows<KeyWithAccountRecord>(
          `SELECT ${KEY_WITH_ACCOUNT_COLUMNS} FROM api_keys k JOIN accounts a ON a.id = k.account_id WHERE k.prefix = $1`,
          [prefix],
        );
        if (record === undefined) return undefined;
        const found = toKeyWithAccount(record);
        if (reads === undefined) return found;
        const { computeSince, downloadsIn } = reads;
        const computeUse = await sumCompute({ accountId: found.account.id }, computeSince);
        if (downloadsIn === undefined) return { ...found, computeUse };
        return { ...found, computeUse, downloadsUsed: found.account.monthlyQuota === null ? null : await countDownloads(pool, found.account.id, downloadsIn.start, downloadsIn.end) };
      }
      // The key, the account's compute as `sumCompute` reads it and, when asked and the account
      // has a quota, its downloads in the period, in one round trip (a build checks all three);
      // prepared (named), as `sumCompute` is.
      const { computeSince, downloadsIn } = reads;
      const { fromSecond, edgeEnd } = windowSplit(computeSince);
      const { rows: [record] } = await pool.query<KeyWithAccountRecord & { compute_horizon: number; compute_bucket_ms: number; compute_bucket_oldest: Date | null; compute_edge_ms: number; compute_edge_oldest: Date | null; downloads_used: number | null }>({
        name: "partforge_key_with_compute",
        text: `SELECT ${KEY_WITH_ACCOUNT_COLUMNS}, h.before_second::float8 AS compute_horizon,
            b.ms AS compute_bucket_ms, b.oldest AS compute_bucket_oldest, e.ms AS compute_edge_ms, e.oldest AS compute_edge_oldest,
            CASE WHEN a.monthly_quota IS NULL OR $5::timestamptz IS NULL THEN NULL
              ELSE (SELECT count(*)::integer FROM usage_ledger WHERE account_id = k.account_id AND at >= $5 AND at < $6) END AS downloads_used
          FROM api_keys k JOIN accounts a ON a.id = k.account_id, compute_bucket_horizon h,
            (SELECT coalesce(sum(compute_ms), 0)::float8 AS ms, min(first_at) AS oldest FROM compute_buckets
              WHERE subject = 'account:' || (SELECT account_id FROM api_keys WHERE prefix = $1) AND at_second >= $2) b,
            (SELECT coalesce(sum(compute_ms), 0)::bigint::float8 AS ms, min(at) AS oldest FROM compute_ledger
              WHERE account_id = (SELECT account_id FROM api_keys WHERE prefix = $1) AND at >= $3 AND at < $4) e
          WHERE k.prefix = $1`,
        values: [prefix, fromSecond, computeSince, edgeEnd, downloadsIn?.start ?? null, downloadsIn?.end ?? null],
      });
      if (record === undefined) return undefined;
      const found = toKeyWithAccount(record);
      // A window that starts before the buckets' horizon: the ledger itself (as `sumCompute`).
      const computeUse =
        fromSecond >= record.compute_horizon
          ? combinedUse({ ms: record.compute_bucket_ms, oldest: record.compute_bucket_oldest }, { ms: record.compute_edge_ms, oldest: record.compute_edge_oldest })
          : await sumCompute({ accountId: found.account.id }, computeSince);
      return downloadsIn === undefined ? { ...found, computeUse } : { ...found, computeUse, downloadsUsed: record.downloads_used };
    },

    async touchApiKey(keyId, at) {
      // GREATEST ignores NULL; requests finishing out of order never move last-used backwards.
      await pool.query("UPDATE api_keys SET last_used_at = GREATEST(last_used_at, $1) WHERE id = $2", [at, keyId]);
    },

    async listApiKeys(accountId) {
      const records = await rows<ApiKeyRecord>(`SELECT ${API_KEY_COLUMNS} FROM api_keys WHERE account_id = $1 ORDER BY created_at, id`, [accountId]);
      return records.map((record) => toApiKey(toApiKeyRow(record)));
    },

    async setApiKeyDisabled(accountId, keyId, disabled) {
      const [record] = await rows<ApiKeyRecord>(
        `UPDATE api_keys SET disabled = $1 WHERE id = $2 AND account_id = $3 RETURNING ${API_KEY_COLUMNS}`,
        [disabled, keyId, accountId],
      );
      return record && toApiKey(toApiKeyRow(record));
    },

    async deleteApiKey(accountId, keyId) {
      return ((await pool.query("DELETE FROM api_keys WHERE id = $1 AND account_id = $2", [keyId, accountId])).rowCount ?? 0) > 0;
    },

    insertModel: ({ model, revision }) =>
      insertOrDuplicate(() =>
        inTransaction(async (client) => {
          await client.query(
            "INSERT INTO models (id, owner_id, name, visibility, latest_revision, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            [model.id, model.ownerId, model.name, model.visibility, model.latestRevision, model.createdAt, model.updatedAt],
          );
          await client.query(
            "INSERT INTO model_revisions (model_id, revision, script, language, schema_json, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
            [revision.modelId, revision.revision, revision.script, revision.language, revision.schemaJson, revision.createdAt],
          );
        }, async () => (await rows("SELECT 1 FROM models WHERE id = $1", [model.id])).length > 0),
      ),

    async updateModelListing(ownerId, modelId, input) {
      const updated = await rows<{ latest_revision: number }>(
        `UPDATE models SET updated_at = $1, name = coalesce($2, name), visibility = coalesce($3, visibility) WHERE id = $4 AND owner_id = $5 RETURNING latest_revision`,
        [input.at, input.name ?? null, input.visibility ?? null, modelId, ownerId],
      );
      const latest = updated[0]?.latest_revision;
      return latest === undefined ? undefined : findModelRow(pool, modelId, latest);
    },

    addRevision: (ownerId, modelId, input) =>
      inTransaction(async (client) => {
        // The UPDATE locks the model row, so concurrent revisions get consecutive numbers.
        const { rows: bumped } = await client.query<{ latest_revision: number }>(
          `UPDATE models SET latest_revision = latest_revision + 1, updated_at = $1, name = coalesce($2, name), visibility = coalesce($3, visibility)
           WHERE id = $4 AND owner_id = $5 RETURNING latest_revision`,
          [input.at, input.name ?? null, input.visibility ?? null, modelId, ownerId],
        );
        const revision = bumped[0]?.latest_revision;
        if (revision === undefined) return undefined;
        await client.query(
          "INSERT INTO model_revisions (model_id, revision, script, language, schema_json, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
          [modelId, revision, input.script, input.language, input.schemaJson, input.at],
        );
        return findModelRow(client, modelId, revision);
      }, async (row) => {
        // The number alone could be a concurrent revision's that took it after ours rolled back.
        if (row === undefined) return true;
        const found = await rows("SELECT 1 FROM model_revisions WHERE model_id = $1 AND revision = $2 AND created_at = $3 AND script = $4", [
          modelId, row.revision.revision, input.at, input.script,
        ]);
        return found.length > 0;
      }),

    findModel: (modelId, revision) => findModelRow(pool, modelId, revision ?? null),

    async listModels(viewerId, limit, offset) {
      const records = await rows<ModelRecord>(
        `SELECT ${MODEL_COLUMNS} FROM models m WHERE m.visibility = 'public' OR m.owner_id = $1 ORDER BY m.updated_at DESC, m.id LIMIT $2 OFFSET $3`,
        [viewerId, limit, offset],
      );
      return records.map(toModel);
    },

    async deleteModel(ownerId, modelId) {
      return ((await pool.query("DELETE FROM models WHERE id = $1 AND owner_id = $2", [modelId, ownerId])).rowCount ?? 0) > 0;
    },

    // Exact under concurrency: every charge for an account first takes that account's row lock
    // (FOR NO KEY UPDATE: exclusive among chargers and plan changes, yet it does not block
    // foreign-key checks from other tables). A waiter gets the lock only after the holder has
    // committed, and under READ COMMITTED its following count is a new snapshot that includes
    // the holder's row. One statement with CTEs would not do: its snapshot predates the lock.
    chargeDownloads: (entries, period) =>
      inTransaction((client) => chargeWithin(client, entries, period), async (result) => {
        // A refusal wrote nothing; the charges stand (all together) exactly when their ledger rows exist.
        if (result === undefined || !result.ok) return true;
        return (await rows("SELECT 1 FROM usage_ledger WHERE id = $1", [result.entries[0]!.id])).length > 0;
      }),

    countDownloads: (accountId, period) => countDownloads(pool, accountId, period.start, period.end),

    async recentUsage(accountId, limit) {
      const records = await rows<UsageRecord>(`SELECT ${USAGE_COLUMNS} FROM usage_ledger WHERE account_id = $1 ORDER BY at DESC, id DESC LIMIT $2`, [
        accountId, limit,
      ]);
      return records.map(toUsageEntry);
    },

    async countDownloadsByModel(modelIds) {
      const records = await rows<{ model_id: string; downloads: string }>(
        "SELECT model_id, COUNT(*) AS downloads FROM usage_ledger WHERE model_id = ANY($1::text[]) GROUP BY model_id",
        [[...modelIds]],
      );
      return new Map(records.map((record) => [record.model_id, Number(record.downloads)]));
    },

    insertCompute: async (entry) => prunedAfter(entry.at, await insertComputeWith(pool, entry)),

    // One transaction, so one commit (one WAL flush) instead of two: the compute entry first, then
    // the download in a savepoint, so that a refused or failed download leaves the compute entry
    // standing, as two separate writes would. A lost connection loses both (the request fails
    // with STORE_UNAVAILABLE either way); one lost during COMMIT is settled by the compute entry.
    insertComputeThenCharge: async (entry, entries, period) => {
      const result = await inTransaction(
        async (client): Promise<{ entry: ComputeEntry; charge: PromiseSettledResult<BackendChargeResult> }> => {
          const written = await insertComputeWith(client, entry);
          await client.query("SAVEPOINT download");
          try {
            return { entry: written, charge: fulfilled(await chargeWithin(client, entries, period)) };
          } catch (error) {
            if (isPostgresFault(error)) throw error;
            await client.query("ROLLBACK TO SAVEPOINT download");
            return { entry: written, charge: rejected(error) };
          }
        },
        async (result) => (await rows("SELECT 1 FROM compute_ledger WHERE id = $1", [result.entry.id])).length > 0,
      );
      return prunedAfter(entry.at, result);
    },

    sumCompute,

    close: () => (closing ??= pool.end()),
  };
}

interface ComputeRecord {
  id: string | number;
  account_id: string | null;
  key_id: string | null;
  client_address: string | null;
  model_id: string | null;
  kind: ComputeKind;
  outcome: string;
  compute_ms: number;
  at: Date;
}

function toComputeEntry(r: ComputeRecord): ComputeEntry {
  return {
    id: Number(r.id),
    accountId: r.account_id,
    keyId: r.key_id,
    clientAddress: r.client_address,
    modelId: r.model_id,
    kind: r.kind,
    outcome: r.outcome,
    computeMs: r.compute_ms,
    at: r.at,
  };
}
