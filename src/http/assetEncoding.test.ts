import { it } from "node:test";
import assert from "node:assert/strict";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { AssetEncoder, preferredEncoding } from "./assetEncoding.ts";

it("picks brotli before gzip among the encodings a browser accepts, honouring q-values and *", () => {
  const table: [string | undefined, string | undefined][] = [
    [undefined, undefined],
    ["", undefined],
    ["identity", undefined],
    ["gzip, deflate, br, zstd", "br"],
    ["gzip", "gzip"],
    ["GZIP", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["br;q=0.5, gzip;q=0.8", "gzip"],
    ["br;q=0, gzip;q=0", undefined],
    ["*", "br"],
    ["*;q=0", undefined],
    ["*, br;q=0", "gzip"],
    ["deflate", undefined],
    ["br;q=abc, gzip", "gzip"],
    [",,;q=1, gzip ;q=1", "gzip"],
  ];
  for (const [header, expected] of table) assert.equal(preferredEncoding(header), expected, String(header));
  assert.equal(preferredEncoding(["gzip", "br"]), "br", "repeated headers count together");
});

it("compresses text assets once per encoding, with an ETag of their own, and leaves small or binary ones alone", async () => {
  const encoder = new AssetEncoder();
  const text = { body: Buffer.from("export const x = 1;\n".repeat(500)), etag: '"abc"', contentType: "text/javascript; charset=utf-8" };
  const br = await encoder.encode(text, "gzip, br");
  assert.equal(br.encoding, "br");
  assert.equal(br.etag, '"abc-br"');
  assert.ok(br.body.length < text.body.length / 10);
  assert.deepEqual(brotliDecompressSync(br.body), text.body);
  assert.equal((await encoder.encode(text, "gzip, br")).body, br.body, "made once, then kept");
  const gz = await encoder.encode(text, "gzip");
  assert.equal(gz.etag, '"abc-gzip"');
  assert.deepEqual(gunzipSync(gz.body), text.body);
  assert.deepEqual(await encoder.encode(text, undefined), { body: text.body, etag: '"abc"' });
  const small = { ...text, body: Buffer.from("export {};\n") };
  assert.equal((await encoder.encode(small, "br")).encoding, undefined);
  const png = { body: Buffer.alloc(4096, 7), etag: '"png"', contentType: "image/png" };
  assert.equal((await encoder.encode(png, "br")).encoding, undefined);
});
