/**
 * A cache file's "used now" mark (its modification time, which orders least recently used files
 * for a restarted disk store and for a shared directory's eviction), set after the hit that used it
 * has been answered (`AfterReplyBatch`). A `utimes` started during the hit ran its synchronous
 * start (a request to a thread of libuv's pool) before the caller's continuation, i.e. before the
 * reply was written. A file marked twice before its touch is touched once. A touch that fails (the
 * file evicted or removed meanwhile) is dropped: the mark is a hint for ordering, never a reason
 * to fail.
 */
import { utimes } from "node:fs/promises";
import { AfterReplyBatch } from "../../shared/afterReplyBatch.ts";

export class FileTouches {
  readonly #batch = new AfterReplyBatch<true>(async (files) => {
    const now = new Date();
    await Promise.all([...files.keys()].map((file) => utimes(file, now, now).catch(() => undefined)));
  });

  /** Marks `file` used: its modification time is set to the time of the touch, after the reply. */
  touch(file: string): void {
    this.#batch.add(file, true);
  }

  /** Resolves when every file marked so far has been touched: before a scan orders files by use, or a close. */
  flush(): Promise<void> {
    return this.#batch.flush();
  }
}
