/**
 * The trivial bench's lean HTTP client reads each response off one kept-alive connection
 * (bench/trivial/httpResponseReader.ts): framing by Content-Length and by chunked coding, bytes
 * split anywhere across packets, error statuses, and refusing what it cannot frame.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { HttpResponseReader, type HttpResponse } from "../../bench/trivial/httpResponseReader.ts";

/** Feeds `wire` in pieces of `size` bytes; returns the response and the piece it completed at (1-based). */
function read(wire: string | Buffer, size = Number.POSITIVE_INFINITY): { response: HttpResponse | undefined; completedAt: number; pieces: number } {
  const bytes = typeof wire === "string" ? Buffer.from(wire, "latin1") : wire;
  const reader = new HttpResponseReader();
  const step = Math.min(size, bytes.length);
  let response: HttpResponse | undefined;
  let completedAt = 0;
  let pieces = 0;
  for (let at = 0; at < bytes.length; at += step) {
    pieces += 1;
    const got = reader.push(bytes.subarray(at, at + step));
    if (got !== undefined) {
      response = got;
      completedAt = pieces;
    }
  }
  return { response, completedAt, pieces };
}

const BINARY = Buffer.from([0x00, 0x0d, 0x0a, 0x0d, 0x0a, 0xff, 0x30, 0x0d, 0x0a]);
const withLength = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: model/stl\r\nContent-Length: ${BINARY.length}\r\n\r\n`, "latin1"), BINARY]);
const chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: model/step\r\n\r\n" + "5;ext=1\r\nISO-1\r\n" + "18\r\n0303-21;\nHEADER;\r\nFILE_D\r\n" + "0\r\nX-Trailer: yes\r\n\r\n";
const chunkedBody = "ISO-10303-21;\nHEADER;\r\nFILE_D";

describe("HttpResponseReader", () => {
  it("reads a Content-Length body whose bytes look like CRLFs and chunk sizes", () => {
    const { response, completedAt, pieces } = read(withLength);
    assert.equal(response?.status, 200);
    assert.equal(response.headers.get("content-type"), "model/stl");
    assert.deepEqual(response.body, BINARY);
    assert.equal(completedAt, pieces);
  });

  it("completes a Content-Length response only at its last byte, however the packets split it", () => {
    for (const size of [1, 2, 3, 7, withLength.length - 1]) {
      const { response, completedAt, pieces } = read(withLength, size);
      assert.deepEqual(response?.body, BINARY, `pieces of ${size} bytes`);
      assert.equal(completedAt, pieces, `pieces of ${size} bytes: complete before the last byte`);
    }
  });

  it("reads a chunked body, skipping chunk extensions and trailers, split anywhere", () => {
    for (const size of [Number.POSITIVE_INFINITY, 1, 2, 5, 13]) {
      const { response, completedAt, pieces } = read(chunked, size);
      assert.equal(response?.status, 200, `pieces of ${size} bytes`);
      assert.equal(response.body.toString("latin1"), chunkedBody, `pieces of ${size} bytes`);
      assert.equal(completedAt, pieces, `pieces of ${size} bytes: complete before the last byte`);
    }
  });

  it("is not complete until a chunked body's last chunk and the blank line after it", () => {
    const reader = new HttpResponseReader();
    assert.equal(reader.push(Buffer.from("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n", "latin1")), undefined);
    assert.equal(reader.push(Buffer.from("\r\n", "latin1"))?.body.toString(), "abc");
  });

  it("reads a 4xx response with its body, and joins repeated header fields", () => {
    const body = '{"code":"UNAUTHORIZED","message":"no key"}';
    const { response } = read(`HTTP/1.1 401 Unauthorized\r\nVary: Origin\r\nvary: Accept\r\ncontent-length: ${body.length}\r\n\r\n${body}`, 4);
    assert.equal(response?.status, 401);
    assert.equal(response.body.toString(), body);
    assert.equal(response.headers.get("vary"), "Origin, Accept");
  });

  it("reads a 204 and a 304 as bodiless whatever their headers say, and an empty Content-Length body", () => {
    assert.equal(read("HTTP/1.1 204 No Content\r\n\r\n").response?.body.length, 0);
    assert.equal(read("HTTP/1.1 304 Not Modified\r\nContent-Length: 120\r\n\r\n").response?.body.length, 0);
    assert.equal(read("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n").response?.body.length, 0);
  });

  it("refuses bytes beyond the response, a body framed by the connection closing, and malformed framing", () => {
    assert.throws(() => read("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nabc"), /1 bytes followed the response/);
    const reader = new HttpResponseReader();
    reader.push(Buffer.from("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na", "latin1"));
    assert.throws(() => reader.push(Buffer.from("x")), /after the response was complete/);
    assert.throws(() => read("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nabc"), /framed by the connection closing/);
    assert.throws(() => read("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nabc"), /does not end in chunked/);
    assert.throws(() => read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"), /malformed chunk size/);
    assert.throws(() => read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n"), /not followed by CRLF/);
    assert.throws(() => read("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n"), /malformed Content-Length/);
    assert.throws(() => read("HTTP/2 200\r\n\r\n"), /malformed status line/);
    assert.throws(() => read("HTTP/1.1 100 Continue\r\n\r\n"), /interim response/);
  });
});
