/**
 * `multipart/form-data` (RFC 7578 over RFC 2046 section 5.1), read from a body that is already in
 * memory and within the body limit. Every part is a field: its name from `Content-Disposition`, its
 * content decoded as UTF-8 (a file part, such as the script `s`, is a field too). Anything that is
 * not well-formed is refused with what to fix, never half-read.
 */
import { PartforgeError } from "../../shared/errors.ts";
import { FieldCollector, type FieldRecord } from "./fields.ts";
import { parseMediaType } from "./mediaType.ts";
import { decodeUtf8 } from "./utf8.ts";

const CRLF = Buffer.from("\r\n");
const HEADERS_END = Buffer.from("\r\n\r\n");
/** RFC 2046 `bchars`: 1 to 70 of these, not ending in a space. */
const BOUNDARY = /^[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]$/;

/** The boundary of a `multipart/form-data` Content-Type, or USAGE saying what to send. */
export function multipartBoundary(parameters: Map<string, string>): string {
  const boundary = parameters.get("boundary");
  if (boundary === undefined || boundary === "") {
    throw new PartforgeError("USAGE", "multipart/form-data needs its boundary: send Content-Type: multipart/form-data; boundary=<the delimiter used in the body>");
  }
  if (!BOUNDARY.test(boundary)) {
    throw new PartforgeError("USAGE", "the multipart boundary must be 1 to 70 letters, digits or '()+_,-./:=? and not end with a space (RFC 2046)");
  }
  return boundary;
}

const truncated = (boundary: string) =>
  new PartforgeError("USAGE", `the multipart body ends before its closing boundary line --${boundary}--: send the complete body`);

interface PartHeaders {
  name: string;
}

function partHeaders(block: Buffer, index: number): PartHeaders {
  const text = decodeUtf8(block, `the headers of multipart part ${index}`);
  let name: string | undefined;
  for (const line of text === "" ? [] : text.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon <= 0 || !/^[\w!#$%&'*+.^`|~-]+$/.test(line.slice(0, colon))) {
      throw new PartforgeError("USAGE", `multipart part ${index} has a malformed header line "${line.slice(0, 60)}": write Name: value, one per line`);
    }
    const header = line.slice(0, colon).toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (header === "content-disposition") {
      const disposition = parseMediaTypeLike(value, index);
      if (disposition.kind !== "form-data") {
        throw new PartforgeError("USAGE", `multipart part ${index} is "${disposition.kind}": every part must be Content-Disposition: form-data; name="…"`);
      }
      name = disposition.parameters.get("name");
    } else if (header === "content-type") {
      const charset = parseMediaType(value).parameters.get("charset");
      if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
        throw new PartforgeError("UNSUPPORTED_MEDIA_TYPE", `multipart part ${index} is in charset ${charset}: send every field as UTF-8`);
      }
    } else if (header === "content-transfer-encoding" && !/^(7bit|8bit|binary)$/i.test(value)) {
      throw new PartforgeError("UNSUPPORTED_MEDIA_TYPE", `multipart part ${index} uses Content-Transfer-Encoding ${value}: send the field's bytes as they are (binary)`);
    }
  }
  if (name === undefined || name === "") {
    throw new PartforgeError("USAGE", `multipart part ${index} has no field name: give each part Content-Disposition: form-data; name="<field>"`);
  }
  return { name };
}

/** `form-data; name="x"; filename="y"` has the shape of a media type's parameters after its first word. */
function parseMediaTypeLike(value: string, index: number): { kind: string; parameters: Map<string, string> } {
  const semicolon = value.indexOf(";");
  const kind = (semicolon === -1 ? value : value.slice(0, semicolon)).trim().toLowerCase();
  try {
    return { kind, parameters: parseMediaType(`x/${kind || "x"}${semicolon === -1 ? "" : value.slice(semicolon)}`).parameters };
  } catch {
    throw new PartforgeError("USAGE", `multipart part ${index} has a malformed Content-Disposition "${value.slice(0, 80)}": write form-data; name="<field>"`);
  }
}

/** Reads every part of `body` delimited by `boundary` into fields. */
export function parseMultipart(body: Buffer, boundary: string): FieldRecord {
  const delimiter = Buffer.from(`--${boundary}`);
  const fields = new FieldCollector();
  const nextDelimiter = Buffer.concat([CRLF, delimiter]);
  // The first delimiter starts the body or a line (a preamble before it is ignored, RFC 2046).
  const afterPreamble = body.subarray(0, delimiter.length).equals(delimiter) ? 0 : body.indexOf(nextDelimiter);
  if (afterPreamble === -1) {
    throw new PartforgeError("USAGE", `the multipart body has no boundary line --${boundary}: the boundary in Content-Type must be the one that delimits the body's parts`);
  }
  let position = afterPreamble === 0 && body[0] !== 0x0d ? 0 : afterPreamble + CRLF.length;
  for (let index = 1; ; index++) {
    position += delimiter.length;
    if (body.subarray(position, position + 2).toString("latin1") === "--") return fields.fields;
    while (body[position] === 0x20 || body[position] === 0x09) position++;
    if (position >= body.length) throw truncated(boundary);
    if (!body.subarray(position, position + 2).equals(CRLF)) {
      throw new PartforgeError("USAGE", `a multipart boundary line --${boundary} is followed by more text: end it with CRLF, or with -- after the last part`);
    }
    position += CRLF.length;
    const headersEnd = body.subarray(position, position + 2).equals(CRLF) ? position : body.indexOf(HEADERS_END, position);
    if (headersEnd === -1) throw truncated(boundary);
    const { name } = partHeaders(body.subarray(position, headersEnd), index);
    const contentStart = headersEnd === position ? position + CRLF.length : headersEnd + HEADERS_END.length;
    const contentEnd = body.indexOf(nextDelimiter, contentStart);
    if (contentEnd === -1) throw truncated(boundary);
    fields.add(name, decodeUtf8(body.subarray(contentStart, contentEnd), `multipart field "${name}"`, name));
    position = contentEnd + CRLF.length;
  }
}
