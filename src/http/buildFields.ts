/**
 * The fields of a `/build` request (SPEC section 2), read from the query string (GET) or from a
 * form, multipart or JSON body (POST). Every value stays a string, as sent over HTTP.
 */
import type { FastifyRequest } from "fastify";
import { PartforgeError } from "../shared/errors.ts";
import { isJsonContentType, type FieldRecord } from "./body/index.ts";
import { queryFields } from "./queryString.ts";

export interface BuildFields {
  key?: string;
  id?: string;
  s?: string;
  type?: string;
  preset?: string;
  tolerance?: string;
  angularTolerance?: string;
  ascii?: string;
  /** The language of `s`: `python` (or `py`), `ts`, `js`; detected when absent. */
  lang?: string;
  /** The `out_*` fields (output options of SVG, DXF, PNG, PROPS), by field name. */
  output: Record<string, string>;
  /** Every other field: a parameter of the model. */
  params: Record<string, string>;
}

const RESERVED = ["key", "id", "s", "type", "preset", "tolerance", "angularTolerance", "ascii", "lang"] as const;
type Reserved = (typeof RESERVED)[number];

function isReserved(name: string): name is Reserved {
  return (RESERVED as readonly string[]).includes(name);
}

/** Output options: every field named `out_…` is reserved for them, so none is a parameter. */
function isOutputField(name: string): boolean {
  return name.startsWith("out_");
}

function setOwn(record: Record<string, string>, name: string, value: string): void {
  Object.defineProperty(record, name, { value, enumerable: true, writable: true, configurable: true });
}

function asString(name: string, value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    throw new PartforgeError("USAGE", `field "${name}" is given ${value.length} times; send it once`, { param: name });
  }
  throw new PartforgeError("USAGE", `field "${name}" must be a string, number or boolean`, { param: name });
}

function setField(fields: BuildFields, name: string, value: unknown): void {
  const text = asString(name, value);
  if (isReserved(name)) fields[name] = text;
  else setOwn(isOutputField(name) ? fields.output : fields.params, name, text);
}

function fromRecord(record: Record<string, unknown>): BuildFields {
  const fields: BuildFields = { output: {}, params: {} };
  for (const [name, value] of Object.entries(record)) setField(fields, name, value);
  return fields;
}

/** JSON: `{ key, type, s|id, preset, params: { … } }`; parameters may also sit at the top level. */
export function fromJson(body: unknown): BuildFields {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new PartforgeError("USAGE", 'the JSON body must be an object like {"key": …, "type": "STL", "params": {…}}');
  }
  const { params, ...rest } = body as Record<string, unknown>;
  const fields = fromRecord(rest);
  if (params !== undefined) {
    if (params === null || typeof params !== "object" || Array.isArray(params)) {
      throw new PartforgeError("USAGE", '"params" must be an object of parameter names to values', { param: "params" });
    }
    for (const [name, value] of Object.entries(params as Record<string, unknown>)) {
      if (isReserved(name) || isOutputField(name)) {
        throw new PartforgeError("USAGE", `"${name}" is a request field, not a parameter: put it beside "params"`, { param: name });
      }
      if (Object.hasOwn(fields.params, name)) {
        throw new PartforgeError("USAGE", `parameter "${name}" is given twice`, { param: name });
      }
      setField(fields, name, value);
    }
  }
  return fields;
}


/** The fields of the query string and of `body` (the request's own by default; a batch passes its body without `configurations`). */
export function readBuildFields(request: FastifyRequest, sentBody: unknown = request.body): BuildFields {
  // The query string, read by the same strict reader as a form body (once, while routing: see ./queryString).
  const query = fromRecord(queryFields(request));
  if (request.method === "GET" || sentBody === undefined || sentBody === null) return query;
  // Form and multipart bodies arrive as field records (see ./body); JSON as any value.
  const body = isJsonContentType(request.headers["content-type"]) ? fromJson(sentBody) : fromRecord(sentBody as FieldRecord);
  // Query fields count too (e.g. ?type=STL on a POST), but the body wins on conflict.
  return { ...query, ...body, output: { ...query.output, ...body.output }, params: { ...query.params, ...body.params } };
}
