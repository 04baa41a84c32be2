/**
 * Downloads: how `/build` and `/mcp` charge a built file against the caller's monthly quota.
 * Every file type is one download except the free ones (PNG pictures and PROPS facts), which
 * only the compute budget bounds. One place, so the two doors cannot drift apart.
 */
import { isChargedFormat, type ExportFormat } from "../exporters/index.ts";
import { PartforgeError } from "../shared/errors.ts";
import type { ChargesResult, DownloadCharge, Store } from "../store/index.ts";
import type { Caller } from "./auth.ts";
import type { ServiceMetrics } from "./metrics/index.ts";
import { fulfilled } from "../shared/settled.ts";

/** The model a download is of: a stored model's id, or a sent script's SHA-256. */
export type ChargedScript = { modelId?: string | undefined; scriptHash?: string | undefined };

/** The built file being charged. */
export interface BuiltFile {
  bytes: Uint8Array;
  buildMs: number;
  cache: string;
}

/** A file being charged, by its size (a batch's file, known from its manifest). */
export interface ChargedFile {
  bytes: number;
  buildMs: number;
  cache: string;
}

/** The quota refusal, before a build and at the charge alike. */
export function quotaExceeded(): PartforgeError {
  return new PartforgeError("QUOTA_EXCEEDED", "this account has no downloads left this month: upgrade the plan or wait for next month");
}

/**
 * An early refusal before building a charged type for an account with fewer downloads left than
 * the request may charge (one for a build, one per configuration for a batch): it saves the
 * builds; `chargeDownloads` is the exact check.
 * @throws PartforgeError QUOTA_EXCEEDED
 */
export async function refuseWithoutDownloadsLeft(store: Store, caller: Caller, format: ExportFormat, downloads = 1): Promise<void> {
  if (!isChargedFormat(format)) return;
  // The caller's account was read with its key or session for this request: its quota is current
  // (and its downloads left too, when they were read with the key).
  const remaining = caller.remainingDownloads !== undefined ? caller.remainingDownloads : await store.remainingDownloads(caller.account);
  if (remaining === null || remaining >= downloads) return;
  if (remaining === 0) throw quotaExceeded();
  throw new PartforgeError(
    "QUOTA_EXCEEDED",
    `this account has ${remaining} downloads left this month, fewer than the ${downloads} this request may charge (one per configuration): send fewer, upgrade the plan or wait for next month`,
    { details: { remaining, needed: downloads } },
  );
}

/**
 * Charges one download for a built file of a charged type and counts it in the metrics.
 * @returns the downloads left after it (null: unlimited), or undefined for a free type (nothing charged)
 * @throws PartforgeError QUOTA_EXCEEDED when the account has none left
 */
export async function chargeDownload(deps: { store: Store; metrics: ServiceMetrics }, caller: Caller, script: ChargedScript, format: ExportFormat, file: BuiltFile): Promise<number | null | undefined> {
  return chargeDownloads(deps, caller, script, format, [chargedFileOf(file)]);
}

/**
 * Charges one download per file (a batch's ZIP: each file in it), all of them or none, atomically.
 * @returns the downloads left after them (null: unlimited), or undefined for a free type (nothing charged)
 * @throws PartforgeError QUOTA_EXCEEDED when the account has fewer left than files
 */
export async function chargeDownloads(
  deps: { store: Store; metrics: ServiceMetrics },
  caller: Caller,
  script: ChargedScript,
  format: ExportFormat,
  files: readonly ChargedFile[],
): Promise<number | null | undefined> {
  const charges = downloadChargesOf(caller, script, format, files);
  if (charges === undefined) return undefined;
  if (charges.length === 0) return deps.store.remainingDownloads(caller.account);
  return chargeOutcome(deps, format, charges.length, fulfilled(await deps.store.chargeDownloads(charges)));
}

/** The ledger rows of downloading `files` of `format`: one per file; undefined for a free type (nothing is charged). */
export function downloadChargesOf(caller: Caller, script: ChargedScript, format: ExportFormat, files: readonly ChargedFile[]): DownloadCharge[] | undefined {
  if (!isChargedFormat(format)) return undefined;
  return files.map((file) => ({
    accountId: caller.account.id,
    keyId: caller.key?.id ?? null,
    ...(script.modelId !== undefined ? { modelId: script.modelId } : { scriptHash: script.scriptHash! }),
    type: format,
    bytes: file.bytes,
    buildMs: file.buildMs,
    cacheHit: file.cache === "hit",
  }));
}

/** The charged file of a build result (what `chargeDownload` charges). */
export function chargedFileOf(file: BuiltFile): ChargedFile {
  return { bytes: file.bytes.length, buildMs: file.buildMs, cache: file.cache };
}

/**
 * What the store's answer to a charge of `count` downloads means: the downloads left after them
 * (null: unlimited), counted in the metrics.
 * @throws PartforgeError QUOTA_EXCEEDED when the account had fewer left; the store's own error as it was
 */
export function chargeOutcome(deps: { metrics: ServiceMetrics }, format: ExportFormat, count: number, outcome: PromiseSettledResult<ChargesResult>): number | null {
  if (outcome.status === "rejected") throw outcome.reason;
  const charge = outcome.value;
  if (!charge.ok) {
    if (charge.remaining === 0) throw quotaExceeded();
    throw new PartforgeError("QUOTA_EXCEEDED", `this account has ${charge.remaining} downloads left this month, fewer than the ${count} files of this download (one each): upgrade the plan or wait for next month`, {
      details: { remaining: charge.remaining, needed: count },
    });
  }
  for (let i = 0; i < count; i++) deps.metrics.countDownloadCharged(format);
  return charge.remaining;
}
