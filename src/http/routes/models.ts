/** Stored models: create (validated and described on save), revise, read with schema, list, delete; describe a script without saving it. */
import type { FastifyInstance } from "fastify";
import { PartforgeError } from "../../shared/errors.ts";
import { checkDescription, sentScriptLanguage } from "../../modelscript/index.ts";
import type { ModelWithRevision, Store, Visibility } from "../../store/index.ts";
import { isModelId } from "../../store/index.ts";
import { optionalCaller, requireCaller, type Caller } from "../auth.ts";
import type { ComputeBudget } from "../computeBudget.ts";
import type { BuildBackend, ServiceLimits } from "../deps.ts";
import { jsonBody, optionalString, stringField } from "../jsonBody.ts";
import { sendProblem } from "../problem.ts";

function visibilityOf(value: unknown): Visibility | undefined {
  if (value === undefined) return undefined;
  if (value === "public" || value === "private") return value;
  throw new PartforgeError("USAGE", '"visibility" must be "public" or "private"', { param: "visibility" });
}

/** The public author of a model: its owner's display name, nothing more of the account. */
function authorView(name: string | undefined) {
  return { name: name ?? "unknown" };
}

async function authorOf(store: Store, ownerId: string): Promise<{ name: string }> {
  return authorView((await store.displayNames([ownerId])).get(ownerId));
}

export function modelView({ model, revision }: ModelWithRevision, options: { withScript: boolean; author: { name: string } }) {
  return {
    id: model.id,
    name: model.name,
    visibility: model.visibility,
    ownerId: model.ownerId,
    author: options.author,
    revision: revision.revision,
    createdAt: model.createdAt.toISOString(),
    updatedAt: model.updatedAt.toISOString(),
    language: revision.language,
    schema: revision.schema,
    ...(options.withScript ? { script: revision.script } : {}),
  };
}

/** The most models one GET /api/models answers. */
const MAX_LIST_LIMIT = 200;

/**
 * A paging field of a listing: absent gives `fallback`; anything but a whole number within
 * [min, max] is refused (a silent clamp answered `limit=1000` with 200 models and `limit=ten` with 50).
 */
function pageQuery(sent: string | undefined, name: string, range: { min: number; max: number; fallback: number }): number {
  if (sent === undefined || sent === "") return range.fallback;
  const value = /^\d{1,16}$/.test(sent) ? Number(sent) : NaN;
  if (!Number.isSafeInteger(value) || value < range.min || value > range.max) {
    const bounds = range.max === Number.MAX_SAFE_INTEGER ? `a whole number from ${range.min}` : `a whole number from ${range.min} to ${range.max}`;
    throw new PartforgeError("USAGE", `"${name}" must be ${bounds} (default ${range.fallback}), not "${sent.slice(0, 40)}"`, { param: name });
  }
  return value;
}

export function registerModelRoutes(app: FastifyInstance, deps: { store: Store; backend: BuildBackend; limits: ServiceLimits; compute: ComputeBudget }): void {
  const { store, backend, limits, compute } = deps;

  /**
   * Validates and describes the script of a save request, charging the describe run to the
   * caller. A bad script is the client's mistake: 400 with its line and column (time limits, a
   * busy pool and a used-up compute budget keep their own status). The description is checked
   * against its limits here too, before anything is stored.
   */
  async function describeForSave(caller: Caller, body: Record<string, unknown>, modelId?: string) {
    const script = stringField(body, "script");
    if (Buffer.byteLength(script, "utf8") > limits.maxScriptBytes) {
      throw new PartforgeError("PAYLOAD_TOO_LARGE", `the script is larger than ${limits.maxScriptBytes} bytes`, { param: "script" });
    }
    // As /build's `lang`: a name (`py`/`python`, `ts`, `js`), else detected from the text.
    const language = sentScriptLanguage(script, optionalString(body, "language"), "language");
    const payer = { account: caller.account, keyId: caller.key?.id ?? null };
    const described = await compute.metered(payer, { kind: "describe", ...(modelId !== undefined ? { modelId } : {}) }, (tenant, beforeRun) =>
      backend.describe({ source: script, language, tenant }, beforeRun),
    );
    if (!described.ok) {
      const keepsStatus = described.error.code === "TIMEOUT" || described.error.code === "BUSY";
      return { ok: false as const, error: described.error, status: keepsStatus ? undefined : 400 };
    }
    checkDescription(described.description);
    return { ok: true as const, script, language, description: described.description };
  }

  app.post("/api/models", async (request, reply) => {
    const caller = await requireCaller(store, request);
    const body = jsonBody(request);
    const described = await describeForSave(caller, body);
    if (!described.ok) return sendProblem(reply, described.error, described.status);
    const saved = await store.createModel({
      ownerId: caller.account.id,
      name: optionalString(body, "name") ?? described.description.metadata.name,
      visibility: visibilityOf(body.visibility) ?? "private",
      script: described.script,
      language: described.language,
      schema: described.description,
    });
    return reply.code(201).send(modelView(saved, { withScript: true, author: authorView(caller.account.displayName) }));
  });

  // What a save would store, without storing it: the editor's parameter form and its checks of
  // the declarations while typing. Run and charged like a save's describe, so it is bounded by
  // the same compute budget; it never builds geometry.
  app.post("/api/scripts/describe", async (request, reply) => {
    const caller = await requireCaller(store, request);
    const described = await describeForSave(caller, jsonBody(request));
    if (!described.ok) return sendProblem(reply, described.error, described.status);
    return described.description;
  });

  app.put<{ Params: { id: string } }>("/api/models/:id", async (request, reply) => {
    const caller = await requireCaller(store, request);
    const body = jsonBody(request);
    // Ownership first: nothing runs for a model the caller cannot change.
    const notOwned = new PartforgeError("NOT_FOUND", `no model "${request.params.id}" owned by this account`, { param: "id" });
    if (!isModelId(request.params.id)) throw notOwned;
    const found = await store.getModel(request.params.id, { viewerId: caller.account.id });
    if (found === undefined || found.model.ownerId !== caller.account.id) throw notOwned;
    if (body.script === undefined) {
      // No script: a rename or a change of visibility, not a revision (nothing runs, nothing is charged).
      if (body.language !== undefined) throw new PartforgeError("USAGE", '"language" goes with a "script": send both for a new revision', { param: "language" });
      const name = optionalString(body, "name");
      const visibility = visibilityOf(body.visibility);
      const updated = await store.updateModelListing(caller.account.id, found.model.id, {
        ...(name !== undefined ? { name } : {}),
        ...(visibility !== undefined ? { visibility } : {}),
      });
      return modelView(updated, { withScript: true, author: authorView(caller.account.displayName) });
    }
    const described = await describeForSave(caller, body, found.model.id);
    if (!described.ok) return sendProblem(reply, described.error, described.status);
    const name = optionalString(body, "name");
    const visibility = visibilityOf(body.visibility);
    const saved = await store.addRevision(caller.account.id, request.params.id, {
      script: described.script,
      language: described.language,
      schema: described.description,
      ...(name !== undefined ? { name } : {}),
      ...(visibility !== undefined ? { visibility } : {}),
    });
    return modelView(saved, { withScript: true, author: authorView(caller.account.displayName) });
  });

  app.get<{ Params: { id: string } }>("/api/models/:id", async (request) => {
    const caller = await optionalCaller(store, request);
    const notFound = new PartforgeError("NOT_FOUND", `no model with id "${request.params.id}"`, { param: "id" });
    if (!isModelId(request.params.id)) throw notFound;
    const found = await store.getModel(request.params.id, { viewerId: caller?.account.id ?? null });
    if (found === undefined) throw notFound;
    return modelView(found, { withScript: true, author: await authorOf(store, found.model.ownerId) });
  });

  app.get<{ Querystring: { limit?: string; offset?: string } }>("/api/models", async (request) => {
    const caller = await optionalCaller(store, request);
    const limit = pageQuery(request.query.limit, "limit", { min: 1, max: MAX_LIST_LIMIT, fallback: 50 });
    const offset = pageQuery(request.query.offset, "offset", { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0 });
    const models = await store.listModels({ viewerId: caller?.account.id ?? null, limit, offset });
    const [downloads, authors] = await Promise.all([store.downloadCounts(models.map((m) => m.id)), store.displayNames(models.map((m) => m.ownerId))]);
    return {
      models: models.map((m) => ({
        id: m.id,
        name: m.name,
        visibility: m.visibility,
        ownerId: m.ownerId,
        author: authorView(authors.get(m.ownerId)),
        revision: m.latestRevision,
        createdAt: m.createdAt.toISOString(),
        updatedAt: m.updatedAt.toISOString(),
        downloads: downloads.get(m.id) ?? 0,
        mine: m.ownerId === caller?.account.id,
      })),
    };
  });

  app.delete<{ Params: { id: string } }>("/api/models/:id", async (request, reply) => {
    const caller = await requireCaller(store, request);
    await store.deleteModel(caller.account.id, request.params.id);
    return reply.code(204).send();
  });
}
