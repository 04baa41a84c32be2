/**
 * A call to the queue's Redis with a bound on its answer. A Redis that hangs (its process frozen,
 * a network that drops packets) keeps its connections open and answers nothing, and the clients
 * wait for ever (`maxRetriesPerRequest: null`): whatever must answer someone in time races the
 * call against this bound instead.
 */

/** Redis took longer than the bound to answer. */
export class RedisSilent extends Error {}

/**
 * `promise`, or a rejection with `RedisSilent` once `ms` pass first. The call itself is not
 * withdrawn: Redis may still run it when it answers again, which callers allow for.
 */
export async function withinMs<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RedisSilent(`no answer from Redis within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
