import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { BuildBackend } from "../../src/build/index.ts";
import { BOX_SCRIPT, startService, storeKinds, type TestService } from "./harness.ts";

const kinds = await storeKinds();

/** What every error body must look like, and must not contain. */
function assertProblem(response: { statusCode: number; headers: Record<string, unknown>; body: string }, status: number, code: string) {
  assert.equal(response.statusCode, status, response.body);
  assert.match(String(response.headers["content-type"]), /^application\/problem\+json/);
  const problem = JSON.parse(response.body);
  assert.equal(problem.status, status);
  assert.equal(problem.code, code);
  assert.equal(typeof problem.title, "string");
  assert.equal(typeof problem.detail, "string");
  assert.doesNotMatch(response.body, /\/work\/|node_modules|at [\w.<>]+ \(|\.ts:\d+:\d+\)/, "no stack trace or host path");
  return problem as Record<string, unknown>;
}

for (const kind of kinds) {
  describe(`/build on ${kind.name}`, { skip: kind.skip }, () => {
    let service: TestService;
    let key: string;
    let accountId: string;
    let modelId: string;
    let privateModelId: string;

    before(async () => {
      service = await startService(kind);
      const account = await service.store.createAccount({ email: "maker@example.com", password: "correct horse battery", plan: "enterprise" });
      accountId = account.id;
      key = (await service.store.createApiKey(account.id, { name: "test" })).secret;
      const other = await service.store.createAccount({ email: "other@example.com", password: "correct horse battery", plan: "enterprise" });
      const schema = { metadata: { name: "Test box" } };
      modelId = (await service.store.createModel({ ownerId: account.id, name: "Test box", visibility: "public", script: BOX_SCRIPT, language: "ts", schema })).model.id;
      privateModelId = (await service.store.createModel({ ownerId: other.id, name: "Secret", visibility: "private", script: BOX_SCRIPT, language: "ts", schema })).model.id;
    });
    after(() => service.close());

    const get = (query: Record<string, string>, headers: Record<string, string> = {}) => service.app.inject({ method: "GET", url: "/build", query, headers });

    it("builds a stored model by id with the key in the query, streaming STL with every header", async () => {
      const response = await get({ key, id: modelId, type: "STL" });
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.headers["content-type"], "model/stl");
      assert.match(String(response.headers["content-disposition"]), /attachment; filename="Test box\.stl"/);
      assert.match(String(response.headers.etag), /^"[\w-]+"$/);
      assert.match(String(response.headers["x-build-ms"]), /^\d+$/);
      assert.match(String(response.headers["x-cache"]), /^(hit|miss)$/);
      assert.equal(response.headers["x-downloads-remaining"], "unlimited");
      assert.equal(response.rawPayload.length, Number(response.headers["content-length"]));
      assert.equal(response.rawPayload.readUInt32LE(80) * 50 + 84, response.rawPayload.length, "a well-formed binary STL");
    });

    it("accepts the key as Authorization: Bearer and as X-API-Key", async () => {
      assert.equal((await get({ id: modelId, type: "stl" }, { authorization: `Bearer ${key}` })).statusCode, 200);
      assert.equal((await get({ id: modelId, type: "stl" }, { "x-api-key": key })).statusCode, 200);
    });

    it("reads a POST as form, multipart and JSON, with the same bytes as GET", async () => {
      const reference = (await get({ key, s: BOX_SCRIPT, type: "stl", p_length: "30" })).rawPayload;
      const form = await service.app.inject({
        method: "POST",
        url: "/build",
        payload: new URLSearchParams({ key, s: BOX_SCRIPT, type: "stl", p_length: "30" }).toString(),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      assert.equal(form.statusCode, 200, form.body);
      assert.deepEqual(form.rawPayload, reference);
      const boundary = "----partforge";
      const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
      const multipart = await service.app.inject({
        method: "POST",
        url: "/parts/build",
        payload: `${part("key", key)}${part("type", "STL")}${part("p_length", "30")}--${boundary}\r\nContent-Disposition: form-data; name="s"; filename="box.ts"\r\nContent-Type: text/plain\r\n\r\n${BOX_SCRIPT}\r\n--${boundary}--\r\n`,
        headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      });
      assert.equal(multipart.statusCode, 200, multipart.body);
      assert.deepEqual(multipart.rawPayload, reference);
      const json = await service.app.inject({ method: "POST", url: "/build", payload: { key, s: BOX_SCRIPT, type: "stl", params: { p_length: "30" } } });
      assert.equal(json.statusCode, 200, json.body);
      assert.deepEqual(json.rawPayload, reference);
    });

    it("prefers s over id", async () => {
      const other = BOX_SCRIPT.replace('name: "Test box"', 'name: "From s"');
      const response = await get({ key, id: modelId, s: other, type: "stl" });
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers["content-disposition"]), /From s\.stl/);
    });

    it("reads type case-insensitively", async () => {
      const response = await get({ key, id: modelId, type: "sTeP" });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers["content-type"], "model/step");
      assert.match(response.body, /^ISO-10303-21;/);
    });

    it("applies the preset first, then the explicit values", async () => {
      const long = await get({ key, id: modelId, type: "stl", preset: "long" });
      const explicit80 = await get({ key, id: modelId, type: "stl", p_length: "80" });
      const longThen10 = await get({ key, id: modelId, type: "stl", preset: "long", p_length: "10" });
      const short = await get({ key, id: modelId, type: "stl", preset: "short" });
      assert.deepEqual(long.rawPayload, explicit80.rawPayload);
      assert.deepEqual(longThen10.rawPayload, short.rawPayload);
    });

    it("answers 304 to If-None-Match with the ETag, and does not charge it", async () => {
      const first = await get({ key, id: modelId, type: "stl", p_holes: "2" });
      const before = await service.store.usageSummary(accountId);
      const again = await get({ key, id: modelId, type: "stl", p_holes: "2" }, { "if-none-match": String(first.headers.etag) });
      assert.equal(again.statusCode, 304);
      assert.equal(again.rawPayload.length, 0);
      assert.equal((await service.store.usageSummary(accountId)).downloads, before.downloads);
      const changed = await get({ key, id: modelId, type: "stl", p_holes: "3" }, { "if-none-match": String(first.headers.etag) });
      assert.equal(changed.statusCode, 200);
      assert.notEqual(changed.headers.etag, first.headers.etag);
    });

    it("gives the same ETag and bytes for the same script, values, type and options", async () => {
      const a = await get({ key, s: BOX_SCRIPT, type: "stl", tolerance: "0.05" });
      const b = await get({ key, s: BOX_SCRIPT, type: "stl", tolerance: "0.05" });
      const c = await get({ key, s: BOX_SCRIPT, type: "stl", tolerance: "0.05", ascii: "true" });
      assert.equal(a.headers.etag, b.headers.etag);
      assert.deepEqual(a.rawPayload, b.rawPayload);
      assert.notEqual(a.headers.etag, c.headers.etag);
      assert.match(c.body, /^solid /);
    });

    describe("400", () => {
      it("for a missing type", async () => {
        assert.equal(assertProblem(await get({ key, id: modelId }), 400, "USAGE").param, "type");
      });
      it("for an unknown type, listing the valid ones", async () => {
        const problem = assertProblem(await get({ key, id: modelId, type: "OBJ" }), 400, "USAGE");
        assert.match(String(problem.detail), /STL, STEP/);
      });
      it("for neither id nor s", async () => {
        assertProblem(await get({ key, type: "stl" }), 400, "USAGE");
      });
      it("for an unknown parameter, suggesting the closest name", async () => {
        const problem = assertProblem(await get({ key, id: modelId, type: "stl", p_lenght: "30" }), 400, "UNKNOWN_PARAM");
        assert.equal(problem.param, "p_lenght");
        assert.match(String(problem.detail), /did you mean "p_length"/);
      });
      for (const [param, value, pattern] of [
        ["p_length", "abc", /p_length must be a number/],
        ["p_length", "1e9", /between 5 and 100/],
        ["p_length", "NaN", /p_length/],
        ["p_holes", "2.5", /p_holes must be an integer/],
        ["p_round", "2", /p_round/],
        ["p_size", "XL", /"S", "M"|S, M/],
      ] as const) {
        it(`for ${param}=${value}`, async () => {
          const problem = assertProblem(await get({ key, id: modelId, type: "stl", [param]: value }), 400, "PARAM_INVALID");
          assert.equal(problem.param, param);
          assert.match(String(problem.detail), pattern);
        });
      }
      it("for an unknown preset, listing the valid ones", async () => {
        const problem = assertProblem(await get({ key, id: modelId, type: "stl", preset: "huge" }), 400, "UNKNOWN_PRESET");
        assert.match(String(problem.detail), /default.*long.*short|short.*long/);
      });
      it("for a tolerance outside its bounds", async () => {
        const problem = assertProblem(await get({ key, id: modelId, type: "stl", tolerance: "0.0000001" }), 400, "USAGE");
        assert.equal(problem.param, "tolerance");
      });
      it("for a field sent twice", async () => {
        const response = await service.app.inject({ method: "GET", url: `/build?key=${key}&id=${modelId}&type=stl&p_length=10&p_length=20` });
        assertProblem(response, 400, "USAGE");
      });
    });

    describe("403", () => {
      it("for a missing key", async () => {
        assertProblem(await get({ id: modelId, type: "stl" }), 403, "ACCESS_DENIED");
      });
      it("for an invalid key", async () => {
        assertProblem(await get({ key: "pf_nope_nope", id: modelId, type: "stl" }), 403, "ACCESS_DENIED");
      });
      it("for a disabled key, and again once enabled", async () => {
        const created = await service.store.createApiKey(accountId, { name: "toggle" });
        await service.store.setApiKeyDisabled(accountId, created.key.id, true);
        assertProblem(await get({ key: created.secret, id: modelId, type: "stl" }), 403, "ACCESS_DENIED");
        await service.store.setApiKeyDisabled(accountId, created.key.id, false);
        assert.equal((await get({ key: created.secret, id: modelId, type: "stl" })).statusCode, 200);
        await service.store.deleteApiKey(accountId, created.key.id);
        assertProblem(await get({ key: created.secret, id: modelId, type: "stl" }), 403, "ACCESS_DENIED");
      });
    });

    describe("404", () => {
      it("for an unknown id", async () => {
        assertProblem(await get({ key, id: "zzzzzzz9", type: "stl" }), 404, "NOT_FOUND");
      });
      it("for a malformed id", async () => {
        assertProblem(await get({ key, id: "../etc", type: "stl" }), 404, "NOT_FOUND");
      });
      it("for another account's private model", async () => {
        assertProblem(await get({ key, id: privateModelId, type: "stl" }), 404, "NOT_FOUND");
      });
    });

    describe("500", () => {
      it("for a syntax error, with line and column", async () => {
        const problem = assertProblem(await get({ key, type: "stl", s: 'import { Workplane } from "partforge";\nexport function build() {\n  return Workplane().box(1, 1, 1;\n}' }), 500, "SCRIPT_SYNTAX");
        assert.equal(problem.line, 3);
        assert.equal(typeof problem.column, "number");
      });
      it("for an exception in build(), at its line", async () => {
        const problem = assertProblem(await get({ key, type: "stl", s: 'export function build() {\n  const x = 1;\n  throw new Error("boom");\n}' }), 500, "SCRIPT_EXCEPTION");
        assert.equal(problem.line, 3);
        assert.match(String(problem.detail), /boom/);
      });
      it("for a result that is not a solid", async () => {
        assertProblem(await get({ key, type: "stl", s: "export function build() { return 42; }" }), 500, "INVALID_RESULT");
      });
      it("for a geometry kernel failure, with the operation and line", async () => {
        const problem = assertProblem(await get({ key, type: "stl", s: 'export function build() {\n  return Workplane().box(2, 2, 2).edges("|Z").fillet(5);\n}' }), 500, "GEOMETRY");
        assert.match(String(problem.detail), /fillet/);
        assert.equal(problem.line, 2);
      });
      it("for a refused import", async () => {
        assertProblem(await get({ key, type: "stl", s: 'import fs from "fs";\nexport function build() {}' }), 500, "IMPORT_NOT_ALLOWED");
      });
    });

    it("keeps quota exact under concurrency: with 3 left, 9 simultaneous requests give 3 downloads", async () => {
      const account = await service.store.createAccount({ email: "quota@example.com", password: "correct horse battery", plan: "evaluation", monthlyQuota: 3 });
      const quotaKey = (await service.store.createApiKey(account.id)).secret;
      const responses = await Promise.all(Array.from({ length: 9 }, (_, i) => get({ key: quotaKey, id: modelId, type: "stl", p_length: String(10 + i) })));
      const statuses = responses.map((r) => r.statusCode).sort();
      assert.deepEqual(statuses, [200, 200, 200, 403, 403, 403, 403, 403, 403]);
      for (const r of responses.filter((r) => r.statusCode === 403)) assert.equal(JSON.parse(r.body).code, "QUOTA_EXCEEDED");
      const remaining = responses.filter((r) => r.statusCode === 200).map((r) => r.headers["x-downloads-remaining"]).sort();
      assert.deepEqual(remaining, ["0", "1", "2"]);
      const usage = await service.store.usageSummary(account.id);
      assert.equal(usage.downloads, 3);
      assert.equal(usage.recent.length, 3);
      assert.ok(usage.recent.every((entry) => entry.modelId === modelId && entry.type.toLowerCase() === "stl" && entry.bytes > 0));
    });

    it("never charges a failed request", async () => {
      const account = await service.store.createAccount({ email: "fails@example.com", password: "correct horse battery", plan: "evaluation", monthlyQuota: 5 });
      const failKey = (await service.store.createApiKey(account.id)).secret;
      await get({ key: failKey, id: modelId, type: "stl", p_length: "-1" });
      await get({ key: failKey, type: "stl", s: "export function build() { return 1; }" });
      await get({ key: failKey, id: "zzzzzzz9", type: "stl" });
      assert.equal((await service.store.usageSummary(account.id)).downloads, 0);
    });

    it("streams a large STL intact", async () => {
      const response = await get({ key, id: modelId, type: "stl", p_holes: "4", p_round: "true", tolerance: "0.001", angularTolerance: "0.05" });
      assert.equal(response.statusCode, 200);
      const triangles = response.rawPayload.readUInt32LE(80);
      assert.ok(triangles > 2000, `${triangles} triangles`);
      assert.equal(response.rawPayload.length, 84 + 50 * triangles);
    });

    it("keeps accounts, keys and models across a restart with the same data", async () => {
      const reopened = await service.reopen();
      assert.ok(await reopened.authenticateKey(key));
      assert.ok(await reopened.getModel(modelId, { viewerId: accountId }));
      assert.ok(await reopened.verifyPassword("maker@example.com", "correct horse battery"));
    });
  });

  describe(`limits on ${kind.name}`, { skip: kind.skip }, () => {
    let service: TestService;
    let key: string;
    before(async () => {
      service = await startService(kind, { limits: { maxScriptBytes: 2000, maxBodyBytes: 4000, ratePerSecond: 1, rateBurst: 2 } });
      const account = await service.store.createAccount({ email: "limits@example.com", password: "correct horse battery", plan: "enterprise" });
      key = (await service.store.createApiKey(account.id)).secret;
    });
    after(() => service.close());

    it("answers 413 for a script over the limit and for a body over the limit", async () => {
      const big = `${BOX_SCRIPT}\n// ${"x".repeat(2000)}`;
      assertProblem(await service.app.inject({ method: "POST", url: "/build", payload: { key, type: "stl", s: big } }), 413, "PAYLOAD_TOO_LARGE");
      assertProblem(await service.app.inject({ method: "POST", url: "/build", payload: { key, type: "stl", s: "x".repeat(5000) } }), 413, "PAYLOAD_TOO_LARGE");
    });

    it("answers 429 with Retry-After past the per-key rate", async () => {
      const responses = [];
      for (let i = 0; i < 4; i++) responses.push(await service.app.inject({ method: "GET", url: "/build", query: { key, type: "stl", s: "export function build() { return Workplane().box(1, 1, 1); }" } }));
      const limited = responses.find((r) => r.statusCode === 429);
      assert.ok(limited, `statuses ${responses.map((r) => r.statusCode)}`);
      assertProblem(limited, 429, "RATE_LIMITED");
      assert.match(String(limited.headers["retry-after"]), /^\d+$/);
    });
  });
}

describe("/build when the build backend is busy or too slow", () => {
  const failing = (code: "BUSY" | "TIMEOUT"): BuildBackend => ({
    build: async () => ({ ok: false, error: { code, message: code === "BUSY" ? "the build queue is full" : "the build exceeded its 30 s time limit" }, computeMs: 0 }),
    describe: async () => ({ ok: false, error: { code, message: "unused" }, computeMs: 0 }),
    health: () => ({}),
    close: async () => {},
  });
  for (const [code, status] of [["BUSY", 503], ["TIMEOUT", 504]] as const) {
    it(`answers ${status} for ${code}${code === "BUSY" ? " with Retry-After" : ""}`, async () => {
      const service = await startService(kinds[0]!, { backend: failing(code) });
      try {
        const account = await service.store.createAccount({ email: "busy@example.com", password: "correct horse battery", plan: "enterprise" });
        const key = (await service.store.createApiKey(account.id)).secret;
        const response = await service.app.inject({ method: "GET", url: "/build", query: { key, type: "stl", s: "x" } });
        assertProblem(response, status, code);
        if (code === "BUSY") assert.match(String(response.headers["retry-after"]), /^\d+$/);
        assert.equal((await service.store.usageSummary(account.id)).downloads, 0);
      } finally {
        await service.close();
      }
    });
  }
});
