/** Parsing `partforge` command lines; every mistake is a USAGE error that says how to fix it. */
import { parseArgs } from "node:util";
import { PartforgeError } from "../shared/errors.ts";
import { exportFormats } from "../exporters/index.ts";
import { isWasmTierUp, parseOutputType, SERVICE_WASM_TIER_UP, type OutputType, type WasmTierUp } from "../build/index.ts";
import { MAX_KERNEL_THREADS } from "../kernel/load.ts";
import { LOG_LEVELS, type LogLevel } from "../http/requestLog.ts";
import { EXPOSURE_OPTIONS, exposureSettings, type ExposureSettings } from "./exposure.ts";
import { REMOTE_OPTIONS, refuseKeyFlag, remoteSettings, type RemoteSettings } from "./remoteArgs.ts";

const TYPES = exportFormats().join("|");

export const USAGE = `Usage:
  partforge build <model.ts|model.js|model.py> --type ${TYPES} [-p name=value]... [--preset NAME]
                  [--tolerance T] [--angular-tolerance A] [--ascii] [-o FILE|-]
  partforge build <model.ts|model.js|model.py|model id> --server URL [--key-file FILE|-] --type … (the same options)
  partforge models push <model.ts|model.js|model.py> [--id ID] [--public|--private] [--name NAME] [--server URL] [--key-file FILE|-]
  partforge models pull <model id> [-o FILE|-] [--server URL] [--key-file FILE|-]
  partforge describe <model.ts|model.js|model.py>
  partforge mcp [--slots N] [--warmup-builds N] [--models DIR]
  partforge mcp --server URL [--key-file FILE]
  partforge serve [--port N] [--host H] [--data-dir DIR] [--database-url URL] [--slots N]
                  [--cache file:///DIR|s3://BUCKET/PREFIX] [--cache-lock redis://…] [--warmup-builds N] [--kernel-threads N]
                  [--wasm-tier-up eager|dynamic] [--log-level fatal|error|warn|info|debug|trace|silent]
                  [--public-url URL] [--trust-proxy] [--queue redis://…]
  partforge worker --queue redis://… [--slots N] [--cache file:///DIR|s3://BUCKET/PREFIX] [--cache-lock redis://…]
                  [--warmup-builds N] [--kernel-threads N] [--wasm-tier-up eager|dynamic] [--health-port N]
                  [--lock-ms MS] [--close-grace-ms MS]
  partforge admin create-account --email E --password P --plan evaluation|enterprise [--quota N]
  partforge admin create-key --email E [--name N]
  partforge admin set-plan --email E --plan evaluation|enterprise [--quota N]
  partforge help

serve and admin read PORT, HOST, PARTFORGE_DATA_DIR, DATABASE_URL and LOG_LEVEL from the
environment (flags win); the data directory defaults to ./data (SQLite file and build cache).
serve writes one JSON log line per request to standard output (level info by default).
serve also reads PARTFORGE_PUBLIC_URL (an https URL makes cookies Secure), PARTFORGE_TRUST_PROXY=1
(one reverse proxy in front: its X-Forwarded-For/-Proto are believed) and PARTFORGE_ADMIN_TOKEN
(Bearer token for /health details; without it only a loopback client without a proxy sees them).
serve --cache (or PARTFORGE_CACHE) keeps builds in a tier every node shares instead of the data
directory: file:///DIR[?max-bytes=20GiB] or s3://BUCKET/PREFIX[?endpoint=URL&region=R&path-style=true]
(the AWS SDK's usual environment gives credentials); with s3, --cache-lock (or REDIS_URL) names the
Redis whose locks let one node build what several are asked for at once.

serve --queue redis://… (or REDIS_URL) makes a stateless service node: builds go to a durable
queue in that Redis and run on build workers; it needs a PostgreSQL database (DATABASE_URL or
--database-url) that every node shares, and runs no slots. worker --queue (or REDIS_URL) runs
the sandboxed slot pool (--slots, default the number of cores) on that queue's jobs until
SIGINT/SIGTERM, then finishes the running ones for at most --close-grace-ms (default 45000: after
it, even with Redis away or hung, it exits, and jobs it did not deliver run again elsewhere);
--health-port N answers GET /health (200 when it takes jobs, else 503). A job whose worker dies
runs again on another after about twice --lock-ms (default 30000). Service nodes and workers must
use the same Redis.

-p out_NAME=value sets an output option of SVG, DXF, PNG and PROPS (out_view, out_views,
out_width, out_height, out_hidden, out_z, out_density, out_material, out_background,
out_transparent; see the README), never a parameter.

build --server and models talk to a partforge service: --server, else PARTFORGE_URL (build is
local without either). The API key comes from --key-file FILE (- for standard input), else
PARTFORGE_KEY, else standard input when it is not a terminal; never from a flag.

mcp serves the Model Context Protocol on standard input/output for AI assistants (tools build,
inspect, render, describe, validate, list_models), building in a sandboxed pool on this machine
(1 slot by default); list_models offers the ModelScripts in --models DIR (the examples by default).
mcp --server URL (or PARTFORGE_URL) relays to that service's /mcp instead, with the key from
PARTFORGE_KEY or --key-file FILE (standard input carries the protocol).

Exit codes: 0 success, 1 internal error, 2 usage error, 3 script or parameter error,
4 geometry kernel error, 5 time or size limit, 6 server unreachable.`;

export interface BuildCommand {
  command: "build";
  file: string;
  type: OutputType;
  values: Record<string, string>;
  preset: string | undefined;
  tolerance: number | undefined;
  angularTolerance: number | undefined;
  ascii: boolean;
  output: string | undefined;
  /** Build through this service instead of locally (`--server` or `PARTFORGE_URL`); `file` may then be a model id. */
  remote: RemoteSettings | undefined;
}

export interface ModelsCommand {
  command: "models";
  action: "push" | "pull";
  /** push: the script file; pull: the model id. */
  target: string;
  /** push: revise this model instead of creating one. */
  id: string | undefined;
  visibility: "public" | "private" | undefined;
  name: string | undefined;
  /** pull: where to write the source (standard output when absent or `-`). */
  output: string | undefined;
  remote: RemoteSettings;
}

export interface DescribeCommand {
  command: "describe";
  file: string;
}

export interface McpCommand {
  command: "mcp";
  slots: number | undefined;
  warmupBuilds: number | undefined;
  /** The folder whose ModelScripts `list_models` offers; the shipped examples when absent. */
  modelsDir: string | undefined;
  /** Relay to this service's `/mcp` instead of building here. */
  remote: RemoteSettings | undefined;
}

export interface HelpCommand {
  command: "help";
}

export interface StoreSettings {
  dataDir: string;
  databaseUrl: string | undefined;
}

export interface ServeCommand extends StoreSettings, ExposureSettings {
  command: "serve";
  port: number;
  host: string;
  slots: number | undefined;
  /** Builds each slot runs before taking requests (the pool's default when absent). */
  warmupBuilds: number | undefined;
  /** Threads each slot's kernel may use (`BuildPoolOptions.kernelThreads`; 1 when absent). */
  kernelThreads: number | undefined;
  /** How slots tier the kernel's WebAssembly up (`BuildPoolOptions.wasmTierUp`; `SERVICE_WASM_TIER_UP` unless `--wasm-tier-up`). */
  wasmTierUp: WasmTierUp;
  /** The shared build cache (`file://…` or `s3://…`); the data directory's disk cache when absent. */
  cache: string | undefined;
  /** Redis for the shared cache's leases when it is on S3 (`--cache-lock` or `REDIS_URL`). */
  cacheLock: string | undefined;
  logLevel: LogLevel;
  /** A stateless service node on this build queue (`--queue` or `REDIS_URL`); the in-process pool when absent. */
  queue: string | undefined;
}

export interface WorkerCommand {
  command: "worker";
  /** The build queue's Redis (`--queue` or `REDIS_URL`). */
  queue: string;
  slots: number | undefined;
  warmupBuilds: number | undefined;
  /** Threads each slot's kernel may use (`BuildPoolOptions.kernelThreads`; 1 when absent). */
  kernelThreads: number | undefined;
  /** How slots tier the kernel's WebAssembly up (`BuildPoolOptions.wasmTierUp`; `SERVICE_WASM_TIER_UP` unless `--wasm-tier-up`). */
  wasmTierUp: WasmTierUp;
  cache: string | undefined;
  cacheLock: string | undefined;
  /** Serve `GET /health` on this port (127.0.0.1 unless `--host`). */
  healthPort: number | undefined;
  host: string;
  /** A job's lock duration: a dead worker's job runs elsewhere after about twice this. */
  lockMs: number | undefined;
  /** How long a stopping worker waits for its running builds and Redis before it drops its connections and exits. */
  closeGraceMs: number | undefined;
}

export interface AdminCommand extends StoreSettings {
  command: "admin";
  action: "create-account" | "create-key" | "set-plan";
  email: string;
  password: string | undefined;
  plan: "evaluation" | "enterprise" | undefined;
  quota: number | undefined;
  name: string | undefined;
}

export type Command = BuildCommand | DescribeCommand | HelpCommand | ServeCommand | WorkerCommand | AdminCommand | ModelsCommand | McpCommand;

type Environment = Readonly<Record<string, string | undefined>>;

function storeSettings(values: Record<string, unknown>, env: Environment): StoreSettings {
  const dataDir = (values["data-dir"] as string | undefined) ?? env.PARTFORGE_DATA_DIR ?? "./data";
  const databaseUrl = (values["database-url"] as string | undefined) ?? (env.DATABASE_URL || undefined);
  return { dataDir, databaseUrl };
}

function integerOption(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) throw usage(`--${name} must be a whole number from ${min} to ${max}; got "${value}"`);
  return number;
}

function tierUpOption(value: string | undefined): WasmTierUp {
  if (value === undefined) return SERVICE_WASM_TIER_UP;
  if (isWasmTierUp(value)) return value;
  throw usage(`--wasm-tier-up must be eager (slots start slower, builds run faster) or dynamic (V8's default); got "${value}"`);
}

function logLevelOption(value: string | undefined, source: string): LogLevel {
  if (value === undefined || value === "") return "info";
  const level = LOG_LEVELS.find((known) => known === value.toLowerCase());
  if (level === undefined) throw usage(`${source} must be one of ${LOG_LEVELS.join(", ")}; got "${value}"`);
  return level;
}

function cacheOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^(file|s3):\/\//.test(value)) throw usage(`--cache must be a file:///directory or s3://bucket/prefix URL; got "${value}"`);
  return value;
}

function queueOption(value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  if (!/^rediss?:\/\/./.test(value)) throw usage(`--queue (or REDIS_URL) must be a redis://host:port URL; got "${value}"`);
  return value;
}

function planOption(value: unknown): "evaluation" | "enterprise" | undefined {
  if (value === undefined) return undefined;
  if (value === "evaluation" || value === "enterprise") return value;
  throw usage(`--plan must be evaluation or enterprise; got "${String(value)}"`);
}

const STORE_OPTIONS = { "data-dir": { type: "string" }, "database-url": { type: "string" } } as const;

function usage(message: string): PartforgeError {
  return new PartforgeError("USAGE", `${message}\n\n${USAGE}`);
}

function numberOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number)) throw usage(`--${name} must be a number; got "${value}"`);
  return number;
}

function parseValues(pairs: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const pair of pairs) {
    const equals = pair.indexOf("=");
    if (equals <= 0) throw usage(`-p expects name=value; got "${pair}"`);
    const name = pair.slice(0, equals);
    if (Object.hasOwn(values, name)) throw usage(`parameter "${name}" is given twice`);
    values[name] = pair.slice(equals + 1);
  }
  return values;
}

function singleFile(command: string, positionals: readonly string[]): string {
  if (positionals.length === 0) throw usage(`${command}: missing the model file`);
  if (positionals.length > 1) throw usage(`${command}: expected one model file; got ${positionals.join(", ")}`);
  return positionals[0]!;
}

export function parseCommandLine(argv: readonly string[], env: Environment = process.env): Command {
  refuseKeyFlag(argv);
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") return { command: "help" };
  if (command === "describe") {
    const { positionals } = parseStrict(rest, {});
    return { command: "describe", file: singleFile("describe", positionals) };
  }
  if (command === "build") {
    const { values, positionals } = parseStrict(rest, {
      type: { type: "string", short: "t" },
      param: { type: "string", short: "p", multiple: true },
      preset: { type: "string" },
      tolerance: { type: "string" },
      "angular-tolerance": { type: "string" },
      ascii: { type: "boolean" },
      output: { type: "string", short: "o" },
      ...REMOTE_OPTIONS,
    });
    const type = values.type as string | undefined;
    if (type === undefined) throw usage(`build: --type is required (${exportFormats().join(", ")})`);
    return {
      command: "build",
      file: singleFile("build", positionals),
      type: parseOutputType(type),
      values: parseValues((values.param as string[] | undefined) ?? []),
      preset: values.preset as string | undefined,
      tolerance: numberOption("tolerance", values.tolerance as string | undefined),
      angularTolerance: numberOption("angular-tolerance", values["angular-tolerance"] as string | undefined),
      ascii: (values.ascii as boolean | undefined) ?? false,
      output: values.output as string | undefined,
      remote: remoteSettings(values, env),
    };
  }
  if (command === "models") return parseModels(rest, env);
  if (command === "mcp") {
    const { values, positionals } = parseStrict(rest, { slots: { type: "string" }, "warmup-builds": { type: "string" }, models: { type: "string" }, ...REMOTE_OPTIONS });
    if (positionals.length > 0) throw usage(`mcp takes no file; got ${positionals.join(", ")}`);
    const remote = remoteSettings(values, env);
    const local = ["slots", "warmup-builds", "models"].filter((name) => values[name] !== undefined);
    if (remote !== undefined && local.length > 0) throw usage(`mcp --server builds on the service: --${local.join(", --")} only apply to local builds`);
    return {
      command: "mcp",
      slots: integerOption("slots", values.slots as string | undefined, 1, 64),
      warmupBuilds: integerOption("warmup-builds", values["warmup-builds"] as string | undefined, 0, 256),
      modelsDir: values.models as string | undefined,
      remote,
    };
  }
  if (command === "serve") {
    const { values, positionals } = parseStrict(rest, {
      ...STORE_OPTIONS,
      ...EXPOSURE_OPTIONS,
      port: { type: "string" },
      host: { type: "string" },
      slots: { type: "string" },
      "warmup-builds": { type: "string" },
      "kernel-threads": { type: "string" },
      "wasm-tier-up": { type: "string" },
      "log-level": { type: "string" },
      cache: { type: "string" },
      "cache-lock": { type: "string" },
      queue: { type: "string" },
    });
    if (positionals.length > 0) throw usage(`serve takes no file; got ${positionals.join(", ")}`);
    const queue = queueOption((values.queue as string | undefined) ?? env.REDIS_URL);
    if (queue !== undefined) {
      const local = ["slots", "warmup-builds", "kernel-threads", "wasm-tier-up"].filter((name) => values[name] !== undefined);
      if (local.length > 0) throw usage(`serve --queue builds on the workers: --${local.join(", --")} belong to partforge worker`);
    }
    return {
      command: "serve",
      ...storeSettings(values, env),
      port: integerOption("port", (values.port as string | undefined) ?? env.PORT, 0, 65535) ?? 8080,
      host: (values.host as string | undefined) ?? env.HOST ?? "127.0.0.1",
      slots: integerOption("slots", values.slots as string | undefined, 1, 64),
      warmupBuilds: integerOption("warmup-builds", values["warmup-builds"] as string | undefined, 0, 256),
      kernelThreads: integerOption("kernel-threads", values["kernel-threads"] as string | undefined, 1, MAX_KERNEL_THREADS),
      wasmTierUp: tierUpOption(values["wasm-tier-up"] as string | undefined),
      cache: cacheOption((values.cache as string | undefined) ?? (env.PARTFORGE_CACHE || undefined)),
      cacheLock: (values["cache-lock"] as string | undefined) ?? (env.REDIS_URL || undefined),
      logLevel:
        values["log-level"] !== undefined ? logLevelOption(values["log-level"] as string, "--log-level") : logLevelOption(env.LOG_LEVEL, "LOG_LEVEL"),
      ...exposureSettings(values, env),
      queue,
    };
  }
  if (command === "worker") {
    const { values, positionals } = parseStrict(rest, {
      queue: { type: "string" },
      slots: { type: "string" },
      "warmup-builds": { type: "string" },
      "kernel-threads": { type: "string" },
      "wasm-tier-up": { type: "string" },
      cache: { type: "string" },
      "cache-lock": { type: "string" },
      "health-port": { type: "string" },
      host: { type: "string" },
      "lock-ms": { type: "string" },
      "close-grace-ms": { type: "string" },
    });
    if (positionals.length > 0) throw usage(`worker takes no file; got ${positionals.join(", ")}`);
    const queue = queueOption((values.queue as string | undefined) ?? env.REDIS_URL);
    if (queue === undefined) throw usage("worker needs the build queue: --queue redis://host:port (or REDIS_URL)");
    return {
      command: "worker",
      queue,
      slots: integerOption("slots", values.slots as string | undefined, 1, 64),
      warmupBuilds: integerOption("warmup-builds", values["warmup-builds"] as string | undefined, 0, 256),
      kernelThreads: integerOption("kernel-threads", values["kernel-threads"] as string | undefined, 1, MAX_KERNEL_THREADS),
      wasmTierUp: tierUpOption(values["wasm-tier-up"] as string | undefined),
      cache: cacheOption((values.cache as string | undefined) ?? (env.PARTFORGE_CACHE || undefined)),
      cacheLock: (values["cache-lock"] as string | undefined) ?? queue,
      healthPort: integerOption("health-port", values["health-port"] as string | undefined, 0, 65535),
      host: (values.host as string | undefined) ?? env.HOST ?? "127.0.0.1",
      lockMs: integerOption("lock-ms", values["lock-ms"] as string | undefined, 1000, 600_000),
      closeGraceMs: integerOption("close-grace-ms", values["close-grace-ms"] as string | undefined, 0, 3_600_000),
    };
  }
  if (command === "admin") {
    const [action, ...options] = rest;
    if (action !== "create-account" && action !== "create-key" && action !== "set-plan") {
      throw usage(`admin needs an action: create-account, create-key or set-plan; got ${action === undefined ? "none" : `"${action}"`}`);
    }
    const { values, positionals } = parseStrict(options, {
      ...STORE_OPTIONS,
      email: { type: "string" },
      password: { type: "string" },
      plan: { type: "string" },
      quota: { type: "string" },
      name: { type: "string" },
    });
    if (positionals.length > 0) throw usage(`admin ${action}: unexpected ${positionals.join(", ")}`);
    const email = values.email as string | undefined;
    if (email === undefined) throw usage(`admin ${action}: --email is required`);
    const plan = planOption(values.plan);
    const password = values.password as string | undefined;
    if (action === "create-account" && password === undefined) throw usage("admin create-account: --password is required");
    if (action === "set-plan" && plan === undefined) throw usage("admin set-plan: --plan is required");
    return {
      command: "admin",
      action,
      ...storeSettings(values, env),
      email,
      password,
      plan,
      quota: integerOption("quota", values.quota as string | undefined, 0, 1_000_000_000),
      name: values.name as string | undefined,
    };
  }
  throw usage(`unknown command "${command}"`);
}

function parseModels(args: readonly string[], env: Environment): ModelsCommand {
  const [action, ...options] = args;
  if (action !== "push" && action !== "pull") {
    throw usage(`models needs an action: push or pull; got ${action === undefined ? "none" : `"${action}"`}`);
  }
  const { values, positionals } = parseStrict(options, {
    ...REMOTE_OPTIONS,
    ...(action === "push" ? { id: { type: "string" }, public: { type: "boolean" }, private: { type: "boolean" }, name: { type: "string" } } : { output: { type: "string", short: "o" } }),
  });
  if (positionals.length !== 1) throw usage(`models ${action}: expected one ${action === "push" ? "model file" : "model id"}; got ${positionals.length === 0 ? "none" : positionals.join(", ")}`);
  if (values.public === true && values.private === true) throw usage("models push: --public and --private contradict each other");
  const remote = remoteSettings(values, env);
  if (remote === undefined) throw usage(`models ${action} needs a server: --server URL or PARTFORGE_URL`);
  return {
    command: "models",
    action,
    target: positionals[0]!,
    id: values.id as string | undefined,
    visibility: values.public === true ? "public" : values.private === true ? "private" : undefined,
    name: values.name as string | undefined,
    output: values.output as string | undefined,
    remote,
  };
}

type OptionSpec = NonNullable<Parameters<typeof parseArgs>[0]>["options"];

function parseStrict(args: readonly string[], options: OptionSpec): { values: Record<string, unknown>; positionals: string[] } {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true }) as { values: Record<string, unknown>; positionals: string[] };
  } catch (error) {
    throw usage(error instanceof Error ? error.message : String(error));
  }
}
