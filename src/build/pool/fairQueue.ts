/**
 * The pool's waiting line, fair across tenants (accounts; anonymous visitors by client address).
 * Jobs are taken round-robin by tenant, so one tenant's hundred queued builds do not delay
 * another's one by a hundred builds; and while another tenant contends for the pool, no tenant
 * holds more than half the slots (at least one), so endless scripts of one account cannot take
 * every slot from the others.
 *
 * "Contends" is a little wider than "waits": a tenant also contends while it has a job running
 * and for `graceMs` after its last job ended, because a client that builds one model after
 * another has, between two requests, nothing queued for a moment. Without the grace a hostile
 * tenant would take the slot in that moment and keep it for a whole time limit.
 */
export interface FairQueueOptions {
  /** Slots of the pool: a contended tenant holds at most half of them, at least one. */
  slots: number;
  /** How long after its last job a tenant still counts as contending. */
  graceMs: number;
}

export interface Taken<T> {
  tenant: string;
  item: T;
}

interface TenantState {
  waiting: number;
  running: number;
  /** When its last job ended (`performance.now()` milliseconds); -Infinity before any. */
  lastEndedAt: number;
}

export class FairQueue<T> {
  readonly #slots: number;
  readonly #graceMs: number;
  /** Tenants with waiting items, in round-robin order (the next to serve first). */
  readonly #waiting = new Map<string, T[]>();
  readonly #tenants = new Map<string, TenantState>();
  #length = 0;

  constructor(options: FairQueueOptions) {
    this.#slots = options.slots;
    this.#graceMs = options.graceMs;
  }

  /** Items waiting, over all tenants. */
  get length(): number {
    return this.#length;
  }

  /** Items `tenant` has waiting. */
  waitingOf(tenant: string): number {
    return this.#waiting.get(tenant)?.length ?? 0;
  }

  /** Jobs `tenant` has running. */
  runningOf(tenant: string): number {
    return this.#tenants.get(tenant)?.running ?? 0;
  }

  push(tenant: string, item: T): void {
    const line = this.#waiting.get(tenant);
    if (line === undefined) this.#waiting.set(tenant, [item]);
    else line.push(item);
    this.#state(tenant).waiting += 1;
    this.#length += 1;
  }

  /**
   * The next item to run on a free slot, counted as running for its tenant until `done`; or
   * undefined when every waiting tenant holds its share already (see `nextChangeAt`).
   */
  take(now: number): Taken<T> | undefined {
    for (const [tenant, line] of this.#waiting) {
      const state = this.#state(tenant);
      if (state.running >= this.#share(tenant, now)) continue;
      const item = line.shift()!;
      this.#waiting.delete(tenant);
      if (line.length > 0) this.#waiting.set(tenant, line);
      state.waiting -= 1;
      state.running += 1;
      this.#length -= 1;
      return { tenant, item };
    }
    return undefined;
  }

  /** `tenant`'s job ended at `now`. */
  done(tenant: string, now: number): void {
    const state = this.#state(tenant);
    state.running = Math.max(0, state.running - 1);
    state.lastEndedAt = now;
    this.#forgetIdle(now);
  }

  /** When a tenant's grace ends, the earliest after `now` (a waiting tenant's share may grow then); undefined if none. */
  nextChangeAt(now: number): number | undefined {
    let earliest: number | undefined;
    for (const state of this.#tenants.values()) {
      const until = state.lastEndedAt + this.#graceMs;
      if (state.waiting === 0 && state.running === 0 && until > now && (earliest === undefined || until < earliest)) earliest = until;
    }
    return earliest;
  }

  /** The tenant with the most items waiting (the first such in round-robin order), if any wait. */
  mostWaiting(): { tenant: string; waiting: number } | undefined {
    let most: { tenant: string; waiting: number } | undefined;
    for (const [tenant, line] of this.#waiting) if (most === undefined || line.length > most.waiting) most = { tenant, waiting: line.length };
    return most;
  }

  /** Removes and returns `tenant`'s newest waiting item (to make room for another tenant's). */
  dropNewest(tenant: string): T | undefined {
    const line = this.#waiting.get(tenant);
    const item = line?.pop();
    if (item === undefined) return undefined;
    if (line!.length === 0) this.#waiting.delete(tenant);
    this.#state(tenant).waiting -= 1;
    this.#length -= 1;
    return item;
  }

  /** Removes `item` from `tenant`'s waiting line (a cancelled request); false when it is not waiting. */
  remove(tenant: string, item: T): boolean {
    const line = this.#waiting.get(tenant);
    const index = line?.indexOf(item) ?? -1;
    if (index === -1) return false;
    line!.splice(index, 1);
    if (line!.length === 0) this.#waiting.delete(tenant);
    this.#state(tenant).waiting -= 1;
    this.#length -= 1;
    return true;
  }

  /** Removes and returns every waiting item, oldest tenant first. */
  drain(): T[] {
    const items = [...this.#waiting.values()].flat();
    for (const tenant of this.#waiting.keys()) this.#state(tenant).waiting = 0;
    this.#waiting.clear();
    this.#length = 0;
    return items;
  }

  /** Slots `tenant` may hold now: all of them unless another tenant contends, then half (at least one). */
  #share(tenant: string, now: number): number {
    for (const [other, state] of this.#tenants) {
      if (other === tenant) continue;
      if (state.waiting > 0 || state.running > 0 || now - state.lastEndedAt < this.#graceMs) return Math.max(1, Math.floor(this.#slots / 2));
    }
    return this.#slots;
  }

  #state(tenant: string): TenantState {
    let state = this.#tenants.get(tenant);
    if (state === undefined) {
      state = { waiting: 0, running: 0, lastEndedAt: Number.NEGATIVE_INFINITY };
      this.#tenants.set(tenant, state);
    }
    return state;
  }

  /** Drops tenants with nothing waiting or running whose grace is over, so memory stays bounded. */
  #forgetIdle(now: number): void {
    for (const [tenant, state] of this.#tenants) {
      if (state.waiting === 0 && state.running === 0 && now - state.lastEndedAt >= this.#graceMs) this.#tenants.delete(tenant);
    }
  }
}
