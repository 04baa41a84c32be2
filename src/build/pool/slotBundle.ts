/**
 * The slot's code as one ES module file (and its kernel threads' entry as another). A slot cannot use tsx (its esbuild service is a child
 * process, which the permission model forbids), so the pool bundles `slot/main.ts` with esbuild
 * once at start into a private temporary directory. Packages stay external, imported by absolute
 * URL from where they are installed, so the slot reads only the bundle and those packages —
 * except replicad, bundled with its catch clauses instrumented (see instrumentedReplicad.ts); that
 * makes the once-per-start bundle step about half a second slower (parsing replicad twice), and
 * partforge's own sources are compiled and instrumented too (instrumentedPartforge.ts; about 1.5 s more
 * measured at load average 25-30 on 2 shared cores).
 * The directory's name carries the pool process's pid and start time: a pool that was killed
 * cannot remove its own, so each new bundle removes those of processes that no longer exist.
 * The start time matters because pids are reused: a service restarted in a container is PID 1
 * again, and the directory its killed predecessor left behind named a pid that was alive (ours).
 */
import { readFileSync } from "node:fs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import { instrumentedPartforge } from "./instrumentedPartforge.ts";
import { instrumentedReplicad } from "./instrumentedReplicad.ts";

export interface SlotBundle {
  /** The bundle file to run. */
  file: string;
  /** The entry of a multi-threaded kernel's worker threads (`slot/kernelThread.ts`), beside it. */
  kernelThreadFile: string;
  /** Everything a slot must be able to read: the bundle's directory and the package directories. */
  readablePaths: string[];
  /** The application's own directory (for message redaction). */
  appRoot: string;
  /** Removes the bundle directory. */
  dispose(): Promise<void>;
}

const ENTRY = fileURLToPath(new URL("./slot/main.ts", import.meta.url));
const THREAD_ENTRY = fileURLToPath(new URL("./slot/kernelThread.ts", import.meta.url));
const KERNEL_LOADER = fileURLToPath(new URL("../../kernel/load.ts", import.meta.url));
const APP_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const DIR_PREFIX = "partforge-slot-";
/** `partforge-slot-<pid>.<start time>-XXXXXX`; earlier versions wrote `partforge-slot-<pid>-XXXXXX`. */
const DIR_NAME = new RegExp(`^${DIR_PREFIX}(\\d+)(?:\\.(\\d+))?-`);

/** Bundles the slot entry into a fresh private directory. */
export async function bundleSlot(): Promise<SlotBundle> {
  const packageDirs = new Set<string>();
  const result = await build({
    entryPoints: { slot: ENTRY, kernelThread: THREAD_ENTRY },
    outdir: "/",
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    logLevel: "silent",
    // kernel/load.ts resolves the .wasm file relative to its own URL.
    define: { "import.meta.url": JSON.stringify(pathToFileURL(KERNEL_LOADER).href) },
    // First: its onResolve claims `replicad` before the externals' catch-all does.
    plugins: [instrumentedReplicad(), instrumentedPartforge(), externalPackages(packageDirs)],
  });
  if (result.outputFiles.length !== 2) throw new Error(`esbuild produced ${result.outputFiles.length} slot bundle files, not 2`);
  await removeOrphanedBundles(tmpdir());
  const dir = await mkdtemp(join(tmpdir(), `${DIR_PREFIX}${process.pid}.${processStartTime(process.pid) ?? 0}-`));
  // "/slot.mjs" and "/kernelThread.mjs" (outdir "/"), written into the private directory.
  for (const output of result.outputFiles) await writeFile(join(dir, basename(output.path)), output.contents, { mode: 0o600 });
  // The kernel loader resolves the .wasm file from the application's own node_modules, which
  // may be a symbolic link to where the packages really are (whose paths are already listed).
  packageDirs.add(join(APP_ROOT, "node_modules") + sep);
  return {
    file: join(dir, "slot.mjs"),
    kernelThreadFile: join(dir, "kernelThread.mjs"),
    readablePaths: [dir + sep, ...[...packageDirs].sort()],
    appRoot: APP_ROOT,
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * Removes bundle directories in `parent` left by pool processes that have ended (SIGKILL, a
 * crash). A directory of a live process — this one included, which may run other pools — or of
 * a process this user may not signal is kept.
 */
export async function removeOrphanedBundles(parent: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const match = DIR_NAME.exec(name);
    if (match === null) continue;
    const pid = Number(match[1]);
    if (!Number.isSafeInteger(pid) || pid <= 0) continue;
    if (isOrphaned(pid, match[2])) await rm(join(parent, name), { recursive: true, force: true });
  }
}

/** Whether the pool process that named a directory `pid` (started at `startTime`) has ended. */
function isOrphaned(pid: number, startTime: string | undefined): boolean {
  const current = processStartTime(pid);
  if (current === null) return !processExists(pid);
  if (current === undefined) return true;
  // A name without a start time is an earlier version's: this process never writes one.
  if (startTime === undefined) return pid === process.pid;
  return startTime !== "0" && startTime !== current;
}

/**
 * When process `pid` started (clock ticks since boot, /proc/<pid>/stat field 22); `undefined` when
 * there is no such process or only its zombie, `null` where /proc cannot tell (not Linux).
 */
function processStartTime(pid: number): string | undefined | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" && process.platform === "linux" ? undefined : null;
  }
  // Field 2 (the command name) may hold spaces and parentheses; fields 3… follow the last ')'.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  if (fields[0] === "Z" || fields[0] === "X") return undefined;
  return fields[19] ?? null;
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

/** Bare imports become externals by absolute `file:` URL; remembers each package's node_modules directory. */
function externalPackages(packageDirs: Set<string>): Plugin {
  return {
    name: "partforge-slot-externals",
    setup(builder) {
      builder.onResolve({ filter: /^[^./]/ }, ({ path }) => {
        if (path.startsWith("node:")) return { path, external: true };
        const url = import.meta.resolve(path);
        packageDirs.add(nodeModulesDir(fileURLToPath(url)));
        return { path: url, external: true };
      });
    },
  };
}

function nodeModulesDir(file: string): string {
  const marker = `${sep}node_modules${sep}`;
  const at = file.lastIndexOf(marker);
  return at < 0 ? dirname(file) + sep : file.slice(0, at + marker.length);
}
