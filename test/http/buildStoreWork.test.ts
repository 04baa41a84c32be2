/**
 * What one `/build` asks of the store (issue 15: the fixed cost of a build): the key, its
 * account, the compute budget's sum and, only where the plan has a quota, the downloads left, in
 * one read (never a second read of the account), and the build's compute charge
 * with the file's download as one write — one group commit on SQLite. Counted at the backend,
 * on both stores; the answers are checked too, including the refusals.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/http/app.ts";
import type { BuildBackend, BuildSuccess } from "../../src/build/index.ts";
import type { StoreBackend } from "../../src/store/backend.ts";
import { createStore } from "../../src/store/createStore.ts";
import { openSqliteBackend } from "../../src/store/sqlite/sqliteBackend.ts";
import { openPostgresBackend } from "../../src/store/postgres/postgresBackend.ts";
import type { Store } from "../../src/store/index.ts";
import { FAST_PASSWORD_HASHING, storeKinds } from "./harness.ts";

const connectionString = process.env.PARTFORGE_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const SCRIPT = `import { Workplane } from "partforge";\nexport function build() { return Workplane("XY").box(1, 2, 3); }\n`;

/** `backend` recording the name of every call. */
function counted(backend: StoreBackend, calls: string[]): StoreBackend {
  return new Proxy(backend, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== "function" || name === "close") return value;
      return (...args: unknown[]) => {
        calls.push(String(name));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** Answers every build at once: a fresh file (its own ETag), built with slot time to charge unless `hit`. */
function instantBackend(): BuildBackend & { hit: boolean } {
  let served = 0;
  return {
    hit: false,
    async build(request) {
      served += 1;
      const result: BuildSuccess = {
        ok: true, bytes: new Uint8Array([1, 2, 3]), type: request.type, mediaType: "model/step", fileName: "box.step",
        description: { parameters: [], presets: {} } as unknown as BuildSuccess["description"], values: {},
        contentKey: `key-${served}`, cache: this.hit ? "hit" : "miss", buildMs: 2, computeMs: this.hit ? 0 : 25,
      };
      return result;
    },
    describe() {
      throw new Error("builds only");
    },
    health: () => ({}),
    close: async () => undefined,
  };
}

const kinds = await storeKinds();

for (const kind of kinds) {
  describe(`the store work of one /build on ${kind.name}`, { skip: kind.skip }, () => {
    const calls: string[] = [];
    const backend = instantBackend();
    let store: Store;
    let app: FastifyInstance;
    let dispose: () => Promise<void>;

    before(async () => {
      if (kind.name === "SQLite") {
        const dir = await mkdtemp(join(tmpdir(), "partforge-build-store-"));
        store = createStore(counted(openSqliteBackend(join(dir, "partforge.db")), calls), { passwordHashing: FAST_PASSWORD_HASHING });
        dispose = () => rm(dir, { recursive: true, force: true });
      } else {
        const schema = `partforge_work_${process.pid}_${randomBytes(5).toString("hex")}`;
        store = createStore(counted(await openPostgresBackend({ connectionString, schema }), calls), { passwordHashing: FAST_PASSWORD_HASHING });
        dispose = async () => {
          const admin = new pg.Client({ connectionString });
          await admin.connect();
          try {
            await admin.query(`DROP SCHEMA ${schema} CASCADE`);
          } finally {
            await admin.end();
          }
        };
      }
      app = await buildApp({ store, backend, limits: { ratePerSecond: 1e6, rateBurst: 1e6 } });
    });

    after(async () => {
      await app.close();
      await store.close();
      await dispose();
    });

    /** The backend calls of one GET /build (after a first request that marked the key used, and that mark's write). */
    async function workOf(key: string, accountId: string, query: string, headers: Record<string, string> = {}) {
      const url = `/build?key=${key}&type=STEP&s=${encodeURIComponent(SCRIPT)}${query}`;
      await app.inject({ method: "GET", url: `${url}&warm=1` });
      // The first request's mark of the key's use is written after its reply (KeyUseRecorder): listing the
      // account's keys waits until it is written, however late the write starts on a loaded machine.
      await store.listApiKeys(accountId);
      calls.length = 0;
      const response = await app.inject({ method: "GET", url, headers });
      return { response, calls: [...calls] };
    }

    it("on an unlimited plan: the key with the compute sum (one read), and one write for the compute and the download", async () => {
      const account = await store.createAccount({ email: "unlimited@example.com", password: "correct horse battery", plan: "enterprise" });
      const { secret } = await store.createApiKey(account.id);
      const { response, calls: work } = await workOf(secret, account.id, "");
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.headers["x-downloads-remaining"], "unlimited");
      assert.deepEqual(work, ["findApiKeyByPrefix", "insertComputeThenCharge"]);
      assert.equal((await store.computeUsed({ accountId: account.id }, new Date(0))).usedMs, 50, "both builds' slot time");
    });

    it("on a plan with a quota: the downloads left are counted in the same read, the account is not read again", async () => {
      const account = await store.createAccount({ email: "quota@example.com", password: "correct horse battery", plan: "evaluation", monthlyQuota: 3 });
      const { secret } = await store.createApiKey(account.id);
      const { response, calls: work } = await workOf(secret, account.id, "");
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.headers["x-downloads-remaining"], "1");
      assert.deepEqual(work, ["findApiKeyByPrefix", "insertComputeThenCharge"]);
      // The last download: the early check lets it through, the charge takes it.
      const last = await app.inject({ method: "GET", url: `/build?key=${secret}&type=STEP&s=${encodeURIComponent(SCRIPT)}` });
      assert.equal(last.statusCode, 200, last.body);
      assert.equal(last.headers["x-downloads-remaining"], "0");
      calls.length = 0;
      const refused = await app.inject({ method: "GET", url: `/build?key=${secret}&type=STEP&s=${encodeURIComponent(SCRIPT)}` });
      assert.equal(refused.statusCode, 403, refused.body);
      assert.equal(JSON.parse(refused.body).code, "QUOTA_EXCEEDED");
      assert.deepEqual(calls, ["findApiKeyByPrefix"], "refused before building");
    });

    it("a cache hit charges the download alone; a matching If-None-Match charges nothing but the compute", async () => {
      const account = await store.createAccount({ email: "hits@example.com", password: "correct horse battery", plan: "enterprise" });
      const { secret } = await store.createApiKey(account.id);
      backend.hit = true;
      try {
        const { response, calls: work } = await workOf(secret, account.id, "");
        assert.equal(response.statusCode, 200, response.body);
        assert.deepEqual(work, ["findApiKeyByPrefix", "chargeDownloads"]);
      } finally {
        backend.hit = false;
      }
      // The instant backend's next file is key-N+1: ask with its ETag.
      calls.length = 0;
      const probe = await app.inject({ method: "GET", url: `/build?key=${secret}&type=STEP&s=${encodeURIComponent(SCRIPT)}` });
      const next = Number(String(probe.headers.etag).replace(/\D/g, "")) + 1;
      calls.length = 0;
      const notModified = await app.inject({ method: "GET", url: `/build?key=${secret}&type=STEP&s=${encodeURIComponent(SCRIPT)}`, headers: { "if-none-match": `"key-${next}"` } });
      assert.equal(notModified.statusCode, 304);
      assert.deepEqual(calls, ["findApiKeyByPrefix", "insertCompute"]);
    });

    it("an MCP build charges its compute and its file's download in one write too", async () => {
      const account = await store.createAccount({ email: "agent@example.com", password: "correct horse battery", plan: "enterprise" });
      const { secret } = await store.createApiKey(account.id);
      const callBuild = () =>
        app.inject({
          method: "POST",
          url: "/mcp",
          headers: { "content-type": "application/json", accept: "application/json, text/event-stream", authorization: `Bearer ${secret}` },
          payload: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "build", arguments: { script: SCRIPT, type: "STEP" } } }),
        });
      await callBuild();
      calls.length = 0;
      const response = await callBuild();
      assert.equal(response.statusCode, 200, response.body);
      assert.doesNotMatch(response.body, /"isError":true/, response.body.slice(0, 300));
      assert.ok(calls.includes("insertComputeThenCharge"), calls.join(", "));
      assert.ok(!calls.includes("insertCompute") && !calls.includes("chargeDownloads"), `no separate compute or download write: ${calls.join(", ")}`);
      assert.equal((await store.computeUsed({ accountId: account.id }, new Date(0))).usedMs, 50, "both builds' slot time");
    });

    it("answers a bad key 403 after one read, and charges nothing", async () => {
      calls.length = 0;
      const response = await app.inject({ method: "GET", url: `/build?key=pf_abcdefgh_${"x".repeat(43)}&type=STEP&s=${encodeURIComponent(SCRIPT)}` });
      assert.equal(response.statusCode, 403, response.body);
      assert.equal(JSON.parse(response.body).code, "ACCESS_DENIED");
      assert.deepEqual(calls, ["findApiKeyByPrefix"]);
    });
  });
}
