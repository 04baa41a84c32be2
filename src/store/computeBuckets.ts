/**
 * Compute buckets: per payer and per second of ledger time, the summed slot milliseconds of its
 * compute ledger rows and the earliest of their times, kept by a trigger on the ledger (migration
 * 9, both dialects), so in the same transaction as the row, whoever writes it (an older partforge
 * beside this one during a rolling deploy too). An anonymous preview counts in its client
 * address's bucket and its model's. `Store.computeUsed(subject, since)` runs before every admitted
 * run; summing the payer's ledger rows of the last minute cost ~80 ns a row (262 µs at 3,300
 * rows a minute, over 1 ms for a busy enterprise account). With buckets it reads at most one
 * row per second of the window, plus the ledger rows of the one partial second at its start.
 * Measured (`npm run bench -- compute-budget`, one payer, median of 21 interleaved batches, old
 * = schema 8): SQLite CPU per check 4 / 68 / 655 µs at 0 / 1,000 / 10,000 rows in the window
 * → 7 / 12 / 12 µs; PostgreSQL server CPU 123 / 268 / 1,827 → 62 / 75 / 80 µs. The write pays
 * the bucket upsert: SQLite +6 µs CPU a committed write (24 → 30 µs, raw better-sqlite3),
 * PostgreSQL +12.5 µs server CPU a row (in-server loop; 9.9 µs without).
 *
 * Exactness: the answer is the plain ledger sum, not an approximation. The window `at >= since`
 * splits at the first whole second `fromSecond = ceil(since / 1000)`: the ledger rows in
 * `[since, fromSecond·1000)` are summed from the ledger (the covering indexes of migration 8; at
 * most one second of the payer's runs, a sixtieth of the old sum), everything from
 * `fromSecond·1000` on from the buckets (no upper bound, as the ledger query had none).
 *
 * Retention: buckets before a horizon (one row in `compute_bucket_horizon`) are deleted. A store
 * process raises the horizon to `BUCKET_RETAIN_SECONDS` before the ledger time it writes, at most
 * once every `PRUNE_EVERY_SECONDS` of ledger time, so the table holds ~2 minutes of buckets per
 * active payer. Buckets are complete from the horizon on; a query whose window starts before it
 * (history, `since` = 0, a writer whose clock ran ahead) is answered from the ledger, exactly as
 * before. The horizon is read in the same statement as the buckets, so a prune by another process
 * is seen either whole or not at all.
 */
import type { ComputeSubject, ComputeUse } from "./store.ts";

/** How far behind the newest ledger time a process prunes (seconds): twice the budgets' minute. */
export const BUCKET_RETAIN_SECONDS = 120;
/** How much ledger time passes between one process's prunes (seconds). */
export const PRUNE_EVERY_SECONDS = 60;

/** The bucket key of a subject: the same text as the in-process keys of `ComputeBudget`. */
export function bucketSubjectOf(subject: ComputeSubject): string {
  if ("accountId" in subject) return `account:${subject.accountId}`;
  if ("anonymousModelId" in subject) return `model:${subject.anonymousModelId}`;
  return `client:${subject.anonymousClient}`;
}

/** The bucket of a time: whole seconds since the epoch, rounded down (also before 1970). */
function secondOf(at: Date): number {
  return Math.floor(at.getTime() / 1000);
}

/** How a window `at >= since` splits: ledger rows in `[since, edgeEnd)`, buckets from `fromSecond` on. */
export function windowSplit(since: Date): { fromSecond: number; edgeEnd: Date } {
  const fromSecond = Math.ceil(since.getTime() / 1000);
  return { fromSecond, edgeEnd: new Date(fromSecond * 1000) };
}

/** The two parts of a window, summed. Times are those the dialect returns (epoch ms or Date). */
export function combinedUse(buckets: { ms: number; oldest: number | Date | null }, edge: { ms: number; oldest: number | Date | null }): ComputeUse {
  // Edge rows are all before the first bucket's second, so the oldest is the edge's when it has one.
  const oldest = edge.oldest ?? buckets.oldest;
  return { usedMs: Number(edge.ms) + Number(buckets.ms), oldestAt: oldest === null ? null : new Date(oldest) };
}

/** One process's prune schedule: the horizon to set when a write at `at` is due to prune, else undefined. */
export function prunePlanner(): (at: Date) => number | undefined {
  let lastPrunedSecond: number | undefined;
  return (at) => {
    const second = secondOf(at);
    if (lastPrunedSecond !== undefined && Math.abs(second - lastPrunedSecond) < PRUNE_EVERY_SECONDS) return undefined;
    lastPrunedSecond = second;
    return second - BUCKET_RETAIN_SECONDS;
  };
}
