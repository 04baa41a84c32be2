/** The web routes through `inject`: page shells, the bundle, /api/formats. */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { exportFormats } from "../../src/exporters/index.ts";
import { BOX_SCRIPT, signUpAndLogIn, startService, storeKinds, type TestService } from "../http/harness.ts";

describe("web routes", () => {
  let service: TestService;
  let cookie: string;
  let publicId: string;
  let privateId: string;

  const json = { "content-type": "application/json" };

  before(async () => {
    const [sqlite] = await storeKinds();
    service = await startService(sqlite!);
    cookie = await signUpAndLogIn(service.app, "owner@example.com");
    const create = async (visibility: string) =>
      (await service.app.inject({ method: "POST", url: "/api/models", headers: { ...json, cookie }, payload: { script: BOX_SCRIPT, visibility } })).json().id as string;
    publicId = await create("public");
    privateId = await create("private");
  });
  after(() => service.close());

  it("serves every page as an HTML shell with a strict Content-Security-Policy and the session in the boot data", async () => {
    for (const url of ["/", "/tester", "/login", "/signup", `/m/${publicId}`]) {
      const response = await service.app.inject({ method: "GET", url });
      assert.equal(response.statusCode, 200, url);
      assert.match(String(response.headers["content-type"]), /^text\/html/);
      assert.match(String(response.headers["content-security-policy"]), /script-src 'self'/);
      assert.match(response.body, /<script type="module" src="\/assets\/\w+\.js"><\/script>/);
      assert.match(response.body, /"account":null/);
    }
    const logged = await service.app.inject({ method: "GET", url: "/", headers: { cookie } });
    assert.match(logged.body, /"email":"owner@example.com"/);
  });

  it("names the model in the title of its page, and answers 404 for a private model to others", async () => {
    const page = await service.app.inject({ method: "GET", url: `/m/${publicId}` });
    assert.match(page.body, /<title>Test box · partforge<\/title>/);
    assert.equal((await service.app.inject({ method: "GET", url: `/m/${privateId}` })).statusCode, 404);
    assert.equal((await service.app.inject({ method: "GET", url: `/m/${privateId}`, headers: { cookie } })).statusCode, 200);
  });

  it("makes the header's log-in and sign-up links come back to the page they were followed from", async () => {
    const page = await service.app.inject({ method: "GET", url: `/m/${publicId}?p_length=30` });
    const next = encodeURIComponent(`/m/${publicId}?p_length=30`);
    assert.match(page.body, new RegExp(`<a href="/login\\?next=${next.replace(/%/g, "%")}">Log in</a>`));
    assert.match(page.body, new RegExp(`<a href="/signup\\?next=${next}">Sign up</a>`));
    const login = await service.app.inject({ method: "GET", url: `/login?next=${next}` });
    assert.match(login.body, new RegExp(`<a href="/signup\\?next=${next}">Sign up</a>`));
    const gallery = await service.app.inject({ method: "GET", url: "/" });
    assert.match(gallery.body, /<a href="\/login">Log in<\/a>/);
  });

  it("sends visitors who are not logged in from the account page and the editor to log in, and back", async () => {
    for (const url of ["/account", "/editor", `/editor/${publicId}`]) {
      const response = await service.app.inject({ method: "GET", url });
      assert.equal(response.statusCode, 303);
      assert.equal(response.headers.location, `/login?next=${encodeURIComponent(url)}`);
    }
    const loggedIn = await service.app.inject({ method: "GET", url: "/login?next=//evil.example/", headers: { cookie } });
    assert.equal(loggedIn.headers.location, "/account", "never redirects off the site");
  });

  it("serves the bundle with ETags: every page script, the stylesheet, and no CDN URL inside", async () => {
    for (const asset of ["gallery.js", "model.js", "editor.js", "account.js", "login.js", "signup.js", "tester.js", "docs.js", "styles.css", "favicon.svg"]) {
      const response = await service.app.inject({ method: "GET", url: `/assets/${asset}` });
      assert.equal(response.statusCode, 200, asset);
      const etag = String(response.headers.etag);
      assert.equal((await service.app.inject({ method: "GET", url: `/assets/${asset}`, headers: { "if-none-match": etag } })).statusCode, 304);
      assert.doesNotMatch(response.body, /(src|href)=["']https?:\/\//, asset);
    }
    assert.equal((await service.app.inject({ method: "GET", url: "/assets/nothing.js" })).statusCode, 404);
  });

  it("sends the bundle compressed (brotli, else gzip) to browsers that accept it: the same bytes, its own ETag, Vary: Accept-Encoding", async () => {
    const { brotliDecompressSync, gunzipSync } = await import("node:zlib");
    for (const asset of ["editor.js", "styles.css"]) {
      const plain = await service.app.inject({ method: "GET", url: `/assets/${asset}` });
      assert.equal(plain.headers["content-encoding"], undefined, asset);
      assert.equal(plain.headers.vary, "Accept-Encoding");
      for (const [accept, encoding, decode] of [["gzip, deflate, br", "br", brotliDecompressSync], ["gzip", "gzip", gunzipSync]] as const) {
        const sent = await service.app.inject({ method: "GET", url: `/assets/${asset}`, headers: { "accept-encoding": accept } });
        assert.equal(sent.statusCode, 200);
        assert.equal(sent.headers["content-encoding"], encoding, `${asset} ${accept}`);
        assert.equal(sent.headers["content-type"], plain.headers["content-type"]);
        assert.ok(sent.rawPayload.length < plain.rawPayload.length / 2, `${asset}: ${sent.rawPayload.length} of ${plain.rawPayload.length} bytes`);
        assert.deepEqual(decode(sent.rawPayload), plain.rawPayload, `${asset} ${encoding} decodes to the asset`);
        assert.notEqual(sent.headers.etag, plain.headers.etag, "another representation, another ETag");
        const again = await service.app.inject({ method: "GET", url: `/assets/${asset}`, headers: { "accept-encoding": accept, "if-none-match": String(sent.headers.etag) } });
        assert.equal(again.statusCode, 304);
      }
      const refused = await service.app.inject({ method: "GET", url: `/assets/${asset}`, headers: { "accept-encoding": "br;q=0, gzip;q=0" } });
      assert.equal(refused.headers["content-encoding"], undefined);
      assert.deepEqual(refused.rawPayload, plain.rawPayload);
    }
  });

  it("lists the output formats of the exporters at /api/formats, saying which are free (PNG and PROPS)", async () => {
    const response = await service.app.inject({ method: "GET", url: "/api/formats" });
    const { formats } = response.json() as { formats: { type: string; mediaType: string; extension: string; free: boolean }[] };
    assert.deepEqual(formats.map((f) => f.type), exportFormats().map((f) => f.toUpperCase()));
    for (const type of ["SVG", "DXF", "BREP", "PNG", "PROPS"]) assert.ok(formats.some((f) => f.type === type), `${type} is listed`);
    assert.deepEqual(formats.find((f) => f.type === "STL"), { type: "STL", mediaType: "model/stl", extension: ".stl", mesh: true, free: false });
    assert.deepEqual(formats.filter((f) => f.free).map((f) => f.type).sort(), ["PNG", "PROPS"]);
  });

  it("no longer serves the STL preview: views go through /api/preview (GLB), which charges nobody", async () => {
    assert.equal((await service.app.inject({ method: "GET", url: `/m/${publicId}/preview.stl` })).statusCode, 404);
    const response = await service.app.inject({ method: "GET", url: `/api/preview?id=${privateId}`, headers: { cookie, "x-partforge-session": "1" } });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers["content-type"], "model/gltf-binary");
    const usage = (await service.app.inject({ method: "GET", url: "/api/usage", headers: { cookie } })).json();
    assert.equal(usage.downloads, 0);
  });
});
