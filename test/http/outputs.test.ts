/**
 * The drawing, picture and property outputs through `/build`: PROPS and PNG are not charged as
 * downloads (the compute budget still meters them), SVG, DXF and BREP are; `out_*` fields are
 * output options, never parameters, checked before any build, and part of the ETag.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { BOX_SCRIPT, startService, storeKinds, type TestService } from "./harness.ts";

const [sqlite] = await storeKinds();

describe("/build outputs SVG, DXF, PNG, BREP and PROPS", () => {
  let service: TestService;
  let key: string;
  let accountId: string;

  before(async () => {
    service = await startService(sqlite!);
    const account = await service.store.createAccount({ email: "quote@example.com", password: "correct horse battery", plan: "evaluation", monthlyQuota: 2 });
    accountId = account.id;
    key = (await service.store.createApiKey(account.id)).secret;
  });
  after(() => service.close());

  const get = (query: Record<string, string>) => service.app.inject({ method: "GET", url: "/build", query: { key, s: BOX_SCRIPT, ...query } });

  it("answers PROPS and PNG without charging a download, and charges SVG, DXF and BREP", async () => {
    const props = await get({ type: "PROPS", out_material: "pla" });
    assert.equal(props.statusCode, 200, props.body);
    assert.equal(props.headers["content-type"], "application/json");
    assert.equal(props.headers["x-downloads-remaining"], undefined);
    const facts = JSON.parse(props.body);
    assert.equal(facts.format, "partforge-props");
    assert.ok(facts.volume > 0 && facts.mass > 0 && facts.valid === true);
    const png = await get({ type: "png", out_width: "64", out_height: "48" });
    assert.equal(png.statusCode, 200, png.body);
    assert.equal(png.headers["content-type"], "image/png");
    assert.equal(png.rawPayload.readUInt32BE(16), 64, "IHDR width");
    assert.equal((await service.store.usageSummary(accountId)).downloads, 0, "nothing charged yet");

    for (const [type, mediaType, remaining] of [["SVG", "image/svg+xml", "1"], ["DXF", "image/vnd.dxf", "0"]] as const) {
      const response = await get({ type });
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.headers["content-type"], mediaType);
      assert.equal(response.headers["x-downloads-remaining"], remaining);
    }
    const refused = await get({ type: "BREP" });
    assert.equal(refused.statusCode, 403);
    assert.equal(JSON.parse(refused.body).code, "QUOTA_EXCEEDED");
    // With no downloads left, the free outputs still answer.
    assert.equal((await get({ type: "PROPS" })).statusCode, 200);
    assert.equal((await get({ type: "PNG", out_width: "32", out_height: "32" })).statusCode, 200);
    // /api/formats says so: free exactly where no download was charged.
    const { formats } = (await service.app.inject({ method: "GET", url: "/api/formats" })).json() as { formats: { type: string; free: boolean }[] };
    const free = Object.fromEntries(formats.map((f) => [f.type, f.free]));
    assert.deepEqual({ PROPS: free.PROPS, PNG: free.PNG, SVG: free.SVG, DXF: free.DXF, BREP: free.BREP }, { PROPS: true, PNG: true, SVG: false, DXF: false, BREP: false });
  });

  it("keeps out_* options apart from parameters and in the ETag", async () => {
    const front = await get({ type: "PROPS", p_length: "30" });
    const dense = await get({ type: "PROPS", p_length: "30", out_density: "2" });
    assert.equal(front.statusCode, 200);
    assert.equal(dense.statusCode, 200);
    assert.notEqual(front.headers.etag, dense.headers.etag);
    assert.equal(JSON.parse(dense.body).density, 2);
    assert.equal(JSON.parse(front.body).mass, undefined);
  });

  it("takes out_* fields beside params in a JSON body and refuses them inside params", async () => {
    const post = (payload: object) => service.app.inject({ method: "POST", url: "/build", payload: { key, s: BOX_SCRIPT, ...payload }, headers: { "content-type": "application/json" } });
    const ok = await post({ type: "PROPS", out_material: "steel", params: { p_length: 40 } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(JSON.parse(ok.body).material, "steel");
    const inside = await post({ type: "PROPS", params: { out_material: "steel" } });
    assert.equal(inside.statusCode, 400);
    assert.match(JSON.parse(inside.body).detail, /"out_material" is a request field, not a parameter/);
  });

  it("answers bad output options with 400s naming the field, before building", async () => {
    const account = await service.store.createAccount({ email: "maker@example.com", password: "correct horse battery", plan: "enterprise" });
    const unlimited = (await service.store.createApiKey(account.id)).secret;
    const problem = async (query: Record<string, string>, param: string, pattern: RegExp) => {
      const response = await get({ ...query, key: unlimited });
      assert.equal(response.statusCode, 400, response.body);
      const body = JSON.parse(response.body);
      assert.equal(body.param, param);
      assert.match(body.detail, pattern);
    };
    await problem({ type: "SVG", out_view: "diagonal" }, "out_view", /not a view/);
    await problem({ type: "PNG", out_width: "-20" }, "out_width", /whole number of pixels/);
    await problem({ type: "STL", out_view: "top" }, "out_view", /does not apply to type=STL/);
    await problem({ type: "SVG", out_scale: "2" }, "out_scale", /unknown output option/);
    await problem({ type: "DXF", out_z: "500" }, "out_z", /out_z=500 is outside the part: the part spans z from/);
  });
});

describe("/api/preview as a PNG picture", () => {
  let service: TestService;
  let modelId: string;

  before(async () => {
    service = await startService(sqlite!);
    const owner = await service.store.createAccount({ email: "owner@example.com", password: "correct horse battery", plan: "evaluation", monthlyQuota: 1 });
    const schema = { metadata: { name: "Test box" } };
    modelId = (await service.store.createModel({ ownerId: owner.id, name: "Test box", visibility: "public", script: BOX_SCRIPT, language: "ts", schema })).model.id;
  });
  after(() => service.close());

  it("gives anyone a public model's thumbnail as PNG at the size asked, and refuses options PNG does not take", async () => {
    const response = await service.app.inject({ method: "GET", url: "/api/preview", query: { id: modelId, type: "PNG", out_width: "120", out_height: "90", out_view: "top" } });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers["content-type"], "image/png");
    assert.equal(response.rawPayload.readUInt32BE(16), 120);
    assert.equal(response.rawPayload.readUInt32BE(20), 90);
    const wrong = await service.app.inject({ method: "GET", url: "/api/preview", query: { id: modelId, type: "PNG", out_hidden: "false" } });
    assert.equal(wrong.statusCode, 400);
    assert.match(JSON.parse(wrong.body).detail, /out_hidden does not apply to type=PNG/);
  });

  it("gives a public model's page a social card whose image is that model's PNG preview, which renders", async () => {
    const page = await service.app.inject({ method: "GET", url: `/m/${modelId}`, headers: { host: "parts.example" } });
    assert.equal(page.statusCode, 200);
    const image = /<meta property="og:image" content="([^"]+)">/.exec(page.body)?.[1]?.replace(/&amp;|&#38;/g, "&");
    assert.ok(image !== undefined, "og:image");
    assert.match(page.body, /<meta property="og:title" content="Test box">/);
    const url = new URL(image);
    assert.equal(url.origin, "http://parts.example");
    const picture = await service.app.inject({ method: "GET", url: `${url.pathname}${url.search}` });
    assert.equal(picture.statusCode, 200, picture.body);
    assert.equal(picture.headers["content-type"], "image/png");
    assert.equal(picture.rawPayload.readUInt32BE(16), 1200);
    assert.equal(picture.rawPayload.readUInt32BE(20), 630);
  });
});
