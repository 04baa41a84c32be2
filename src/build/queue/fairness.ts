/**
 * Fairness across tenants on one BullMQ queue (its open-source edition has no groups): start-time
 * fair queueing through BullMQ's job priorities. A job's tag is `max(V, its tenant's last tag) + 1`,
 * where V is the tag of the job a worker took last; BullMQ starts lower priority numbers first and
 * equal ones in the order they came. So a tenant with 100 builds waiting holds tags V+1 … V+100,
 * and another tenant's build, arriving after them, gets V+1: it starts within one round (one job
 * per waiting tenant), not after the 100. A request's priority class (0–9) orders before tags.
 *
 * Tags restart from 0 when a worker takes the last waiting job. A queue that never empties for
 * `TAG_SPAN` rounds saturates its tags: from then on, until it empties, it is first come, first
 * served within each priority class (safe, only less fair). Both scripts are atomic in Redis; the
 * tag is taken just before the job is added, so a job added in the instant the queue empties may
 * keep an old, higher tag for one round.
 */
import type { Redis } from "ioredis";

/** Tags per priority class: `1 + class × TAG_SPAN + tag` stays below BullMQ's limit of 2^21. */
export const TAG_SPAN = 200_000;

const NEXT_TAG = `
local v = tonumber(redis.call('GET', KEYS[1]) or '0')
local last = tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or '0')
local tag = math.max(v, last) + 1
redis.call('HSET', KEYS[2], ARGV[1], tag)
return tag`;

const TAKEN = `
local v = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > v then redis.call('SET', KEYS[1], ARGV[1]) end
if redis.call('LLEN', KEYS[3]) == 0 and redis.call('ZCARD', KEYS[4]) == 0 then redis.call('DEL', KEYS[1], KEYS[2]) end
return 1`;

export interface FairnessKeys {
  /** Where V is kept. */
  virtualTime: string;
  /** Hash: tenant → its last tag. */
  lastTags: string;
  /** BullMQ's list of waiting jobs without priority and its sorted set of prioritized ones. */
  wait: string;
  prioritized: string;
}

/** The keys next to a BullMQ queue's own (`bullKey(type)` is the queue's `toKey`). */
export function fairnessKeys(bullKey: (type: string) => string): FairnessKeys {
  return { virtualTime: bullKey("fair-v"), lastTags: bullKey("fair-last"), wait: bullKey("wait"), prioritized: bullKey("prioritized") };
}

/** The tag of a new job of `tenant` (producer side). */
export async function nextTag(redis: Redis, keys: FairnessKeys, tenant: string): Promise<number> {
  return Number(await redis.eval(NEXT_TAG, 2, keys.virtualTime, keys.lastTags, tenant));
}

/** Records that a worker took a job with `tag` (consumer side); resets the tags once the queue is empty. */
export async function tagTaken(redis: Redis, keys: FairnessKeys, tag: number): Promise<void> {
  await redis.eval(TAKEN, 4, keys.virtualTime, keys.lastTags, keys.wait, keys.prioritized, String(tag));
}

/** BullMQ's priority number for a job: its class first, then its tag (lower starts sooner). */
export function bullPriority(priorityClass: number, tag: number): number {
  return 1 + priorityClass * TAG_SPAN + Math.min(Math.max(tag, 0), TAG_SPAN - 1);
}
