/** `/build` with the web app's session: charged to the account like a key, never without the web header. */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { BOX_SCRIPT, signUpAndLogIn, startService, storeKinds, type TestService } from "../http/harness.ts";

describe("/build with a logged-in session", () => {
  let service: TestService;
  let cookie: string;

  before(async () => {
    const [sqlite] = await storeKinds();
    service = await startService(sqlite!);
    cookie = await signUpAndLogIn(service.app, "web@example.com");
  });
  after(() => service.close());

  it("builds with the session cookie and X-Partforge-Session: 1, charging the account with no key", async () => {
    const response = await service.app.inject({
      method: "POST",
      url: "/build",
      headers: { cookie, "x-partforge-session": "1", "content-type": "application/json" },
      payload: { type: "STL", s: BOX_SCRIPT, params: { p_length: "30" } },
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers["content-type"], "model/stl");
    assert.equal(response.headers["x-downloads-remaining"], "99");
    const usage = await service.app.inject({ method: "GET", url: "/api/usage", headers: { cookie } });
    const body = usage.json() as { downloads: number; recent: { keyId: string | null; type: string }[] };
    assert.equal(body.downloads, 1);
    assert.equal(body.recent[0]!.keyId, null);
  });

  it("refuses the session cookie alone with 403, so a cross-site link cannot spend downloads", async () => {
    const response = await service.app.inject({ method: "GET", url: `/build?type=STL&s=${encodeURIComponent(BOX_SCRIPT)}`, headers: { cookie } });
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().code, "ACCESS_DENIED");
  });

  it("refuses the web header without a session with 403", async () => {
    const response = await service.app.inject({ method: "GET", url: `/build?type=STL&s=${encodeURIComponent(BOX_SCRIPT)}`, headers: { "x-partforge-session": "1" } });
    assert.equal(response.statusCode, 403);
  });

  it("uses a presented key over the session, and refuses a bad key even with a valid session", async () => {
    const response = await service.app.inject({
      method: "GET",
      url: `/build?type=STL&s=${encodeURIComponent(BOX_SCRIPT)}`,
      headers: { cookie, "x-partforge-session": "1", "x-api-key": "pf_nothing_here" },
    });
    assert.equal(response.statusCode, 403);
  });
});
