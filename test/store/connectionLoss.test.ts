/**
 * A PostgreSQL connection lost at each point of every store transaction and write: the store
 * answers STORE_UNAVAILABLE (never a crash of the process, never a half-done change), the data
 * equals what the caller was told succeeded, and the next call works on a fresh connection.
 * SQLite's "database is locked" (past the busy timeout) is the same kind of fault.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import DatabaseConstructor from "better-sqlite3";
import { isPartforgeError } from "../../src/shared/errors.ts";
import { openPostgresStore, openSqliteStore, type Store } from "../../src/store/index.ts";
import { isPostgresFault, isSqliteFault } from "../../src/store/storeFault.ts";
import { openDatabase, statement } from "../../src/store/sqlite/sqliteHandles.ts";
import { FAST_PASSWORD_HASHING } from "./contract.ts";
import { createFaultFixture, postgresUnavailable, trapCrashes, type FaultFixture, type Pin } from "./pgFaults.ts";

const SCHEMA = { parameters: [] };
const SCRIPT = "export function build() {}";

function isStoreUnavailable(error: unknown): boolean {
  assert.ok(isPartforgeError(error), `expected STORE_UNAVAILABLE, got ${String(error)}`);
  assert.equal(error.code, "STORE_UNAVAILABLE", error.message);
  assert.equal(error.httpStatus, 503);
  assert.match(error.message, /retry/);
  assert.doesNotMatch(error.message, /127\.0\.0\.1|administrator|terminat/, "the client message carries no host or driver details");
  return true;
}

interface Context {
  store: Store;
  fixture: FaultFixture;
  accountId: string;
  email: string;
}

interface FaultCase {
  operation: string;
  /** Where the store is stopped before its connection is terminated. */
  pins: Array<{ at: string; pin: (ctx: Context, prepared: Prepared) => Pin }>;
  prepare?(ctx: Context): Promise<Prepared>;
  run(ctx: Context, prepared: Prepared): Promise<unknown>;
  /** The state the operation changes, read behind the store's back. */
  state(ctx: Context, prepared: Prepared): Promise<unknown>;
}

type Prepared = Record<string, string>;

const accountRowLock = (ctx: Context): Pin => ({ lockSql: "SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE", values: [ctx.accountId] });

const CASES: FaultCase[] = [
  {
    operation: "charging a download",
    pins: [
      { at: "waiting for the account's row lock", pin: accountRowLock },
      { at: "counting the month's downloads", pin: () => ({ lockSql: "LOCK TABLE usage_ledger IN ACCESS EXCLUSIVE MODE" }) },
      { at: "inserting the ledger row", pin: () => ({ write: "INSERT usage_ledger" }) },
      { at: "committing", pin: () => "commit" },
    ],
    run: ({ store, accountId }) => store.chargeDownload({ accountId, keyId: null, scriptHash: "abc", type: "STL", bytes: 10, buildMs: 1, cacheHit: false }),
    state: ({ fixture }) => fixture.count("SELECT count(*) FROM usage_ledger"),
  },
  {
    operation: "logging in (creating a session)",
    pins: [
      { at: "deleting expired sessions", pin: () => ({ write: "DELETE sessions" }) },
      { at: "inserting the session", pin: () => ({ write: "INSERT sessions" }) },
      { at: "committing", pin: () => "commit" },
    ],
    run: ({ store, accountId }) => store.createSession(accountId),
    state: ({ fixture }) => fixture.count("SELECT count(*) FROM sessions"),
  },
  {
    operation: "creating a model",
    pins: [
      { at: "inserting the model", pin: () => ({ write: "INSERT models" }) },
      { at: "inserting its first revision", pin: () => ({ write: "INSERT model_revisions" }) },
      { at: "committing", pin: () => "commit" },
    ],
    run: ({ store, accountId }) => store.createModel({ ownerId: accountId, name: "M", visibility: "public", script: SCRIPT, language: "js", schema: SCHEMA }),
    state: async ({ fixture }) => [await fixture.count("SELECT count(*) FROM models"), await fixture.count("SELECT count(*) FROM model_revisions")],
  },
  {
    operation: "revising a model",
    async prepare({ store, accountId }) {
      const { model } = await store.createModel({ ownerId: accountId, name: "M", visibility: "public", script: SCRIPT, language: "js", schema: SCHEMA });
      return { modelId: model.id };
    },
    pins: [
      { at: "waiting for the model's row lock", pin: (_ctx, { modelId }) => ({ lockSql: "SELECT 1 FROM models WHERE id = $1 FOR UPDATE", values: [modelId] }) },
      { at: "bumping the revision number", pin: () => ({ write: "UPDATE models" }) },
      { at: "inserting the revision", pin: () => ({ write: "INSERT model_revisions" }) },
      { at: "committing", pin: () => "commit" },
    ],
    run: ({ store, accountId }, { modelId }) => store.addRevision(accountId, modelId!, { script: SCRIPT, language: "js", schema: SCHEMA }),
    state: async ({ fixture }, { modelId }) => [
      await fixture.count("SELECT latest_revision FROM models WHERE id = $1", [modelId]),
      await fixture.count("SELECT count(*) FROM model_revisions WHERE model_id = $1", [modelId]),
    ],
  },
  {
    operation: "deleting a model",
    async prepare({ store, accountId }) {
      const { model } = await store.createModel({ ownerId: accountId, name: "M", visibility: "public", script: SCRIPT, language: "js", schema: SCHEMA });
      return { modelId: model.id };
    },
    pins: [
      { at: "deleting", pin: () => ({ write: "DELETE models" }) },
      { at: "committing", pin: () => "commit" },
    ],
    run: ({ store, accountId }, { modelId }) => store.deleteModel(accountId, modelId!),
    state: ({ fixture }, { modelId }) => fixture.count("SELECT count(*) FROM models WHERE id = $1", [modelId]),
  },
  {
    operation: "creating an API key",
    pins: [
      { at: "inserting the key", pin: () => ({ write: "INSERT api_keys" }) },
      { at: "committing", pin: () => "commit" },
    ],
    run: ({ store, accountId }) => store.createApiKey(accountId),
    state: ({ fixture }) => fixture.count("SELECT count(*) FROM api_keys"),
  },
  {
    operation: "disabling an API key",
    async prepare({ store, accountId }) {
      return { keyId: (await store.createApiKey(accountId)).key.id };
    },
    pins: [
      { at: "updating the key", pin: () => ({ write: "UPDATE api_keys" }) },
      { at: "committing", pin: () => "commit" },
    ],
    run: ({ store, accountId }, { keyId }) => store.setApiKeyDisabled(accountId, keyId!, true),
    state: ({ fixture }, { keyId }) => fixture.count("SELECT count(*) FROM api_keys WHERE id = $1 AND disabled", [keyId]),
  },
  {
    operation: "deleting an API key",
    async prepare({ store, accountId }) {
      return { keyId: (await store.createApiKey(accountId)).key.id };
    },
    pins: [{ at: "deleting the key", pin: () => ({ write: "DELETE api_keys" }) }],
    run: ({ store, accountId }, { keyId }) => store.deleteApiKey(accountId, keyId!),
    state: ({ fixture }, { keyId }) => fixture.count("SELECT count(*) FROM api_keys WHERE id = $1", [keyId]),
  },
  {
    operation: "authenticating an API key",
    async prepare({ store, accountId }) {
      return { secret: (await store.createApiKey(accountId)).secret };
    },
    // Marking it used is written after the call returns, and its loss fails nothing (see below).
    pins: [{ at: "looking the key up", pin: () => ({ lockSql: "LOCK TABLE api_keys IN ACCESS EXCLUSIVE MODE" }) }],
    async run({ store, accountId }, { secret }) {
      await store.authenticateKey(secret!, new Date(Date.now() + 3_600_000));
      // The last use is written after the call returns; listing the keys waits for it.
      await store.listApiKeys(accountId);
    },
    state: ({ fixture }) => fixture.count("SELECT count(*) FROM api_keys WHERE last_used_at IS NOT NULL"),
  },
  {
    operation: "changing a plan",
    pins: [{ at: "updating the account", pin: () => ({ write: "UPDATE accounts" }) }],
    run: ({ store, email }) => store.setPlan(email, "enterprise"),
    state: ({ fixture }) => fixture.count("SELECT count(*) FROM accounts WHERE plan = 'enterprise'"),
  },
  {
    operation: "creating an account",
    pins: [{ at: "inserting the account", pin: () => ({ write: "INSERT accounts" }) }],
    run: ({ store }) => store.createAccount({ email: `new-${Math.random().toString(36).slice(2)}@example.com`, password: "correct horse" }),
    state: ({ fixture }) => fixture.count("SELECT count(*) FROM accounts"),
  },
];

const skip = await postgresUnavailable();

describe("a PostgreSQL connection lost mid-operation", { skip }, () => {
  let fixture: FaultFixture;
  let store: Store;
  let crashTrap: ReturnType<typeof trapCrashes>;

  before(async () => {
    crashTrap = trapCrashes();
    fixture = await createFaultFixture(async (url, schema) => {
      store = await openPostgresStore({ connectionString: url, schema, passwordHashing: FAST_PASSWORD_HASHING, maxConnections: 4 });
    });
  });

  after(async () => {
    await store?.close();
    await fixture?.dispose();
    crashTrap?.release();
  });

  for (const faultCase of CASES) {
    for (const { at, pin } of faultCase.pins) {
      it(`${faultCase.operation}, lost while ${at}: answers STORE_UNAVAILABLE, changes nothing, and the retry succeeds once`, async () => {
        const email = `owner-${Math.random().toString(36).slice(2)}@example.com`;
        const account = await store.createAccount({ email, password: "correct horse" });
        const ctx: Context = { store, fixture, accountId: account.id, email };
        const prepared = (await faultCase.prepare?.(ctx)) ?? {};
        const before = await faultCase.state(ctx, prepared);

        const release = await fixture.hold(pin(ctx, prepared));
        const attempt = faultCase.run(ctx, prepared).then(
          () => ({ ok: true as const }),
          (error: unknown) => ({ ok: false as const, error }),
        );
        try {
          await fixture.waitUntilPinned();
          assert.ok((await fixture.terminateStoreConnections()) >= 1);
        } finally {
          await release();
        }
        const outcome = await attempt;
        assert.equal(outcome.ok, false, "the operation reported success although its connection was lost before it finished");
        if (!outcome.ok) isStoreUnavailable(outcome.error);
        assert.deepEqual(await faultCase.state(ctx, prepared), before, "a failed operation left a change behind");
        assert.deepEqual(crashTrap.crashes, [], "an error escaped to the process");

        // The pool reconnects by itself: the same call now succeeds, and changes the state once.
        await faultCase.run(ctx, prepared);
        assert.notDeepEqual(await faultCase.state(ctx, prepared), before);
        assert.deepEqual(crashTrap.crashes, []);
      });
    }
  }

  it("authenticates a key whose last use cannot be written (the connection lost while marking it used): the loss is logged, and the next use writes it", async () => {
    const logged: string[] = [];
    const logging = await openPostgresStore({ connectionString: fixture.storeUrl, schema: fixture.schema, passwordHashing: FAST_PASSWORD_HASHING, maxConnections: 2, log: (_level, message) => logged.push(message) });
    try {
      const account = await logging.createAccount({ email: `user-${Math.random().toString(36).slice(2)}@example.com`, password: "correct horse" });
      const { key, secret } = await logging.createApiKey(account.id);
      const lastUsed = () => fixture.count("SELECT count(*) FROM api_keys WHERE id = $1 AND last_used_at IS NOT NULL", [key.id]);
      const release = await fixture.hold({ write: "UPDATE api_keys" });
      let found: Awaited<ReturnType<Store["authenticateKey"]>>;
      try {
        found = await logging.authenticateKey(secret);
        await fixture.waitUntilPinned();
        assert.ok((await fixture.terminateStoreConnections()) >= 1);
      } finally {
        await release();
      }
      assert.equal(found?.key.id, key.id, "the key was refused because its last use could not be written");
      await logging.listApiKeys(account.id).catch(() => undefined);
      assert.equal(await lastUsed(), 0);
      assert.ok(logged.some((line) => /last use/.test(line)), logged.join("\n"));
      assert.deepEqual(crashTrap.crashes, [], "an error escaped to the process");
      assert.ok(await logging.authenticateKey(secret));
      assert.ok((await logging.listApiKeys(account.id))[0]!.lastUsedAt !== null, "the next use was not written");
    } finally {
      await logging.close();
    }
  });

  it("answers STORE_UNAVAILABLE for a plain read killed mid-flight, and the next read works", async () => {
    const release = await fixture.hold({ lockSql: "LOCK TABLE accounts IN ACCESS EXCLUSIVE MODE" });
    const attempt = store.accountCount().then(
      () => undefined,
      (error: unknown) => error,
    );
    try {
      await fixture.waitUntilPinned();
      await fixture.terminateStoreConnections();
    } finally {
      await release();
    }
    isStoreUnavailable(await attempt);
    assert.ok((await store.accountCount()) >= 1);
    assert.deepEqual(crashTrap.crashes, []);
  });

  it("survives its idle connections being terminated, and reconnects", async () => {
    await Promise.all([store.accountCount(), store.accountCount(), store.accountCount()]);
    assert.ok((await fixture.terminateStoreConnections()) >= 1);
    // The pool drops the dead idle clients when they report the loss; give their 'error' a turn.
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok((await store.accountCount()) >= 1);
    assert.deepEqual(crashTrap.crashes, []);
  });
});

describe("store faults are told apart from bugs", () => {
  it("counts lost connections, shutdowns, refused sockets and serialization failures as PostgreSQL faults", () => {
    for (const code of ["57P01", "08006", "08003", "53300", "40001", "40P01", "ECONNREFUSED", "ECONNRESET"]) {
      assert.ok(isPostgresFault(Object.assign(new Error("x"), { code })), code);
    }
    assert.ok(isPostgresFault(new Error("Connection terminated unexpectedly")));
    assert.ok(isPostgresFault(new Error("Client has encountered a connection error and is not queryable")));
    for (const code of ["23505", "42P01", "22P02", undefined]) assert.ok(!isPostgresFault(Object.assign(new Error("x"), { code })), String(code));
  });

  it("counts SQLite busy, locked, I/O and disk-full errors as faults, and constraint errors as not", () => {
    for (const code of ["SQLITE_BUSY", "SQLITE_BUSY_SNAPSHOT", "SQLITE_LOCKED", "SQLITE_IOERR", "SQLITE_IOERR_WRITE", "SQLITE_FULL", "SQLITE_CANTOPEN"]) {
      assert.ok(isSqliteFault(new DatabaseConstructor.SqliteError("x", code)), code);
    }
    for (const code of ["SQLITE_CONSTRAINT_UNIQUE", "SQLITE_ERROR", "SQLITE_CORRUPT"]) assert.ok(!isSqliteFault(new DatabaseConstructor.SqliteError("x", code)), code);
  });
});

describe("a SQLite database locked by another process past the busy timeout", () => {
  let dir: string;
  let store: Store;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "partforge-sqlite-busy-"));
    store = await openSqliteStore({ path: join(dir, "partforge.db"), busyTimeoutMs: 50, passwordHashing: FAST_PASSWORD_HASHING });
  });
  after(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("answers STORE_UNAVAILABLE for a charge and a model write, charges nothing, and works once the lock is gone", async () => {
    const account = await store.createAccount({ email: "busy@example.com", password: "correct horse" });
    const other = openDatabase(join(dir, "partforge.db"));
    try {
      other.exec("BEGIN IMMEDIATE");
      const charge = store.chargeDownload({ accountId: account.id, keyId: null, scriptHash: "abc", type: "STL", bytes: 1, buildMs: 1, cacheHit: false });
      await assert.rejects(charge, isStoreUnavailable);
      await assert.rejects(store.createModel({ ownerId: account.id, name: "M", visibility: "public", script: SCRIPT, language: "js", schema: SCHEMA }), isStoreUnavailable);
      other.exec("ROLLBACK");
      assert.equal((statement(other, "SELECT count(*) AS n FROM usage_ledger").get() as { n: number }).n, 0);
    } finally {
      other.close();
    }
    const charged = await store.chargeDownload({ accountId: account.id, keyId: null, scriptHash: "abc", type: "STL", bytes: 1, buildMs: 1, cacheHit: false });
    assert.equal(charged.ok, true);
    assert.equal((await store.usageSummary(account.id)).downloads, 1);
  });
});
