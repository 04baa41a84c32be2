/**
 * The SQLite backend (better-sqlite3): one synchronous connection per store, WAL mode so
 * readers never wait for the writer, and `BEGIN IMMEDIATE` for every read-then-write, so
 * several stores (or processes) on one file serialise their writes through SQLite's lock.
 */
import { remainingAfter, toApiKey, type AccountRow, type BackendChargeResult, type ApiKeyRow, type ModelRow, type Period, type RevisionInput, type StoreBackend } from "../backend.ts";
import { displayNameKey } from "../validation.ts";
import { SQLITE_MIGRATIONS } from "../migrations/sqlite.ts";
import type { Migration } from "../migrations/migration.ts";
import type { ApiKey, ComputeEntry, ComputeSubject, ComputeUse, Session, UsageEntry } from "../store.ts";
import { startCheckpointer, type Checkpointer } from "./checkpointer.ts";
import { groupCommit } from "./groupCommit.ts";
import { API_KEY_COLUMNS, computeSubjectCondition, KEY_WITH_ACCOUNT_COLUMNS, MODEL_COLUMNS, REVISION_COLUMNS } from "../columns.ts";
import { migrateSqlite } from "./migrate.ts";
import { openDatabase, statement, type SqliteDatabase } from "./sqliteHandles.ts";
import { faultTranslated, guardBackend, isSqliteFault } from "../storeFault.ts";
import {
  toKeyWithAccount,
  type KeyWithAccountRecord,
  toAccountRow,
  toApiKeyRow,
  toModel,
  toModelRow,
  toUsageEntry,
  type AccountRecord,
  type ApiKeyRecord,
  type ModelRecord,
  type RevisionRecord,
  type UsageRecord,
} from "./sqliteRows.ts";
import { fulfilled, rejected } from "../../shared/settled.ts";
import { bucketSubjectOf, combinedUse, prunePlanner, windowSplit } from "../computeBuckets.ts";

const FIND_KEY_WITH_ACCOUNT = `SELECT ${KEY_WITH_ACCOUNT_COLUMNS} FROM api_keys k JOIN accounts a ON a.id = k.account_id WHERE k.prefix = ?`;

export interface SqliteBackendOptions {
  /** How long a writer waits for another connection's transaction before failing. */
  busyTimeoutMs?: number;
  /** Tests only: the migration list, and the newest version to apply. */
  migrations?: readonly Migration[];
  migrateUpTo?: number;
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

/** The unique index on display names, not the email's (the message names the column). */
function isDisplayNameViolation(error: unknown): boolean {
  return String((error as { message?: unknown } | null)?.message ?? "").includes("display_name");
}

function insertOrDuplicate(insert: () => void): "inserted" | "duplicate" {
  try {
    insert();
    return "inserted";
  } catch (error) {
    if (isUniqueViolation(error)) return "duplicate";
    throw error;
  }
}

/** Opens (creating if needed) and migrates the database file at `path`. */
export function openSqliteBackend(path: string, options: SqliteBackendOptions = {}): StoreBackend {
  const db = openDatabase(path);
  const busyTimeoutMs = Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000));
  try {
    db.exec(`PRAGMA busy_timeout = ${busyTimeoutMs}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON`);
    migrateSqlite(db, options.migrations ?? SQLITE_MIGRATIONS, options.migrateUpTo);
  } catch (error) {
    db.close();
    throw error;
  }
  const checkpointer = db.memory
    ? undefined
    : startCheckpointer(db, {
        busyTimeoutMs,
        onError: (error) => process.emitWarning(`the SQLite checkpoint worker stopped (${String(error)}); checkpoints run inside commits again`),
      });
  return guardBackend(sqliteBackend(db, checkpointer), "SQLite", isSqliteFault);
}

function sqliteBackend(db: SqliteDatabase, checkpointer: Checkpointer | undefined): StoreBackend {
  // Prepared lazily (a database opened at an old schema version, in tests, lacks some tables), once per text.
  const sql = (text: string) => statement(db, text);
  const findModelRow = (modelId: string, revision: number | null): ModelRow | undefined => {
    const record = sql(
      `SELECT ${MODEL_COLUMNS}, ${REVISION_COLUMNS} FROM models m
       JOIN model_revisions r ON r.model_id = m.id AND r.revision = coalesce(?, m.latest_revision)
       WHERE m.id = ?`,
    ).get(revision, modelId) as (ModelRecord & RevisionRecord) | undefined;
    return record && toModelRow(record);
  };

  const insertModel = db.transaction((row: ModelRow) => {
    const { model, revision } = row;
    sql(`INSERT INTO models (id, owner_id, name, visibility, latest_revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
      model.id, model.ownerId, model.name, model.visibility, model.latestRevision, model.createdAt.getTime(), model.updatedAt.getTime(),
    );
    sql(`INSERT INTO model_revisions (model_id, revision, script, language, schema_json, created_at) VALUES (?, ?, ?, ?, ?, ?)`).run(
      revision.modelId, revision.revision, revision.script, revision.language, revision.schemaJson, revision.createdAt.getTime(),
    );
  });

  const addRevision = db.transaction((ownerId: string, modelId: string, input: RevisionInput): ModelRow | undefined => {
    const bumped = sql(
      `UPDATE models SET latest_revision = latest_revision + 1, updated_at = ?, name = coalesce(?, name), visibility = coalesce(?, visibility)
       WHERE id = ? AND owner_id = ? RETURNING latest_revision`,
    ).pluck().get(input.at.getTime(), input.name ?? null, input.visibility ?? null, modelId, ownerId) as number | undefined;
    if (bumped === undefined) return undefined;
    sql(`INSERT INTO model_revisions (model_id, revision, script, language, schema_json, created_at) VALUES (?, ?, ?, ?, ?, ?)`).run(
      modelId, bumped, input.script, input.language, input.schemaJson, input.at.getTime(),
    );
    return findModelRow(modelId, bumped);
  });

  // The quota check and the insert run in one IMMEDIATE transaction: it takes SQLite's write lock
  // before reading, so no other connection can charge between our count and our insert. Charges
  // of the same event-loop turn share that transaction (group commit), each in its own savepoint.
  const chargeNow = ({ entries, period }: { entries: ReadonlyArray<Omit<UsageEntry, "id">>; period: Period }) => {
    const accountId = entries[0]!.accountId;
    const quota = sql("SELECT monthly_quota FROM accounts WHERE id = ?").get(accountId) as { monthly_quota: number | null } | undefined;
    if (quota === undefined) return undefined;
    let used = 0;
    if (quota.monthly_quota !== null) {
      used = countDownloadsNow(accountId, period);
      if (used + entries.length > quota.monthly_quota) return { ok: false as const, remaining: Math.max(0, quota.monthly_quota - used) };
    }
    const insert = sql(`INSERT INTO usage_ledger (account_id, key_id, model_id, script_hash, type, bytes, build_ms, cache_hit, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const charged: UsageEntry[] = entries.map((entry) => {
      const info = insert.run(entry.accountId, entry.keyId, entry.modelId, entry.scriptHash, entry.type, entry.bytes, entry.buildMs, entry.cacheHit ? 1 : 0, entry.at.getTime());
      return { id: Number(info.lastInsertRowid), ...entry };
    });
    return { ok: true as const, remaining: remainingAfter(quota.monthly_quota, used + entries.length), entries: charged };
  };
  const charges = groupCommit(db, chargeNow);

  /** Whether the database has compute buckets (a test may open it at an older schema version). */
  const buckets = sql("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'compute_buckets'").pluck().get() === 1;
  /** The compute of a subject since a time, summed from its ledger rows (the covering indexes of migration 8). */
  const sumLedger = (condition: string, value: string, since: Date): ComputeUse => {
    const record = sql(`SELECT coalesce(sum(compute_ms), 0) AS used, min(at) AS oldest FROM compute_ledger WHERE ${condition} AND at >= ?`).get(value, since.getTime()) as {
      used: number;
      oldest: number | null;
    };
    return { usedMs: record.used, oldestAt: record.oldest === null ? null : new Date(record.oldest) };
  };
  /**
   * The text of `sumComputeNow`'s statement per subject condition (there are three), made once: a
   * text built per call is a new string, which the statement lookup hashes and compares whole.
   */
  const splitTexts = new Map<string, string>();
  const splitTextOf = (condition: string): string => {
    let text = splitTexts.get(condition);
    if (text === undefined) {
      text = `SELECT h.before_second AS horizon, b.ms AS bucketMs, b.oldest AS bucketOldest, e.ms AS edgeMs, e.oldest AS edgeOldest
       FROM compute_bucket_horizon h,
         (SELECT coalesce(sum(compute_ms), 0) AS ms, min(first_at) AS oldest FROM compute_buckets WHERE subject = ? AND at_second >= ?) b,
         (SELECT coalesce(sum(compute_ms), 0) AS ms, min(at) AS oldest FROM compute_ledger WHERE ${condition} AND at >= ? AND at < ?) e`;
      splitTexts.set(condition, text);
    }
    return text;
  };
  /** `sumCompute`, synchronously (the key lookup reads it too). */
  const sumComputeNow = (subject: ComputeSubject, since: Date): ComputeUse => {
    const { condition, value } = computeSubjectCondition(subject, "?");
    const { fromSecond, edgeEnd } = windowSplit(since);
    if (!buckets) return sumLedger(condition, value, since);
    // One statement, so the horizon and the buckets come from one snapshot (another process may prune).
    const split = sql(splitTextOf(condition)).get(bucketSubjectOf(subject), fromSecond, value, since.getTime(), edgeEnd.getTime()) as
      | { horizon: number; bucketMs: number; bucketOldest: number | null; edgeMs: number; edgeOldest: number | null }
      | undefined;
    if (split !== undefined && fromSecond >= split.horizon) {
      return combinedUse({ ms: split.bucketMs, oldest: split.bucketOldest }, { ms: split.edgeMs, oldest: split.edgeOldest });
    }
    // A window that starts before the buckets' horizon: the ledger itself.
    return sumLedger(condition, value, since);
  };

  // The ledger's trigger keeps the payer's buckets (migration 9); old ones are pruned here, now
  // and then, in the same (group) transaction as a ledger row.
  const pruneDue = prunePlanner();
  const insertComputeNow = (entry: Omit<ComputeEntry, "id">): ComputeEntry => {
    const info = sql(
      `INSERT INTO compute_ledger (account_id, key_id, client_address, model_id, kind, outcome, compute_ms, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(entry.accountId, entry.keyId, entry.clientAddress, entry.modelId, entry.kind, entry.outcome, entry.computeMs, entry.at.getTime());
    const horizon = buckets ? pruneDue(entry.at) : undefined;
    if (horizon !== undefined) {
      sql("UPDATE compute_bucket_horizon SET before_second = max(before_second, ?)").run(horizon);
      sql("DELETE FROM compute_buckets WHERE at_second < (SELECT before_second FROM compute_bucket_horizon)").run();
    }
    return { id: Number(info.lastInsertRowid), ...entry };
  };
  // Compute charges come once per slot run; they share commits like download charges do.
  const computeCharges = groupCommit(db, insertComputeNow);

  // A run's compute charge and the download of its file: one group commit, not two. The download
  // is charged after the compute entry is written, in a savepoint of its own, so its refusal or
  // failure leaves the compute entry standing, as two separate writes would.
  const chargeInSavepoint = db.transaction(chargeNow);
  const computeThenCharges = groupCommit(
    db,
    (input: { entry: Omit<ComputeEntry, "id">; entries: ReadonlyArray<Omit<UsageEntry, "id">>; period: Period }): { entry: ComputeEntry; charge: PromiseSettledResult<BackendChargeResult> } => {
      const entry = insertComputeNow(input.entry);
      try {
        return { entry, charge: fulfilled(chargeInSavepoint(input)) };
      } catch (error) {
        return { entry, charge: rejected(faultTranslated(error, "SQLite", isSqliteFault)) };
      }
    },
  );

  // The count and the insert share one IMMEDIATE transaction, so concurrent creations cannot pass the limit.
  const insertKeyWithin = db.transaction((row: ApiKeyRow, maxKeys: number): "inserted" | "limit" => {
    const count = sql("SELECT count(*) FROM api_keys WHERE account_id = ?").pluck().get(row.accountId) as number;
    if (count >= maxKeys) return "limit";
    sql(`INSERT INTO api_keys (${API_KEY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
      row.id, row.accountId, row.name, row.prefix, row.secretHash, row.createdAt.getTime(), row.lastUsedAt?.getTime() ?? null, row.disabled ? 1 : 0,
    );
    return "inserted";
  });

  const countDownloadsNow = (accountId: string, period: Period): number =>
    sql("SELECT count(*) FROM usage_ledger WHERE account_id = ? AND at >= ? AND at < ?").pluck().get(accountId, period.start.getTime(), period.end.getTime()) as number;

  const findApiKey = (accountId: string, keyId: string): ApiKey | undefined => {
    const record = sql(`SELECT ${API_KEY_COLUMNS} FROM api_keys WHERE id = ? AND account_id = ?`).get(keyId, accountId) as ApiKeyRecord | undefined;
    return record && toApiKey(toApiKeyRow(record));
  };

  return {
    dialect: "sqlite",

    async insertAccount(row: AccountRow) {
      try {
        sql("INSERT INTO accounts (id, email, display_name, display_name_key, password_hash, plan, monthly_quota, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").run(
          row.id, row.email, row.displayName, displayNameKey(row.displayName), row.passwordHash, row.plan, row.monthlyQuota, row.createdAt.getTime(),
        );
        return "inserted";
      } catch (error) {
        if (isUniqueViolation(error)) return isDisplayNameViolation(error) ? "duplicate-name" : "duplicate";
        throw error;
      }
    },

    async updateDisplayName(accountId, displayName) {
      try {
        const record = sql("UPDATE accounts SET display_name = ?, display_name_key = ? WHERE id = ? RETURNING *").get(displayName, displayNameKey(displayName), accountId) as
          | AccountRecord
          | undefined;
        return record && toAccountRow(record);
      } catch (error) {
        if (isUniqueViolation(error) && isDisplayNameViolation(error)) return "duplicate-name";
        throw error;
      }
    },

    async findDisplayNames(accountIds) {
      const records = sql("SELECT id, display_name FROM accounts WHERE id IN (SELECT value FROM json_each(?))").all(JSON.stringify(accountIds)) as {
        id: string;
        display_name: string;
      }[];
      return new Map(records.map((record) => [record.id, record.display_name]));
    },

    async findAccount(by) {
      const record = ("id" in by
        ? sql("SELECT * FROM accounts WHERE id = ?").get(by.id)
        : sql("SELECT * FROM accounts WHERE email = ?").get(by.email)) as AccountRecord | undefined;
      return record && toAccountRow(record);
    },

    async updatePlan(email, plan, monthlyQuota) {
      const record = sql("UPDATE accounts SET plan = ?, monthly_quota = ? WHERE email = ? RETURNING *").get(plan, monthlyQuota, email) as AccountRecord | undefined;
      return record && toAccountRow(record);
    },

    async countAccounts() {
      return sql("SELECT count(*) FROM accounts").pluck().get() as number;
    },

    async insertSession(tokenHash: string, session: Session) {
      db.transaction(() => {
        sql("DELETE FROM sessions WHERE account_id = ? AND expires_at <= ?").run(session.accountId, session.createdAt.getTime());
        sql("INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)").run(
          tokenHash, session.accountId, session.createdAt.getTime(), session.expiresAt.getTime(),
        );
      })();
    },

    async findSession(tokenHash) {
      const record = sql("SELECT account_id, created_at, expires_at FROM sessions WHERE token_hash = ?").get(tokenHash) as
        | { account_id: string; created_at: number; expires_at: number }
        | undefined;
      return record && { accountId: record.account_id, createdAt: new Date(record.created_at), expiresAt: new Date(record.expires_at) };
    },

    async deleteSession(tokenHash) {
      sql("DELETE FROM sessions WHERE token_hash = ?").run(tokenHash);
    },

    async insertApiKey(row: ApiKeyRow, maxKeys: number) {
      let outcome: "inserted" | "limit" = "inserted";
      const inserted = insertOrDuplicate(() => {
        outcome = insertKeyWithin.immediate(row, maxKeys);
      });
      return inserted === "duplicate" ? inserted : outcome;
    },

    async findApiKeyByPrefix(prefix, reads) {
      // SQLite runs in this process: the reads cost no round trip, so they stay the statements
      // `sumCompute` and `countDownloads` run (one statement each would measure the same).
      const record = sql(FIND_KEY_WITH_ACCOUNT).get(prefix) as KeyWithAccountRecord | undefined;
      if (record === undefined) return undefined;
      const found = toKeyWithAccount(record);
      if (reads === undefined) return found;
      const { computeSince, downloadsIn } = reads;
      const computeUse = sumComputeNow({ accountId: found.account.id }, computeSince);
      if (downloadsIn === undefined) return { ...found, computeUse };
      return { ...found, computeUse, downloadsUsed: found.account.monthlyQuota === null ? null : countDownloadsNow(found.account.id, downloadsIn) };
    },

    async touchApiKey(keyId, at) {
      // max(): requests finishing out of order never move last-used backwards.
      sql("UPDATE api_keys SET last_used_at = max(coalesce(last_used_at, 0), ?) WHERE id = ?").run(at.getTime(), keyId);
    },

    async listApiKeys(accountId) {
      const records = sql(`SELECT ${API_KEY_COLUMNS} FROM api_keys WHERE account_id = ? ORDER BY created_at, id`).all(accountId) as ApiKeyRecord[];
      return records.map((record) => toApiKey(toApiKeyRow(record)));
    },

    async setApiKeyDisabled(accountId, keyId, disabled) {
      sql("UPDATE api_keys SET disabled = ? WHERE id = ? AND account_id = ?").run(disabled ? 1 : 0, keyId, accountId);
      return findApiKey(accountId, keyId);
    },

    async deleteApiKey(accountId, keyId) {
      return sql("DELETE FROM api_keys WHERE id = ? AND account_id = ?").run(keyId, accountId).changes > 0;
    },

    async insertModel(row) {
      return insertOrDuplicate(() => insertModel.immediate(row));
    },

    async addRevision(ownerId, modelId, input) {
      return addRevision.immediate(ownerId, modelId, input);
    },

    async updateModelListing(ownerId, modelId, input) {
      const latest = sql(
        `UPDATE models SET updated_at = ?, name = coalesce(?, name), visibility = coalesce(?, visibility) WHERE id = ? AND owner_id = ? RETURNING latest_revision`,
      ).pluck().get(input.at.getTime(), input.name ?? null, input.visibility ?? null, modelId, ownerId) as number | undefined;
      return latest === undefined ? undefined : findModelRow(modelId, latest);
    },

    async findModel(modelId, revision) {
      return findModelRow(modelId, revision ?? null);
    },

    async listModels(viewerId, limit, offset) {
      const records = sql(
        `SELECT ${MODEL_COLUMNS} FROM models m WHERE m.visibility = 'public' OR m.owner_id = ? ORDER BY m.updated_at DESC, m.id LIMIT ? OFFSET ?`,
      ).all(viewerId, limit, offset) as ModelRecord[];
      return records.map(toModel);
    },

    async deleteModel(ownerId, modelId) {
      return sql("DELETE FROM models WHERE id = ? AND owner_id = ?").run(modelId, ownerId).changes > 0;
    },

    async chargeDownloads(entries, period) {
      return charges.run({ entries, period });
    },

    async countDownloads(accountId, period) {
      return countDownloadsNow(accountId, period);
    },

    async recentUsage(accountId, limit) {
      const records = sql("SELECT * FROM usage_ledger WHERE account_id = ? ORDER BY at DESC, id DESC LIMIT ?").all(accountId, limit) as UsageRecord[];
      return records.map(toUsageEntry);
    },

    async countDownloadsByModel(modelIds) {
      const records = sql(
        "SELECT model_id AS modelId, COUNT(*) AS downloads FROM usage_ledger WHERE model_id IN (SELECT value FROM json_each(?)) GROUP BY model_id",
      ).all(JSON.stringify(modelIds)) as { modelId: string; downloads: number }[];
      return new Map(records.map((record) => [record.modelId, Number(record.downloads)]));
    },

    async insertCompute(entry) {
      return computeCharges.run(entry);
    },

    async insertComputeThenCharge(entry, entries, period) {
      return computeThenCharges.run({ entry, entries, period });
    },

    async sumCompute(subject, since) {
      return sumComputeNow(subject, since);
    },

    async close() {
      if (!db.open) return;
      charges.flush();
      computeCharges.flush();
      computeThenCharges.flush();
      await checkpointer?.close();
      db.close();
    },
  };
}
