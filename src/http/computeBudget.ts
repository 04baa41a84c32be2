/**
 * Compute budgets: every run in a build slot (a build, the describe run of a model save, a
 * preview), successful or not, is charged to whoever asked for it in the store's compute ledger,
 * and nobody may use more slot time per minute than their budget. An account pays for its own
 * runs (per plan); an anonymous preview is charged to the budget of its client address and to
 * the anonymous budget of the model — never to the model's owner.
 */
import { PartforgeError, type ErrorData } from "../shared/errors.ts";
import type { Account, ChargesResult, ComputeCharge, ComputeKind, ComputeSubject, ComputeUse, DownloadCharge, Plan, Store } from "../store/index.ts";
import { fulfilled, rejected } from "../shared/settled.ts";

/** Slot milliseconds per minute. */
export interface ComputeBudgets {
  /** Per account, by plan. */
  perPlanMs: Readonly<Record<Plan, number>>;
  /** Anonymous previews from one client address. */
  anonymousPerClientMs: number;
  /** Anonymous previews of one model, from all addresses together. */
  anonymousPerModelMs: number;
}

/** The budgets of README "Limits": an evaluation account may keep one slot busy, an enterprise account four. */
export const DEFAULT_COMPUTE_BUDGETS: ComputeBudgets = Object.freeze({
  perPlanMs: Object.freeze({ evaluation: 30_000, enterprise: 240_000 }),
  anonymousPerClientMs: 10_000,
  anonymousPerModelMs: 30_000,
});

/** Who pays for a run: a calling account, or an anonymous visitor previewing a model. */
export type Payer = { account: Account; keyId: string | null } | { clientAddress: string; modelId: string };

/** A run's result as backends report it: success or an error, and the slot time to charge. */
interface MeteredResult {
  ok: boolean;
  computeMs: number;
  error?: ErrorData;
}

/** An admitted run, not started yet: `run` runs `work` with the payer's tenant and charges its slot time. */
export interface AdmittedRun {
  run<R extends MeteredResult>(work: (tenant: string, beforeRun: () => ErrorData | undefined) => Promise<R>): Promise<R>;
  /**
   * `run`, then the downloads `downloadsOf(result)` names (none: undefined) charged right after
   * its slot time and committed with it (`Store.recordComputeThenCharge`: one commit, not two);
   * the charge's outcome is settled, not thrown (undefined when nothing was charged).
   */
  runThenCharge<R extends MeteredResult>(
    work: (tenant: string, beforeRun: () => ErrorData | undefined) => Promise<R>,
    downloadsOf: (result: R) => readonly DownloadCharge[] | undefined,
  ): Promise<{ result: R; charge: PromiseSettledResult<ChargesResult> | undefined }>;
}

const WINDOW_MS = 60_000;

/** A subject's charges of the last minute, in the order they were made; `inTimeOrder` while no clock step back has put one before the last. */
interface RecentCharges {
  charges: Array<{ at: number; ms: number }>;
  inTimeOrder: boolean;
}

/**
 * An account's compute over the budget's window, read by the store with its API key
 * (`Store.authenticateKey(…, { computeSince })`: on PostgreSQL one round trip, not two) for `admit` to use instead
 * of reading it again. Good for one admission, right after the read: a later run reads its own.
 */
export interface ComputeRead {
  /** The window's start it was read for (`ComputeBudget.windowStart()` at the read). */
  since: Date;
  use: ComputeUse;
}

interface Subject {
  subject: ComputeSubject;
  /** In-process key of the subject, for runs still in progress. */
  key: string;
  budgetMs: number;
  /** Whose budget, for the message: "this account", "anonymous previews from this address", … */
  whose: string;
}

export class ComputeBudget {
  readonly #store: Store;
  readonly #budgets: ComputeBudgets;
  readonly #now: () => number;
  /** Start times of this process's runs in progress, per subject key. */
  readonly #inFlight = new Map<string, Map<number, number>>();
  /** What this process charged in the last minute, per subject key (in the order charged): seen before the store is asked again. */
  readonly #recent = new Map<string, RecentCharges>();
  #nextRun = 1;

  constructor(store: Store, budgets: ComputeBudgets = DEFAULT_COMPUTE_BUDGETS, now: () => number = Date.now) {
    this.#store = store;
    this.#budgets = budgets;
    this.#now = now;
  }

  /** The start of the window a payer's compute is summed over, now (for a `ComputeRead`). */
  windowStart(): Date {
    return new Date(this.#now() - WINDOW_MS);
  }

  /** The build pool's tenant of a payer: the account, or the anonymous client address. */
  tenantOf(payer: Payer): string {
    return "account" in payer ? `account:${payer.account.id}` : `client:${payer.clientAddress}`;
  }

  /**
   * Admits the run when the payer has budget left over the last minute (runs in progress count
   * with their time so far), runs it with the payer's tenant, and charges its slot time. `work`
   * gets a `beforeRun` check for the pool to ask when the run leaves the queue: what was charged
   * while it waited (say, the payer's earlier endless scripts) may have used the budget up.
   * `read`: the account payer's compute as the store just read it (see `admit`).
   * @throws PartforgeError COMPUTE_LIMITED (429, `retryAfterSeconds`) when the budget is used up.
   */
  async metered<R extends MeteredResult>(
    payer: Payer,
    run: { kind: ComputeKind; modelId?: string },
    work: (tenant: string, beforeRun: () => ErrorData | undefined) => Promise<R>,
    read?: ComputeRead,
  ): Promise<R> {
    return (await this.admit(payer, run, read)).run(work);
  }

  /** `metered`, with the downloads of its result charged right after its slot time (see `AdmittedRun.runThenCharge`). */
  async meteredThenCharged<R extends MeteredResult>(
    payer: Payer,
    run: { kind: ComputeKind; modelId?: string },
    work: (tenant: string, beforeRun: () => ErrorData | undefined) => Promise<R>,
    downloadsOf: (result: R) => readonly DownloadCharge[] | undefined,
    read?: ComputeRead,
  ): Promise<{ result: R; charge: PromiseSettledResult<ChargesResult> | undefined }> {
    return (await this.admit(payer, run, read)).runThenCharge(work, downloadsOf);
  }

  /**
   * `metered` in two steps, for a run that starts later (an asynchronous job): admission now,
   * the run (and its charge) when the returned `run` is called. `read`: the account payer's
   * compute as the store just read it with its key, used instead of reading it again.
   * @throws PartforgeError COMPUTE_LIMITED (429, `retryAfterSeconds`) when the budget is used up.
   */
  async admit(payer: Payer, run: { kind: ComputeKind; modelId?: string }, read?: ComputeRead): Promise<AdmittedRun> {
    const subjects = this.#subjectsOf(payer);
    // Admitted as of the store's read: what this process charged after it counts in beforeRun.
    const admittedAt = read !== undefined && "account" in payer ? read.since.getTime() + WINDOW_MS : this.#now();
    const usedAtAdmission = new Map<string, number>();
    for (const subject of subjects) {
      const stored = read !== undefined && "account" in payer ? { ...read.use, chargedSince: this.#chargedSince(subject.key, admittedAt) } : undefined;
      usedAtAdmission.set(subject.key, await this.#admit(subject, stored));
    }
    const beforeRun = () => {
      for (const subject of subjects) {
        const used = usedAtAdmission.get(subject.key)! + this.#chargedSince(subject.key, admittedAt);
        if (used >= subject.budgetMs) return this.#refusal(subject, used, this.#now() + WINDOW_MS).toData();
      }
      return undefined;
    };
    const tracked = async <R extends MeteredResult>(work: (tenant: string, beforeRun: () => ErrorData | undefined) => Promise<R>): Promise<R> => {
      const id = this.#nextRun++;
      for (const { key } of subjects) this.#track(key, id);
      try {
        return await work(this.tenantOf(payer), beforeRun);
      } finally {
        for (const { key } of subjects) this.#untrack(key, id);
      }
    };
    /** The ledger entry of a finished run with slot time to charge (remembered here too); undefined for none. */
    const chargeOf = (result: MeteredResult): ComputeCharge | undefined => {
      if (!(result.computeMs > 0)) return undefined;
      for (const { key } of subjects) this.#remember(key, result.computeMs);
      return {
        ...("account" in payer ? { accountId: payer.account.id, keyId: payer.keyId } : { accountId: null, clientAddress: payer.clientAddress }),
        ...(run.modelId !== undefined ? { modelId: run.modelId } : "modelId" in payer ? { modelId: payer.modelId } : {}),
        kind: run.kind,
        outcome: result.ok ? "ok" : (result.error?.code ?? "INTERNAL"),
        computeMs: result.computeMs,
      };
    };
    return {
      run: async (work) => {
        const result = await tracked(work);
        const charge = chargeOf(result);
        if (charge !== undefined) await this.#store.recordCompute(charge);
        return result;
      },
      runThenCharge: async (work, downloadsOf) => {
        const result = await tracked(work);
        const charge = chargeOf(result);
        const downloads = downloadsOf(result);
        if (downloads === undefined) {
          if (charge !== undefined) await this.#store.recordCompute(charge);
          return { result, charge: undefined };
        }
        if (charge !== undefined) return { result, charge: (await this.#store.recordComputeThenCharge(charge, downloads)).charge };
        return { result, charge: await this.#store.chargeDownloads(downloads).then(fulfilled, rejected) };
      },
    };
  }

  #subjectsOf(payer: Payer): Subject[] {
    if ("account" in payer) {
      const { account } = payer;
      return [{ subject: { accountId: account.id }, key: `account:${account.id}`, budgetMs: this.#budgets.perPlanMs[account.plan], whose: `this account (${account.plan} plan)` }];
    }
    return [
      { subject: { anonymousClient: payer.clientAddress }, key: `client:${payer.clientAddress}`, budgetMs: this.#budgets.anonymousPerClientMs, whose: "anonymous previews from this address" },
      { subject: { anonymousModelId: payer.modelId }, key: `model:${payer.modelId}`, budgetMs: this.#budgets.anonymousPerModelMs, whose: "anonymous previews of this model" },
    ];
  }

  /**
   * The subject's charges over the last minute (from the store, or as `stored` it was read just
   * before, with what this process charged since); throws COMPUTE_LIMITED when they and its runs
   * in progress reach the budget.
   */
  async #admit(subject: Subject, stored?: ComputeUse & { chargedSince: number }): Promise<number> {
    const now = this.#now();
    const { usedMs, oldestAt } = stored ?? (await this.#store.computeUsed(subject.subject, new Date(now - WINDOW_MS)));
    const running = [...(this.#inFlight.get(subject.key)?.values() ?? [])];
    const inProgressMs = running.reduce((sum, startedAt) => sum + (now - startedAt), 0) + (stored?.chargedSince ?? 0);
    if (usedMs + inProgressMs < subject.budgetMs) return usedMs;
    // The oldest charge leaves the window first; a run in progress ends within its time limit.
    throw this.#refusal(subject, usedMs + inProgressMs, oldestAt === null ? now + WINDOW_MS : oldestAt.getTime() + WINDOW_MS);
  }

  #refusal({ budgetMs, whose }: Subject, usedMs: number, freesAt: number): PartforgeError {
    const retryAfterSeconds = Math.max(1, Math.ceil((freesAt - this.#now()) / 1000));
    return new PartforgeError(
      "COMPUTE_LIMITED",
      `${whose} has used its compute budget of ${budgetMs / 1000} s of build time per minute (failed and timed-out builds count too); retry after the Retry-After seconds`,
      { details: { retryAfterSeconds, budgetMsPerMinute: budgetMs, usedMs: Math.round(usedMs) } },
    );
  }

  /**
   * Slot milliseconds this process charged to the subject after `since`, summed oldest first. While
   * the clock has not gone back, the list is in time order and those charges are its tail: only
   * they are read (every admission asks, twice, and a busy account's list holds the minute's
   * runs); otherwise the whole list is.
   */
  #chargedSince(key: string, since: number): number {
    const recent = this.#recent.get(key);
    if (recent === undefined) return 0;
    const { charges } = recent;
    let first = 0;
    if (recent.inTimeOrder) {
      first = charges.length;
      while (first > 0 && charges[first - 1]!.at > since) first--;
    }
    let sum = 0;
    for (let i = first; i < charges.length; i++) if (charges[i]!.at > since) sum += charges[i]!.ms;
    return sum;
  }

  #remember(key: string, ms: number): void {
    const now = this.#now();
    let recent = this.#recent.get(key);
    if (recent === undefined) {
      recent = { charges: [], inTimeOrder: true };
      this.#recent.set(key, recent);
    }
    const { charges } = recent;
    // Oldest first: what left the window is at the front (dropped in place, not by copying the list per run).
    let expired = 0;
    while (expired < charges.length && now - charges[expired]!.at >= WINDOW_MS) expired++;
    if (expired > 0) charges.splice(0, expired);
    if (charges.length === 0) recent.inTimeOrder = true;
    else if (charges[charges.length - 1]!.at > now) recent.inTimeOrder = false;
    charges.push({ at: now, ms });
    // Forget subjects with nothing in the window, so memory stays bounded by the last minute's payers.
    if (this.#recent.size > 1000) {
      for (const [other, list] of this.#recent) if (list.charges.every((charge) => now - charge.at >= WINDOW_MS)) this.#recent.delete(other);
    }
  }

  #track(key: string, id: number): void {
    let runs = this.#inFlight.get(key);
    if (runs === undefined) {
      runs = new Map();
      this.#inFlight.set(key, runs);
    }
    runs.set(id, this.#now());
  }

  #untrack(key: string, id: number): void {
    const runs = this.#inFlight.get(key);
    runs?.delete(id);
    if (runs?.size === 0) this.#inFlight.delete(key);
  }
}
