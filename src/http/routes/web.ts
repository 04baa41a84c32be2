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
import { AssetEncoder } from "../assetEncoding.ts";
import { sessionCaller } from "../auth.ts";
import { etagMatches } from "../etag.ts";
import { CARD_SIZE, sendPage, type Shell } from "../sitePage.ts";

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
  const encoder = new AssetEncoder();

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
    const sent = await encoder.encode(asset, request.headers["accept-encoding"]);
    reply
      .header("ETag", sent.etag)
      .header("Vary", "Accept-Encoding")
      .header("X-Content-Type-Options", "nosniff")
      .header("Cache-Control", asset.immutable ? "public, max-age=31536000, immutable" : "no-cache");
    if (etagMatches(request.headers["if-none-match"], sent.etag)) return reply.code(304).send();
    if (sent.encoding !== undefined) reply.header("Content-Encoding", sent.encoding);
    return reply.type(asset.contentType).send(sent.body);
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
