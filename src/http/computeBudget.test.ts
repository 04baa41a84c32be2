import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Account, ComputeCharge, Store } from "../store/index.ts";
import { ComputeBudget, type ComputeRead } from "./computeBudget.ts";

const ACCOUNT: Account = { id: "acct-1", email: "ann@example.com", displayName: "Ann", plan: "evaluation", monthlyQuota: null, createdAt: new Date(0) };
const PAYER = { account: ACCOUNT, keyId: null };
const RUN = { kind: "build" as const };

/** A store that records compute charges and must not be asked for the compute already read. */
function storeWithoutReads() {
  const recorded: ComputeCharge[] = [];
  const store = {
    async computeUsed() {
      throw new Error("the compute was read with the key: not read again");
    },
    async recordCompute(charge: ComputeCharge) {
      recorded.push(charge);
      return { id: recorded.length, ...charge };
    },
  } as unknown as Store;
  return { store, recorded };
}

describe("ComputeBudget with the compute read with the key", () => {
  it("admits on the read, without reading the store again", async () => {
    const { store, recorded } = storeWithoutReads();
    let now = 1_000_000;
    const compute = new ComputeBudget(store, undefined, () => now);
    const read: ComputeRead = { since: compute.windowStart(), use: { usedMs: 29_000, oldestAt: new Date(now - 50_000) } };
    now += 5;
    const result = await compute.metered(PAYER, RUN, async () => ({ ok: true, computeMs: 700 }), read);
    assert.equal(result.computeMs, 700);
    assert.equal(recorded.length, 1);
  });

  it("counts what this process charged after the read, at admission and when the run leaves the queue", async () => {
    const { store } = storeWithoutReads();
    let now = 1_000_000;
    const compute = new ComputeBudget(store, undefined, () => now);
    const read: ComputeRead = { since: compute.windowStart(), use: { usedMs: 29_000, oldestAt: new Date(now - 50_000) } };
    // Another build of the account, read and charged after this read (its commit is not in the read).
    now += 1;
    await compute.metered(PAYER, RUN, async () => ({ ok: true, computeMs: 1_500 }), { since: compute.windowStart(), use: { usedMs: 0, oldestAt: null } });
    now += 1;
    await assert.rejects(
      compute.metered(PAYER, RUN, async () => ({ ok: true, computeMs: 1 }), read),
      (error: { code?: string; details?: { usedMs?: number } }) => error.code === "COMPUTE_LIMITED" && error.details?.usedMs === 30_500,
    );
    // Admitted under the budget, then a charge of this process while it waits: refused when it leaves the queue.
    const admitted = await compute.admit(PAYER, RUN, { since: compute.windowStart(), use: { usedMs: 1_000, oldestAt: null } });
    now += 1;
    await compute.metered(PAYER, RUN, async () => ({ ok: true, computeMs: 29_500 }), { since: compute.windowStart(), use: { usedMs: 0, oldestAt: null } });
    const refusal = await admitted.run(async (_tenant, beforeRun) => ({ ok: false, computeMs: 0, error: beforeRun() }));
    assert.equal(refusal.error?.code, "COMPUTE_LIMITED");
  });

  it("counts every charge made after the read, also when the clock stepped back between them", async () => {
    const { store } = storeWithoutReads();
    let now = 1_000_000;
    const compute = new ComputeBudget(store, undefined, () => now);
    const read: ComputeRead = { since: compute.windowStart(), use: { usedMs: 25_500, oldestAt: null } };
    const charge = async (at: number, computeMs: number) => {
      now = at;
      await compute.metered(PAYER, RUN, async () => ({ ok: true, computeMs }), { since: compute.windowStart(), use: { usedMs: 0, oldestAt: null } });
    };
    await charge(1_000_010, 1_000);
    // The clock steps back: this charge is before the read, the next one after it again.
    await charge(999_000, 2_000);
    await charge(1_000_020, 4_000);
    await assert.rejects(
      compute.metered(PAYER, RUN, async () => ({ ok: true, computeMs: 1 }), read),
      (error: { code?: string; details?: { usedMs?: number } }) => error.code === "COMPUTE_LIMITED" && error.details?.usedMs === 30_500,
    );
  });
});
