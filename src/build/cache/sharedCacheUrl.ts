/**
 * `--cache URL`: the shared tier behind each node's memory cache, and the leases that make
 * single flight hold across nodes.
 * - `file:///mnt/partforge-cache[?max-bytes=20GiB]`: a directory every node mounts; lock files
 *   in it are the leases.
 * - `s3://bucket[/prefix][?endpoint=URL&region=R&path-style=true|false]`: an S3-compatible
 *   bucket; the rest of the SDK's settings come from its standard environment and config files.
 *   Leases live in Redis (`lockUrl`, i.e. `--cache-lock` or `REDIS_URL`); without one, single
 *   flight holds per node only (a warning says so).
 */
import { fileURLToPath } from "node:url";
import { isAbsolute } from "node:path";
import { PartforgeError } from "../../shared/errors.ts";
import type { LeaseProvider, SharedCache } from "./cacheTier.ts";
import { DirectoryLeases } from "./directoryLeases.ts";
import { SharedDirTier } from "./sharedDirTier.ts";

export interface SharedCacheSettings {
  /** Redis for leases with an S3 tier: `redis://…` or `rediss://…`. */
  lockUrl?: string | undefined;
  log?: (level: "info" | "warn" | "error", message: string) => void;
}

const GIB = 1024 ** 3;
export const DEFAULT_SHARED_DIR_BYTES = 20 * GIB;
const UNITS: Record<string, number> = { "": 1, b: 1, kib: 1024, mib: 1024 ** 2, gib: GIB, tib: 1024 * GIB, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12 };

/**
 * The shared tier a `--cache` URL names, checked and ready (S3 reachability is only warned about,
 * so a node can start while its store is away).
 * @throws PartforgeError USAGE for a URL that names no usable tier, with what to write instead.
 * @example const shared = await openSharedCache("file:///mnt/partforge-cache?max-bytes=50GiB");
 */
export async function openSharedCache<M>(url: string, settings: SharedCacheSettings = {}): Promise<SharedCache<M>> {
  const log = settings.log ?? (() => undefined);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw usage(`--cache must be a URL (file:///path or s3://bucket/prefix); got ${JSON.stringify(url)}`);
  }
  if (parsed.protocol === "file:") return openDirectory(parsed, url);
  if (parsed.protocol === "s3:") return openBucket(parsed, settings.lockUrl, log);
  throw usage(`--cache must be a file:// or s3:// URL; got ${JSON.stringify(url)}`);
}

async function openDirectory<M>(parsed: URL, url: string): Promise<SharedCache<M>> {
  const options = queryOptions(parsed, ["max-bytes"]);
  if (parsed.hostname !== "" && parsed.hostname !== "localhost") {
    throw usage(`--cache file URLs name a directory on this machine (mount the share first): file:///mnt/… ; got ${JSON.stringify(url)}`);
  }
  const dir = fileURLToPath(new URL(`file://${parsed.pathname}`));
  if (!isAbsolute(dir) || parsed.pathname === "/") throw usage(`--cache file:// needs an absolute directory other than /; got ${JSON.stringify(url)}`);
  const maxBytes = options["max-bytes"] === undefined ? DEFAULT_SHARED_DIR_BYTES : byteSize(options["max-bytes"]);
  const tier = new SharedDirTier<M>(dir, { maxBytes });
  await probeDirectory(tier, dir);
  return { tier, leases: new DirectoryLeases(dir) };
}

async function openBucket<M>(parsed: URL, lockUrl: string | undefined, log: NonNullable<SharedCacheSettings["log"]>): Promise<SharedCache<M>> {
  const options = queryOptions(parsed, ["endpoint", "region", "path-style"]);
  const bucket = parsed.hostname;
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) throw usage(`--cache s3:// needs a bucket name (3–63 lowercase letters, digits, dots, hyphens): s3://bucket/prefix; got ${JSON.stringify(bucket)}`);
  const prefix = decodeURIComponent(parsed.pathname).replace(/^\/+|\/+$/g, "");
  const endpoint = options.endpoint;
  if (endpoint !== undefined && !/^https?:\/\/[^/]+/.test(endpoint)) throw usage(`--cache s3://…?endpoint= must be an http:// or https:// URL; got ${JSON.stringify(endpoint)}`);
  const pathStyle = options["path-style"];
  if (pathStyle !== undefined && pathStyle !== "true" && pathStyle !== "false") throw usage(`--cache s3://…?path-style= must be true or false; got ${JSON.stringify(pathStyle)}`);
  // The AWS SDK and ioredis take seconds to load: only a node configured for S3 pays for them.
  const { S3Tier } = await import("./s3Tier.ts");
  const tier = new S3Tier<M>({
    bucket,
    prefix,
    client: {
      ...(endpoint !== undefined ? { endpoint } : {}),
      ...(options.region !== undefined ? { region: options.region } : {}),
      // Stores on a custom endpoint (MinIO, s3rver, Ceph) rarely resolve bucket subdomains.
      ...(pathStyle !== undefined || endpoint !== undefined ? { forcePathStyle: pathStyle !== "false" } : {}),
    },
  });
  try {
    await tier.client.config.region();
  } catch {
    throw usage("--cache s3:// needs a region: set AWS_REGION (or a profile's region), or add ?region=us-east-1 to the URL");
  }
  try {
    await tier.has("0".repeat(64));
  } catch (error) {
    log("warn", `the shared build cache ${tier.location} is not reachable now (${describeError(error)}); builds go on without it until it is`);
  }
  return { tier, leases: await redisLeases(lockUrl, log) };
}

async function redisLeases(lockUrl: string | undefined, log: NonNullable<SharedCacheSettings["log"]>): Promise<LeaseProvider | undefined> {
  if (lockUrl === undefined || lockUrl === "") {
    log("warn", "an s3:// build cache without --cache-lock redis://… (or REDIS_URL): identical builds on different nodes may each run once");
    return undefined;
  }
  if (!/^rediss?:\/\//.test(lockUrl)) throw usage(`--cache-lock must be a redis:// or rediss:// URL; got ${JSON.stringify(lockUrl)}`);
  let lastError = "";
  const { RedisLeases } = await import("./redisLeases.ts");
  const leases = new RedisLeases(lockUrl, (error) => {
    if (error.message !== lastError) log("warn", `build cache leases: Redis: ${error.message}`);
    lastError = error.message;
  });
  try {
    await leases.connect();
  } catch (error) {
    log("warn", `build cache leases: Redis is not reachable now (${describeError(error)}); single flight holds per node until it is`);
  }
  return leases;
}

async function probeDirectory(tier: SharedDirTier<unknown>, dir: string): Promise<void> {
  const probe = "f".repeat(64);
  try {
    await tier.put(probe, { bytes: new Uint8Array(0), meta: null });
    await tier.delete(probe);
  } catch (error) {
    throw new PartforgeError("USAGE", `--cache ${dir}: the directory cannot be written (${describeError(error)}); mount the share and give this user write access`);
  }
}

function queryOptions(parsed: URL, known: readonly string[]): Record<string, string | undefined> {
  const options: Record<string, string | undefined> = {};
  for (const [name, value] of parsed.searchParams) {
    if (!known.includes(name)) throw usage(`--cache ${parsed.protocol}// takes ${known.map((option) => `?${option}=`).join(", ")}; unknown option ${JSON.stringify(name)}`);
    options[name] = value;
  }
  return options;
}

/** `20GiB`, `500MB`, `1048576`: a size in bytes of at least 1 MiB. */
export function byteSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(text.trim());
  const unit = UNITS[(match?.[2] ?? "").toLowerCase()];
  const bytes = match !== null && unit !== undefined ? Math.floor(Number(match[1]) * unit) : Number.NaN;
  if (!Number.isFinite(bytes) || bytes < 1024 ** 2) throw usage(`max-bytes must be a size of at least 1MiB, like 20GiB or 500MB; got ${JSON.stringify(text)}`);
  return bytes;
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function usage(message: string): PartforgeError {
  return new PartforgeError("USAGE", message);
}
