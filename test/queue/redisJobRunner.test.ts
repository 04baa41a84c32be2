/**
 * Queue mode's job runner on a private redis-server: several runners stand for several service
 * nodes. A job accepted by one is read, streamed, downloaded (byte for byte) and cancelled through
 * another; the per-owner limit holds across them under concurrent submissions; a node that shuts
 * down or dies leaves no job hanging; an unreachable Redis is a 503 BUSY, not a crash.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { fileURLToPath } from "node:url";
import type { BuildResult, BuildSuccess, JobHooks, JobState } from "../../src/build/index.ts";
import type { ModelDescription } from "../../src/modelscript/index.ts";
import { RedisJobRunner, type RedisJobRunnerOptions } from "../../src/build/queue/index.ts";
import { isPartforgeError } from "../../src/shared/errors.ts";
import { freePort } from "../cache/servers.ts";
import { until } from "../http/jobsHarness.ts";
import { startQueueRedis, stopProcess, waitForOutput, type QueueRedis } from "./servers.ts";

interface Context {
  script: { modelId: string };
  charged: boolean;
}

const CONTEXT: Context = { script: { modelId: "mdl_1" }, charged: true };
const JOB_NODE = fileURLToPath(new URL("./fixtures/jobNode.ts", import.meta.url));
/** Every byte value, a CR LF and a NUL run: what a binary STL holds. */
const FILE = new Uint8Array([...Array.from({ length: 256 }, (_, i) => i), 13, 10, 0, 0, 0, 255]);

function success(bytes: Uint8Array): BuildSuccess {
  return {
    ok: true,
    bytes,
    type: "stl",
    mediaType: "model/stl",
    fileName: "Box.stl",
    description: { metadata: { name: "Box" }, uom: "mm", version: "1", parameters: [], groups: [], presets: {} } as unknown as ModelDescription,
    values: { p_size: 10 },
    contentKey: "a".repeat(64),
    cache: "miss",
    buildMs: 12,
    computeMs: 10,
  };
}

/** A build that runs until `release` is called (or its job is cancelled: then CANCELLED), calling `started` at once. */
function heldBuild(): { execute: (hooks: JobHooks) => Promise<BuildResult>; release: (result: BuildResult) => void; aborted: () => boolean } {
  let release: (result: BuildResult) => void = () => undefined;
  let aborted = false;
  return {
    execute: (hooks) =>
      new Promise<BuildResult>((resolve) => {
        release = resolve;
        hooks.started();
        hooks.signal.addEventListener("abort", () => {
          aborted = true;
          resolve({ ok: false, error: { code: "CANCELLED", message: "the build was cancelled by its caller" }, computeMs: 0 });
        });
      }),
    release: (result) => release(result),
    aborted: () => aborted,
  };
}

describe("RedisJobRunner: jobs every service node sees", { timeout: 120_000 }, () => {
  let redis: QueueRedis;
  const prefix = `pftest${randomBytes(4).toString("hex")}`;
  const runners: RedisJobRunner<Context>[] = [];
  const open = async (options: Partial<RedisJobRunnerOptions> = {}) => {
    const runner = new RedisJobRunner<Context>({ url: redis.url, prefix, retentionMs: 60_000, maxUnfinishedPerOwner: 2, ...options });
    runners.push(runner);
    await runner.ready();
    return runner;
  };

  before(async () => {
    redis = await startQueueRedis();
  });
  after(async () => {
    await Promise.all(runners.map((runner) => runner.close()));
    await redis?.stop();
  });

  it("hands a job's state, context, events and exact file to another node, and nothing to another owner", async () => {
    const [a, b] = [await open(), await open()];
    const build = heldBuild();
    const submitted = await a.submit({ owner: "alice", context: CONTEXT, execute: build.execute });
    assert.equal(submitted.status, "queued");
    const seen = await b.get(submitted.id, "alice");
    assert.ok(seen !== undefined);
    assert.deepEqual(seen.context, CONTEXT);
    assert.equal(await b.get(submitted.id, "bob"), undefined, "another owner's job is unknown");
    assert.equal(await b.get("job_unknown", "alice"), undefined);
    assert.equal(await b.subscribe(submitted.id, "bob", () => undefined), undefined);
    const events: JobState[] = [];
    const stop = await b.subscribe(submitted.id, "alice", (state) => events.push(state));
    assert.ok(stop !== undefined);
    await until(() => events.some((state) => state.status === "running"));
    build.release(success(FILE));
    await until(() => events.some((state) => state.status === "done"));
    stop();
    const done = await b.get(submitted.id, "alice");
    assert.equal(done?.state.status, "done");
    assert.equal(done?.state.cache, "miss");
    assert.ok(done?.state.timings.expiresAt !== undefined && done.state.timings.startedAt !== undefined);
    assert.ok(done?.result !== undefined);
    assert.deepEqual([...done.result.bytes], [...FILE], "the file, byte for byte");
    const { bytes: _bytes, ...meta } = done.result;
    const { bytes: _original, ...expected } = success(FILE);
    assert.deepEqual(meta, expected);
  });

  it("shows a job accepted by a node that has just started (its first heartbeat not awaited) as unfinished to another node, not as a dead node's", async () => {
    const b = await open();
    // As `serve --queue` makes its runner: constructed, never `ready()`-ed, used by the first request at once.
    const fresh = new RedisJobRunner<Context>({ url: redis.url, prefix, retentionMs: 60_000, maxUnfinishedPerOwner: 2 });
    runners.push(fresh);
    const build = heldBuild();
    const { id } = await fresh.submit({ owner: "erin", context: CONTEXT, execute: build.execute });
    const seen = await b.state(id, "erin");
    assert.ok(seen !== undefined && (seen.status === "queued" || seen.status === "running"), `unfinished on the other node: ${JSON.stringify(seen)}`);
    build.release(success(FILE));
    await until(async () => (await b.state(id, "erin"))?.status === "done");
  });

  it("cancels through another node: the accepting node's build is aborted; a finished job stays as it is", async () => {
    const [a, b] = [await open(), await open()];
    const build = heldBuild();
    const { id } = await a.submit({ owner: "carol", context: CONTEXT, execute: build.execute });
    const cancelled = await b.cancel(id, "carol");
    assert.equal(cancelled?.status, "cancelled");
    await until(() => build.aborted());
    assert.equal((await a.get(id, "carol"))?.state.status, "cancelled");
    assert.equal(await b.cancel(id, "dave"), undefined, "another owner cannot cancel it");
    assert.equal((await b.cancel(id, "carol"))?.status, "cancelled");
    const quick = await a.submit({ owner: "carol", context: CONTEXT, execute: async () => success(FILE) });
    await until(async () => (await b.get(quick.id, "carol"))?.state.status === "done");
    assert.equal((await b.cancel(quick.id, "carol"))?.status, "done", "a finished job is left as it is");
  });

  it("stops a build whose cancel message it missed, at its next heartbeat, from the job's final state in Redis", async () => {
    const a = await open({ nodeTtlMs: 1_500 });
    const build = heldBuild();
    const { id } = await a.submit({ owner: "ivy", context: CONTEXT, execute: build.execute });
    // What another node's cancel leaves in Redis, without the message (as if this node's subscriber was reconnecting then).
    const direct = new Redis(redis.url);
    try {
      await direct.hset(`${prefix}:jobs:rec:${id}`, "status", "cancelled");
    } finally {
      direct.disconnect();
    }
    await until(() => build.aborted());
  });

  it("keeps an owner's limit of unfinished jobs exact under concurrent submissions on two nodes", async () => {
    const [a, b] = [await open(), await open()];
    const builds = Array.from({ length: 10 }, () => heldBuild());
    const outcomes = await Promise.allSettled(builds.map((build, i) => (i % 2 === 0 ? a : b).submit({ owner: "erin", context: CONTEXT, execute: build.execute })));
    const accepted = outcomes.filter((outcome) => outcome.status === "fulfilled");
    assert.equal(accepted.length, 2);
    for (const outcome of outcomes) {
      if (outcome.status === "rejected") assert.ok(isPartforgeError(outcome.reason) && outcome.reason.code === "JOB_LIMIT", String(outcome.reason));
    }
    const ids = accepted.map((outcome) => (outcome as PromiseFulfilledResult<JobState>).value.id);
    await b.cancel(ids[0]!, "erin");
    const next = heldBuild();
    const again = await a.submit({ owner: "erin", context: CONTEXT, execute: next.execute });
    assert.equal(again.status, "queued", "a cancelled job frees its place");
    await assert.rejects(b.submit({ owner: "erin", context: CONTEXT, execute: heldBuild().execute }), /JOB_LIMIT|2 jobs queued or running/);
    for (const id of [ids[1]!, again.id]) await a.cancel(id, "erin");
  });

  it("fails with BUSY the running jobs of a node that shuts down, as another node sees them, and frees their places", async () => {
    const [closing, b] = [await open(), await open({ maxUnfinishedPerOwner: 1 })];
    const { id } = await closing.submit({ owner: "frank", context: CONTEXT, execute: heldBuild().execute });
    await closing.close();
    const state = (await b.get(id, "frank"))?.state;
    assert.equal(state?.status, "failed");
    assert.equal(state?.error?.code, "BUSY");
    assert.match(String(state?.error?.message), /shut down before it finished; submit the job again/);
    const replacement = await b.submit({ owner: "frank", context: CONTEXT, execute: async () => success(FILE) });
    assert.equal(replacement.status, "queued");
  });

  it("fails the unfinished job of a node that died, once its liveness lapses, and frees the owner's place", async () => {
    const b = await open({ maxUnfinishedPerOwner: 1 });
    const child = spawn(process.execPath, ["--import", "tsx", JOB_NODE, redis.url, "grace", prefix], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      const output = await waitForOutput(child, "\n", 60_000, "the job node");
      const id = /job (\S+)/.exec(output)?.[1];
      assert.ok(id !== undefined, output);
      assert.equal((await b.get(id, "grace"))?.state.status, "queued", "alive, its job is unfinished");
      await assert.rejects(b.submit({ owner: "grace", context: CONTEXT, execute: heldBuild().execute }), /JOB_LIMIT|1 jobs queued or running/);
      await stopProcess(child, "SIGKILL");
      await until(async () => (await b.get(id, "grace"))?.state.status === "failed");
      const state = (await b.get(id, "grace"))!.state;
      assert.equal(state.error?.code, "BUSY");
      assert.match(String(state.error?.message), /stopped before it finished/);
      const replacement = await b.submit({ owner: "grace", context: CONTEXT, execute: async () => success(FILE) });
      assert.equal(replacement.status, "queued");
    } finally {
      await stopProcess(child, "SIGKILL");
    }
  });

  it("answers BUSY (503 with Retry-After) when its Redis cannot be reached, and closes cleanly", async () => {
    const runner = new RedisJobRunner<Context>({ url: `redis://127.0.0.1:${await freePort()}`, retentionMs: 60_000, maxUnfinishedPerOwner: 2 });
    const busy = (error: unknown) => isPartforgeError(error) && error.code === "BUSY" && /job store \(Redis\) is unreachable/.test(error.message) && error.details?.retryAfterSeconds === 5;
    await assert.rejects(runner.submit({ owner: "henry", context: CONTEXT, execute: async () => success(FILE) }), busy);
    await assert.rejects(runner.get("job_x", "henry"), busy);
    await assert.rejects(runner.cancel("job_x", "henry"), busy);
    await runner.close();
  });
});
