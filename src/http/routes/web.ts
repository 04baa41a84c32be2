/**
 * The web app: page shells (`/`, `/m/:id`, `/editor`, `/editor/:id`, `/account`, `/login`,
 * `/signup`, `/tester`) and the browser bundle under `/assets/`. Everything the pages do goes
 * through the public API (views through the free `/api/preview`, downloads through `/build`).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { bundleWeb, type WebAsset, type WebPage } from "../../../web/bundle.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { sameOriginPath } from "../../shared/localPath.ts";
import { isModelId, type Store } from "../../store/index.ts";
import { sessionCaller, type Caller } from "../auth.ts";

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
  /** Where the header's log-in and sign-up links return to: this page's path and query. */
  returnTo?: string;
  /** A public model's social card (Open Graph): its title and a picture rendered by /api/preview. */
  card?: { title: string; imageUrl: string };
}

/** Open Graph's recommended card size. */
const CARD_SIZE = { width: 1200, height: 630 } as const;

function cardMeta(card: Shell["card"]): string {
  if (card === undefined) return "";
  return [
    `<meta property="og:type" content="website">`,
    `<meta property="og:title" content="${escapeHtml(card.title)}">`,
    `<meta property="og:image" content="${escapeHtml(card.imageUrl)}">`,
    `<meta property="og:image:type" content="image/png">`,
    `<meta property="og:image:width" content="${CARD_SIZE.width}">`,
    `<meta property="og:image:height" content="${CARD_SIZE.height}">`,
    `<meta name="twitter:card" content="summary_large_image">`,
    "",
  ].join("\n");
}

function navLink(href: string, label: string, current: boolean): string {
  return `<a href="${href}"${current ? ' aria-current="page"' : ""}>${label}</a>`;
}

function pageHtml(shell: Shell): string {
  const account = shell.caller ? { id: shell.caller.account.id, email: shell.caller.account.email, plan: shell.caller.account.plan } : null;
  const boot = { page: shell.page, account, ...(shell.modelId !== undefined ? { modelId: shell.modelId } : {}) };
  const back = shell.returnTo === undefined ? undefined : sameOriginPath(shell.returnTo);
  const nextQuery = back === undefined || back === "/" ? "" : escapeHtml(`?next=${encodeURIComponent(back)}`);
  const links = [
    navLink("/", "Gallery", shell.page === "gallery"),
    navLink("/editor", "Editor", shell.page === "editor"),
    navLink("/tester", "API key tester", shell.page === "tester"),
    ...(account
      ? [navLink("/account", "Account", shell.page === "account")]
      : [navLink(`/login${nextQuery}`, "Log in", shell.page === "login"), navLink(`/signup${nextQuery}`, "Sign up", shell.page === "signup")]),
    navLink("/docs", "API docs", false),
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(shell.title)} · partforge</title>
${cardMeta(shell.card)}<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
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
  // Log in and sign up from any page come back to it (the auth pages keep their own ?next=).
  if (shell.returnTo === undefined && shell.page !== "login" && shell.page !== "signup") shell = { ...shell, returnTo: reply.request.url };
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

export interface WebRouteDeps {
  store: Store;
  /** Where clients reach the service (for absolute card image URLs); else each request's own origin. */
  publicUrl?: string | undefined;
}

export function registerWebRoutes(app: FastifyInstance, deps: WebRouteDeps): void {
  const { store } = deps;
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
      return sendPage(reply, { page, title, caller, ...(typeof request.query.next === "string" ? { returnTo: request.query.next } : {}) });
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
    const origin = deps.publicUrl ?? `${request.protocol}://${request.host}`;
    const picture = new URLSearchParams({ id, type: "PNG", out_width: String(CARD_SIZE.width), out_height: String(CARD_SIZE.height) });
    const card = found.model.visibility === "public" ? { card: { title: found.model.name, imageUrl: `${origin}/api/preview?${picture}` } } : {};
    return sendPage(reply, { page: "model", title: found.model.name, caller, modelId: id, ...card });
  });
}
