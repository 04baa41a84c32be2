/** First start on an empty database: a demo account, its API key, and the examples as public models. */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import type { BuildBackend } from "../build/index.ts";
import { languageOf } from "../build/index.ts";
import type { Store } from "../store/index.ts";

export const DEMO_EMAIL = "demo@partforge.local";
/** The author the gallery shows on the seeded examples. */
export const DEMO_DISPLAY_NAME = "partforge examples";

export interface SeedResult {
  email: string;
  password: string;
  apiKey: string;
  models: { id: string; name: string; file: string }[];
  failed: { file: string; reason: string }[];
}

/** Seeds an empty store; returns undefined when the store already has accounts. */
export async function seedIfEmpty(store: Store, backend: BuildBackend, examplesDir: string): Promise<SeedResult | undefined> {
  if ((await store.accountCount()) > 0) return undefined;
  const password = randomBytes(12).toString("base64url");
  const account = await store.createAccount({ email: DEMO_EMAIL, password, displayName: DEMO_DISPLAY_NAME, plan: "enterprise" });
  const { secret } = await store.createApiKey(account.id, { name: "demo" });
  const models: SeedResult["models"] = [];
  const failed: SeedResult["failed"] = [];
  const files = (await readdir(examplesDir)).filter((f) => /\.(ts|js|py)$/.test(f)).sort();
  for (const file of files) {
    const script = await readFile(join(examplesDir, file), "utf8");
    const language = languageOf(file);
    const described = await backend.describe({ source: script, language, tenant: `account:${account.id}` });
    if (!described.ok) {
      failed.push({ file, reason: described.error.message });
      continue;
    }
    const { model } = await store.createModel({
      ownerId: account.id,
      name: described.description.metadata.name,
      visibility: "public",
      script,
      language,
      schema: described.description,
    });
    models.push({ id: model.id, name: model.name, file });
  }
  return { email: DEMO_EMAIL, password, apiKey: secret, models, failed };
}
