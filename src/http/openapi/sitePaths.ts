/** The web app's pages and assets, the docs themselves, /health and /metrics. */
import { EXAMPLES } from "./schemas.ts";
import { emptyResponse, HTML_PAGE, jsonResponse, MODEL_ID_PARAMETER, problemResponse, type Operation, type PathItem } from "./parts.ts";
import { OPTIONAL_ADMIN_SECURITY, OPTIONAL_SESSION_SECURITY, PUBLIC } from "./security.ts";

const toLogIn = emptyResponse("Not logged in: redirected to /login?next=…", {
  Location: { description: "The log-in page, coming back here after", schema: { type: "string" }, example: "/login?next=%2Faccount" },
});

function page(operationId: string, summary: string, extra: Partial<Operation> = {}): Operation {
  return {
    operationId,
    summary,
    tags: ["web"],
    security: OPTIONAL_SESSION_SECURITY,
    ...extra,
    responses: { "200": { description: "The page (its script renders it)", content: HTML_PAGE }, ...extra.responses },
  };
}

/** A page of the docs section: public, server-rendered HTML. */
function docsPage(operationId: string, summary: string): Operation {
  return { operationId, summary, tags: ["service"], security: OPTIONAL_SESSION_SECURITY, responses: { "200": { description: "The page, rendered", content: HTML_PAGE } } };
}

export function sitePaths(): Record<string, PathItem> {
  const nextParameter = { name: "next", in: "query", description: "A same-origin path to go to after logging in", schema: { type: "string" }, example: "/account" };
  const alreadyIn = emptyResponse("Already logged in: redirected to `next` (or /account)", {
    Location: { description: "Where to go", schema: { type: "string" }, example: "/account" },
  });
  return {
    "/": { get: page("getGalleryPage", "The gallery of public models") },
    "/tester": { get: page("getTesterPage", "The API key tester") },
    "/login": { get: page("getLogInPage", "The log-in page", { parameters: [nextParameter], responses: { "303": alreadyIn } }) },
    "/signup": { get: page("getSignUpPage", "The sign-up page", { parameters: [nextParameter], responses: { "303": alreadyIn } }) },
    "/account": { get: page("getAccountPage", "The account page: keys, usage, quota", { responses: { "303": toLogIn } }) },
    "/editor": { get: page("getEditorPage", "The script editor with live preview, for a new model", { responses: { "303": toLogIn } }) },
    "/editor/{id}": { get: page("getModelEditorPage", "The script editor for one of the caller's models", { parameters: [MODEL_ID_PARAMETER], responses: { "303": toLogIn } }) },
    "/m/{id}": {
      get: page("getModelPage", "A model's page: 3D viewer, parameter form, downloads", {
        parameters: [MODEL_ID_PARAMETER],
        responses: { "404": { description: "No such model visible to the visitor (the page says so)", content: HTML_PAGE } },
      }),
    },
    "/assets/{asset}": {
      get: {
        operationId: "getAsset",
        summary: "A file of the browser bundle (scripts, styles, icons)",
        tags: ["web"],
        security: PUBLIC,
        parameters: [{ name: "asset", in: "path", required: true, description: "The file's path under /assets/", schema: { type: "string" }, example: "gallery.js" }],
        responses: {
          "200": {
            description:
              "The file, with its media type. Text files of 1 KiB or more are sent compressed when Accept-Encoding allows (brotli, else gzip), with Content-Encoding, Vary: Accept-Encoding and an ETag of their own",
            headers: {
              ETag: { description: "Strong; each encoding has its own", schema: { type: "string" } },
              "Content-Encoding": { description: "br or gzip when compressed; absent otherwise", schema: { type: "string", enum: ["br", "gzip"] } },
            },
            content: { "*/*": { schema: { type: "string", format: "binary" }, example: "export{};" } },
          },
          "304": emptyResponse("If-None-Match matched the ETag"),
          "404": problemResponse(404, "No such asset", [{ code: "NOT_FOUND", message: 'no asset "nothing.js"' }]),
        },
      },
    },
    "/docs": { get: docsPage("getDocsPage", "The docs: where to start, with a quick start for this server") },
    "/docs/rest": { get: docsPage("getRestReferencePage", "The REST API reference, generated from this document, with curl lines for this server and one of its public models") },
    "/docs/first-modelscript": { get: docsPage("getFirstModelScriptGuide", "A guide: write your first ModelScript, preview it, save it and build it through the API") },
    "/docs/modelscript": { get: docsPage("getModelScriptReferencePage", "The ModelScript reference: exports, parameters, presets, units, METADATA and limits") },
    "/docs/api": { get: docsPage("getModellingApiReferencePage", "The modelling API reference (the same source as the TypeScript declarations)") },
    "/docs/contract": { get: docsPage("getBuildContractPage", "The Build Service contract in one page: /build's fields, datatypes, answers and error codes") },
    "/openapi.json": {
      get: {
        operationId: "getOpenApiDocument",
        summary: "This OpenAPI document",
        tags: ["service"],
        security: PUBLIC,
        responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" }, example: { openapi: "3.1.0", info: { title: "partforge Build Service", version: "1.0.0" } } } } } },
      },
    },
    "/health": {
      get: {
        operationId: "getHealth",
        summary: "Whether the service is ready",
        description: "With Authorization: Bearer <PARTFORGE_ADMIN_TOKEN> (or from loopback without a proxy), also the build backend's details.",
        tags: ["service"],
        security: OPTIONAL_ADMIN_SECURITY,
        responses: {
          "200": jsonResponse("Ready", "Health", EXAMPLES.health),
          "503": jsonResponse("Not ready (no build slot can take a build, the build queue's Redis unreachable or not answering, or shutting down)", "Health", { ok: false, reason: "the build queue's Redis has not answered for 2 s" }),
        },
      },
    },
    "/metrics": {
      get: {
        operationId: "getMetrics",
        summary: "The service's metrics in the Prometheus text format",
        description:
          "Builds by type and outcome, queue depth and wait, slot states, recycles and memory, cache hits and misses by tier, charges, and refusals (429/503/504). " +
          "Loopback clients when no proxy is trusted; otherwise only with Authorization: Bearer <PARTFORGE_ADMIN_TOKEN>.",
        tags: ["service"],
        security: OPTIONAL_ADMIN_SECURITY,
        responses: {
          "200": {
            description: "The metrics (text format 0.0.4)",
            content: { "text/plain": { schema: { type: "string" }, example: "# HELP partforge_queue_depth Builds and describe runs waiting for a slot\n# TYPE partforge_queue_depth gauge\npartforge_queue_depth 0\n" } },
          },
          "403": problemResponse(403, "Not a loopback client without a proxy, and no admin token or the wrong one", [
            { code: "ACCESS_DENIED", message: "operator details need the admin token: send Authorization: Bearer <PARTFORGE_ADMIN_TOKEN>; without it, only clients on this machine (loopback) get in" },
          ]),
        },
      },
    },
  };
}
