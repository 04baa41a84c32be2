/**
 * The `Store` over any `StoreBackend`: input checks, password hashing, secrets, ids and
 * retries happen here once, so SQLite and PostgreSQL differ only in their SQL.
 */
import { randomUUID } from "node:crypto";
import { PartforgeError } from "../shared/errors.ts";
import { remainingAfter, toAccount, toApiKey, type BackendChargeResult, type ModelRow, type Period, type StoreBackend } from "./backend.ts";
import { isModelId, randomModelId } from "./modelId.ts";
import { HashingGate, type HashingLimits } from "./hashingGate.ts";
import { DEFAULT_SCRYPT_PARAMS, hashPassword, verifyPasswordHash, type ScryptParams } from "./password.ts";
import { monthPeriod } from "./period.ts";
import { apiKeyPrefix, digestsEqual, newApiKeySecret, randomToken, sha256Hex } from "./secrets.ts";
import type { Account, ChargesResult, ComputeCharge, ComputeEntry, ComputeSubject, DownloadCharge, ModelWithRevision, Store, UsageEntry } from "./store.ts";
import {
  checkClientAddress,
  checkComputeKind,
  checkCount,
  checkDisplayName,
  checkDate,
  checkId,
  checkLanguage,
  checkMilliseconds,
  checkName,
  checkOutcome,
  checkPassword,
  checkPlan,
  checkScript,
  checkVisibility,
  defaultDisplayName,
  MAX_API_KEYS_PER_ACCOUNT,
  MAX_CHARGES_AT_ONCE,
  MAX_PASSWORD_LENGTH,
  normaliseEmail,
  quotaForPlan,
  schemaJson,
} from "./validation.ts";
import { fulfilled, rejected } from "../shared/settled.ts";
import { KeyUseRecorder } from "./keyUseRecorder.ts";

export interface StoreOptions {
  /** Cost of new password hashes; tests lower it. Existing hashes keep their own parameters. */
  passwordHashing?: ScryptParams;
  /** Candidate model ids, given the attempt number; tests inject collisions. */
  newModelId?: (attempt: number) => string;
  /** How many password hashes may run and wait at once (default `DEFAULT_HASHING_LIMITS`), or a gate to share. */
  passwordHashingLimits?: HashingLimits | HashingGate;
  /**
   * Where a failure of a write made after its request went on is reported (a key's last use, see
   * `KeyUseRecorder`): such a write fails no request. Default: a process warning.
   */
  log?: (level: "warn", message: string) => void;
}

export const DEFAULT_SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;
const MODEL_ID_ATTEMPTS = 8;
const API_KEY_ATTEMPTS = 5;
const MAX_TYPE_LENGTH = 16;
const MAX_LIST_LIMIT = 1000;
/** How precisely a key's last use is recorded (see `ApiKey.lastUsedAt`). */
const LAST_USED_RESOLUTION_MS = 60_000;

function notFound(what: string): PartforgeError {
  return new PartforgeError("NOT_FOUND", what);
}

function displayNameTaken(name: string): PartforgeError {
  return new PartforgeError("CONFLICT", `the display name "${name}" is taken (names are compared ignoring case); choose another`, { param: "displayName" });
}

function toModelWithRevision(row: ModelRow): ModelWithRevision {
  const { schemaJson: text, ...revision } = row.revision;
  return { model: row.model, revision: { ...revision, schema: JSON.parse(text) as unknown } };
}

/** A download charge checked and completed into the ledger row it writes. */
function usageEntryOf(charge: DownloadCharge): Omit<UsageEntry, "id"> {
  const accountId = checkId(charge?.accountId, "accountId");
  const keyId = charge.keyId === null ? null : checkId(charge.keyId, "keyId");
  const modelId = charge.modelId ?? null;
  const scriptHash = charge.scriptHash ?? null;
  if ((modelId === null) === (scriptHash === null)) {
    throw new PartforgeError("USAGE", "a download names exactly one of modelId and scriptHash", { param: "modelId" });
  }
  if (modelId !== null && !isModelId(modelId)) throw new PartforgeError("USAGE", "modelId is not a model id", { param: "modelId" });
  if (scriptHash !== null) checkId(scriptHash, "scriptHash");
  if (typeof charge.type !== "string" || charge.type.length === 0 || charge.type.length > MAX_TYPE_LENGTH) {
    throw new PartforgeError("USAGE", "type must be an output type such as STL", { param: "type" });
  }
  return {
    accountId,
    keyId,
    modelId,
    scriptHash,
    type: charge.type.toUpperCase(),
    bytes: checkCount(charge.bytes, "bytes"),
    buildMs: checkMilliseconds(charge.buildMs, "buildMs"),
    cacheHit: charge.cacheHit === true,
    at: checkDate(charge.at, "at"),
  };
}

function checkSubject(subject: ComputeSubject): ComputeSubject {
  if (typeof subject === "object" && subject !== null) {
    if ("accountId" in subject) return { accountId: checkId(subject.accountId, "accountId") };
    if ("anonymousModelId" in subject && isModelId(subject.anonymousModelId)) return { anonymousModelId: subject.anonymousModelId };
    if ("anonymousClient" in subject) return { anonymousClient: checkClientAddress(subject.anonymousClient) };
  }
  throw new PartforgeError("USAGE", "a compute subject is { accountId }, { anonymousModelId } or { anonymousClient }", { param: "subject" });
}

/** The ledger rows of downloads charged together (one account's, one month), checked. */
function checkedCharges(charges: readonly DownloadCharge[]): { entries: Array<Omit<UsageEntry, "id">>; period: Period } {
  const entries = charges.map(usageEntryOf);
  const accountId = entries[0]!.accountId;
  if (entries.some((entry) => entry.accountId !== accountId)) throw new PartforgeError("USAGE", "downloads charged together are of one account", { param: "accountId" });
  const period = monthPeriod(entries[0]!.at);
  if (entries.some((entry) => entry.at < period.start || entry.at >= period.end)) throw new PartforgeError("USAGE", "downloads charged together are of one month", { param: "at" });
  return { entries, period };
}

function checkChargeCount(charges: readonly DownloadCharge[]): void {
  if (!Array.isArray(charges) || charges.length === 0 || charges.length > MAX_CHARGES_AT_ONCE) {
    throw new PartforgeError("USAGE", `charge between 1 and ${MAX_CHARGES_AT_ONCE} downloads at once`, { param: "charges" });
  }
}

function chargedOrMissing(result: BackendChargeResult, accountId: string): ChargesResult {
  if (result === undefined) throw notFound(`no account with id "${accountId}"`);
  return result;
}

/** A compute charge checked and completed into the ledger row it writes. */
function computeEntryOf(charge: ComputeCharge): Omit<ComputeEntry, "id"> {
  const accountId = charge?.accountId === null ? null : checkId(charge?.accountId, "accountId");
  const modelId = charge.modelId ?? null;
  if (modelId !== null && !isModelId(modelId)) throw new PartforgeError("USAGE", "modelId is not a model id", { param: "modelId" });
  const clientAddress = charge.clientAddress === undefined || charge.clientAddress === null ? null : checkClientAddress(charge.clientAddress);
  if (accountId === null && (clientAddress === null || modelId === null)) {
    throw new PartforgeError("USAGE", "an anonymous run names the model it ran and the client address it came from", { param: "accountId" });
  }
  return {
    accountId,
    keyId: charge.keyId === undefined || charge.keyId === null ? null : checkId(charge.keyId, "keyId"),
    clientAddress,
    modelId,
    kind: checkComputeKind(charge.kind),
    outcome: checkOutcome(charge.outcome),
    computeMs: checkMilliseconds(charge.computeMs, "computeMs"),
    at: checkDate(charge.at, "at"),
  };
}

export function createStore(backend: StoreBackend, options: StoreOptions = {}): Store {
  const scryptParams = options.passwordHashing ?? DEFAULT_SCRYPT_PARAMS;
  const newModelId = options.newModelId ?? randomModelId;
  const hashing = options.passwordHashingLimits instanceof HashingGate ? options.passwordHashingLimits : new HashingGate(options.passwordHashingLimits);
  // Verified against when the email is unknown, so a miss costs as much as a wrong password.
  let decoyHash: Promise<string> | undefined;
  const log = options.log ?? ((_level, message) => process.emitWarning(message, { code: "PARTFORGE_STORE" }));
  const keyUses = new KeyUseRecorder(backend, (error) => log("warn", `store: could not record an API key's last use (the next use tries again): ${error instanceof Error ? error.message : String(error)}`));

  async function requireAccount(accountId: unknown): Promise<Account> {
    const row = await backend.findAccount({ id: checkId(accountId, "accountId") });
    if (row === undefined) throw notFound(`no account with id "${String(accountId)}"`);
    return toAccount(row);
  }

  /** Checks each charge (one account's, one month) and charges them all or none. */
  async function chargeAll(charges: readonly DownloadCharge[]): Promise<ChargesResult> {
    const { entries, period } = checkedCharges(charges);
    return chargedOrMissing(await backend.chargeDownloads(entries, period), entries[0]!.accountId);
  }

  const store: Store = {
    dialect: backend.dialect,

    async createAccount(input) {
      const email = normaliseEmail(input?.email);
      const password = checkPassword(input.password);
      const chosen = input.displayName === undefined || (typeof input.displayName === "string" && input.displayName.trim() === "") ? undefined : checkDisplayName(input.displayName);
      const plan = checkPlan(input.plan ?? "evaluation");
      const monthlyQuota = quotaForPlan(plan, input.monthlyQuota);
      const id = randomUUID();
      const passwordHash = await hashing.run(() => hashPassword(password, scryptParams));
      // A default name that someone took already (rare) draws a longer one from the same id.
      for (let attempt = 0; attempt < 3; attempt++) {
        const row = { id, email, displayName: chosen ?? defaultDisplayName(id, attempt), plan, monthlyQuota, createdAt: new Date(), passwordHash };
        const outcome = await backend.insertAccount(row);
        if (outcome === "inserted") return toAccount(row);
        if (outcome === "duplicate") throw new PartforgeError("CONFLICT", `an account with email ${email} already exists`, { param: "email" });
        if (chosen !== undefined) throw displayNameTaken(chosen);
      }
      throw new PartforgeError("INTERNAL", "could not draw a free default display name");
    },

    async findAccountById(id) {
      if (typeof id !== "string" || id.length === 0) return undefined;
      const row = await backend.findAccount({ id });
      return row && toAccount(row);
    },

    async findAccountByEmail(email) {
      const row = await backend.findAccount({ email: normaliseEmail(email) });
      return row && toAccount(row);
    },

    async verifyPassword(email, password) {
      if (typeof password !== "string" || password.length === 0 || password.length > MAX_PASSWORD_LENGTH) return undefined;
      const row = await backend.findAccount({ email: normaliseEmail(email) });
      if (row === undefined) {
        decoyHash ??= hashPassword("decoy password", scryptParams);
        const decoy = await decoyHash;
        await hashing.run(() => verifyPasswordHash(password, decoy));
        return undefined;
      }
      return (await hashing.run(() => verifyPasswordHash(password, row.passwordHash))) ? toAccount(row) : undefined;
    },

    async setPlan(email, plan, quota) {
      const normalised = normaliseEmail(email);
      const checkedPlan = checkPlan(plan);
      const row = await backend.updatePlan(normalised, checkedPlan, quotaForPlan(checkedPlan, quota));
      if (row === undefined) throw notFound(`no account with email ${normalised}`);
      return toAccount(row);
    },

    accountCount: () => backend.countAccounts(),

    async setDisplayName(accountId, displayName) {
      const id = checkId(accountId, "accountId");
      const name = checkDisplayName(displayName);
      const row = await backend.updateDisplayName(id, name);
      if (row === undefined) throw notFound(`no account with id "${id}"`);
      if (row === "duplicate-name") throw displayNameTaken(name);
      return toAccount(row);
    },

    async displayNames(accountIds) {
      if (!Array.isArray(accountIds) || accountIds.length > MAX_LIST_LIMIT) {
        throw new PartforgeError("USAGE", `accountIds must be an array of at most ${MAX_LIST_LIMIT} account ids`, { param: "accountIds" });
      }
      const ids = [...new Set(accountIds.filter((id): id is string => typeof id === "string" && id.length > 0 && id.length <= 100))];
      return ids.length === 0 ? new Map() : backend.findDisplayNames(ids);
    },

    async createSession(accountId, sessionOptions = {}) {
      const account = await requireAccount(accountId);
      const now = checkDate(sessionOptions.now, "now");
      const ttlMs = sessionOptions.ttlMs === undefined ? DEFAULT_SESSION_TTL_MS : checkCount(sessionOptions.ttlMs, "ttlMs");
      const token = randomToken();
      const session = { accountId: account.id, createdAt: now, expiresAt: new Date(now.getTime() + ttlMs) };
      await backend.insertSession(sha256Hex(token), session);
      return { token, session };
    },

    async findSession(token, now) {
      if (typeof token !== "string" || token.length === 0) return undefined;
      const at = checkDate(now, "now");
      const tokenHash = sha256Hex(token);
      const session = await backend.findSession(tokenHash);
      if (session === undefined) return undefined;
      if (session.expiresAt.getTime() <= at.getTime()) {
        await backend.deleteSession(tokenHash);
        return undefined;
      }
      const account = await backend.findAccount({ id: session.accountId });
      return account && { session, account: toAccount(account) };
    },

    async deleteSession(token) {
      if (typeof token === "string" && token.length > 0) await backend.deleteSession(sha256Hex(token));
    },

    async createApiKey(accountId, keyOptions = {}) {
      const account = await requireAccount(accountId);
      const name = keyOptions.name === undefined ? "default" : checkName(keyOptions.name);
      const createdAt = checkDate(keyOptions.now, "now");
      // The prefix is unique so a lookup finds one row; a collision just draws again.
      for (let attempt = 0; attempt < API_KEY_ATTEMPTS; attempt++) {
        const { secret, prefix } = newApiKeySecret();
        const row = { id: randomUUID(), accountId: account.id, name, prefix, createdAt, lastUsedAt: null, disabled: false, secretHash: sha256Hex(secret) };
        const outcome = await backend.insertApiKey(row, MAX_API_KEYS_PER_ACCOUNT);
        if (outcome === "inserted") return { key: toApiKey(row), secret };
        if (outcome === "limit") {
          throw new PartforgeError("KEY_LIMIT", `this account already has ${MAX_API_KEYS_PER_ACCOUNT} API keys, the most it may have: delete one it no longer needs, then create the new one`, {
            details: { limit: MAX_API_KEYS_PER_ACCOUNT },
          });
        }
      }
      throw new PartforgeError("INTERNAL", "could not draw a unique API key prefix");
    },

    async authenticateKey(secret, now, keyOptions = {}) {
      const prefix = typeof secret === "string" ? apiKeyPrefix(secret) : undefined;
      if (prefix === undefined) return undefined;
      const at = checkDate(now, "now");
      const computeSince = keyOptions.computeSince === undefined ? undefined : checkDate(keyOptions.computeSince, "computeSince");
      const downloadsIn = keyOptions.downloadsAt === undefined ? undefined : monthPeriod(checkDate(keyOptions.downloadsAt, "downloadsAt"));
      if (downloadsIn !== undefined && computeSince === undefined) throw new PartforgeError("USAGE", "downloadsAt is read with computeSince", { param: "downloadsAt" });
      const found = await backend.findApiKeyByPrefix(prefix, computeSince === undefined ? undefined : { computeSince, ...(downloadsIn === undefined ? {} : { downloadsIn }) });
      // The prefix is public; the comparison of the secret's hash is what must not leak timing.
      if (found === undefined || !digestsEqual(sha256Hex(secret), found.key.secretHash) || found.key.disabled) return undefined;
      const { key: row, account, computeUse, downloadsUsed } = found;
      const use = {
        ...(computeUse === undefined ? {} : { computeUse }),
        ...(downloadsIn === undefined || downloadsUsed === undefined ? {} : { remainingDownloads: account.monthlyQuota === null ? null : remainingAfter(account.monthlyQuota, downloadsUsed ?? 0) }),
      };
      // Last use is kept to the minute: a key in steady use costs one write a minute, not one per
      // request; and that write is made after the request went on, never awaited by it (`KeyUseRecorder`).
      const recorded = row.lastUsedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
      if (at.getTime() - recorded < LAST_USED_RESOLUTION_MS) return { key: toApiKey(row), account: toAccount(account), ...use };
      keyUses.note(row.id, at);
      return { key: { ...toApiKey(row), lastUsedAt: at }, account: toAccount(account), ...use };
    },

    async listApiKeys(accountId) {
      const id = checkId(accountId, "accountId");
      // A key's owner sees the uses made before the listing.
      await keyUses.flush();
      return backend.listApiKeys(id);
    },

    async setApiKeyDisabled(accountId, keyId, disabled) {
      if (typeof disabled !== "boolean") throw new PartforgeError("USAGE", "disabled must be true or false", { param: "disabled" });
      const key = await backend.setApiKeyDisabled(checkId(accountId, "accountId"), checkId(keyId, "keyId"), disabled);
      if (key === undefined) throw notFound(`no API key "${keyId}" in this account`);
      return key;
    },

    async deleteApiKey(accountId, keyId) {
      if (!(await backend.deleteApiKey(checkId(accountId, "accountId"), checkId(keyId, "keyId")))) {
        throw notFound(`no API key "${keyId}" in this account`);
      }
    },

    async createModel(input) {
      const owner = await requireAccount(input?.ownerId);
      const name = checkName(input.name);
      const visibility = checkVisibility(input.visibility);
      const script = checkScript(input.script);
      const language = checkLanguage(input.language);
      const schemaText = schemaJson(input.schema);
      const now = new Date();
      for (let attempt = 0; attempt < MODEL_ID_ATTEMPTS; attempt++) {
        const id = newModelId(attempt);
        if (!isModelId(id)) throw new PartforgeError("INTERNAL", `model id source produced an invalid id "${id}"`);
        const row: ModelRow = {
          model: { id, ownerId: owner.id, name, visibility, latestRevision: 1, createdAt: now, updatedAt: now },
          revision: { modelId: id, revision: 1, script, language, schemaJson: schemaText, createdAt: now },
        };
        if ((await backend.insertModel(row)) === "inserted") return toModelWithRevision(row);
      }
      throw new PartforgeError("INTERNAL", `could not draw a free model id in ${MODEL_ID_ATTEMPTS} attempts`);
    },

    async addRevision(ownerId, modelId, update) {
      const input = {
        script: checkScript(update?.script),
        language: checkLanguage(update.language),
        schemaJson: schemaJson(update.schema),
        name: update.name === undefined ? undefined : checkName(update.name),
        visibility: update.visibility === undefined ? undefined : checkVisibility(update.visibility),
        at: new Date(),
      };
      const row = isModelId(modelId) ? await backend.addRevision(checkId(ownerId, "ownerId"), modelId, input) : undefined;
      if (row === undefined) throw notFound(`no model "${String(modelId)}" owned by this account`);
      return toModelWithRevision(row);
    },

    async updateModelListing(ownerId, modelId, update) {
      const input = {
        name: update?.name === undefined ? undefined : checkName(update.name),
        visibility: update?.visibility === undefined ? undefined : checkVisibility(update.visibility),
        at: new Date(),
      };
      if (input.name === undefined && input.visibility === undefined) {
        throw new PartforgeError("USAGE", "nothing to change: give a name, a visibility, or a script for a new revision");
      }
      const row = isModelId(modelId) ? await backend.updateModelListing(checkId(ownerId, "ownerId"), modelId, input) : undefined;
      if (row === undefined) throw notFound(`no model "${String(modelId)}" owned by this account`);
      return toModelWithRevision(row);
    },

    async getModel(id, lookup) {
      if (lookup === undefined || (lookup.viewerId !== null && typeof lookup.viewerId !== "string")) {
        throw new PartforgeError("USAGE", "getModel needs a viewerId (null for anonymous)", { param: "viewerId" });
      }
      const revision = lookup.revision === undefined ? undefined : checkCount(lookup.revision, "revision");
      if (!isModelId(id) || revision === 0) return undefined;
      const row = await backend.findModel(id, revision);
      if (row === undefined) return undefined;
      if (row.model.visibility === "private" && row.model.ownerId !== lookup.viewerId) return undefined;
      return toModelWithRevision(row);
    },

    async listModels(listing = { viewerId: null }) {
      const viewerId = listing.viewerId ?? null;
      if (viewerId !== null && typeof viewerId !== "string") throw new PartforgeError("USAGE", "viewerId must be a string or null", { param: "viewerId" });
      const limit = listing.limit === undefined ? 100 : checkCount(listing.limit, "limit", MAX_LIST_LIMIT);
      const offset = listing.offset === undefined ? 0 : checkCount(listing.offset, "offset");
      return backend.listModels(viewerId, limit, offset);
    },

    async deleteModel(ownerId, modelId) {
      const deleted = isModelId(modelId) && (await backend.deleteModel(checkId(ownerId, "ownerId"), modelId));
      if (!deleted) throw notFound(`no model "${String(modelId)}" owned by this account`);
    },

    async chargeDownload(charge) {
      const result = await chargeAll([charge]);
      return result.ok ? { ok: true, remaining: result.remaining, entry: result.entries[0]! } : { ok: false, remaining: 0 };
    },

    async chargeDownloads(charges) {
      checkChargeCount(charges);
      return chargeAll(charges);
    },

    async remainingDownloads(accountOrId, at) {
      const account = typeof accountOrId === "object" && accountOrId !== null ? { id: checkId(accountOrId.id, "accountId"), monthlyQuota: accountOrId.monthlyQuota } : await requireAccount(accountOrId);
      const period = monthPeriod(checkDate(at, "at"));
      // Unlimited plans never count: the month's ledger can be long and this runs per request.
      if (account.monthlyQuota === null) return null;
      return Math.max(0, account.monthlyQuota - (await backend.countDownloads(account.id, period)));
    },

    async usageSummary(accountId, at, summaryOptions = {}) {
      const account = await requireAccount(accountId);
      const period = monthPeriod(checkDate(at, "at"));
      const recentLimit = summaryOptions.recentLimit === undefined ? 20 : checkCount(summaryOptions.recentLimit, "recentLimit", MAX_LIST_LIMIT);
      const downloads = await backend.countDownloads(account.id, period);
      const recent = recentLimit === 0 ? [] : await backend.recentUsage(account.id, recentLimit);
      const remaining = account.monthlyQuota === null ? null : Math.max(0, account.monthlyQuota - downloads);
      return { periodStart: period.start, periodEnd: period.end, downloads, monthlyQuota: account.monthlyQuota, remaining, recent };
    },

    async downloadCounts(modelIds) {
      if (!Array.isArray(modelIds) || modelIds.length > MAX_LIST_LIMIT) {
        throw new PartforgeError("USAGE", `modelIds must be an array of at most ${MAX_LIST_LIMIT} model ids`, { param: "modelIds" });
      }
      const ids = [...new Set(modelIds.filter((id): id is string => isModelId(id)))];
      const counted = ids.length === 0 ? new Map<string, number>() : await backend.countDownloadsByModel(ids);
      return new Map(modelIds.map((id) => [id, counted.get(id) ?? 0]));
    },

    async recordCompute(charge) {
      return backend.insertCompute(computeEntryOf(charge));
    },

    async recordComputeThenCharge(compute, downloads) {
      const entry = computeEntryOf(compute);
      let checked: ReturnType<typeof checkedCharges>;
      try {
        checkChargeCount(downloads);
        checked = checkedCharges(downloads);
      } catch (error) {
        // Refused before any write, as `chargeDownloads` would have refused it after the compute.
        return { entry: await backend.insertCompute(entry), charge: rejected(error) };
      }
      const written = await backend.insertComputeThenCharge(entry, checked.entries, checked.period);
      if (written.charge.status === "rejected") return { entry: written.entry, charge: written.charge };
      try {
        return { entry: written.entry, charge: fulfilled(chargedOrMissing(written.charge.value, checked.entries[0]!.accountId)) };
      } catch (error) {
        return { entry: written.entry, charge: rejected(error) };
      }
    },

    async computeUsed(subject, since) {
      return backend.sumCompute(checkSubject(subject), checkDate(since, "since"));
    },

    async close() {
      await keyUses.flush();
      await backend.close();
    },
  };
  return store;
}
