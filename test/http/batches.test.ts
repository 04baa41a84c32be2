/**
 * `POST /api/batches` (issue 14 point 5) in the embedded mode, on each store: the ZIP (files and
 * manifest, read back with fflate), configurations refused or failing per entry, what is refused
 * at once (the quota before any work, shapes, limits, /build's refusals), the charge of one
 * download per file (exact under concurrency, 304 free), progress, cancel and ownership.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { strFromU8, unzipSync } from "fflate";
import { BOX_SCRIPT, startService, storeKinds, type TestService } from "./harness.ts";
import { finalState, GATE_RUNNING, GatedBackend, until } from "./jobsHarness.ts";
import { DEFAULT_JOB_LIMITS } from "../../src/http/deps.ts";
import type { DescribeRequest, DescribeResult } from "../../src/build/index.ts";

const kinds = await storeKinds();

/** A box whose build throws when `p_fail` is set: a configuration that passes admission and fails to build. */
const FRAGILE_SCRIPT = `import { Workplane, FloatParam, BooleanParam } from "partforge";
export const METADATA = { name: "Fragile" };
export const p_length = FloatParam({ min: 5, max: 100, default: 20 });
export const p_fail = BooleanParam({ default: false });
export function build() {
  if (p_fail.value) throw new Error("this variant cannot be made");
  return Workplane("XY").box(p_length.value, 10, 5);
}
`;

/** The gated backend, counting describe runs too: "no work" means neither a build nor a describe. */
class CountingBackend extends GatedBackend {
  describes = 0;
  override describe(request: DescribeRequest): Promise<DescribeResult> {
    this.describes++;
    return super.describe(request);
  }
}

interface Manifest {
  model: string;
  type: string;
  configurations: number;
  built: number;
  failed: number;
  entries: Array<Record<string, unknown> & { index: number; status: string; file?: string; error?: Record<string, unknown> }>;
}

function readZip(bytes: Buffer): { files: Record<string, Uint8Array>; manifest: Manifest } {
  const files = unzipSync(new Uint8Array(bytes));
  const manifest = JSON.parse(strFromU8(files["manifest.json"]!)) as Manifest;
  delete files["manifest.json"];
  return { files, manifest };
}

for (const kind of kinds) {
  describe(`/api/batches on ${kind.name}`, { skip: kind.skip }, () => {
    let service: TestService;
    let backend: CountingBackend;
    let key: string;
    let otherKey: string;
    let accounts = 0;

    before(async () => {
      backend = new CountingBackend();
      service = await startService(kind, { backend, limits: { jobs: { ...DEFAULT_JOB_LIMITS, maxBatchConfigurations: 5 } } });
      const account = await service.store.createAccount({ email: "maker@example.com", password: "correct horse battery", plan: "enterprise" });
      key = (await service.store.createApiKey(account.id, { name: "test" })).secret;
      const other = await service.store.createAccount({ email: "other@example.com", password: "correct horse battery", plan: "enterprise" });
      otherKey = (await service.store.createApiKey(other.id, { name: "other" })).secret;
    });
    after(() => service.close());

    /** A fresh evaluation account with `quota` downloads a month, and its key. */
    async function evaluationAccount(quota: number): Promise<{ id: string; key: string }> {
      const account = await service.store.createAccount({ email: `eval${++accounts}@example.com`, password: "correct horse battery", plan: "evaluation", monthlyQuota: quota });
      return { id: account.id, key: (await service.store.createApiKey(account.id)).secret };
    }

    const submit = (payload: unknown, headers: Record<string, string> = {}) => service.app.inject({ method: "POST", url: "/api/batches", payload: payload as Record<string, unknown>, headers });
    const getJob = (id: string, as = key) => service.app.inject({ method: "GET", url: `/api/jobs/${id}`, headers: { "x-api-key": as } });
    const getResult = (id: string, as = key, headers: Record<string, string> = {}) => service.app.inject({ method: "GET", url: `/api/jobs/${id}/result`, headers: { "x-api-key": as, ...headers } });
    async function finished(payload: Record<string, unknown>, as = key): Promise<{ id: string; state: Record<string, unknown> }> {
      const response = await submit(payload);
      assert.equal(response.statusCode, 202, response.body);
      const { id } = response.json() as { id: string };
      return { id, state: await finalState(service.app, id, as) };
    }
    const problemOf = (body: string) => {
      const problem = JSON.parse(body) as Record<string, unknown>;
      delete problem.requestId;
      return problem;
    };

    it("answers 202 and builds a ZIP with one file per configuration, named from its values, and a manifest", async () => {
      const configurations = [{ preset: "short" }, { params: { p_length: 30, p_holes: "2" } }, {}];
      const response = await submit({ key, s: BOX_SCRIPT, type: "stl", configurations });
      assert.equal(response.statusCode, 202, response.body);
      const accepted = response.json() as Record<string, string | number>;
      assert.deepEqual(Object.keys(accepted).sort(), ["configurations", "id", "resultUrl", "status", "statusUrl"]);
      assert.equal(accepted.configurations, 3);
      assert.equal(accepted.statusUrl, `/api/jobs/${accepted.id}`);
      assert.equal(response.headers.location, accepted.statusUrl);
      const state = await finalState(service.app, String(accepted.id), key);
      assert.equal(state.status, "done", JSON.stringify(state));
      assert.deepEqual(state.progress, { phase: "finished", fraction: 1 });

      const result = await getResult(String(accepted.id));
      assert.equal(result.statusCode, 200, result.body);
      assert.equal(result.headers["content-type"], "application/zip");
      assert.equal(result.headers["content-disposition"], `attachment; filename="Test box-batch.zip"; filename*=UTF-8''Test%20box-batch.zip`);
      assert.match(String(result.headers.etag), /^"[0-9a-f]{64}"$/);
      assert.equal(result.headers["x-downloads-remaining"], "unlimited");
      const { files, manifest } = readZip(result.rawPayload);
      assert.deepEqual(Object.keys(files).sort(), ["Test box-defaults.stl", "Test box-p_holes=2-p_length=30.stl", "Test box-short.stl"]);
      assert.deepEqual({ ...manifest, entries: undefined }, { model: "Test box", type: "stl", configurations: 3, built: 3, failed: 0, entries: undefined });
      assert.deepEqual(
        manifest.entries.map((entry) => [entry.index, entry.status, entry.preset, entry.params, entry.file]),
        [
          [0, "ok", "short", {}, "Test box-short.stl"],
          [1, "ok", undefined, { p_length: "30", p_holes: "2" }, "Test box-p_holes=2-p_length=30.stl"],
          [2, "ok", undefined, {}, "Test box-defaults.stl"],
        ],
      );
      // Each file is the one /build makes for the same configuration, with the same ETag.
      for (const [index, configuration] of configurations.entries()) {
        const build = await service.app.inject({ method: "POST", url: "/build", payload: { key, s: BOX_SCRIPT, type: "stl", ...configuration } });
        assert.equal(build.statusCode, 200, build.body);
        const entry = manifest.entries[index]!;
        assert.ok(Buffer.from(files[entry.file!]!).equals(build.rawPayload), `configuration ${index}`);
        assert.equal(`"${entry.contentKey}"`, build.headers.etag);
        assert.equal(entry.bytes, build.rawPayload.length);
      }
      assert.equal((manifest.entries[0]!.values as Record<string, unknown>).p_length, 10, "the values as built");
    });

    it("reports each refused or failing configuration in the manifest and builds the others", async () => {
      const configurations = [{ params: { p_length: 1000 } }, { preset: "huge" }, { params: { p_lenght: 30 } }, { params: { p_length: 40 } }, { params: { p_fail: true } }];
      const script = FRAGILE_SCRIPT.replace("p_length = FloatParam({ min: 5, max: 100, default: 20 })", "p_length = FloatParam({ min: 5, max: 100, presets: { default: 20, short: 10 } })");
      const { id, state } = await finished({ key, s: script, type: "stl", configurations });
      assert.equal(state.status, "done", "a batch with failed configurations is still done");
      const { files, manifest } = readZip((await getResult(id)).rawPayload);
      assert.deepEqual(Object.keys(files), ["Fragile-p_length=40.stl"]);
      assert.deepEqual([manifest.built, manifest.failed], [1, 4]);
      assert.deepEqual(manifest.entries.map((entry) => entry.status), ["failed", "failed", "failed", "ok", "failed"]);
      assert.deepEqual(manifest.entries.map((entry) => entry.error?.code), ["PARAM_INVALID", "UNKNOWN_PRESET", "UNKNOWN_PARAM", undefined, "SCRIPT_EXCEPTION"]);
      // Each error is the problem /build answers for that configuration.
      for (const index of [0, 1, 2, 4]) {
        const build = await service.app.inject({ method: "POST", url: "/build", payload: { key, s: script, type: "stl", ...configurations[index] } });
        assert.deepEqual(manifest.entries[index]!.error, problemOf(build.body), `configuration ${index}`);
        assert.equal(manifest.entries[index]!.file, undefined);
      }
    });

    it("makes a batch whose every configuration is refused a done job: its ZIP holds only the manifest and costs nothing", async () => {
      const account = await evaluationAccount(3);
      const { id, state } = await finished({ key: account.key, s: BOX_SCRIPT, type: "stl", configurations: [{ preset: "huge" }, { params: { p_holes: 9 } }] }, account.key);
      assert.equal(state.status, "done");
      const result = await getResult(id, account.key);
      assert.equal(result.statusCode, 200, result.body);
      const { files, manifest } = readZip(result.rawPayload);
      assert.deepEqual(Object.keys(files), []);
      assert.deepEqual([manifest.built, manifest.failed], [0, 2]);
      assert.equal(result.headers["x-downloads-remaining"], "3");
      assert.equal(await service.store.remainingDownloads(account.id), 3);
    });

    it("refuses with 403 before any work when the account has fewer downloads left than configurations", async () => {
      const account = await evaluationAccount(2);
      const [builds, describes] = [backend.requests.length, backend.describes];
      const refused = await submit({ key: account.key, s: BOX_SCRIPT, type: "stl", configurations: [{}, { preset: "short" }, { preset: "long" }] });
      assert.equal(refused.statusCode, 403, refused.body);
      assert.equal(refused.json().code, "QUOTA_EXCEEDED");
      assert.match(refused.json().detail, /has 2 downloads left this month, fewer than the 3/);
      assert.deepEqual([refused.json().remaining, refused.json().needed], [2, 3]);
      assert.deepEqual([backend.requests.length, backend.describes], [builds, describes], "no build and no describe ran");
      assert.equal(await service.store.remainingDownloads(account.id), 2, "nothing was charged");
      const free = await submit({ key: account.key, s: BOX_SCRIPT, type: "png", configurations: [{}, { preset: "short" }, { preset: "long" }] });
      assert.equal(free.statusCode, 202, "a free type is not bound by the quota");
      const exact = await submit({ key: account.key, s: BOX_SCRIPT, type: "stl", configurations: [{}, { preset: "short" }] });
      assert.equal(exact.statusCode, 202, "as many configurations as downloads left is accepted");
      await finalState(service.app, exact.json().id, account.key);
      await finalState(service.app, free.json().id, account.key);
    });

    it("charges one download per file of the ZIP, atomically: of two concurrent downloads only one is served, and a 304 is free", async () => {
      const account = await evaluationAccount(5);
      const { id } = await finished({ key: account.key, s: BOX_SCRIPT, type: "stl", configurations: [{ preset: "short" }, { preset: "long" }, { params: { p_holes: 1 } }, { preset: "huge" }] }, account.key);
      assert.equal(await service.store.remainingDownloads(account.id), 5, "a finished batch costs nothing until it is downloaded");
      const [first, second] = await Promise.all([getResult(id, account.key), getResult(id, account.key)]);
      const served = [first!, second!].filter((response) => response.statusCode === 200);
      const refused = [first!, second!].filter((response) => response.statusCode === 403);
      assert.equal(served.length, 1, `${first!.statusCode} ${second!.statusCode}`);
      assert.equal(refused.length, 1);
      assert.equal(refused[0]!.json().code, "QUOTA_EXCEEDED");
      assert.match(refused[0]!.json().detail, /2 downloads left this month, fewer than the 3 files/);
      assert.equal(served[0]!.headers["x-downloads-remaining"], "2");
      assert.equal(await service.store.remainingDownloads(account.id), 2, "three files, three downloads; the refusal charged none");
      const summary = await service.store.usageSummary(account.id);
      assert.deepEqual(summary.recent.map((entry) => entry.type), ["STL", "STL", "STL"]);
      const notModified = await getResult(id, account.key, { "if-none-match": String(served[0]!.headers.etag) });
      assert.equal(notModified.statusCode, 304);
      assert.equal(await service.store.remainingDownloads(account.id), 2);
    });

    it("refuses malformed bodies with 400 naming the field, and more configurations than the limit", async () => {
      const base = { key, s: BOX_SCRIPT, type: "stl" };
      const cases: Array<[string, unknown, string, RegExp]> = [
        ["no configurations", base, "configurations", /"configurations" is required/],
        ["configurations not a list", { ...base, configurations: { preset: "short" } }, "configurations", /"configurations" is required: a list/],
        ["no configuration at all", { ...base, configurations: [] }, "configurations", /1 to 5 configurations, not 0/],
        ["more than the limit", { ...base, configurations: Array.from({ length: 6 }, () => ({})) }, "configurations", /1 to 5 configurations, not 6/],
        ["an entry that is not an object", { ...base, configurations: [{}, "short"] }, "configurations[1]", /configurations\[1\] must be an object/],
        ["an unknown field in an entry", { ...base, configurations: [{ type: "step" }] }, "configurations[0].type", /has a field "type"/],
        ["a preset that is not a string", { ...base, configurations: [{ preset: 3 }] }, "configurations[0].preset", /preset must be a preset's name/],
        ["params that are not an object", { ...base, configurations: [{ params: [1] }] }, "configurations[0].params", /"params" must be an object/],
        ["a list as a value", { ...base, configurations: [{}, { params: { p_length: [1, 2] } }] }, "configurations[1].params.p_length", /configurations\[1\]: field "p_length" is given 2 times/],
        ["a request field among params", { ...base, configurations: [{ params: { tolerance: 1 } }] }, "configurations[0].params.tolerance", /is a request field/],
        ["a parameter beside configurations", { ...base, p_length: 30, configurations: [{}] }, "p_length", /belongs in a configuration/],
        ["a preset beside configurations", { ...base, preset: "short", configurations: [{}] }, "preset", /belongs in a configuration/],
        ["a body that is not an object", [base], "", /must be an object/],
      ];
      const builds = backend.requests.length;
      for (const [what, payload, param, detail] of cases) {
        const response = await submit(payload);
        assert.equal(response.statusCode, 400, `${what}: ${response.body}`);
        assert.equal(response.json().code, "USAGE", what);
        if (param !== "") assert.equal(response.json().param, param, what);
        assert.match(response.json().detail, detail, what);
      }
      assert.equal(backend.requests.length, builds, "nothing was built");
      const form = await submit(new URLSearchParams({ key, s: BOX_SCRIPT, type: "stl" }).toString(), { "content-type": "application/x-www-form-urlencoded" });
      assert.equal(form.statusCode, 415, form.body);
    });

    it("refuses at once, with /build's status and problem, what /build refuses before building", async () => {
      const cases: Array<[string, Record<string, unknown>, number, string]> = [
        ["no key", { s: BOX_SCRIPT, type: "stl" }, 403, "ACCESS_DENIED"],
        ["a bad key", { key: "pf_not_a_key", s: BOX_SCRIPT, type: "stl" }, 403, "ACCESS_DENIED"],
        ["an unknown type", { key, s: BOX_SCRIPT, type: "dwg" }, 400, "USAGE"],
        ["a bad tolerance", { key, s: BOX_SCRIPT, type: "stl", tolerance: "fine" }, 400, "USAGE"],
        ["an unknown model", { key, id: "zzzzzzzz", type: "stl" }, 404, "NOT_FOUND"],
        ["a script that does not compile", { key, s: "export function build( {", type: "stl", lang: "ts" }, 500, "SCRIPT_SYNTAX"],
      ];
      for (const [what, fields, status, code] of cases) {
        const batch = await submit({ ...fields, configurations: [{}] });
        const build = await service.app.inject({ method: "POST", url: "/build", payload: fields });
        assert.equal(batch.statusCode, status, `${what}: ${batch.body}`);
        assert.equal(batch.json().code, code, what);
        assert.deepEqual(problemOf(batch.body), problemOf(build.body), what);
      }
    });

    it("builds a stored model by id, naming its files as /build names its file (from the script's METADATA name)", async () => {
      const account = await service.store.findAccountByEmail("maker@example.com");
      const described = await backend.describe({ source: BOX_SCRIPT, language: "ts" });
      assert.ok(described.ok);
      const { model } = await service.store.createModel({ ownerId: account!.id, name: "Bracket", visibility: "private", script: BOX_SCRIPT, language: "ts", schema: described.description });
      const { id, state } = await finished({ key, id: model.id, type: "step", configurations: [{ preset: "long" }] });
      assert.equal(state.status, "done");
      const { files } = readZip((await getResult(id)).rawPayload);
      assert.deepEqual(Object.keys(files), ["Test box-long.step"]);
      assert.equal((await submit({ key: otherKey, id: model.id, type: "step", configurations: [{}] })).statusCode, 404, "another account's private model");
    });

    it("shows progress as configurations done over total, and cancels a running batch", async () => {
      const response = await submit({ key, s: `${GATE_RUNNING}\n${BOX_SCRIPT}`, type: "stl", configurations: [{ preset: "short" }, { preset: "long" }, {}] });
      const { id } = response.json() as { id: string };
      await until(() => backend.waiting === 1);
      assert.deepEqual((await getJob(id)).json().progress, { phase: "building", fraction: 0 });
      backend.open();
      await until(async () => backend.waiting === 1 && (await getJob(id)).json().progress.fraction > 0);
      const state = (await getJob(id)).json();
      assert.equal(state.status, "running");
      assert.deepEqual(state.progress, { phase: "building", fraction: 1 / 3 });
      const cancelled = await service.app.inject({ method: "DELETE", url: `/api/jobs/${id}`, headers: { "x-api-key": key } });
      assert.equal(cancelled.json().status, "cancelled");
      await until(() => backend.waiting === 0);
      assert.equal((await getResult(id)).json().jobStatus, "cancelled");
    });

    it("answers 404 for another account's batch on every job route", async () => {
      const { id } = await finished({ key, s: BOX_SCRIPT, type: "stl", configurations: [{ preset: "short" }] });
      for (const response of [await getJob(id, otherKey), await getResult(id, otherKey), await service.app.inject({ method: "DELETE", url: `/api/jobs/${id}`, headers: { "x-api-key": otherKey } })]) {
        assert.equal(response.statusCode, 404, response.body);
        assert.equal(response.json().code, "NOT_FOUND");
      }
      assert.equal((await getResult(id)).statusCode, 200, "the owner still gets it");
    });
  });
}
