/**
 * `/api/preview`: looking is free. Viewer formats only (GLB, TJS) at the preview tolerance, never
 * a download charged — for a key, the web app's session or an anonymous visitor — bounded by the
 * compute budgets (429 once spent) and by a size limit; bad input answers a clear problem.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { InProcessBackend, type BuildBackend } from "../../src/build/index.ts";
import type { ComputeBudgets } from "../../src/http/computeBudget.ts";
import { BOX_SCRIPT, startService, storeKinds, type TestService } from "./harness.ts";

const [sqlite] = await storeKinds();

/** The in-process backend, charging a fixed slot time per run and remembering each build's tolerance. */
class FixedCostBackend implements BuildBackend {
  readonly tolerances: number[] = [];
  readonly #inner = new InProcessBackend();
  constructor(public costMs: number) {}
  async build(...[request, beforeRun]: Parameters<BuildBackend["build"]>) {
    this.tolerances.push(request.options!.tolerance!);
    return { ...(await this.#inner.build(request, beforeRun)), computeMs: this.costMs };
  }
  async describe(...args: Parameters<BuildBackend["describe"]>) {
    return { ...(await this.#inner.describe(...args)), computeMs: 0 };
  }
  health() {
    return this.#inner.health();
  }
  close() {
    return this.#inner.close();
  }
}

function problemOf(response: { statusCode: number; body: string }, status: number, code: string): Record<string, unknown> {
  assert.equal(response.statusCode, status, response.body);
  const problem = JSON.parse(response.body) as Record<string, unknown>;
  assert.equal(problem.code, code, response.body);
  return problem;
}

const INCH_BOX = `export const UOM = "in";
export function build() { return Workplane("XY").box(2, 1, 0.5); }`;

describe("/api/preview", () => {
  const budgets: ComputeBudgets = { perPlanMs: { evaluation: 1000, enterprise: 100_000 }, anonymousPerClientMs: 700, anonymousPerModelMs: 100_000 };
  let service: TestService;
  let backend: FixedCostBackend;
  let cookie: string;
  let secret: string;
  let accountId: string;
  let publicId: string;
  let privateId: string;
  const web = () => ({ cookie, "x-partforge-session": "1" });

  before(async () => {
    backend = new FixedCostBackend(0);
    service = await startService(sqlite!, { backend, limits: { computeBudgets: budgets, maxPreviewBytes: 200_000 } });
    const account = await service.store.createAccount({ email: "viewer@example.com", password: "correct horse battery" });
    accountId = account.id;
    secret = (await service.store.createApiKey(account.id)).secret;
    cookie = `pf_session=${(await service.store.createSession(account.id)).token}`;
    const create = async (visibility: string) =>
      (await service.app.inject({ method: "POST", url: "/api/models", headers: { cookie }, payload: { script: BOX_SCRIPT, visibility } })).json().id as string;
    publicId = await create("public");
    privateId = await create("private");
  });
  after(() => service.close());

  const downloads = async () => (await service.store.usageSummary(accountId)).downloads;

  it("answers GLB by default and TJS on request, with values and presets, and charges no download — session, key or anonymous", async () => {
    const glb = await service.app.inject({ method: "GET", url: `/api/preview?id=${publicId}&p_length=40`, headers: web() });
    assert.equal(glb.statusCode, 200, glb.body);
    assert.equal(glb.headers["content-type"], "model/gltf-binary");
    assert.equal(glb.rawPayload.subarray(0, 4).toString("latin1"), "glTF");
    assert.equal(glb.headers["x-downloads-remaining"], undefined, "a preview says nothing about downloads");
    assert.equal(glb.headers["content-disposition"], undefined, "a preview is no file to save");
    const tjs = await service.app.inject({ method: "POST", url: "/api/preview", headers: { "x-api-key": secret }, payload: { id: publicId, type: "tjs", preset: "long", params: { p_round: true } } });
    assert.equal(tjs.statusCode, 200, tjs.body);
    assert.equal(tjs.headers["content-type"], "application/json");
    assert.equal(JSON.parse(tjs.body).object.type, "Group");
    const anonymous = await service.app.inject({ method: "GET", url: `/api/preview?id=${publicId}&p_holes=2`, remoteAddress: "203.0.113.20" });
    assert.equal(anonymous.statusCode, 200, anonymous.body);
    const script = await service.app.inject({ method: "POST", url: "/api/preview", headers: web(), payload: { s: BOX_SCRIPT, params: { p_size: "M" } } });
    assert.equal(script.statusCode, 200, script.body);
    assert.equal(await downloads(), 0);
    // The same values as a download: exactly one charged.
    const download = await service.app.inject({ method: "GET", url: `/build?id=${publicId}&type=STL&p_length=40`, headers: { "x-api-key": secret } });
    assert.equal(download.statusCode, 200);
    assert.equal(await downloads(), 1);
  });

  it("meshes at the preview tolerance in the model's unit, not the download's", async () => {
    await service.app.inject({ method: "GET", url: `/api/preview?id=${publicId}`, headers: web() });
    assert.equal(backend.tolerances.at(-1), 0.25);
    const inches = await service.app.inject({ method: "POST", url: "/api/preview", headers: web(), payload: { s: INCH_BOX } });
    assert.equal(inches.statusCode, 200, inches.body);
    assert.ok(Math.abs(backend.tolerances.at(-1)! - 0.25 / 25.4) < 1e-12);
  });

  it("answers 304 on a matching ETag, and a public model's preview may be cached publicly", async () => {
    const first = await service.app.inject({ method: "GET", url: `/api/preview?id=${publicId}`, remoteAddress: "203.0.113.21" });
    assert.equal(first.headers["cache-control"], "public, max-age=60");
    const again = await service.app.inject({ method: "GET", url: `/api/preview?id=${publicId}`, remoteAddress: "203.0.113.21", headers: { "if-none-match": String(first.headers.etag) } });
    assert.equal(again.statusCode, 304);
    const own = await service.app.inject({ method: "GET", url: `/api/preview?id=${privateId}`, headers: web() });
    assert.equal(own.statusCode, 200);
    assert.equal(own.headers["cache-control"], "private, no-cache");
  });

  it("refuses a download format, a download-only field and a bad type with 400 saying what to do", async () => {
    const stl = problemOf(await service.app.inject({ method: "GET", url: `/api/preview?id=${publicId}&type=STL`, headers: web() }), 400, "USAGE");
    assert.equal(stl.param, "type");
    assert.match(String(stl.detail), /previews come as GLB or TJS.*or as a PNG picture; STL is a download: ask \/build/);
    const step = problemOf(await service.app.inject({ method: "GET", url: `/api/preview?id=${publicId}&type=step`, headers: web() }), 400, "USAGE");
    assert.match(String(step.detail), /STEP is a download/);
    const unknown = problemOf(await service.app.inject({ method: "GET", url: `/api/preview?id=${publicId}&type=obj`, headers: web() }), 400, "USAGE");
    assert.match(String(unknown.detail), /unknown output type "obj"/);
    const tolerance = problemOf(await service.app.inject({ method: "GET", url: `/api/preview?id=${publicId}&tolerance=0.01`, headers: web() }), 400, "USAGE");
    assert.equal(tolerance.param, "tolerance");
    assert.match(String(tolerance.detail), /send it to \/build/);
  });

  it("answers an unknown or someone else's private model 404, and a script without a caller 401", async () => {
    const missing = problemOf(await service.app.inject({ method: "GET", url: "/api/preview?id=nosuchid1", headers: web() }), 404, "NOT_FOUND");
    assert.equal(missing.param, "id");
    problemOf(await service.app.inject({ method: "GET", url: "/api/preview?id=NOT-AN-ID" }), 404, "NOT_FOUND");
    problemOf(await service.app.inject({ method: "GET", url: `/api/preview?id=${privateId}`, remoteAddress: "203.0.113.22" }), 404, "NOT_FOUND");
    // The session cookie alone (no web header, as from a cross-site link) is an anonymous visitor.
    problemOf(await service.app.inject({ method: "GET", url: `/api/preview?id=${privateId}`, headers: { cookie }, remoteAddress: "203.0.113.22" }), 404, "NOT_FOUND");
    const script = problemOf(await service.app.inject({ method: "POST", url: "/api/preview", payload: { s: BOX_SCRIPT }, remoteAddress: "203.0.113.22" }), 401, "NOT_AUTHENTICATED");
    assert.match(String(script.detail), /log in/);
    problemOf(await service.app.inject({ method: "GET", url: "/api/preview", headers: web() }), 400, "USAGE");
    problemOf(await service.app.inject({ method: "GET", url: `/api/preview?id=${publicId}`, headers: { "x-api-key": "pf_nothing_here" } }), 403, "ACCESS_DENIED");
  });

  it("refuses bad values like /build does: out of range, unknown parameter, unknown preset, a script too large", async () => {
    const range = problemOf(await service.app.inject({ method: "GET", url: `/api/preview?id=${publicId}&p_length=1000000`, headers: web() }), 400, "PARAM_INVALID");
    assert.equal(range.param, "p_length");
    const unknown = problemOf(await service.app.inject({ method: "GET", url: `/api/preview?id=${publicId}&p_lenght=30`, headers: web() }), 400, "UNKNOWN_PARAM");
    assert.match(String(unknown.detail), /p_length/);
    problemOf(await service.app.inject({ method: "GET", url: `/api/preview?id=${publicId}&preset=huge`, headers: web() }), 400, "UNKNOWN_PRESET");
    const longValue = problemOf(await service.app.inject({ method: "POST", url: "/api/preview", headers: web(), payload: { id: publicId, params: { p_length: "9".repeat(5000) } } }), 400, "PARAM_INVALID");
    assert.equal(longValue.param, "p_length");
    problemOf(await service.app.inject({ method: "POST", url: "/api/preview", headers: web(), payload: { id: publicId, params: { p_size: "x".repeat(2 * 1024 * 1024) } } }), 413, "PAYLOAD_TOO_LARGE");
    const huge = `${BOX_SCRIPT}\n// ${"x".repeat(300 * 1024)}`;
    problemOf(await service.app.inject({ method: "POST", url: "/api/preview", headers: web(), payload: { s: huge } }), 413, "PAYLOAD_TOO_LARGE");
    assert.equal(await downloads(), 1, "still only the one download of the first test");
  });

  it("refuses a preview larger than the preview size limit with 400 MESH_LIMIT pointing to /build", async () => {
    const fine = `export function build() { return Workplane("XY").sphere(400); }`;
    const problem = problemOf(await service.app.inject({ method: "POST", url: "/api/preview", headers: web(), payload: { s: fine, type: "TJS" } }), 400, "MESH_LIMIT");
    assert.match(String(problem.detail), /more than the 0\.2 MB a preview may be: download the file from \/build/);
  });

  it("answers 429 COMPUTE_LIMITED with Retry-After once the caller's compute budget is spent; downloads stay untouched", async () => {
    backend.costMs = 600;
    try {
      const other = await service.store.createAccount({ email: "spender@example.com", password: "correct horse battery" });
      const otherCookie = `pf_session=${(await service.store.createSession(other.id)).token}`;
      const headers = { cookie: otherCookie, "x-partforge-session": "1" };
      assert.equal((await service.app.inject({ method: "GET", url: `/api/preview?id=${publicId}&p_length=31`, headers })).statusCode, 200);
      assert.equal((await service.app.inject({ method: "GET", url: `/api/preview?id=${publicId}&p_length=32`, headers })).statusCode, 200, "600 ms of 1000: still admitted");
      const limited = await service.app.inject({ method: "GET", url: `/api/preview?id=${publicId}&p_length=33`, headers });
      problemOf(limited, 429, "COMPUTE_LIMITED");
      assert.match(String(limited.headers["retry-after"]), /^\d+$/);
      const anonymous = () => service.app.inject({ method: "GET", url: `/api/preview?id=${publicId}&p_length=34`, remoteAddress: "198.51.100.30" });
      assert.equal((await anonymous()).statusCode, 200);
      assert.equal((await anonymous()).statusCode, 200, "600 ms of the address's 700: still admitted");
      const address = problemOf(await anonymous(), 429, "COMPUTE_LIMITED");
      assert.match(String(address.detail), /anonymous previews from this address/);
      assert.equal((await service.store.usageSummary(other.id)).downloads, 0);
    } finally {
      backend.costMs = 0;
    }
  });
});
