/**
 * `npm run bench -- compute-budget [--rounds N] [--no-postgres]`: the cost of the compute-budget
 * check (`Store.computeUsed` of one payer over the last minute) with 0, 1,000 and 10,000 ledger
 * rows of that payer in the window, and of a ledger write, on SQLite and PostgreSQL, before and
 * after the compute buckets (migration 9). "Old" is a database at schema version 8: without the
 * bucket tables the store sums the ledger rows, as before, and writes no bucket. Two old
 * databases with the same rows are measured as a control pair (A vs A'), so the noise shows.
 * Arms are interleaved batch by batch; each figure is the median over rounds of a batch's mean.
 * SQLite runs in this process: its cost is this process's CPU (process.cpuUsage). PostgreSQL's
 * is mostly the server's: the store's single connection's backend process CPU is read from
 * /proc/<pid>/schedstat (ns), with this process's CPU beside it. Wall time is printed too, but
 * the machine is shared, so wall time is unreliable.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openPostgresStore, openSqliteStore, type Store } from "../src/store/index.ts";
import { median, printTable } from "./measure.ts";

const ROWS = [0, 1_000, 10_000] as const;
const CHECKS_PER_BATCH = 200;
const WRITES_PER_BATCH = 50;
const PASSWORD_HASHING = { log2N: 10, blockSize: 8, parallelization: 1 } as const;
/** The bench's "now": a fixed time with a partial second, so every window has an edge second. */
const NOW = new Date("2026-01-01T00:00:00.437Z").getTime();

interface Arm {
  name: string;
  store: Store;
  /** CPU nanoseconds of the database server for this store so far (PostgreSQL), else 0. */
  serverNs(): number;
  close(): Promise<void>;
}

interface Sample {
  cpuUs: number;
  serverUs: number;
  wallUs: number;
}

function rowsFor(count: number): number[] {
  // Spread over the window [NOW - 59.5 s, NOW - 0.5 s].
  return Array.from({ length: count }, (_, i) => NOW - 59_500 + Math.floor((i * 59_000) / Math.max(1, count)));
}

/** Fills a store: one payer per row count, the rows written 100 at a time (group commits, pool). */
async function fill(store: Store): Promise<{ payers: string[]; writer: string }> {
  const payers: string[] = [];
  for (const count of ROWS) {
    const account = await store.createAccount({ email: `payer${count}-${randomBytes(4).toString("hex")}@example.com`, password: "correct horse" });
    const times = rowsFor(count);
    for (let i = 0; i < times.length; i += 100) {
      await Promise.all(times.slice(i, i + 100).map((at, j) => store.recordCompute({ accountId: account.id, kind: "build", outcome: "ok", computeMs: 1 + ((i + j) % 500), at: new Date(at) })));
    }
    payers.push(account.id);
  }
  const writer = await store.createAccount({ email: `writer-${randomBytes(4).toString("hex")}@example.com`, password: "correct horse" });
  return { payers, writer: writer.id };
}

async function measure(arm: Arm, body: () => Promise<unknown>, times: number): Promise<Sample> {
  const cpu = process.cpuUsage();
  const server = arm.serverNs();
  const started = performance.now();
  for (let i = 0; i < times; i++) await body();
  const wallUs = ((performance.now() - started) * 1000) / times;
  const used = process.cpuUsage(cpu);
  return { cpuUs: (used.user + used.system) / times, serverUs: (arm.serverNs() - server) / 1000 / times, wallUs };
}

async function sqliteArms(root: string): Promise<Arm[]> {
  const open = async (name: string, migrateUpTo: number | undefined): Promise<Arm> => {
    const store = await openSqliteStore({ path: join(root, `${name}.db`), passwordHashing: PASSWORD_HASHING, ...(migrateUpTo === undefined ? {} : { migrateUpTo }) });
    return { name, store, serverNs: () => 0, close: () => store.close() };
  };
  return [await open("old A", 8), await open("old A'", 8), await open("new B", undefined)];
}

async function postgresArms(connectionString: string): Promise<{ arms: Arm[]; dispose(): Promise<void> }> {
  const admin = new pg.Client({ connectionString });
  await admin.connect();
  const schemas: string[] = [];
  const backendPids = async () =>
    new Set((await admin.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")).rows.map((row) => row.pid));
  const open = async (name: string, migrateUpTo: number | undefined): Promise<Arm> => {
    const schema = `partforge_bench_${process.pid}_${randomBytes(4).toString("hex")}`;
    schemas.push(schema);
    await admin.query(`CREATE SCHEMA ${schema}`);
    const before = await backendPids();
    // One connection, so one server process does all of this store's work.
    const store = await openPostgresStore({ connectionString, schema, maxConnections: 1, passwordHashing: PASSWORD_HASHING, ...(migrateUpTo === undefined ? {} : { migrateUpTo }) });
    const added = [...(await backendPids())].filter((pid) => !before.has(pid));
    const pid = added.length === 1 ? added[0] : undefined;
    if (pid === undefined) console.log(`(${name}: could not tell its server process among ${added.length} new ones; no server CPU)`);
    const serverNs = () => (pid === undefined ? 0 : Number(readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ")[0]));
    return { name, store, serverNs, close: () => store.close() };
  };
  const arms = [await open("old A", 8), await open("old A'", 8), await open("new B", undefined)];
  return {
    arms,
    async dispose() {
      await Promise.all(arms.map((arm) => arm.close()));
      for (const schema of schemas) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

async function benchArms(dialect: string, arms: Arm[], rounds: number): Promise<void> {
  const filled = await Promise.all(arms.map((arm) => fill(arm.store)));
  const checks = new Map<string, Sample[]>();
  const writes = new Map<string, Sample[]>();
  const since = new Date(NOW - 60_000);
  let writeAt = NOW;
  for (let round = 0; round < rounds; round++) {
    // Rotate which arm goes first, so no arm always follows the same one.
    const order = arms.map((_, i) => (i + round) % arms.length);
    for (const [k, count] of ROWS.entries()) {
      for (const index of order) {
        const arm = arms[index]!;
        const payer = filled[index]!.payers[k]!;
        const sample = await measure(arm, () => arm.store.computeUsed({ accountId: payer }, since), CHECKS_PER_BATCH);
        const key = `${arm.name}|${count}`;
        checks.set(key, [...(checks.get(key) ?? []), sample]);
      }
    }
    for (const index of order) {
      const arm = arms[index]!;
      const writer = filled[index]!.writer;
      // Sequential writes (one commit each), a millisecond apart, a fresh bucket every second.
      const base = writeAt;
      let i = 0;
      const sample = await measure(arm, () => arm.store.recordCompute({ accountId: writer, kind: "build", outcome: "ok", computeMs: 40, at: new Date(base + 20 * i++) }), WRITES_PER_BATCH);
      writes.set(arm.name, [...(writes.get(arm.name) ?? []), sample]);
    }
    // Within 30 s of NOW: later writes would raise the pruning horizon past the checks' window.
    writeAt = NOW + ((round + 1) % 30) * 1000;
  }
  // The figures themselves must agree between the arms (same rows): a cheap sanity check.
  for (const [k] of ROWS.entries()) {
    const figures = await Promise.all(arms.map((arm, index) => arm.store.computeUsed({ accountId: filled[index]!.payers[k]! }, since)));
    if (new Set(figures.map((figure) => figure.usedMs)).size !== 1) throw new Error(`${dialect}: the arms disagree on ${ROWS[k]} rows: ${figures.map((figure) => figure.usedMs).join(", ")}`);
  }
  const cell = (samples: Sample[], field: keyof Sample) => median(samples.map((sample) => sample[field])).toFixed(1);
  const server = dialect === "PostgreSQL";
  const header = ["what", ...arms.flatMap((arm) => (server ? [`${arm.name} server`, `${arm.name} client`, `${arm.name} wall`] : [`${arm.name} CPU`, `${arm.name} wall`]))];
  const rowOf = (what: string, samplesOf: (arm: Arm) => Sample[]) => [
    what,
    ...arms.flatMap((arm) => (server ? [cell(samplesOf(arm), "serverUs"), cell(samplesOf(arm), "cpuUs"), cell(samplesOf(arm), "wallUs")] : [cell(samplesOf(arm), "cpuUs"), cell(samplesOf(arm), "wallUs")])),
  ];
  printTable(`${dialect}: µs per budget check and per ledger write (median of ${rounds} interleaved batches)`, header, [
    ...ROWS.map((count) => rowOf(`check, ${count} rows`, (arm) => checks.get(`${arm.name}|${count}`)!)),
    rowOf("ledger write", (arm) => writes.get(arm.name)!),
  ]);
}

export async function benchComputeBudget(args: readonly string[]): Promise<void> {
  const roundsAt = args.indexOf("--rounds");
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 21;
  const root = mkdtempSync(join(tmpdir(), "partforge-budget-bench-"));
  try {
    const arms = await sqliteArms(root);
    try {
      await benchArms("SQLite", arms, rounds);
    } finally {
      await Promise.all(arms.map((arm) => arm.close()));
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  if (args.includes("--no-postgres")) return;
  const connectionString = process.env.PARTFORGE_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const postgres = await postgresArms(connectionString);
  try {
    await benchArms("PostgreSQL", postgres.arms, rounds);
  } finally {
    await postgres.dispose();
  }
}
