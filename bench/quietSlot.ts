/**
 * The start of a build's CPU window, read from outside its slot (`/proc`, the slot's main thread):
 * taken only once the slot has nothing else to do, so the window holds the build's own work.
 *
 * Why (issue 15, measured on examples-cycloidal-gear, STEP then STL, pool of one slot, no spare):
 * most STL builds took the kernel's memory past the pool's recycle threshold (`wasmRecycleBytes`),
 * so the pool retired the slot after its reply and started a replacement. The next STEP build's
 * "before" reading was then taken from the replacement while it was still starting (health:
 * `["starting"]`), and the window held its warm-up: 3,061 ms of main-thread CPU against 1,015 ms
 * in the slot for the build (the native bench printed a median of 1,409 ms of CPU against 677 ms in
 * the slot; with --runs 5: 1,299 ms with the old window, 468 ms with this one). A slot's own post-reply work (memory readings, the next compartments 2 ms after the
 * reply, `src/build/pool/slot/main.ts`) measured 0.1-3.6 ms of CPU, which the poll below also
 * keeps out. The service has spare slots; the benches run with none, so a replacement's warm-up
 * would otherwise be on the measured build's path.
 */
import { nodeProcessUnder, threadCpuMs } from "./procStat.ts";

export interface SettleOptions {
  /** How often the reading is taken. */
  pollMs: number;
  /**
   * How long the reading must stay unchanged. Longer than a scheduler tick (≤ 10 ms on Linux),
   * because a running thread's schedstat moves only at ticks and scheduling events.
   */
  quietMs: number;
  /** Give up waiting after this long and return the last reading (a slot that never rests). */
  maxMs: number;
}

export const SETTLE: SettleOptions = { pollMs: 2, quietMs: 12, maxMs: 500 };

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: Clock = { now: () => performance.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

/**
 * Polls a CPU reading until it has not moved for `quietMs` (or `maxMs` passed), and returns that
 * reading; `settled` says which. A reading that fails (NaN) is returned at once: nothing to wait for.
 */
export async function settledReading(read: () => number, options: SettleOptions = SETTLE, clock: Clock = realClock): Promise<{ value: number; settled: boolean }> {
  const started = clock.now();
  let value = read();
  let since = started;
  for (;;) {
    if (!Number.isFinite(value)) return { value, settled: false };
    if (clock.now() - since >= options.quietMs) return { value, settled: true };
    if (clock.now() - started >= options.maxMs) return { value, settled: false };
    await clock.sleep(options.pollMs);
    const next = read();
    if (next !== value) {
      value = next;
      since = clock.now();
    }
  }
}

/** A slot main thread's CPU so far, in ms; NaN when it cannot be read (off Linux, the process ended). */
export function slotCpuMs(pid: number | undefined): number {
  try {
    return pid === undefined ? Number.NaN : threadCpuMs(pid);
  } catch {
    return Number.NaN;
  }
}

/** What a window needs of a pool's health (this checkout's pool or a base checkout's: ./compare/side.ts). */
export interface SlotView {
  id: number;
  pid: number | undefined;
  state: string;
  buildsServed: number;
}
export interface HealthView {
  /** Jobs the pool's slots answered (a memory retry's failed first run counts too); absent in old versions. */
  buildsServed?: number;
  slots: readonly SlotView[];
}
export interface WindowPool {
  warm(): Promise<void>;
  health(): HealthView;
}

const READY = new Set(["idle", "busy"]);

/** The pool's first slot in service (not starting, retiring or gone). */
export function readySlot<Slot extends SlotView>(health: { slots: readonly Slot[] }): Slot | undefined {
  return health.slots.find((slot) => READY.has(slot.state));
}

/** The Node process of a slot (the pool reports the wrapper it spawned), or undefined off Linux or when /proc cannot tell. */
export function slotProcess(slot: SlotView | undefined): number | undefined {
  if (process.platform !== "linux" || slot?.pid === undefined) return undefined;
  try {
    return nodeProcessUnder(slot.pid);
  } catch {
    return undefined;
  }
}
