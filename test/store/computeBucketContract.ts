/**
 * The compute buckets' part of the store contract (src/store/computeBuckets.ts): the budget
 * figure `computeUsed` reads from per-second buckets must equal a plain SUM over the compute
 * ledger, whatever the writes, their times, their order, the stores (server processes) that
 * write them at once, the window's partial first second and the pruning; and a database of the
 * previous schema version must migrate to the same figures. `sqlite.test.ts` and `postgres.test.ts`
 * run it with their store contract's harness.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { ComputeCharge, ComputeSubject, ComputeUse, Store } from "../../src/store/index.ts";
import { seededRandom } from "../helpers/seededRandom.ts";
import type { MakeHarness, StoreHarness } from "./contract.ts";

const PASSWORD = "correct horse";

/** The ledger's own answer: the query `computeUsed` ran before buckets existed, as raw SQL. */
async function ledgerSum(harness: StoreHarness, dialect: Store["dialect"], subject: ComputeSubject, since: Date): Promise<ComputeUse> {
  const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;
  const condition =
    "accountId" in subject
      ? `account_id = ${quoted(subject.accountId)}`
      : "anonymousModelId" in subject
        ? `account_id IS NULL AND model_id = ${quoted(subject.anonymousModelId)}`
        : `account_id IS NULL AND client_address = ${quoted(subject.anonymousClient)}`;
  const sinceSql = dialect === "sqlite" ? String(since.getTime()) : `to_timestamp(${since.getTime()} / 1000.0)`;
  const [row] = await harness.rawRows(`SELECT coalesce(sum(compute_ms), 0) AS used, min(at) AS oldest FROM compute_ledger WHERE ${condition} AND at >= ${sinceSql}`);
  return { usedMs: Number(row!.used), oldestAt: row!.oldest === null ? null : new Date(row!.oldest as number | Date) };
}

/** The buckets' horizon (seconds), read behind the store's back. */
async function horizonOf(harness: StoreHarness): Promise<number> {
  return Number((await harness.rawRows("SELECT before_second FROM compute_bucket_horizon"))[0]!.before_second);
}

export function runComputeBucketContract(name: string, makeHarness: MakeHarness, options: { skip?: string } = {}): void {
  /** A test with a fresh database; the harness is always disposed. */
  const harnessTest = (title: string, body: (harness: StoreHarness) => Promise<void>) =>
    test(title, async () => {
      const harness = await makeHarness();
      try {
        await body(harness);
      } finally {
        await harness.dispose();
      }
    });

  describe(`${name}: compute buckets`, { concurrency: 2, ...(options.skip === undefined ? {} : { skip: options.skip }) }, () => {
    harnessTest("computeUsed equals a plain SUM over the ledger for random writes at random times by two stores at once (partial first seconds, pruning, the ledger fallback)", async (harness) => {
      const first = await harness.open();
      const second = await harness.open();
      const stores = [first, second];
      const dialect = first.dialect;
      const payers = await Promise.all([0, 1].map((i) => first.createAccount({ email: `bucket-payer${i}@example.com`, password: PASSWORD })));
      const { key } = await first.createApiKey(payers[0]!.id);
      const owner = await first.createAccount({ email: "bucket-owner@example.com", password: PASSWORD });
      const models = await Promise.all([0, 1].map((i) => first.createModel({ ownerId: owner.id, name: `m${i}`, visibility: "public", script: "x", language: "ts", schema: {} })));
      const clients = ["203.0.113.7", "2001:db8::1"];
      const subjects: ComputeSubject[] = [
        ...payers.map((payer) => ({ accountId: payer.id })),
        ...models.map(({ model }) => ({ anonymousModelId: model.id })),
        ...clients.map((client) => ({ anonymousClient: client })),
      ];

      const seed = 0x5eed_b0c5;
      const random = seededRandom(seed);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
      let now = new Date("2025-07-01T12:00:00.250Z").getTime();
      let bucketReads = 0;
      let checks = 0;
      for (let round = 0; round < 160; round++) {
        // Time moves 0–4 s a round (about 5 minutes in all, so both stores prune several times).
        now += Math.floor(random() * 4000);
        const writes = Array.from({ length: 1 + Math.floor(random() * 6) }, (): Promise<unknown> => {
          const store = pick(stores);
          // Some rows arrive late (a run that finished earlier, written now), some on a whole second.
          const at = new Date(random() < 0.1 ? Math.floor(now / 1000) * 1000 : now - Math.floor(random() * random() * 5000));
          const computeMs = random() < 0.05 ? 0 : Math.round(random() * 50_000) / 10;
          const charge: ComputeCharge =
            random() < 0.5
              ? { accountId: pick(payers).id, kind: "build", outcome: random() < 0.2 ? "TIMEOUT" : "ok", computeMs, at }
              : { accountId: null, clientAddress: pick(clients), modelId: pick(models).model.id, kind: "preview", outcome: "ok", computeMs, at };
          if (charge.accountId === payers[0]!.id && random() < 0.3) {
            const download = { accountId: payers[0]!.id, keyId: key.id, scriptHash: "a".repeat(64), type: "stl", bytes: 684, buildMs: 12, cacheHit: false, at };
            return store.recordComputeThenCharge({ ...charge, keyId: key.id }, [download]);
          }
          return store.recordCompute(charge);
        });
        await Promise.all(writes);
        const horizon = await horizonOf(harness);
        for (const subject of subjects) {
          // The budget's window (a minute before now, rarely on a whole second), and now and then an older one.
          const sinceMs = random() < 0.1 ? now - 600_000 : random() < 0.1 ? Math.floor(now / 1000) * 1000 - 60_000 : now - 60_000 - Math.floor(random() * 1000);
          const since = new Date(sinceMs);
          const expected = await ledgerSum(harness, dialect, subject, since);
          assert.deepEqual(await pick(stores).computeUsed(subject, since), expected, `seed ${seed}, round ${round}, ${JSON.stringify(subject)} since ${since.toISOString()}`);
          checks++;
          if (Math.ceil(sinceMs / 1000) >= horizon) bucketReads++;
        }
      }
      assert.ok(bucketReads > checks / 2, `${bucketReads} of ${checks} checks read buckets`);

      // Every bucket from the horizon on is its subject's ledger rows of that second; pruning left none before it.
      const horizon = await horizonOf(harness);
      const secondOfAt = dialect === "sqlite" ? "at / 1000 - (at % 1000 < 0)" : "floor(extract(epoch FROM at))::bigint";
      const fromLedger = `
        SELECT subject, at_second, sum(compute_ms) AS ms, min(at) AS first_at FROM (
          SELECT 'account:' || account_id AS subject, ${secondOfAt} AS at_second, compute_ms, at FROM compute_ledger WHERE account_id IS NOT NULL
          UNION ALL SELECT 'client:' || client_address, ${secondOfAt}, compute_ms, at FROM compute_ledger WHERE account_id IS NULL
          UNION ALL SELECT 'model:' || model_id, ${secondOfAt}, compute_ms, at FROM compute_ledger WHERE account_id IS NULL
        ) AS charged WHERE at_second >= ${horizon} GROUP BY subject, at_second ORDER BY subject, at_second`;
      const normalized = (rows: Record<string, unknown>[]) =>
        rows.map((row) => `${String(row.subject)}@${Number(row.at_second)}: ${Number(row.ms)} ms from ${new Date(row.first_at as number | Date).getTime()}`);
      const kept = await harness.rawRows("SELECT subject, at_second, compute_ms AS ms, first_at FROM compute_buckets ORDER BY subject, at_second");
      assert.deepEqual(normalized(kept), normalized(await harness.rawRows(fromLedger)));
      assert.ok(horizon > new Date("2025-07-01T12:02:00Z").getTime() / 1000, `pruned up to ${horizon}`);

      // And computeUsed really reads them: a bucket changed behind the store's back changes the figure.
      const payer = { accountId: payers[0]!.id };
      const since = new Date(now - 60_000);
      const before = await first.computeUsed(payer, since);
      const inWindow = `subject = 'account:${payers[0]!.id}' AND at_second >= ${Math.ceil(since.getTime() / 1000)}`;
      const bumped = Number((await harness.rawRows(`SELECT count(*) AS n FROM compute_buckets WHERE ${inWindow}`))[0]!.n);
      assert.ok(bumped > 0);
      await harness.rawExec(`UPDATE compute_buckets SET compute_ms = compute_ms + 1000000 WHERE ${inWindow}`);
      assert.equal((await first.computeUsed(payer, since)).usedMs, before.usedMs + bumped * 1_000_000);
    });

    harnessTest("version 9 buckets a version-8 database's recent ledger rows: every figure stays the ledger's, before and after new writes", async (harness) => {
      const old = await harness.open({ migrateUpTo: 8 });
      const payer = await old.createAccount({ email: "bucket-migrated@example.com", password: PASSWORD });
      const { model } = await old.createModel({ ownerId: payer.id, name: "Ledger", visibility: "public", script: "export const v = 1;", language: "ts", schema: {} });
      const t0 = new Date("2025-06-15T10:00:00Z").getTime();
      const at = (ms: number) => new Date(t0 + ms);
      // Five minutes of rows, 1.7 s apart, so the newest minute has partial seconds at both ends.
      for (let ms = 0; ms <= 300_000; ms += 1_700) {
        await old.recordCompute({ accountId: payer.id, kind: "build", outcome: "ok", computeMs: 10 + (ms % 7), at: at(ms) });
        await old.recordCompute({ accountId: null, clientAddress: "192.0.2.7", modelId: model.id, kind: "preview", outcome: "ok", computeMs: 3, at: at(ms + 300) });
      }
      const subjects: ComputeSubject[] = [{ accountId: payer.id }, { anonymousModelId: model.id }, { anonymousClient: "192.0.2.7" }];
      const windows = [0, 120_000, 239_999, 240_000, 240_650, 250_001, 299_000, 301_000].map(at);
      const figures = async (store: Store) => Promise.all(subjects.flatMap((subject) => windows.map((since) => store.computeUsed(subject, since))));
      const before = await figures(old);
      await old.close();

      const current = await harness.open();
      assert.deepEqual(await figures(current), before, "the same figures after the migration");
      for (const subject of subjects) {
        for (const since of windows) assert.deepEqual(await current.computeUsed(subject, since), await ledgerSum(harness, current.dialect, subject, since));
      }
      // Buckets from two minutes before the newest row's second (10:04:59.500) on: 10:02:59.
      const seconds = new Set<number>();
      for (let ms = 0; ms <= 300_000; ms += 1_700) for (const offset of [0, 300]) seconds.add(Math.floor((t0 + ms + offset) / 1000));
      const horizon = Math.max(...seconds) - 120;
      assert.equal(await horizonOf(harness), horizon);
      const bucketed = [...seconds].filter((second) => second >= horizon);
      const kept = await harness.rawRows("SELECT min(at_second) AS s, count(DISTINCT at_second) AS n FROM compute_buckets");
      assert.deepEqual([Number(kept[0]!.s), Number(kept[0]!.n)], [Math.min(...bucketed), bucketed.length], "every second with a row from the horizon on, none before");

      await current.recordCompute({ accountId: payer.id, kind: "build", outcome: "ok", computeMs: 1, at: at(301_500) });
      await current.recordCompute({ accountId: null, clientAddress: "192.0.2.7", modelId: model.id, kind: "preview", outcome: "ok", computeMs: 2, at: at(301_500) });
      for (const subject of subjects) {
        for (const since of windows) assert.deepEqual(await current.computeUsed(subject, since), await ledgerSum(harness, current.dialect, subject, since));
      }
    });
  });
}
