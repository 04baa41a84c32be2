/**
 * The store contract: accounts, sessions, API keys, models and the usage ledger.
 * One interface, two implementations (SQLite by default, PostgreSQL for scale),
 * both checked by the same contract suite in `test/store/contract.ts`.
 *
 * Every method validates its input and reports bad input as a `PartforgeError`
 * (`USAGE`, `NOT_FOUND`, `CONFLICT`); lookups that may legitimately miss return
 * `undefined` instead. Times are `Date`s; the quota month is the UTC calendar month.
 */

export type Plan = "evaluation" | "enterprise";
export type Visibility = "public" | "private";
/** The language of a stored ModelScript: TypeScript, JavaScript or Python (the codes the modelscript layer uses). */
export type ScriptLanguage = "ts" | "js" | "py";

export interface Account {
  id: string;
  /** Normalised: trimmed, NFC, lower case. Unique. */
  email: string;
  /** The public name shown as the author of the account's models; unique regardless of case. */
  displayName: string;
  plan: Plan;
  /** Downloads allowed per UTC calendar month; `null` means unlimited (`enterprise`). */
  monthlyQuota: number | null;
  createdAt: Date;
}

export interface Session {
  accountId: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface ApiKey {
  id: string;
  accountId: string;
  name: string;
  /** The visible start of the secret, e.g. `pf_k3x9q2ma`; safe to show in lists. */
  prefix: string;
  createdAt: Date;
  /** When the key last authenticated, to the minute: uses within a minute of the recorded one are not written. */
  lastUsedAt: Date | null;
  disabled: boolean;
}

export interface Model {
  /** 7–9 lowercase letters and digits, e.g. `4hskpb69`. */
  id: string;
  ownerId: string;
  name: string;
  visibility: Visibility;
  /** The number of the newest revision; revisions count from 1. */
  latestRevision: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface ModelRevision {
  modelId: string;
  revision: number;
  script: string;
  language: ScriptLanguage;
  /** The described parameter schema, as JSON; stored as text so key order survives. */
  schema: unknown;
  createdAt: Date;
}

/** A model with one of its revisions (the latest unless another was asked for). */
export interface ModelWithRevision {
  model: Model;
  revision: ModelRevision;
}

export interface UsageEntry {
  id: number;
  accountId: string;
  keyId: string | null;
  /** Exactly one of `modelId` (a stored model) and `scriptHash` (a script sent inline) is set. */
  modelId: string | null;
  scriptHash: string | null;
  /** Output type as charged, e.g. `STL`. */
  type: string;
  bytes: number;
  buildMs: number;
  cacheHit: boolean;
  at: Date;
}

/** What a slot ran for: a build (`/build`), the describe run of a model save, or an anonymous preview. */
export type ComputeKind = "build" | "describe" | "preview";

/** One run's slot time in the compute ledger, charged whether it succeeded or not. */
export interface ComputeEntry {
  id: number;
  /** The calling account; `null` for an anonymous preview. */
  accountId: string | null;
  keyId: string | null;
  /** The client address of an anonymous preview; `null` otherwise. */
  clientAddress: string | null;
  modelId: string | null;
  kind: ComputeKind;
  /** `ok`, or the error code the run ended with. */
  outcome: string;
  /** Slot milliseconds, whole. */
  computeMs: number;
  at: Date;
}

/**
 * One run to charge. An account's run names `accountId`; an anonymous preview names no account
 * but both the `modelId` it previewed and the `clientAddress` it came from (it is charged to
 * their anonymous budgets, never to the model's owner).
 */
export interface ComputeCharge {
  accountId: string | null;
  keyId?: string | null;
  clientAddress?: string | null;
  modelId?: string | null;
  kind: ComputeKind;
  outcome: string;
  computeMs: number;
  /** Defaults to now. */
  at?: Date;
}

/** Whose compute is summed: an account's, or the anonymous runs of one model or one client address. */
export type ComputeSubject = { accountId: string } | { anonymousModelId: string } | { anonymousClient: string };

export interface ComputeUse {
  /** Slot milliseconds charged to the subject from `since` on. */
  usedMs: number;
  /** The oldest of those charges; `null` when there is none. */
  oldestAt: Date | null;
}

export interface NewAccount {
  email: string;
  password: string;
  /** The public name; when omitted or blank, a default `maker-…` derived from the account id. */
  displayName?: string;
  /** Defaults to `evaluation`. */
  plan?: Plan;
  /** Only for `evaluation`; defaults to `DEFAULT_MONTHLY_QUOTA`. */
  monthlyQuota?: number;
}

export interface NewModel {
  ownerId: string;
  name: string;
  visibility: Visibility;
  script: string;
  language: ScriptLanguage;
  schema: unknown;
}

/** A new revision; `name` and `visibility` change the model when given. */
export interface ModelUpdate {
  script: string;
  language: ScriptLanguage;
  schema: unknown;
  name?: string;
  visibility?: Visibility;
}

/** What changes about a model without a new revision. */
export interface ModelListingUpdate {
  name?: string;
  visibility?: Visibility;
}

export interface ModelLookup {
  /** Who is asking: a private model is visible only to its owner. `null` is anonymous. */
  viewerId: string | null;
  /** A given revision; the latest when omitted. */
  revision?: number;
}

export interface ModelListing {
  viewerId: string | null;
  /** At most this many, newest change first; default 100, at most 1000. */
  limit?: number;
  offset?: number;
}

export interface DownloadCharge {
  accountId: string;
  keyId: string | null;
  modelId?: string;
  scriptHash?: string;
  type: string;
  bytes: number;
  /** Milliseconds; stored rounded to a whole millisecond. */
  buildMs: number;
  cacheHit: boolean;
  /** When the download happened; decides the quota month. Defaults to now. */
  at?: Date;
}

/** `remaining` counts what is left after this charge; `null` means unlimited. */
export type ChargeResult = { ok: true; remaining: number | null; entry: UsageEntry } | { ok: false; remaining: 0 };

/** Several downloads charged together: all of them, or none when fewer are left (`remaining` says how many are). */
export type ChargesResult = { ok: true; remaining: number | null; entries: UsageEntry[] } | { ok: false; remaining: number };

export interface UsageSummary {
  /** The UTC calendar month containing `at`: `[periodStart, periodEnd)`. */
  periodStart: Date;
  periodEnd: Date;
  downloads: number;
  monthlyQuota: number | null;
  remaining: number | null;
  /** The newest ledger rows of the account, newest first. */
  recent: UsageEntry[];
}

export interface Store {
  /** Which backend this is, for logs. */
  readonly dialect: "sqlite" | "postgres";

  // Accounts
  createAccount(input: NewAccount): Promise<Account>;
  findAccountById(id: string): Promise<Account | undefined>;
  findAccountByEmail(email: string): Promise<Account | undefined>;
  /** The account when the password is right, else `undefined` (unknown email included). */
  verifyPassword(email: string, password: string): Promise<Account | undefined>;
  /** An admin action. `quota` applies to `evaluation` only (default `DEFAULT_MONTHLY_QUOTA`). */
  setPlan(email: string, plan: Plan, quota?: number): Promise<Account>;
  accountCount(): Promise<number>;
  /** Renames the account publicly. `USAGE` for a bad name, `CONFLICT` (param `displayName`) when another account has it. */
  setDisplayName(accountId: string, displayName: string): Promise<Account>;
  /** The display names of up to `MAX_LIST_LIMIT` accounts (model authors); unknown ids are left out. */
  displayNames(accountIds: readonly string[]): Promise<Map<string, string>>;

  // Sessions (the token is returned once and stored only as a hash)
  createSession(accountId: string, options?: { ttlMs?: number; now?: Date }): Promise<{ token: string; session: Session }>;
  /** The live session and its account; `undefined` when unknown or expired at `now`. */
  findSession(token: string, now?: Date): Promise<{ session: Session; account: Account } | undefined>;
  deleteSession(token: string): Promise<void>;

  // API keys (the secret is returned once and stored only as a SHA-256 hash)
  /** Throws `KEY_LIMIT` when the account already has `MAX_API_KEYS_PER_ACCOUNT` keys (disabled ones count). */
  createApiKey(accountId: string, options?: { name?: string; now?: Date }): Promise<{ key: ApiKey; secret: string }>;
  /**
   * The enabled key with this secret and its account, marking it used at `now`; else `undefined`.
   * With `computeSince`, also the account's `computeUsed({ accountId }, computeSince)`, and with
   * `downloadsAt` too, its `remainingDownloads(account, downloadsAt)`, read with the key (a build
   * checks all three; on PostgreSQL in one round trip).
   */
  authenticateKey(
    secret: string,
    now?: Date,
    options?: { computeSince?: Date; downloadsAt?: Date },
  ): Promise<{ key: ApiKey; account: Account; computeUse?: ComputeUse; remainingDownloads?: number | null } | undefined>;
  listApiKeys(accountId: string): Promise<ApiKey[]>;
  /** Throws `NOT_FOUND` unless the account owns the key. */
  setApiKeyDisabled(accountId: string, keyId: string, disabled: boolean): Promise<ApiKey>;
  /** Throws `NOT_FOUND` unless the account owns the key. */
  deleteApiKey(accountId: string, keyId: string): Promise<void>;

  // Models
  createModel(input: NewModel): Promise<ModelWithRevision>;
  /** Adds revision n+1 under the same id. Throws `NOT_FOUND` unless `ownerId` owns the model. */
  addRevision(ownerId: string, modelId: string, update: ModelUpdate): Promise<ModelWithRevision>;
  /**
   * Renames and/or publishes or unpublishes a model without a new revision (its script and schema
   * stay). Throws `NOT_FOUND` unless `ownerId` owns the model, `USAGE` when nothing is given.
   */
  updateModelListing(ownerId: string, modelId: string, update: ModelListingUpdate): Promise<ModelWithRevision>;
  /** `undefined` when missing, not visible to the viewer, or no such revision. */
  getModel(id: string, lookup: ModelLookup): Promise<ModelWithRevision | undefined>;
  /** Public models and the viewer's own, newest change first. */
  listModels(listing: ModelListing): Promise<Model[]>;
  /** Throws `NOT_FOUND` unless `ownerId` owns the model. */
  deleteModel(ownerId: string, modelId: string): Promise<void>;

  // Usage ledger and quota
  /**
   * Charges one download atomically: the ledger row is written only if the account has a
   * download left this month, so N remaining allow exactly N concurrent successes.
   */
  chargeDownload(charge: DownloadCharge): Promise<ChargeResult>;
  /**
   * Charges several downloads of one account (a batch's files) atomically: every ledger row is
   * written if the account has that many downloads left this month, else none. At least one
   * charge, at most `MAX_CHARGES_AT_ONCE`.
   */
  chargeDownloads(charges: readonly DownloadCharge[]): Promise<ChargesResult>;
  /**
   * Downloads left in the month of `at` (default now); `null` means unlimited. Given the account
   * itself, as just read (say, by `authenticateKey`), its quota is taken from it rather than read
   * again: one query fewer, none for an unlimited plan.
   */
  remainingDownloads(account: string | Account, at?: Date): Promise<number | null>;
  usageSummary(accountId: string, at?: Date, options?: { recentLimit?: number }): Promise<UsageSummary>;
  /** Downloads ever charged per model (all accounts together), for up to `MAX_LIST_LIMIT` ids; 0 for a model with none. */
  downloadCounts(modelIds: readonly string[]): Promise<Map<string, number>>;

  // Compute ledger: slot time of every run, failed or not (a budget per minute is checked against it)
  recordCompute(charge: ComputeCharge): Promise<ComputeEntry>;
  /**
   * `recordCompute(compute)` and then, only once that is written, `chargeDownloads(downloads)`:
   * the same writes, in the same order and with the same outcomes as the two calls one after the
   * other (the charge's outcome settled, its error not thrown), but committed together: one
   * transaction (on SQLite one group commit, on PostgreSQL one WAL flush) instead of two, the
   * download in a savepoint of its own. A store fault before the commit loses both (where the two
   * writes would have kept the compute entry); the request fails with STORE_UNAVAILABLE either way.
   * For a run whose file is downloaded at once (`/build`).
   * @throws what `recordCompute` throws; nothing is charged then
   */
  recordComputeThenCharge(compute: ComputeCharge, downloads: readonly DownloadCharge[]): Promise<{ entry: ComputeEntry; charge: PromiseSettledResult<ChargesResult> }>;
  /** The compute charged to `subject` at or after `since`. */
  computeUsed(subject: ComputeSubject, since: Date): Promise<ComputeUse>;

  close(): Promise<void>;
}
