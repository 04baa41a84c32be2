/**
 * Group commit: writes asked for in the same turn of the event loop share one SQLite transaction.
 * A commit is one WAL append however many rows it holds, so sixteen concurrent downloads cost one
 * commit instead of sixteen (measured: ~45 µs per row alone, ~10 µs per row in groups of 16).
 *
 * Nothing is promised before it is durable: each caller's promise settles only after the shared
 * transaction has committed. Each write runs in its own savepoint, so one write that throws
 * (say, a foreign key that vanished) rolls back alone and rejects only its own caller. Writes run
 * in the order they were asked for, inside one `BEGIN IMMEDIATE`, so a check-then-insert such as
 * a quota sees every earlier write of the group.
 *
 * A group of one write (every write of a quiet service) runs as the transaction itself, without
 * the savepoint: its rollback on a throw is the savepoint's, and nothing else is in the group to
 * keep. (Measured, one ledger-like insert, raw better-sqlite3: 9.6 → 8.4 µs back to back, 126 →
 * 107 µs after 10 ms idle, when the code is cold: the savepoint's SAVEPOINT and RELEASE.)
 */
import type { Transaction } from "better-sqlite3";
import type { SqliteDatabase } from "./sqliteHandles.ts";

interface Pending<I, O> {
  input: I;
  resolve(output: O): void;
  reject(error: unknown): void;
}

type Outcome<O> = { ok: true; output: O } | { ok: false; error: unknown };

export interface GroupCommit<I, O> {
  /** Queues `input`; resolves with the write's result once its group has committed. */
  run(input: I): Promise<O>;
  /** Commits whatever is queued now, synchronously (before closing the database). */
  flush(): void;
}

/** Groups calls of `write` (a synchronous function of the connection's statements) into shared transactions. */
export function groupCommit<I, O>(db: SqliteDatabase, write: (input: I) => O): GroupCommit<I, O> {
  const one: Transaction<(input: I) => O> = db.transaction(write);
  // Called inside the outer transaction, `one` runs as a savepoint.
  const all = db.transaction((inputs: readonly I[]): Array<Outcome<O>> =>
    inputs.map((input) => {
      try {
        return { ok: true, output: one(input) };
      } catch (error) {
        return { ok: false, error };
      }
    }),
  );
  let queue: Array<Pending<I, O>> = [];
  let scheduled = false;

  function flush(): void {
    scheduled = false;
    const group = queue;
    queue = [];
    if (group.length === 0) return;
    if (group.length === 1) {
      const [pending] = group as [Pending<I, O>];
      let output: O;
      try {
        output = one.immediate(pending.input);
      } catch (error) {
        pending.reject(error);
        return;
      }
      pending.resolve(output);
      return;
    }
    let outcomes: Array<Outcome<O>>;
    try {
      outcomes = all.immediate(group.map((pending) => pending.input));
    } catch (error) {
      for (const pending of group) pending.reject(error);
      return;
    }
    group.forEach((pending, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) pending.resolve(outcome.output);
      else pending.reject(outcome.error);
    });
  }

  return {
    run(input) {
      return new Promise<O>((resolve, reject) => {
        queue.push({ input, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
    flush,
  };
}
