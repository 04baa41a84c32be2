/**
 * What the queue tests start for themselves: a private, persistent redis-server (append-only file
 * in a temporary folder, as a queue's Redis should run) on a free port, and `partforge` processes.
 * The machine's shared Redis is never touched.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import type { QueueJob } from "../../src/build/queue/index.ts";
import { freePort } from "../cache/servers.ts";

export const BIN = fileURLToPath(new URL("../../bin/partforge.js", import.meta.url));

export interface QueueRedis {
  url: string;
  /** Shuts the server down cleanly (the append-only file is complete); `start` brings it back on the same port and data. */
  shutdown(): Promise<void>;
  start(): Promise<void>;
  /** Freezes the server (SIGSTOP): connections stay open and nothing answers, as when the network drops packets. */
  pause(): void;
  /** Thaws a paused server (SIGCONT). */
  resume(): void;
  stop(): Promise<void>;
}

/** On a free port, or on `port` (to bring a stopped one back where its clients reconnect). */
export async function startQueueRedis(port?: number): Promise<QueueRedis> {
  port ??= await freePort();
  const dir = await mkdtemp(join(tmpdir(), "partforge-queue-redis-"));
  const launch = async () => {
    const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "yes", "--dir", dir], { stdio: ["ignore", "pipe", "pipe"] });
    await waitForOutput(child, "Ready to accept connections", 10_000, "redis-server");
    return child;
  };
  let child = await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    async shutdown() {
      child.kill("SIGCONT");
      await stopProcess(child);
    },
    async start() {
      if (child.exitCode === null && child.signalCode === null) return;
      child = await launch();
    },
    pause() {
      child.kill("SIGSTOP");
    },
    resume() {
      child.kill("SIGCONT");
    },
    async stop() {
      child.kill("SIGCONT");
      await stopProcess(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Resolves when `child` wrote `text` to standard output or error; rejects if it exits first. */
export function waitForOutput(child: ChildProcess, text: string, timeoutMs: number, what: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`${what} did not say "${text}" within ${timeoutMs} ms: ${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(text)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code ?? signal}) before saying "${text}": ${output}`));
    });
  });
}

export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  await exited;
}

/** A `partforge worker` process on `queueUrl`; resolves once it takes jobs. */
export async function startWorkerProcess(queueUrl: string, extraArgs: readonly string[] = []): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [BIN, "worker", "--queue", queueUrl, "--slots", "1", "--warmup-builds", "0", ...extraArgs], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await waitForOutput(child, "taking builds from", 60_000, "partforge worker");
  return { child, output: () => output };
}

/** A `partforge serve --queue` process (a stateless service node) on a free port; resolves once it listens. */
export async function startServiceNodeProcess(queueUrl: string, databaseUrl: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [BIN, "serve", "--queue", queueUrl, "--database-url", databaseUrl, "--host", "127.0.0.1", "--port", "0", "--log-level", "warn"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const said = await waitForOutput(child, "partforge listening on", 60_000, "partforge serve --queue");
  const url = /partforge listening on (http:\/\/\S+) /.exec(said)?.[1];
  if (url === undefined) throw new Error(`partforge serve --queue said no address: ${said}`);
  return { child, url, output: () => output };
}

/** Polls `check` until it answers something other than undefined. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await sleep(50);
  }
}

/** The p_size a queued build job was asked for (undefined for a description), from its BullMQ job data. */
export function jobSize(data: unknown): string | undefined {
  const job = data as QueueJob;
  const size = job.kind === "build" ? job.request.values?.p_size : undefined;
  return size === undefined ? undefined : String(size);
}
