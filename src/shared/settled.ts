/**
 * `PromiseSettledResult` values made by hand, for outcomes settled without `Promise.allSettled`:
 * a charge that may be refused inside a transaction whose other write stands either way.
 */
export const fulfilled = <T>(value: T): PromiseSettledResult<T> => ({ status: "fulfilled", value });

export const rejected = (reason: unknown): PromiseSettledResult<never> => ({ status: "rejected", reason });
