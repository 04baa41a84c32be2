/** `partforge serve`: the Build Service on its embedded defaults, until SIGINT/SIGTERM. */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createBuildCache, openSharedCache, type BuildCache, type StoredMeta } from "../build/cache/index.ts";
import { createBuildPool, type PoolLogger } from "../build/pool/index.ts";
import { CacheFirstBackend, PoolBackend, type BuildBackend } from "../build/index.ts";
import { openQueueBackend, redactUrl, RedisJobRunner, type QueueBackend } from "../build/queue/index.ts";
import { PartforgeError } from "../shared/errors.ts";
import { buildApp } from "../http/app.ts";
import { isPostgresUrl, openStore } from "../store/index.ts";
import type { ServeCommand } from "./args.ts";
import type { CliIO } from "./main.ts";
import { alwaysSecureCookies } from "./exposure.ts";
import { seedIfEmpty } from "./seed.ts";

const EXAMPLES_DIR = fileURLToPath(new URL("../../examples/", import.meta.url));

export interface RunningService {
  url: string;
  close(): Promise<void>;
}

/** Starts everything and returns once the port listens. */
export async function startService(command: ServeCommand, io: CliIO): Promise<RunningService> {
  if (command.queue !== undefined) return startQueueNode(command, command.queue, io);
  const logs = partLogs(io);
  const cache = await openBuildCache(command, logs.of("cache"));
  const store = await openServiceStore(command, logs.of("store"));
  const pool = await createBuildPool({
    size: command.slots ?? availableParallelism(),
    ...(command.warmupBuilds !== undefined ? { warmupBuilds: command.warmupBuilds } : {}),
    ...(command.kernelThreads !== undefined ? { kernelThreads: command.kernelThreads } : {}),
    wasmTierUp: command.wasmTierUp,
    cache,
    log: logs.of("pool"),
  });
  const backend = new PoolBackend(pool);
  const seeded = await seedIfEmpty(store, backend, EXAMPLES_DIR);
  const app = await buildApp({
    store,
    backend,
    ...edgeOptions(command, io),
  });
  logs.intoApp(app);
  const address = await app.listen({ port: command.port, host: command.host });
  const where = store.dialect === "sqlite" ? `SQLite in ${command.dataDir}` : "PostgreSQL";
  const cacheWhere = command.cache === undefined ? "" : `; shared build cache: ${cache.stats().tier}`;
  io.stderr.write(`partforge listening on ${address} (${where}; build slots: ${pool.health().size}${cacheWhere})\n`);
  if (seeded) {
    io.stderr.write(
      [
        "",
        "First start: created the demo account (enterprise plan). These secrets are shown once:",
        `  email     ${seeded.email}`,
        `  password  ${seeded.password}`,
        `  API key   ${seeded.apiKey}`,
        `Published ${seeded.models.length} example models:`,
        ...seeded.models.map((m) => `  ${m.id}  ${m.name}`),
        ...seeded.failed.map((f) => `  (skipped ${f.file}: ${f.reason})`),
        "",
        `Try: curl -o part.stl "${address}/build?key=${seeded.apiKey}&id=${seeded.models[0]?.id ?? "<id>"}&type=STL"`,
        "",
      ].join("\n"),
    );
  }
  return { url: address, close: closeOnce([app, pool, cache, store]) };
}

/** What both kinds of service node take from the command line for the HTTP edge: logging, cookies, public URL, proxy, admin token. */
function edgeOptions(command: ServeCommand, io: CliIO) {
  return {
    logger: { level: command.logLevel, stream: io.stdout },
    secureCookies: alwaysSecureCookies(command),
    ...(command.publicUrl !== undefined ? { publicUrl: command.publicUrl } : {}),
    trustProxy: command.trustProxy,
    ...(command.adminToken !== undefined ? { adminToken: command.adminToken } : {}),
  };
}

/**
 * A stateless service node: no slots, no data directory; builds go to the queue and run on
 * `partforge worker`s. Its accounts live in PostgreSQL and its asynchronous jobs in the queue's
 * Redis, which every node shares, so any node answers any request. With `--cache`, it answers
 * from the shared build cache what that holds, and queues only the rest.
 */
async function startQueueNode(command: ServeCommand, queue: string, io: CliIO): Promise<RunningService> {
  if (!isPostgresUrl(command.databaseUrl)) {
    throw new PartforgeError(
      "USAGE",
      "serve --queue (or REDIS_URL) starts a stateless service node, which keeps accounts in a PostgreSQL database every node shares: set DATABASE_URL (or --database-url postgres://…); SQLite is one machine's file. Without a queue, unset REDIS_URL to serve on this machine alone.",
    );
  }
  const logs = partLogs(io);
  // Opened first: a --cache that cannot work stops the node before it holds anything else.
  const cache = command.cache === undefined ? undefined : await openBuildCache(command, logs.of("cache"));
  const store = await openServiceStore(command, logs.of("store"));
  let queueBackend: QueueBackend;
  try {
    queueBackend = await openQueueBackend({ url: queue });
  } catch (error) {
    await store.close();
    await cache?.close();
    throw error;
  }
  const backend: BuildBackend = cache === undefined ? queueBackend : new CacheFirstBackend(queueBackend, cache);
  const app = await buildApp({
    store,
    backend,
    // Jobs live in the queue's Redis (openQueueBackend found it answering): any node answers for any job.
    jobRunners: (limits) => new RedisJobRunner({ url: queue, ...limits }),
    ...edgeOptions(command, io),
  });
  logs.intoApp(app);
  const address = await app.listen({ port: command.port, host: command.host });
  const cacheNote = cache === undefined ? "" : `; answers hits from the shared build cache (${cache.stats().tier})`;
  io.stderr.write(`partforge listening on ${address} (PostgreSQL; builds and jobs on the queue at ${redactUrl(queue)}${cacheNote})\n`);
  return { url: address, close: closeOnce([app, backend, cache, store]) };
}

/**
 * A service's close, run once however often it is asked for: the app first (it stops taking
 * requests and lets in-flight builds finish, or fail cleanly, and those use everything else),
 * then each other part in turn, the store last. Both kinds of node close this way.
 */
function closeOnce(parts: ReadonlyArray<{ close(): PromiseLike<unknown> } | undefined>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= (async () => {
      for (const part of parts) await part?.close();
    })();
    return closing;
  };
}

/**
 * The logs of a service's parts (pool, cache, store): text on stderr until the service's JSON log
 * exists, then, from `intoApp`, into it under each part's component.
 */
function partLogs(io: CliIO): { of(component: string): PoolLogger; intoApp(app: { log: Record<Parameters<PoolLogger>[0], (fields: object, message: string) => void> }): void } {
  let write: (component: string, level: Parameters<PoolLogger>[0], message: string) => void = (component, level, message) => io.stderr.write(`[${component} ${level}] ${message}\n`);
  return {
    of: (component) => (level, message) => write(component, level, message),
    intoApp: (app) => {
      write = (component, level, message) => app.log[level]({ component }, message);
    },
  };
}

/** The accounts' store: PostgreSQL when the command names its URL, else SQLite in the data directory. */
function openServiceStore(command: ServeCommand, log: PoolLogger) {
  return openStore({ dataDir: command.dataDir, ...(command.databaseUrl ? { databaseUrl: command.databaseUrl } : {}), log });
}

/** The shared tier `--cache` names behind memory, else the data directory's disk cache. */
async function openBuildCache(command: ServeCommand, log: PoolLogger): Promise<BuildCache> {
  if (command.cache === undefined) return createBuildCache({ dir: join(command.dataDir, "cache"), log });
  return createBuildCache({ shared: await openSharedCache<StoredMeta>(command.cache, { lockUrl: command.cacheLock, log }), log });
}

export async function runServe(command: ServeCommand, io: CliIO): Promise<void> {
  const service = await startService(command, io);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      io.stderr.write(`${signal}: shutting down after in-flight requests\n`);
      service.close().then(resolve, resolve);
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  });
}
