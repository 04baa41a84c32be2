/**
 * /openapi.json as tools see it: Redocly's recommended rules pass with nothing turned off, every
 * route fastify registered is described (and nothing else), every operation is complete, and the
 * servers entry says where the service is.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { registeredRoutes } from "../../src/http/routeTable.ts";
import { startService, storeKinds, type TestService } from "./harness.ts";

const REDOCLY = fileURLToPath(new URL("../../node_modules/@redocly/cli/bin/cli.js", import.meta.url));
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
}

type Document = {
  servers?: { url: string }[];
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { securitySchemes: Record<string, Record<string, string>> };
};

/** `redocly lint` with the built-in recommended rules, in an empty folder so no config file can change them. */
async function lint(document: unknown): Promise<LintReport> {
  const dir = await mkdtemp(join(tmpdir(), "partforge-openapi-"));
  try {
    await writeFile(join(dir, "openapi.json"), JSON.stringify(document));
    const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
    const run = await promisify(execFile)(process.execPath, [REDOCLY, "lint", "openapi.json", "--extends=recommended", "--format=json"], { cwd: dir, env, maxBuffer: 16 << 20 }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }),
    );
    return JSON.parse(run.stdout) as LintReport;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `/api/models/:id` and `/api/models/{id}` both become `/api/models/{}`; a trailing `*` is one parameter too. */
function pathShape(path: string): string {
  return path.replace(/:[^/]+/g, "{}").replace(/\{[^}]+\}/g, "{}").replace(/\*$/, "{}");
}

async function listening(options: Parameters<typeof startService>[1] = {}): Promise<{ service: TestService; origin: string }> {
  const [sqlite] = await storeKinds();
  const service = await startService(sqlite!, options);
  const address = await service.app.listen({ port: 0, host: "127.0.0.1" });
  return { service, origin: address };
}

describe("/openapi.json", () => {
  let service: TestService;
  let origin: string;
  let document: Document;

  before(async () => {
    ({ service, origin } = await listening());
    document = (await (await fetch(`${origin}/openapi.json`)).json()) as Document;
  });
  after(() => service.close());

  it("passes redocly lint with its recommended rules, none turned off: 0 errors, 0 warnings", async () => {
    const report = await lint(document);
    const problems = report.problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);
    assert.deepEqual(problems, []);
    assert.deepEqual(report.totals, { errors: 0, warnings: 0, ignored: 0 });
  });

  it("fails the lint when an operation loses its operationId or security (the check can fail)", async () => {
    const broken = structuredClone(document);
    delete broken.paths["/api/usage"]!.get!.operationId;
    delete broken.paths["/api/usage"]!.get!.security;
    const report = await lint(broken);
    assert.ok(report.problems.some((p) => p.ruleId === "operation-operationId"));
    assert.ok(report.problems.some((p) => p.ruleId === "security-defined"));
  });

  it("names the origin the request came to as its server when no public URL is configured", () => {
    assert.deepEqual(document.servers, [{ url: origin }]);
  });

  it("names the configured public URL as its server, without a trailing slash", async () => {
    const configured = await listening({ edge: { publicUrl: "https://parts.partforge.dev/" } });
    try {
      const served = (await (await fetch(`${configured.origin}/openapi.json`)).json()) as Document;
      assert.deepEqual(served.servers, [{ url: "https://parts.partforge.dev" }]);
    } finally {
      await configured.service.close();
    }
  });

  it("names the forwarded protocol and host behind a trusted proxy", async () => {
    const proxied = await listening({ edge: { trustProxy: true } });
    try {
      const response = await fetch(`${proxied.origin}/openapi.json`, { headers: { "x-forwarded-proto": "https", "x-forwarded-host": "parts.internal:8443" } });
      assert.deepEqual(((await response.json()) as Document).servers, [{ url: "https://parts.internal:8443" }]);
    } finally {
      await proxied.service.close();
    }
  });

  it("describes every route fastify registered, and no route that does not exist", () => {
    const routes = registeredRoutes(service.app);
    // GET and DELETE /mcp only answer 405 (the MCP transport requires it of a stateless server); /mcp's POST says so.
    const answerOnly405 = new Set(["get /mcp", "delete /mcp"]);
    const registered = new Set(
      routes
        .filter((r) => r.method !== "HEAD" || !routes.some((g) => g.method === "GET" && g.url === r.url))
        .map((r) => `${r.method.toLowerCase()} ${pathShape(r.url)}`)
        .filter((route) => !answerOnly405.has(route)),
    );
    const documented = new Set(
      Object.entries(document.paths).flatMap(([path, item]) => METHODS.filter((m) => item[m] !== undefined).map((m) => `${m} ${pathShape(path)}`)),
    );
    assert.ok(registered.size > 20, `only ${registered.size} routes recorded`);
    assert.deepEqual([...registered].filter((r) => !documented.has(r)), [], "routes missing from /openapi.json (describe them in src/http/openapi/)");
    assert.deepEqual([...documented].filter((d) => !registered.has(d)), [], "operations in /openapi.json that are not routes");
  });

  it("gives every operation an operationId, summary, security, a 2xx and a 4xx, and every body a schema and an example", () => {
    const missing: string[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const method of METHODS) {
        const operation = item[method] as
          | { operationId?: string; summary?: string; security?: unknown[]; requestBody?: { content: Record<string, { schema?: unknown; example?: unknown }> }; responses: Record<string, { $ref?: string; content?: Record<string, { schema?: unknown; example?: unknown; examples?: unknown }> }> }
          | undefined;
        if (operation === undefined) continue;
        const where = `${method.toUpperCase()} ${path}`;
        if (!operation.operationId) missing.push(`${where}: operationId`);
        if (!operation.summary) missing.push(`${where}: summary`);
        if (!Array.isArray(operation.security)) missing.push(`${where}: security`);
        const statuses = Object.keys(operation.responses);
        if (!statuses.some((s) => s.startsWith("2"))) missing.push(`${where}: a 2xx response`);
        if (!statuses.some((s) => s.startsWith("4"))) missing.push(`${where}: a 4xx response`);
        for (const [mediaType, content] of Object.entries(operation.requestBody?.content ?? {})) {
          if (content.schema === undefined || content.example === undefined) missing.push(`${where} request ${mediaType}: schema and example`);
        }
        for (const [status, response] of Object.entries(operation.responses)) {
          for (const [mediaType, content] of Object.entries(response.content ?? {})) {
            if (content.schema === undefined || (content.example === undefined && content.examples === undefined)) missing.push(`${where} ${status} ${mediaType}: schema and example`);
          }
        }
      }
    }
    assert.deepEqual(missing, []);
  });

  it("declares every way a request authenticates: key field, X-API-Key, Bearer, the session cookie and its X-Partforge-Session header", () => {
    const schemes = Object.values(document.components.securitySchemes);
    const has = (scheme: Record<string, string>) => schemes.some((s) => Object.entries(scheme).every(([k, v]) => s[k] === v));
    assert.ok(has({ type: "apiKey", in: "query", name: "key" }));
    assert.ok(has({ type: "apiKey", in: "header", name: "X-API-Key" }));
    assert.ok(has({ type: "http", scheme: "bearer" }));
    assert.ok(has({ type: "apiKey", in: "cookie", name: "pf_session" }));
    assert.ok(has({ type: "apiKey", in: "header", name: "X-Partforge-Session" }));
    const build = document.paths["/build"]!.get!.security as Record<string, string[]>[];
    assert.equal(build.length, 4);
    assert.ok(build.some((requirement) => Object.keys(requirement).length === 2), "the session needs its header on /build");
  });
});
