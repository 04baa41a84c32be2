/**
 * The service answers as /openapi.json says: for real requests to every JSON operation, successes
 * and errors, the status is one the document lists for that operation, the media type is one it
 * lists for that status, and the body validates against its schema (Ajv, JSON Schema 2020-12).
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { strFromU8, unzipSync } from "fflate";
import { BATCH_MANIFEST_SCHEMA } from "../../src/http/openapi/index.ts";
import type { LightMyRequestResponse } from "fastify";
import { BOX_SCRIPT, signUpAndLogIn, startService, storeKinds, type TestService } from "./harness.ts";

// ajv-formats is CommonJS: its default export is the function.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

interface MediaType {
  schema: Record<string, unknown>;
}
interface Response {
  $ref?: string;
  content?: Record<string, MediaType>;
}
interface Document {
  paths: Record<string, Record<string, { responses: Record<string, Response> }>>;
  components: { schemas: Record<string, unknown>; responses: Record<string, Response> };
}

describe("answers conform to /openapi.json", () => {
  let service: TestService;
  let document: Document;
  let ajv: Ajv2020;
  let cookie: string;
  let key: string;
  let modelId: string;
  const checked = new Set<string>();

  /** Asserts that `response` is documented for `method path` (a template such as /api/models/{id}). */
  function conforms(method: string, path: string, response: LightMyRequestResponse): void {
    const operation = document.paths[path]?.[method.toLowerCase()];
    assert.ok(operation, `${method} ${path} is not in the document`);
    let documented = operation.responses[String(response.statusCode)];
    assert.ok(documented, `${method} ${path} answered ${response.statusCode}, which the document does not list: ${response.body.slice(0, 300)}`);
    if (documented.$ref !== undefined) documented = document.components.responses[documented.$ref.split("/").pop()!]!;
    const mediaType = String(response.headers["content-type"] ?? "").split(";")[0]!.trim();
    if (documented.content === undefined) {
      assert.equal(response.body, "", `${method} ${path} ${response.statusCode} should have no body`);
      checked.add(`${method} ${path} ${response.statusCode}`);
      return;
    }
    const content = documented.content[mediaType];
    assert.ok(content, `${method} ${path} ${response.statusCode} answered ${mediaType}, documented: ${Object.keys(documented.content).join(", ")}`);
    if (!/json$/.test(mediaType)) {
      checked.add(`${method} ${path} ${response.statusCode}`);
      return;
    }
    const validate = ajv.compile(typeof content.schema.$ref === "string" ? { $ref: `openapi.json${content.schema.$ref}` } : content.schema);
    const valid = validate(JSON.parse(response.body));
    assert.ok(valid, `${method} ${path} ${response.statusCode}: ${ajv.errorsText(validate.errors)}\n${response.body.slice(0, 500)}`);
    checked.add(`${method} ${path} ${response.statusCode}`);
  }

  const json = (payload: unknown, headers: Record<string, string> = {}) => ({ headers: { "content-type": "application/json", ...headers }, payload: payload as Record<string, unknown> });

  before(async () => {
    const [sqlite] = await storeKinds();
    service = await startService(sqlite!);
    document = JSON.parse((await service.app.inject({ url: "/openapi.json" })).body) as Document;
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: "openapi.json", components: { schemas: document.components.schemas } });
    cookie = await signUpAndLogIn(service.app, "conformance@example.org");
  });
  after(() => service.close());

  it("accounts and sessions", async () => {
    const { app } = service;
    conforms("POST", "/api/accounts", await app.inject({ method: "POST", url: "/api/accounts", ...json({ email: "new@example.org", password: "long enough secret" }) }));
    conforms("POST", "/api/accounts", await app.inject({ method: "POST", url: "/api/accounts", ...json({ email: "" }) }));
    conforms("POST", "/api/accounts", await app.inject({ method: "POST", url: "/api/accounts", headers: { "content-type": "application/x-www-form-urlencoded" }, payload: "email=a" }));
    conforms("POST", "/api/session", await app.inject({ method: "POST", url: "/api/session", ...json({ email: "conformance@example.org", password: "correct horse battery" }) }));
    conforms("POST", "/api/session", await app.inject({ method: "POST", url: "/api/session", ...json({ email: "conformance@example.org", password: "wrong" }) }));
    conforms("GET", "/api/account", await app.inject({ url: "/api/account", headers: { cookie } }));
    conforms("GET", "/api/account", await app.inject({ url: "/api/account" }));
    conforms("POST", "/api/accounts", await app.inject({ method: "POST", url: "/api/accounts", ...json({ email: "named@example.org", password: "long enough secret", displayName: "Taken Name" }) }));
    conforms("POST", "/api/accounts", await app.inject({ method: "POST", url: "/api/accounts", ...json({ email: "other@example.org", password: "long enough secret", displayName: "taken name" }) }));
    conforms("POST", "/api/accounts", await app.inject({ method: "POST", url: "/api/accounts", ...json({ email: "other@example.org", password: "long enough secret", displayName: "?" }) }));
    conforms("PATCH", "/api/account", await app.inject({ method: "PATCH", url: "/api/account", ...json({ displayName: "Conformance Tester" }, { cookie }) }));
    conforms("PATCH", "/api/account", await app.inject({ method: "PATCH", url: "/api/account", ...json({ displayName: "x" }, { cookie }) }));
    conforms("PATCH", "/api/account", await app.inject({ method: "PATCH", url: "/api/account", ...json({ displayName: "TAKEN NAME" }, { cookie }) }));
    conforms("PATCH", "/api/account", await app.inject({ method: "PATCH", url: "/api/account", ...json({ displayName: "Anonymous" }) }));
    conforms("DELETE", "/api/session", await app.inject({ method: "DELETE", url: "/api/session" }));
  });

  it("keys", async () => {
    const { app } = service;
    const created = await app.inject({ method: "POST", url: "/api/keys", ...json({ name: "conformance" }, { cookie }) });
    conforms("POST", "/api/keys", created);
    const body = JSON.parse(created.body) as { key: { id: string }; secret: string };
    key = body.secret;
    conforms("GET", "/api/keys", await app.inject({ url: "/api/keys", headers: { cookie } }));
    conforms("GET", "/api/keys", await app.inject({ url: "/api/keys", headers: { authorization: `Bearer ${key}` } }));
    conforms("POST", "/api/keys", await app.inject({ method: "POST", url: "/api/keys", ...json({ name: 3 }, { cookie }) }));
    const spare = JSON.parse((await app.inject({ method: "POST", url: "/api/keys", ...json({}, { cookie }) })).body) as { key: { id: string } };
    conforms("PATCH", "/api/keys/{id}", await app.inject({ method: "PATCH", url: `/api/keys/${spare.key.id}`, ...json({ disabled: true }, { cookie }) }));
    conforms("PATCH", "/api/keys/{id}", await app.inject({ method: "PATCH", url: `/api/keys/${spare.key.id}`, ...json({ disabled: "yes" }, { cookie }) }));
    conforms("PATCH", "/api/keys/{id}", await app.inject({ method: "PATCH", url: "/api/keys/nokey", ...json({ disabled: true }, { cookie }) }));
    conforms("DELETE", "/api/keys/{id}", await app.inject({ method: "DELETE", url: `/api/keys/${spare.key.id}`, headers: { cookie } }));
    conforms("DELETE", "/api/keys/{id}", await app.inject({ method: "DELETE", url: `/api/keys/${spare.key.id}`, headers: { cookie } }));
  });

  it("models", async () => {
    const { app } = service;
    const auth = { "x-api-key": key };
    const created = await app.inject({ method: "POST", url: "/api/models", ...json({ script: BOX_SCRIPT, visibility: "public" }, auth) });
    conforms("POST", "/api/models", created);
    modelId = (JSON.parse(created.body) as { id: string }).id;
    conforms("POST", "/api/models", await app.inject({ method: "POST", url: "/api/models", ...json({ script: "export function build( {" }, auth) }));
    conforms("POST", "/api/models", await app.inject({ method: "POST", url: "/api/models", ...json({ script: BOX_SCRIPT }, { "x-api-key": "pf_wrong" }) }));
    conforms("POST", "/api/models", await app.inject({ method: "POST", url: "/api/models", ...json({ script: BOX_SCRIPT }) }));
    conforms("POST", "/api/scripts/describe", await app.inject({ method: "POST", url: "/api/scripts/describe", ...json({ script: BOX_SCRIPT }, auth) }));
    conforms("POST", "/api/scripts/describe", await app.inject({ method: "POST", url: "/api/scripts/describe", ...json({ script: "export function build( {" }, auth) }));
    conforms("POST", "/api/scripts/describe", await app.inject({ method: "POST", url: "/api/scripts/describe", ...json({ script: BOX_SCRIPT }) }));
    conforms("GET", "/api/models/{id}", await app.inject({ url: `/api/models/${modelId}` }));
    conforms("GET", "/api/models/{id}", await app.inject({ url: "/api/models/zzzzzzzz" }));
    conforms("GET", "/api/models", await app.inject({ url: "/api/models?limit=5", headers: auth }));
    conforms("PUT", "/api/models/{id}", await app.inject({ method: "PUT", url: `/api/models/${modelId}`, ...json({ script: BOX_SCRIPT, name: "Renamed" }, auth) }));
    conforms("PUT", "/api/models/{id}", await app.inject({ method: "PUT", url: `/api/models/${modelId}`, ...json({ visibility: "public" }, auth) }));
    conforms("PUT", "/api/models/{id}", await app.inject({ method: "PUT", url: "/api/models/zzzzzzzz", ...json({ script: BOX_SCRIPT }, auth) }));
    const doomed = JSON.parse((await app.inject({ method: "POST", url: "/api/models", ...json({ script: BOX_SCRIPT }, auth) })).body) as { id: string };
    conforms("DELETE", "/api/models/{id}", await app.inject({ method: "DELETE", url: `/api/models/${doomed.id}`, headers: auth }));
    conforms("DELETE", "/api/models/{id}", await app.inject({ method: "DELETE", url: `/api/models/${doomed.id}`, headers: auth }));
  });

  it("builds, usage, formats, health and previews", async () => {
    const { app } = service;
    const build = (query: string, headers: Record<string, string> = {}) => app.inject({ url: `/build?${query}`, headers });
    const built = await build(`key=${key}&id=${modelId}&type=STL&p_length=30`);
    assert.equal(built.statusCode, 200);
    conforms("GET", "/build", built);
    conforms("GET", "/build", await build(`key=${key}&id=${modelId}&type=STL&p_length=30`, { "if-none-match": String(built.headers.etag) }));
    conforms("GET", "/build", await build(`key=${key}&id=${modelId}&type=TJS`));
    conforms("GET", "/build", await build(`key=${key}&id=${modelId}&type=STL&p_lenght=3`));
    conforms("GET", "/build", await build(`key=${key}&id=${modelId}&type=STL&preset=tiny`));
    conforms("GET", "/build", await build(`key=${key}&id=zzzzzzzz&type=STL`));
    conforms("GET", "/build", await build(`key=pf_wrong&id=${modelId}&type=STL`));
    conforms("GET", "/parts/build", await build(`key=${key}&s=${encodeURIComponent("export function build( {")}&type=STL`));
    conforms("POST", "/build", await app.inject({ method: "POST", url: "/build", headers: { "content-type": "text/plain" }, payload: "type=STL" }));
    conforms("POST", "/build", await app.inject({ method: "POST", url: "/build", ...json({ type: "STL", id: modelId, params: { p_length: 500 } }, { authorization: `Bearer ${key}` }) }));
    conforms("POST", "/parts/build", await app.inject({ method: "POST", url: "/parts/build", headers: { "content-type": "application/x-www-form-urlencoded", "x-api-key": key }, payload: `type=GLB&id=${modelId}` }));
    conforms("GET", "/api/usage", await app.inject({ url: "/api/usage", headers: { authorization: `Bearer ${key}` } }));
    conforms("GET", "/api/formats", await app.inject({ url: "/api/formats" }));
    conforms("GET", "/health", await app.inject({ url: "/health" }));
    const preview = await app.inject({ url: `/api/preview?id=${modelId}&p_length=30` });
    assert.equal(preview.statusCode, 200, preview.body);
    conforms("GET", "/api/preview", preview);
    conforms("GET", "/api/preview", await app.inject({ url: `/api/preview?id=${modelId}&p_length=30`, headers: { "if-none-match": String(preview.headers.etag) } }));
    conforms("GET", "/api/preview", await app.inject({ url: "/api/preview?id=zzzzzzzz" }));
    conforms("GET", "/api/preview", await app.inject({ url: `/api/preview?id=${modelId}&type=STL` }));
    conforms("POST", "/api/preview", await app.inject({ method: "POST", url: "/api/preview", ...json({ s: BOX_SCRIPT, type: "TJS" }, { "x-api-key": key }) }));
    conforms("POST", "/api/preview", await app.inject({ method: "POST", url: "/api/preview", ...json({ s: BOX_SCRIPT }) }));
    conforms("GET", "/assets/{asset}", await app.inject({ url: "/assets/no-such-file.js" }));
    conforms("GET", "/openapi.json", await app.inject({ url: "/openapi.json" }));
  });

  it("jobs", async () => {
    const { app } = service;
    const auth = { "x-api-key": key };
    const submitted = await app.inject({ method: "POST", url: "/api/jobs", ...json({ key, id: modelId, type: "STL", params: { p_length: 33 } }) });
    assert.equal(submitted.statusCode, 202, submitted.body);
    conforms("POST", "/api/jobs", submitted);
    conforms("POST", "/api/jobs", await app.inject({ method: "POST", url: "/api/jobs", ...json({ key, id: modelId, type: "STL", params: { p_lenght: 3 } }) }));
    conforms("POST", "/api/jobs", await app.inject({ method: "POST", url: "/api/jobs", ...json({ key, s: "export function build( {", lang: "ts", type: "STL" }) }));
    const { id } = submitted.json() as { id: string };
    let state = await app.inject({ url: `/api/jobs/${id}`, headers: auth });
    const pause = () => new Promise((resolve) => setTimeout(resolve, 10));
    while (["queued", "running"].includes(state.json().status)) state = await pause().then(() => app.inject({ url: `/api/jobs/${id}`, headers: auth }));
    assert.equal(state.json().status, "done", state.body);
    conforms("GET", "/api/jobs/{id}", state);
    conforms("GET", "/api/jobs/{id}", await app.inject({ url: "/api/jobs/job_nope", headers: auth }));
    const result = await app.inject({ url: `/api/jobs/${id}/result`, headers: auth });
    conforms("GET", "/api/jobs/{id}/result", result);
    conforms("GET", "/api/jobs/{id}/result", await app.inject({ url: `/api/jobs/${id}/result`, headers: { ...auth, "if-none-match": String(result.headers.etag) } }));
    conforms("DELETE", "/api/jobs/{id}", await app.inject({ method: "DELETE", url: `/api/jobs/${id}`, headers: auth }));
    const failing = await app.inject({ method: "POST", url: "/api/jobs", ...json({ key, s: 'export function build() { throw new Error("no"); }', lang: "js", type: "STL" }) });
    const failedId = (failing.json() as { id: string }).id;
    let failed = await app.inject({ url: `/api/jobs/${failedId}`, headers: auth });
    while (["queued", "running"].includes(failed.json().status)) failed = await pause().then(() => app.inject({ url: `/api/jobs/${failedId}`, headers: auth }));
    assert.equal(failed.json().status, "failed", failed.body);
    conforms("GET", "/api/jobs/{id}", failed);
    conforms("GET", "/api/jobs/{id}/result", await app.inject({ url: `/api/jobs/${failedId}/result`, headers: auth }));
  });

  it("batches", async () => {
    const { app } = service;
    const auth = { "x-api-key": key };
    const submitted = await app.inject({ method: "POST", url: "/api/batches", ...json({ key, id: modelId, type: "STL", configurations: [{ params: { p_length: 34 } }, { params: { p_lenght: 3 } }] }) });
    assert.equal(submitted.statusCode, 202, submitted.body);
    conforms("POST", "/api/batches", submitted);
    conforms("POST", "/api/batches", await app.inject({ method: "POST", url: "/api/batches", ...json({ key, id: modelId, type: "STL", configurations: [] }) }));
    conforms("POST", "/api/batches", await app.inject({ method: "POST", url: "/api/batches", ...json({ id: modelId, type: "STL", configurations: [{}] }) }));
    conforms("POST", "/api/batches", await app.inject({ method: "POST", url: "/api/batches", ...json({ key, id: "zzzzzzzz", type: "STL", configurations: [{}] }) }));
    conforms("POST", "/api/batches", await app.inject({ method: "POST", url: "/api/batches", headers: { "content-type": "application/x-www-form-urlencoded" }, payload: "type=STL" }));
    const { id } = submitted.json() as { id: string };
    let state = await app.inject({ url: `/api/jobs/${id}`, headers: auth });
    while (["queued", "running"].includes(state.json().status)) state = await new Promise((resolve) => setTimeout(resolve, 10)).then(() => app.inject({ url: `/api/jobs/${id}`, headers: auth }));
    conforms("GET", "/api/jobs/{id}", state);
    const result = await app.inject({ url: `/api/jobs/${id}/result`, headers: auth });
    conforms("GET", "/api/jobs/{id}/result", result);
    // The manifest in the ZIP is as the BatchManifest schema says.
    const manifest = JSON.parse(strFromU8(unzipSync(new Uint8Array(result.rawPayload))["manifest.json"]!)) as unknown;
    const validate = ajv.compile(JSON.parse(JSON.stringify(BATCH_MANIFEST_SCHEMA).replaceAll('"#/components/', '"openapi.json#/components/')) as object);
    assert.ok(validate(manifest), ajv.errorsText(validate.errors));
    assert.deepEqual((manifest as { entries: Array<{ status: string }> }).entries.map((entry) => entry.status), ["ok", "failed"]);
  });

  it("mcp", async () => {
    const { app } = service;
    const accept = { accept: "application/json, text/event-stream" };
    const listTools = { jsonrpc: "2.0", id: 1, method: "tools/list" };
    const listed = await app.inject({ method: "POST", url: "/mcp", ...json(listTools, { ...accept, authorization: `Bearer ${key}` }) });
    assert.equal(listed.statusCode, 200, listed.body);
    conforms("POST", "/mcp", listed);
    conforms("POST", "/mcp", await app.inject({ method: "POST", url: "/mcp", ...json({ jsonrpc: "2.0", method: "notifications/initialized" }, { ...accept, "x-api-key": key }) }));
    conforms("POST", "/mcp", await app.inject({ method: "POST", url: "/mcp", ...json(listTools, accept) }));
    conforms("POST", "/mcp", await app.inject({ method: "POST", url: "/mcp", ...json(listTools, { accept: "text/html", "x-api-key": key }) }));
    conforms("POST", "/mcp", await app.inject({ method: "POST", url: "/mcp", headers: { "content-type": "text/plain", ...accept, "x-api-key": key }, payload: "tools/list" }));
  });

  it("refuses a body that breaks its schema (the check can fail)", () => {
    const problem = ajv.compile({ $ref: "openapi.json#/components/schemas/Problem" });
    assert.equal(problem({ type: "/docs#USAGE", status: 400, code: "NOT_A_CODE", title: "t", detail: "d" }), false);
    const model = ajv.compile({ $ref: "openapi.json#/components/schemas/Model" });
    assert.equal(model({ id: "4hskpb69" }), false);
  });

  it("checked every JSON operation of the document", () => {
    const jsonOperations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, operation]) => Object.values(operation.responses).some((r) => r.content?.["application/json"] !== undefined))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    const seen = new Set([...checked].map((entry) => entry.split(" ").slice(0, 2).join(" ")));
    assert.deepEqual(jsonOperations.filter((operation) => !seen.has(operation)), []);
  });
});
