/**
 * Leases in Redis (`SET key token NX PX ttl`), for single flight across nodes that share an S3
 * tier: S3's conditional write (`If-None-Match: *`) is not offered by every S3-compatible store
 * (s3rver, older MinIO and Ceph lack it), and a queue-mode deployment runs Redis anyway. Renewal
 * and release check the token, so a node never extends or deletes a lease another node took.
 */
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { KEY_SHAPE, type Lease, type LeaseProvider } from "./cacheTier.ts";

const KEY_PREFIX = "partforge:cache-lease:";
const RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

export class RedisLeases implements LeaseProvider {
  readonly kind = "redis";
  readonly redis: Redis;

  /** `url`: `redis://[:password@]host:port[/db]`. Commands fail at once while Redis is unreachable (no offline queue). */
  constructor(url: string, onError: (error: Error) => void) {
    this.redis = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
    this.redis.on("error", onError);
  }

  /** Connects, or rejects after the connect timeout (the client keeps retrying in the background). */
  async connect(): Promise<void> {
    await this.redis.connect();
  }

  async acquire(name: string, ttlMs: number): Promise<Lease | undefined> {
    if (!KEY_SHAPE.test(name)) throw new Error(`a lease name must be 64 hex digits; got ${JSON.stringify(name)}`);
    const key = `${KEY_PREFIX}${name}`;
    const token = randomUUID();
    const answer = await this.redis.set(key, token, "PX", ttlMs, "NX");
    if (answer !== "OK") return undefined;
    const redis = this.redis;
    return {
      async renew() {
        return (await redis.eval(RENEW, 1, key, token, String(ttlMs))) === 1;
      },
      async release() {
        await redis.eval(RELEASE, 1, key, token);
      },
    };
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
