/**
 * Log-in throttling with growing delays, per account (the normalised email, whether or not it
 * exists) and per client address. The first few failures are free; after that each attempt must
 * wait twice as long as the one before, up to a cap. A refused attempt runs no password hash.
 *
 * An attempt is counted when it starts (so a burst of parallel guesses cannot slip through before
 * the first one fails); a success clears the account's count and takes its own attempt back from
 * the address, so many people behind one address can keep logging in. An attempt the service could
 * not decide (store unavailable, hashing at its cap) is taken back as well.
 */

export interface LoginThrottleRule {
  /** Failures allowed without any delay. */
  freeFailures: number;
  /** The wait after the first failure beyond the free ones; it doubles with each further failure. */
  firstDelaySeconds: number;
  maxDelaySeconds: number;
}

export interface LoginThrottleSettings {
  perAccount: LoginThrottleRule;
  perAddress: LoginThrottleRule;
  /** A count is forgotten this long after its last attempt. */
  forgetAfterSeconds: number;
  /** At most this many counts are kept (the oldest are dropped first). */
  maxEntries: number;
}

export const DEFAULT_LOGIN_THROTTLE: Readonly<LoginThrottleSettings> = {
  perAccount: { freeFailures: 5, firstDelaySeconds: 1, maxDelaySeconds: 300 },
  perAddress: { freeFailures: 20, firstDelaySeconds: 1, maxDelaySeconds: 3600 },
  forgetAfterSeconds: 3600,
  maxEntries: 100_000,
};

interface Count {
  failures: number;
  lastAtMs: number;
}

/** The seconds to wait after `failures`, by `rule` (0 within the free failures). */
export function delayAfter(rule: LoginThrottleRule, failures: number): number {
  if (failures < rule.freeFailures) return 0;
  return Math.min(rule.maxDelaySeconds, rule.firstDelaySeconds * 2 ** (failures - rule.freeFailures));
}

export class LoginThrottle {
  readonly #settings: LoginThrottleSettings;
  readonly #now: () => number;
  readonly #counts = new Map<string, Count>();

  /** `now` (milliseconds) is for tests; it defaults to `Date.now`. */
  constructor(settings: Partial<LoginThrottleSettings> = {}, now: () => number = Date.now) {
    this.#settings = { ...DEFAULT_LOGIN_THROTTLE, ...settings };
    this.#now = now;
  }

  /**
   * Starts a log-in on `account` from `address`: returns 0 and counts it when allowed, else the
   * seconds to wait (nothing is counted then).
   */
  begin(address: string, account: string): number {
    const now = this.#now();
    const addressKey = `address:${address}`;
    const accountKey = `account:${account}`;
    const wait = Math.max(this.#wait(addressKey, this.#settings.perAddress, now), this.#wait(accountKey, this.#settings.perAccount, now));
    if (wait > 0) return wait;
    this.#count(addressKey, now);
    this.#count(accountKey, now);
    return 0;
  }

  /** The log-in begun from `address` on `account` succeeded: the account starts afresh. */
  succeeded(address: string, account: string): void {
    this.#counts.delete(`account:${account}`);
    this.#uncount(`address:${address}`);
  }

  /** The log-in begun could not be decided (the store or the hashing cap failed): it does not count. */
  abandoned(address: string, account: string): void {
    this.#uncount(`address:${address}`);
    this.#uncount(`account:${account}`);
  }

  #uncount(key: string): void {
    const count = this.#counts.get(key);
    if (count !== undefined && --count.failures <= 0) this.#counts.delete(key);
  }

  #wait(key: string, rule: LoginThrottleRule, now: number): number {
    const count = this.#live(key, now);
    if (count === undefined) return 0;
    const remainingMs = count.lastAtMs + delayAfter(rule, count.failures) * 1000 - now;
    return remainingMs > 0 ? remainingMs / 1000 : 0;
  }

  #live(key: string, now: number): Count | undefined {
    const count = this.#counts.get(key);
    if (count !== undefined && now - count.lastAtMs > this.#settings.forgetAfterSeconds * 1000) {
      this.#counts.delete(key);
      return undefined;
    }
    return count;
  }

  #count(key: string, now: number): void {
    const count = this.#live(key, now) ?? { failures: 0, lastAtMs: now };
    count.failures += 1;
    count.lastAtMs = now;
    // Re-inserted so the map stays ordered by last attempt, oldest first.
    this.#counts.delete(key);
    this.#counts.set(key, count);
    while (this.#counts.size > this.#settings.maxEntries) {
      const oldest = this.#counts.keys().next().value as string;
      this.#counts.delete(oldest);
    }
  }
}
