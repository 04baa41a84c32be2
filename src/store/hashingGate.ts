/**
 * A concurrency cap on password hashing. Each scrypt hash takes about half a second of a libuv
 * thread-pool thread and 64 MiB of memory; without a cap, a flood of log-ins or sign-ups would
 * occupy every pool thread (stalling file and DNS work for everyone) and memory without bound.
 * At most `concurrent` hashes run, at most `queued` wait; beyond that the caller gets BUSY (503
 * with Retry-After) at once, without any hashing.
 */
import { PartforgeError } from "../shared/errors.ts";

export interface HashingLimits {
  /** Hashes running at once. Node's thread pool has 4 threads by default; 2 leaves room for the rest. */
  concurrent: number;
  /** Hashes waiting for a turn; more are refused with BUSY. */
  queued: number;
}

export const DEFAULT_HASHING_LIMITS: Readonly<HashingLimits> = { concurrent: 2, queued: 16 };

export class HashingGate {
  readonly #limits: HashingLimits;
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(limits: HashingLimits = DEFAULT_HASHING_LIMITS) {
    if (!Number.isSafeInteger(limits.concurrent) || limits.concurrent < 1 || !Number.isSafeInteger(limits.queued) || limits.queued < 0) {
      throw new RangeError(`hashing limits need concurrent >= 1 and queued >= 0 (whole numbers); got ${JSON.stringify(limits)}`);
    }
    this.#limits = { ...limits };
  }

  /** Hashes running and waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.#running, waiting: this.#waiting.length };
  }

  /** Runs `hash` when a turn is free; throws BUSY when the queue is full. */
  async run<T>(hash: () => Promise<T>): Promise<T> {
    if (this.#running >= this.#limits.concurrent) {
      if (this.#waiting.length >= this.#limits.queued) {
        throw new PartforgeError("BUSY", "too many log-ins and sign-ups are being checked right now; retry in a few seconds");
      }
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#running += 1;
    }
    try {
      return await hash();
    } finally {
      // The turn passes straight to the next waiter, so `running` never exceeds the cap.
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running -= 1;
    }
  }
}
