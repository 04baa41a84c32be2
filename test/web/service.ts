/**
 * The whole service in this process for browser tests: SQLite in a temporary folder, the real
 * sandboxed build pool (one slot, with a build cache), the app listening on a free port, and a
 * demo account owning public example models — as `partforge serve` starts it.
 */
import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { createBuildCache, createBuildPool, PoolBackend } from "../../src/build/index.ts";
import { seedIfEmpty, type SeedResult } from "../../src/cli/seed.ts";
import { buildApp } from "../../src/http/app.ts";
import { openSqliteStore, type Store } from "../../src/store/index.ts";
import { FAST_PASSWORD_HASHING } from "../http/harness.ts";

const EXAMPLES_DIR = fileURLToPath(new URL("../../examples/", import.meta.url));

export interface WebTestService {
  url: string;
  app: FastifyInstance;
  store: Store;
  seeded: SeedResult;
  close(): Promise<void>;
}

/** Starts the service with `examples` (file names in `examples/`) published by the demo account. */
export async function startWebService(examples: string[]): Promise<WebTestService> {
  const dataDir = await mkdtemp(join(tmpdir(), "partforge-web-"));
  const examplesDir = join(dataDir, "examples");
  await mkdir(examplesDir);
  for (const file of examples) await copyFile(join(EXAMPLES_DIR, file), join(examplesDir, file));
  const store = await openSqliteStore({ path: join(dataDir, "partforge.db"), passwordHashing: FAST_PASSWORD_HASHING });
  const pool = await createBuildPool({ size: 1, spare: 0, warmupBuilds: 1, cache: createBuildCache({ dir: join(dataDir, "cache") }) });
  const backend = new PoolBackend(pool);
  const seeded = (await seedIfEmpty(store, backend, examplesDir))!;
  const app = await buildApp({ store, backend });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    url: address,
    app,
    store,
    seeded,
    async close() {
      await app.close();
      await pool.close();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
