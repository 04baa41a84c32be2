/** A key created without a name gets one that tells it apart ("key 1", "key 2", …); a given name is kept, trimmed. */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { signUpAndLogIn, startService, storeKinds, type TestService } from "./harness.ts";

describe("API key names", () => {
  let service: TestService;
  let cookie: string;
  before(async () => {
    const [sqlite] = await storeKinds();
    service = await startService(sqlite!);
    cookie = await signUpAndLogIn(service.app, "names@example.com");
  });
  after(() => service.close());

  const create = async (payload: object) => {
    const response = await service.app.inject({ method: "POST", url: "/api/keys", headers: { cookie, "content-type": "application/json" }, payload });
    assert.equal(response.statusCode, 201, response.body);
    return (response.json() as { key: { name: string } }).key.name;
  };

  it("names nameless and blank keys key 1, key 2, … skipping names in use, and keeps given names trimmed", async () => {
    assert.equal(await create({}), "key 1");
    assert.equal(await create({ name: "   " }), "key 2");
    assert.equal(await create({ name: "  laptop " }), "laptop");
    assert.equal(await create({ name: "key 3" }), "key 3");
    assert.equal(await create({}), "key 4");
  });
});
