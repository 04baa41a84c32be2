/**
 * The query string, read once per request: fastify's `querystringParser`, by the strict field
 * reader (`parseUrlEncoded`), so `request.query` is the record the build fields are read from and
 * `/build` does not parse the query again. Where the strict reader refuses the text (a stray `%`,
 * escapes that are not UTF-8, a field without a name, too many fields), `request.query` is what
 * fastify's own reader makes of it, as before, and the refusal waits for the build fields, which
 * alone report it. On every text the strict reader takes, both readers give the same record.
 */
import { parse as looseParse } from "fast-querystring";
import type { FastifyRequest } from "fastify";
import { parseUrlEncoded, type FieldRecord } from "./body/index.ts";

const SOURCE = "the query string";

/** What the strict reader made of a query (kept on the parsed record, under a symbol no route sees). */
const STRICT_READ = Symbol("strict query read");
interface StrictRead {
  /** The text read (the request target after its first `?`, `#` or nothing). */
  text: string;
  /** Why the strict reader refused it; none: the record is the strict reader's. */
  refusal?: unknown;
}

/** `routerOptions.querystringParser`: never throws (a parse runs while the request is routed). */
export function parseQueryString(text: string): Record<string, unknown> {
  let record: Record<string, unknown>;
  let read: StrictRead;
  try {
    record = parseUrlEncoded(text, SOURCE);
    read = { text };
  } catch (refusal) {
    record = looseParse(text);
    read = { text, refusal };
  }
  Object.defineProperty(record, STRICT_READ, { value: read });
  return record;
}

/**
 * The query fields of `request` by the strict reader (throws its refusal): the record routing made
 * when it read this very text, else read now (the router splits the target at a `#` too).
 */
export function queryFields(request: FastifyRequest): FieldRecord {
  const question = request.url.indexOf("?");
  const text = question === -1 ? "" : request.url.slice(question + 1);
  const query = request.query as (Record<string, unknown> & { [STRICT_READ]?: StrictRead }) | undefined;
  const read = query?.[STRICT_READ];
  if (read === undefined || read.text !== text) return parseUrlEncoded(text, SOURCE);
  if (read.refusal !== undefined) throw read.refusal;
  return query as FieldRecord;
}
