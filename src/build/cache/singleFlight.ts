/** Concurrent calls with the same key share one execution (the first caller's). */
export class SingleFlight<T> {
  #running = new Map<string, Promise<T>>();

  /** `shared` is true for callers that joined an execution already under way. */
  async run(key: string, execute: () => Promise<T>): Promise<{ value: T; shared: boolean }> {
    const running = this.#running.get(key);
    if (running !== undefined) return { value: await running, shared: true };
    const started = execute().finally(() => this.#running.delete(key));
    this.#running.set(key, started);
    return { value: await started, shared: false };
  }

  get size(): number {
    return this.#running.size;
  }
}
