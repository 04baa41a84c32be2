/**
 * The short soak (the long one is `npm run soak`): two service nodes on PostgreSQL under mixed
 * traffic while slots are killed, their database connections terminated and a node restarted.
 * Skipped without PostgreSQL or /proc (it reads memory and process state there).
 */
import { it } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import pg from "pg";
import { connectionString, runSoak } from "./soak.ts";

async function unavailable(): Promise<string | undefined> {
  if (!existsSync("/proc/self/stat")) return "the soak reads process state from /proc (Linux)";
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return undefined;
  } catch (error) {
    return `no PostgreSQL at ${connectionString}: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const skip = await unavailable();

it("keeps two nodes up and the ledger exact under killed slots, lost connections and a restart", { skip, timeout: 400_000 }, async (t) => {
  const seed = Number(process.env.SOAK_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const report = await runSoak({
    seconds: 60,
    seed,
    clients: 2,
    maxRequestsPerClient: 40,
    maxRestarts: 2,
    chaosIntervalMs: [1500, 4000],
    warmupBuilds: 2,
    warmupMs: 10_000, print: (line) => t.diagnostic(line) });
  assert.deepEqual(report.unexpectedExits, [], `seed ${seed}: a process died that was not killed on purpose`);
  for (const entry of report.ledger) assert.equal(entry.charged, entry.delivered, `seed ${seed}: ${entry.account} was charged ${entry.charged} downloads but received ${entry.delivered}`);
  assert.ok(report.ledger.some((entry) => entry.delivered > 0), "no download was delivered at all");
  assert.deepEqual(report.unexpected5xx, [], `seed ${seed}`);
  assert.deepEqual(report.leftoverProcesses, [], `seed ${seed}: processes outlived their node`);
  assert.deepEqual(report.leftoverTempEntries, [], `seed ${seed}: temporary directories were left behind`);
  assert.equal(report.leftoverConnections, 0, `seed ${seed}: database connections were left open`);
});
