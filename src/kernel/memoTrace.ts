/**
 * The optional trace of one build's memoized calls (the customizer benches' `--breakdown`): what
 * each call did and its own wall time. A build without a trace times nothing beyond what the memo
 * needs.
 */

/**
 * What a memoized call did: taken from the memo (`hit`), computed and kept (`miss`), computed and
 * not kept for using less CPU than `keepMinMs` (`notKept`), computed because an input had no key
 * (`unkeyed`), or computed because this build already holds the shape under that key (`repeat`).
 */
export type MemoOutcome = "hit" | "miss" | "notKept" | "unkeyed" | "repeat";

/** One memoized call of a traced build: its kind (an operation's, `export <format>` or `fact <name>`), what it did, and its own wall time. */
export interface MemoTraceRecord {
  kind: string;
  outcome: MemoOutcome;
  /** Wall ms of the call less the traced calls nested in it (a hit's time is taking the shape out). */
  ms: number;
}

/** Records one build's memoized calls into `records`, each with its own time. */
export class MemoTrace {
  readonly #records: MemoTraceRecord[];
  /** Time (ms) the traced calls nested in the one now running took, so each record holds its own time only. */
  #nestedMs = 0;

  constructor(records: MemoTraceRecord[]) {
    this.#records = records;
  }

  /** `run()` (one memoized call) recorded under `kind` with its own time and what it did, read from `outcome()` when it returns. */
  record<T>(kind: string, run: () => T, outcome: () => MemoOutcome): T {
    const outer = this.#nestedMs;
    this.#nestedMs = 0;
    const started = performance.now();
    try {
      return run();
    } finally {
      const ms = performance.now() - started;
      this.#records.push({ kind, outcome: outcome(), ms: ms - this.#nestedMs });
      this.#nestedMs = outer + ms;
    }
  }
}
