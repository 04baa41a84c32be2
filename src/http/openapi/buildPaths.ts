/** `GET|POST /build` and `/parts/build` in the OpenAPI document, and the field and status tables /docs shows. */
import { ANGULAR_TOLERANCE_BOUNDS, OUTPUT_FIELDS, OUTPUT_OPTION_DOCS, TOLERANCE_BOUNDS } from "../../build/index.ts";
import { EXPORT_FORMATS, exportFormats } from "../../exporters/index.ts";
import type { ServiceLimits } from "../deps.ts";
import { BUILD_SECURITY } from "./security.ts";
import { EXAMPLES, SENT_LANGUAGES } from "./schemas.ts";
import { emptyResponse, problemResponse, schemaRef, type Operation, type PathItem } from "./parts.ts";

const FORM_BODY = { type: "object", additionalProperties: { type: "string" } };

/** The body of a build request, as /build's POST and POST /api/jobs take it: JSON, a form or multipart. */
export const BUILD_REQUEST_BODY = {
  required: true,
  content: {
    "application/json": { schema: schemaRef("BuildRequest"), example: EXAMPLES.buildRequest },
    "application/x-www-form-urlencoded": { schema: FORM_BODY, example: { type: "STL", id: "4hskpb69", p_length: "120" } },
    "multipart/form-data": { schema: FORM_BODY, example: { type: "STL", s: 'export function build() { return Workplane("XY").box(10, 20, 5); }' } },
  },
};

export const BUILD_FIELDS = [
  { name: "key", required: true, description: "Your API key. May instead be sent as `Authorization: Bearer <key>` or `X-API-Key: <key>`." },
  { name: "id", required: false, description: "The id of a stored model: 7–9 lowercase letters and digits, e.g. `4hskpb69`. Either `id` or `s` is required." },
  { name: "s", required: false, description: "The full ModelScript text. If both `id` and `s` are given, `s` wins." },
  { name: "lang", required: false, description: "The language of `s`: `python` (a CadQuery / ParametricParts Python script), `ts` or `js`. Detected when absent: Python when the text parses as Python and not as JavaScript." },
  {
    name: "type",
    required: true,
    description:
      "Output type, case-insensitive: `STL`, `STEP`, `AMF`, `TJS`, `GLB`, `3MF`; `BREP` (OpenCascade's exact text format), `SVG` (hidden-line drawing), `DXF` (R2000 outline: section or view), `PNG` (shaded picture) and `PROPS` (JSON: exact volume, area, box, centre of mass, inertia, counts, validity, per part; mass with out_density or out_material). PNG and PROPS are not charged as downloads.",
  },
  { name: "preset", required: false, description: "A preset of the model. The preset is applied first, then the explicit parameter values." },
  { name: "tolerance", required: false, description: `Mesh tolerance in model units, ${TOLERANCE_BOUNDS.min}–${TOLERANCE_BOUNDS.max} (default 0.1). Mesh formats only.` },
  { name: "angularTolerance", required: false, description: `Mesh angular tolerance in radians, ${ANGULAR_TOLERANCE_BOUNDS.min}–${ANGULAR_TOLERANCE_BOUNDS.max} (default 0.1). Mesh formats only.` },
  { name: "ascii", required: false, description: "STL only: `true` for ASCII STL." },
  ...(Object.entries(OUTPUT_OPTION_DOCS) as [keyof typeof OUTPUT_FIELDS, { description: string }][]).map(([option, doc]) => ({
    name: OUTPUT_FIELDS[option],
    required: false,
    description: `${doc.description} Every field starting with \`out_\` is an output option, never a parameter.`,
  })),
  { name: "<parameter>", required: false, description: "Any other field is a parameter of the model with that name. Unknown names are an error (400, with the closest name suggested)." },
] as const;

export const BUILD_STATUSES: readonly [number, string][] = [
  [200, "The file, streamed, with Content-Type, Content-Disposition, ETag, X-Build-Ms, X-Cache (hit|miss) and X-Downloads-Remaining. Charged as one download, except PNG and PROPS (free; no X-Downloads-Remaining)."],
  [304, "If-None-Match matched the ETag. Not charged."],
  [400, "Missing or unknown type, neither id nor s, unknown parameter, wrong datatype, out of range, unknown preset (the body lists the valid ones), tolerance out of bounds, a bad or inapplicable out_ option, a DXF section outside the part or empty (the message says where the part is); DESCRIPTION_TOO_LARGE when the script's description passes a size limit (details.field names it)."],
  [403, "Missing, invalid or disabled API key; or the account has no downloads left this month."],
  [404, "No model with that id, or not visible to this key's account."],
  [408, "The request was not received completely within the request timeout (e.g. a body shorter than its Content-Length)."],
  [413, "Script or request body too large (the body limit applies to every content type)."],
  [415, "The body's Content-Type is not application/json, application/x-www-form-urlencoded or multipart/form-data, or not UTF-8, or compressed."],
  [431, "The request line and headers are too large: send long values in a POST body."],
  [429, "Too many requests for this key or account (RATE_LIMITED), or the account's compute budget per minute is used up, failed builds included (COMPUTE_LIMITED); wait Retry-After seconds."],
  [500, "The script failed: syntax error, exception, invalid result, geometry kernel failure — with line and column where known."],
  [503, "Too busy (build queue full); wait Retry-After seconds."],
  [504, "The build exceeded its time limit."],
];

/** A few bytes of each format, as an example of the body. */
const BODY_EXAMPLES: Record<string, string> = {
  "model/stl": "(binary STL: an 80-byte header, a triangle count, 50 bytes per triangle)",
  "model/step": "ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(('Open CASCADE Model'),'2;1');\n…\nEND-ISO-10303-21;\n",
  "application/x-amf": '<?xml version="1.0" encoding="UTF-8"?>\n<amf unit="millimeter" version="1.1">…</amf>\n',
  "model/gltf-binary": "(binary glTF 2.0: the magic glTF, version 2, a JSON chunk and a BIN chunk)",
  "model/3mf": "(a ZIP package with 3D/3dmodel.model in the 3MF core namespace)",
  "application/x-brep": "DBRep_DrawableShape\n\nCASCADE Topology V3, (c) Open Cascade\nLocations 1\n…",
  "image/svg+xml": '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="800" height="600" …>…</svg>\n',
  "image/vnd.dxf": "999\r\npartforge: section at z=5 mm\r\n0\r\nSECTION\r\n2\r\nHEADER\r\n9\r\n$ACADVER\r\n1\r\nAC1015\r\n…",
  "image/png": "(a PNG image: 8-bit RGBA)",
};

const PROPS_EXAMPLE = {
  format: "partforge-props",
  version: 1,
  name: "Bracket",
  unit: "mm",
  volume: 6000,
  area: 2200,
  boundingBox: { min: [-5, -10, 0], max: [5, 10, 30] },
  centerOfMass: [0, 0, 15],
  inertia: [[650000, 0, 0], [0, 500000, 0], [0, 0, 250000]],
  counts: { parts: 1, solids: 1, shells: 1, faces: 6, wires: 6, edges: 12, vertices: 8 },
  valid: true,
  parts: ["…"],
};

const TJS_EXAMPLE = { metadata: { version: 4.6, type: "Object", generator: "partforge" }, geometries: [], materials: [], object: { uuid: "…", type: "Mesh" } };

const header = (description: string, schema: object, example: unknown) => ({ description, required: true, schema, example });

export const SUCCESS_HEADERS = {
  ETag: header("Same script, values, type and options: same ETag and the same bytes", { type: "string" }, '"5d41402abc4b2a76b9719d911017c592"'),
  "Content-Disposition": header("attachment with the model's file name", { type: "string" }, "attachment; filename=\"Bracket.step\"; filename*=UTF-8''Bracket.step"),
  "X-Build-Ms": header("Build time in milliseconds (0-ish from the cache)", { type: "integer", minimum: 0 }, 412),
  "X-Cache": header("Whether the file came from the build cache", { type: "string", enum: ["hit", "miss"] }, "miss"),
  "X-Downloads-Remaining": {
    ...header("Downloads the account has left this month after this one, or unlimited; absent for PNG and PROPS, which are not charged", { type: "string", pattern: "^([0-9]+|unlimited)$" }, "99"),
    required: false,
  },
};

export function successContent() {
  return Object.fromEntries(
    exportFormats().map((format) => {
      const { mediaType } = EXPORT_FORMATS[format];
      return mediaType === "application/json"
        ? [mediaType, { schema: { type: "object", description: "TJS: three.js JSON Object format 4; PROPS: the part's properties (format partforge-props)" }, examples: { tjs: { value: TJS_EXAMPLE }, props: { value: PROPS_EXAMPLE } } }]
        : [mediaType, { schema: { type: "string", format: "binary" }, example: BODY_EXAMPLES[mediaType] ?? "(binary)" }];
    }),
  );
}

export function buildResponses(limits: ServiceLimits): Record<string, unknown> {
  const description = (status: number): string => BUILD_STATUSES.find(([s]) => s === status)?.[1] ?? "";
  return {
    "200": { description: description(200), headers: SUCCESS_HEADERS, content: successContent() },
    "304": emptyResponse(description(304), { ETag: SUCCESS_HEADERS.ETag }),
    "400": problemResponse(400, description(400), [
      { code: "USAGE", message: "type is required: one of STL, STEP, AMF, TJS, GLB, 3MF, BREP, PROPS, SVG, DXF, PNG", param: "type" },
      { code: "USAGE", message: 'out_view="diagonal" is not a view: use iso, front, back, left, right, top, bottom or a direction x,y,z such as 1,-1,1', param: "out_view" },
      { code: "UNKNOWN_PARAM", message: 'unknown parameter "p_lenght": did you mean "p_length"?', param: "p_lenght", details: { parameters: ["p_length", "p_holes"], suggestion: "p_length" } },
      { code: "PARAM_INVALID", message: "p_length must be at most 100; got 120", param: "p_length" },
      { code: "UNKNOWN_PRESET", message: 'unknown preset "shrot"', param: "preset", details: { presets: ["default", "short", "long"] } },
    ]),
    "403": problemResponse(403, description(403), [
      { code: "ACCESS_DENIED", message: "missing API key: send key=…, an Authorization: Bearer … header, or X-API-Key", param: "key" },
      { code: "QUOTA_EXCEEDED", message: "this account has no downloads left this month: upgrade the plan or wait for next month" },
    ]),
    "404": problemResponse(404, description(404), [{ code: "NOT_FOUND", message: 'no model with id "4hskpb69" is visible to this key\'s account', param: "id" }]),
    "408": problemResponse(408, description(408), [{ code: "REQUEST_TIMEOUT", message: "the request was not received completely within 30 s" }]),
    "413": problemResponse(413, description(413), [{ code: "PAYLOAD_TOO_LARGE", message: `the script is larger than ${limits.maxScriptBytes} bytes`, param: "s" }]),
    "415": problemResponse(415, description(415), [
      { code: "UNSUPPORTED_MEDIA_TYPE", message: "Content-Type text/plain is not accepted: send application/json, application/x-www-form-urlencoded, multipart/form-data", details: { accepted: ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"] } },
    ]),
    "429": problemResponse(
      429,
      description(429),
      [
        { code: "RATE_LIMITED", message: `too many requests for this key or account: at most ${limits.ratePerSecond} per second per account`, details: { retryAfterSeconds: 1 } },
        { code: "COMPUTE_LIMITED", message: "this account used its build time for this minute", details: { retryAfterSeconds: 10 } },
      ],
      { retryAfter: true },
    ),
    "500": problemResponse(500, description(500), [
      { code: "SCRIPT_SYNTAX", message: "Unexpected token (3:14)", line: 3, column: 14 },
      { code: "GEOMETRY", message: "the fillet radius is too large for these edges", line: 7, column: 20 },
    ]),
    "503": problemResponse(503, description(503), [{ code: "BUSY", message: "every build slot is busy and the queue is full; retry after the Retry-After seconds" }], { retryAfter: true }),
    "504": problemResponse(504, description(504), [{ code: "TIMEOUT", message: "the build took longer than its 60 s limit" }]),
  };
}

const field = (name: string, schema: object, description: string, example?: unknown) => ({
  name,
  in: "query",
  description,
  schema,
  ...(example !== undefined ? { example } : {}),
});

function queryParameters(): unknown[] {
  const describe = (name: string) => BUILD_FIELDS.find((f) => f.name === name)?.description ?? "";
  return [
    field("id", { type: "string", pattern: "^[a-z0-9]{7,9}$" }, describe("id"), "4hskpb69"),
    field("s", { type: "string" }, describe("s")),
    field("lang", { type: "string", enum: SENT_LANGUAGES }, describe("lang"), "python"),
    { ...field("type", { type: "string" }, describe("type"), "STEP"), required: true },
    field("preset", { type: "string" }, describe("preset"), "short"),
    field("tolerance", { type: "string" }, describe("tolerance"), "0.05"),
    field("angularTolerance", { type: "string" }, describe("angularTolerance"), "0.2"),
    field("ascii", { type: "string" }, describe("ascii"), "true"),
    ...(Object.entries(OUTPUT_OPTION_DOCS) as [keyof typeof OUTPUT_FIELDS, { example: string }][]).map(([option, doc]) =>
      field(OUTPUT_FIELDS[option], { type: "string" }, describe(OUTPUT_FIELDS[option]), doc.example),
    ),
    {
      name: "parameters",
      in: "query",
      description: describe("<parameter>"),
      style: "form",
      explode: true,
      schema: { type: "object", additionalProperties: { type: "string" } },
      example: { p_length: "120" },
    },
  ];
}

export const IF_NONE_MATCH = {
  name: "If-None-Match",
  in: "header",
  description: "A previous ETag: 304 Not Modified (not charged) when the file would be the same",
  schema: { type: "string" },
  example: '"5d41402abc4b2a76b9719d911017c592"',
};

function buildOperation(method: "get" | "post", limits: ServiceLimits, idPrefix: string, summary: string): Operation {
  return {
    operationId: `${idPrefix}${method === "get" ? "WithQuery" : "WithBody"}`,
    summary,
    description: `Builds a stored model (\`id\`) or a ModelScript (\`s\`) into the requested type, with parameter values. Scripts up to ${limits.maxScriptBytes} bytes, request bodies up to ${limits.maxBodyBytes} bytes; ${limits.ratePerSecond} requests per second per account, all its keys together (bursts of ${limits.rateBurst}); a compute budget of slot time per minute per plan, failed builds included.`,
    tags: ["build"],
    security: BUILD_SECURITY,
    parameters: method === "get" ? [...queryParameters(), IF_NONE_MATCH] : [IF_NONE_MATCH],
    ...(method === "post"
      ? {
          requestBody: BUILD_REQUEST_BODY,
        }
      : {}),
    responses: buildResponses(limits),
  };
}

export function buildPaths(limits: ServiceLimits): Record<string, PathItem> {
  return {
    "/build": {
      get: buildOperation("get", limits, "build", "Build a model from query fields"),
      post: buildOperation("post", limits, "build", "Build a model from a form, multipart or JSON body"),
    },
    "/parts/build": {
      get: buildOperation("get", limits, "legacyBuild", "Build a model from query fields (the original path of /build)"),
      post: buildOperation("post", limits, "legacyBuild", "Build a model from a body (the original path of /build)"),
    },
  };
}
