/**
 * The soak: two `partforge serve` nodes on one PostgreSQL schema take mixed traffic (builds of the
 * examples, cache hits, 304s, hostile scripts, account, key and model API calls) while slots are
 * SIGKILLed, the nodes' PostgreSQL connections are terminated and nodes are restarted, at moments
 * drawn from a seeded RNG. It ends by itself (bounded request loops, 127.0.0.1 only) and reports
 * what must hold: no process died unasked, every account's ledger equals the 200s its client
 * received, memory per node, and no leftover processes, connections or temporary directories.
 */
import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { HOSTILE_SCRIPTS } from "../pool/hostileScripts.ts";
import { openPostgresStore } from "../../src/store/index.ts";
import { rssSlopeMibPerMin, ServiceNode } from "./serviceNode.ts";
import { seededRandom } from "../helpers/seededRandom.ts";

export const connectionString = process.env.PARTFORGE_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface SoakOptions {
  /** The most traffic time; clients also stop after `maxRequestsPerClient`, whichever comes first. */
  seconds: number;
  seed: number;
  clients: number;
  /** Each client's request budget (so a slow machine does the same work, only slower). */
  maxRequestsPerClient: number;
  /** Node restarts at most (half by SIGTERM, half by SIGKILL after draining). */
  maxRestarts: number;
  /** A chaos event every [min, max) ms. */
  chaosIntervalMs: [number, number];
  /** Warm-up builds per slot start (the service's default is 16). */
  warmupBuilds: number;
  /** RSS samples of an incarnation before this many ms after its start are warm-up. */
  warmupMs: number;
  print(line: string): void;
}

export interface SoakReport {
  seed: number;
  unexpectedExits: string[];
  /** Per account: downloads its client received (200 with the whole body) and the ledger's count. */
  ledger: Array<{ account: string; delivered: number; charged: number }>;
  /** Per node incarnation with enough samples after warm-up: RSS slope in MiB/min. */
  rssSlopes: Array<{ node: string; incarnation: number; slopeMibPerMin: number; samples: number }>;
  /** Node incarnations too short to have three samples after warm-up (restarted or killed before). */
  shortIncarnations: Array<{ node: string; incarnation: number; samples: number }>;
  /**
   * Per node, its build slots' RSS: how many were sampled, the steepest slope among those sampled
   * for at least 10 s, and the largest RSS seen. Slots are not judged by slope: each build may grow
   * the kernel's memory, and the pool bounds it by recycling (wasmRecycleBytes, recycleAfterBuilds).
   */
  slotMemory: Array<{ node: string; slots: number; maxSlopeMibPerMin: number | undefined; maxRssMib: number }>;
  leftoverProcesses: number[];
  leftoverTempEntries: string[];
  leftoverConnections: number;
  statuses: Record<string, number>;
  chaos: { slotKills: number; pgTerminations: number; restarts: number };
  /** Requests that got a 5xx other than 503 (a store fault) or a build's own error. */
  unexpected5xx: string[];
  /** The pool's error lines from the nodes' logs. */
  poolErrors: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Account {
  email: string;
  key: string;
  delivered: number;
}

/**
 * What a build may answer under this chaos besides 200: a store fault (503), a rate limit (429),
 * its slot killed (500 naming SIGKILL), or its time limit (504: a loaded machine is slow).
 */
function expectedFailure(status: number, body: string): boolean {
  return status === 503 || status === 429 || status === 504 || (status === 500 && /killed by SIGKILL/.test(body));
}
const SMALL_MODEL = `export const METADATA = { name: "Soak block" };\nexport function build() { return Workplane("XY").box(4, 5, 6); }\n`;

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const suffix = `${process.pid}_${randomBytes(4).toString("hex")}`;
  const schema = `partforge_soak_${suffix}`;
  const root = await mkdtemp(join(tmpdir(), "partforge-soak-"));
  const nodesTmp = join(root, "tmp");
  const admin = new pg.Client({ connectionString, application_name: `partforge-soak-${suffix}-admin` });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const appName = (name: string) => `partforge-soak-${suffix}-${name}`;
  const nodes = ["a", "b"].map(
    (name) =>
      new ServiceNode({
        name,
        dataDir: join(root, `data-${name}`),
        // Both nodes on one schema; each tagged so only its own connections are ever terminated.
        databaseUrl: `${connectionString}?application_name=${appName(name)}&options=${encodeURIComponent(`-c search_path=${schema}`)}`,
        tmpDir: nodesTmp,
        slots: 1,
        warmupBuilds: options.warmupBuilds,
      }),
  );
  const statuses: Record<string, number> = {};
  const unexpected5xx: string[] = [];
  const chaos = { slotKills: 0, pgTerminations: 0, restarts: 0 };
  const startMs = Date.now();
  try {
    await mkdir(nodesTmp);
    // Node a seeds the empty schema: a demo account and the examples as public models.
    await nodes[0]!.start();
    await nodes[1]!.start();
    const { rows: models } = await admin.query<{ id: string }>(`SELECT id FROM ${schema}.models ORDER BY id`);
    if (models.length === 0) throw new Error("the first node published no example models");
    const accounts = await createAccounts(schema, options.clients);
    options.print(`soak (${((Date.now() - startMs) / 1000).toFixed(0)} s to start): seed ${options.seed}, ${options.seconds} s, ${options.clients} clients, ${models.length} example models, nodes ${nodes.map((n) => n.url).join(" ")}`);

    const live = () => nodes.filter((node) => node.accepting);
    const count = (label: string) => (statuses[label] = (statuses[label] ?? 0) + 1);
    // Traffic time starts once both nodes listen: a loaded machine may take long to start them.
    const deadline = Date.now() + options.seconds * 1000;

    const sampler = setInterval(() => nodes.forEach((node) => node.sampleRss(startMs)), 1000);
    const elapsed = () => `${((Date.now() - startMs) / 1000).toFixed(0)} s`;
    const progress = setInterval(() => {
      const total = Object.values(statuses).reduce((a, b) => a + b, 0);
      options.print(`  ${elapsed()}: ${total} responses, chaos ${JSON.stringify(chaos)}, in flight ${nodes.map((n) => n.inFlight).join("/")}`);
    }, 10_000);

    async function client(index: number): Promise<void> {
      const account = accounts[index]!;
      const auth = { authorization: `Bearer ${account.key}` };
      const done: Array<{ url: string; etag: string }> = [];
      let cookie: string | undefined;
      let ownModel: string | undefined;
      let lastStatus = 0;
      let lastRetryAfter: string | null = null;
      /** Every response passes here: its status and Retry-After decide this client's pause. */
      const seen = (response: Response): Response => {
        lastStatus = response.status;
        lastRetryAfter = response.headers.get("retry-after");
        return response;
      };
      /** The session cookie (keys and models are managed with it); undefined when this turn went to logging in. */
      const sessionCookie = async (url: string): Promise<string | undefined> => {
        if (cookie !== undefined) return cookie;
        const login = seen(await fetch(`${url}/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: account.email, password: PASSWORD }), signal: AbortSignal.timeout(30_000) }));
        await login.arrayBuffer();
        count(`login ${login.status}`);
        if (login.status === 200) cookie = login.headers.get("set-cookie")!.split(";")[0]!;
        return undefined;
      };
      for (let n = 0; n < options.maxRequestsPerClient && Date.now() < deadline; n++) {
        const targets = live();
        if (targets.length === 0) {
          await sleep(200);
          continue;
        }
        const node = pick(targets);
        const roll = random();
        let label = "";
        node.inFlight += 1;
        try {
          if (roll < 0.3 || done.length === 0) {
            label = "build";
            const url = `/build?id=${pick(models).id}&type=${pick(["STL", "GLB", "AMF"])}&tolerance=${pick(["0.1", "0.05", "0.2"])}`;
            const response = seen(await fetch(`${node.url}${url}`, { headers: auth, signal: AbortSignal.timeout(90_000) }));
            const body = await response.arrayBuffer();
            if (response.status === 200) {
              account.delivered += 1;
              done.push({ url, etag: response.headers.get("etag")! });
              if (Number(response.headers.get("content-length")) !== body.byteLength) throw new Error("a 200 body was cut short");
            } else if (!expectedFailure(response.status, new TextDecoder().decode(body))) {
              unexpected5xx.push(`${url} -> ${response.status} ${new TextDecoder().decode(body).slice(0, 300)}`);
            }
            count(`${label} ${response.status}`);
          } else if (roll < 0.45) {
            label = "cache hit";
            const previous = pick(done);
            const response = seen(await fetch(`${node.url}${previous.url}`, { headers: auth, signal: AbortSignal.timeout(90_000) }));
            await response.arrayBuffer();
            if (response.status === 200) account.delivered += 1;
            count(`${label} ${response.status}${response.headers.get("x-cache") === "hit" ? " (X-Cache hit)" : ""}`);
          } else if (roll < 0.55) {
            label = "if-none-match";
            const previous = pick(done);
            const response = seen(await fetch(`${node.url}${previous.url}`, { headers: { ...auth, "if-none-match": previous.etag }, signal: AbortSignal.timeout(90_000) }));
            await response.arrayBuffer();
            if (response.status === 200) account.delivered += 1;
            count(`${label} ${response.status}`);
          } else if (roll < 0.65) {
            label = "hostile";
            const hostile = pick(HOSTILE_SCRIPTS.filter((script) => script.timeoutMs === undefined));
            const response = seen(await fetch(`${node.url}/build`, {
              method: "POST",
              headers: { ...auth, "content-type": "application/json" },
              body: JSON.stringify({ type: "STL", s: hostile.source }),
              signal: AbortSignal.timeout(90_000),
            }));
            const text = await response.text();
            if (response.status === 200) account.delivered += 1;
            if (response.status >= 500 && !expectedFailure(response.status, text) && !text.includes(`"code":"${hostile.code}"`)) unexpected5xx.push(`hostile "${hostile.name}" -> ${response.status} ${text.slice(0, 300)}`);
            count(`${label} ${response.status}`);
          } else if (roll < 0.75) {
            label = "account";
            const response = seen(await fetch(`${node.url}${pick(["/api/account", "/api/usage"])}`, { headers: auth, signal: AbortSignal.timeout(30_000) }));
            await response.arrayBuffer();
            count(`${label} ${response.status}`);
          } else if (roll < 0.85) {
            label = "key";
            const current = await sessionCookie(node.url);
            if (current === undefined) continue;
            const session = { cookie: current };
            const created = seen(await fetch(`${node.url}/api/keys`, { method: "POST", headers: { ...session, "content-type": "application/json" }, body: JSON.stringify({ name: "soak" }), signal: AbortSignal.timeout(30_000) }));
            const body = (await created.json()) as { key?: { id: string } };
            count(`${label} create ${created.status}`);
            if (created.status === 201 && body.key) {
              const id = body.key.id;
              const change = random() < 0.5
                ? seen(await fetch(`${node.url}/api/keys/${id}`, { method: "PATCH", headers: { ...session, "content-type": "application/json" }, body: JSON.stringify({ disabled: true }), signal: AbortSignal.timeout(30_000) }))
                : seen(await fetch(`${node.url}/api/keys/${id}`, { method: "DELETE", headers: session, signal: AbortSignal.timeout(30_000) }));
              await change.arrayBuffer();
              count(`${label} ${change.status}`);
            }
          } else {
            label = "model";
            const current = await sessionCookie(node.url);
            if (current === undefined) continue;
            const session = { cookie: current };
            const response =
              ownModel === undefined || random() < 0.3
                ? seen(await fetch(`${node.url}/api/models`, { method: "POST", headers: { ...session, "content-type": "application/json" }, body: JSON.stringify({ script: SMALL_MODEL, language: "ts" }), signal: AbortSignal.timeout(60_000) }))
                : random() < 0.5
                  ? seen(await fetch(`${node.url}/api/models/${ownModel}`, { method: "PUT", headers: { ...session, "content-type": "application/json" }, body: JSON.stringify({ script: SMALL_MODEL, language: "ts" }), signal: AbortSignal.timeout(60_000) }))
                  : seen(await fetch(`${node.url}/api/models?limit=5`, { headers: session, signal: AbortSignal.timeout(30_000) }));
            const body = (await response.json().catch(() => ({}))) as { model?: { id: string } };
            if (response.status === 201 && body.model) ownModel = body.model.id;
            count(`${label} ${response.status}`);
          }
          // A well-behaved client waits as told after a refusal (bounded, so the loop stays short).
          const last = lastStatus;
          if (last === 429 || last === 503) await sleep(Math.min(2, Number(lastRetryAfter) || 1) * 1000);
          else if (last >= 500) await sleep(200);
        } catch (error) {
          // The node went down under the request (a restart): nothing was delivered.
          count(`${label} connection lost`);
          if (!(error instanceof TypeError) && !(error instanceof DOMException)) throw error;
        } finally {
          node.inFlight -= 1;
        }
      }
    }

    async function restart(node: ServiceNode, signal: "SIGTERM" | "SIGKILL"): Promise<void> {
      // SIGTERM drains in-flight requests; SIGKILL comes only once clients have drained the node,
      // so no charge can be committed for a 200 that is never sent (see docs/operations.md).
      options.print(`  ${elapsed()}: restarting node ${node.settings.name} with ${signal}`);
      node.accepting = false;
      if (signal === "SIGKILL") for (let wait = 0; wait < 600 && node.inFlight > 0; wait++) await sleep(100);
      const ended = await node.stop(signal);
      if (signal === "SIGTERM" && ended.code !== 0) node.unexpectedExits.push(`${node.settings.name} ended ${ended.signal ?? `with code ${ended.code}`} after SIGTERM`);
      await node.start();
      node.restarts += 1;
      chaos.restarts += 1;
    }

    async function chaosLoop(): Promise<void> {
      let restarts = 0;
      let restarting: Promise<void> | undefined;
      // Every kind of fault once first, so even a short run meets each; then drawn at random.
      const opening = [0.1, 0.5, 0.9];
      while (!clientsDone) {
        const [min, max] = options.chaosIntervalMs;
        await sleep(min + random() * (max - min));
        const roll = opening.shift() ?? random();
        const node = pick(nodes);
        if (!node.accepting) continue;
        if (roll < 0.4) {
          const pids = await node.slotPids().catch(() => []);
          if (pids.length === 0) continue;
          try {
            process.kill(pick(pids), "SIGKILL");
            chaos.slotKills += 1;
          } catch {
            // the slot ended meanwhile
          }
        } else if (roll < 0.75) {
          const { rows } = await admin.query<{ n: number }>(
            "SELECT count(*)::integer AS n FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()) t",
            [appName(node.settings.name)],
          );
          if (rows[0]!.n > 0) chaos.pgTerminations += 1;
        } else if (restarts < options.maxRestarts && restarting === undefined && live().length === nodes.length) {
          restarts += 1;
          // A restart takes a while; the other faults go on meanwhile.
          restarting = restart(node, restarts % 2 === 1 ? "SIGTERM" : "SIGKILL")
            .catch((error: unknown) => {
              node.unexpectedExits.push(`${node.settings.name} did not come back after a restart: ${String(error)}`);
            })
            .finally(() => {
              restarting = undefined;
            });
        }
      }
      await restarting;
    }

    let clientsDone = false;
    const chaosDone = chaosLoop();
    await Promise.all(accounts.map((_, index) => client(index)));
    clientsDone = true;
    await chaosDone;
    clearInterval(sampler);
    clearInterval(progress);
    options.print(`  ${elapsed()}: traffic over; stopping the nodes`);

    for (const node of nodes) {
      await node.slotPids().catch(() => []);
      const ended = await node.stop("SIGTERM");
      if (ended.code !== 0) node.unexpectedExits.push(`${node.settings.name} ended ${ended.signal ?? `with code ${ended.code}`} after the final SIGTERM`);
    }
    const { rows: charged } = await admin.query<{ email: string; n: number }>(
      `SELECT a.email, count(u.id)::integer AS n FROM ${schema}.accounts a LEFT JOIN ${schema}.usage_ledger u ON u.account_id = a.id GROUP BY a.email`,
    );
    const chargedBy = new Map(charged.map((row) => [row.email, row.n]));
    const report: SoakReport = {
      seed: options.seed,
      unexpectedExits: nodes.flatMap((node) => node.unexpectedExits),
      ledger: accounts.map((account) => ({ account: account.email, delivered: account.delivered, charged: chargedBy.get(account.email) ?? 0 })),
      rssSlopes: nodes.flatMap((node) =>
        [...new Set(node.rss.map((s) => s.incarnation))].flatMap((incarnation) => {
          const all = node.rss.filter((s) => s.incarnation === incarnation);
          const warm = all.filter((s) => s.atMs - all[0]!.atMs >= options.warmupMs);
          const slope = rssSlopeMibPerMin(warm);
          return slope === undefined ? [] : [{ node: node.settings.name, incarnation, slopeMibPerMin: slope, samples: warm.length }];
        }),
      ),
      shortIncarnations: nodes.flatMap((node) =>
        [...new Set(node.rss.map((s) => s.incarnation))].flatMap((incarnation) => {
          const all = node.rss.filter((s) => s.incarnation === incarnation);
          const warm = all.filter((s) => s.atMs - all[0]!.atMs >= options.warmupMs);
          return rssSlopeMibPerMin(warm) === undefined ? [{ node: node.settings.name, incarnation, samples: all.length }] : [];
        }),
      ),
      slotMemory: nodes.map((node) => {
        const series = [...node.slotRss.values()];
        const slopes = series
          .filter((samples) => samples.length > 1 && samples.at(-1)!.atMs - samples[0]!.atMs >= 10_000)
          .map((samples) => rssSlopeMibPerMin(samples))
          .filter((slope): slope is number => slope !== undefined);
        const maxRss = Math.max(0, ...series.flat().map((sample) => sample.rssBytes));
        return { node: node.settings.name, slots: series.length, maxSlopeMibPerMin: slopes.length === 0 ? undefined : Math.max(...slopes), maxRssMib: maxRss / 1024 / 1024 };
      }),
      leftoverProcesses: await waitForExit(nodes.flatMap((node) => [...node.pidsSeen])),
      // Only the service's own (tsx, which runs the CLI here, keeps its cache there too).
      leftoverTempEntries: (await readdir(nodesTmp)).filter((name) => name.startsWith("partforge-")),
      leftoverConnections: await connectionsOf(admin, nodes.map((node) => appName(node.settings.name))),
      statuses,
      chaos,
      unexpected5xx,
      poolErrors: nodes.flatMap((node) => node.poolErrors),
    };
    printReport(report, nodes, options.print);
    return report;
  } finally {
    for (const node of nodes) await node.stop("SIGKILL").catch(() => undefined);
    await admin.query(`DROP SCHEMA ${schema} CASCADE`).catch(() => undefined);
    await admin.end();
    await rm(root, { recursive: true, force: true });
  }
}

const PASSWORD = "correct horse battery";

async function createAccounts(schema: string, count: number): Promise<Account[]> {
  const store = await openPostgresStore({ connectionString, schema, maxConnections: 2, passwordHashing: { log2N: 10, blockSize: 8, parallelization: 1 } });
  try {
    const accounts: Account[] = [];
    for (let i = 0; i < count; i++) {
      const email = `soak${i}@example.com`;
      const account = await store.createAccount({ email, password: PASSWORD, monthlyQuota: 100_000 });
      accounts.push({ email, key: (await store.createApiKey(account.id, { name: "soak" })).secret, delivered: 0 });
    }
    return accounts;
  } finally {
    await store.close();
  }
}

/** Pids still alive (not zombies) after up to 10 s. */
async function waitForExit(pids: number[]): Promise<number[]> {
  const alive = (pid: number) => existsSync(`/proc/${pid}`) && !/\) [ZX] /.test(safeRead(`/proc/${pid}/stat`));
  for (let wait = 0; wait < 100 && pids.some(alive); wait++) await sleep(100);
  return pids.filter(alive);
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return ") X ";
  }
}

async function connectionsOf(admin: pg.Client, names: string[]): Promise<number> {
  for (let wait = 0; wait < 50; wait++) {
    const { rows } = await admin.query<{ n: number }>("SELECT count(*)::integer AS n FROM pg_stat_activity WHERE application_name = ANY($1)", [names]);
    if (rows[0]!.n === 0) return 0;
    await sleep(100);
  }
  const { rows } = await admin.query<{ n: number }>("SELECT count(*)::integer AS n FROM pg_stat_activity WHERE application_name = ANY($1)", [names]);
  return rows[0]!.n;
}

function printReport(report: SoakReport, nodes: ServiceNode[], print: (line: string) => void): void {
  const row = (cells: Array<string | number>) => print(cells.map((cell, i) => String(cell).padEnd(i === 0 ? 34 : 12)).join(" "));
  print("");
  print(`soak summary (seed ${report.seed}; rerun with SOAK_SEED=${report.seed})`);
  row(["chaos", "slot kills", "pg kills", "restarts"]);
  row(["", report.chaos.slotKills, report.chaos.pgTerminations, report.chaos.restarts]);
  row(["responses", "count"]);
  for (const [label, n] of Object.entries(report.statuses).sort()) row([label, n]);
  row(["account", "delivered", "charged"]);
  for (const entry of report.ledger) row([entry.account, entry.delivered, entry.charged]);
  row(["node (incarnation)", "RSS MiB/min", "samples", "last RSS MiB"]);
  for (const slope of report.rssSlopes) {
    const node = nodes.find((n) => n.settings.name === slope.node)!;
    const last = node.rss.filter((s) => s.incarnation === slope.incarnation).at(-1)!;
    row([`${slope.node} (${slope.incarnation})`, slope.slopeMibPerMin.toFixed(2), slope.samples, (last.rssBytes / 1024 / 1024).toFixed(0)]);
  }
  for (const short of report.shortIncarnations) row([`${short.node} (${short.incarnation})`, "too short", short.samples, "(restarted)"]);
  row(["slots of node", "sampled", "max MiB/min", "max RSS MiB"]);
  for (const slots of report.slotMemory) {
    row([slots.node, slots.slots, slots.maxSlopeMibPerMin === undefined ? "-" : slots.maxSlopeMibPerMin.toFixed(2), slots.maxRssMib.toFixed(0)]);
  }
  row(["unexpected exits", report.unexpectedExits.length]);
  row(["unexpected 5xx", report.unexpected5xx.length]);
  row(["leftover processes", report.leftoverProcesses.length]);
  row(["leftover temp entries", report.leftoverTempEntries.length]);
  row(["leftover connections", report.leftoverConnections]);
  row(["pool errors logged", report.poolErrors.length]);
  for (const line of [...report.unexpectedExits, ...report.unexpected5xx.slice(0, 20), ...report.leftoverTempEntries, ...report.poolErrors]) print(`  ${line.slice(0, 500)}`);
}
