/**
 * Seeded fuzzing of request framing, encodings and field syntax (never script content) at /build,
 * /parts/build and the JSON API: no answer is a 5xx, every error is problem+json, the process stays
 * up and keeps answering. A failure prints its seed and case number; rerun one seed with
 * PARTFORGE_FUZZ_SEED=<n>.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { InjectOptions } from "fastify";
import { DEFAULT_LIMITS } from "../../src/http/deps.ts";
import { BOX_SCRIPT, startService, storeKinds, type TestService } from "./harness.ts";
import { exchange, type RawResponse } from "./rawHttp.ts";
import { seededRandom } from "../helpers/seededRandom.ts";

const SEED = Number(process.env.PARTFORGE_FUZZ_SEED ?? 20261202);
const INJECT_CASES = 2000;
const SOCKET_CASES = 300;
const SOCKET_CONCURRENCY = 16;

/** A small seeded generator (mulberry32, test/helpers/seededRandom.ts), so every run throws the same requests. */
function generator(seed: number) {
  const next = seededRandom(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const chance = (p: number) => next() < p;
  return { int, pick, chance };
}
type Random = ReturnType<typeof generator>;

const NAMES = ["key", "id", "type", "preset", "tolerance", "angularTolerance", "ascii", "params", "p_length", "p_holes", "p_round", "p_size", "name", "email", "password", "visibility", "language", "disabled", "__proto__", "constructor", "", "p length", "pä", "p\u0000", "a".repeat(300)];
const VALUES = ["STL", "step", "3mf", "short", "30", "-1", "1e309", "NaN", "true", "yes", "maybe", "M", "", " ", "x".repeat(2000), "ü", "📐", "\u0000", "a@b.co", "public", "js", "{}", "[]", "%", "&", "=", "+", "\r\n", '"'];
const MEDIA_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "application/json; charset=latin1",
  "application/x-www-form-urlencoded",
  "application/x-www-form-urlencoded; charset=UTF-8",
  "multipart/form-data; boundary=fz",
  'multipart/form-data; boundary="fz"',
  "multipart/form-data",
  "multipart/form-data; boundary=",
  "multipart/form-data; boundary=other",
  "multipart/mixed; boundary=fz",
  "text/plain",
  "text/plain; charset=utf-8",
  "application/xml",
  "application/octet-stream",
  "application/jsonx",
  "json",
  "/",
  "application/json;;",
  'application/json; charset="utf-8',
  "*/*",
];

function randomBytes(random: Random, length: number): Buffer {
  return Buffer.from(Array.from({ length }, () => random.int(256)));
}

/** A field value, sometimes with bytes that are not UTF-8 or escapes that are malformed. */
function fieldValue(random: Random, key: string, modelId: string): string | Buffer {
  if (random.chance(0.15)) return randomBytes(random, random.int(8));
  if (random.chance(0.1)) return random.pick(["%", "%z", "%FF", "%C3%28", "%ED%A0%80", "%E2%82", "a%2", "%%41"]);
  if (random.chance(0.1)) return key;
  if (random.chance(0.1)) return modelId;
  return random.pick(VALUES);
}

function fields(random: Random, key: string, modelId: string): [string, string | Buffer][] {
  const list: [string, string | Buffer][] = [];
  if (random.chance(0.6)) list.push(["type", random.pick(["STL", "stl", "STEP", "GLB", "x"])]);
  if (random.chance(0.6)) list.push(["id", modelId]);
  if (random.chance(0.3)) list.push(["key", key]);
  const extra = random.chance(0.05) ? 201 + random.int(50) : random.int(6);
  for (let i = 0; i < extra; i++) list.push([random.pick(NAMES), fieldValue(random, key, modelId)]);
  if (random.chance(0.2) && list.length > 0) list.push(random.pick(list));
  return list;
}

const asBuffer = (value: string | Buffer) => (typeof value === "string" ? Buffer.from(value) : value);

function urlEncoded(random: Random, list: [string, string | Buffer][]): Buffer {
  const encode = (value: string | Buffer) => (typeof value === "string" && random.chance(0.7) ? Buffer.from(encodeURIComponent(value)) : asBuffer(value));
  const pairs = list.map(([n, v]) => (random.chance(0.05) ? encode(n) : Buffer.concat([encode(n), Buffer.from("="), encode(v)])));
  return Buffer.concat(pairs.flatMap((p, i) => (i === 0 ? [p] : [Buffer.from(random.pick(["&", "&", "&", "&&", ";"])), p])));
}

function multipartBody(random: Random, list: [string, string | Buffer][]): Buffer {
  const crlf = () => (random.chance(0.03) ? "\n" : "\r\n");
  const parts = list.map(([name, value]) => {
    const disposition = random.pick([`form-data; name="${name}"`, `form-data; name=${name}`, `form-data; name="${name}"; filename="f.ts"`, "form-data", `attachment; name="${name}"`, `form-data; name="${name}`]);
    const headers = [`Content-Disposition: ${disposition}`];
    if (random.chance(0.1)) headers.push(random.pick(["Content-Type: text/plain; charset=latin1", "Content-Transfer-Encoding: base64", "Content-Type: text/plain", "Bad header", "X: y"]));
    return Buffer.concat([Buffer.from(`--${random.chance(0.05) ? "zz" : "fz"}${crlf()}${headers.join(crlf())}${crlf()}${crlf()}`), asBuffer(value), Buffer.from(crlf())]);
  });
  const body = Buffer.concat([random.chance(0.1) ? Buffer.from("preamble\r\n") : Buffer.alloc(0), ...parts, Buffer.from(random.pick(["--fz--\r\n", "--fz--", "--fz", "", "--fz\r\n", "--fz--\r\nepilogue"]))]);
  return random.chance(0.15) ? body.subarray(0, random.int(body.length + 1)) : body;
}

function jsonBody(random: Random, list: [string, string | Buffer][]): Buffer {
  const value = (v: string | Buffer) => (Buffer.isBuffer(v) ? `"${v.toString("latin1")}"` : random.chance(0.1) ? v : JSON.stringify(v));
  const members = list.map(([n, v]) => `${JSON.stringify(n)}:${value(v)}`);
  let text = `{${members.join(",")}${random.chance(0.1) ? `,"params":{${members.slice(0, 3).join(",")}}` : ""}}`;
  if (random.chance(0.05)) text = `${"[".repeat(20 + random.int(60))}${text}${"]".repeat(20 + random.int(60))}`;
  if (random.chance(0.1)) text = text.slice(0, random.int(text.length + 1));
  if (random.chance(0.05)) text = `\uFEFF${text}`;
  const bytes = Buffer.from(text, random.chance(0.05) ? "utf16le" : "utf8");
  if (random.chance(0.1) && bytes.length > 0) bytes[random.int(bytes.length)] = random.int(256);
  return bytes;
}

function body(random: Random, mediaType: string, list: [string, string | Buffer][]): Buffer {
  if (random.chance(0.05)) return randomBytes(random, random.int(64));
  if (mediaType.startsWith("multipart")) return multipartBody(random, list);
  if (mediaType.startsWith("application/x-www")) return urlEncoded(random, list);
  if (mediaType.includes("json")) return jsonBody(random, list);
  return urlEncoded(random, list);
}

const ROUTES = [
  ["POST", "/build"],
  ["GET", "/build"],
  ["POST", "/parts/build"],
  ["GET", "/parts/build"],
  ["POST", "/api/models"],
  ["PUT", "/api/models/{model}"],
  ["GET", "/api/models"],
  ["POST", "/api/keys"],
  ["PATCH", "/api/keys/{key}"],
  ["POST", "/api/accounts"],
  ["POST", "/api/session"],
] as const;

function injectCase(random: Random, ids: { key: string; keyId: string; modelId: string }): InjectOptions {
  const [method, template] = random.pick(ROUTES);
  const list = fields(random, ids.key, ids.modelId);
  if (template.startsWith("/api/models") && method !== "GET" && random.chance(0.5)) list.push(["script", BOX_SCRIPT]);
  const path = template.replace("{model}", random.chance(0.5) ? ids.modelId : "zz%2Fzz").replace("{key}", random.chance(0.5) ? ids.keyId : "%E0%A4%A");
  const query = random.chance(method === "GET" ? 0.9 : 0.2) ? `?${urlEncoded(random, fields(random, ids.key, ids.modelId)).toString("latin1")}` : "";
  const headers: Record<string, string> = {};
  if (random.chance(0.4)) headers.authorization = `Bearer ${ids.key}`;
  if (random.chance(0.05)) headers["content-encoding"] = random.pick(["gzip", "identity", "br"]);
  const options: InjectOptions = { method, url: `${path}${query}`, headers };
  if (method !== "GET" || random.chance(0.1)) {
    const mediaType = random.pick(MEDIA_TYPES);
    if (random.chance(0.93)) headers["content-type"] = mediaType;
    const payload = body(random, mediaType, list);
    options.payload = random.chance(0.01) ? Buffer.concat([payload, Buffer.alloc(DEFAULT_LIMITS.maxBodyBytes, 0x61)]) : payload;
  }
  return options;
}

/** HTTP/1.1 requests whose framing is broken in one way or another. */
function socketCase(random: Random, key: string): (string | Buffer)[] {
  const content = Buffer.from(random.pick(['{"type":"STL"}', `type=STL&key=${key}`, "--fz\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nSTL\r\n--fz--\r\n", "{}"]));
  const mediaType = random.pick(["application/json", "application/x-www-form-urlencoded", "multipart/form-data; boundary=fz", "text/plain"]);
  const target = random.pick(["/build", "/parts/build", "/api/keys", "/api/models", "/api/accounts"]);
  const eol = random.chance(0.1) ? random.pick(["\n", "\r", "\n\r"]) : "\r\n";
  const lines = [random.pick([`POST ${target} HTTP/1.1`, `POST ${target} HTTP/1.0`, `POST ${target} HTTP/2.0`, `POST  ${target} HTTP/1.1`, `POST ${target}`, `P\u0000ST ${target} HTTP/1.1`, `POST ${target}?a=%FF HTTP/1.1`, `POST /b uild HTTP/1.1`, `POST http://evil.example${target} HTTP/1.1`, `CONNECT evil.example:443 HTTP/1.1`, "OPTIONS * HTTP/1.1", "PRI * HTTP/2.0"]), "Host: t", `Content-Type: ${mediaType}`];
  if (random.chance(0.3)) lines.push(`Authorization: Bearer ${key}`);
  const framing = random.int(9);
  let payload: Buffer = content;
  if (framing === 0) lines.push(`Content-Length: ${content.length}`);
  else if (framing === 1) lines.push(`Content-Length: ${Math.max(0, content.length - 1 - random.int(content.length))}`);
  else if (framing === 2) lines.push(`Content-Length: ${content.length + 1 + random.int(50)}`);
  else if (framing === 3) lines.push(`Content-Length: ${content.length}`, `Content-Length: ${content.length + 1}`);
  else if (framing === 4) lines.push(random.pick([`Content-Length: ${content.length}x`, "Content-Length: -1", "Content-Length: 0x10", `Content-Length: ${"9".repeat(30)}`, "Content-Length:"]));
  else if (framing === 5 || framing === 6) {
    lines.push(random.pick(["Transfer-Encoding: chunked", "Transfer-Encoding: gzip, chunked", "Transfer-Encoding: chunked, gzip", "Transfer-Encoding: chunked\r\nContent-Length: 3", "Transfer-Encoding: xchunked"]));
    const size = framing === 5 ? content.length.toString(16) : random.pick(["zz", "-1", "", `${content.length.toString(16)};ext=${"x".repeat(5000)}`, "fffffffffffffffff", (content.length + 5).toString(16)]);
    payload = Buffer.from(`${size}\r\n${content.toString("latin1")}\r\n${random.pick(["0\r\n\r\n", "0\r\n", "", "0\r\nTrailer: x\r\n\r\n"])}`, "latin1");
  } else if (framing === 7) lines.push(`X-Fold: a${eol} folded`, `Content-Length: ${content.length}`);
  else lines.push(`${random.pick(["X Bad", "X:\u0007", ": empty", "X-Api-Key: \u00ff\u00fe"])}: v`, `Content-Length: ${content.length}`);
  const head = Buffer.from(`${lines.join(eol)}${eol}${eol}`, "latin1");
  const whole = Buffer.concat([head, payload, random.chance(0.2) ? Buffer.from(`GET /api/formats HTTP/1.1\r\nHost: t\r\n\r\n`) : Buffer.alloc(0)]);
  if (random.chance(0.2)) return [whole.subarray(0, random.int(whole.length + 1))];
  // Sometimes the same bytes arrive in pieces, as from a slow client.
  if (random.chance(0.3)) {
    const cut = random.int(whole.length + 1);
    return [whole.subarray(0, cut), whole.subarray(cut)];
  }
  return [whole];
}

function assertWellFormed(response: { status: number; contentType: string | undefined; body: string }, label: string): void {
  assert.ok(response.status < 500, `${label}: ${response.status} ${response.body.slice(0, 300)}`);
  if (response.status < 400) return;
  assert.match(String(response.contentType), /^application\/problem\+json/, `${label}: ${response.status} ${response.body.slice(0, 300)}`);
  const problem = JSON.parse(response.body) as Record<string, unknown>;
  assert.equal(problem.status, response.status, label);
  for (const field of ["code", "title", "detail"]) assert.equal(typeof problem[field], "string", `${label}: ${field}`);
}

const [sqlite] = await storeKinds();

describe(`fuzzed malformed requests (seed ${SEED})`, () => {
  let service: TestService;
  let port: number;
  let ids: { key: string; keyId: string; modelId: string };
  before(async () => {
    service = await startService(sqlite!, { limits: { requestTimeoutMs: 300 } });
    const account = await service.store.createAccount({ email: "fuzz@example.com", password: "correct horse battery", plan: "enterprise" });
    const created = await service.store.createApiKey(account.id, { name: "fuzz" });
    const model = await service.store.createModel({ ownerId: account.id, name: "Box", visibility: "public", script: BOX_SCRIPT, language: "ts", schema: { metadata: { name: "Box" } } });
    ids = { key: created.secret, keyId: created.key.id, modelId: model.model.id };
    await service.app.listen({ port: 0, host: "127.0.0.1" });
    port = (service.app.server.address() as { port: number }).port;
  });
  after(() => service.close());

  it(`answers ${INJECT_CASES} generated requests without a 5xx, every error as problem+json`, async () => {
    const random = generator(SEED);
    const statuses = new Map<number, number>();
    for (let i = 0; i < INJECT_CASES; i++) {
      const request = injectCase(random, ids);
      const response = await service.app.inject(request);
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      assertWellFormed({ status: response.statusCode, contentType: String(response.headers["content-type"]), body: response.body }, `case ${i} (${request.method} ${String(request.url).slice(0, 80)})`);
    }
    // The generator must reach the refusals it is meant to exercise, not only one of them.
    for (const status of [400, 403, 413, 415]) assert.ok((statuses.get(status) ?? 0) > 0, `no ${status} among ${JSON.stringify([...statuses])}`);
  });

  it(`answers ${SOCKET_CASES} requests with broken framing over a socket without a 5xx, every error as problem+json`, async () => {
    const random = generator(SEED ^ 0x9e3779b9);
    const cases = Array.from({ length: SOCKET_CASES }, () => socketCase(random, ids.key));
    let next = 0;
    const answered: RawResponse[] = [];
    await Promise.all(
      Array.from({ length: SOCKET_CONCURRENCY }, async () => {
        while (next < cases.length) {
          const index = next++;
          const { responses } = await exchange(port, cases[index]!, { halfClose: true, limitMs: 10_000 });
          for (const response of responses) {
            assertWellFormed({ status: response.status, contentType: response.headers["content-type"], body: response.body }, `socket case ${index} ${JSON.stringify(Buffer.concat(cases[index]!.map((c) => Buffer.from(c))).toString("latin1").slice(0, 200))}`);
            answered.push(response);
          }
        }
      }),
    );
    assert.ok(answered.filter((r) => r.status === 400).length > SOCKET_CASES / 10, "most broken framings are answered 400");
  });

  it("still answers a well-formed request afterwards", async () => {
    const { responses } = await exchange(port, ["GET /api/formats HTTP/1.1\r\nHost: t\r\n\r\n"], { untilResponses: 1 });
    assert.equal(responses[0]?.status, 200);
    const account = await service.store.createAccount({ email: "after-fuzz@example.com", password: "correct horse battery", plan: "enterprise" });
    const key = (await service.store.createApiKey(account.id)).secret;
    const built = await service.app.inject({ method: "GET", url: `/build?type=stl&id=${ids.modelId}&key=${key}&p_length=31` });
    assert.equal(built.statusCode, 200, built.body);
  });
});
