/**
 * `partforge/client`'s asynchronous builds and batches against a running service with the real
 * sandboxed pool: submit, wait, result (the same file and ETag as `build`, charged like it),
 * If-None-Match, 409 before done, cancel of a running build, a failed job's problem, a wait that
 * gives up, refusals thrown at submit, and a batch's ZIP with its manifest.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { unzipSync, strFromU8 } from "fflate";
import { JobWaitTimeoutError, PartforgeClient, PartforgeProblemError, type BuiltBytes, type Job, type NotModified } from "partforge/client";
import { createBuildPool, PoolBackend, type BuildPool } from "../../src/build/index.ts";
import { BOX_SCRIPT, signUpAndLogIn, startService, storeKinds, type TestService } from "../http/harness.ts";

const SPIN = `export function build() { for (;;) {} }\n`;
const BROKEN = `import { Workplane } from "partforge";\nexport function build() { return Workplane("XY").box(1, 1, 1).nosuchmethod(); }\n`;

function isBuilt(answer: BuiltBytes | NotModified): asserts answer is BuiltBytes {
  assert.equal(answer.notModified, false);
}

async function problemOf(promise: Promise<unknown>): Promise<PartforgeProblemError> {
  const error = await promise.then(
    () => assert.fail("expected a problem"),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof PartforgeProblemError, `expected a PartforgeProblemError, got ${String(error)}`);
  return error;
}

describe("partforge/client jobs and batches", () => {
  let service: TestService;
  let pool: BuildPool;
  let client: PartforgeClient;

  before(async () => {
    const [sqlite] = await storeKinds();
    pool = await createBuildPool({ size: 1, spare: 0, warmupBuilds: 0 });
    service = await startService(sqlite!, { backend: new PoolBackend(pool) });
    const origin = await service.app.listen({ port: 0, host: "127.0.0.1" });
    const cookie = await signUpAndLogIn(service.app, "client-jobs@example.org");
    const created = await service.app.inject({ method: "POST", url: "/api/keys", headers: { cookie, "content-type": "application/json" }, payload: { name: "client jobs test" } });
    client = new PartforgeClient({ baseUrl: origin, apiKey: (JSON.parse(created.body) as { secret: string }).secret });
  });
  after(async () => {
    await service.close();
    await pool.close();
  });

  it("submits a job, waits for it and fetches the same file build gives, charged like it; If-None-Match is free", async () => {
    const request = { script: BOX_SCRIPT, type: "STEP" as const, params: { p_length: 42 } };
    const accepted = await client.jobs.submit(request);
    assert.match(accepted.id, /^job_/);
    assert.ok(["queued", "running"].includes(accepted.status));
    assert.equal(accepted.statusUrl, `/api/jobs/${accepted.id}`);
    const seen: Job["status"][] = [];
    const job = await client.jobs.wait(accepted.id, { pollMs: 50, onState: (state) => seen.push(state.status) });
    assert.equal(job.status, "done", JSON.stringify(job));
    assert.equal(seen.at(-1), "done");
    assert.equal(job.progress.fraction, 1);

    const before = await client.usage();
    const file = await client.jobs.result(accepted.id);
    isBuilt(file);
    assert.equal(file.mediaType, "model/step");
    assert.match(new TextDecoder().decode(file.bytes.subarray(0, 20)), /^ISO-10303-21;/);
    const after = await client.usage();
    assert.equal(after.downloads - before.downloads, 1, "the result's 200 is one download");

    const again = await client.jobs.result(accepted.id, { ifNoneMatch: file.etag });
    assert.deepEqual(again, { notModified: true, etag: file.etag });
    assert.equal((await client.usage()).downloads, after.downloads, "304 is free");

    const direct = await client.build(request);
    isBuilt(direct);
    assert.equal(direct.etag, file.etag, "the job's file is the one /build answers");
  });

  it("answers 409 JOB_NOT_DONE before a running job is done, cancels it, and wait answers the cancelled state", async () => {
    const { id } = await client.jobs.submit({ script: SPIN, type: "STL" });
    const running = await client.jobs.wait(id, { pollMs: 50, timeoutMs: 300 }).catch((error: unknown) => {
      assert.ok(error instanceof JobWaitTimeoutError, String(error));
      assert.match(error.message, /still (queued|running) after 300 ms/);
      return error.job;
    });
    assert.ok(["queued", "running"].includes(running.status));
    const notDone = await problemOf(client.jobs.result(id));
    assert.equal(notDone.status, 409);
    assert.equal(notDone.code, "JOB_NOT_DONE");
    const cancelled = await client.jobs.cancel(id);
    assert.equal(cancelled.status, "cancelled");
    assert.equal((await client.jobs.wait(id)).status, "cancelled");
    assert.equal((await problemOf(client.jobs.result(id))).code, "JOB_NOT_DONE");
  });

  it("gives a failed job's problem as data, and throws refusals at submit as build does", async () => {
    const { id } = await client.jobs.submit({ script: BROKEN, type: "STL" });
    const failed = await client.jobs.wait(id, { pollMs: 50 });
    assert.equal(failed.status, "failed");
    assert.ok(failed.error !== undefined && failed.error.detail.includes("nosuchmethod"), JSON.stringify(failed.error));

    const unknown = await problemOf(client.jobs.submit({ script: BOX_SCRIPT, type: "STL", params: { p_lenght: 3 } }));
    assert.equal(unknown.status, 400);
    assert.match(unknown.message, /p_lenght/);
    assert.equal((await problemOf(client.jobs.get("job_doesnotexist0000"))).status, 404);
    assert.equal((await problemOf(client.jobs.cancel("job_doesnotexist0000"))).status, 404);
  });

  it("stops waiting when its signal aborts", async () => {
    const { id } = await client.jobs.submit({ script: SPIN, type: "STL" });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("enough")), 200);
    await assert.rejects(client.jobs.wait(id, { pollMs: 50, signal: controller.signal }), /enough|abort/i);
    assert.equal((await client.jobs.cancel(id)).status, "cancelled");
  });

  it("submits a batch and reads its ZIP: one file per good configuration, a failed entry for a bad one, charged one per file", async () => {
    const accepted = await client.batches.submit({
      script: BOX_SCRIPT,
      type: "STL",
      configurations: [{ preset: "short" }, { params: { p_length: 30, p_holes: 2 } }, { params: { p_length: 1000 } }],
    });
    assert.equal(accepted.configurations, 3);
    const job = await client.jobs.wait(accepted.id, { pollMs: 50 });
    assert.equal(job.status, "done", JSON.stringify(job));
    const before = await client.usage();
    const zip = await client.jobs.result(accepted.id);
    isBuilt(zip);
    assert.equal(zip.mediaType, "application/zip");
    const files = unzipSync(zip.bytes);
    const manifest = JSON.parse(strFromU8(files["manifest.json"]!)) as { built: number; failed: number; entries: Array<{ status: string; file?: string; error?: { detail: string } }> };
    assert.equal(manifest.built, 2);
    assert.equal(manifest.failed, 1);
    assert.deepEqual(manifest.entries.map((entry) => entry.status), ["ok", "ok", "failed"]);
    for (const entry of manifest.entries.slice(0, 2)) assert.ok(files[entry.file!]!.length > 84, `${entry.file} is in the ZIP`);
    assert.match(manifest.entries[2]!.error!.detail, /p_length/);
    assert.equal((await client.usage()).downloads - before.downloads, 2, "one download per file in the ZIP");

    const tooMany = await problemOf(client.batches.submit({ script: BOX_SCRIPT, type: "STL", configurations: Array.from({ length: 51 }, () => ({})) }));
    assert.equal(tooMany.status, 400);
    assert.match(tooMany.message, /1 to 50 configurations/);
  });
});
