import { it } from "node:test";
import assert from "node:assert/strict";
import fastify from "fastify";
import type { BuildSuccess } from "../build/index.ts";
import { sendBuiltFile } from "./buildDownload.ts";

it("sends a built file larger than a socket chunk whole, with its Content-Length, in one end() and no write() per chunk", async () => {
  const bytes = new Uint8Array(300 * 1024).map((_, i) => (i * 7) % 251);
  const result = { ok: true, bytes, type: "step", mediaType: "model/step", fileName: "part.step", contentKey: "k1", cache: "miss", buildMs: 3 } as unknown as BuildSuccess;
  const app = fastify();
  const calls: Array<{ method: string; bytes: number }> = [];
  app.get("/file", async (request, reply) => {
    const raw = reply.raw;
    const write = raw.write.bind(raw);
    const end = raw.end.bind(raw);
    raw.write = ((chunk: Uint8Array, ...rest: never[]) => (calls.push({ method: "write", bytes: chunk.length }), write(chunk, ...rest))) as typeof raw.write;
    raw.end = ((chunk?: Uint8Array, ...rest: never[]) => (calls.push({ method: "end", bytes: chunk?.length ?? 0 }), end(chunk, ...rest))) as typeof raw.end;
    return sendBuiltFile(request, reply, result, undefined);
  });
  try {
    const address = await app.listen({ port: 0, host: "127.0.0.1" });
    const response = await fetch(`${address}/file`);
    const body = new Uint8Array(await response.arrayBuffer());
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("content-length"), String(bytes.length));
    assert.equal(response.headers.get("transfer-encoding"), null);
    assert.deepEqual(body, bytes);
    assert.deepEqual(calls, [{ method: "end", bytes: bytes.length }]);
  } finally {
    await app.close();
  }
});
