/**
 * One `partforge serve` child process for the soak test: started on a free port of 127.0.0.1,
 * stopped on purpose (SIGTERM or SIGKILL) or found dead, with its memory sampled from /proc.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";

const BIN = new URL("../../bin/partforge.js", import.meta.url).pathname;

export interface NodeSettings {
  name: string;
  dataDir: string;
  databaseUrl: string;
  /** The nodes' own temporary folder, so leftovers can be told apart from anyone else's. */
  tmpDir: string;
  slots: number;
  /** Fewer than the default keeps restarts and replaced slots cheap on a shared machine. */
  warmupBuilds: number;
}

export interface RssSample {
  incarnation: number;
  atMs: number;
  rssBytes: number;
}

export class ServiceNode {
  readonly settings: NodeSettings;
  url = "";
  /** True while clients may send to it. */
  accepting = false;
  inFlight = 0;
  incarnation = 0;
  restarts = 0;
  /** Exits nobody asked for: each is a process that died. */
  readonly unexpectedExits: string[] = [];
  readonly rss: RssSample[] = [];
  readonly pidsSeen = new Set<number>();
  /** RSS of this node's build slots (by slot pid), sampled beside the node's own. */
  readonly slotRss = new Map<number, Array<{ atMs: number; rssBytes: number }>>();
  /** The pool's error lines from the node's log (why a slot failed to start, say). */
  readonly poolErrors: string[] = [];
  #child: ChildProcess | undefined;
  #stopping = false;
  #stderr = "";

  constructor(settings: NodeSettings) {
    this.settings = settings;
  }

  get pid(): number | undefined {
    return this.#child?.pid;
  }

  async start(): Promise<void> {
    const { dataDir, databaseUrl, tmpDir, slots } = this.settings;
    const child = spawn(process.execPath, [BIN, "serve", "--port", "0", "--host", "127.0.0.1", "--slots", String(slots), "--warmup-builds", String(this.settings.warmupBuilds), "--data-dir", dataDir, "--log-level", "warn"], {
      env: { ...process.env, TMPDIR: tmpDir, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.#child = child;
    this.#stopping = false;
    this.incarnation += 1;
    this.#stderr = "";
    child.stdout!.setEncoding("utf8");
    let pending = "";
    child.stdout!.on("data", (chunk: string) => {
      const lines = (pending + chunk).split("\n");
      pending = lines.pop()!;
      for (const line of lines) {
        if (line.includes('"component":"pool"') && /"level":(50|60)/.test(line) && this.poolErrors.length < 20) this.poolErrors.push(`${this.settings.name}: ${line.slice(0, 400)}`);
      }
    });
    child.stderr!.setEncoding("utf8");
    child.stderr!.on("data", (chunk: string) => {
      this.#stderr = (this.#stderr + chunk).slice(-20_000);
    });
    child.once("exit", (code, signal) => {
      this.accepting = false;
      if (!this.#stopping) this.unexpectedExits.push(`${this.settings.name} exited by itself (${signal ?? `code ${code}`}): ${this.#stderr.slice(-2000)}`);
    });
    this.url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.settings.name} did not start in 120 s:\n${this.#stderr}`)), 120_000);
      const onData = () => {
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(this.#stderr);
        if (match) {
          clearTimeout(timer);
          child.stderr!.off("data", onData);
          resolve(match[1]!);
        }
      };
      child.stderr!.on("data", onData);
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`${this.settings.name} exited while starting (${code}):\n${this.#stderr}`));
      });
    });
    this.pidsSeen.add(child.pid!);
    this.accepting = true;
  }

  /** Stops the process on purpose; resolves with how it ended. */
  async stop(signal: "SIGTERM" | "SIGKILL"): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    const child = this.#child;
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return { code: child?.exitCode ?? null, signal: child?.signalCode ?? null };
    this.#stopping = true;
    this.accepting = false;
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, sig) => resolve({ code, signal: sig })));
    child.kill(signal);
    return exited;
  }

  /** Records the RSS of the node process now (Linux /proc). */
  sampleRss(startMs: number): void {
    const pid = this.pid;
    if (pid === undefined || !this.accepting) return;
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      if (kb !== undefined) this.rss.push({ incarnation: this.incarnation, atMs: Date.now() - startMs, rssBytes: Number(kb) * 1024 });
    } catch {
      // exited between the check and the read
    }
    // The slots' own RSS as they report it in /health (the pid there may be a wrapper's, e.g. unshare's).
    this.slotPids(Date.now() - startMs).catch(() => undefined);
  }

  /**
   * The pids of the slots in service (idle or building) from /health, the pool's children. A slot
   * still starting is left alone: killing those again and again makes the pool back off its
   * restarts (by design), which would measure that back-off rather than the service.
   */
  async slotPids(sampleAtMs?: number): Promise<number[]> {
    const response = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(5000) });
    const health = (await response.json()) as { builds: { slots: Array<{ pid?: number; state: string; rssBytes?: number }> } };
    for (const slot of health.builds.slots) {
      if (slot.pid === undefined) continue;
      this.pidsSeen.add(slot.pid);
      if (sampleAtMs === undefined || slot.rssBytes === undefined) continue;
      const samples = this.slotRss.get(slot.pid) ?? [];
      samples.push({ atMs: sampleAtMs, rssBytes: slot.rssBytes });
      this.slotRss.set(slot.pid, samples);
    }
    return health.builds.slots.filter((slot) => slot.state === "idle" || slot.state === "busy").flatMap((slot) => (slot.pid === undefined ? [] : [slot.pid]));
  }
}

/** Least-squares slope of RSS over time, in MiB per minute. */
export function rssSlopeMibPerMin(samples: ReadonlyArray<Pick<RssSample, "atMs" | "rssBytes">>): number | undefined {
  if (samples.length < 3) return undefined;
  const xs = samples.map((s) => s.atMs / 60_000);
  const ys = samples.map((s) => s.rssBytes / 1024 / 1024);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? undefined : num / den;
}
