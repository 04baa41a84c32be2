/**
 * The OpenAPI 3.1 description of every route, served at /openapi.json and rendered at /docs.
 * Each area of the service describes its paths in its own file here; test/http/openapi.test.ts
 * fails when a registered route is missing, and lints the served document with Redocly.
 */
import type { ServiceLimits } from "../deps.ts";
import { apiPaths } from "./apiPaths.ts";
import { batchPaths, batchSchemas } from "./batchPaths.ts";
import { buildPaths } from "./buildPaths.ts";
import { JOB_SCHEMAS, jobPaths } from "./jobPaths.ts";
import { mcpPaths } from "./mcpPaths.ts";
import { previewPaths } from "./previewPaths.ts";
import { problemResponse, type PathItem } from "./parts.ts";
import { COMPONENT_SCHEMAS } from "./schemas.ts";
import { SECURITY_SCHEMES } from "./security.ts";
import { sitePaths } from "./sitePaths.ts";

export { BUILD_FIELDS, BUILD_STATUSES } from "./buildPaths.ts";
export { BATCH_MANIFEST_SCHEMA } from "./batchPaths.ts";
export type { Operation, PathItem } from "./parts.ts";

const TAGS = [
  { name: "build", description: "Building models into files (the ParametricParts Build Service contract, one download per file) and free previews for viewers" },
  { name: "mcp", description: "The Model Context Protocol for AI assistants: the same builds as tools, with the same key, quota and limits" },
  { name: "models", description: "Stored models: create, revise, read with their parameter schema, list, delete" },
  { name: "accounts", description: "Sign up, log in and out, the account and its usage" },
  { name: "keys", description: "API keys of the account (a logged-in session only)" },
  { name: "web", description: "The web app's pages and assets" },
  { name: "service", description: "The docs and the service's health" },
];

/** Any request can have a request line and headers too large to read, whatever its route. */
const headersTooLarge = (limits: ServiceLimits) =>
  problemResponse(431, "The request line and headers are too large: send long values in a POST body", [
    { code: "HEADERS_TOO_LARGE", message: `the request line and headers are larger than ${limits.maxHeaderBytes} bytes: send long values in a POST body` },
  ]);

export type OpenApiDocument = ReturnType<typeof openApiDocument>;

/** The document without `servers`, which depend on the request (see `withServer`). */
export function openApiDocument(limits: ServiceLimits) {
  const paths: Record<string, PathItem> = { ...buildPaths(limits), ...jobPaths(limits), ...batchPaths(limits), ...previewPaths(limits), ...mcpPaths(limits), ...apiPaths(limits), ...sitePaths() };
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item)) operation.responses["431"] ??= { $ref: "#/components/responses/HeadersTooLarge" };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "partforge Build Service",
      version: "1.0.0",
      description: "Parametric CAD models built over HTTP. Every error is application/problem+json with a code from the catalogue at /docs/rest#errors.",
      license: { name: "MIT", identifier: "MIT" },
    },
    tags: TAGS,
    paths,
    components: {
      securitySchemes: SECURITY_SCHEMES,
      schemas: { ...COMPONENT_SCHEMAS, ...JOB_SCHEMAS, ...batchSchemas(limits) },
      responses: { HeadersTooLarge: headersTooLarge(limits) },
    },
  };
}

/**
 * The document as served: its `servers` is the configured public URL, else the origin the request
 * came to (behind a trusted proxy, its forwarded protocol).
 */
export function withServer(document: OpenApiDocument, serverUrl: string) {
  const { openapi, info, ...rest } = document;
  return { openapi, info, servers: [{ url: serverUrl.replace(/\/+$/, "") }], ...rest };
}
