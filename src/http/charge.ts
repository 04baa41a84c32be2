/**
 * Downloads: how `/build` and `/mcp` charge a built file against the caller's monthly quota.
 * Every file type is one download except the free ones (PNG pictures and PROPS facts), which
 * only the compute budget bounds. One place, so the two doors cannot drift apart.
 */
import { isChargedFormat, type ExportFormat } from "../exporters/index.ts";
import { PartforgeError } from "../shared/errors.ts";
import type { Store } from "../store/index.ts";
import type { Caller } from "./auth.ts";
import type { ServiceMetrics } from "./metrics/index.ts";

/** The model a download is of: a stored model's id, or a sent script's SHA-256. */
export type ChargedScript = { modelId?: string | undefined; scriptHash?: string | undefined };

/** The built file being charged. */
export interface ChargedFile {
  bytes: Uint8Array;
  buildMs: number;
  cache: string;
}

/** The quota refusal, before a build and at the charge alike. */
export function quotaExceeded(): PartforgeError {
  return new PartforgeError("QUOTA_EXCEEDED", "this account has no downloads left this month: upgrade the plan or wait for next month");
}

/**
 * An early refusal before building a charged type for an account with no downloads left (it
 * saves the build); `chargeDownload` is the exact check.
 * @throws PartforgeError QUOTA_EXCEEDED
 */
export async function refuseWithoutDownloadsLeft(store: Store, caller: Caller, format: ExportFormat): Promise<void> {
  if (isChargedFormat(format) && (await store.remainingDownloads(caller.account.id)) === 0) throw quotaExceeded();
}

/**
 * Charges one download for a built file of a charged type and counts it in the metrics.
 * @returns the downloads left after it (null: unlimited), or undefined for a free type (nothing charged)
 * @throws PartforgeError QUOTA_EXCEEDED when the account has none left
 */
export async function chargeDownload(
  deps: { store: Store; metrics: ServiceMetrics },
  caller: Caller,
  script: ChargedScript,
  format: ExportFormat,
  file: ChargedFile,
): Promise<number | null | undefined> {
  if (!isChargedFormat(format)) return undefined;
  const charge = await deps.store.chargeDownload({
    accountId: caller.account.id,
    keyId: caller.key?.id ?? null,
    ...(script.modelId !== undefined ? { modelId: script.modelId } : { scriptHash: script.scriptHash! }),
    type: format,
    bytes: file.bytes.length,
    buildMs: file.buildMs,
    cacheHit: file.cache === "hit",
  });
  if (!charge.ok) throw quotaExceeded();
  deps.metrics.countDownloadCharged(format);
  return charge.remaining;
}
