/**
 * How a slot process is started: Node with the permission model (read access to the slot
 * bundle and the packages it loads, nothing else: no writes, child processes, workers or
 * addons), a JS heap limit and a WebAssembly memory cap, wrapped — where the OS allows it — in
 * `unshare --net --pid --fork --kill-child`, so the slot has no network and dies with its wrapper.
 * The environment is always empty.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** What isolation a slot gets on this machine, for `health()` and the start-up log. */
export interface IsolationReport {
  /** Slots run in their own network namespace (no interfaces but loopback). */
  network: boolean;
  /** Why there is no network isolation, when there is none. */
  networkUnavailableReason?: string;
  /** The wrapper command, e.g. `unshare --net --pid --fork --kill-child`. */
  wrapper?: string;
  /** Slots are killed by the kernel if the pool's process dies (`setpriv --pdeathsig KILL`), so no runaway slot outlives it. */
  diesWithPool: boolean;
  /** Node's permission model flag in use (`--permission` or `--experimental-permission`). */
  permissionFlag: string;
  /** The only paths a slot may read. */
  readablePaths: string[];
  /** Slots start with an empty environment (always true). */
  emptyEnvironment: true;
  heapMb: number;
  wasmMaxPages: number;
}

export interface SlotLaunch {
  command: string;
  args: string[];
  isolation: IsolationReport;
}

export interface LaunchOptions {
  bundleFile: string;
  readablePaths: string[];
  heapMb: number;
  wasmMaxPages: number;
}

const UNSHARE_FLAGS = ["--net", "--pid", "--fork", "--kill-child"];
const UNPRIVILEGED_FLAGS = ["--user", "--map-root-user", ...UNSHARE_FLAGS];

const PDEATHSIG_FLAGS = ["--pdeathsig", "KILL", "--"];

let probed: { command: string; flags: string[] } | { reason: string } | undefined;
let deathSignal: string | null | undefined;

/** The command line of a slot. Probes `unshare` once per process. */
export function slotLaunch(options: LaunchOptions): SlotLaunch {
  const permissionFlag = process.allowedNodeEnvironmentFlags.has("--permission") ? "--permission" : "--experimental-permission";
  const nodeArgs = [
    permissionFlag,
    ...options.readablePaths.map((path) => `--allow-fs-read=${path}`),
    "--no-addons",
    `--max-old-space-size=${options.heapMb}`,
    `--wasm-max-mem-pages=${options.wasmMaxPages}`,
    ...(process.allowedNodeEnvironmentFlags.has("--disable-warning") ? ["--disable-warning=ExperimentalWarning"] : []),
    options.bundleFile,
  ];
  const base = {
    permissionFlag,
    readablePaths: options.readablePaths,
    emptyEnvironment: true as const,
    heapMb: options.heapMb,
    wasmMaxPages: options.wasmMaxPages,
  };
  probed ??= probeUnshare();
  deathSignal ??= probeSetpriv();
  const prefix = deathSignal === null ? [] : [deathSignal, ...PDEATHSIG_FLAGS];
  const withPrefix = (command: string, args: string[]) => (prefix.length === 0 ? { command, args } : { command: prefix[0]!, args: [...prefix.slice(1), command, ...args] });
  const diesWithPool = deathSignal !== null;
  if ("reason" in probed) {
    return { ...withPrefix(process.execPath, nodeArgs), isolation: { ...base, diesWithPool, network: false, networkUnavailableReason: probed.reason } };
  }
  return {
    ...withPrefix(probed.command, [...probed.flags, "--", process.execPath, ...nodeArgs]),
    isolation: { ...base, diesWithPool, network: true, wrapper: `unshare ${probed.flags.join(" ")}` },
  };
}

/**
 * `setpriv --pdeathsig KILL` (util-linux): the wrapper gets SIGKILL when the pool's process
 * dies, and `--kill-child` passes it on, so a slot spinning in a promise loop — which never
 * notices its IPC channel closing — cannot outlive a crashed service.
 */
function probeSetpriv(): string | null {
  if (process.platform !== "linux") return null;
  const command = findExecutable("setpriv");
  if (command === undefined) return null;
  const probe = spawnSync(command, [...PDEATHSIG_FLAGS, process.execPath, "-e", "0"], { env: {}, timeout: 10_000 });
  return probe.status === 0 ? command : null;
}

/** Tries `unshare` as is (root or CAP_SYS_ADMIN), then in a user namespace (unprivileged). */
function probeUnshare(): { command: string; flags: string[] } | { reason: string } {
  if (process.platform !== "linux") return { reason: `network namespaces need Linux; this is ${process.platform}` };
  const command = findExecutable("unshare");
  if (command === undefined) return { reason: "the unshare command (util-linux) is not installed" };
  let lastError = "";
  for (const flags of [UNSHARE_FLAGS, UNPRIVILEGED_FLAGS]) {
    const probe = spawnSync(command, [...flags, "--", process.execPath, "-e", "0"], { env: {}, timeout: 10_000, encoding: "utf8" });
    if (probe.status === 0) return { command, flags };
    lastError = (probe.stderr || probe.error?.message || `exit status ${String(probe.status)}`).trim().split("\n")[0]!;
  }
  return { reason: `unshare cannot create network and PID namespaces here: ${lastError}` };
}

function findExecutable(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}
