/**
 * How service nodes and workers connect to the queue's Redis. Every connection retries for ever
 * (a node or worker rides out a Redis restart or outage without being restarted), quickly at
 * first and then every `MAX_RECONNECT_DELAY_MS`: BullMQ's own default grows to 20 s between
 * attempts, which would leave a worker idle, or a node refusing builds, for up to 20 s after
 * Redis is back.
 */
/** The longest pause between two attempts to reconnect. */
export const MAX_RECONNECT_DELAY_MS = 1_000;

/** The pause before the `attempt`-th attempt to reconnect (1, 2, …): 100 ms more each time, at most `MAX_RECONNECT_DELAY_MS`. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(100 * attempt, MAX_RECONNECT_DELAY_MS);
}

/**
 * Options of one connection to the queue's Redis. `maxRetriesPerRequest: null` (BullMQ's blocking
 * connections need it) keeps a command waiting through a reconnection; callers that must answer
 * within a bound put their own on it.
 */
export function queueConnectionOptions(): { maxRetriesPerRequest: null; retryStrategy: (attempt: number) => number; connectTimeout: number } {
  return { maxRetriesPerRequest: null, retryStrategy: reconnectDelayMs, connectTimeout: 5_000 };
}
