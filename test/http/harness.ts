/**
 * Test harness for the HTTP layer: a fresh store of each kind (SQLite in a temporary folder,
 * PostgreSQL in a fresh schema — skipped with the reason when no server answers) and an app.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/http/app.ts";
import type { AppDeps, ServiceLimits } from "../../src/http/deps.ts";
import { InProcessBackend, type BuildBackend } from "../../src/build/index.ts";
import { openPostgresStore, openSqliteStore, type Store } from "../../src/store/index.ts";

export const FAST_PASSWORD_HASHING = { log2N: 10, blockSize: 8, parallelization: 1 } as const;
const connectionString = process.env.PARTFORGE_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface StoreKind {
  name: "SQLite" | "PostgreSQL";
  skip: string | undefined;
  /** A fresh, empty store; `reopen` opens another handle on the same data. */
  create(): Promise<{ store: Store; reopen(): Promise<Store>; dispose(): Promise<void> }>;
}

async function postgresUnavailable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return undefined;
  } catch (error) {
    return `no PostgreSQL at 127.0.0.1:5432: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function storeKinds(): Promise<StoreKind[]> {
  const pgSkip = await postgresUnavailable();
  return [
    {
      name: "SQLite",
      skip: undefined,
      async create() {
        const dataDir = await mkdtemp(join(tmpdir(), "partforge-http-"));
        const opened: Store[] = [];
        const open = async () => {
          const store = await openSqliteStore({ path: join(dataDir, "partforge.db"), passwordHashing: FAST_PASSWORD_HASHING });
          opened.push(store);
          return store;
        };
        const store = await open();
        return {
          store,
          reopen: open,
          async dispose() {
            await Promise.all(opened.map((s) => s.close().catch(() => undefined)));
            await rm(dataDir, { recursive: true, force: true });
          },
        };
      },
    },
    {
      name: "PostgreSQL",
      skip: pgSkip,
      async create() {
        const schema = `partforge_http_${process.pid}_${randomBytes(5).toString("hex")}`;
        const admin = new pg.Client({ connectionString });
        await admin.connect();
        await admin.query(`CREATE SCHEMA ${schema}`);
        const opened: Store[] = [];
        const open = async () => {
          const store = await openPostgresStore({ connectionString, schema, passwordHashing: FAST_PASSWORD_HASHING });
          opened.push(store);
          return store;
        };
        const store = await open();
        return {
          store,
          reopen: open,
          async dispose() {
            try {
              await Promise.all(opened.map((s) => s.close().catch(() => undefined)));
              await admin.query(`DROP SCHEMA ${schema} CASCADE`);
            } finally {
              await admin.end();
            }
          },
        };
      },
    },
  ];
}

export interface TestService {
  app: FastifyInstance;
  store: Store;
  reopen(): Promise<Store>;
  close(): Promise<void>;
}

/** The app's other settings (cookies, proxy, admin token, log-in throttle, public URL) for one test service. */
export type EdgeDeps = Pick<AppDeps, "secureCookies" | "trustProxy" | "adminToken" | "loginThrottle" | "publicUrl">;

export async function startService(kind: StoreKind, options: { backend?: BuildBackend; limits?: Partial<ServiceLimits>; edge?: EdgeDeps } = {}): Promise<TestService> {
  const { store, reopen, dispose } = await kind.create();
  const app = await buildApp({ store, backend: options.backend ?? new InProcessBackend(), ...(options.limits ? { limits: options.limits } : {}), ...options.edge });
  return {
    app,
    store,
    reopen,
    async close() {
      await app.close();
      await dispose();
    },
  };
}

/**
 * Signs up (which answers 202 whether or not the email was taken, and sets no cookie) and logs
 * in, as the web app does; returns the `pf_session=…` cookie.
 */
export async function signUpAndLogIn(app: FastifyInstance, email: string, password = "correct horse battery"): Promise<string> {
  const credentials = { method: "POST" as const, headers: { "content-type": "application/json" }, payload: { email, password } };
  const signedUp = await app.inject({ ...credentials, url: "/api/accounts" });
  if (signedUp.statusCode !== 202) throw new Error(`sign-up answered ${signedUp.statusCode}: ${signedUp.body}`);
  const loggedIn = await app.inject({ ...credentials, url: "/api/session" });
  const cookie = /pf_session=[^;]+/.exec(String(loggedIn.headers["set-cookie"]))?.[0];
  if (loggedIn.statusCode !== 200 || cookie === undefined) throw new Error(`log-in answered ${loggedIn.statusCode}: ${loggedIn.body}`);
  return cookie;
}

/** A small parametric box: fast to build, with presets and every datatype worth testing. */
export const BOX_SCRIPT = `import { Workplane, FloatParam, IntParam, BooleanParam, ChoiceParam } from "partforge";
export const METADATA = { name: "Test box" };
export const p_length = FloatParam({ min: 5, max: 100, presets: { default: 20, short: 10, long: 80 } });
export const p_holes = IntParam({ min: 0, max: 4, default: 0 });
export const p_round = BooleanParam({ default: false });
export const p_size = ChoiceParam({ choices: ["S", "M"], default: "S" });
export function build() {
  let part = Workplane("XY").box(p_length.value, p_size.value === "S" ? 10 : 20, 5);
  if (p_holes.value > 0) part = part.faces(">Z").workplane().rarray(4, 1, p_holes.value, 1).hole(1);
  if (p_round.value) part = part.edges("|Z").fillet(1);
  return part;
}
`;
