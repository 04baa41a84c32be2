/**
 * Every malformed request is a 4xx problem+json that says what to fix: bodies the service cannot
 * read (multipart, forms, JSON, media types, encodings, sizes) through `inject`, and broken HTTP
 * framing over a real socket.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { InjectOptions } from "fastify";
import { DEFAULT_LIMITS } from "../../src/http/deps.ts";
import { startService, storeKinds, type TestService } from "./harness.ts";
import { exchange } from "./rawHttp.ts";

const kinds = await storeKinds();
const REQUEST_TIMEOUT_MS = 300;
const BODY_LIMIT = DEFAULT_LIMITS.maxBodyBytes;

/** Asserts a problem+json answer with `status`, `code` and a `detail` matching `detail`. */
function assertProblem(response: { status: number; contentType: string | undefined; body: string }, expected: { status: number; code: string; detail: RegExp }) {
  assert.equal(response.status, expected.status, response.body);
  assert.match(String(response.contentType), /^application\/problem\+json/);
  const problem = JSON.parse(response.body) as Record<string, unknown>;
  assert.equal(problem.status, expected.status);
  assert.equal(problem.code, expected.code, response.body);
  assert.match(String(problem.detail), expected.detail);
  return problem;
}

const boundary = "pf-boundary";
const part = (name: string, value: string | Buffer, headers = "") =>
  Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n${headers}\r\n`), Buffer.from(value), Buffer.from("\r\n")]);
const closing = `--${boundary}--\r\n`;
const multipart = (...parts: (Buffer | string)[]): InjectOptions => ({
  method: "POST",
  url: "/build",
  headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  payload: Buffer.concat(parts.map((p) => Buffer.from(p))),
});
const post = (url: string, contentType: string | undefined, payload: string | Buffer, headers: Record<string, string> = {}): InjectOptions => ({
  method: "POST",
  url,
  headers: { ...(contentType === undefined ? {} : { "content-type": contentType }), ...headers },
  payload,
});
const INVALID_UTF8 = Buffer.from([0x70, 0xff, 0xfe, 0x71]);

interface InjectCase {
  name: string;
  request: InjectOptions;
  status: number;
  code: string;
  detail: RegExp;
  param?: string;
}

const injectCases: InjectCase[] = [
  { name: "multipart without a boundary", request: post("/build", "multipart/form-data", `--x\r\n`), status: 400, code: "USAGE", detail: /needs its boundary/ },
  { name: "multipart with an invalid boundary", request: post("/build", `multipart/form-data; boundary="${"b".repeat(71)}"`, "x"), status: 400, code: "USAGE", detail: /1 to 70/ },
  { name: "multipart cut off before its closing boundary", request: multipart(part("type", "STL"), `--${boundary}\r\nContent-Disposition: form-data; name="s"\r\n\r\nexport fun`), status: 400, code: "USAGE", detail: /ends before its closing boundary/ },
  { name: "multipart whose body uses another boundary", request: post("/build", "multipart/form-data; boundary=other", Buffer.concat([part("type", "STL"), Buffer.from(closing)])), status: 400, code: "USAGE", detail: /no boundary line --other/ },
  { name: "multipart part without a name", request: multipart(`--${boundary}\r\nContent-Disposition: form-data\r\n\r\nx\r\n`, closing), status: 400, code: "USAGE", detail: /no field name/ },
  { name: "multipart part that is not form-data", request: multipart(`--${boundary}\r\nContent-Disposition: attachment; name="s"\r\n\r\nx\r\n`, closing), status: 400, code: "USAGE", detail: /must be Content-Disposition: form-data/ },
  { name: "multipart part with a malformed header line", request: multipart(`--${boundary}\r\nContent-Disposition form-data\r\n\r\nx\r\n`, closing), status: 400, code: "USAGE", detail: /malformed header line/ },
  { name: "multipart field sent twice", request: multipart(part("type", "STL"), part("type", "STEP"), closing), status: 400, code: "USAGE", detail: /given 2 times/, param: "type" },
  { name: "multipart field that is not UTF-8", request: multipart(part("p_name", INVALID_UTF8), closing), status: 400, code: "USAGE", detail: /not valid UTF-8/, param: "p_name" },
  { name: "multipart field in another charset", request: multipart(part("s", "x", "Content-Type: text/plain; charset=iso-8859-1\r\n"), closing), status: 415, code: "UNSUPPORTED_MEDIA_TYPE", detail: /UTF-8/ },
  { name: "multipart field in base64 transfer encoding", request: multipart(part("s", "eA==", "Content-Transfer-Encoding: base64\r\n"), closing), status: 415, code: "UNSUPPORTED_MEDIA_TYPE", detail: /as they are/ },
  {
    name: "multipart body over the body limit, refused before its fields are read",
    request: multipart(part("key", "not-a-key"), part("s", "x".repeat(2 * 1024 * 1024)), closing),
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    detail: new RegExp(`larger than ${BODY_LIMIT} bytes`),
  },
  { name: "multipart with more fields than allowed", request: multipart(...Array.from({ length: 201 }, (_, i) => part(`p${i}`, "1")), closing), status: 413, code: "PAYLOAD_TOO_LARGE", detail: /more than 200 fields/ },
  { name: "a form field sent twice", request: post("/build", "application/x-www-form-urlencoded", "type=STL&p_a=1&p_a=2"), status: 400, code: "USAGE", detail: /given 2 times/, param: "p_a" },
  { name: "a form with a stray %", request: post("/build", "application/x-www-form-urlencoded", "type=STL&p_a=50%"), status: 400, code: "USAGE", detail: /%25/, param: "p_a" },
  { name: "a form whose %-escapes are not UTF-8", request: post("/build", "application/x-www-form-urlencoded", "type=STL&p_a=%FF%FE"), status: 400, code: "USAGE", detail: /not valid UTF-8/, param: "p_a" },
  { name: "a form body that is not UTF-8", request: post("/build", "application/x-www-form-urlencoded", Buffer.concat([Buffer.from("type=STL&p_a="), INVALID_UTF8])), status: 400, code: "USAGE", detail: /form body is not valid UTF-8/ },
  { name: "a form field without a name", request: post("/build", "application/x-www-form-urlencoded", "type=STL&=3"), status: 400, code: "USAGE", detail: /without a name/ },
  { name: "a form in another charset", request: post("/build", "application/x-www-form-urlencoded; charset=iso-8859-1", "type=STL"), status: 415, code: "UNSUPPORTED_MEDIA_TYPE", detail: /send UTF-8/ },
  { name: "a query string whose %-escapes are not UTF-8", request: { method: "GET", url: "/build?type=STL&p_a=%C3%28" }, status: 400, code: "USAGE", detail: /query string is not valid UTF-8/, param: "p_a" },
  { name: "a query string with a stray %", request: { method: "GET", url: "/parts/build?type=STL&p_a=%zz" }, status: 400, code: "USAGE", detail: /%25/, param: "p_a" },
  { name: "a query field sent twice", request: { method: "GET", url: "/build?type=STL&type=STEP" }, status: 400, code: "USAGE", detail: /given 2 times/, param: "type" },
  { name: "a query field sent twice beside a form body", request: post("/build?type=STL&type=STEP", "application/x-www-form-urlencoded", "p_a=1"), status: 400, code: "USAGE", detail: /given 2 times/, param: "type" },
  { name: "a malformed %-escape in a query field's name", request: { method: "GET", url: "/build?type=STL&p_%4=1" }, status: 400, code: "USAGE", detail: /%25/ },
  // Outside the build fields, a query the strict reader refuses means what fastify's own reader makes of it.
  { name: "a page limit with a stray %", request: { method: "GET", url: "/api/models?limit=%zz" }, status: 400, code: "USAGE", detail: /not "%zz"/, param: "limit" },
  { name: "a text/plain body at /build", request: post("/build", "text/plain", "type=STL&s=x"), status: 415, code: "UNSUPPORTED_MEDIA_TYPE", detail: /text\/plain is not accepted: send application\/json, application\/x-www-form-urlencoded, multipart\/form-data/ },
  { name: "a text/plain body at the JSON API", request: post("/api/keys", "text/plain", "{}"), status: 415, code: "UNSUPPORTED_MEDIA_TYPE", detail: /application\/json only/ },
  { name: "an XML body", request: post("/api/models", "application/xml", "<model/>"), status: 415, code: "UNSUPPORTED_MEDIA_TYPE", detail: /application\/xml is not accepted/ },
  { name: "a body without a Content-Type", request: post("/build", undefined, "type=STL"), status: 415, code: "UNSUPPORTED_MEDIA_TYPE", detail: /no Content-Type/ },
  { name: "a malformed Content-Type", request: post("/build", "json", "{}"), status: 415, code: "UNSUPPORTED_MEDIA_TYPE", detail: /not accepted/ },
  { name: "a form at the JSON API", request: post("/api/accounts", "application/x-www-form-urlencoded", "email=a@b.co&password=x"), status: 415, code: "UNSUPPORTED_MEDIA_TYPE", detail: /takes application\/json, not application\/x-www-form-urlencoded/ },
  { name: "a gzip-encoded body", request: post("/build", "application/json", "{}", { "content-encoding": "gzip" }), status: 415, code: "UNSUPPORTED_MEDIA_TYPE", detail: /uncompressed/ },
  { name: "JSON in UTF-16", request: post("/api/keys", "application/json; charset=utf-16", "{}"), status: 415, code: "UNSUPPORTED_MEDIA_TYPE", detail: /send UTF-8/ },
  { name: "JSON with a __proto__ key", request: post("/api/accounts", "application/json", '{"email":"a@b.co","__proto__":{"admin":true}}'), status: 400, code: "USAGE", detail: /key "__proto__" at the top level: keys named __proto__ or constructor are refused/ },
  { name: "JSON with a constructor key in params", request: post("/build", "application/json", '{"type":"STL","params":{"constructor":{"prototype":{}}}}'), status: 400, code: "USAGE", detail: /key "constructor" in params/ },
  { name: "JSON with an escaped __proto__ key", request: post("/build", "application/json", '{"type":"STL","\\u005f_proto__":1}'), status: 400, code: "USAGE", detail: /__proto__/ },
  { name: "JSON with a key given twice", request: post("/build", "application/json", '{"type":"STL","params":{"p_a":1,"p_a":2}}'), status: 400, code: "USAGE", detail: /key "p_a" twice in params/ },
  { name: "JSON that is not UTF-8", request: post("/api/session", "application/json", Buffer.concat([Buffer.from('{"email":"'), INVALID_UTF8, Buffer.from('"}')])), status: 400, code: "USAGE", detail: /JSON body is not valid UTF-8/ },
  { name: "JSON with a syntax error", request: post("/api/keys", "application/json", '{"name": "ci",}'), status: 400, code: "USAGE", detail: /not valid JSON/ },
  { name: "an empty JSON body where one is needed", request: post("/api/session", "application/json", ""), status: 400, code: "USAGE", detail: /needs a JSON body/ },
  { name: "a JSON body of only spaces", request: post("/api/keys", "application/json", "  \n"), status: 400, code: "USAGE", detail: /not valid JSON/ },
  { name: "a path segment longer than any id", request: { method: "GET", url: `/api/models/${"a".repeat(200)}` }, status: 404, code: "NOT_FOUND", detail: /path segment that long/ },
  { name: "JSON nested too deep", request: post("/build", "application/json", `${"[".repeat(100_000)}${"]".repeat(100_000)}`), status: 400, code: "USAGE", detail: /nested more than 32 levels/ },
  { name: "a JSON body over the body limit", request: post("/api/models", "application/json", JSON.stringify({ script: "x".repeat(BODY_LIMIT) })), status: 413, code: "PAYLOAD_TOO_LARGE", detail: /larger than/ },
  { name: "a path with a malformed %-escape", request: { method: "GET", url: "/m/%E0%A4%A" }, status: 400, code: "USAGE", detail: /percent-encode/ },
];

interface SocketCase {
  name: string;
  chunks: (string | Buffer)[];
  /** End the client's side after the last chunk. */
  halfClose?: boolean;
  status: number;
  code: string;
  detail: RegExp;
}

const head = (lines: string[]) => `${lines.join("\r\n")}\r\n\r\n`;
const socketCases: SocketCase[] = [
  { name: "a 20 KB query string", chunks: [head([`GET /build?type=STL&s=${"x".repeat(20_000)} HTTP/1.1`, "Host: t"])], status: 431, code: "HEADERS_TOO_LARGE", detail: /larger than 16384 bytes: send long values .* in a POST body/ },
  { name: "a 20 KB header", chunks: [head(["GET /build HTTP/1.1", "Host: t", `X-Filler: ${"x".repeat(20_000)}`])], status: 431, code: "HEADERS_TOO_LARGE", detail: /larger than 16384 bytes/ },
  { name: "a body shorter than its Content-Length, after the request timeout", chunks: [head(["POST /api/keys HTTP/1.1", "Host: t", "Content-Type: application/json", "Content-Length: 100"]) + '{"name":'], status: 408, code: "REQUEST_TIMEOUT", detail: /not received completely within 0.3 s/ },
  { name: "headers that never end, after the request timeout", chunks: ["GET /build HTTP/1.1\r\nHost: t\r\n"], status: 408, code: "REQUEST_TIMEOUT", detail: /not received completely/ },
  { name: "a body longer than its Content-Length", chunks: [head(["POST /api/keys HTTP/1.1", "Host: t", "Content-Type: application/json", "Content-Length: 2"]) + '{}{"name":"smuggled"}\r\n\r\n'], status: 400, code: "USAGE", detail: /longer than its Content-Length/ },
  { name: "a body longer than its Content-Length, the rest in a second write", chunks: [head(["POST /api/keys HTTP/1.1", "Host: t", "Content-Type: application/json", "Content-Length: 2"]) + "{}", '{"name":"smuggled"}\r\n\r\n'], status: 400, code: "USAGE", detail: /longer than its Content-Length/ },
  { name: "a connection that ends before the body is complete", chunks: [head(["POST /api/keys HTTP/1.1", "Host: t", "Content-Type: application/json", "Content-Length: 100"]) + '{"name":'], halfClose: true, status: 400, code: "USAGE", detail: /connection ended before the request was complete/ },
  { name: "both Content-Length and Transfer-Encoding", chunks: [head(["POST /build HTTP/1.1", "Host: t", "Content-Type: application/json", "Content-Length: 2", "Transfer-Encoding: chunked"]) + "2\r\n{}\r\n0\r\n\r\n"], status: 400, code: "USAGE", detail: /send one of them/ },
  { name: "a Content-Length that is not a number", chunks: [head(["POST /build HTTP/1.1", "Host: t", "Content-Type: application/json", "Content-Length: 2x"]) + "{}"], status: 400, code: "USAGE", detail: /one decimal number/ },
  { name: "a malformed chunk size", chunks: [head(["POST /build HTTP/1.1", "Host: t", "Content-Type: application/json", "Transfer-Encoding: chunked"]) + "zz\r\n{}\r\n0\r\n\r\n"], status: 400, code: "USAGE", detail: /chunked body is malformed/ },
  { name: "a CONNECT request", chunks: [head(["CONNECT evil.example:443 HTTP/1.1", "Host: evil.example:443"])], status: 404, code: "NOT_FOUND", detail: /not a proxy/ },
  { name: "a request line that is not HTTP", chunks: ["HELLO THERE\r\n\r\n"], status: 400, code: "USAGE", detail: /known method/ },
  { name: "a control character in a header", chunks: [head(["GET /build HTTP/1.1", "Host: t", "X-Api-Key: a\u0001b"])], status: 400, code: "USAGE", detail: /not allowed/ },
  {
    name: "a chunked body that passes the body limit, refused while it is still arriving",
    chunks: [head(["POST /parts/build HTTP/1.1", "Host: t", `Content-Type: multipart/form-data; boundary=${boundary}`, "Transfer-Encoding: chunked"]), ...Array.from({ length: 20 }, () => `10000\r\n${"x".repeat(0x10000)}\r\n`)],
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    detail: /larger than/,
  },
  {
    name: "a Content-Length over the body limit, refused before the body is sent",
    chunks: [head(["POST /build HTTP/1.1", "Host: t", `Content-Type: multipart/form-data; boundary=${boundary}`, `Content-Length: ${2 * 1024 * 1024}`]) + "x".repeat(1000)],
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    detail: /larger than/,
  },
];

for (const kind of kinds.slice(0, 1)) {
  describe(`malformed requests (${kind.name})`, () => {
    let service: TestService;
    let port: number;
    before(async () => {
      service = await startService(kind, { limits: { requestTimeoutMs: REQUEST_TIMEOUT_MS } });
      await service.app.listen({ port: 0, host: "127.0.0.1" });
      port = (service.app.server.address() as { port: number }).port;
    });
    after(() => service.close());

    for (const c of injectCases) {
      it(`answers ${c.status} ${c.code} for ${c.name}, saying what to fix`, async () => {
        const response = await service.app.inject(c.request);
        const problem = assertProblem({ status: response.statusCode, contentType: String(response.headers["content-type"]), body: response.body }, c);
        if (c.param !== undefined) assert.equal(problem.param, c.param);
        if (c.code === "UNSUPPORTED_MEDIA_TYPE" && /not accepted: send application/.test(String(problem.detail))) {
          assert.deepEqual(problem.accepted, ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"]);
        }
      });
    }

    for (const c of socketCases) {
      it(`answers ${c.status} ${c.code} for ${c.name} and closes the connection`, async () => {
        const { responses, closedByServer } = await exchange(port, c.chunks, { halfClose: c.halfClose ?? false });
        assert.ok(closedByServer, "the server closes the connection");
        const last = responses.at(-1);
        assert.ok(last, "an answer before the connection closed");
        assertProblem({ status: last.status, contentType: last.headers["content-type"], body: last.body }, c);
      });
    }

    it("reads a body of exactly the 1 MiB limit in every content type and refuses one byte more with 413", async () => {
      const padded = (type: string, size: number): Buffer => {
        const filler = (bytes: number) => "a".repeat(bytes);
        if (type === "application/json") return Buffer.from(`{"type":"STL","p_pad":"${filler(size - '{"type":"STL","p_pad":""}'.length)}"}`);
        if (type === "application/x-www-form-urlencoded") return Buffer.from(`type=STL&p_pad=${filler(size - "type=STL&p_pad=".length)}`);
        const shell = Buffer.concat([part("type", "STL"), part("p_pad", ""), Buffer.from(closing)]);
        return Buffer.concat([part("type", "STL"), part("p_pad", filler(size - shell.length)), Buffer.from(closing)]);
      };
      assert.equal(BODY_LIMIT, 1024 * 1024, "the limit documented in the README");
      for (const type of ["application/json", "application/x-www-form-urlencoded", `multipart/form-data; boundary=${boundary}`]) {
        const atLimit = padded(type, BODY_LIMIT);
        assert.equal(atLimit.length, BODY_LIMIT);
        // Read and handed to the route, which wants a key.
        const read = await service.app.inject(post("/build", type, atLimit));
        assertProblem({ status: read.statusCode, contentType: String(read.headers["content-type"]), body: read.body }, { status: 403, code: "ACCESS_DENIED", detail: /API key/ });
        const over = await service.app.inject(post("/build", type, padded(type, BODY_LIMIT + 1)));
        assertProblem({ status: over.statusCode, contentType: String(over.headers["content-type"]), body: over.body }, { status: 413, code: "PAYLOAD_TOO_LARGE", detail: /larger than 1048576 bytes/ });
      }
    });

    it("takes a body-less DELETE labelled application/json as having no body", async () => {
      const response = await service.app.inject({ method: "DELETE", url: "/api/session", headers: { "content-type": "application/json" } });
      assert.equal(response.statusCode, 204, response.body);
    });

    it("keeps serving on the same port after every malformed request", async () => {
      const { responses } = await exchange(port, [head(["GET /api/formats HTTP/1.1", "Host: t"])], { untilResponses: 1 });
      assert.equal(responses[0]?.status, 200);
    });
  });
}
