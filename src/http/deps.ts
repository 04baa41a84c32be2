/** What the HTTP layer needs from the rest of the system: a store, a build backend, settings. */
import type { BuildBackend, JobRunner, JobRunnerLimits } from "../build/index.ts";
import type { Plan, Store } from "../store/index.ts";
import type { LogSettings } from "./requestLog.ts";
import { DEFAULT_COMPUTE_BUDGETS, type ComputeBudgets } from "./computeBudget.ts";
import type { LoginThrottle } from "./loginThrottle.ts";

export type { BuildBackend } from "../build/index.ts";

export interface ServiceLimits {
  /** Largest request body, bytes (413 beyond). */
  maxBodyBytes: number;
  /** Largest request line plus headers, bytes (431 beyond). */
  maxHeaderBytes: number;
  /** Time to receive a whole request, headers and body, ms (408 beyond). */
  requestTimeoutMs: number;
  /** Largest script, bytes (413 beyond). */
  maxScriptBytes: number;
  /** Builds per key, and per account over all its keys and sessions, per second, sustained; bursts up to `rateBurst`. */
  ratePerSecond: number;
  rateBurst: number;
  /** Largest preview answer (`/api/preview`), bytes: past it the preview is refused and the file is a download. */
  maxPreviewBytes: number;
  /** Slot time per minute per account (by plan) and for anonymous previews. */
  computeBudgets: ComputeBudgets;
  /** Asynchronous builds (`/api/jobs`). */
  jobs: JobLimits;
}

/** How long jobs live, how many an account may have in progress, how long their builds may take, and how large a batch may be. */
export interface JobLimits {
  /** How long a finished job and its file are kept (then 404), ms. */
  retentionMs: number;
  /** Queued and running jobs per account at once (429 JOB_LIMIT beyond). */
  maxUnfinishedPerAccount: number;
  /** An asynchronous build's time limit by plan, ms (a synchronous one has the pool's, 30 s by default); at most 10 minutes. Each build of a batch has it too. */
  timeoutMsByPlan: Readonly<Record<Plan, number>>;
  /** Configurations one batch (`POST /api/batches`) may have (400 beyond). */
  maxBatchConfigurations: number;
}

export const DEFAULT_JOB_LIMITS: JobLimits = Object.freeze({
  retentionMs: 60 * 60_000,
  maxUnfinishedPerAccount: 8,
  timeoutMsByPlan: Object.freeze({ evaluation: 2 * 60_000, enterprise: 10 * 60_000 }),
  maxBatchConfigurations: 50,
});

export const DEFAULT_LIMITS: ServiceLimits = {
  maxBodyBytes: 1024 * 1024,
  maxHeaderBytes: 16 * 1024,
  requestTimeoutMs: 30_000,
  maxScriptBytes: 256 * 1024,
  ratePerSecond: 10,
  rateBurst: 40,
  maxPreviewBytes: 8 * 1024 * 1024,
  computeBudgets: DEFAULT_COMPUTE_BUDGETS,
  jobs: DEFAULT_JOB_LIMITS,
};

/** Makes the runner of asynchronous jobs, for the context the jobs routes keep (plain JSON). */
export type JobRunnerFactory = <Context>(limits: JobRunnerLimits) => JobRunner<Context>;

export interface AppDeps {
  store: Store;
  backend: BuildBackend;
  /** Where asynchronous jobs live: this process's memory when absent (`InProcessJobRunner`); Redis in queue mode, so every node sees every job. */
  jobRunners?: JobRunnerFactory;
  limits?: Partial<ServiceLimits>;
  /** `--public-url`: where clients reach the service (the `servers` of /openapi.json); else each request's own origin. */
  publicUrl?: string;
  /** Always send `Secure` cookies (the public URL is https); otherwise they are when a request came over https. */
  secureCookies?: boolean;
  /** The request log; none when absent. */
  logger?: LogSettings;
  /** Trust one reverse proxy's `X-Forwarded-For`/`-Proto` (client address, https); off by default. */
  trustProxy?: boolean;
  /** `PARTFORGE_ADMIN_TOKEN`: a Bearer token that may see operator details (`/health`). */
  adminToken?: string;
  /** Log-in throttling; a default one when omitted (tests pass one with a fixed clock). */
  loginThrottle?: LoginThrottle;
}
