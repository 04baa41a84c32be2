/**
 * Whether the queue's Redis answers, asked once before a service node or a worker opens its BullMQ
 * connections: those retry for ever in the background, which suits a running node riding out an
 * outage but would keep a process that cannot start from exiting.
 */
import { Redis } from "ioredis";
import { PartforgeError } from "../../shared/errors.ts";

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, "//***@");
}

/** @throws PartforgeError USAGE naming the URL (without its password) when Redis does not answer PING within `timeoutMs`. */
export async function probeQueueRedis(url: string, timeoutMs: number): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  let reason: string | undefined;
  client.on("error", (error: Error) => (reason ??= error.message));
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      (async () => {
        await client.connect();
        await client.ping();
      })(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    const why = reason ?? (error instanceof Error ? error.message : String(error));
    throw new PartforgeError("USAGE", `cannot reach the build queue's Redis at ${redactUrl(url)}: ${why}; check --queue (or REDIS_URL) and that Redis runs there`);
  } finally {
    clearTimeout(timer);
    client.disconnect();
  }
}
