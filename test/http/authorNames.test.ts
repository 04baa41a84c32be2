/**
 * Author names: an account's public display name, chosen at sign-up (or a `maker-…` default from
 * the account id), changed by its logged-in owner only, and shown as `author.name` on models —
 * never the owner's email.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { BOX_SCRIPT, storeKinds, startService, type TestService } from "./harness.ts";

const PASSWORD = "correct horse battery";
const JSON_HEADERS = { "content-type": "application/json" };

for (const kind of await storeKinds()) {
  describe(`author names (${kind.name})`, { skip: kind.skip }, () => {
    let service: TestService;
    before(async () => {
      service = await startService(kind);
    });
    after(() => service.close());

    const signUp = (payload: Record<string, unknown>) => service.app.inject({ method: "POST", url: "/api/accounts", headers: JSON_HEADERS, payload: { password: PASSWORD, ...payload } });
    const logIn = async (email: string) => {
      const response = await service.app.inject({ method: "POST", url: "/api/session", headers: JSON_HEADERS, payload: { email, password: PASSWORD } });
      assert.equal(response.statusCode, 200, response.body);
      return /pf_session=[^;]+/.exec(String(response.headers["set-cookie"]))![0];
    };
    const account = async (cookie: string) => (await service.app.inject({ method: "GET", url: "/api/account", headers: { cookie } })).json().account as { id: string; displayName: string };
    const rename = (headers: Record<string, string>, payload: unknown) =>
      service.app.inject({ method: "PATCH", url: "/api/account", headers: { ...JSON_HEADERS, ...headers }, payload: payload as Record<string, unknown> });
    const problemOf = (response: { statusCode: number; json(): unknown }) => response.json() as { code: string; param?: string; detail: string };

    it("signs up with a chosen name (trimmed) or, without one, a maker- default from the account id", async () => {
      assert.equal((await signUp({ email: "ada@example.com", displayName: "  Ada  Lovelace " })).statusCode, 202);
      assert.equal((await account(await logIn("ada@example.com"))).displayName, "Ada Lovelace");

      assert.equal((await signUp({ email: "grace.hopper@example.com" })).statusCode, 202);
      const unnamed = await account(await logIn("grace.hopper@example.com"));
      assert.equal(unnamed.displayName, `maker-${unnamed.id.replace(/-/g, "").slice(0, 8)}`);
      assert.doesNotMatch(unnamed.displayName, /grace|hopper/i);

      assert.equal((await signUp({ email: "blank@example.com", displayName: "   " })).statusCode, 202);
      assert.match((await account(await logIn("blank@example.com"))).displayName, /^maker-[0-9a-f]{8}$/);
    });

    it("refuses a malformed name with 400 and a taken one (any case) with 409, both naming displayName, creating no account", async () => {
      for (const bad of ["x", "a".repeat(41), "<b>bold</b>", "me@example.com", "--", 7]) {
        const response = await signUp({ email: "bad@example.com", displayName: bad });
        assert.equal(response.statusCode, 400, `${String(bad)}: ${response.body}`);
        assert.equal(problemOf(response).param, "displayName");
      }
      const taken = await signUp({ email: "copycat@example.com", displayName: "ADA LOVELACE" });
      assert.equal(taken.statusCode, 409, taken.body);
      assert.equal(problemOf(taken).code, "CONFLICT");
      assert.equal(problemOf(taken).param, "displayName");
      assert.match(problemOf(taken).detail, /taken/);
      for (const email of ["bad@example.com", "copycat@example.com"]) {
        const login = await service.app.inject({ method: "POST", url: "/api/session", headers: JSON_HEADERS, payload: { email, password: PASSWORD } });
        assert.equal(login.statusCode, 401, `no account was created for ${email}`);
      }
    });

    it("lets the logged-in owner change the name on the account page, but not an API key", async () => {
      assert.equal((await signUp({ email: "renamer@example.com", displayName: "Renamer" })).statusCode, 202);
      const cookie = await logIn("renamer@example.com");
      const renamed = await rename({ cookie }, { displayName: " Gear  Works " });
      assert.equal(renamed.statusCode, 200, renamed.body);
      assert.equal(renamed.json().account.displayName, "Gear Works");
      assert.equal((await account(cookie)).displayName, "Gear Works");

      const bad = await rename({ cookie }, { displayName: "!" });
      assert.equal(bad.statusCode, 400);
      assert.equal(problemOf(bad).param, "displayName");
      const missing = await rename({ cookie }, {});
      assert.equal(missing.statusCode, 400);
      assert.equal(problemOf(missing).param, "displayName");
      const other = await rename({ cookie }, { displayName: "Fine Name", email: "new@example.com" });
      assert.equal(other.statusCode, 400);
      assert.equal(problemOf(other).param, "email");
      const taken = await rename({ cookie }, { displayName: "ada lovelace" });
      assert.equal(taken.statusCode, 409);
      assert.equal(problemOf(taken).param, "displayName");
      assert.equal((await account(cookie)).displayName, "Gear Works", "refused changes change nothing");

      const created = await service.app.inject({ method: "POST", url: "/api/keys", headers: { ...JSON_HEADERS, cookie }, payload: { name: "ci" } });
      const secret = created.json().secret as string;
      const byKey = await rename({ authorization: `Bearer ${secret}` }, { displayName: "Key Thief" });
      assert.equal(byKey.statusCode, 401, byKey.body);
      assert.match(problemOf(byKey).detail, /an API key cannot do this/);
      assert.equal((await account(cookie)).displayName, "Gear Works");
      // The key still reads the account, name included.
      const read = await service.app.inject({ method: "GET", url: "/api/account", headers: { authorization: `Bearer ${secret}` } });
      assert.equal(read.json().account.displayName, "Gear Works");
    });

    it("shows the owner's name as author.name in the listing and the model document, never the email", async () => {
      assert.equal((await signUp({ email: "secret.owner@example.com", displayName: "Bracket Smith" })).statusCode, 202);
      const cookie = await logIn("secret.owner@example.com");
      const saved = await service.app.inject({
        method: "POST",
        url: "/api/models",
        headers: { ...JSON_HEADERS, cookie },
        payload: { name: "Author test box", script: BOX_SCRIPT, visibility: "public" },
      });
      assert.equal(saved.statusCode, 201, saved.body);
      const model = saved.json() as { id: string; author: { name: string } };
      assert.deepEqual(model.author, { name: "Bracket Smith" });

      const listing = await service.app.inject({ method: "GET", url: "/api/models" });
      const listed = (listing.json().models as { id: string; author: unknown }[]).find((m) => m.id === model.id);
      assert.deepEqual(listed?.author, { name: "Bracket Smith" });
      const document = await service.app.inject({ method: "GET", url: `/api/models/${model.id}` });
      assert.deepEqual(document.json().author, { name: "Bracket Smith" });
      for (const body of [listing.body, document.body]) assert.doesNotMatch(body, /secret\.owner|@example\.com/);

      assert.equal((await rename({ cookie }, { displayName: "Bracket Smith Jr" })).statusCode, 200);
      const after = await service.app.inject({ method: "GET", url: "/api/models" });
      assert.deepEqual((after.json().models as { id: string; author: unknown }[]).find((m) => m.id === model.id)?.author, { name: "Bracket Smith Jr" });
    });
  });
}
