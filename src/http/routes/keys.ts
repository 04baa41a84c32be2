/**
 * API keys of the caller's account: create (secret shown once), list, disable/enable, delete —
 * with a logged-in session only, so a leaked key cannot survive its own revocation. A key may
 * read its account's usage.
 */
import type { FastifyInstance } from "fastify";
import { PartforgeError } from "../../shared/errors.ts";
import type { ApiKey, Store } from "../../store/index.ts";
import { requireCaller, requireSession } from "../auth.ts";
import { jsonBody, optionalString } from "../jsonBody.ts";

export function keyView(key: ApiKey) {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    disabled: key.disabled,
  };
}

/** The first of "key 1", "key 2", … that no key of the account is called. */
export function unusedKeyName(taken: readonly string[]): string {
  for (let n = 1; ; n++) if (!taken.includes(`key ${n}`)) return `key ${n}`;
}

export function registerKeyRoutes(app: FastifyInstance, deps: { store: Store }): void {
  const { store } = deps;

  app.get("/api/keys", async (request) => {
    const caller = await requireSession(store, request, "listing API keys");
    return { keys: (await store.listApiKeys(caller.account.id)).map(keyView) };
  });

  app.post("/api/keys", async (request, reply) => {
    const caller = await requireSession(store, request, "creating an API key");
    const given = optionalString(jsonBody(request), "name")?.trim();
    // A key without a name gets one that tells it apart from the others: "key 1", "key 2", …
    const name = given !== undefined && given !== "" ? given : unusedKeyName((await store.listApiKeys(caller.account.id)).map((key) => key.name));
    const { key, secret } = await store.createApiKey(caller.account.id, { name });
    return reply.code(201).send({ key: keyView(key), secret });
  });

  app.patch<{ Params: { id: string } }>("/api/keys/:id", async (request) => {
    const caller = await requireSession(store, request, "disabling or enabling an API key");
    const disabled = jsonBody(request).disabled;
    if (typeof disabled !== "boolean") throw new PartforgeError("USAGE", '"disabled" must be true or false', { param: "disabled" });
    return { key: keyView(await store.setApiKeyDisabled(caller.account.id, request.params.id, disabled)) };
  });

  app.delete<{ Params: { id: string } }>("/api/keys/:id", async (request, reply) => {
    const caller = await requireSession(store, request, "deleting an API key");
    await store.deleteApiKey(caller.account.id, request.params.id);
    return reply.code(204).send();
  });

  app.get("/api/usage", async (request) => {
    const caller = await requireCaller(store, request);
    const summary = await store.usageSummary(caller.account.id);
    return {
      periodStart: summary.periodStart.toISOString(),
      periodEnd: summary.periodEnd.toISOString(),
      downloads: summary.downloads,
      monthlyQuota: summary.monthlyQuota,
      remaining: summary.remaining,
      recent: summary.recent.map((entry) => ({ ...entry, at: entry.at.toISOString() })),
    };
  });
}
