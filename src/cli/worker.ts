/**
 * `partforge worker --queue redis://…`: a build node. Runs the sandboxed slot pool (with the
 * shared cache when `--cache` names one, else memory only) on the jobs service nodes put on the
 * queue, until SIGINT/SIGTERM; then it takes no more jobs, finishes the running ones (for at most
 * `--close-grace-ms`, so a Redis that is away or hangs cannot keep it from exiting) and exits.
 * With `--health-port` it answers `GET /health`: 200 `{ ok: true, … }` while it takes jobs (Redis
 * connected and answering, a slot usable), else 503 with a `reason`.
 */
import { availableParallelism } from "node:os";
import { createServer, type Server } from "node:http";
import { createBuildCache, openSharedCache, type StoredMeta } from "../build/cache/index.ts";
import { createBuildPool } from "../build/pool/index.ts";
import { PoolBackend } from "../build/index.ts";
import { probeQueueRedis, redactUrl, startBuildWorker } from "../build/queue/index.ts";
import type { WorkerCommand } from "./args.ts";
import type { CliIO } from "./main.ts";

export interface RunningWorker {
  /** The health endpoint's URL, when `--health-port` asked for one. */
  healthUrl: string | undefined;
  close(): Promise<void>;
}

export async function startWorker(command: WorkerCommand, io: CliIO): Promise<RunningWorker> {
  const log = (level: string, message: string) => io.stderr.write(`[worker ${level}] ${message}\n`);
  // Before the pool starts: a worker that cannot reach its queue stops at once, saying why.
  await probeQueueRedis(command.queue, 10_000);
  const cache =
    command.cache === undefined
      ? createBuildCache({ log })
      : createBuildCache({ shared: await openSharedCache<StoredMeta>(command.cache, { lockUrl: command.cacheLock, log }), log });
  const pool = await createBuildPool({
    size: command.slots ?? availableParallelism(),
    ...(command.warmupBuilds !== undefined ? { warmupBuilds: command.warmupBuilds } : {}),
    ...(command.kernelThreads !== undefined ? { kernelThreads: command.kernelThreads } : {}),
    wasmTierUp: command.wasmTierUp,
    cache,
    log,
  });
  const backend = new PoolBackend(pool);
  const worker = await startBuildWorker({
    url: command.queue,
    backend,
    concurrency: pool.health().size,
    ...(command.lockMs !== undefined ? { lockMs: command.lockMs } : {}),
    ...(command.closeGraceMs !== undefined ? { closeGraceMs: command.closeGraceMs } : {}),
    log,
  }).catch(async (error: unknown) => {
    await pool.close();
    await cache.close();
    throw error;
  });
  let server: Server | undefined;
  let healthUrl: string | undefined;
  if (command.healthPort !== undefined) {
    server = createServer((request, response) => {
      if (request.method !== "GET" || request.url?.split("?")[0] !== "/health") {
        response.writeHead(404, { "content-type": "application/json" }).end('{"ok":false,"error":"only GET /health is served here"}');
        return;
      }
      const health = worker.health();
      response.writeHead(health.ready ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
      response.end(JSON.stringify({ ok: health.ready, ...health, slots: pool.health().size }));
    });
    await new Promise<void>((resolve, reject) => {
      server!.once("error", reject);
      server!.listen(command.healthPort, command.host, resolve);
    });
    const address = server.address();
    healthUrl = typeof address === "object" && address !== null ? `http://${command.host}:${address.port}/health` : undefined;
  }
  io.stderr.write(`partforge worker ${worker.health().worker} taking builds from ${redactUrl(command.queue)} (build slots: ${pool.health().size}; cache: ${cache.stats().tier}${healthUrl ? `; health: ${healthUrl}` : ""})\n`);
  let closing: Promise<void> | undefined;
  return {
    healthUrl,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
        await worker.close();
        await pool.close();
        await cache.close();
      })();
      return closing;
    },
  };
}

export async function runWorker(command: WorkerCommand, io: CliIO): Promise<void> {
  const running = await startWorker(command, io);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      io.stderr.write(`${signal}: finishing the running builds, taking no more\n`);
      running.close().then(resolve, resolve);
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  });
}
