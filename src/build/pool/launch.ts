/**
 * How a slot process is started: Node with the permission model (read access to the slot
 * bundle and the packages it loads, nothing else: no writes, child processes, workers or
 * addons), a JS heap limit and a WebAssembly memory cap, wrapped — where the OS allows it — in
 * `unshare --net --pid --fork --kill-child` (with a shell as the namespace's init, see
 * NAMESPACE_INIT), so the slot has no network and dies with its wrapper.
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
  /** The slot's `--wasm-max-mem-pages`: the export's cap (`BuildPoolOptions.exportWasmMaxPages`); the slot keeps a build below `wasmMaxPages` outside its export itself. */
  wasmMaxPages: number;
  /** Slots may start worker threads (`--allow-worker`): only for a multi-threaded kernel (`BuildPoolOptions.kernelThreads`). */
  workerThreads: boolean;
}

export interface SlotLaunch {
  command: string;
  args: string[];
  isolation: IsolationReport;
  /**
   * The process the pool spawns is a wrapper that reports Node's death by signal N as exit status
   * 128 + N (a shell's convention), instead of the signal itself.
   */
  signalAsExitStatus: boolean;
  /** The slot's V8 tiers its WebAssembly up eagerly (`--no-wasm-dynamic-tiering`): asked for and known to this Node. */
  eagerTierUp: boolean;
}

/**
 * The PID namespace's init: a POSIX shell that runs Node as its child and exits with its status.
 * Without it Node would be PID 1 of the namespace, which the kernel shields from every signal it
 * has no handler for (a SIGSEGV or SIGTERM sent from outside did nothing), and `unshare` reports
 * a child killed by a signal as "exit code 1" (util-linux 2.38: "sigprocmask unblock failed").
 * `; exit $?` keeps the shell from replacing itself with Node.
 */
const NAMESPACE_INIT = ["/bin/sh", "-c", '"$@"; exit $?', "partforge-slot"];

export interface LaunchOptions {
  bundleFile: string;
  readablePaths: string[];
  heapMb: number;
  /** `--wasm-max-mem-pages`: V8's cap, which the pool sets to the export's (`exportWasmMaxPages`). */
  wasmMaxPages: number;
  /** Allow worker threads, for the multi-threaded kernel's own threads only. */
  workerThreads: boolean;
  /** `--no-wasm-dynamic-tiering` (`BuildPoolOptions.wasmTierUp` "eager"), where this Node's V8 has the flag. */
  eagerTierUp?: boolean;
}

const UNSHARE_FLAGS = ["--net", "--pid", "--fork", "--kill-child"];
const UNPRIVILEGED_FLAGS = ["--user", "--map-root-user", ...UNSHARE_FLAGS];

const PDEATHSIG_FLAGS = ["--pdeathsig", "KILL", "--"];

let probed: { command: string; flags: string[] } | { reason: string } | undefined;
let deathSignal: string | null | undefined;
let tierUpFlagKnown: boolean | undefined;

/** The V8 flag that queues every WebAssembly function for TurboFan once Liftoff has compiled it. */
const EAGER_TIER_UP_FLAG = "--no-wasm-dynamic-tiering";

/**
 * The command line of a slot. Probes `unshare` once per process.
 *
 * No V8 tuning flags (background threads, GC, tiering), measured: what a warm slot spends beside
 * its main thread's CPU is V8's four worker threads' (4–5 % of its CPU for a customizer rebuild,
 * ~20 % for a build of a program it has not run before), nearly all of it compiling the kernel's
 * WebAssembly functions that turned hot to TurboFan (`--trace-wasm-compilation-times`, 24
 * customizer rebuilds: 765 tier-ups; GC: 35 scavenges, 3 mark-compacts), which speeds up the
 * main thread's later builds. Flag sets measured against the defaults (2026-12-06, 2 cores under
 * load from other work, so CPU not wall time; a warm slot per flag set, builds interleaved across
 * them, the defaults twice as a control; per build, main thread / whole process, ms):
 * customizer rebuilds (enclosure, lego-brick, spur-gear, 72 values) defaults 704 / 734 and
 * 726 / 760 (control), `--single-threaded` 742 / 755, `--v8-pool-size=1` 722 / 752,
 * `--single-threaded-gc` 722 / 747, `--wasm-tiering-budget=5400000` (3× V8's) 702 / 743;
 * in another run (24 values) `--no-concurrent-marking` and `--max-semi-space-size=64` within the
 * control's spread as well. Repeated builds of six conformance programs the warm-up does not run
 * (24 each): defaults 96.0 / 125.0 and 97.4 / 125.0, `--single-threaded` 100.2 / 119.2 (the
 * main thread does the tier-ups), `--v8-pool-size=1` 96.0 / 122.5, `--single-threaded-gc`
 * 98.4 / 125.8, `--no-concurrent-marking` 95.2 / 122.5, `--max-semi-space-size=64` 95.2 / 122.5;
 * in another run, defaults 94.3 / 120.0 and 92.3 / 117.5, `--wasm-tiering-budget=5400000`
 * 93.3 / 135.8 (the tier-ups it saves at start-up come back during builds); in a third,
 * defaults 90.8 / 115.8 and 89.5 / 115.4, `--v8-pool-size=2` 89.7 / 113.3.
 * None lowers a build's CPU beyond the control's spread without raising the main thread's. They
 * differ at start-up (median of 3, main thread / whole process, s; peak RSS): defaults
 * 2.6 / 9.1 and 2.7 / 9.1, 373–395 MiB; `--v8-pool-size=1` 4.6 / 8.6, 297 MiB; `--v8-pool-size=2`
 * 2.8 / 7.9 against 2.4 / 8.3, 346 against 387 MiB;
 * `--single-threaded` 3.1 / 7.8, 313 MiB; `--wasm-tiering-budget=5400000` 2.3 / 7.1, 381 MiB
 * (fewer functions tier up during the warm-up).
 * WebAssembly tiering measured too (2026-12-06, the same method; V8 11.3 of Node 20.20 compiles
 * lazily: a function is compiled by Liftoff on the main thread at its first call and tiered up
 * to TurboFan in the background once its budget of executed bytes runs out). Counted with
 * `--trace-wasm-compilation-times` in a process warmed as a slot: the kernel's load 366 Liftoff
 * compiles, the 12 warm-up builds 6,923 more and 1,445 tier-ups. Meshing then runs in TurboFan:
 * examples-cycloidal-gear's STL export (1.4–1.5 s CPU, flat over 5 meshes) compiled no new
 * function and tiered up 1–4 a mesh, thread-bolt's and examples-lego-brick's 3–21 a build (the
 * warm-up's six STL exports reach BRepMesh); builds of programs the warm-up does not run keep
 * tiering up (examples-parametric-enclosure, STEP: 91 new functions, then 162, 112, 92, 86, 61
 * tier-ups over 5 builds). Per build, main thread / whole process, ms: repeated builds (2nd–4th)
 * of six conformance programs the warm-up does not run, defaults 33.3 / 65.0 and 30.6 / 59.4,
 * `--no-liftoff` (TurboFan only, compiled lazily on the main thread) 24.8 / 25.6,
 * `--no-wasm-dynamic-tiering` (a function is queued for TurboFan as soon as Liftoff has compiled
 * it) 25.6 / 27.8, `--wasm-tiering-budget=180000` (1/10 of V8's) 27.6 / 44.4; in a
 * second run (six others, 2nd–3rd builds) defaults 42.7 / 87.5 and 38.2 / 79.2,
 * `--no-wasm-dynamic-tiering` 35.4 / 39.2, budget 180000 40.4 / 60.0; their first build in the
 * slot: defaults 39.8 and 37.4 (47.5 and 41.9), `--no-wasm-dynamic-tiering` 35.3 (41.7), budget
 * 37.9 (46.0), `--no-liftoff` 65.8. STL builds (2nd–4th; examples-cycloidal-gear,
 * -lego-brick, -parametric-enclosure, thread-bolt), main thread (whole job) / the export's CPU:
 * defaults 660.6 / 422.2 and 658.7 / 415.5, `--no-liftoff` 650.2 / 422.4,
 * `--no-wasm-dynamic-tiering` 669.9 / 435.2, budget 180000 629.6 / 385.4 (all of it the
 * cycloidal gear's, 1.46–1.58 s against 1.62–1.71 s; TurboFan-only code meshed it no faster);
 * in a second run (examples-cycloidal-gear, -braille, -occ-bottle, -pillow-block, 2nd–3rd builds)
 * defaults 971.9 / 831.4 and 925.1 / 783.8, `--no-wasm-dynamic-tiering` 931.4 / 793.6, budget
 * 180000 906.6 / 767.1 (the gear 1.47–1.61 s against 1.60–1.76 s, the others within the spread);
 * customizer rebuilds (enclosure, lego-brick, spur-gear, 18 values): defaults 449.4 / 512.8 and
 * 456.9 / 521.7, `--no-liftoff` 430.2 / 447.2, `--no-wasm-dynamic-tiering` 446.0 / 468.3,
 * budget 180000 451.7 / 491.7. Start-up (median of 3; s, peak RSS): defaults 2.4 / 8.6 and
 * 2.6 / 9.0, 371–385 MiB; `--no-liftoff` 11.2 / 11.7, 298 MiB (TurboFan compiles on the main
 * thread); `--no-wasm-dynamic-tiering` 3.0 / 13.9, 400 MiB; budget 180000 3.0 / 12.2, 399 MiB; in
 * another run (median of 3, busier) defaults 3.0 / 10.7 and 3.1 / 10.4, `--no-wasm-dynamic-tiering`
 * 3.2 / 14.7, budget 180000 3.5 / 14.0; `--no-wasm-lazy-compilation` (one start: Liftoff compiles
 * the whole module up front, in the background) 2.3 / 9.1 against 2.7 / 9.3, 459 against 394 MiB.
 * And the tests pay: test/pool/pool.test.ts + slotRecycle.test.ts, CPU of all their processes,
 * defaults 38.9, 41.5 and 40.8 s, `--no-wasm-dynamic-tiering` 59.0 and 63.7 s, budget 180000
 * 56.3 s (their slots warm up with 0–2 builds, so they tier up what they build). Not adopted:
 * meshing, the part furthest from native, is TurboFan code already, and no policy lowered it
 * beyond the control's spread (the lower budget only the cycloidal gear's, 5–10 %);
 * `--no-liftoff` costs 8.5 s more main-thread CPU per start. Adopted where slots live long:
 * `--no-wasm-dynamic-tiering` makes the repeated builds of new programs 7–23 % cheaper on the
 * main thread (about half on the whole process) for ~5 s more CPU per slot start (~0.5 s of it
 * on the main thread), so it is `BuildPoolOptions.wasmTierUp` "eager": the service's commands use
 * it (`SERVICE_WASM_TIER_UP`, slots serving up to 1000 builds each), pools started for a few
 * builds (the tests: ~50 % more CPU in the pool's) keep V8's default.
 */
export function slotLaunch(options: LaunchOptions): SlotLaunch {
  const permissionFlag = process.allowedNodeEnvironmentFlags.has("--permission") ? "--permission" : "--experimental-permission";
  const eagerTierUp = options.eagerTierUp === true && (tierUpFlagKnown ??= probeNodeFlag(EAGER_TIER_UP_FLAG));
  const nodeArgs = [
    permissionFlag,
    ...options.readablePaths.map((path) => `--allow-fs-read=${path}`),
    "--no-addons",
    ...(options.workerThreads ? ["--allow-worker"] : []),
    `--max-old-space-size=${options.heapMb}`,
    `--wasm-max-mem-pages=${options.wasmMaxPages}`,
    ...(eagerTierUp ? [EAGER_TIER_UP_FLAG] : []),
    ...(process.allowedNodeEnvironmentFlags.has("--disable-warning") ? ["--disable-warning=ExperimentalWarning"] : []),
    options.bundleFile,
  ];
  const base = {
    permissionFlag,
    readablePaths: options.readablePaths,
    emptyEnvironment: true as const,
    heapMb: options.heapMb,
    wasmMaxPages: options.wasmMaxPages,
    workerThreads: options.workerThreads,
  };
  probed ??= probeUnshare();
  deathSignal ??= probeSetpriv();
  const prefix = deathSignal === null ? [] : [deathSignal, ...PDEATHSIG_FLAGS];
  const withPrefix = (command: string, args: string[]) => (prefix.length === 0 ? { command, args } : { command: prefix[0]!, args: [...prefix.slice(1), command, ...args] });
  const diesWithPool = deathSignal !== null;
  if ("reason" in probed) {
    return {
      ...withPrefix(process.execPath, nodeArgs),
      isolation: { ...base, diesWithPool, network: false, networkUnavailableReason: probed.reason },
      signalAsExitStatus: false,
      eagerTierUp,
    };
  }
  return {
    ...withPrefix(probed.command, [...probed.flags, "--", ...NAMESPACE_INIT, process.execPath, ...nodeArgs]),
    isolation: { ...base, diesWithPool, network: true, wrapper: `unshare ${probed.flags.join(" ")} -- sh` },
    signalAsExitStatus: true,
    eagerTierUp,
  };
}

/** This Node starts with `flag` (V8 exits at once on a flag it does not know). */
function probeNodeFlag(flag: string): boolean {
  return spawnSync(process.execPath, [flag, "-e", "0"], { env: {}, timeout: 10_000 }).status === 0;
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
    const probe = spawnSync(command, [...flags, "--", ...NAMESPACE_INIT, process.execPath, "-e", "0"], { env: {}, timeout: 10_000, encoding: "utf8" });
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
