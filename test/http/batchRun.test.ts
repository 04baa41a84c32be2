/**
 * `runBatch` on its own: a batch waits while the payer's compute budget is used up and then goes
 * on (the backend's refusal names the wait), and a cancel during that wait ends the batch as
 * cancelled without building the rest.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { strFromU8, unzipSync } from "fflate";
import { InProcessBackend, type BatchRequest, type BeforeRun, type BuildRequest, type BuildResult, type JobHooks } from "../../src/build/index.ts";
import { ComputeBudget } from "../../src/http/computeBudget.ts";
import { runBatch } from "../../src/http/batch/index.ts";
import type { Account } from "../../src/store/index.ts";
import { BOX_SCRIPT, storeKinds } from "./harness.ts";

/** Refuses its first build as the compute budget would (wait 1 s), then builds in process. */
class BudgetOnceBackend extends InProcessBackend {
  calls = 0;
  onRefusal: () => void = () => {};
  override async build(request: BuildRequest, beforeRun?: BeforeRun, signal?: AbortSignal, started?: () => void): Promise<BuildResult> {
    if (++this.calls === 1) {
      this.onRefusal();
      return { ok: false, error: { code: "COMPUTE_LIMITED", message: "this account used its build time for this minute", details: { retryAfterSeconds: 1 } }, computeMs: 0 };
    }
    return super.build(request, beforeRun, signal, started);
  }
}

const [sqlite] = await storeKinds();

describe("runBatch", () => {
  let store: Awaited<ReturnType<typeof sqlite.create>>;
  let account: Account;
  before(async () => {
    store = await sqlite!.create();
    account = await store.store.createAccount({ email: "runner@example.com", password: "correct horse battery", plan: "enterprise" });
  });
  after(() => store.dispose());

  const request: BatchRequest = {
    build: { source: BOX_SCRIPT, language: "ts", type: "stl" },
    modelName: "Test box",
    configurations: [{ preset: "short", values: {} }, { values: { p_length: "30" } }],
  };
  function hooks(controller = new AbortController()): JobHooks & { fractions: number[] } {
    const fractions: number[] = [];
    return { signal: controller.signal, started: () => {}, progressed: (fraction) => fractions.push(fraction), fractions };
  }

  it("waits while the compute budget is used up, then builds every configuration", async () => {
    const backend = new BudgetOnceBackend();
    const described = await backend.describe({ source: BOX_SCRIPT, language: "ts" });
    assert.ok(described.ok);
    const progress = hooks();
    const result = await runBatch(request, { backend, compute: new ComputeBudget(store.store) }, { payer: { account, keyId: null }, description: described.description }, progress);
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(backend.calls, 3, "the refused build was tried again");
    const manifest = JSON.parse(strFromU8(unzipSync(result.bytes)["manifest.json"]!)) as { entries: Array<{ status: string }> };
    assert.deepEqual(manifest.entries.map((entry) => entry.status), ["ok", "ok"]);
    assert.deepEqual(progress.fractions, [0, 0.5, 1]);
  });

  it("ends as cancelled when cancelled while it waits for the budget, building nothing more", async () => {
    const backend = new BudgetOnceBackend();
    const controller = new AbortController();
    backend.onRefusal = () => controller.abort();
    const described = await backend.describe({ source: BOX_SCRIPT, language: "ts" });
    assert.ok(described.ok);
    const result = await runBatch(request, { backend, compute: new ComputeBudget(store.store) }, { payer: { account, keyId: null }, description: described.description }, hooks(controller));
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.error.code, "CANCELLED");
    assert.equal(backend.calls, 1);
  });
});
