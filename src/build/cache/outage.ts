/**
 * A dependency the service can do without (a cache store, a lock service): its calls fail soft.
 * A failure is counted and logged once per outage; after one, the dependency is left alone for
 * `retryMs` (calls answer their fallback at once), so an outage costs no request more than one
 * failed call; the first success after it is logged too.
 */
export type CacheLog = (level: "info" | "warn" | "error", message: string) => void;

export class Outage {
  readonly #what: string;
  readonly #log: CacheLog;
  readonly #retryMs: number;
  #downUntil = 0;
  #down = false;
  #errors = 0;

  constructor(what: string, log: CacheLog, retryMs: number) {
    this.#what = what;
    this.#log = log;
    this.#retryMs = retryMs;
  }

  /** Calls that failed since start. */
  get errors(): number {
    return this.#errors;
  }

  async call<T, F>(operation: string, work: () => Promise<T>, fallback: F): Promise<T | F> {
    if (Date.now() < this.#downUntil) return fallback;
    try {
      const result = await work();
      if (this.#down) {
        this.#down = false;
        this.#log("info", `${this.#what} answers again`);
      }
      return result;
    } catch (error) {
      this.failed(operation, error);
      return fallback;
    }
  }

  failed(operation: string, error: unknown): void {
    this.#errors += 1;
    this.#downUntil = Date.now() + this.#retryMs;
    if (this.#down) return;
    this.#down = true;
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    this.#log("error", `${this.#what} failed (${operation}: ${reason}); going on without it, next try in ${this.#retryMs / 1000} s`);
  }
}
