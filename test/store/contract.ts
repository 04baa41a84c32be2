/**
 * The store contract: one suite of behaviours every `Store` implementation must show.
 * `sqlite.test.ts` and `postgres.test.ts` run it, each with a harness that gives every test a
 * fresh, private database and a way to read raw rows behind the store's back.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, test } from "node:test";
import { isPartforgeError, type ErrorCode } from "../../src/shared/errors.ts";
import { DEFAULT_MONTHLY_QUOTA, MAX_API_KEYS_PER_ACCOUNT, MODEL_ID_PATTERN, type ChargeResult, type DownloadCharge, type Store, type StoreOptions } from "../../src/store/index.ts";

export interface HarnessOpenOptions extends StoreOptions {
  /** Open as an older app would: migrate only up to this version. */
  migrateUpTo?: number;
}

export interface StoreHarness {
  /** A new store on this harness's database; each call is another connection, like another server process. */
  open(options?: HarnessOpenOptions): Promise<Store>;
  /** Rows of one raw, parameterless SQL query against the same database. */
  rawRows(sql: string): Promise<Record<string, unknown>[]>;
  /** Runs one raw, parameterless SQL statement that writes (rows as an older app wrote them). */
  rawExec(sql: string): Promise<void>;
  /** Closes every store it opened and drops the database. */
  dispose(): Promise<void>;
}

export type MakeHarness = () => Promise<StoreHarness>;

/** Cheap scrypt for tests; the production parameters are checked in `src/store/password.test.ts`. */
export const FAST_PASSWORD_HASHING = { log2N: 10, blockSize: 8, parallelization: 1 } as const;

const PASSWORD = "correct horse";
const SCHEMA = { parameters: [{ name: "p_length", type: "float", default: 100 }], zeta: 1, alpha: 2 };

async function rejectsWith(promise: Promise<unknown>, code: ErrorCode, param?: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isPartforgeError(error), `expected a PartforgeError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    if (param !== undefined) assert.equal(error.param, param, error.message);
    return true;
  });
}

let emailCounter = 0;
function freshEmail(tag = "user"): string {
  emailCounter += 1;
  return `${tag}${emailCounter}@example.com`;
}

function successes(results: readonly ChargeResult[]): number {
  return results.filter((result) => result.ok).length;
}

export function runStoreContract(name: string, makeHarness: MakeHarness, options: { skip?: string } = {}): void {
  /** A test with a fresh database and one store on it; the harness is always disposed. */
  function storeTest(title: string, body: (store: Store, harness: StoreHarness) => Promise<void>): void {
    test(title, async () => {
      const harness = await makeHarness();
      try {
        await body(await harness.open(), harness);
      } finally {
        await harness.dispose();
      }
    });
  }

  async function accountWithKey(store: Store, monthlyQuota?: number) {
    const account = await store.createAccount({ email: freshEmail(), password: PASSWORD, ...(monthlyQuota === undefined ? {} : { monthlyQuota }) });
    const { key, secret } = await store.createApiKey(account.id, { name: "ci" });
    return { account, key, secret };
  }

  function download(accountId: string, keyId: string | null, at: Date, extra: Partial<DownloadCharge> = {}): DownloadCharge {
    return { accountId, keyId, scriptHash: "a".repeat(64), type: "stl", bytes: 684, buildMs: 12.4, cacheHit: false, at, ...extra };
  }

  // Every test has its own database, so they may run side by side; most of their time is I/O.
  const concurrency = 4;
  describe(name, { concurrency, ...(options.skip === undefined ? {} : { skip: options.skip }) }, () => {
    describe("accounts", { concurrency }, () => {
      storeTest("creates an evaluation account with a normalised email and the default quota", async (store) => {
        const account = await store.createAccount({ email: "  Ada.Lovelace@Example.COM ", password: PASSWORD });
        assert.equal(account.email, "ada.lovelace@example.com");
        assert.equal(account.plan, "evaluation");
        assert.equal(account.monthlyQuota, DEFAULT_MONTHLY_QUOTA);
        assert.deepEqual(await store.findAccountById(account.id), account);
        assert.deepEqual(await store.findAccountByEmail("ADA.LOVELACE@example.com"), account);
        assert.equal(await store.findAccountById("no-such-id"), undefined);
        assert.equal(await store.findAccountByEmail("nobody@example.com"), undefined);
        assert.equal(await store.accountCount(), 1);
      });

      storeTest("rejects a second account with the same email in another case with CONFLICT", async (store) => {
        await store.createAccount({ email: "grace@example.com", password: PASSWORD });
        await rejectsWith(store.createAccount({ email: " GRACE@Example.com", password: "another password" }), "CONFLICT", "email");
        assert.equal(await store.accountCount(), 1);
      });

      storeTest("names an account by its choice or by a default from its id, never its email", async (store) => {
        const chosen = await store.createAccount({ email: "ada@example.com", password: PASSWORD, displayName: "  Ada   Lovelace " });
        assert.equal(chosen.displayName, "Ada Lovelace");
        const unnamed = await store.createAccount({ email: "grace.hopper@example.com", password: PASSWORD });
        assert.match(unnamed.displayName, /^maker-[0-9a-f]{8}$/);
        assert.equal(unnamed.displayName, `maker-${unnamed.id.replace(/-/g, "").slice(0, 8)}`);
        const blank = await store.createAccount({ email: "blank@example.com", password: PASSWORD, displayName: "   " });
        assert.match(blank.displayName, /^maker-[0-9a-f]{8}$/);
        assert.notEqual(blank.displayName, unnamed.displayName);
        assert.deepEqual(await store.findAccountById(chosen.id), chosen);
        assert.deepEqual(await store.displayNames([chosen.id, unnamed.id, "no-such-id", chosen.id]), new Map([[chosen.id, "Ada Lovelace"], [unnamed.id, unnamed.displayName]]));
        assert.deepEqual(await store.displayNames([]), new Map());
      });

      storeTest("keeps display names unique regardless of case, at sign-up and on renaming", async (store) => {
        const first = await store.createAccount({ email: "first@example.com", password: PASSWORD, displayName: "Bracket_Works" });
        await rejectsWith(store.createAccount({ email: "second@example.com", password: PASSWORD, displayName: "bracket_works" }), "CONFLICT", "displayName");
        assert.equal(await store.accountCount(), 1, "a refused name creates no account");
        const second = await store.createAccount({ email: "second@example.com", password: PASSWORD, displayName: "Gearhead" });
        await rejectsWith(store.setDisplayName(second.id, "BRACKET_WORKS"), "CONFLICT", "displayName");
        assert.equal((await store.findAccountById(second.id))?.displayName, "Gearhead");
        const renamed = await store.setDisplayName(first.id, "Bracket Works 2");
        assert.equal(renamed.displayName, "Bracket Works 2");
        assert.deepEqual(await store.findAccountById(first.id), renamed);
        assert.equal((await store.setDisplayName(second.id, "bracket_works")).displayName, "bracket_works", "a released name is free again");
        assert.equal((await store.setDisplayName(second.id, "BRACKET_works")).displayName, "BRACKET_works", "an account may change the case of its own name");
        await rejectsWith(store.setDisplayName("no-such-account", "Nobody"), "NOT_FOUND");
        // The email is never part of the name, and an API key's account carries the name too.
        const { secret } = await store.createApiKey(first.id, { name: "ci" });
        assert.equal((await store.authenticateKey(secret))?.account.displayName, "Bracket Works 2");
      });

      storeTest("rejects bad display names with USAGE naming displayName", async (store) => {
        const account = await store.createAccount({ email: freshEmail(), password: PASSWORD });
        for (const bad of ["x", " y ", "a".repeat(41), "<script>", "ab\u0000", "name@example.com", "---", "..", 42, null]) {
          await rejectsWith(store.setDisplayName(account.id, bad as string), "USAGE", "displayName");
          await rejectsWith(store.createAccount({ email: freshEmail(), password: PASSWORD, displayName: bad as string }), "USAGE", "displayName");
        }
        for (const good of ["Jo", "a".repeat(40), "Zoë Ørsted", "李小龙", "r2-d2_v1.0"]) {
          assert.equal((await store.setDisplayName(account.id, good)).displayName, good);
        }
      });

      storeTest("verifies the right password and refuses a wrong, empty or unknown one", async (store) => {
        const account = await store.createAccount({ email: "alan@example.com", password: PASSWORD });
        assert.deepEqual(await store.verifyPassword("Alan@Example.com", PASSWORD), account);
        assert.equal(await store.verifyPassword("alan@example.com", "correct horsE"), undefined);
        assert.equal(await store.verifyPassword("alan@example.com", ""), undefined);
        assert.equal(await store.verifyPassword("nobody@example.com", PASSWORD), undefined);
        assert.equal(await store.verifyPassword("alan@example.com", "x".repeat(1_000_000)), undefined, "an absurd password is refused without hashing it");
        await rejectsWith(store.verifyPassword("not an email", PASSWORD), "USAGE", "email");
      });

      storeTest("stores the password as a versioned scrypt hash with its own salt and parameters", async (store, harness) => {
        await store.createAccount({ email: "a@example.com", password: PASSWORD });
        await store.createAccount({ email: "b@example.com", password: PASSWORD });
        const rows = await harness.rawRows("SELECT email, password_hash FROM accounts ORDER BY email");
        const hashes = rows.map((row) => String(row.password_hash));
        for (const hash of hashes) {
          assert.match(hash, /^\$scrypt\$v=1\$ln=\d+,r=\d+,p=\d+\$[A-Za-z0-9_-]{16,}\$[A-Za-z0-9_-]{32,}$/);
          assert.ok(!hash.includes(PASSWORD));
        }
        assert.notEqual(hashes[0]!.split("$")[4], hashes[1]!.split("$")[4], "each password gets its own salt");
        assert.notEqual(hashes[0], hashes[1]);
      });

      storeTest("rejects bad account input with USAGE naming the field", async (store) => {
        for (const email of ["", "not-an-email", "a@b", "two@@example.com", "sp ace@example.com", 42]) {
          await rejectsWith(store.createAccount({ email: email as string, password: PASSWORD }), "USAGE", "email");
        }
        await rejectsWith(store.createAccount({ email: "x@example.com", password: "" }), "USAGE", "password");
        await rejectsWith(store.createAccount({ email: "x@example.com", password: "short" }), "USAGE", "password");
        await rejectsWith(store.createAccount({ email: "x@example.com", password: PASSWORD, plan: "gold" as "enterprise" }), "USAGE", "plan");
        await rejectsWith(store.createAccount({ email: "x@example.com", password: PASSWORD, monthlyQuota: -1 }), "USAGE", "quota");
        await rejectsWith(store.createAccount({ email: "x@example.com", password: PASSWORD, monthlyQuota: 2.5 }), "USAGE", "quota");
        await rejectsWith(store.createAccount({ email: "x@example.com", password: PASSWORD, plan: "enterprise", monthlyQuota: 5 }), "USAGE", "quota");
        assert.equal(await store.accountCount(), 0);
      });

      storeTest("changes plans: a custom evaluation quota, unlimited enterprise, and back to the default", async (store) => {
        const account = await store.createAccount({ email: "plan@example.com", password: PASSWORD });
        assert.equal((await store.setPlan("PLAN@example.com", "evaluation", 7)).monthlyQuota, 7);
        const enterprise = await store.setPlan("plan@example.com", "enterprise");
        assert.equal(enterprise.plan, "enterprise");
        assert.equal(enterprise.monthlyQuota, null);
        assert.equal((await store.setPlan("plan@example.com", "evaluation")).monthlyQuota, DEFAULT_MONTHLY_QUOTA);
        assert.equal((await store.findAccountById(account.id))?.monthlyQuota, DEFAULT_MONTHLY_QUOTA);
        await rejectsWith(store.setPlan("nobody@example.com", "enterprise"), "NOT_FOUND");
        await rejectsWith(store.setPlan("plan@example.com", "enterprise", 10), "USAGE", "quota");
        await rejectsWith(store.setPlan("plan@example.com", "platinum" as "enterprise"), "USAGE", "plan");
      });
    });

    describe("sessions", { concurrency }, () => {
      storeTest("finds a live session with its account, forgets it after expiry or logout, and stores only its hash", async (store, harness) => {
        const account = await store.createAccount({ email: freshEmail(), password: PASSWORD });
        const now = new Date("2025-03-10T12:00:00Z");
        const { token, session } = await store.createSession(account.id, { ttlMs: 60_000, now });
        assert.match(token, /^[A-Za-z0-9_-]{43}$/);
        assert.equal(session.expiresAt.getTime(), now.getTime() + 60_000);
        const found = await store.findSession(token, new Date(now.getTime() + 59_999));
        assert.deepEqual(found?.account, account);
        assert.equal(await store.findSession(token, new Date(now.getTime() + 60_000)), undefined, "expired");
        assert.equal(await store.findSession(token, now), undefined, "an expired session is gone for good");

        const second = await store.createSession(account.id, { now });
        const raw = await harness.rawRows("SELECT token_hash FROM sessions");
        assert.deepEqual(raw.map((row) => row.token_hash), [createHash("sha256").update(second.token).digest("hex")]);
        await store.deleteSession(second.token);
        assert.equal(await store.findSession(second.token, now), undefined);
        assert.equal(await store.findSession("", now), undefined);
        await rejectsWith(store.createSession("no-such-account"), "NOT_FOUND");
      });
    });

    describe("API keys", { concurrency }, () => {
      storeTest("shows the secret once and stores only its SHA-256 hash and visible prefix", async (store, harness) => {
        const { account, key, secret } = await accountWithKey(store);
        assert.match(secret, /^pf_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
        assert.ok(secret.startsWith(`${key.prefix}_`));
        assert.match(key.prefix, /^pf_[a-z0-9]{8}$/);
        assert.equal(key.name, "ci");
        assert.equal(key.lastUsedAt, null);
        assert.equal(key.disabled, false);
        const [listed] = await store.listApiKeys(account.id);
        assert.deepEqual(listed, key);
        assert.ok(!JSON.stringify(listed).includes(secret.slice(12)));

        const rows = await harness.rawRows("SELECT * FROM api_keys");
        assert.equal(rows.length, 1);
        const secretPart = secret.slice(key.prefix.length + 1);
        for (const value of Object.values(rows[0]!)) assert.ok(!String(value).includes(secretPart), "the secret is stored nowhere");
        assert.equal(rows[0]!.secret_hash, createHash("sha256").update(secret).digest("hex"));
        assert.equal(rows[0]!.prefix, key.prefix);
      });

      storeTest("authenticates by secret, refuses near misses and marks the key used", async (store) => {
        const { account, key, secret } = await accountWithKey(store);
        const usedAt = new Date("2025-05-01T08:00:00Z");
        const found = await store.authenticateKey(secret, usedAt);
        assert.deepEqual(found?.account, account);
        assert.equal(found?.key.id, key.id);
        assert.deepEqual((await store.listApiKeys(account.id))[0]!.lastUsedAt, usedAt);

        const tampered = secret.slice(0, -1) + (secret.endsWith("A") ? "B" : "A");
        for (const wrong of [tampered, key.prefix, "", "pf_", secret.toUpperCase(), `${secret}x`, 42 as unknown as string]) {
          assert.equal(await store.authenticateKey(wrong), undefined, `refuses ${String(wrong)}`);
        }
        await store.authenticateKey(secret, new Date("2025-04-01T00:00:00Z"));
        assert.deepEqual((await store.listApiKeys(account.id))[0]!.lastUsedAt, usedAt, "last used never moves backwards");
        await store.authenticateKey(secret, new Date(usedAt.getTime() + 59_000));
        assert.deepEqual((await store.listApiKeys(account.id))[0]!.lastUsedAt, usedAt, "a use within the minute is not written again");
        const nextMinute = new Date(usedAt.getTime() + 60_000);
        assert.deepEqual((await store.authenticateKey(secret, nextMinute))?.key.lastUsedAt, nextMinute);
        assert.deepEqual((await store.listApiKeys(account.id))[0]!.lastUsedAt, nextMinute, "a use a minute later is");
        const later = new Date("2025-05-02T00:00:00Z");
        await store.authenticateKey(secret, later);
        assert.deepEqual((await store.listApiKeys(account.id))[0]!.lastUsedAt, later);
      });

      storeTest("a disabled key stops on the next call and works again when enabled; a deleted key stops for good", async (store) => {
        const { account, key, secret } = await accountWithKey(store);
        const other = await store.createApiKey(account.id);
        assert.equal(other.key.name, "default");
        assert.ok(await store.authenticateKey(secret));
        assert.equal((await store.setApiKeyDisabled(account.id, key.id, true)).disabled, true);
        assert.equal(await store.authenticateKey(secret), undefined);
        assert.ok(await store.authenticateKey(other.secret), "other keys are unaffected");
        await store.setApiKeyDisabled(account.id, key.id, false);
        assert.ok(await store.authenticateKey(secret));
        await store.deleteApiKey(account.id, key.id);
        assert.equal(await store.authenticateKey(secret), undefined);
        assert.deepEqual((await store.listApiKeys(account.id)).map((k) => k.id), [other.key.id]);
        await rejectsWith(store.deleteApiKey(account.id, key.id), "NOT_FOUND");
      });

      storeTest("only the owning account can disable or delete a key", async (store) => {
        const { key, secret } = await accountWithKey(store);
        const stranger = await store.createAccount({ email: freshEmail("stranger"), password: PASSWORD });
        await rejectsWith(store.setApiKeyDisabled(stranger.id, key.id, true), "NOT_FOUND");
        await rejectsWith(store.deleteApiKey(stranger.id, key.id), "NOT_FOUND");
        assert.ok(await store.authenticateKey(secret));
        await rejectsWith(store.createApiKey("no-such-account"), "NOT_FOUND");
        await rejectsWith(store.createApiKey(stranger.id, { name: "   " }), "USAGE", "name");
      });
    });

    describe("API key limit", { concurrency }, () => {
      storeTest("allows at most MAX_API_KEYS_PER_ACCOUNT keys, even created concurrently, and a deleted key frees its place", async (store, harness) => {
        const account = await store.createAccount({ email: freshEmail(), password: PASSWORD });
        const attempts = await Promise.allSettled(Array.from({ length: MAX_API_KEYS_PER_ACCOUNT + 5 }, (_, i) => store.createApiKey(account.id, { name: `k${i}` })));
        const created = attempts.filter((attempt) => attempt.status === "fulfilled");
        assert.equal(created.length, MAX_API_KEYS_PER_ACCOUNT);
        for (const attempt of attempts) {
          if (attempt.status === "rejected") {
            assert.ok(isPartforgeError(attempt.reason) && attempt.reason.code === "KEY_LIMIT", String(attempt.reason));
            assert.match(attempt.reason.message, /delete one/);
          }
        }
        assert.equal(Number((await harness.rawRows("SELECT count(*) AS n FROM api_keys"))[0]!.n), MAX_API_KEYS_PER_ACCOUNT);
        const [first] = await store.listApiKeys(account.id);
        await store.setApiKeyDisabled(account.id, first!.id, true);
        await rejectsWith(store.createApiKey(account.id), "KEY_LIMIT");
        await store.deleteApiKey(account.id, first!.id);
        assert.ok((await store.createApiKey(account.id)).secret);
        const other = await store.createAccount({ email: freshEmail(), password: PASSWORD });
        assert.ok((await store.createApiKey(other.id)).secret, "another account is not affected");
      });
    });

    describe("compute ledger", { concurrency }, () => {
      storeTest("records every run's slot time, failed runs included, and sums an account's since a time", async (store, harness) => {
        const { account, key } = await accountWithKey(store);
        const other = await store.createAccount({ email: freshEmail(), password: PASSWORD });
        const t0 = new Date("2025-07-01T12:00:00Z");
        const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
        const entry = await store.recordCompute({ accountId: account.id, keyId: key.id, kind: "build", outcome: "TIMEOUT", computeMs: 30_000.4, at: at(0) });
        assert.deepEqual(entry, { id: entry.id, accountId: account.id, keyId: key.id, clientAddress: null, modelId: null, kind: "build", outcome: "TIMEOUT", computeMs: 30_000, at: at(0) });
        await store.recordCompute({ accountId: account.id, kind: "describe", outcome: "ok", computeMs: 120, at: at(10) });
        await Promise.all(Array.from({ length: 10 }, (_, i) => store.recordCompute({ accountId: account.id, kind: "build", outcome: "ok", computeMs: 5, at: at(20 + i) })));
        await store.recordCompute({ accountId: other.id, kind: "build", outcome: "ok", computeMs: 999, at: at(30) });
        assert.deepEqual(await store.computeUsed({ accountId: account.id }, at(0)), { usedMs: 30_170, oldestAt: at(0) });
        assert.deepEqual(await store.computeUsed({ accountId: account.id }, at(5)), { usedMs: 170, oldestAt: at(10) });
        assert.deepEqual(await store.computeUsed({ accountId: account.id }, at(60)), { usedMs: 0, oldestAt: null });
        assert.deepEqual(await store.computeUsed({ accountId: other.id }, at(0)), { usedMs: 999, oldestAt: at(30) });
        assert.equal(Number((await harness.rawRows("SELECT count(*) AS n FROM compute_ledger"))[0]!.n), 13);
      });

      storeTest("reads an account's compute with its API key (one query on PostgreSQL), as computeUsed reads it", async (store) => {
        const { account, key, secret } = await accountWithKey(store);
        const t0 = new Date("2025-07-02T12:00:00Z");
        const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
        await store.recordCompute({ accountId: account.id, keyId: key.id, kind: "build", outcome: "ok", computeMs: 700, at: at(-300) });
        await store.recordCompute({ accountId: account.id, keyId: key.id, kind: "build", outcome: "ok", computeMs: 40, at: at(0.4) });
        await store.recordCompute({ accountId: account.id, kind: "describe", outcome: "ok", computeMs: 5, at: at(10) });
        const other = await accountWithKey(store);
        await store.recordCompute({ accountId: other.account.id, kind: "build", outcome: "ok", computeMs: 999, at: at(5) });
        // Windows on and off whole seconds, empty, and one before the buckets' horizon (from the ledger).
        for (const since of [at(0), at(0.2), at(0.5), at(5), at(60), at(-400)]) {
          const found = await store.authenticateKey(secret, at(30), { computeSince: since });
          assert.equal(found?.key.id, key.id);
          assert.deepEqual(found?.computeUse, await store.computeUsed({ accountId: account.id }, since), `since ${since.toISOString()}`);
        }
        assert.deepEqual((await store.authenticateKey(secret, at(30), { computeSince: at(0) }))?.computeUse, { usedMs: 45, oldestAt: at(0.4) });
        assert.deepEqual((await store.authenticateKey(other.secret, at(30), { computeSince: at(0) }))?.computeUse, { usedMs: 999, oldestAt: at(5) });
        assert.equal((await store.authenticateKey(secret, at(30)))?.computeUse, undefined, "read only when asked for");
        // The downloads left this month, with the compute, only when asked for; null when unlimited.
        const quota = await accountWithKey(store, 5);
        await store.chargeDownloads([download(quota.account.id, quota.key.id, at(1)), download(quota.account.id, null, at(2))]);
        await store.chargeDownloads([download(quota.account.id, quota.key.id, new Date("2025-06-30T23:59:59Z"))]);
        const reads = { computeSince: at(0), downloadsAt: at(30) };
        assert.equal((await store.authenticateKey(quota.secret, at(30), reads))?.remainingDownloads, 3);
        assert.equal((await store.authenticateKey(quota.secret, at(30), reads))?.remainingDownloads, await store.remainingDownloads(quota.account.id, at(30)));
        assert.equal((await store.authenticateKey(quota.secret, at(30), { computeSince: at(0) }))?.remainingDownloads, undefined, "read only when asked for");
        const unlimited = await store.createAccount({ email: freshEmail(), password: PASSWORD, plan: "enterprise" });
        const unlimitedKey = await store.createApiKey(unlimited.id);
        assert.equal((await store.authenticateKey(unlimitedKey.secret, at(30), reads))?.remainingDownloads, null, "unlimited");
        await rejectsWith(store.authenticateKey(secret, at(30), { downloadsAt: at(30) }), "USAGE", "downloadsAt");
        await store.setApiKeyDisabled(account.id, key.id, true);
        assert.equal(await store.authenticateKey(secret, at(30), { computeSince: at(0) }), undefined);
        await rejectsWith(store.authenticateKey(other.secret, at(30), { computeSince: new Date("garbage") }), "USAGE", "computeSince");
      });

      storeTest("charges an anonymous preview to its model's and its client address's anonymous budgets, never to the owner", async (store) => {
        const owner = await store.createAccount({ email: freshEmail(), password: PASSWORD });
        const { model } = await store.createModel({ ownerId: owner.id, name: "m", visibility: "public", script: "x", language: "ts", schema: {} });
        const { model: second } = await store.createModel({ ownerId: owner.id, name: "n", visibility: "public", script: "x", language: "ts", schema: {} });
        const since = new Date("2025-07-01T00:00:00Z");
        const at = new Date("2025-07-01T00:00:10Z");
        await store.recordCompute({ accountId: null, clientAddress: "203.0.113.7", modelId: model.id, kind: "preview", outcome: "ok", computeMs: 400, at });
        await store.recordCompute({ accountId: null, clientAddress: "203.0.113.7", modelId: second.id, kind: "preview", outcome: "GEOMETRY", computeMs: 100, at });
        await store.recordCompute({ accountId: null, clientAddress: "2001:db8::1", modelId: model.id, kind: "preview", outcome: "ok", computeMs: 50, at });
        await store.recordCompute({ accountId: owner.id, modelId: model.id, kind: "preview", outcome: "ok", computeMs: 7, at });
        assert.equal((await store.computeUsed({ anonymousModelId: model.id }, since)).usedMs, 450);
        assert.equal((await store.computeUsed({ anonymousClient: "203.0.113.7" }, since)).usedMs, 500);
        assert.equal((await store.computeUsed({ anonymousClient: "2001:db8::1" }, since)).usedMs, 50);
        assert.equal((await store.computeUsed({ accountId: owner.id }, since)).usedMs, 7, "the owner pays only for its own previews");
      });

      storeTest("refuses malformed compute charges and subjects, naming the field", async (store) => {
        const { account } = await accountWithKey(store);
        const base = { accountId: account.id, kind: "build" as const, outcome: "ok", computeMs: 1 };
        await rejectsWith(store.recordCompute({ ...base, computeMs: -1 }), "USAGE", "computeMs");
        await rejectsWith(store.recordCompute({ ...base, computeMs: Number.NaN }), "USAGE", "computeMs");
        await rejectsWith(store.recordCompute({ ...base, kind: "mining" as "build" }), "USAGE", "kind");
        await rejectsWith(store.recordCompute({ ...base, outcome: "" }), "USAGE", "outcome");
        await rejectsWith(store.recordCompute({ ...base, modelId: "NOT AN ID" }), "USAGE", "modelId");
        await rejectsWith(store.recordCompute({ ...base, accountId: null, modelId: "abcdefg" }), "USAGE", "accountId");
        await rejectsWith(store.recordCompute({ ...base, accountId: null, clientAddress: "x".repeat(65), modelId: "abcdefg" }), "USAGE", "clientAddress");
        await rejectsWith(store.computeUsed({ accountId: "" }, new Date()), "USAGE", "accountId");
        await rejectsWith(store.computeUsed({ anonymousModelId: "NOT AN ID" } as never, new Date()), "USAGE", "subject");
        await rejectsWith(store.computeUsed({ accountId: account.id }, new Date("garbage")), "USAGE", "since");
      });
    });

    describe("models", { concurrency }, () => {
      storeTest("gives 500 models distinct random ids of 7–9 lowercase letters and digits", async (store) => {
        const owner = await store.createAccount({ email: freshEmail(), password: PASSWORD });
        const created = await Promise.all(
          Array.from({ length: 500 }, (_, i) => store.createModel({ ownerId: owner.id, name: `m${i}`, visibility: "private", script: "x", language: "ts", schema: {} })),
        );
        const ids = created.map((m) => m.model.id);
        for (const id of ids) assert.match(id, MODEL_ID_PATTERN);
        assert.match(ids[0]!, /^[a-z0-9]{7,9}$/);
        assert.equal(new Set(ids).size, 500);
      });

      test("draws another id when the first one is taken", async () => {
        const harness = await makeHarness();
        try {
          const candidates = ["taken01", "taken01", "taken01", "fresh002"];
          const store = await harness.open({ newModelId: () => candidates.shift() ?? "unused99" });
          const owner = await store.createAccount({ email: freshEmail(), password: PASSWORD });
          const input = { ownerId: owner.id, name: "m", visibility: "public" as const, script: "x", language: "js" as const, schema: null };
          assert.equal((await store.createModel(input)).model.id, "taken01");
          assert.equal((await store.createModel(input)).model.id, "fresh002");
        } finally {
          await harness.dispose();
        }
      });

      storeTest("a new revision keeps the id, bumps the number and becomes what get returns", async (store) => {
        const owner = await store.createAccount({ email: freshEmail(), password: PASSWORD });
        const first = await store.createModel({ ownerId: owner.id, name: "Bracket", visibility: "public", script: "v1", language: "ts", schema: SCHEMA });
        assert.equal(first.model.latestRevision, 1);
        assert.equal(first.revision.revision, 1);
        const second = await store.addRevision(owner.id, first.model.id, { script: "v2", language: "js", schema: { b: 2 }, name: "Bracket 2" });
        assert.equal(second.model.id, first.model.id);
        assert.equal(second.model.latestRevision, 2);
        assert.equal(second.model.name, "Bracket 2");
        assert.equal(second.model.visibility, "public");
        assert.ok(second.model.updatedAt.getTime() >= first.model.updatedAt.getTime());

        const latest = await store.getModel(first.model.id, { viewerId: null });
        assert.equal(latest?.revision.revision, 2);
        assert.equal(latest?.revision.script, "v2");
        assert.equal(latest?.revision.language, "js");
        const old = await store.getModel(first.model.id, { viewerId: null, revision: 1 });
        assert.equal(old?.revision.script, "v1");
        assert.deepEqual(Object.keys(old?.revision.schema as object), ["parameters", "zeta", "alpha"], "schema key order survives");
        assert.deepEqual(old?.revision.schema, SCHEMA);
        assert.equal(await store.getModel(first.model.id, { viewerId: null, revision: 3 }), undefined);
        assert.equal(await store.getModel(first.model.id, { viewerId: null, revision: 0 }), undefined);
        await rejectsWith(store.getModel(first.model.id, { viewerId: null, revision: -1 }), "USAGE", "revision");

        const revisions = await Promise.all([3, 4, 5].map((n) => store.addRevision(owner.id, first.model.id, { script: `v${n}`, language: "ts", schema: {} })));
        assert.deepEqual(revisions.map((r) => r.revision.revision).sort(), [3, 4, 5], "concurrent revisions get consecutive numbers");
      });

      storeTest("a private model is invisible to other accounts and anonymous viewers, in get and in lists", async (store) => {
        const alice = await store.createAccount({ email: freshEmail("alice"), password: PASSWORD });
        const bob = await store.createAccount({ email: freshEmail("bob"), password: PASSWORD });
        const model = (ownerId: string, name: string, visibility: "public" | "private") =>
          store.createModel({ ownerId, name, visibility, script: "x", language: "ts", schema: {} });
        const secret = await model(alice.id, "alice private", "private");
        const shared = await model(alice.id, "alice public", "public");
        const bobs = await model(bob.id, "bob private", "private");

        assert.equal(await store.getModel(secret.model.id, { viewerId: bob.id }), undefined);
        assert.equal(await store.getModel(secret.model.id, { viewerId: null }), undefined);
        assert.equal((await store.getModel(secret.model.id, { viewerId: alice.id }))?.model.name, "alice private");
        assert.equal((await store.getModel(shared.model.id, { viewerId: bob.id }))?.model.name, "alice public");

        const names = async (viewerId: string | null) => (await store.listModels({ viewerId })).map((m) => m.name).sort();
        assert.deepEqual(await names(bob.id), ["alice public", "bob private"]);
        assert.deepEqual(await names(alice.id), ["alice private", "alice public"]);
        assert.deepEqual(await names(null), ["alice public"]);
        assert.deepEqual((await store.listModels(undefined as never)).map((m) => m.name), ["alice public"], "no listing means anonymous");
        assert.equal((await store.listModels({ viewerId: alice.id, limit: 1 })).length, 1);
        assert.equal((await store.listModels({ viewerId: alice.id, limit: 10, offset: 2 })).length, 0);

        await store.addRevision(bob.id, bobs.model.id, { script: "y", language: "ts", schema: {}, visibility: "public" });
        assert.deepEqual(await names(null), ["alice public", "bob private"], "a revision can publish a model");
        assert.equal(await store.getModel("nope", { viewerId: null }), undefined, "a malformed id is simply not found");
      });

      storeTest("only the owner revises or deletes a model; deleting removes it and its revisions", async (store, harness) => {
        const owner = await store.createAccount({ email: freshEmail(), password: PASSWORD });
        const other = await store.createAccount({ email: freshEmail(), password: PASSWORD });
        const { model } = await store.createModel({ ownerId: owner.id, name: "m", visibility: "public", script: "x", language: "ts", schema: {} });
        await store.addRevision(owner.id, model.id, { script: "x2", language: "ts", schema: {} });
        await rejectsWith(store.addRevision(other.id, model.id, { script: "evil", language: "ts", schema: {} }), "NOT_FOUND");
        await rejectsWith(store.deleteModel(other.id, model.id), "NOT_FOUND");
        await store.deleteModel(owner.id, model.id);
        assert.equal(await store.getModel(model.id, { viewerId: owner.id }), undefined);
        assert.deepEqual(await store.listModels({ viewerId: owner.id }), []);
        assert.deepEqual(await harness.rawRows("SELECT model_id FROM model_revisions"), []);
        await rejectsWith(store.deleteModel(owner.id, model.id), "NOT_FOUND");
        await rejectsWith(store.addRevision(owner.id, model.id, { script: "x3", language: "ts", schema: {} }), "NOT_FOUND");
      });

      storeTest("rejects bad model input with clear errors", async (store) => {
        const owner = await store.createAccount({ email: freshEmail(), password: PASSWORD });
        const base = { ownerId: owner.id, name: "m", visibility: "public" as const, script: "x", language: "ts" as const, schema: {} };
        await rejectsWith(store.createModel({ ...base, ownerId: "no-such-account" }), "NOT_FOUND");
        await rejectsWith(store.createModel({ ...base, name: " " }), "USAGE", "name");
        await rejectsWith(store.createModel({ ...base, visibility: "unlisted" as "public" }), "USAGE", "visibility");
        await rejectsWith(store.createModel({ ...base, language: "cobol" as "ts" }), "USAGE", "language");
        await rejectsWith(store.createModel({ ...base, script: "" }), "USAGE", "script");
        await rejectsWith(store.createModel({ ...base, schema: undefined }), "USAGE", "schema");
        await rejectsWith(store.createModel({ ...base, schema: { n: 1n } }), "USAGE", "schema");
        assert.deepEqual(await store.listModels({ viewerId: owner.id }), []);
      });
    });

    describe("usage ledger and quota", { concurrency }, () => {
      storeTest("with 5 downloads left, 15 concurrent charges give exactly 5 successes", async (store, harness) => {
        const { account, key } = await accountWithKey(store, 5);
        const at = new Date("2025-06-15T10:00:00Z");
        const results = await Promise.all(Array.from({ length: 15 }, () => store.chargeDownload(download(account.id, key.id, at))));
        assert.equal(successes(results), 5);
        assert.deepEqual(results.filter((r) => r.ok).map((r) => r.remaining).sort(), [0, 1, 2, 3, 4]);
        for (const result of results.filter((r) => !r.ok)) assert.deepEqual(result, { ok: false, remaining: 0 });
        assert.equal(await store.remainingDownloads(account.id, at), 0);
        assert.deepEqual(await harness.rawRows("SELECT count(*) AS n FROM usage_ledger").then((rows) => Number(rows[0]!.n)), 5);
      });

      test("two store instances on one database share the quota exactly, as two servers would", async () => {
        const harness = await makeHarness();
        try {
          const first = await harness.open();
          const second = await harness.open();
          const { account, key } = await accountWithKey(first, 5);
          assert.equal((await second.findAccountById(account.id))?.monthlyQuota, 5);
          const at = new Date("2025-06-15T10:00:00Z");
          const results = await Promise.all(Array.from({ length: 15 }, (_, i) => (i % 2 === 0 ? first : second).chargeDownload(download(account.id, key.id, at))));
          assert.equal(successes(results), 5);
          assert.equal(await second.remainingDownloads(account.id, at), 0);
        } finally {
          await harness.dispose();
        }
      });

      storeTest("an enterprise account is never refused and reports unlimited", async (store) => {
        const { account, key } = await accountWithKey(store, 1);
        await store.setPlan(account.email, "enterprise");
        const at = new Date("2025-06-15T10:00:00Z");
        const results = await Promise.all(Array.from({ length: 12 }, () => store.chargeDownload(download(account.id, key.id, at))));
        assert.equal(successes(results), 12);
        for (const result of results) assert.equal(result.remaining, null);
        assert.equal(await store.remainingDownloads(account.id, at), null);
        const summary = await store.usageSummary(account.id, at);
        assert.equal(summary.downloads, 12);
        assert.equal(summary.monthlyQuota, null);
        assert.equal(summary.remaining, null);
      });

      storeTest("last month's downloads do not count against this month (UTC months)", async (store) => {
        const { account, key } = await accountWithKey(store, 2);
        const lastInstantOfJanuary = new Date("2025-01-31T23:59:59.999Z");
        const firstInstantOfFebruary = new Date("2025-02-01T00:00:00.000Z");
        assert.equal((await store.chargeDownload(download(account.id, key.id, lastInstantOfJanuary))).ok, true);
        assert.equal((await store.chargeDownload(download(account.id, key.id, lastInstantOfJanuary))).ok, true);
        assert.equal((await store.chargeDownload(download(account.id, key.id, lastInstantOfJanuary))).ok, false);
        assert.equal(await store.remainingDownloads(account.id, firstInstantOfFebruary), 2);
        assert.deepEqual(await store.chargeDownload(download(account.id, key.id, firstInstantOfFebruary)).then((r) => r.remaining), 1);
        assert.equal(await store.remainingDownloads(account.id, new Date("2025-02-28T23:00:00Z")), 1);
        const summary = await store.usageSummary(account.id, firstInstantOfFebruary);
        assert.deepEqual([summary.periodStart, summary.periodEnd], [firstInstantOfFebruary, new Date("2025-03-01T00:00:00Z")]);
        assert.equal(summary.downloads, 1);
      });

      storeTest("setPlan with a custom quota takes effect on the next charge; quota 0 allows none", async (store) => {
        const { account, key } = await accountWithKey(store);
        const at = new Date("2025-07-04T00:00:00Z");
        assert.equal(await store.remainingDownloads(account.id, at), DEFAULT_MONTHLY_QUOTA);
        await store.chargeDownload(download(account.id, key.id, at));
        await store.setPlan(account.email, "evaluation", 3);
        assert.equal(await store.remainingDownloads(account.id, at), 2);
        const results = await Promise.all(Array.from({ length: 6 }, () => store.chargeDownload(download(account.id, key.id, at))));
        assert.equal(successes(results), 2);
        await store.setPlan(account.email, "evaluation", 0);
        assert.deepEqual(await store.chargeDownload(download(account.id, key.id, new Date("2025-08-01T00:00:00Z"))), { ok: false, remaining: 0 });
      });

      storeTest("counts downloads per model over all accounts, 0 for a model without any or not a model id", async (store) => {
        const { account, key } = await accountWithKey(store);
        const other = await accountWithKey(store);
        const create = async (name: string) => (await store.createModel({ ownerId: account.id, name, visibility: "public", script: "x", language: "ts", schema: {} })).model.id;
        const [busy, quiet] = [await create("busy"), await create("quiet")];
        const at = new Date("2025-10-01T10:00:00Z");
        await store.chargeDownload(download(account.id, key.id, at, { modelId: busy, scriptHash: undefined }));
        await store.chargeDownload(download(other.account.id, other.key.id, at, { modelId: busy, scriptHash: undefined }));
        await store.chargeDownload(download(account.id, key.id, at));
        const counts = await store.downloadCounts([busy, quiet, "nosuchid1", "NOT AN ID"]);
        assert.deepEqual([...counts], [[busy, 2], [quiet, 0], ["nosuchid1", 0], ["NOT AN ID", 0]]);
        assert.deepEqual([...(await store.downloadCounts([]))], []);
        await assert.rejects(store.downloadCounts("x" as never), { code: "USAGE" });
      });

      storeTest("ledger rows record exactly the charged downloads, newest first in the summary", async (store, harness) => {
        const { account, key } = await accountWithKey(store, 2);
        const owner = await store.createModel({ ownerId: account.id, name: "m", visibility: "public", script: "x", language: "ts", schema: {} });
        const t1 = new Date("2025-09-01T10:00:00Z");
        const t2 = new Date("2025-09-01T11:00:00Z");
        const first = await store.chargeDownload({ accountId: account.id, keyId: key.id, modelId: owner.model.id, type: "step", bytes: 12_345, buildMs: 250, cacheHit: false, at: t1 });
        const second = await store.chargeDownload({ accountId: account.id, keyId: null, scriptHash: "f".repeat(64), type: "3mf", bytes: 99, buildMs: 0.4, cacheHit: true, at: t2 });
        const refused = await store.chargeDownload({ accountId: account.id, keyId: key.id, modelId: owner.model.id, type: "stl", bytes: 1, buildMs: 1, cacheHit: false, at: t2 });
        assert.ok(first.ok && second.ok && !refused.ok);
        assert.deepEqual(first.entry, { id: first.entry.id, accountId: account.id, keyId: key.id, modelId: owner.model.id, scriptHash: null, type: "STEP", bytes: 12_345, buildMs: 250, cacheHit: false, at: t1 });
        const summary = await store.usageSummary(account.id, t2);
        assert.equal(summary.downloads, 2);
        assert.equal(summary.monthlyQuota, 2);
        assert.equal(summary.remaining, 0);
        assert.deepEqual(summary.recent, [second.entry, first.entry]);
        assert.equal(second.entry.buildMs, 0);
        assert.equal(second.entry.cacheHit, true);
        assert.equal(Number((await harness.rawRows("SELECT count(*) AS n FROM usage_ledger"))[0]!.n), 2);
        assert.deepEqual((await store.usageSummary(account.id, t2, { recentLimit: 1 })).recent, [second.entry]);
      });

      storeTest("refuses malformed charges and unknown accounts with clear errors", async (store) => {
        const { account, key } = await accountWithKey(store, 5);
        const at = new Date("2025-06-15T10:00:00Z");
        const base = download(account.id, key.id, at);
        await rejectsWith(store.chargeDownload({ ...base, modelId: "abcdefg" }), "USAGE", "modelId");
        await rejectsWith(store.chargeDownload({ ...base, scriptHash: undefined }), "USAGE", "modelId");
        await rejectsWith(store.chargeDownload({ ...base, scriptHash: undefined, modelId: "NOT AN ID" }), "USAGE", "modelId");
        await rejectsWith(store.chargeDownload({ ...base, bytes: -1 }), "USAGE", "bytes");
        await rejectsWith(store.chargeDownload({ ...base, buildMs: Number.NaN }), "USAGE", "buildMs");
        await rejectsWith(store.chargeDownload({ ...base, type: "" }), "USAGE", "type");
        await rejectsWith(store.chargeDownload({ ...base, at: new Date("garbage") }), "USAGE", "at");
        await rejectsWith(store.chargeDownload({ ...base, accountId: "no-such-account" }), "NOT_FOUND");
        await rejectsWith(store.remainingDownloads("no-such-account"), "NOT_FOUND");
        await rejectsWith(store.usageSummary(""), "USAGE", "accountId");
        assert.equal(await store.remainingDownloads(account.id, at), 5, "nothing was charged");
      });
    });

    describe("charging several downloads at once", { concurrency }, () => {
      storeTest("charges all of them or none: with 5 left, concurrent charges of 3 and 3 give one success and 2 left", async (store, harness) => {
        const { account, key } = await accountWithKey(store, 5);
        const at = new Date("2025-06-15T10:00:00Z");
        const three = () => store.chargeDownloads([0, 1, 2].map((i) => download(account.id, key.id, at, { bytes: 10 + i })));
        const results = await Promise.all([three(), three()]);
        const [won, lost] = results[0]!.ok ? [results[0]!, results[1]!] : [results[1]!, results[0]!];
        assert.ok(won.ok && !lost.ok);
        assert.equal(won.remaining, 2);
        assert.deepEqual(won.entries.map((entry) => entry.bytes), [10, 11, 12]);
        assert.deepEqual(lost, { ok: false, remaining: 2 }, "a refusal says how many are left");
        assert.equal(await store.remainingDownloads(account.id, at), 2);
        assert.equal(Number((await harness.rawRows("SELECT count(*) AS n FROM usage_ledger"))[0]!.n), 3);
        const exact = await store.chargeDownloads([download(account.id, key.id, at), download(account.id, null, at)]);
        assert.ok(exact.ok);
        assert.equal(exact.remaining, 0);
      });

      storeTest("never charges an unlimited account's downloads against anything, and reports unlimited", async (store) => {
        const { account, key } = await accountWithKey(store, 1);
        await store.setPlan(account.email, "enterprise");
        const result = await store.chargeDownloads(Array.from({ length: 4 }, () => download(account.id, key.id, new Date())));
        assert.ok(result.ok);
        assert.equal(result.remaining, null);
        assert.equal(result.entries.length, 4);
      });

      storeTest("refuses an empty list, mixed accounts, mixed months and a malformed charge, charging nothing", async (store) => {
        const { account, key } = await accountWithKey(store, 5);
        const other = await accountWithKey(store, 5);
        const at = new Date("2025-06-15T10:00:00Z");
        await rejectsWith(store.chargeDownloads([]), "USAGE", "charges");
        await rejectsWith(store.chargeDownloads("x" as never), "USAGE", "charges");
        await rejectsWith(store.chargeDownloads([download(account.id, key.id, at), download(other.account.id, other.key.id, at)]), "USAGE", "accountId");
        await rejectsWith(store.chargeDownloads([download(account.id, key.id, at), download(account.id, key.id, new Date("2025-07-01T00:00:00Z"))]), "USAGE", "at");
        await rejectsWith(store.chargeDownloads([download(account.id, key.id, at), { ...download(account.id, key.id, at), bytes: -1 }]), "USAGE", "bytes");
        await rejectsWith(store.chargeDownloads([download("no-such-account", null, at)]), "NOT_FOUND");
        assert.equal(await store.remainingDownloads(account.id, at), 5, "nothing was charged");
      });
    });

    describe("a run's compute charged with the download of its file", { concurrency }, () => {
      const computeOf = (accountId: string, keyId: string | null, at: Date) => ({ accountId, keyId, kind: "build" as const, outcome: "ok", computeMs: 40, at });
      const computeRows = async (harness: StoreHarness) => Number((await harness.rawRows("SELECT count(*) AS n FROM compute_ledger"))[0]!.n);

      storeTest("writes the compute entry, then the download: both written, what is left reported", async (store) => {
        const { account, key } = await accountWithKey(store, 2);
        const at = new Date("2025-06-15T10:00:00Z");
        const { entry, charge } = await store.recordComputeThenCharge(computeOf(account.id, key.id, at), [download(account.id, key.id, at)]);
        assert.deepEqual(entry, { id: entry.id, accountId: account.id, keyId: key.id, clientAddress: null, modelId: null, kind: "build", outcome: "ok", computeMs: 40, at });
        assert.ok(charge.status === "fulfilled" && charge.value.ok);
        assert.equal(charge.value.remaining, 1);
        assert.equal(charge.value.entries.length, 1);
        assert.equal((await store.computeUsed({ accountId: account.id }, at)).usedMs, 40);
        assert.equal(await store.remainingDownloads(account.id, at), 1);
      });

      storeTest("keeps the compute entry when the download is refused (quota) or fails (no such account, a malformed charge), as two writes would", async (store, harness) => {
        const { account, key } = await accountWithKey(store, 0);
        const at = new Date("2025-06-15T10:00:00Z");
        const refused = await store.recordComputeThenCharge(computeOf(account.id, key.id, at), [download(account.id, key.id, at)]);
        assert.deepEqual(refused.charge, { status: "fulfilled", value: { ok: false, remaining: 0 } });
        const malformed = await store.recordComputeThenCharge(computeOf(account.id, key.id, at), [{ ...download(account.id, key.id, at), bytes: -1 }]);
        assert.ok(malformed.charge.status === "rejected");
        await rejectsWith(Promise.reject(malformed.charge.reason), "USAGE", "bytes");
        const none = await store.recordComputeThenCharge(computeOf(account.id, key.id, at), []);
        assert.ok(none.charge.status === "rejected");
        await rejectsWith(Promise.reject(none.charge.reason), "USAGE", "charges");
        const other = await accountWithKey(store);
        const missing = await store.recordComputeThenCharge(computeOf(other.account.id, null, at), [download("no-such-account", null, at)]);
        assert.ok(missing.charge.status === "rejected");
        await rejectsWith(Promise.reject(missing.charge.reason), "NOT_FOUND");
        assert.equal(await computeRows(harness), 4, "every compute entry stands");
        assert.equal(Number((await harness.rawRows("SELECT count(*) AS n FROM usage_ledger"))[0]!.n), 0, "no download was charged");
      });

      storeTest("charges nothing when the compute charge is refused", async (store, harness) => {
        const { account, key } = await accountWithKey(store, 5);
        const at = new Date("2025-06-15T10:00:00Z");
        await rejectsWith(store.recordComputeThenCharge({ ...computeOf(account.id, key.id, at), computeMs: -1 }, [download(account.id, key.id, at)]), "USAGE", "computeMs");
        await assert.rejects(store.recordComputeThenCharge(computeOf("no-such-account", null, at), [download(account.id, key.id, at)]), "a compute entry of no account fails (foreign key)");
        assert.equal(await computeRows(harness), 0);
        assert.equal(await store.remainingDownloads(account.id, at), 5, "nothing was charged");
      });

      storeTest("tells the downloads left from an account just read, without reading it again", async (store) => {
        const { account, key } = await accountWithKey(store, 3);
        const at = new Date("2025-06-15T10:00:00Z");
        await store.chargeDownload(download(account.id, key.id, at));
        assert.equal(await store.remainingDownloads(account, at), 2);
        assert.equal(await store.remainingDownloads({ ...account, monthlyQuota: null }, at), null, "the quota is the given account's");
        await rejectsWith(store.remainingDownloads({ ...account, id: "" }, at), "USAGE", "accountId");
      });
    });

    describe("migrations and restarts", { concurrency }, () => {
      storeTest("reopening the same database applies no migration twice and keeps every record", async (first, harness) => {
        const { account, key, secret } = await accountWithKey(first, 3);
        const { model } = await first.createModel({ ownerId: account.id, name: "kept", visibility: "private", script: "x", language: "ts", schema: SCHEMA });
        await first.chargeDownload(download(account.id, key.id, new Date()));
        const migrationsBefore = await harness.rawRows("SELECT version, name, applied_at FROM schema_migrations ORDER BY version");
        assert.deepEqual(migrationsBefore.map((row) => Number(row.version)), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
        await first.close();

        const reopened = await harness.open();
        assert.deepEqual(await harness.rawRows("SELECT version, name, applied_at FROM schema_migrations ORDER BY version"), migrationsBefore);
        assert.deepEqual(await reopened.verifyPassword(account.email, PASSWORD), account);
        assert.equal((await reopened.authenticateKey(secret))?.key.id, key.id);
        assert.deepEqual((await reopened.getModel(model.id, { viewerId: account.id }))?.revision.schema, SCHEMA);
        assert.equal(await reopened.remainingDownloads(account.id), 2);
      });

      test("a newer app migrates an older database forward, keeps its data and names its accounts by their ids", async () => {
        const harness = await makeHarness();
        try {
          const old = await harness.open({ migrateUpTo: 1 });
          // Rows as the version-1 app wrote them; the last two share their first 8 hex digits.
          const created = old.dialect === "sqlite" ? "1764000000000" : "'2025-11-24T16:00:00Z'";
          const ids = ["0a1b2c3d-0000-4000-8000-000000000001", "feedbeef-1111-4000-8000-000000000002", "feedbeef-2222-4000-8000-000000000003"];
          for (const [index, id] of ids.entries()) {
            await harness.rawExec(
              `INSERT INTO accounts (id, email, password_hash, plan, monthly_quota, created_at) VALUES ('${id}', 'old${index}@example.com', 'x', 'evaluation', 100, ${created})`,
            );
          }
          assert.deepEqual((await harness.rawRows("SELECT version FROM schema_migrations")).map((row) => Number(row.version)), [1]);
          await old.close();

          const current = await harness.open();
          assert.deepEqual((await harness.rawRows("SELECT version FROM schema_migrations ORDER BY version")).map((row) => Number(row.version)), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
          const account = await current.findAccountById(ids[0]!);
          assert.equal(account?.email, "old0@example.com");
          assert.equal(account?.createdAt.getTime(), Date.parse("2025-11-24T16:00:00Z"));
          assert.equal(account?.displayName, "maker-0a1b2c3d");
          // Two that share the first 8 hex digits are told apart by all 32 of them.
          assert.equal((await current.findAccountById(ids[1]!))?.displayName, `maker-${ids[1]!.replace(/-/g, "")}`);
          assert.equal((await current.findAccountById(ids[2]!))?.displayName, `maker-${ids[2]!.replace(/-/g, "")}`);
          await rejectsWith(current.setDisplayName(ids[1]!, "MAKER-0A1B2C3D"), "CONFLICT", "displayName");
          const { model } = await current.createModel({ ownerId: ids[0]!, name: "m", visibility: "public", script: "x", language: "ts", schema: {} });
          assert.equal((await current.chargeDownload(download(ids[0]!, null, new Date(), { scriptHash: undefined, modelId: model.id }))).ok, true);
        } finally {
          await harness.dispose();
        }
      });

      test("version 7 lets revisions be Python and keeps every model, revision, index and foreign key of a version-6 database", async () => {
        const harness = await makeHarness();
        try {
          const old = await harness.open({ migrateUpTo: 6 });
          const owner = await old.createAccount({ email: freshEmail(), password: PASSWORD });
          const other = await old.createAccount({ email: freshEmail(), password: PASSWORD });
          const bracket = await old.createModel({ ownerId: owner.id, name: "Bracket", visibility: "public", script: "export const v = 1;", language: "ts", schema: SCHEMA });
          await old.addRevision(owner.id, bracket.model.id, { script: "exports.v = 2;", language: "js", schema: { parameters: [] } });
          const plate = await old.createModel({ ownerId: owner.id, name: "Plate", visibility: "private", script: "exports.plate = 1;", language: "js", schema: {} });
          const knob = await old.createModel({ ownerId: other.id, name: "Knob", visibility: "public", script: "export const knob = 1;", language: "ts", schema: SCHEMA });
          await old.chargeDownload(download(owner.id, null, new Date(), { scriptHash: undefined, modelId: bracket.model.id }));
          const created = old.dialect === "sqlite" ? String(Date.parse("2025-11-24T16:00:00Z")) : "'2025-11-24T16:00:00Z'";
          const rawRevision = (language: string, revision: number) =>
            `INSERT INTO model_revisions (model_id, revision, script, language, schema_json, created_at) VALUES ('${plate.model.id}', ${revision}, 'x', '${language}', '{}', ${created})`;
          await assert.rejects(harness.rawExec(rawRevision("py", 2)), "version 6 refuses a Python revision");
          const revisions = "SELECT model_id, revision, script, language, schema_json, created_at FROM model_revisions ORDER BY model_id, revision";
          const models = "SELECT * FROM models ORDER BY id";
          // Every schema object but the rebuilt table (SQLite) or its language check (PostgreSQL).
          const schemaObjects =
            old.dialect === "sqlite"
              ? "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE tbl_name <> 'model_revisions' ORDER BY name"
              : `SELECT c.relname AS table_name, k.conname, pg_get_constraintdef(k.oid) AS definition FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
                   WHERE c.relnamespace = current_schema()::regnamespace AND k.conname <> 'model_revisions_language_check'
                 UNION ALL SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1, 2, 3`;
          const before = { revisions: await harness.rawRows(revisions), models: await harness.rawRows(models), schema: await harness.rawRows(schemaObjects) };
          assert.equal(before.revisions.length, 4);
          await old.close();

          const current = await harness.open({ migrateUpTo: 7 });
          assert.deepEqual((await harness.rawRows("SELECT version FROM schema_migrations ORDER BY version")).map((row) => Number(row.version)), [1, 2, 3, 4, 5, 6, 7]);
          assert.deepEqual(await harness.rawRows(revisions), before.revisions, "every revision kept, byte for byte");
          assert.deepEqual(await harness.rawRows(models), before.models);
          assert.deepEqual(await harness.rawRows(schemaObjects), before.schema, "the other tables, indexes and constraints are untouched");
          if (current.dialect === "sqlite") {
            const foreignKeys = await harness.rawRows("SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('model_revisions')");
            assert.deepEqual(foreignKeys, [{ table: "models", from: "model_id", to: "id", on_delete: "CASCADE" }]);
            assert.deepEqual(await harness.rawRows("SELECT origin FROM pragma_index_list('model_revisions')"), [{ origin: "pk" }]);
            assert.deepEqual(await harness.rawRows("SELECT * FROM pragma_foreign_key_check"), []);
            assert.match(String((await harness.rawRows("SELECT sql FROM sqlite_schema WHERE name = 'model_revisions'"))[0]?.sql), /\) STRICT$/);
          }
          const read = await current.getModel(bracket.model.id, { viewerId: null });
          assert.deepEqual([read?.revision.revision, read?.revision.language, read?.revision.script], [2, "js", "exports.v = 2;"]);
          assert.deepEqual((await current.getModel(bracket.model.id, { viewerId: null, revision: 1 }))?.revision.schema, SCHEMA);
          assert.equal((await current.getModel(knob.model.id, { viewerId: null }))?.revision.language, "ts");
          assert.equal(await current.remainingDownloads(owner.id), DEFAULT_MONTHLY_QUOTA - 1);

          const python = await current.createModel({ ownerId: owner.id, name: "Spacer", visibility: "public", script: "show_object(cq.Workplane().box(1, 2, 3))\n", language: "py", schema: {} });
          assert.equal((await current.getModel(python.model.id, { viewerId: null }))?.revision.language, "py");
          const revised = await current.addRevision(owner.id, bracket.model.id, { script: "x = 1\n", language: "py", schema: {} });
          assert.deepEqual([revised.revision.revision, revised.revision.language], [3, "py"]);
          await harness.rawExec(rawRevision("py", 2));
          await assert.rejects(harness.rawExec(rawRevision("cobol", 3)), "the language check still refuses other languages");

          // The foreign key still cascades: deleting a model deletes its revisions, and only those.
          await current.deleteModel(owner.id, bracket.model.id);
          const left = await harness.rawRows(revisions);
          assert.deepEqual(left.map((row) => `${String(row.model_id)}@${Number(row.revision)}`).sort(), [`${knob.model.id}@1`, `${plate.model.id}@1`, `${plate.model.id}@2`, `${python.model.id}@1`].sort());
        } finally {
          await harness.dispose();
        }
      });

      test("version 8 carries compute_ms in the compute ledger's indexes and keeps every entry and sum of a version-7 database", async () => {
        const harness = await makeHarness();
        try {
          const old = await harness.open({ migrateUpTo: 7 });
          const payer = await old.createAccount({ email: freshEmail(), password: PASSWORD });
          const model = await old.createModel({ ownerId: payer.id, name: "Ledger", visibility: "public", script: "export const v = 1;", language: "ts", schema: SCHEMA });
          const since = new Date("2025-06-15T10:00:00Z");
          const at = (seconds: number) => new Date(since.getTime() + seconds * 1000);
          const subjects = [{ accountId: payer.id }, { anonymousModelId: model.model.id }, { anonymousClient: "192.0.2.7" }] as const;
          for (let i = 0; i < 30; i++) {
            await old.recordCompute({ accountId: payer.id, kind: "build", outcome: "ok", computeMs: 10 + i, at: at(i) });
            await old.recordCompute({ accountId: null, clientAddress: "192.0.2.7", modelId: model.model.id, kind: "preview", outcome: "ok", computeMs: 3, at: at(i) });
          }
          const sums = async (store: Store) => Promise.all(subjects.map((subject) => store.computeUsed(subject, at(5))));
          const before = await sums(old);
          const ledger = "SELECT account_id, client_address, model_id, kind, outcome, compute_ms, at FROM compute_ledger ORDER BY id";
          const entries = await harness.rawRows(ledger);
          assert.equal(entries.length, 60);
          await old.close();

          const current = await harness.open();
          assert.deepEqual((await harness.rawRows("SELECT version FROM schema_migrations ORDER BY version")).map((row) => Number(row.version)), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
          assert.deepEqual(await harness.rawRows(ledger), entries, "every entry kept");
          assert.deepEqual(await sums(current), before);
          assert.deepEqual(before.map((use) => use.usedMs), [675, 75, 75], "10 + i ms for i = 5…29; 25 previews of 3 ms");
          const indexes =
            current.dialect === "sqlite"
              ? "SELECT name, sql AS definition FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'compute_ledger' ORDER BY name"
              : "SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'compute_ledger' AND indexname <> 'compute_ledger_pkey' ORDER BY indexname";
          const found = await harness.rawRows(indexes);
          assert.deepEqual(found.map((row) => row.name), ["compute_anonymous_by_client", "compute_anonymous_by_model", "compute_by_account_time"]);
          for (const row of found) assert.match(String(row.definition), /compute_ms/, String(row.name));
          await current.recordCompute({ accountId: payer.id, kind: "build", outcome: "ok", computeMs: 1, at: at(40) });
          assert.equal((await current.computeUsed({ accountId: payer.id }, at(5))).usedMs, before[0]!.usedMs + 1);
        } finally {
          await harness.dispose();
        }
      });
    });
  });
}
