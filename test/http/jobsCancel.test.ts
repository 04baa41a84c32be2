/**
 * `DELETE /api/jobs/{id}` on the sandboxed pool: a running build (a script in a busy loop) is
 * stopped, its slot replaced, and the next build is served.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createBuildPool, PoolBackend, type BuildPool } from "../../src/build/index.ts";
import { BOX_SCRIPT, startService, storeKinds, type TestService } from "./harness.ts";
import { finalState, until } from "./jobsHarness.ts";

const SPIN = `import { Workplane } from "partforge";
export const METADATA = { name: "Spinner" };
export function build() { for (;;) {} }
`;

const sqlite = (await storeKinds()).find((kind) => kind.name === "SQLite")!;

describe("cancelling a running job on the build pool", () => {
  let pool: BuildPool;
  let service: TestService;
  let key: string;

  before(async () => {
    pool = await createBuildPool({ size: 1, spare: 1, warmupBuilds: 1, log: () => undefined });
    await pool.warm();
    service = await startService(sqlite, { backend: new PoolBackend(pool) });
    const account = await service.store.createAccount({ email: "spin@example.com", password: "correct horse battery", plan: "evaluation", monthlyQuota: 10 });
    key = (await service.store.createApiKey(account.id)).secret;
  });
  after(async () => {
    await service.close();
    await pool.close();
  });

  it("stops a busy-looping build, recycles its slot, and serves the following build", async () => {
    const submitted = await service.app.inject({ method: "POST", url: "/api/jobs", payload: { key, s: SPIN, type: "stl", lang: "ts" } });
    assert.equal(submitted.statusCode, 202, submitted.body);
    const { id } = submitted.json() as { id: string };
    await until(async () => (await service.app.inject({ method: "GET", url: `/api/jobs/${id}`, headers: { "x-api-key": key } })).json().status === "running");
    assert.equal(pool.health().running, 1);
    const cancelled = await service.app.inject({ method: "DELETE", url: `/api/jobs/${id}`, headers: { "x-api-key": key } });
    assert.equal(cancelled.statusCode, 200);
    assert.equal(cancelled.json().status, "cancelled");
    await until(() => pool.health().recycles.cancel === 1 && pool.health().running === 0);
    assert.equal((await finalState(service.app, id, key)).status, "cancelled");
    const next = await service.app.inject({ method: "POST", url: "/build", payload: { key, s: BOX_SCRIPT, type: "stl" } });
    assert.equal(next.statusCode, 200, next.body);
    const job = await service.app.inject({ method: "POST", url: "/api/jobs", payload: { key, s: BOX_SCRIPT, type: "stl", params: { p_length: "25" } } });
    assert.equal((await finalState(service.app, (job.json() as { id: string }).id, key)).status, "done");
    assert.equal(await service.store.remainingDownloads((await service.store.authenticateKey(key))!.account.id), 9, "only the /build download was charged");
  });
});
