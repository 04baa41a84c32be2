/**
 * `partforge/client` against a running server: its types are what openapi-typescript makes of
 * the served /openapi.json, its operation table names the served operations, and every call —
 * models, builds (bytes, stream, If-None-Match), usage, errors — works over real HTTP, in Node
 * and in Chromium.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build as esbuild } from "esbuild";
import {
  OPERATIONS,
  PartforgeClient,
  PartforgeConnectionError,
  PartforgeHttpError,
  PartforgeProblemError,
  type BuiltBytes,
  type NotModified,
} from "partforge/client";
import { createBuildCache, createBuildPool, PoolBackend, type BuildPool } from "../../src/build/index.ts";
import { CLIENT_TYPES_FILE, renderClientTypes } from "../../docs/tools/clientTypes.ts";
import { BOX_SCRIPT, signUpAndLogIn, startService, storeKinds, type TestService } from "../http/harness.ts";
import { CHROMIUM_MISSING, launchChromium } from "../web/browser.ts";

const CLIENT_ENTRY = fileURLToPath(new URL("../../src/client/index.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Node 22.18+ and 24 strip TypeScript types themselves (process.features.typescript); Node 20 needs tsx. */
const STRIPS_TYPES = Boolean((process.features as { typescript?: unknown }).typescript);

/** A port nothing listens on (fetch refuses the "bad ports" such as 9 before connecting). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function isBuilt(answer: BuiltBytes | NotModified): asserts answer is BuiltBytes {
  assert.equal(answer.notModified, false);
}

async function rejectsWithProblem(promise: Promise<unknown>, status: number, code: string): Promise<PartforgeProblemError> {
  const error = await promise.then(
    () => assert.fail(`expected ${status} ${code}`),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof PartforgeProblemError, `expected a PartforgeProblemError, got ${String(error)}`);
  assert.equal(error.status, status);
  assert.equal(error.code, code);
  assert.equal(error.problem.status, status);
  assert.ok(error.problem.detail.length > 0);
  return error;
}

describe("partforge/client", () => {
  let service: TestService;
  let pool: BuildPool;
  let cacheDir: string;
  let origin: string;
  let apiKey: string;
  let client: PartforgeClient;

  before(async () => {
    const [sqlite] = await storeKinds();
    // The real sandboxed pool with a build cache, as `partforge serve` runs it, so X-Cache can say hit.
    cacheDir = await mkdtemp(join(tmpdir(), "partforge-client-cache-"));
    pool = await createBuildPool({ size: 1, spare: 0, warmupBuilds: 0, cache: createBuildCache({ dir: cacheDir }) });
    service = await startService(sqlite!, { backend: new PoolBackend(pool) });
    origin = await service.app.listen({ port: 0, host: "127.0.0.1" });
    const cookie = await signUpAndLogIn(service.app, "client@example.org");
    const created = await service.app.inject({ method: "POST", url: "/api/keys", headers: { cookie, "content-type": "application/json" }, payload: { name: "client test" } });
    apiKey = (JSON.parse(created.body) as { secret: string }).secret;
    client = new PartforgeClient({ baseUrl: origin, apiKey });
  });
  after(async () => {
    await service.close();
    await pool.close();
    await rm(cacheDir, { recursive: true, force: true });
  });

  it("has the types openapi-typescript makes of the served /openapi.json (run npm run client:types when this fails)", async () => {
    const served = await (await fetch(`${origin}/openapi.json`)).json();
    const committed = await readFile(CLIENT_TYPES_FILE, "utf8");
    assert.ok(committed === (await renderClientTypes(served)), "src/client/openapi.ts is stale: run npm run client:types");
  });

  it("calls each operation by the method and path the served document gives its operationId", async () => {
    const served = (await (await fetch(`${origin}/openapi.json`)).json()) as { paths: Record<string, Record<string, { operationId?: string }>> };
    for (const [operationId, { method, path }] of Object.entries(OPERATIONS)) {
      assert.equal(served.paths[path]?.[method]?.operationId, operationId, `${method.toUpperCase()} ${path}`);
    }
  });

  it("creates, reads, lists, revises and deletes a model", async () => {
    const created = await client.models.create({ script: BOX_SCRIPT, visibility: "private" });
    assert.match(created.id, /^[a-z0-9]{7,9}$/);
    assert.equal(created.name, "Test box");
    assert.equal(created.revision, 1);
    assert.deepEqual(created.schema.parameters.map((p) => p.name), ["p_length", "p_holes", "p_round", "p_size"]);
    assert.deepEqual(Object.keys(created.schema.presets).sort(), ["default", "long", "short"]);

    const read = await client.models.get(created.id);
    assert.equal(read.script, BOX_SCRIPT);
    const listed = await client.models.list({ limit: 10 });
    assert.ok(listed.models.some((m) => m.id === created.id && m.mine));

    const revised = await client.models.revise(created.id, { script: BOX_SCRIPT.replace("Test box", "Revised box"), visibility: "public" });
    assert.equal(revised.id, created.id);
    assert.equal(revised.revision, 2);
    assert.equal(revised.name, "Test box", "the name stays unless given");
    assert.equal(revised.visibility, "public");

    await client.models.delete(created.id);
    await rejectsWithProblem(client.models.get(created.id), 404, "NOT_FOUND");
  });

  it("builds bytes with ETag, X-Cache, X-Build-Ms and downloads remaining as typed fields, and answers If-None-Match with notModified, uncharged", async () => {
    const before = await client.usage();
    const first = await client.build({ script: BOX_SCRIPT, type: "stl", params: { p_length: 30, p_round: true } });
    isBuilt(first);
    assert.equal(first.mediaType, "model/stl");
    assert.match(first.etag, /^"[^"]+"$/);
    assert.equal(first.cache, "miss");
    assert.ok(Number.isInteger(first.buildMs) && first.buildMs >= 0);
    assert.equal(first.fileName, "Test box.stl");
    const triangles = new DataView(first.bytes.buffer, first.bytes.byteOffset).getUint32(80, true);
    assert.equal(first.bytes.length, 84 + 50 * triangles, "a whole binary STL");
    assert.equal(first.downloadsRemaining, (before.remaining ?? 0) - 1);

    const again = await client.build({ script: BOX_SCRIPT, type: "STL", params: { p_length: "30", p_round: "true" } });
    isBuilt(again);
    assert.equal(again.etag, first.etag);
    assert.equal(again.cache, "hit");
    assert.deepEqual(again.bytes, first.bytes);

    const unchanged = await client.build({ script: BOX_SCRIPT, type: "stl", params: { p_length: 30, p_round: true }, ifNoneMatch: first.etag });
    assert.deepEqual(unchanged, { notModified: true, etag: first.etag });
    const usage = await client.usage();
    assert.equal(usage.downloads, before.downloads + 2, "two downloads charged, the 304 not");
    assert.equal(usage.recent[0]?.type, "STL");
  });

  it("builds PROPS with output options, uncharged and without downloads remaining, and an SVG view, charged", async () => {
    const before = await client.usage();
    const props = await client.build({ script: BOX_SCRIPT, type: "PROPS", params: { p_length: 30 }, output: { out_material: "aluminium" } });
    isBuilt(props);
    assert.equal(props.mediaType, "application/json");
    assert.equal(props.downloadsRemaining, undefined);
    const facts = JSON.parse(new TextDecoder().decode(props.bytes));
    assert.equal(facts.material, "aluminium");
    assert.ok(Math.abs(facts.mass - (facts.volume / 1000) * 2.7) < 1e-9 * facts.mass);
    const svg = await client.build({ script: BOX_SCRIPT, type: "svg", output: { out_view: "top", out_width: 300, out_height: 200 } });
    isBuilt(svg);
    assert.equal(svg.mediaType, "image/svg+xml");
    assert.match(new TextDecoder().decode(svg.bytes), /width="300" height="200"[\s\S]*top view/);
    assert.equal((await client.usage()).downloads, before.downloads + 1, "the SVG is charged, PROPS is not");
  });

  it("streams a build of a stored model with a preset", async () => {
    const model = await client.models.create({ script: BOX_SCRIPT });
    const streamed = await client.buildStream({ id: model.id, type: "step", preset: "short" });
    assert.equal(streamed.notModified, false);
    if (streamed.notModified) return;
    const chunks: Uint8Array[] = [];
    const reader = streamed.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
    const text = Buffer.concat(chunks).toString("utf8");
    assert.match(text, /^ISO-10303-21;/);
    assert.match(text, /END-ISO-10303-21;\s*$/);
    assert.equal(streamed.mediaType, "model/step");
  });

  it("throws the service's problem as a typed error: unknown parameter, bad preset, unknown model, wrong key", async () => {
    const unknown = await rejectsWithProblem(client.build({ script: BOX_SCRIPT, type: "stl", params: { p_lenght: 3 } }), 400, "UNKNOWN_PARAM");
    assert.equal(unknown.problem.param, "p_lenght");
    assert.deepEqual(unknown.problem.parameters, ["p_length", "p_holes", "p_round", "p_size"]);
    const preset = await rejectsWithProblem(client.build({ script: BOX_SCRIPT, type: "stl", preset: "tiny" }), 400, "UNKNOWN_PRESET");
    assert.deepEqual(preset.problem.presets, ["default", "short", "long"]);
    await rejectsWithProblem(client.build({ id: "zzzzzzzz", type: "stl" }), 404, "NOT_FOUND");
    await rejectsWithProblem(client.models.get("zzzzzzzz"), 404, "NOT_FOUND");
    const stranger = new PartforgeClient({ baseUrl: origin, apiKey: "pf_not_a_key" });
    const denied = await rejectsWithProblem(stranger.build({ script: BOX_SCRIPT, type: "stl" }), 403, "ACCESS_DENIED");
    assert.equal(denied.problem.param, "key");
    await rejectsWithProblem(new PartforgeClient({ baseUrl: origin }).usage(), 401, "NOT_AUTHENTICATED");
  });

  it("tells a server that cannot be reached and an answer that is not a problem apart from problems", async () => {
    const port = await closedPort();
    const closed = new PartforgeClient({ baseUrl: `http://127.0.0.1:${port}`, apiKey });
    const unreachable = await closed.usage().then(
      () => assert.fail("expected no answer"),
      (error: unknown) => error,
    );
    assert.ok(unreachable instanceof PartforgeConnectionError);
    assert.match(unreachable.message, new RegExp(`cannot reach http://127\\.0\\.0\\.1:${port}: ECONNREFUSED`));

    const proxy = new PartforgeClient({ baseUrl: origin, apiKey, fetch: async () => new Response("<html>Bad Gateway</html>", { status: 502, statusText: "Bad Gateway", headers: { "content-type": "text/html" } }) });
    const gateway = await proxy.usage().then(
      () => assert.fail("expected an error"),
      (error: unknown) => error,
    );
    assert.ok(gateway instanceof PartforgeHttpError && !(gateway instanceof PartforgeProblemError));
    assert.equal(gateway.status, 502);
    assert.throws(() => new PartforgeClient({ baseUrl: "parts.example.org" }), /absolute http\(s\) URL/);
  });

  it("imports as partforge/client without tsx on a Node that strips types", { skip: STRIPS_TYPES ? undefined : `Node ${process.version} does not strip types` }, async () => {
    const probe = 'const { PartforgeClient } = await import("partforge/client"); console.log(typeof PartforgeClient, new PartforgeClient({ baseUrl: "http://127.0.0.1/x/" }).baseUrl)';
    const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", probe], { cwd: ROOT });
    assert.equal(stdout.trim(), "function http://127.0.0.1/x");
  });

  it("bundles for browsers with no Node module", async () => {
    const bundled = await esbuild({ entryPoints: [CLIENT_ENTRY], bundle: true, platform: "browser", format: "iife", globalName: "partforgeClient", write: false, metafile: true, logLevel: "silent" });
    const inputs = Object.keys(bundled.metafile.inputs);
    assert.deepEqual(inputs.filter((input) => !input.startsWith("src/client/")), []);
  });

  it("builds from a page in Chromium", { skip: CHROMIUM_MISSING }, async () => {
    const bundled = await esbuild({ entryPoints: [CLIENT_ENTRY], bundle: true, platform: "browser", format: "iife", globalName: "partforgeClient", write: false, logLevel: "silent" });
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${origin}/docs`);
      // The site's pages allow only same-origin scripts (no inline script): serve the bundle from the origin.
      const bundleUrl = `${origin}/__client-under-test.js`;
      await page.route(bundleUrl, (route) => route.fulfill({ contentType: "text/javascript", body: bundled.outputFiles[0]!.text }));
      await page.addScriptTag({ url: bundleUrl });
      const result = await page.evaluate(
        async ({ key, script }) => {
          const { PartforgeClient: Client } = (globalThis as unknown as { partforgeClient: typeof import("partforge/client") }).partforgeClient;
          const browserClient = new Client({ baseUrl: location.origin, apiKey: key });
          const built = await browserClient.build({ script, type: "STL", params: { p_length: 42 } });
          const models = await browserClient.models.list();
          return built.notModified ? { notModified: true } : { notModified: false, length: built.bytes.length, cache: built.cache, remaining: built.downloadsRemaining, listed: Array.isArray(models.models) };
        },
        { key: apiKey, script: BOX_SCRIPT },
      );
      assert.equal(result.notModified, false);
      assert.ok((result.length ?? 0) > 84);
      assert.equal(result.cache, "miss");
      assert.equal(typeof result.remaining, "number");
      assert.equal(result.listed, true);
    } finally {
      await browser.close();
    }
  });
});
