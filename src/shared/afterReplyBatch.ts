/**
 * Writes a request causes but need not wait for (a cache file's "used now" mark, an API key's last
 * use), made after the reply: two turns of the event loop after the first is added — one turn
 * would still come before an immediate the caller queues next (the SQLite ledger's group commit,
 * which the reply waits for), and the write's synchronous start (a file call waking a thread of
 * libuv's pool, a statement on the event loop) would run before the reply is written. Entries
 * added before the write starts are written together, one per key (`merge` combines two values of
 * a key); entries added while it runs go in the next write.
 */
export class AfterReplyBatch<V> {
  readonly #write: (batch: ReadonlyMap<string, V>) => Promise<void>;
  readonly #merge: (earlier: V, later: V) => V;
  #pending = new Map<string, V>();
  #writing: Promise<void> | undefined;

  /** `write` must not reject: it reports its own failures (nobody waits for it but `flush`). */
  constructor(write: (batch: ReadonlyMap<string, V>) => Promise<void>, merge: (earlier: V, later: V) => V = (_earlier, later) => later) {
    this.#write = write;
    this.#merge = merge;
  }

  add(key: string, value: V): void {
    const earlier = this.#pending.get(key);
    this.#pending.set(key, earlier === undefined ? value : this.#merge(earlier, value));
    this.#writing ??= new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve))).then(() => this.#writePending());
  }

  /** Resolves when everything added so far has been written. */
  async flush(): Promise<void> {
    while (this.#writing !== undefined) await this.#writing;
  }

  async #writePending(): Promise<void> {
    const batch = this.#pending;
    this.#pending = new Map();
    await this.#write(batch);
    this.#writing = this.#pending.size === 0 ? undefined : this.#writePending();
  }
}
