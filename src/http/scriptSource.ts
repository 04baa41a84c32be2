/**
 * The script a `/build` or preview request names: its own `s` text, or a stored model's latest
 * revision by `id` (SPEC section 2: `s` wins over `id`). A private model is 404 to everyone but
 * its owner, so an id never tells whether a private model exists.
 */
import { hash } from "node:crypto";
import { sentScriptLanguage, type ModelDescription, type ScriptLanguage } from "../modelscript/index.ts";
import { PartforgeError } from "../shared/errors.ts";
import { isModelId, type Store } from "../store/index.ts";
import type { BuildFields } from "./buildFields.ts";
import type { ServiceLimits } from "./deps.ts";

export interface ScriptSource {
  source: string;
  language: ScriptLanguage;
  /** Set for a stored model. */
  modelId?: string;
  /** Set for a stored model: its visibility decides whether an answer may be cached publicly. */
  visibility?: "public" | "private";
  /** Set for a stored model: its unit of measure, from the description saved with it. */
  uom?: string;
  /** Set for a sent script: its SHA-256, which the ledger records instead of a model id. */
  scriptHash?: string;
  /** Set for a stored model: the description saved with its revision (parameters, presets). */
  description?: ModelDescription;
}

/** The script of a request, as seen by `viewerId` (an account id, or null for an anonymous visitor). */
export async function scriptOf(store: Store, fields: BuildFields, viewerId: string | null, limits: ServiceLimits): Promise<ScriptSource> {
  if (fields.s !== undefined && fields.s !== "") {
    if (Buffer.byteLength(fields.s, "utf8") > limits.maxScriptBytes) {
      throw new PartforgeError("PAYLOAD_TOO_LARGE", `the script is larger than ${limits.maxScriptBytes} bytes`, { param: "s" });
    }
    return { source: fields.s, language: sentScriptLanguage(fields.s, fields.lang, "lang"), scriptHash: hash("sha256", fields.s, "hex") };
  }
  if (fields.id !== undefined && fields.id !== "") {
    const whose = viewerId === null ? "publicly" : "to this account";
    const notFound = new PartforgeError("NOT_FOUND", `no model with id "${fields.id}" is visible ${whose}`, { param: "id" });
    if (!isModelId(fields.id)) throw notFound;
    const found = await store.getModel(fields.id, { viewerId });
    if (found === undefined) throw notFound;
    const schema = found.revision.schema as { uom?: unknown; parameters?: unknown; presets?: unknown } | null;
    const uom = schema?.uom;
    return {
      source: found.revision.script,
      language: found.revision.language,
      modelId: found.model.id,
      visibility: found.model.visibility,
      ...(typeof uom === "string" ? { uom } : {}),
      ...(Array.isArray(schema?.parameters) && typeof schema?.presets === "object" ? { description: schema as unknown as ModelDescription } : {}),
    };
  }
  throw new PartforgeError("USAGE", "send either id (a stored model's id) or s (the ModelScript text)", { param: "id" });
}
