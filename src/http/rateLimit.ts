/** Token buckets by name (a key, an account, …): `rate` requests a second sustained, bursts up to `burst`. */
export class RateLimiter {
  readonly #rate: number;
  readonly #burst: number;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(ratePerSecond: number, burst: number) {
    this.#rate = ratePerSecond;
    this.#burst = burst;
  }

  /** Takes one token for `key`; returns 0 when allowed, else the seconds to wait. */
  take(key: string, now = Date.now()): number {
    return this.takeEach([key], now);
  }

  /**
   * Takes one token from each named bucket (say, a key's and its account's) only when every one
   * has a token; returns 0 when allowed, else the seconds to wait for the emptiest.
   */
  takeEach(keys: readonly string[], now = Date.now()): number {
    const buckets = keys.map((key) => {
      const bucket = this.#buckets.get(key) ?? { tokens: this.#burst, at: now };
      bucket.tokens = Math.min(this.#burst, bucket.tokens + ((now - bucket.at) / 1000) * this.#rate);
      bucket.at = now;
      this.#buckets.set(key, bucket);
      return bucket;
    });
    if (this.#buckets.size > 100_000) this.#forgetFull(now);
    const emptiest = Math.min(...buckets.map((bucket) => bucket.tokens));
    if (emptiest >= 1) {
      for (const bucket of buckets) bucket.tokens -= 1;
      return 0;
    }
    return (1 - emptiest) / this.#rate;
  }

  /** Drops buckets that have refilled, so memory stays bounded. */
  #forgetFull(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * this.#rate >= this.#burst) this.#buckets.delete(key);
    }
  }
}
