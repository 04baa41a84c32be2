/**
 * `/mcp` on the service (Streamable HTTP), driven by the official SDK's client: an API key is
 * required, the tools see the caller's models, downloads are charged against the account's quota
 * as on /build (PNG and PROPS free), and errors are tool errors with line:column.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { AddressInfo } from "node:net";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { getDefaultEnvironment, StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { PNG } from "pngjs";
import { BOX_SCRIPT, startService, storeKinds, type TestService } from "../http/harness.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const kind = (await storeKinds()).find((candidate) => candidate.name === "SQLite")!;

const BROKEN = `import { Workplane } from "partforge";
export const METADATA = { name: "Broken" };
export function build() {
  return Workplane("XY").box(1, 2, ;
}
`;

/** A sphere whose fine STL is about 2 MB: over the MCP build tool's inline cap. */
const BALL = `import { Workplane, FloatParam } from "partforge";
export const METADATA = { name: "Ball" };
export const p_radius = FloatParam({ min: 1, max: 100, default: 10, desc: "Radius" });
export function build() {
  return Workplane("XY").sphere(p_radius.value);
}
`;

function text(result: CallToolResult): string {
  const first = result.content[0];
  assert.ok(first?.type === "text", `expected text content, got ${JSON.stringify(result.content).slice(0, 200)}`);
  return first.text;
}

describe(`/mcp over Streamable HTTP (${kind.name})`, { timeout: 120_000 }, () => {
  let service: TestService;
  let url: URL;
  let key: string;
  let accountId: string;
  let modelId: string;
  let client: Client;

  const call = async (name: string, args: Record<string, unknown> = {}) => (await client.callTool({ name, arguments: args })) as CallToolResult;

  before(async () => {
    service = await startService(kind);
    const account = await service.store.createAccount({ email: "agent@example.com", password: "correct horse battery", plan: "evaluation" });
    await service.store.setPlan("agent@example.com", "evaluation", 1);
    accountId = account.id;
    key = (await service.store.createApiKey(account.id, { name: "assistant" })).secret;
    modelId = (await service.store.createModel({ ownerId: account.id, name: "Test box", visibility: "private", script: BOX_SCRIPT, language: "ts", schema: { metadata: { name: "Test box" } } })).model.id;
    await service.app.listen({ port: 0, host: "127.0.0.1" });
    url = new URL(`http://127.0.0.1:${(service.app.server.address() as AddressInfo).port}/mcp`);
    client = new Client({ name: "partforge-test", version: "1.0.0" });
    await client.connect(new StreamableHTTPClientTransport(url, { requestInit: { headers: { authorization: `Bearer ${key}` } } }));
  });
  after(async () => {
    await client?.close();
    await service?.close();
  });

  it("refuses a request without a valid API key with a 403 problem", async () => {
    for (const headers of [{}, { authorization: "Bearer pf_wrong" }] as Record<string, string>[]) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json, text/event-stream", ...headers },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }),
      });
      assert.equal(response.status, 403);
      assert.equal(((await response.json()) as { code: string }).code, "ACCESS_DENIED");
    }
    const anonymous = new Client({ name: "anonymous", version: "1.0.0" });
    await assert.rejects(anonymous.connect(new StreamableHTTPClientTransport(url)));
  });

  it("answers GET and DELETE with 405: the server is stateless", async () => {
    for (const method of ["GET", "DELETE"]) {
      const response = await fetch(url, { method, headers: { authorization: `Bearer ${key}`, accept: "text/event-stream" } });
      assert.equal(response.status, 405);
      assert.equal(response.headers.get("allow"), "POST");
    }
  });

  it("offers the six tools and lists the caller's own models", async () => {
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((tool) => tool.name).sort(), ["build", "describe", "inspect", "list_models", "render", "validate"]);
    const models = JSON.parse(text(await call("list_models"))) as { id: string; name: string }[];
    assert.deepEqual(models, [{ id: modelId, name: "Test box" }]);
    const description = JSON.parse(text(await call("describe", { model: modelId })));
    assert.deepEqual(Object.keys(description.presets).sort(), ["default", "long", "short"]);
  });

  it("inspects and renders for free, and charges a file download against the quota", async () => {
    assert.equal(await service.store.remainingDownloads(accountId), 1);
    const ledgerBefore = (await service.store.computeUsed({ accountId }, new Date(0))).usedMs;
    const props = JSON.parse(text(await call("inspect", { model: modelId, preset: "long" })));
    assert.ok(JSON.stringify(props).includes("volume"));
    const picture = await call("render", { model: modelId, width: 64, height: 48 });
    const image = picture.content[0];
    assert.ok(image?.type === "image", JSON.stringify(picture).slice(0, 300));
    const png = PNG.sync.read(Buffer.from(image.data, "base64"));
    assert.deepEqual([png.width, png.height], [64, 48]);
    assert.equal(await service.store.remainingDownloads(accountId), 1, "PROPS and PNG are free");
    const ledgerAfter = (await service.store.computeUsed({ accountId }, new Date(0))).usedMs;
    assert.ok(ledgerAfter > ledgerBefore, `the compute ledger charged the free builds' slot time (${ledgerBefore} → ${ledgerAfter} ms)`);

    const stl = await call("build", { model: modelId, type: "STL" });
    assert.notEqual(stl.isError, true, JSON.stringify(stl).slice(0, 300));
    assert.ok(stl.content[1]?.type === "resource");
    assert.equal(await service.store.remainingDownloads(accountId), 0);

    const refused = await call("build", { script: BOX_SCRIPT, type: "STEP" });
    assert.equal(refused.isError, true);
    assert.match(text(refused), /QUOTA_EXCEEDED: this account has no downloads left this month/);
    // Free outputs still work with no downloads left.
    assert.notEqual((await call("inspect", { script: BOX_SCRIPT })).isError, true);
  });

  it("sends no file over the inline cap and charges nothing; the /build URL it gives fetches that file for one download", async () => {
    const owner = await service.store.createAccount({ email: "big@example.com", password: "correct horse battery", plan: "evaluation" });
    await service.store.setPlan("big@example.com", "evaluation", 3);
    const bigKey = (await service.store.createApiKey(owner.id, { name: "big" })).secret;
    const ball = (await service.store.createModel({ ownerId: owner.id, name: "Ball", visibility: "private", script: BALL, language: "ts", schema: { metadata: { name: "Ball" } } })).model.id;
    const bigClient = new Client({ name: "partforge-test-big", version: "1.0.0" });
    await bigClient.connect(new StreamableHTTPClientTransport(url, { requestInit: { headers: { authorization: `Bearer ${bigKey}` } } }));
    try {
      const result = (await bigClient.callTool({ name: "build", arguments: { model: ball, type: "STL", params: { p_radius: 20 }, tolerance: 0.005 } })) as CallToolResult;
      assert.equal(result.isError, true, JSON.stringify(result).slice(0, 300));
      const message = text(result);
      assert.match(message, /is [\d.]+ MB \(\d+ bytes\), more than the 1\.0 MB the build tool returns inline; it was not sent and no download was charged/);
      assert.ok(message.includes(`partforge build ${ball} --server ${url.origin} --type STL -p p_radius=20 --tolerance 0.005 -o Ball.stl`), message);
      assert.equal(await service.store.remainingDownloads(owner.id), 3, "not charged");
      const bytes = Number(/\((\d+) bytes\)/.exec(message)![1]);
      const link = /GET (\S+) with the key in an Authorization: Bearer header/.exec(message)?.[1];
      assert.equal(link, `${url.origin}/build?id=${ball}&type=STL&p_radius=20&tolerance=0.005`);
      const response = await fetch(link!, { headers: { authorization: `Bearer ${bigKey}` } });
      assert.equal(response.status, 200);
      assert.equal((await response.arrayBuffer()).byteLength, bytes, "the URL answers the file the tool did not send");
      assert.equal(await service.store.remainingDownloads(owner.id), 2, "fetched from /build: one download");
    } finally {
      await bigClient.close();
    }
  });

  it("answers a script's syntax error and another account's model as tool errors", async () => {
    const broken = await call("validate", { script: BROKEN, fileName: "broken.ts" });
    assert.equal(broken.isError, true);
    assert.match(text(broken), /^broken\.ts:4:\d+: SCRIPT_SYNTAX/);
    const other = await service.store.createAccount({ email: "other@example.com", password: "correct horse battery", plan: "enterprise" });
    const secret = (await service.store.createModel({ ownerId: other.id, name: "Secret", visibility: "private", script: BOX_SCRIPT, language: "ts", schema: {} })).model.id;
    const hidden = await call("describe", { model: secret });
    assert.equal(hidden.isError, true);
    assert.match(text(hidden), /NOT_FOUND \[model\]: no model with id ".+" is visible to this account/);
  });
  it("relays `partforge mcp --server URL` on stdio to the service, with the key from PARTFORGE_KEY", async () => {
    const relay = new Client({ name: "partforge-relay-test", version: "1.0.0" });
    await relay.connect(
      new StdioClientTransport({ command: process.execPath, args: ["bin/partforge.js", "mcp", "--server", url.origin], cwd: ROOT, env: { ...getDefaultEnvironment(), PARTFORGE_KEY: key }, stderr: "pipe" }),
    );
    try {
      const relayed = async (name: string, args: Record<string, unknown>) => (await relay.callTool({ name, arguments: args })) as CallToolResult;
      assert.equal((await relay.listTools()).tools.length, 6);
      assert.match(relay.getInstructions() ?? "", /service/);
      const models = JSON.parse(text(await relayed("list_models", {}))) as { id: string }[];
      assert.deepEqual(models.map((model) => model.id), [modelId]);
      const props = JSON.parse(text(await relayed("inspect", { model: modelId })));
      assert.ok(JSON.stringify(props).includes("volume"));
      const broken = await relayed("validate", { script: BROKEN, fileName: "broken.ts" });
      assert.equal(broken.isError, true);
      assert.match(text(broken), /^broken\.ts:4:\d+: SCRIPT_SYNTAX/);
    } finally {
      await relay.close();
    }
  });

  it("refuses to start the relay with a wrong key, saying so (exit code 2)", async () => {
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, ["bin/partforge.js", "mcp", "--server", url.origin], { cwd: ROOT, env: { ...getDefaultEnvironment(), PARTFORGE_KEY: "pf_wrong" } }, (_error, _stdout, stderr) =>
        resolve({ code: child.exitCode, stderr }),
      );
    });
    assert.equal(code, 2);
    assert.match(stderr, /refused the API key: check PARTFORGE_KEY/);
  });
});
