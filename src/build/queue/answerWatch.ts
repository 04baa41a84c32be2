/**
 * Whether the queue's Redis answers, not only whether a connection to it is open: a Redis that
 * hangs leaves its connections "ready" while nothing answers, so a readiness read from the
 * connection's status alone stays ready for as long as the hang lasts, and the load balancer keeps
 * sending requests that can only be refused. The watch sends a PING every `intervalMs` (one at a
 * time, so a hang piles none up); once one has waited `silentMs`, Redis counts as silent until it
 * answers. Readiness (a service node's `/health`, a worker's `--health-port`) reads `problem()`.
 */
import type { Redis } from "ioredis";

/** How often the watch asks. */
export const ANSWER_WATCH_INTERVAL_MS = 1_000;
/** How long an unanswered PING makes Redis count as silent: readiness turns 503 within about this plus the interval. */
export const ANSWER_WATCH_SILENT_MS = 2_000;

export class RedisAnswerWatch {
  readonly #redis: Redis;
  readonly #silentMs: number;
  readonly #timer: NodeJS.Timeout;
  /** When the PING awaiting its answer went out (`performance.now()`), if one does. */
  #askedAt: number | undefined;

  /** Starts watching `redis` (a connection the caller owns and closes); `stop()` ends it. */
  constructor(redis: Redis, options: { intervalMs?: number; silentMs?: number } = {}) {
    this.#redis = redis;
    this.#silentMs = options.silentMs ?? ANSWER_WATCH_SILENT_MS;
    this.#timer = setInterval(() => this.#ask(), options.intervalMs ?? ANSWER_WATCH_INTERVAL_MS);
    this.#timer.unref();
  }

  /** Why Redis cannot be counted on now (for a 503's reason), or undefined while it answers. */
  problem(): string | undefined {
    const status = this.#redis.status;
    if (status !== "ready") return `the build queue's Redis is unreachable (${status})`;
    if (this.#askedAt === undefined) return undefined;
    const waited = performance.now() - this.#askedAt;
    return waited < this.#silentMs ? undefined : `the build queue's Redis has not answered for ${Math.floor(waited / 1000)} s`;
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  #ask(): void {
    if (this.#askedAt !== undefined || this.#redis.status !== "ready") return;
    const askedAt = performance.now();
    this.#askedAt = askedAt;
    // Answered or failed (the connection dropped: its status says so), the PING no longer waits.
    void this.#redis.ping().then(
      () => this.#answered(askedAt),
      () => this.#answered(askedAt),
    );
  }

  #answered(askedAt: number): void {
    if (this.#askedAt === askedAt) this.#askedAt = undefined;
  }
}
