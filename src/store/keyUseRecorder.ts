/**
 * An API key's last use, written after the request that used it has gone on, not during it
 * (`AfterReplyBatch`): authenticating a key is on every API request's path, and its once-a-minute
 * write was a database round trip awaited there (PostgreSQL: a network trip; SQLite: a write on
 * the event loop), and a failure of that write (a dropped connection, a locked file) failed the
 * request although nothing the caller asked for had gone wrong. Uses noted before a write starts
 * are written together, the latest per key. A failed write is reported and not retried: the
 * key's next use finds its row unchanged and notes it again.
 */
import { AfterReplyBatch } from "../shared/afterReplyBatch.ts";
import type { StoreBackend } from "./backend.ts";

/** Where a failed write of a key's last use is reported. */
export type KeyUseFailure = (error: unknown) => void;

export class KeyUseRecorder {
  readonly #batch: AfterReplyBatch<Date>;

  constructor(backend: Pick<StoreBackend, "touchApiKey">, failed: KeyUseFailure) {
    this.#batch = new AfterReplyBatch<Date>(
      async (uses) => {
        for (const [keyId, at] of uses) await backend.touchApiKey(keyId, at).catch(failed);
      },
      (earlier, later) => (later > earlier ? later : earlier),
    );
  }

  /** Notes that `keyId` was used at `at`; written after the caller's reply (see `AfterReplyBatch`). */
  note(keyId: string, at: Date): void {
    this.#batch.add(keyId, at);
  }

  /** Resolves when every use noted so far is written (or its write failed and was reported). */
  flush(): Promise<void> {
    return this.#batch.flush();
  }
}
