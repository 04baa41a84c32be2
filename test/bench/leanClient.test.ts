/**
 * The trivial bench's lean HTTP client process (bench/trivial/leanClient.ts) against a real
 * server: every request on its one kept-alive connection, bodies framed either way read whole,
 * an error status reported with the start of its body, a ping answered without a request. No
 * timing is asserted.
 */
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import { ForkedSide } from "../../bench/compare/forkedSide.ts";
import type { LeanAnswer, LeanReply, LeanRequest } from "../../bench/trivial/leanClient.ts";

const LEAN_CLIENT = fileURLToPath(new URL("../../bench/trivial/leanClient.ts", import.meta.url));
const FILE = Buffer.alloc(70_000, "solid box\n");

describe("the lean HTTP client", () => {
  let connections = 0;
  let requests = 0;
  const server = createServer((request, response) => {
    requests += 1;
    if (request.url === "/length") response.writeHead(200, { "Content-Length": FILE.length }).end(FILE);
    else if (request.url === "/chunked") {
      // Written in pieces with no Content-Length: Node frames it as chunks.
      response.writeHead(200);
      response.write(FILE.subarray(0, 1000));
      setImmediate(() => response.end(FILE.subarray(1000)));
    } else response.writeHead(404, { "Content-Type": "application/json" }).end('{"code":"NOT_FOUND"}');
  });
  server.on("connection", () => (connections += 1));
  let client: ForkedSide<LeanRequest, LeanAnswer>;

  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    client = new ForkedSide<LeanRequest, LeanAnswer>(LEAN_CLIENT, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    await client.ready;
  });
  after(async () => {
    client.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("reads Content-Length and chunked bodies whole, all on one kept-alive connection", async () => {
    for (const path of ["/length", "/chunked", "/length", "/chunked"]) {
      const answer = await client.run({ path });
      assert.ok(!("error" in answer), `${path}: ${"error" in answer ? answer.error : ""}`);
      assert.equal(answer.status, 200, path);
      assert.equal(answer.bodyBytes, FILE.length, path);
      assert.equal(answer.bodyHead, undefined, path);
      assert.ok(answer.ms > 0, `${path}: no time measured`);
    }
    assert.equal(connections, 1);
  });

  it("reports an error status with the start of its body and keeps the connection", async () => {
    const answer = await client.run({ path: "/missing" });
    assert.ok(!("error" in answer));
    assert.equal(answer.status, 404);
    assert.equal(answer.bodyHead, '{"code":"NOT_FOUND"}');
    const next = await client.run({ path: "/length" });
    assert.equal("status" in next ? next.status : next.error, 200);
    assert.equal(connections, 1);
  });

  it("answers a ping at once without a request, and the next request still works", async () => {
    const requestsBefore = requests;
    assert.deepEqual(await (client as unknown as ForkedSide<LeanRequest, LeanReply>).run({ ping: true }), { pong: true });
    assert.equal(requests, requestsBefore, "a ping sent an HTTP request");
    const next = await client.run({ path: "/length" });
    assert.equal("status" in next ? next.status : next.error, 200);
  });
});
