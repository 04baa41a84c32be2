/**
 * A cache file's "used now" mark (its modification time, which orders least recently used files
 * for a restarted disk store and for a shared directory's eviction), set after the hit that used it
 * has been answered. A `utimes` started during the hit ran its synchronous start (a request to a
 * thread of libuv's pool) before the caller's continuation, i.e. before the reply was written. It
 * starts two turns of the event loop later, as the build cache's writes behind do (see
 * `BuildCache#write`: one turn would still come before the ledger's group commit and the reply).
 * A file marked twice before its touch is touched once. A touch that fails (the file evicted or
 * removed meanwhile) is dropped: the mark is a hint for ordering, never a reason to fail.
 */
import { utimes } from "node:fs/promises";

export class FileTouches {
  #pending = new Set<string>();
  #touching: Promise<void> | undefined;

  /** Marks `file` used: its modification time is set to the time of the touch, two turns from now. */
  touch(file: string): void {
    this.#pending.add(file);
    this.#touching ??= new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve))).then(() => this.#touchPending());
  }

  /** Resolves when every file marked so far has been touched: before a scan orders files by use, or a close. */
  async flush(): Promise<void> {
    while (this.#touching !== undefined) await this.#touching;
  }

  async #touchPending(): Promise<void> {
    const files = this.#pending;
    this.#pending = new Set();
    const now = new Date();
    await Promise.all([...files].map((file) => utimes(file, now, now).catch(() => undefined)));
    this.#touching = this.#pending.size === 0 ? undefined : this.#touchPending();
  }
}
