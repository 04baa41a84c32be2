import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { BOX_SCRIPT, signUpAndLogIn, startService, storeKinds, type TestService } from "./harness.ts";

const kinds = await storeKinds();

/** A cookie jar of one: the session cookie a response set. */
function sessionCookie(response: { headers: Record<string, unknown> }): string {
  const header = response.headers["set-cookie"];
  const cookie = (Array.isArray(header) ? header : [header]).find((c) => String(c).startsWith("pf_session="));
  assert.ok(cookie, "sets the session cookie");
  assert.match(String(cookie), /HttpOnly/i);
  assert.match(String(cookie), /SameSite=Lax/i);
  return String(cookie).split(";")[0]!;
}

for (const kind of kinds) {
  describe(`account, key and model API on ${kind.name}`, { skip: kind.skip }, () => {
    let service: TestService;
    before(async () => {
      service = await startService(kind);
    });
    after(() => service.close());

    const call = (method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", url: string, options: { cookie?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
      service.app.inject({
        method,
        url,
        ...(options.body !== undefined ? { payload: options.body as object } : {}),
        headers: { ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
      });

    const signUp = (email: string) => signUpAndLogIn(service.app, email);

    it("signs up, logs out, and logs back in", async () => {
      const cookie = await signUp("ann@example.com");
      assert.equal(JSON.parse((await call("GET", "/api/account", { cookie })).body).account.email, "ann@example.com");
      assert.equal((await call("DELETE", "/api/session", { cookie })).statusCode, 204);
      assert.equal((await call("GET", "/api/account", { cookie })).statusCode, 401, "the old session is gone");
      const wrong = await call("POST", "/api/session", { body: { email: "ann@example.com", password: "wrong password" } });
      assert.equal(wrong.statusCode, 401);
      const login = await call("POST", "/api/session", { body: { email: "ANN@example.com", password: "correct horse battery" } });
      assert.equal(login.statusCode, 200);
      assert.equal(JSON.parse((await call("GET", "/api/account", { cookie: sessionCookie(login) })).body).account.email, "ann@example.com");
    });

    it("answers a sign-up the same whether or not the email has an account, and a bad one with 400", async () => {
      const first = await call("POST", "/api/accounts", { body: { email: "dup@example.com", password: "correct horse battery" } });
      const again = await call("POST", "/api/accounts", { body: { email: "DUP@example.com", password: "another horse battery" } });
      for (const response of [first, again]) {
        assert.equal(response.statusCode, 202, response.body);
        assert.equal(response.headers["set-cookie"], undefined, "no session: the client logs in next");
      }
      assert.equal(again.body, first.body);
      assert.equal(JSON.parse(first.body).status, "created-or-exists");
      const owner = await call("POST", "/api/session", { body: { email: "dup@example.com", password: "correct horse battery" } });
      assert.equal(owner.statusCode, 200, "the first password still logs in");
      assert.equal((await call("POST", "/api/session", { body: { email: "dup@example.com", password: "another horse battery" } })).statusCode, 401);
      assert.equal((await call("POST", "/api/accounts", { body: { email: "not-an-email", password: "correct horse battery" } })).statusCode, 400);
      assert.equal((await call("POST", "/api/accounts", { body: { email: "x@example.com" } })).statusCode, 400);
    });

    it("refuses state changes that are not JSON (a cross-site form cannot forge them)", async () => {
      const response = await service.app.inject({ method: "POST", url: "/api/accounts", payload: "email=a@b.co&password=correct+horse+battery", headers: { "content-type": "application/x-www-form-urlencoded" } });
      assert.equal(response.statusCode, 415);
    });

    it("creates a key shown once, lists it by prefix, disables, enables and deletes it", async () => {
      const cookie = await signUp("keys@example.com");
      const created = await call("POST", "/api/keys", { cookie, body: { name: "laptop" } });
      assert.equal(created.statusCode, 201);
      const { key, secret } = JSON.parse(created.body);
      assert.ok(secret.startsWith(key.prefix));
      const listed = JSON.parse((await call("GET", "/api/keys", { cookie })).body).keys;
      assert.equal(listed.length, 1);
      assert.equal(listed[0].prefix, key.prefix);
      assert.equal(listed[0].name, "laptop");
      assert.ok(!JSON.stringify(listed).includes(secret), "the secret is never listed");
      // The key works as API authentication, and updates last used.
      assert.equal((await call("GET", "/api/account", { headers: { authorization: `Bearer ${secret}` } })).statusCode, 200);
      assert.notEqual(JSON.parse((await call("GET", "/api/keys", { cookie })).body).keys[0].lastUsedAt, null);
      assert.equal(JSON.parse((await call("PATCH", `/api/keys/${key.id}`, { cookie, body: { disabled: true } })).body).key.disabled, true);
      assert.equal((await call("GET", "/api/account", { headers: { authorization: `Bearer ${secret}` } })).statusCode, 403);
      await call("PATCH", `/api/keys/${key.id}`, { cookie, body: { disabled: false } });
      assert.equal((await call("GET", "/api/account", { headers: { "x-api-key": secret } })).statusCode, 200);
      assert.equal((await call("DELETE", `/api/keys/${key.id}`, { cookie })).statusCode, 204);
      assert.equal((await call("GET", "/api/account", { headers: { "x-api-key": secret } })).statusCode, 403);
      const other = await signUp("keys2@example.com");
      const created2 = JSON.parse((await call("POST", "/api/keys", { cookie, body: {} })).body);
      assert.equal((await call("DELETE", `/api/keys/${created2.key.id}`, { cookie: other })).statusCode, 404, "not someone else's key");
    });

    it("saves a model (validated and described), revises it under the same id, and serves its schema", async () => {
      const cookie = await signUp("models@example.com");
      const created = await call("POST", "/api/models", { cookie, body: { script: BOX_SCRIPT, visibility: "public" } });
      assert.equal(created.statusCode, 201, created.body);
      const model = JSON.parse(created.body);
      assert.match(model.id, /^[a-z0-9]{7,9}$/);
      assert.equal(model.name, "Test box");
      assert.equal(model.revision, 1);
      assert.deepEqual(model.schema.parameters.map((p: { name: string }) => p.name), ["p_length", "p_holes", "p_round", "p_size"]);
      assert.deepEqual(Object.keys(model.schema.presets).sort(), ["default", "long", "short"]);
      const revised = await call("PUT", `/api/models/${model.id}`, { cookie, body: { script: BOX_SCRIPT.replace("max: 100", "max: 150"), name: "Box v2" } });
      assert.equal(revised.statusCode, 200, revised.body);
      const read = JSON.parse((await call("GET", `/api/models/${model.id}`)).body);
      assert.equal(read.revision, 2);
      assert.equal(read.name, "Box v2");
      assert.equal(read.schema.parameters[0].max, 150);
    });

    it("rejects an invalid script on save with 400 and its line and column", async () => {
      const cookie = await signUp("bad@example.com");
      const response = await call("POST", "/api/models", { cookie, body: { script: 'import { FloatParam } from "partforge";\nexport const p_x = FloatParam({ min: 1, max: 5 });\nexport function build() {}\n' } });
      assert.equal(response.statusCode, 400);
      const problem = JSON.parse(response.body);
      assert.equal(problem.code, "SCRIPT_INVALID");
      assert.equal(problem.param, "p_x");
      assert.equal(problem.line, 2);
    });

    it("pages the model list by limit and offset, and refuses paging values it cannot honour (no silent clamp)", async () => {
      const owner = await signUp("pager@example.com");
      for (const name of ["Page A", "Page B", "Page C"]) assert.equal((await call("POST", "/api/models", { cookie: owner, body: { script: BOX_SCRIPT, visibility: "private", name } })).statusCode, 201);
      const page = async (query: string) => JSON.parse((await call("GET", `/api/models?${query}`, { cookie: owner })).body).models.map((m: { name: string }) => m.name);
      const all = await page("limit=200");
      assert.deepEqual(await page("limit=2"), all.slice(0, 2));
      assert.deepEqual(await page("limit=2&offset=1"), all.slice(1, 3));
      assert.deepEqual(await page("offset=0&limit="), all.slice(0, 50), "an empty value is the default");
      for (const [query, param] of [["limit=0", "limit"], ["limit=201", "limit"], ["limit=ten", "limit"], ["limit=2.5", "limit"], ["limit=-1", "limit"], ["offset=-3", "offset"], ["offset=1e3", "offset"], ["offset=99999999999999999999", "offset"]] as const) {
        const answer = await call("GET", `/api/models?${query}`, { cookie: owner });
        assert.equal(answer.statusCode, 400, query);
        const problem = JSON.parse(answer.body);
        assert.equal(problem.code, "USAGE", query);
        assert.equal(problem.param, param, query);
        assert.match(problem.detail, new RegExp(`"${param}" must be a whole number from \\d`), query);
      }
    });

    it("keeps private models private: 404 to others, listed only for the owner", async () => {
      const owner = await signUp("private@example.com");
      const stranger = await signUp("stranger@example.com");
      const model = JSON.parse((await call("POST", "/api/models", { cookie: owner, body: { script: BOX_SCRIPT, visibility: "private", name: "Hidden" } })).body);
      assert.equal((await call("GET", `/api/models/${model.id}`, { cookie: owner })).statusCode, 200);
      assert.equal((await call("GET", `/api/models/${model.id}`, { cookie: stranger })).statusCode, 404);
      assert.equal((await call("GET", `/api/models/${model.id}`)).statusCode, 404);
      const ownerList = JSON.parse((await call("GET", "/api/models", { cookie: owner })).body).models;
      const strangerList = JSON.parse((await call("GET", "/api/models", { cookie: stranger })).body).models;
      assert.ok(ownerList.some((m: { id: string }) => m.id === model.id));
      assert.ok(!strangerList.some((m: { id: string }) => m.id === model.id));
      assert.equal((await call("PUT", `/api/models/${model.id}`, { cookie: stranger, body: { script: BOX_SCRIPT } })).statusCode, 404);
      assert.equal((await call("DELETE", `/api/models/${model.id}`, { cookie: stranger })).statusCode, 404);
      assert.equal((await call("DELETE", `/api/models/${model.id}`, { cookie: owner })).statusCode, 204);
      assert.equal((await call("GET", `/api/models/${model.id}`, { cookie: owner })).statusCode, 404);
    });

    it("reports usage this month with the quota and recent downloads", async () => {
      const cookie = await signUp("usage@example.com");
      const { secret } = JSON.parse((await call("POST", "/api/keys", { cookie, body: {} })).body);
      const build = await service.app.inject({ method: "GET", url: "/build", query: { key: secret, type: "stl", s: BOX_SCRIPT } });
      assert.equal(build.statusCode, 200);
      const usage = JSON.parse((await call("GET", "/api/usage", { cookie })).body);
      assert.equal(usage.downloads, 1);
      assert.equal(usage.monthlyQuota, 100);
      assert.equal(usage.remaining, 99);
      assert.equal(usage.recent[0].type.toLowerCase(), "stl");
    });

    it("answers unknown routes and unauthenticated calls with problem+json", async () => {
      const missing = await call("GET", "/nope");
      assert.equal(missing.statusCode, 404);
      assert.match(String(missing.headers["content-type"]), /problem\+json/);
      assert.equal((await call("GET", "/api/keys")).statusCode, 401);
    });

    it("publishes /openapi.json with every endpoint and /docs/contract with curl examples and every status", async () => {
      const document = JSON.parse((await call("GET", "/openapi.json")).body);
      for (const path of ["/build", "/parts/build", "/api/accounts", "/api/session", "/api/keys", "/api/keys/{id}", "/api/models", "/api/models/{id}", "/api/usage", "/api/account"]) {
        assert.ok(document.paths[path], path);
      }
      const docs = (await call("GET", "/docs/contract")).body;
      assert.match(docs, /curl -o part\.step &quot;http/);
      assert.match(docs, /curl -o box\.stl http/);
      for (const status of [200, 304, 400, 403, 404, 413, 429, 500, 503, 504]) assert.match(docs, new RegExp(`<td data-label="status">${status}</td>`));
    });
  });
}
