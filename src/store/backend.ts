/**
 * What a database backend does for the store: plain row operations, each atomic on its own.
 * Validation, hashing, id generation and retries live once in `createStore`; a backend is SQL.
 */
import type { ComputeEntry, ComputeSubject, ComputeUse } from "./store.ts";
import type { Account, ApiKey, ChargesResult, Model, ModelRevision, Plan, Session, UsageEntry, Visibility, ScriptLanguage } from "./store.ts";

export interface AccountRow extends Account {
  passwordHash: string;
}

/** `duplicate-name`: another account has this display name (compared by `displayNameKey`). */
export type AccountInsertOutcome = InsertOutcome | "duplicate-name";

export interface ApiKeyRow extends ApiKey {
  secretHash: string;
}

export interface RevisionRow extends Omit<ModelRevision, "schema"> {
  schemaJson: string;
}

export interface ModelRow {
  model: Model;
  revision: RevisionRow;
}

export interface RevisionInput {
  script: string;
  language: ScriptLanguage;
  schemaJson: string;
  name: string | undefined;
  visibility: Visibility | undefined;
  at: Date;
}

/** A model's listing: what changes without a new revision. */
export interface ListingInput {
  name?: string | undefined;
  visibility?: Visibility | undefined;
  at: Date;
}

export interface Period {
  start: Date;
  end: Date;
}

/** `duplicate`: a unique key (email, model id, key prefix) is taken; the caller decides what that means. */
export type InsertOutcome = "inserted" | "duplicate";

/** `undefined` when the account does not exist. */
export type BackendChargeResult = ChargesResult | undefined;

export interface StoreBackend {
  readonly dialect: "sqlite" | "postgres";

  insertAccount(row: AccountRow): Promise<AccountInsertOutcome>;
  /** `undefined` when there is no such account; `duplicate-name` when another account has the name. */
  updateDisplayName(accountId: string, displayName: string): Promise<AccountRow | "duplicate-name" | undefined>;
  findDisplayNames(accountIds: readonly string[]): Promise<Map<string, string>>;
  findAccount(by: { id: string } | { email: string }): Promise<AccountRow | undefined>;
  updatePlan(email: string, plan: Plan, monthlyQuota: number | null): Promise<AccountRow | undefined>;
  countAccounts(): Promise<number>;

  /** Also drops the account's sessions that expired before `session.createdAt`. */
  insertSession(tokenHash: string, session: Session): Promise<void>;
  findSession(tokenHash: string): Promise<Session | undefined>;
  deleteSession(tokenHash: string): Promise<void>;

  /** `limit` when the account already has `maxKeys` keys (checked and inserted atomically). */
  insertApiKey(row: ApiKeyRow, maxKeys: number): Promise<InsertOutcome | "limit">;
  /**
   * The key with this prefix and its account, in one query (it runs on every authenticated
   * request); with `reads.computeSince`, also the account's `sumCompute({ accountId }, computeSince)`,
   * and with `reads.downloadsIn` too, `countDownloads(accountId, downloadsIn)` unless the account is
   * unlimited (null): on a database server in the same statement (a build checks all three: one
   * round trip, not three); in-process SQLite runs them as their own statements.
   */
  findApiKeyByPrefix(
    prefix: string,
    reads?: { computeSince: Date; downloadsIn?: Period },
  ): Promise<{ key: ApiKeyRow; account: AccountRow; computeUse?: ComputeUse; downloadsUsed?: number | null } | undefined>;
  touchApiKey(keyId: string, at: Date): Promise<void>;
  listApiKeys(accountId: string): Promise<ApiKey[]>;
  setApiKeyDisabled(accountId: string, keyId: string, disabled: boolean): Promise<ApiKey | undefined>;
  deleteApiKey(accountId: string, keyId: string): Promise<boolean>;

  /** Inserts the model and its first revision together. */
  insertModel(row: ModelRow): Promise<InsertOutcome>;
  /** Bumps the revision number and inserts the revision in one transaction; `undefined` unless owned. */
  addRevision(ownerId: string, modelId: string, input: RevisionInput): Promise<ModelRow | undefined>;
  /** Changes a model's name and/or visibility without a new revision; undefined unless `ownerId` owns it. */
  updateModelListing(ownerId: string, modelId: string, input: ListingInput): Promise<ModelRow | undefined>;
  findModel(modelId: string, revision: number | undefined): Promise<ModelRow | undefined>;
  listModels(viewerId: string | null, limit: number, offset: number): Promise<Model[]>;
  deleteModel(ownerId: string, modelId: string): Promise<boolean>;

  /** Inserts every entry (one account's, at least one) only if the account has that many downloads left in `period`, atomically. */
  chargeDownloads(entries: ReadonlyArray<Omit<UsageEntry, "id">>, period: Period): Promise<BackendChargeResult>;
  countDownloads(accountId: string, period: Period): Promise<number>;
  recentUsage(accountId: string, limit: number): Promise<UsageEntry[]>;
  /** Downloads ever charged per model, all accounts together; models with none are left out. */
  countDownloadsByModel(modelIds: readonly string[]): Promise<Map<string, number>>;

  insertCompute(entry: Omit<ComputeEntry, "id">): Promise<ComputeEntry>;
  /**
   * `insertCompute(entry)`, then (only once it is written) `chargeDownloads(entries, period)`,
   * whose failure is returned, its store faults already translated, rather than thrown.
   */
  insertComputeThenCharge(
    entry: Omit<ComputeEntry, "id">,
    entries: ReadonlyArray<Omit<UsageEntry, "id">>,
    period: Period,
  ): Promise<{ entry: ComputeEntry; charge: PromiseSettledResult<BackendChargeResult> }>;
  sumCompute(subject: ComputeSubject, since: Date): Promise<ComputeUse>;

  close(): Promise<void>;
}

/** The `remaining` after `used` downloads of `quota`; `null` quota is unlimited. */
export function remainingAfter(quota: number | null, used: number): number | null {
  return quota === null ? null : Math.max(0, quota - used);
}

export function toAccount(row: AccountRow): Account {
  return { id: row.id, email: row.email, displayName: row.displayName, plan: row.plan, monthlyQuota: row.monthlyQuota, createdAt: row.createdAt };
}

export function toApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    accountId: row.accountId,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    disabled: row.disabled,
  };
}
