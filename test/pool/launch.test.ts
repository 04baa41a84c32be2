/**
 * A slot's command line confines whatever it runs on this Node (issue 16, point 5): the
 * permission model's flag is `--experimental-permission` on Node 20 and `--permission` from
 * 22.13 (and on 24), and with it a process launched as a slot may read only its readable paths
 * and may not write, start processes or workers, or load addons. Run by
 * `npm run test:node-versions` on 22 and 24 as well.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { slotLaunch } from "../../src/build/pool/launch.ts";

/** What the probe reports about each thing it tried: "allowed", or the error code. */
interface ProbeReport {
  permissionApi: boolean;
  readOwnFile: string;
  readOutside: string;
  write: string;
  childProcess: string;
  worker: string;
  addon: string;
  environment: string[];
}

const PROBE = `
import { readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
const attempt = (fn) => { try { fn(); return "allowed"; } catch (error) { return error.code ?? error.message; } };
const report = {
  permissionApi: typeof process.permission?.has === "function" && process.permission.has("fs.read", "/etc/hostname") === false,
  readOwnFile: attempt(() => readFileSync(new URL(import.meta.url))),
  readOutside: attempt(() => readFileSync("/etc/hostname")),
  write: attempt(() => writeFileSync(new URL("./written", import.meta.url), "x")),
  childProcess: attempt(() => { const result = spawnSync("/bin/sh", ["-c", "true"]); if (result.error) throw result.error; }),
  worker: attempt(() => new Worker("0", { eval: true }).terminate()),
  addon: attempt(() => createRequire(import.meta.url)("./addon.node")),
  environment: Object.keys(process.env),
};
process.stdout.write(JSON.stringify(report));
`;

/** The flag this Node's permission model takes, from its version alone. */
function expectedPermissionFlag(): string {
  const [major, minor] = process.versions.node.split(".").map(Number) as [number, number];
  return major > 22 || (major === 22 && minor >= 13) ? "--permission" : "--experimental-permission";
}

function runProbe(command: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: {}, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs the probe as a slot would be launched (in a fresh directory it may read), and reads its report. */
async function probeLaunch(workerThreads: boolean): Promise<{ dir: string; launch: ReturnType<typeof slotLaunch>; report: ProbeReport }> {
  const dir = await mkdtemp(join(tmpdir(), "partforge-launch-"));
  const probe = join(dir, "probe.mjs");
  await writeFile(probe, PROBE);
  // Not a real addon: with addons disabled Node refuses before it opens the file.
  await writeFile(join(dir, "addon.node"), "not an ELF file");
  const launch = slotLaunch({ bundleFile: probe, readablePaths: [dir], heapMb: 64, wasmMaxPages: 256, workerThreads });
  const { status, stdout, stderr } = await runProbe(launch.command, launch.args);
  assert.equal(status, 0, stderr);
  return { dir, launch, report: JSON.parse(stdout) as ProbeReport };
}

describe("a slot's launch on this Node", () => {
  let dir: string;
  let report: ProbeReport;
  let launch: ReturnType<typeof slotLaunch>;
  before(async () => {
    ({ dir, launch, report } = await probeLaunch(false));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it(`uses the permission flag of Node ${process.versions.node}, and no --allow-worker`, () => {
    assert.equal(launch.isolation.permissionFlag, expectedPermissionFlag());
    assert.equal(launch.isolation.workerThreads, false);
    assert.ok(!launch.args.includes("--allow-worker"), launch.args.join(" "));
    assert.ok(launch.args.includes(expectedPermissionFlag()), launch.args.join(" "));
  });

  it("may read its readable paths and nothing else", () => {
    assert.equal(report.permissionApi, true, "process.permission says /etc/hostname is not readable");
    assert.equal(report.readOwnFile, "allowed");
    assert.equal(report.readOutside, "ERR_ACCESS_DENIED");
  });

  it("may not write files, start processes or workers, or load addons", () => {
    assert.deepEqual(
      { write: report.write, childProcess: report.childProcess, worker: report.worker, addon: report.addon },
      { write: "ERR_ACCESS_DENIED", childProcess: "ERR_ACCESS_DENIED", worker: "ERR_ACCESS_DENIED", addon: "ERR_DLOPEN_DISABLED" },
    );
  });

  it("starts with none of the pool's environment (the namespace's shell, when there is one, sets PWD)", () => {
    assert.deepEqual(report.environment.filter((name) => name !== "PWD"), []);
  });
});

describe("a slot's launch for a multi-threaded kernel (workerThreads)", () => {
  let dir: string;
  let report: ProbeReport;
  let launch: ReturnType<typeof slotLaunch>;
  before(async () => {
    ({ dir, launch, report } = await probeLaunch(true));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it("says so in its isolation report and on its command line", () => {
    assert.equal(launch.isolation.workerThreads, true);
    assert.ok(launch.args.includes("--allow-worker"), launch.args.join(" "));
  });

  it("may start workers, and still may not read outside its paths, write, start processes or load addons", () => {
    assert.deepEqual(
      { readOutside: report.readOutside, write: report.write, childProcess: report.childProcess, worker: report.worker, addon: report.addon },
      { readOutside: "ERR_ACCESS_DENIED", write: "ERR_ACCESS_DENIED", childProcess: "ERR_ACCESS_DENIED", worker: "allowed", addon: "ERR_DLOPEN_DISABLED" },
    );
  });
});
