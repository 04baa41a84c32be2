/** The parts of a `Content-Type` header the body readers need: the media type and its parameters. */
import { PartforgeError } from "../../shared/errors.ts";

export interface MediaType {
  /** Lowercase `type/subtype`, e.g. `multipart/form-data`. */
  essence: string;
  /** Parameter names lowercased; values unquoted (RFC 9110 section 5.6.6). */
  parameters: Map<string, string>;
}

const TOKEN = /^[\w!#$%&'*+.^`|~-]+$/;

/** Parses a `Content-Type` value, or throws USAGE saying what is malformed. */
export function parseMediaType(header: string): MediaType {
  const semicolon = header.indexOf(";");
  const essence = (semicolon === -1 ? header : header.slice(0, semicolon)).trim().toLowerCase();
  const [type, subtype, ...extra] = essence.split("/");
  if (type === undefined || subtype === undefined || extra.length > 0 || !TOKEN.test(type) || !TOKEN.test(subtype)) {
    throw new PartforgeError("UNSUPPORTED_MEDIA_TYPE", `Content-Type "${header}" is not a media type like application/json`);
  }
  const parameters = new Map<string, string>();
  let rest = semicolon === -1 ? "" : header.slice(semicolon + 1);
  while (rest.trim() !== "") {
    const match = /^\s*([\w!#$%&'*+.^`|~-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[\w!#$%&'*+.^`|~-]+)\s*(?:;|$)/.exec(rest);
    if (match === null) {
      throw new PartforgeError("USAGE", `the Content-Type parameters "${rest.trim()}" are malformed: write name=value pairs separated by ";", quoting values with spaces`);
    }
    const raw = match[2]!;
    const value = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, "$1") : raw;
    parameters.set(match[1]!.toLowerCase(), value);
    rest = rest.slice(match[0].length);
  }
  return { essence, parameters };
}
