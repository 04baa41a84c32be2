/**
 * The web app: page shells (`/`, `/m/:id`, `/editor`, `/editor/:id`, `/account`, `/login`,
 * `/signup`, `/tester`), the browser bundle under `/assets/`, and `/m/:id/preview.stl` — the
 * uncharged default-configuration preview of a visible model for the gallery and for visitors
 * who are not logged in. Everything else the pages do goes through the public API.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { bundleWeb, type WebAsset, type WebPage } from "../../../web/bundle.ts";
import { resolveExportOptions, TOLERANCE_BOUNDS } from "../../build/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { sameOriginPath } from "../../shared/localPath.ts";
import { isModelId, type Store } from "../../store/index.ts";
import { sessionCaller, type Caller } from "../auth.ts";
import type { BuildBackend } from "../deps.ts";
import { logBuild, tagAccount } from "../requestLog.ts";
import { sendProblem } from "../problem.ts";
import { RateLimiter } from "../rateLimit.ts";
import type { ComputeBudget, Payer } from "../computeBudget.ts";

// Everything is served from this origin: no CDN, no inline script. CodeMirror injects its styles.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Previews are a coarse mesh (about 0.25 mm whatever the unit), so they are a look, not the part. */
const PREVIEW_TOLERANCE_MM = 0.25;
const PREVIEW_ANGULAR_TOLERANCE_RAD = 0.5;
const MM_PER_UNIT: Record<string, number> = { mm: 1, cm: 10, m: 1000, in: 25.4, ft: 304.8 };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON inside `<script type="application/json">`: `<` escaped so no text can close the element. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

interface Shell {
  page: WebPage;
  title: string;
  caller: Caller | undefined;
  modelId?: string;
}

function navLink(href: string, label: string, current: boolean): string {
  return `<a href="${href}"${current ? ' aria-current="page"' : ""}>${label}</a>`;
}

function pageHtml(shell: Shell): string {
  const account = shell.caller ? { id: shell.caller.account.id, email: shell.caller.account.email, plan: shell.caller.account.plan } : null;
  const boot = { page: shell.page, account, ...(shell.modelId !== undefined ? { modelId: shell.modelId } : {}) };
  const links = [
    navLink("/", "Gallery", shell.page === "gallery"),
    navLink("/editor", "Editor", shell.page === "editor"),
    navLink("/tester", "API key tester", shell.page === "tester"),
    ...(account
      ? [navLink("/account", "Account", shell.page === "account")]
      : [navLink("/login", "Log in", shell.page === "login"), navLink("/signup", "Sign up", shell.page === "signup")]),
    navLink("/docs", "API docs", false),
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(shell.title)} · partforge</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/styles.css">
<script type="module" src="/assets/${shell.page}.js"></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<a class="brand" href="/">partforge</a>
<nav aria-label="Main">${links.join("")}</nav>
</header>
<main id="main" tabindex="-1"><noscript><p>This page needs JavaScript. The REST API is described at <a href="/docs">/docs</a>.</p></noscript></main>
<script type="application/json" id="boot">${inlineJson(boot)}</script>
</body>
</html>
`;
}

function sendPage(reply: FastifyReply, shell: Shell, status = 200): FastifyReply {
  return reply
    .code(status)
    .type("text/html; charset=utf-8")
    .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    .header("X-Content-Type-Options", "nosniff")
    .header("Referrer-Policy", "same-origin")
    .header("Cache-Control", "no-store")
    .send(pageHtml(shell));
}

/** A same-origin path to return to after logging in (see `sameOriginPath`); anything else becomes `/account`. */
function safeNext(next: unknown): string {
  return sameOriginPath(next) ?? "/account";
}

function previewToleranceFor(uom: unknown): number {
  const mmPerUnit = typeof uom === "string" ? (MM_PER_UNIT[uom] ?? 1) : 1;
  return Math.max(TOLERANCE_BOUNDS.min, PREVIEW_TOLERANCE_MM / mmPerUnit);
}

export interface WebRouteDeps {
  store: Store;
  backend: BuildBackend;
  compute: ComputeBudget;
}

export function registerWebRoutes(app: FastifyInstance, deps: WebRouteDeps): void {
  const { store, backend, compute } = deps;
  const previewLimiter = new RateLimiter(5, 60);
  let bundling: Promise<Map<string, WebAsset>> | undefined;

  // Bundled once per process, on first need; a failed bundle is retried on the next request.
  function assets(): Promise<Map<string, WebAsset>> {
    bundling ??= bundleWeb().catch((error: unknown) => {
      bundling = undefined;
      throw error;
    });
    return bundling;
  }
  // A listening service bundles right away, so the first visitor does not wait for esbuild.
  app.addHook("onListen", async () => {
    assets().catch((error: unknown) => app.log.error({ err: error }, "bundling the web app failed"));
  });

  app.get<{ Params: { "*": string } }>("/assets/*", async (request, reply) => {
    const asset = (await assets()).get(request.params["*"]);
    if (asset === undefined) throw new PartforgeError("NOT_FOUND", `no asset "${request.params["*"]}"`);
    reply
      .header("ETag", asset.etag)
      .header("X-Content-Type-Options", "nosniff")
      .header("Cache-Control", asset.immutable ? "public, max-age=31536000, immutable" : "no-cache");
    if (request.headers["if-none-match"] === asset.etag) return reply.code(304).send();
    return reply.type(asset.contentType).send(asset.body);
  });

  const simplePages: [string, WebPage, string][] = [
    ["/", "gallery", "Models"],
    ["/tester", "tester", "API key tester"],
  ];
  for (const [url, page, title] of simplePages) {
    app.get(url, async (request, reply) => sendPage(reply, { page, title, caller: await sessionCaller(store, request) }));
  }

  for (const [url, page, title] of [["/login", "login", "Log in"], ["/signup", "signup", "Sign up"]] as const) {
    app.get<{ Querystring: { next?: string } }>(url, async (request, reply) => {
      const caller = await sessionCaller(store, request);
      if (caller) return reply.redirect(safeNext(request.query.next), 303);
      return sendPage(reply, { page, title, caller });
    });
  }

  async function loggedInPage(request: FastifyRequest, reply: FastifyReply, shell: Omit<Shell, "caller">): Promise<FastifyReply> {
    const caller = await sessionCaller(store, request);
    if (!caller) return reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
    return sendPage(reply, { ...shell, caller });
  }

  app.get("/account", (request, reply) => loggedInPage(request, reply, { page: "account", title: "Account" }));
  app.get("/editor", (request, reply) => loggedInPage(request, reply, { page: "editor", title: "New model" }));
  app.get<{ Params: { id: string } }>("/editor/:id", (request, reply) =>
    loggedInPage(request, reply, { page: "editor", title: "Edit model", modelId: request.params.id }),
  );

  app.get<{ Params: { id: string } }>("/m/:id", async (request, reply) => {
    const caller = await sessionCaller(store, request);
    const { id } = request.params;
    const found = isModelId(id) ? await store.getModel(id, { viewerId: caller?.account.id ?? null }) : undefined;
    if (found === undefined) return sendPage(reply, { page: "model", title: "No such model", caller, modelId: id }, 404);
    return sendPage(reply, { page: "model", title: found.model.name, caller, modelId: id });
  });

  app.get<{ Params: { id: string } }>("/m/:id/preview.stl", async (request, reply) => {
    const waitSeconds = previewLimiter.take(request.ip);
    if (waitSeconds > 0) {
      return sendProblem(reply, { code: "RATE_LIMITED", message: "too many previews from this address; retry shortly", details: { retryAfterSeconds: waitSeconds } });
    }
    const caller = await sessionCaller(store, request);
    const { id } = request.params;
    const found = isModelId(id) ? await store.getModel(id, { viewerId: caller?.account.id ?? null }) : undefined;
    if (found === undefined) throw new PartforgeError("NOT_FOUND", `no model with id "${id}"`, { param: "id" });
    const schema = found.revision.schema as { uom?: unknown } | null;
    // A logged-in visitor pays for its previews; an anonymous one uses its address's and the model's anonymous budgets.
    const payer: Payer = caller !== undefined ? { account: caller.account, keyId: null } : { clientAddress: request.ip, modelId: id };
    if (caller !== undefined) tagAccount(request, caller.account.id);
    const started = performance.now();
    const result = await compute.metered(payer, { kind: "preview", modelId: id }, (tenant, beforeRun) =>
      backend.build({
        source: found.revision.script,
        language: found.revision.language,
        format: "stl",
        values: {},
        options: resolveExportOptions({ tolerance: previewToleranceFor(schema?.uom), angularTolerance: PREVIEW_ANGULAR_TOLERANCE_RAD, ascii: false }),
        tenant,
        beforeRun,
      }),
    );
    logBuild(request, { format: "stl", modelId: found.model.id, totalMs: performance.now() - started }, result);
    if (!result.ok) return sendProblem(reply, result.error);
    const etag = `"preview-${result.etag}"`;
    reply.header("ETag", etag).header("Cache-Control", `${found.model.visibility === "public" ? "public" : "private"}, max-age=60`);
    if (request.headers["if-none-match"] === etag) return reply.code(304).send();
    return reply.type("model/stl").send(Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength));
  });
}
