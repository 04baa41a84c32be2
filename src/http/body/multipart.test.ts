import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseMediaType } from "./mediaType.ts";
import { multipartBoundary, parseMultipart } from "./multipart.ts";

/** Encodes `form` with Node's own FormData encoder (undici), an independent writer of RFC 7578. */
async function encode(form: FormData): Promise<{ body: Buffer; boundary: string }> {
  const response = new Response(form);
  const boundary = multipartBoundary(parseMediaType(response.headers.get("content-type")!).parameters);
  return { body: Buffer.from(await response.arrayBuffer()), boundary };
}

describe("multipart/form-data reader", () => {
  it("reads back what Node's FormData encoder writes, file parts and Unicode included", async () => {
    const form = new FormData();
    form.append("type", "STL");
    form.append("p_label", "Grüße 📐 \"quoted\" line1\r\nline2");
    form.append("p_empty", "");
    form.append("p_näme", "x");
    form.append("s", new Blob(["export function build() {}\r\n--not-the-boundary\r\n"], { type: "text/plain" }), "box ✓.ts");
    const { body, boundary } = await encode(form);
    assert.deepEqual({ ...parseMultipart(body, boundary) }, {
      type: "STL",
      p_label: "Grüße 📐 \"quoted\" line1\r\nline2",
      p_empty: "",
      p_näme: "x",
      s: "export function build() {}\r\n--not-the-boundary\r\n",
    });
  });

  it("ignores a preamble, an epilogue and transport padding after a boundary line", () => {
    const body = Buffer.from('preamble\r\n--b  \r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b\t\r\ncontent-disposition: FORM-DATA; name=b\r\n\r\n2\r\n--b--\r\nepilogue');
    assert.deepEqual({ ...parseMultipart(body, "b") }, { a: "1", b: "2" });
  });

  it("reads a body that starts with a line break before its first boundary line", () => {
    assert.deepEqual({ ...parseMultipart(Buffer.from('\r\n--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--'), "b") }, { a: "1" });
  });

  it("keeps a field named __proto__ as a field, not a prototype", () => {
    const fields = parseMultipart(Buffer.from('--b\r\nContent-Disposition: form-data; name="__proto__"\r\n\r\n{}\r\n--b--'), "b");
    assert.equal(Object.getPrototypeOf(fields), null);
    assert.equal(fields["__proto__"], "{}");
  });

  it("refuses text after a boundary line, naming the fix", () => {
    assert.throws(() => parseMultipart(Buffer.from('--bx\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--'), "b"), /followed by more text/);
  });

  it("refuses a body that stops inside the headers of a part", () => {
    assert.throws(() => parseMultipart(Buffer.from('--b\r\nContent-Disposition: form-data; name="a"'), "b"), /ends before its closing boundary line --b--/);
  });
});
