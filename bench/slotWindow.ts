/**
 * A CPU window over one or more builds that must all run in one slot process, read from outside
 * the slot (`/proc`, its main thread): it opens on a ready slot — at rest (./quietSlot.ts), or at
 * once where a bench measures the slot as a pause left it — and closes at the last build's reply,
 * read from the same process. It also says when the builds did not all run in that slot, so the
 * bench drops or redoes the sample instead of printing another process's CPU:
 *
 * - no ready slot when it opened: a replacement was starting, and the window would hold its warm-up;
 * - the slot was replaced between two of the window's builds (a build retired it: its WebAssembly
 *   memory past the recycle mark, its build count, a crash), so the later builds ran in the
 *   replacement, after its warm-up, while the window reads the old process;
 * - a build ran again in a new slot (the pool's memory retry, src/build/pool/slotScheduler.ts):
 *   the reply is the new slot's run, the window holds the failed first one;
 * - the slot's process could not be read at the reply (it had ended).
 *
 * A slot retired after the window's last reply is no swap: its process is still there when the
 * reply arrives, and the reading is taken then. The pool's first slot (`health().slots[0]`), which
 * the benches once read, is none of this: after a retirement it is the retiring process or the
 * starting replacement.
 */
import { readySlot, settledReading, slotCpuMs, slotProcess, type HealthView, type SlotView, type WindowPool } from "./quietSlot.ts";

/** Where a window opened: the ready slot then (undefined: none) and the pool's job count. */
export interface WindowStart {
  slot: SlotView | undefined;
  poolServed: number | undefined;
}

const NO_READY_SLOT = "no ready slot when the window opened (a replacement was starting: the window would hold its warm-up)";

/** Why the next build (after `built` of the window's) would not run in the window's slot; undefined when it would. */
export function swapBeforeBuild(start: WindowStart, health: HealthView, built: number): string | undefined {
  if (start.slot === undefined) return NO_READY_SLOT;
  const now = health.slots.find((slot) => slot.id === start.slot!.id);
  if (now === undefined || readySlot({ slots: [now] }) === undefined) return `slot ${start.slot.id} was replaced after build ${built} of the window (${now?.state ?? "gone"}): the rest would run in another process`;
  if (now.buildsServed - start.slot.buildsServed !== built) return `slot ${start.slot.id} served ${now.buildsServed - start.slot.buildsServed} jobs over the window's first ${built} builds`;
  return undefined;
}

/** Why the window's `builds` builds, closed with the slot's CPU reading `cpuAfterMs`, did not all run in its slot; undefined when they did. */
export function swapAtClose(start: WindowStart, health: HealthView, builds: number, cpuAfterMs: number): string | undefined {
  if (start.slot === undefined) return NO_READY_SLOT;
  if (start.poolServed !== undefined && health.buildsServed !== undefined && health.buildsServed - start.poolServed !== builds) {
    return `the pool's slots ran ${health.buildsServed - start.poolServed} jobs for the window's ${builds} builds: a build ran again in a new slot (memory retry)`;
  }
  const now = health.slots.find((slot) => slot.id === start.slot!.id);
  if (now !== undefined && now.buildsServed - start.slot.buildsServed !== builds) return `slot ${start.slot.id} served ${now.buildsServed - start.slot.buildsServed} of the window's ${builds} builds`;
  if (start.slot.pid !== undefined && !Number.isFinite(cpuAfterMs)) return `slot ${start.slot.id}'s process had ended before its CPU could be read at the reply`;
  return undefined;
}

/**
 * One window: `beforeBuild()` before each of its builds, `close()` at the last reply. Its CPU
 * is NaN when not measured (off Linux, no slot process) and when `swap` says why it is wrong.
 */
export class SlotWindow {
  readonly #pool: WindowPool;
  readonly #start: WindowStart;
  /** The slot's Node process (undefined off Linux or when /proc cannot tell). */
  readonly pid: number | undefined;
  readonly cpuBeforeMs: number;
  #builds = 0;
  #swap: string | undefined;

  private constructor(pool: WindowPool, start: WindowStart, pid: number | undefined, cpuBeforeMs: number) {
    this.#pool = pool;
    this.#start = start;
    this.pid = pid;
    this.cpuBeforeMs = cpuBeforeMs;
  }

  /** Opens on a ready slot at rest: a replacement has warmed up, the last job's post-reply work is done (./quietSlot.ts). */
  static async quiet(pool: WindowPool): Promise<SlotWindow> {
    await pool.warm();
    const read = SlotWindow.#mark(pool);
    const pid = slotProcess(read.slot);
    const { value } = await settledReading(() => slotCpuMs(pid));
    // Marked again once the reading has settled; a slot other than the one read is no window.
    const start = SlotWindow.#mark(pool);
    return new SlotWindow(pool, start.slot?.id === read.slot?.id ? start : { ...start, slot: undefined }, pid, value);
  }

  /** Opens at once, on the slot as it is (a bench that measures the slot's first build after a pause). */
  static now(pool: WindowPool): SlotWindow {
    const start = SlotWindow.#mark(pool);
    const pid = slotProcess(start.slot);
    return new SlotWindow(pool, start, pid, slotCpuMs(pid));
  }

  static #mark(pool: WindowPool): WindowStart {
    const health = pool.health();
    const slot = readySlot(health);
    return { slot: slot === undefined ? undefined : { ...slot }, poolServed: health.buildsServed };
  }

  /** The id of the slot the window reads (undefined: no slot was ready). */
  get slotId(): number | undefined {
    return this.#start.slot?.id;
  }

  /** Why the window is wrong so far (undefined: it is not). */
  get swap(): string | undefined {
    return this.#swap;
  }

  /** Before each build of the window: notes a swap when the build would not run in the window's slot. */
  beforeBuild(): void {
    this.#swap ??= swapBeforeBuild(this.#start, this.#pool.health(), this.#builds);
    this.#builds += 1;
  }

  /** At the last build's reply: the slot main thread's CPU over the window, and why it is wrong, if it is (then NaN). */
  close(): { cpuMs: number; swap: string | undefined } {
    const after = slotCpuMs(this.pid);
    this.#swap ??= swapAtClose(this.#start, this.#pool.health(), this.#builds, after);
    return { cpuMs: this.#swap === undefined ? after - this.cpuBeforeMs : Number.NaN, swap: this.#swap };
  }
}
