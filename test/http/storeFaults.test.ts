/**
 * Store faults over HTTP: a PostgreSQL connection terminated while a request's transaction waits
 * at a pinned point (or a SQLite file locked by another process) answers 503 problem+json
 * STORE_UNAVAILABLE with Retry-After, the process stays up, and the ledger holds exactly the
 * downloads whose 200 was sent.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../../src/store/sqlite/sqliteHandles.ts";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { InProcessBackend } from "../../src/build/index.ts";
import { buildApp } from "../../src/http/app.ts";
import { openPostgresStore, openSqliteStore, type Store } from "../../src/store/index.ts";
import { createFaultFixture, postgresUnavailable, trapCrashes, type FaultFixture, type Pin } from "../store/pgFaults.ts";
import { BOX_SCRIPT, FAST_PASSWORD_HASHING } from "./harness.ts";

function assertUnavailable(response: LightMyRequestResponse): void {
  assert.equal(response.statusCode, 503, response.body);
  assert.equal(response.headers["content-type"], "application/problem+json; charset=utf-8");
  assert.match(String(response.headers["retry-after"]), /^[1-9]\d*$/);
  const problem = JSON.parse(response.body) as { code: string; requestId: string };
  assert.equal(problem.code, "STORE_UNAVAILABLE");
  assert.equal(problem.requestId, response.headers["x-request-id"]);
}

const skip = await postgresUnavailable();

describe("PostgreSQL connections lost under HTTP requests", { skip }, () => {
  let fixture: FaultFixture;
  let store: Store;
  let app: FastifyInstance;
  let crashTrap: ReturnType<typeof trapCrashes>;
  let key: string;
  let accountId: string;
  let cookie: string;
  const delivered = { count: 0 };

  before(async () => {
    crashTrap = trapCrashes();
    fixture = await createFaultFixture(async (url, schema) => {
      store = await openPostgresStore({ connectionString: url, schema, passwordHashing: FAST_PASSWORD_HASHING, maxConnections: 4 });
    });
    app = await buildApp({ store, backend: new InProcessBackend() });
    const account = await store.createAccount({ email: "faults@example.com", password: "correct horse battery", monthlyQuota: 100 });
    accountId = account.id;
    key = (await store.createApiKey(account.id)).secret;
    const login = await app.inject({ method: "POST", url: "/api/session", payload: { email: "faults@example.com", password: "correct horse battery" } });
    cookie = String(login.headers["set-cookie"]).split(";")[0]!;
  });

  after(async () => {
    await app?.close();
    await store?.close();
    await fixture?.dispose();
    crashTrap?.release();
  });

  /** Sends the request while `pin` holds it, terminates the store's connections, and returns the answer. */
  async function cutOff(pin: Pin, send: () => Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse> {
    const release = await fixture.hold(pin);
    const response = send();
    try {
      await fixture.waitUntilPinned();
      await fixture.terminateStoreConnections();
    } finally {
      await release();
    }
    return response;
  }

  const download = () => app.inject({ method: "GET", url: `/build?key=${key}&type=STL&s=${encodeURIComponent(BOX_SCRIPT)}` });

  async function ledger(): Promise<number> {
    return fixture.count("SELECT count(*) FROM usage_ledger WHERE account_id = $1", [accountId]);
  }

  for (const [at, pin] of [
    ["waits for the account's row lock", { lockSql: "SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE" }],
    ["inserts the ledger row", { write: "INSERT usage_ledger" }],
    ["commits", "commit"],
  ] as const) {
    it(`answers a download 503 with Retry-After when the connection is lost while the charge ${at}, and charges only delivered downloads`, async () => {
      const warm = await download();
      assert.equal(warm.statusCode, 200);
      delivered.count += 1;
      const resolvedPin: Pin = typeof pin === "object" && "lockSql" in pin ? { lockSql: pin.lockSql, values: [accountId] } : pin;
      assertUnavailable(await cutOff(resolvedPin, download));
      assert.equal(await ledger(), delivered.count, "the ledger differs from the downloads delivered");
      const retried = await download();
      assert.equal(retried.statusCode, 200, retried.body);
      delivered.count += 1;
      assert.equal(await ledger(), delivered.count);
      assert.deepEqual(crashTrap.crashes, [], "an error escaped to the process");
    });
  }

  it("answers a download 200 when the connection is lost while the key's last use is written (that write is not the request's)", async () => {
    const { secret } = await store.createApiKey(accountId, { name: "fresh" });
    const fresh = () => app.inject({ method: "GET", url: `/build?key=${secret}&type=STL&s=${encodeURIComponent(BOX_SCRIPT)}` });
    // The request must be answered while that write is held, before the connections are cut (the cut
    // would take the request's own charge with it). A bound, not a speed: the old code never answered.
    const release = await fixture.hold({ write: "UPDATE api_keys" });
    let response: LightMyRequestResponse | "waiting";
    try {
      const sent = fresh();
      await fixture.waitUntilPinned();
      response = await Promise.race([sent, new Promise<"waiting">((resolve) => setTimeout(resolve, 20_000, "waiting").unref())]);
      assert.ok((await fixture.terminateStoreConnections()) >= 1);
    } finally {
      await release();
    }
    assert.notEqual(response, "waiting", "the request waited for its key's last use to be written");
    if (response === "waiting") return;
    assert.equal(response.statusCode, 200, response.body);
    delivered.count += 1;
    assert.equal(await ledger(), delivered.count, "the download delivered was not charged");
    assert.deepEqual(crashTrap.crashes, [], "an error escaped to the process");
  });

  it("answers a log-in 503 when the connection is lost while the session is written, and the next log-in works", async () => {
    const login = () => app.inject({ method: "POST", url: "/api/session", payload: { email: "faults@example.com", password: "correct horse battery" } });
    assertUnavailable(await cutOff({ write: "INSERT sessions" }, login));
    assert.equal((await login()).statusCode, 200);
    assert.deepEqual(crashTrap.crashes, []);
  });

  it("answers a model save 503 when the connection is lost mid-transaction, and saves nothing", async () => {
    const save = () => app.inject({ method: "POST", url: "/api/models", headers: { cookie }, payload: { script: BOX_SCRIPT, language: "ts" } });
    const before = await fixture.count("SELECT count(*) FROM models");
    assertUnavailable(await cutOff({ write: "INSERT model_revisions" }, save));
    assert.equal(await fixture.count("SELECT count(*) FROM models"), before);
    assert.equal((await save()).statusCode, 201);
    assert.deepEqual(crashTrap.crashes, []);
  });

  it("answers a key creation 503 and a plain read killed mid-flight 503 (not 500)", async () => {
    assertUnavailable(await cutOff({ write: "INSERT api_keys" }, () => app.inject({ method: "POST", url: "/api/keys", headers: { cookie }, payload: {} })));
    assertUnavailable(await cutOff({ lockSql: "LOCK TABLE api_keys IN ACCESS EXCLUSIVE MODE" }, () => app.inject({ method: "GET", url: "/api/keys", headers: { cookie } })));
    assert.equal((await app.inject({ method: "GET", url: "/api/keys", headers: { cookie } })).statusCode, 200);
    assert.deepEqual(crashTrap.crashes, []);
  });
});

describe("a SQLite store that cannot write a key's last use", () => {
  it("answers the download 200 and logs the failure; the key's next use after the fault writes it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "partforge-http-lastused-"));
    const logged: string[] = [];
    const store = await openSqliteStore({ path: join(dir, "partforge.db"), passwordHashing: FAST_PASSWORD_HASHING, log: (_level, message) => logged.push(message) });
    const app = await buildApp({ store, backend: new InProcessBackend() });
    try {
      const account = await store.createAccount({ email: "lastused@example.com", password: "correct horse battery" });
      const { secret } = await store.createApiKey(account.id);
      const download = () => app.inject({ method: "GET", url: `/build?key=${secret}&type=STL&s=${encodeURIComponent(BOX_SCRIPT)}` });
      const other = openDatabase(join(dir, "partforge.db"));
      try {
        other.exec("CREATE TRIGGER refuse_last_used BEFORE UPDATE OF last_used_at ON api_keys BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
        const response = await download();
        assert.equal(response.statusCode, 200, response.body);
        assert.equal((await store.listApiKeys(account.id))[0]!.lastUsedAt, null);
        assert.ok(logged.some((line) => line.includes("disk I/O error")), logged.join("\n"));
        other.exec("DROP TRIGGER refuse_last_used");
      } finally {
        other.close();
      }
      assert.equal((await download()).statusCode, 200);
      assert.notEqual((await store.listApiKeys(account.id))[0]!.lastUsedAt, null);
      assert.equal((await store.usageSummary(account.id)).downloads, 2);
    } finally {
      await app.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("a SQLite file locked by another process", () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "partforge-http-busy-"));
    store = await openSqliteStore({ path: join(dir, "partforge.db"), busyTimeoutMs: 50, passwordHashing: FAST_PASSWORD_HASHING });
    app = await buildApp({ store, backend: new InProcessBackend() });
  });
  after(async () => {
    await app.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("answers a download 503 with Retry-After while the write lock is held, charges only the delivered downloads, and 200 after", async () => {
    const account = await store.createAccount({ email: "busy@example.com", password: "correct horse battery" });
    const { secret } = await store.createApiKey(account.id);
    const download = () => app.inject({ method: "GET", url: `/build?key=${secret}&type=STL&s=${encodeURIComponent(BOX_SCRIPT)}` });
    // The first download also marks the key used, so the locked one below reaches the charge.
    assert.equal((await download()).statusCode, 200);
    const other = openDatabase(join(dir, "partforge.db"));
    try {
      other.exec("BEGIN IMMEDIATE");
      assertUnavailable(await download());
      other.exec("ROLLBACK");
    } finally {
      other.close();
    }
    assert.equal((await store.usageSummary(account.id)).downloads, 1);
    assert.equal((await download()).statusCode, 200);
    assert.equal((await store.usageSummary(account.id)).downloads, 2);
  });
});
