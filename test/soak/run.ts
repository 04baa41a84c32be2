/**
 * `npm run soak`: the long soak (minutes). SOAK_SECONDS (default 240), SOAK_SEED (default random,
 * printed), SOAK_CLIENTS (default 4) and SOAK_MAX_RSS_SLOPE (MiB/min a node may grow after
 * warm-up, default 20) tune it. Exits 1 when a check fails.
 */
import { runSoak } from "./soak.ts";

const seconds = Number(process.env.SOAK_SECONDS ?? 240);
const seed = Number(process.env.SOAK_SEED ?? Math.floor(Math.random() * 2 ** 31));
const clients = Number(process.env.SOAK_CLIENTS ?? 4);
const maxSlope = Number(process.env.SOAK_MAX_RSS_SLOPE ?? 20);

const report = await runSoak({
  seconds,
  seed,
  clients,
  maxRequestsPerClient: 20_000,
  maxRestarts: Math.max(2, Math.floor(seconds / 40)),
  chaosIntervalMs: [800, 3000],
  warmupBuilds: 4,
  warmupMs: 60_000,
  print: (line) => process.stdout.write(`${line}\n`),
});

const failures: string[] = [];
if (report.unexpectedExits.length > 0) failures.push(`${report.unexpectedExits.length} process(es) died that were not killed on purpose`);
for (const entry of report.ledger) {
  if (entry.charged !== entry.delivered) failures.push(`${entry.account}: charged ${entry.charged}, received ${entry.delivered}`);
}
if (report.unexpected5xx.length > 0) failures.push(`${report.unexpected5xx.length} unexpected 5xx answers`);
for (const slope of report.rssSlopes) {
  if (slope.samples >= 60 && slope.slopeMibPerMin > maxSlope) failures.push(`node ${slope.node} (${slope.incarnation}) grew ${slope.slopeMibPerMin.toFixed(1)} MiB/min after warm-up`);
}
if (report.leftoverProcesses.length > 0) failures.push(`leftover processes: ${report.leftoverProcesses.join(", ")}`);
if (report.leftoverTempEntries.length > 0) failures.push(`leftover temporary entries: ${report.leftoverTempEntries.join(", ")}`);
if (report.leftoverConnections > 0) failures.push(`${report.leftoverConnections} database connections left open`);

process.stdout.write(failures.length === 0 ? `\nsoak passed (seed ${seed})\n` : `\nsoak FAILED (seed ${seed}):\n${failures.map((f) => `  ${f}`).join("\n")}\n`);
process.exitCode = failures.length === 0 ? 0 : 1;
