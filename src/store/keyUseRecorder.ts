/**
 * An API key's last use, written after the request that used it has gone on, not during it:
 * authenticating a key is on every API request's path, and its once-a-minute write was a database
 * round trip awaited there (PostgreSQL: a network trip; SQLite: a write on the event loop), and
 * a failure of that write (a dropped connection, a locked file) failed the request although
 * nothing the caller asked for had gone wrong. Uses noted before a write starts are written
 * together, the latest per key. A failed write is reported and not retried: the key's next use
 * finds its row unchanged and notes it again.
 */
import type { StoreBackend } from "./backend.ts";

/** Where a failed write of a key's last use is reported. */
export type KeyUseFailure = (error: unknown) => void;

export class KeyUseRecorder {
  readonly #backend: Pick<StoreBackend, "touchApiKey">;
  readonly #failed: KeyUseFailure;
  /** Key id → the latest use noted and not written yet. */
  #noted = new Map<string, Date>();
  #writing: Promise<void> | undefined;

  constructor(backend: Pick<StoreBackend, "touchApiKey">, failed: KeyUseFailure) {
    this.#backend = backend;
    this.#failed = failed;
  }

  /**
   * Notes that `keyId` was used at `at`; written two turns of the event loop later (after the
   * caller's continuation and an immediate it queues, as the build cache's writes behind start).
   */
  note(keyId: string, at: Date): void {
    const earlier = this.#noted.get(keyId);
    if (earlier === undefined || earlier < at) this.#noted.set(keyId, at);
    this.#writing ??= new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve))).then(() => this.#write());
  }

  /** Resolves when every use noted so far is written (or its write failed and was reported). */
  async flush(): Promise<void> {
    while (this.#writing !== undefined) await this.#writing;
  }

  async #write(): Promise<void> {
    const noted = this.#noted;
    this.#noted = new Map();
    for (const [keyId, at] of noted) {
      try {
        await this.#backend.touchApiKey(keyId, at);
      } catch (error) {
        this.#failed(error);
      }
    }
    // Uses noted while these were written go in the next write.
    this.#writing = this.#noted.size === 0 ? undefined : this.#write();
  }
}
