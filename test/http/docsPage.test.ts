/** `/docs`: the examples use this server's address and a public model that exists here (issue 19, point 4, in part). */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { BOX_SCRIPT, signUpAndLogIn, startService, storeKinds, type TestService } from "./harness.ts";

describe("/docs examples", () => {
  let service: TestService;
  let cookie: string;
  const docs = async () => (await service.app.inject({ url: "/docs", headers: { host: "parts.example.test:8123" } })).body;

  before(async () => {
    const [sqlite] = await storeKinds();
    service = await startService(sqlite!);
    cookie = await signUpAndLogIn(service.app, "docs@example.com");
  });
  after(() => service.close());

  it("says how to get a model id while the server has no public model, never a made-up id", async () => {
    const page = await docs();
    assert.match(page, /this server has no public model yet/);
    assert.match(page, /curl -o part\.step "http:\/\/parts\.example\.test:8123\/build\?key=\$KEY&amp;id=MODEL_ID&amp;type=STEP"/);
    assert.doesNotMatch(page, /localhost:8080|id=4hskpb69|"id": "4hskpb69"|pull 4hskpb69/);
  });

  it("names the newest public model and this server's address; a private model is never shown", async () => {
    const save = (visibility: string) =>
      service.app.inject({ method: "POST", url: "/api/models", headers: { cookie, "content-type": "application/json" }, payload: JSON.stringify({ script: BOX_SCRIPT, visibility }) });
    const publicModel = (await save("public")).json() as { id: string };
    await save("private");
    const page = await docs();
    assert.doesNotMatch(page, /no public model yet/);
    assert.match(page, new RegExp(`curl -o part\\.step "http://parts\\.example\\.test:8123/build\\?key=\\$KEY&amp;id=${publicModel.id}&amp;type=STEP"`));
    assert.match(page, new RegExp(`"id": "${publicModel.id}"`));
    assert.match(page, new RegExp(`partforge models pull ${publicModel.id} --server http://parts\\.example\\.test:8123 -o part\\.ts`));
  });
});
