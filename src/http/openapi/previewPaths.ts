/** `GET|POST /api/preview` in the OpenAPI document: looking is free (see ../routes/preview.ts). */
import type { ServiceLimits } from "../deps.ts";
import { PREVIEW_ANGULAR_TOLERANCE_RAD, PREVIEW_TOLERANCE_MM } from "../routes/preview.ts";
import { emptyResponse, problemResponse, schemaRef, type Operation, type PathItem } from "./parts.ts";
import { EXAMPLES } from "./schemas.ts";
import { PREVIEW_SECURITY } from "./security.ts";

const header = (description: string, schema: object, example: unknown) => ({ description, required: true, schema, example });

const SUCCESS_HEADERS = {
  ETag: header("Same script, values and type: same ETag and the same bytes", { type: "string" }, '"preview-5d41402abc4b2a76b9719d911017c592"'),
  "X-Build-Ms": header("Build time in milliseconds (0-ish from the cache)", { type: "integer", minimum: 0 }, 180),
  "X-Cache": header("Whether the preview came from the build cache", { type: "string", enum: ["hit", "miss"] }, "hit"),
};

const query = (name: string, schema: object, description: string, example?: unknown) => ({ name, in: "query", description, schema, ...(example !== undefined ? { example } : {}) });

function queryParameters(): unknown[] {
  return [
    query("id", { type: "string", pattern: "^[a-z0-9]{7,9}$" }, "A stored model's id (anyone may preview a public model; one's own private ones with a session or key). Either id or s.", "4hskpb69"),
    query("s", { type: "string" }, "A ModelScript's text, for a caller with a session or an API key; wins over id."),
    query("type", { type: "string" }, "`GLB` (the default), `TJS`, or `PNG` (a shaded picture: gallery thumbnails, social cards). Any other type is a download: ask /build.", "GLB"),
    ...(["out_view", "out_width", "out_height", "out_background", "out_transparent"] as const).map((name) =>
      query(name, { type: "string" }, `PNG only: as ${name} of /build.`),
    ),
    query("preset", { type: "string" }, "A preset of the model, applied before the values.", "short"),
    query("key", { type: "string" }, "An API key; or Authorization: Bearer, or X-API-Key."),
    {
      name: "parameters",
      in: "query",
      description: "Any other field is a parameter of the model with that name (unknown names are 400).",
      style: "form",
      explode: true,
      schema: { type: "object", additionalProperties: { type: "string" } },
      example: { p_length: "120" },
    },
  ];
}

function responses(limits: ServiceLimits): Record<string, unknown> {
  return {
    "200": {
      description: "The preview: never charged as a download.",
      headers: SUCCESS_HEADERS,
      content: {
        "model/gltf-binary": { schema: { type: "string", format: "binary" }, example: "(binary glTF 2.0: the magic glTF, version 2, a JSON chunk and a BIN chunk)" },
        "application/json": { schema: { type: "object", description: "TJS: three.js JSON Object format 4" }, example: { metadata: { version: 4.6, type: "Object", generator: "partforge" }, object: { type: "Group" } } },
        "image/png": { schema: { type: "string", format: "binary" }, example: "(a PNG image: 8-bit RGBA)" },
      },
    },
    "304": emptyResponse("If-None-Match matched the ETag", { ETag: SUCCESS_HEADERS.ETag }),
    "400": problemResponse(400, "A download-only field or type, neither id nor s, an unknown parameter or preset, a value out of range; MESH_LIMIT when the preview would be larger than its limit", [
      { code: "USAGE", message: "previews come as GLB or TJS, formats a viewer loads, or as a PNG picture; STL is a download: ask /build for it (one download per file)", param: "type" },
      { code: "USAGE", message: 'previews are meshed at the preview tolerance, so "tolerance" is not accepted here: send it to /build, which makes the download', param: "tolerance" },
      { code: "PARAM_INVALID", message: "p_length must be at most 100; got 120", param: "p_length" },
      { code: "MESH_LIMIT", message: `this preview would be 9.1 MB, more than the ${(limits.maxPreviewBytes / (1024 * 1024)).toFixed(1)} MB a preview may be: download the file from /build instead`, details: { bytes: 9_541_203, maxPreviewBytes: limits.maxPreviewBytes } },
    ]),
    "401": problemResponse(401, "A script (s) without a session or an API key", [
      { code: "NOT_AUTHENTICATED", message: "log in (or send an API key) to preview a script of your own; stored public models can be previewed by anyone with id", param: "s" },
    ]),
    "403": problemResponse(403, "An invalid or disabled API key", [{ code: "ACCESS_DENIED", message: "the API key is invalid, disabled or deleted: on your account page, enable a disabled key again or create a new one", param: "key" }]),
    "404": problemResponse(404, "No model with that id visible to the caller", [{ code: "NOT_FOUND", message: 'no model with id "4hskpb69" is visible publicly', param: "id" }]),
    "413": problemResponse(413, "Script or request body too large", [{ code: "PAYLOAD_TOO_LARGE", message: `the script is larger than ${limits.maxScriptBytes} bytes`, param: "s" }]),
    "415": problemResponse(415, "A body that is not JSON, a form or multipart", [
      { code: "UNSUPPORTED_MEDIA_TYPE", message: "Content-Type text/plain is not accepted: send application/json, application/x-www-form-urlencoded, multipart/form-data", details: { accepted: ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"] } },
    ]),
    "429": problemResponse(
      429,
      "Too many previews from this address or account, or the compute budget per minute is used up",
      [
        { code: "RATE_LIMITED", message: "too many previews from this address: at most 5 a second (bursts of 60); retry after the Retry-After seconds", details: { retryAfterSeconds: 1 } },
        { code: "COMPUTE_LIMITED", message: "anonymous previews from this address has used its compute budget of 10 s of build time per minute", details: { retryAfterSeconds: 10 } },
      ],
      { retryAfter: true },
    ),
    "500": problemResponse(500, "The script failed, with line and column where known", [{ code: "SCRIPT_EXCEPTION", message: "p_length.value is not a function", line: 5, column: 12 }]),
    "503": problemResponse(503, "Every build slot is busy", [{ code: "BUSY", message: "every build slot is busy and the queue is full; retry after the Retry-After seconds" }], { retryAfter: true }),
    "504": problemResponse(504, "The build took too long", [{ code: "TIMEOUT", message: "the build took longer than its 60 s limit" }]),
  };
}

const IF_NONE_MATCH = { name: "If-None-Match", in: "header", description: "A previous ETag: 304 when the preview would be the same", schema: { type: "string" }, example: '"preview-5d41402abc4b2a76b9719d911017c592"' };

function previewOperation(method: "get" | "post", limits: ServiceLimits): Operation {
  return {
    operationId: method === "get" ? "previewWithQuery" : "previewWithBody",
    summary: method === "get" ? "Preview a model for a viewer, from query fields (free)" : "Preview a model or a script for a viewer, from a JSON body (free)",
    description: `The fields of /build (\`id\` or \`s\`, \`preset\`, parameter values), answered as GLB (default) or TJS — formats a viewer loads — or as a PNG picture, meshed at the preview tolerance (${PREVIEW_TOLERANCE_MM} mm in the model's unit, ${PREVIEW_ANGULAR_TOLERANCE_RAD} rad) and at most ${limits.maxPreviewBytes} bytes. Never charged as a download: its slot time counts against the compute budget of the caller's account (an API key, or the web app's session with X-Partforge-Session: 1) or, without one, of the client address and of the model (stored public models only). Downloads of any type are /build's, one per file.`,
    tags: ["build"],
    security: PREVIEW_SECURITY,
    parameters: method === "get" ? [...queryParameters(), IF_NONE_MATCH] : [IF_NONE_MATCH],
    ...(method === "post" ? { requestBody: { required: true, content: { "application/json": { schema: schemaRef("PreviewRequest"), example: EXAMPLES.previewRequest } } } } : {}),
    responses: responses(limits),
  };
}

export function previewPaths(limits: ServiceLimits): Record<string, PathItem> {
  return { "/api/preview": { get: previewOperation("get", limits), post: previewOperation("post", limits) } };
}
