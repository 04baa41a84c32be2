/** The OpenAPI 3.1 description of every endpoint, served at /openapi.json and rendered at /docs. */
import { ERROR_CATALOGUE } from "../shared/errors.ts";
import { ANGULAR_TOLERANCE_BOUNDS, TOLERANCE_BOUNDS } from "../build/index.ts";
import type { ServiceLimits } from "./deps.ts";

const problem = { $ref: "#/components/schemas/Problem" };
const problemResponse = (description: string) => ({ description, content: { "application/problem+json": { schema: problem } } });

export const BUILD_FIELDS = [
  { name: "key", required: true, description: "Your API key. May instead be sent as `Authorization: Bearer <key>` or `X-API-Key: <key>`." },
  { name: "id", required: false, description: "The id of a stored model: 7–9 lowercase letters and digits, e.g. `4hskpb69`. Either `id` or `s` is required." },
  { name: "s", required: false, description: "The full ModelScript text. If both `id` and `s` are given, `s` wins." },
  { name: "type", required: true, description: "Output type, case-insensitive: `STL`, `STEP` (and, as they land, `AMF`, `TJS`, `GLB`, `3MF`)." },
  { name: "preset", required: false, description: "A preset of the model. The preset is applied first, then the explicit parameter values." },
  { name: "tolerance", required: false, description: `Mesh tolerance in model units, ${TOLERANCE_BOUNDS.min}–${TOLERANCE_BOUNDS.max} (default 0.1). Mesh formats only.` },
  { name: "angularTolerance", required: false, description: `Mesh angular tolerance in radians, ${ANGULAR_TOLERANCE_BOUNDS.min}–${ANGULAR_TOLERANCE_BOUNDS.max} (default 0.1). Mesh formats only.` },
  { name: "ascii", required: false, description: "STL only: `true` for ASCII STL." },
  { name: "<parameter>", required: false, description: "Any other field is a parameter of the model with that name. Unknown names are an error (400, with the closest name suggested)." },
] as const;

export const BUILD_STATUSES: readonly [number, string][] = [
  [200, "The file, streamed, with Content-Type, Content-Disposition, ETag, X-Build-Ms, X-Cache (hit|miss) and X-Downloads-Remaining. Charged as one download."],
  [304, "If-None-Match matched the ETag. Not charged."],
  [400, "Missing or unknown type, neither id nor s, unknown parameter, wrong datatype, out of range, unknown preset (the body lists the valid ones), tolerance out of bounds; DESCRIPTION_TOO_LARGE when the script's description passes a size limit (details.field names it)."],
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

export function openApiDocument(limits: ServiceLimits) {
  const buildParameters = BUILD_FIELDS.filter((f) => f.name !== "<parameter>").map((f) => ({
    name: f.name,
    in: "query",
    required: f.name === "type",
    description: f.description,
    schema: { type: "string" },
  }));
  const buildResponses = Object.fromEntries(
    BUILD_STATUSES.map(([status, description]) => [
      String(status),
      status === 200
        ? {
            description,
            headers: Object.fromEntries(["ETag", "X-Build-Ms", "X-Cache", "X-Downloads-Remaining", "Content-Disposition"].map((h) => [h, { schema: { type: "string" } }])),
            content: Object.fromEntries(["model/stl", "model/step"].map((t) => [t, { schema: { type: "string", format: "binary" } }])),
          }
        : status === 304
          ? { description }
          : problemResponse(description),
    ]),
  );
  const buildOperation = (method: "get" | "post") => ({
    summary: "Build a model (the ParametricParts Build Service)",
    description: `Builds a stored model (\`id\`) or a ModelScript (\`s\`) into the requested type, with parameter values. Scripts up to ${limits.maxScriptBytes} bytes, request bodies up to ${limits.maxBodyBytes} bytes; ${limits.ratePerSecond} requests per second per account, all its keys together (bursts of ${limits.rateBurst}); a compute budget of slot time per minute per plan, failed builds included.`,
    parameters: method === "get" ? buildParameters : buildParameters.filter((p) => p.name === "key"),
    ...(method === "post"
      ? {
          requestBody: {
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/BuildRequest" } },
              "application/x-www-form-urlencoded": { schema: { type: "object", additionalProperties: { type: "string" } } },
              "multipart/form-data": { schema: { type: "object", additionalProperties: { type: "string" } } },
            },
          },
        }
      : {}),
    responses: buildResponses,
    // The web app may also build with its session cookie, but only with X-Partforge-Session: 1,
    // which a cross-site form or link cannot send.
    security: [{ apiKeyQuery: [] }, { bearer: [] }, { apiKeyHeader: [] }, { session: [], webSessionHeader: [] }],
  });
  const json = (schema: object) => ({ content: { "application/json": { schema } } });
  const errors = { "400": problemResponse("Invalid request"), "401": problemResponse("Not logged in"), "404": problemResponse("Not found") };
  return {
    openapi: "3.1.0",
    info: { title: "partforge Build Service", version: "1.0.0", description: "Parametric CAD models built over HTTP. Every error is application/problem+json." },
    paths: {
      "/build": { get: buildOperation("get"), post: buildOperation("post") },
      "/parts/build": { get: { ...buildOperation("get"), summary: "Same as /build (the original path)" }, post: { ...buildOperation("post"), summary: "Same as /build (the original path)" } },
      "/api/accounts": { post: { summary: "Sign up (evaluation plan); the answer is the same whether or not the email has an account, so log in next", requestBody: json({ $ref: "#/components/schemas/Credentials" }), responses: { "202": { description: "Account created or already exists; no cookie: log in with POST /api/session" }, ...errors } } },
      "/api/session": {
        post: { summary: "Log in; throttled per account and per client address (429 with Retry-After, doubling)", requestBody: json({ $ref: "#/components/schemas/Credentials" }), responses: { "200": { description: "Logged in; sets the session cookie" }, ...errors } },
        delete: { summary: "Log out", responses: { "204": { description: "Logged out" } } },
      },
      "/api/account": { get: { summary: "The caller's account", responses: { "200": { description: "The account" }, ...errors } } },
      "/api/keys": {
        get: { summary: "List API keys (prefix, created, last used, disabled); session only", security: [{ session: [] }], responses: { "200": { description: "Keys" }, ...errors } },
        post: { summary: "Create an API key; the secret is in this response only; session only", security: [{ session: [] }], requestBody: json({ type: "object", properties: { name: { type: "string" } } }), responses: { "201": { description: "The key and its secret" }, ...errors } },
      },
      "/api/keys/{id}": {
        patch: { summary: "Disable or enable a key (immediate); session only", security: [{ session: [] }], parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], requestBody: json({ type: "object", properties: { disabled: { type: "boolean" } }, required: ["disabled"] }), responses: { "200": { description: "The key" }, ...errors } },
        delete: { summary: "Delete a key; session only", security: [{ session: [] }], parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "204": { description: "Deleted" }, ...errors } },
      },
      "/api/usage": { get: { summary: "Downloads this month, quota and recent downloads", responses: { "200": { description: "Usage" }, ...errors } } },
      "/api/models": {
        get: { summary: "Public models and the caller's own", responses: { "200": { description: "Models" } } },
        post: { summary: "Create a model from a ModelScript (validated and described on save)", requestBody: json({ $ref: "#/components/schemas/ModelInput" }), responses: { "201": { description: "The model with its id, schema and presets" }, ...errors } },
      },
      "/api/models/{id}": {
        get: { summary: "A model: metadata, typed parameter schema, groups and presets", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "200": { description: "The model" }, ...errors } },
        put: { summary: "A new revision of a model (same id)", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], requestBody: json({ $ref: "#/components/schemas/ModelInput" }), responses: { "200": { description: "The model" }, ...errors } },
        delete: { summary: "Delete a model", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "204": { description: "Deleted" }, ...errors } },
      },
      "/api/formats": { get: { summary: "The output types /build accepts, with media types and extensions", responses: { "200": { description: "Formats" } } } },
      "/m/{id}/preview.stl": {
        get: {
          summary: "A coarse, cached STL of a public model at its default values, for previews; free and rate-limited per address",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": { description: "STL", content: { "model/stl": { schema: { type: "string", format: "binary" } } } }, "404": problemResponse("No such public model") },
        },
      },
      "/metrics": {
        get: {
          summary: "Metrics in the Prometheus text format (builds, queue, slots, cache, charges, refusals, memory); loopback clients without a proxy, else Authorization: Bearer <PARTFORGE_ADMIN_TOKEN>",
          security: [{ adminToken: [] }, {}],
          responses: { "200": { description: "The metrics", content: { "text/plain": { schema: { type: "string" } } } }, "403": problemResponse("No admin token, or the wrong one, and not a loopback client") },
        },
      },
      "/health": { get: { summary: "Whether the service is ready; build pool details only with Authorization: Bearer <PARTFORGE_ADMIN_TOKEN> (or from loopback without a proxy)", responses: { "200": { description: "Ready: { ok: true }" }, "503": { description: "Not ready: { ok: false }" } } } },
    },
    components: {
      securitySchemes: {
        apiKeyQuery: { type: "apiKey", in: "query", name: "key" },
        apiKeyHeader: { type: "apiKey", in: "header", name: "X-API-Key" },
        bearer: { type: "http", scheme: "bearer" },
        adminToken: { type: "http", scheme: "bearer", description: "PARTFORGE_ADMIN_TOKEN, for operator endpoints" },
        session: { type: "apiKey", in: "cookie", name: "pf_session" },
        webSessionHeader: { type: "apiKey", in: "header", name: "X-Partforge-Session", description: "Must be 1 for a /build call authenticated by the session cookie (web app only)" },
      },
      schemas: {
        Problem: {
          type: "object",
          required: ["status", "code", "title", "detail"],
          properties: {
            type: { type: "string" },
            status: { type: "integer" },
            code: { type: "string", enum: Object.keys(ERROR_CATALOGUE) },
            title: { type: "string" },
            detail: { type: "string" },
            param: { type: "string" },
            line: { type: "integer" },
            column: { type: "integer" },
          },
        },
        BuildRequest: {
          type: "object",
          required: ["type"],
          properties: {
            key: { type: "string" },
            id: { type: "string" },
            s: { type: "string" },
            type: { type: "string" },
            preset: { type: "string" },
            tolerance: { type: ["string", "number"] },
            angularTolerance: { type: ["string", "number"] },
            ascii: { type: ["string", "boolean"] },
            params: { type: "object", additionalProperties: { type: ["string", "number", "boolean"] } },
          },
        },
        Credentials: { type: "object", required: ["email", "password"], properties: { email: { type: "string" }, password: { type: "string" } } },
        ModelInput: {
          type: "object",
          required: ["script"],
          properties: { name: { type: "string" }, script: { type: "string" }, language: { enum: ["ts", "js"] }, visibility: { enum: ["public", "private"] } },
        },
      },
    },
  };
}
