/**
 * WAL checkpoints off the event loop. By default SQLite checkpoints inside whichever commit
 * pushes the WAL past 1000 pages: that commit copies the pages into the database file and
 * fsyncs it, and with better-sqlite3 it does so on the event loop — measured here under load,
 * 6,700 cached builds per second with checkpoints elsewhere against 2,200–5,200 and stalls of
 * 200 ms with them inline. So the service's connection turns automatic checkpoints off and a
 * worker thread with its own connection runs a PASSIVE checkpoint (never waits for, never blocks,
 * readers or writers) every `intervalMs`. If the worker fails, automatic checkpoints come back on.
 */
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { SqliteDatabase } from "./sqliteHandles.ts";

export interface Checkpointer {
  /** Stops the worker; the connection's automatic checkpoints are turned back on. */
  close(): Promise<void>;
}

const DEFAULT_INTERVAL_MS = 1_000;

// Plain CommonJS evaluated in the worker, so it needs no TypeScript loader. Its connection and
// its one statement are top-level bindings of the worker's script (a classic script: they stay
// referenced until the worker's environment is torn down), and nothing makes a Statement to throw
// away, as db.pragma() would every second: on Node 24 the GC that frees one aborts the whole
// process (see sqliteHandles.ts).
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
db.exec("PRAGMA busy_timeout = " + workerData.busyTimeoutMs);
const checkpoint = db.prepare("PRAGMA wal_checkpoint(PASSIVE)");
const timer = setInterval(() => {
  try {
    checkpoint.get();
  } catch (error) {
    if (!/SQLITE_BUSY|locked/i.test(String(error && error.code) + String(error && error.message))) throw error;
  }
}, workerData.intervalMs);
parentPort.on("message", () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** Starts checkpointing `db` (a file in WAL mode) from a worker thread. */
export function startCheckpointer(db: SqliteDatabase, options: { intervalMs?: number; busyTimeoutMs?: number; onError?: (error: unknown) => void } = {}): Checkpointer {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { driver, path: db.name, intervalMs: options.intervalMs ?? DEFAULT_INTERVAL_MS, busyTimeoutMs: options.busyTimeoutMs ?? 5000 },
  });
  worker.unref();
  db.exec("PRAGMA wal_autocheckpoint = 0");
  let stopped = false;
  const restoreAutomatic = (): void => {
    if (db.open) db.exec("PRAGMA wal_autocheckpoint = 1000");
  };
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  worker.on("error", (error) => {
    restoreAutomatic();
    if (!stopped) options.onError?.(error);
  });
  return {
    async close() {
      if (stopped) return;
      stopped = true;
      worker.ref(); // keep the process alive until the worker has closed its connection
      worker.postMessage("close");
      await exited;
      restoreAutomatic();
    },
  };
}
