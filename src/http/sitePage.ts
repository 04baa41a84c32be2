/**
 * The site's frame: one HTML page with the header and main navigation every page shares, the
 * page's script from `/assets/`, and the security headers. The app's pages render their `<main>`
 * in the browser (their script fills it); the docs send theirs rendered (`mainHtml`).
 */
import type { FastifyReply } from "fastify";
import type { WebPage } from "../../web/bundle.ts";
import { sameOriginPath } from "../shared/localPath.ts";
import type { Caller } from "./auth.ts";

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

/** Text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** JSON inside `<script type="application/json">`: `<` escaped so no text can close the element. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

export interface Shell {
  page: WebPage;
  title: string;
  caller: Caller | undefined;
  modelId?: string;
  /** Where the header's log-in and sign-up links return to: this page's path and query. */
  returnTo?: string;
  /** The content of `<main>`, rendered on the server (the docs); else the page's script renders it. */
  mainHtml?: string;
  /** A public model's social card (Open Graph): its title and a picture rendered by /api/preview. */
  card?: { title: string; imageUrl: string };
}

/** Open Graph's recommended card size. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

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
  const account = shell.caller ? { id: shell.caller.account.id, email: shell.caller.account.email, displayName: shell.caller.account.displayName, plan: shell.caller.account.plan } : null;
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
    navLink("/docs", "Docs", shell.page === "docs"),
  ];
  const main = shell.mainHtml ?? `<noscript><p>This page needs JavaScript. The REST API is described at <a href="/docs">/docs</a>.</p></noscript>`;
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
<main id="main" tabindex="-1">${main}</main>
<script type="application/json" id="boot">${inlineJson(boot)}</script>
</body>
</html>
`;
}

/** Sends `shell` as the page, with the site's Content-Security-Policy. */
export function sendPage(reply: FastifyReply, shell: Shell, status = 200): FastifyReply {
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
