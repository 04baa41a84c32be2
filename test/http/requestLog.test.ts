/**
 * The request log: one JSON line per request and per failed build, each with the request id that
 * the response's `X-Request-Id` (and a 5xx problem's `requestId`) carries, and never a key,
 * password, cookie, session token or script.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { InProcessBackend, type BuildBackend, type BuildRequest, type BuildResult } from "../../src/build/index.ts";
import { parseCommandLine } from "../../src/cli/args.ts";
import { buildApp } from "../../src/http/app.ts";
import { redactUrl, type LogLevel } from "../../src/http/requestLog.ts";
import { openSqliteStore, type Store } from "../../src/store/index.ts";
import { BOX_SCRIPT, FAST_PASSWORD_HASHING } from "./harness.ts";

interface LogLine {
  level: number;
  msg: string;
  reqId?: string;
  method?: string;
  url?: string;
  statusCode?: number;
  build?: { code: string; line?: number; format: string };
  [key: string]: unknown;
}

/** A service whose log lines are kept. */
async function loggedService(level: LogLevel, backend: BuildBackend = new InProcessBackend()): Promise<{ app: FastifyInstance; store: Store; lines: LogLine[]; text: () => string; close(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "partforge-log-"));
  const store = await openSqliteStore({ path: join(dir, "partforge.db"), passwordHashing: FAST_PASSWORD_HASHING });
  let raw = "";
  const app = await buildApp({ store, backend, logger: { level, stream: { write: (chunk: string) => (raw += chunk) } } });
  return {
    app,
    store,
    get lines() {
      return raw.split("\n").filter((line) => line !== "").map((line) => JSON.parse(line) as LogLine);
    },
    text: () => raw,
    async close() {
      await app.close();
      await store.close().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

describe("the request log", () => {
  let service: Awaited<ReturnType<typeof loggedService>>;
  let key: string;
  const password = "correct horse battery staple";
  before(async () => {
    service = await loggedService("info");
    const account = await service.store.createAccount({ email: "log@example.com", password, plan: "enterprise" });
    key = (await service.store.createApiKey(account.id)).secret;
  });
  after(() => service.close());

  it("writes one line per request with the id the response carries, and never the key from the query string", async () => {
    const response = await service.app.inject({ method: "GET", url: `/build?key=${key}&type=STL&s=${encodeURIComponent(BOX_SCRIPT)}` });
    assert.equal(response.statusCode, 200, response.body);
    const id = response.headers["x-request-id"];
    assert.equal(typeof id, "string");
    const lines = service.lines.filter((line) => line.reqId === id);
    assert.deepEqual(lines.map((line) => line.msg), ["build completed", "request completed"], JSON.stringify(lines));
    const mine = lines.slice(1);
    assert.equal(mine[0]!.level, 30, "info");
    assert.equal(mine[0]!.method, "GET");
    assert.equal(mine[0]!.statusCode, 200);
    assert.match(mine[0]!.url!, /^\/build\?key=\[REDACTED\]&type=STL&s=\[REDACTED\]$/);
    assert.ok(!service.text().includes(key), "the API key reached the log");
    assert.ok(!service.text().includes("Workplane"), "the script reached the log");
  });

  it("never logs a key sent in a header, a password, a session cookie or a body", async () => {
    const login = await service.app.inject({ method: "POST", url: "/api/session", payload: { email: "log@example.com", password } });
    assert.equal(login.statusCode, 200);
    const cookie = String(login.headers["set-cookie"]).split(";")[0]!;
    const token = cookie.split("=")[1]!;
    await service.app.inject({ method: "GET", url: "/api/account", headers: { cookie } });
    await service.app.inject({ method: "GET", url: "/api/keys", headers: { authorization: `Bearer ${key}` } });
    await service.app.inject({ method: "GET", url: "/api/keys", headers: { "x-api-key": key } });
    await service.app.inject({ method: "GET", url: `/nowhere/${key}?token=${token}` });
    const text = service.text();
    for (const secret of [key, password, token]) assert.ok(!text.includes(secret), `a secret reached the log: ${secret.slice(0, 6)}…`);
  });

  it("writes a line per build with the account id, the content key and the timings, and no key, password, session token or script", async () => {
    const login = await service.app.inject({ method: "POST", url: "/api/session", payload: { email: "log@example.com", password } });
    assert.equal(login.statusCode, 200);
    const cookie = String(login.headers["set-cookie"]).split(";")[0]!;
    const token = cookie.split("=")[1]!;
    const marker = "scriptMarkerNeverLogged";
    const script = BOX_SCRIPT.replace('name: "Test box"', `name: "${marker}"`);
    const byKey = await service.app.inject({ method: "POST", url: "/build", headers: { authorization: `Bearer ${key}` }, payload: { type: "STL", s: script, p_length: "30" } });
    assert.equal(byKey.statusCode, 200, byKey.body);
    const bySession = await service.app.inject({ method: "GET", url: `/build?type=STEP&s=${encodeURIComponent(script)}`, headers: { cookie, "x-partforge-session": "1" } });
    assert.equal(bySession.statusCode, 200, bySession.body);
    const saved = await service.app.inject({ method: "POST", url: "/api/models", headers: { cookie }, payload: { script, visibility: "private" } });
    assert.equal(saved.statusCode, 201, saved.body);
    const account = await service.store.findAccountByEmail("log@example.com");
    for (const response of [byKey, bySession]) {
      const lines = service.lines.filter((line) => line.reqId === response.headers["x-request-id"]);
      const built = lines.find((line) => line.msg === "build completed") as (LogLine & { accountId: string; build: Record<string, unknown> }) | undefined;
      assert.ok(built, JSON.stringify(lines));
      assert.equal(built.accountId, account!.id);
      assert.equal(`"${String(built.build.key)}"`, response.headers.etag, "the content key is the ETag");
      assert.equal(built.build.cache, "miss");
      assert.match(String(built.build.scriptHash), /^[0-9a-f]{64}$/);
      for (const timing of ["totalMs", "buildMs", "computeMs"]) assert.equal(typeof built.build[timing], "number", timing);
      assert.equal((lines.find((line) => line.msg === "request completed") as { accountId?: string } | undefined)?.accountId, account!.id, "the request's own line names the account too");
    }
    const savedLine = service.lines.find((line) => line.reqId === saved.headers["x-request-id"] && line.msg === "request completed") as { accountId?: string } | undefined;
    assert.equal(savedLine?.accountId, account!.id);
    const text = service.text();
    for (const secret of [key, password, token, marker, "Workplane(", "FloatParam"]) assert.ok(!text.includes(secret), `reached the log: ${secret.slice(0, 8)}…`);
  });

  it("gives every response an X-Request-Id, also errors and unknown routes, and passes on a sane one from a proxy", async () => {
    for (const url of ["/health", "/nowhere", `/build?type=STL&key=pf_bad`, "/build?type=STL"]) {
      const response = await service.app.inject({ method: "GET", url });
      assert.match(String(response.headers["x-request-id"]), /^[\w.:-]{8,}$/, url);
    }
    const given = await service.app.inject({ method: "GET", url: "/health", headers: { "x-request-id": "edge-7f3a9c21" } });
    assert.equal(given.headers["x-request-id"], "edge-7f3a9c21");
    const hostile = await service.app.inject({ method: "GET", url: "/health", headers: { "x-request-id": "a\u0085b c" } });
    assert.notEqual(hostile.headers["x-request-id"], "a\u0085b c");
  });

  it("writes one line for a failed build with its code and position, not its message (which may quote the script)", async () => {
    const script = `export function build() {\n  throw new Error("secret-ish text from the script");\n}\n`;
    const response = await service.app.inject({ method: "POST", url: "/build", payload: { key, type: "STL", s: script } });
    assert.equal(response.statusCode, 500);
    const id = response.headers["x-request-id"];
    const failed = service.lines.filter((line) => line.reqId === id && line.msg === "build failed");
    assert.equal(failed.length, 1);
    assert.equal(failed[0]!.build!.code, "SCRIPT_EXCEPTION");
    assert.equal(failed[0]!.build!.format, "stl");
    assert.equal(failed[0]!.accountId, (await service.store.findAccountByEmail("log@example.com"))!.id);
    assert.equal(typeof (failed[0]!.build as { computeMs?: unknown }).computeMs, "number");
    assert.ok(!service.text().includes("secret-ish text"));
  });

  it("puts the request id of its log line into every 500's problem body", async () => {
    const broken = await loggedService("info");
    try {
      await broken.store.close();
      const response = await broken.app.inject({ method: "GET", url: `/build?type=STL&key=${key}` });
      assert.equal(response.statusCode, 500);
      const problem = JSON.parse(response.body) as { code: string; requestId: string; detail: string };
      assert.equal(problem.code, "INTERNAL");
      assert.equal(problem.requestId, response.headers["x-request-id"]);
      assert.match(problem.detail, new RegExp(`logged with request id ${problem.requestId}`));
      const lines = broken.lines.filter((line) => line.reqId === problem.requestId);
      assert.deepEqual(lines.map((line) => line.msg), ["unhandled error", "request failed"]);
      assert.ok((lines[0]!.err as { message: string }).message.length > 0, "the cause is logged");
      assert.ok(!broken.text().includes(key));
    } finally {
      await broken.close();
    }
  });

  it("logs a 503 (not ready, busy) as a warning and a 500 as an error", async () => {
    class Unwell extends InProcessBackend {
      override health() {
        return { notReady: "the build queue's Redis has not answered for 3 s" };
      }
      override async build(request: BuildRequest): Promise<BuildResult> {
        return request.source.includes("busy")
          ? { ok: false, error: { code: "BUSY", message: "the build service is busy; retry in 2 s", details: { retryAfterSeconds: 2 } }, computeMs: 0 }
          : { ok: false, error: { code: "INTERNAL", message: "the build failed unexpectedly" }, computeMs: 0 };
      }
    }
    const unwell = await loggedService("info", new Unwell());
    try {
      const account = await unwell.store.createAccount({ email: "unwell@example.com", password, plan: "enterprise" });
      const unwellKey = (await unwell.store.createApiKey(account.id)).secret;
      const health = await unwell.app.inject({ method: "GET", url: "/health" });
      const busy = await unwell.app.inject({ method: "POST", url: "/build", payload: { key: unwellKey, type: "STL", s: BOX_SCRIPT + "// busy\n" } });
      const failed = await unwell.app.inject({ method: "POST", url: "/build", payload: { key: unwellKey, type: "STL", s: BOX_SCRIPT } });
      assert.deepEqual([health.statusCode, busy.statusCode, failed.statusCode], [503, 503, 500]);
      const lineOf = (response: { headers: Record<string, unknown> }) => unwell.lines.find((line) => line.reqId === response.headers["x-request-id"] && "statusCode" in line) as (LogLine & { level: number }) | undefined;
      for (const refused of [health, busy]) {
        assert.equal(lineOf(refused)?.level, 40, JSON.stringify(lineOf(refused)));
        assert.equal(lineOf(refused)?.msg, "request refused: service unavailable");
      }
      assert.equal(lineOf(failed)?.level, 50);
      assert.equal(lineOf(failed)?.msg, "request failed");
    } finally {
      await unwell.close();
    }
  });

  it("writes nothing below the level asked for", async () => {
    const quiet = await loggedService("warn");
    try {
      assert.equal((await quiet.app.inject({ method: "GET", url: "/health" })).statusCode, 200);
      assert.deepEqual(quiet.lines, []);
    } finally {
      await quiet.close();
    }
  });
});

describe("log settings and redaction", () => {
  it("serve logs at info unless --log-level or LOG_LEVEL says otherwise, and refuses an unknown level", () => {
    const level = (argv: string[], env: Record<string, string> = {}) => (parseCommandLine(["serve", ...argv], env) as { logLevel: string }).logLevel;
    assert.equal(level([]), "info");
    assert.equal(level([], { LOG_LEVEL: "debug" }), "debug");
    assert.equal(level(["--log-level", "warn"], { LOG_LEVEL: "debug" }), "warn");
    assert.equal(level(["--log-level", "silent"]), "silent");
    assert.throws(() => level(["--log-level", "loud"]), /--log-level must be one of fatal, error, warn, info, debug, trace, silent; got "loud"/);
    assert.throws(() => level([], { LOG_LEVEL: "verbose" }), /LOG_LEVEL must be one of/);
  });

  it("serve takes the warm-up builds per slot as a whole number, the pool's default when absent", () => {
    const warmup = (argv: string[]) => (parseCommandLine(["serve", ...argv], {}) as { warmupBuilds: number | undefined }).warmupBuilds;
    assert.equal(warmup([]), undefined);
    assert.equal(warmup(["--warmup-builds", "0"]), 0);
    assert.throws(() => warmup(["--warmup-builds", "many"]), /--warmup-builds must be a whole number from 0 to 256; got "many"/);
  });

  it("redacts secret parameters whatever their case, and anything shaped like an API key", () => {
    const apiKey = `pf_abcdefgh_${"x".repeat(43)}`;
    assert.equal(redactUrl(`/build?KEY=${apiKey}&id=abc1234`), "/build?KEY=[REDACTED]&id=abc1234");
    assert.equal(redactUrl(`/build?other=${apiKey}`), "/build?other=[REDACTED]");
    assert.equal(redactUrl(`/x/${apiKey}`), "/x/[REDACTED]");
    assert.equal(redactUrl("/build?password=hunter2&p_length=5"), "/build?password=[REDACTED]&p_length=5");
  });

  it("reads the query as URLSearchParams does: escaped and + names, bad escapes, a second ?, empty pairs, names without =", () => {
    assert.equal(redactUrl("/build?%4B%45%59=pf&s%63ript=text&+s+=x"), "/build?KEY=[REDACTED]&script=[REDACTED]&%20s%20=x");
    assert.equal(redactUrl("/build??a=1&&b&=c&d=%zz%E2%82+%2B"), "/build?a=1&b=&=c&d=%25zz%EF%BF%BD%20%2B");
    assert.equal(redactUrl("/build?s=" + "%41".repeat(1000) + "&p=" + "%41".repeat(300)), `/build?s=[REDACTED]&p=${"A".repeat(200)}`);
  });
});

describe("tagAccount", () => {
  it("names the account in every line of the request, fastify's own through reply.log too, and in no other request's", async () => {
    const { default: fastify } = await import("fastify");
    const { tagAccount } = await import("../../src/http/requestLog.ts");
    let raw = "";
    const app = fastify({ logger: { level: "info", stream: { write: (chunk: string) => (raw += chunk) } }, disableRequestLogging: true });
    app.get("/tagged", async (request, reply) => {
      tagAccount(request, "acct-1");
      request.log.info("our line");
      reply.log.warn("a line fastify writes through reply.log");
      return "ok";
    });
    app.get("/other", async (request) => {
      request.log.info("another request's line");
      return "ok";
    });
    await app.inject({ url: "/tagged" });
    await app.inject({ url: "/other" });
    await app.close();
    const lines = raw.split("\n").filter((line) => line !== "").map((line) => JSON.parse(line) as { msg: string; accountId?: string });
    assert.equal(lines.find((line) => line.msg === "our line")?.accountId, "acct-1");
    assert.equal(lines.find((line) => line.msg.startsWith("a line fastify"))?.accountId, "acct-1", "reply.log did not name the account");
    assert.equal(lines.find((line) => line.msg === "another request's line")?.accountId, undefined, "the account leaked to another request's lines");
  });
});
