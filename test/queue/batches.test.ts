/**
 * A batch (`POST /api/batches`) in queue mode: a service node on PostgreSQL whose backend is the
 * queue, and one `partforge worker` process on a private redis-server. The batch's builds go
 * through the queue like `/build`'s: its ZIP holds the files `/build` answers, and a configuration
 * the worker's build refuses is a failed entry.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import type { FastifyInstance } from "fastify";
import { strFromU8, unzipSync } from "fflate";
import { QueueBackend } from "../../src/build/queue/index.ts";
import { buildApp } from "../../src/http/app.ts";
import { storeKinds } from "../http/harness.ts";
import { finalState } from "../http/jobsHarness.ts";
import { startQueueRedis, startWorkerProcess, stopProcess, type QueueRedis } from "./servers.ts";

const SCRIPT = `import { Workplane, FloatParam, BooleanParam } from "partforge";
export const METADATA = { name: "Queued" };
export const p_size = FloatParam({ min: 1, max: 100, presets: { default: 10, big: 40 } });
export const p_fail = BooleanParam({ default: false });
export function build() {
  if (p_fail.value) throw new Error("not this one");
  return Workplane("XY").box(p_size.value, p_size.value, 4);
}
`;

const [, postgres] = await storeKinds();

describe("a batch in queue mode: a service node on PostgreSQL and a worker process", { skip: postgres!.skip }, () => {
  let redis: QueueRedis;
  let backend: QueueBackend;
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  let apiKey: string;
  let accountId: string;
  let remaining: () => Promise<number | null>;
  let worker: ChildProcess | undefined;

  before(async () => {
    redis = await startQueueRedis();
    const created = await postgres!.create();
    dispose = created.dispose;
    const account = await created.store.createAccount({ email: "batch@example.com", password: "correct horse battery", plan: "evaluation", monthlyQuota: 10 });
    accountId = account.id;
    remaining = () => created.store.remainingDownloads(accountId);
    apiKey = (await created.store.createApiKey(account.id, { name: "batch" })).secret;
    backend = new QueueBackend({ url: redis.url });
    await backend.ready();
    app = await buildApp({ store: created.store, backend });
    worker = (await startWorkerProcess(redis.url)).child;
  });
  after(async () => {
    if (worker !== undefined) await stopProcess(worker);
    await app?.close();
    await backend?.close();
    await dispose?.();
    await redis?.stop();
  });

  it("builds each configuration through the queue: the ZIP holds /build's files, a failing build is a failed entry, and the download charges one per file", async () => {
    const configurations = [{ preset: "big" }, { params: { p_size: 12 } }, { params: { p_fail: true } }];
    const submitted = await app.inject({ method: "POST", url: "/api/batches", payload: { key: apiKey, s: SCRIPT, type: "STL", configurations } });
    assert.equal(submitted.statusCode, 202, submitted.body);
    const { id } = submitted.json() as { id: string };
    const state = await finalState(app, id, apiKey);
    assert.equal(state.status, "done", JSON.stringify(state));
    const result = await app.inject({ url: `/api/jobs/${id}/result`, headers: { "x-api-key": apiKey } });
    assert.equal(result.statusCode, 200, result.body);
    assert.equal(result.headers["x-downloads-remaining"], "8");
    assert.equal(await remaining(), 8);
    const files = unzipSync(new Uint8Array(result.rawPayload));
    const manifest = JSON.parse(strFromU8(files["manifest.json"]!)) as { entries: Array<{ status: string; file?: string; error?: { code: string } }> };
    assert.deepEqual(manifest.entries.map((entry) => entry.status), ["ok", "ok", "failed"]);
    assert.equal(manifest.entries[2]!.error?.code, "SCRIPT_EXCEPTION");
    for (const [index, configuration] of configurations.slice(0, 2).entries()) {
      const build = await app.inject({ method: "POST", url: "/build", payload: { key: apiKey, s: SCRIPT, type: "STL", ...configuration } });
      assert.equal(build.statusCode, 200, build.body);
      assert.ok(Buffer.from(files[manifest.entries[index]!.file!]!).equals(build.rawPayload), `configuration ${index}`);
    }
  });
});
