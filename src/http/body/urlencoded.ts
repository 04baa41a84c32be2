/**
 * `application/x-www-form-urlencoded` (WHATWG URL standard, section 5), read strictly: a `%` must
 * start a `%XX` escape and the decoded bytes must be UTF-8, so nothing is guessed or replaced.
 * The same reader serves query strings and form bodies.
 */
import { PartforgeError } from "../../shared/errors.ts";
import { FieldCollector, type FieldRecord } from "./fields.ts";

const STRAY_PERCENT = /%(?![0-9A-Fa-f]{2})/;

function decodeComponent(text: string, where: string, param: string | undefined): string {
  if (STRAY_PERCENT.test(text)) {
    throw new PartforgeError("USAGE", `${where} has a "%" that is not followed by two hex digits: write a literal % as %25`, param === undefined ? {} : { param });
  }
  try {
    return decodeURIComponent(text.replaceAll("+", " "));
  } catch {
    throw new PartforgeError("USAGE", `${where} is not valid UTF-8 once its %XX escapes are decoded: percent-encode the UTF-8 bytes of the text`, param === undefined ? {} : { param });
  }
}

/** Parses `a=1&b=2`; `source` names where it came from in messages (`the query string`, `the form body`). */
export function parseUrlEncoded(text: string, source: string): FieldRecord {
  const fields = new FieldCollector();
  for (const pair of text.split("&")) {
    if (pair === "") continue;
    const equals = pair.indexOf("=");
    const rawName = equals === -1 ? pair : pair.slice(0, equals);
    const name = decodeComponent(rawName, `a field name in ${source}`, undefined);
    if (name === "") throw new PartforgeError("USAGE", `${source} has a field without a name ("${pair.slice(0, 40)}"): write name=value`);
    const value = equals === -1 ? "" : decodeComponent(pair.slice(equals + 1), `field "${name}" in ${source}`, name);
    fields.add(name, value);
  }
  return fields.fields;
}
