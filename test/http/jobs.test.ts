/**
 * `/api/jobs` (issue 14 point 4) in the embedded mode, on each store: what `POST` refuses (the
 * same as `/build`, at once), the job's life, the result's headers and charges, ownership,
 * retention, the per-account bound, and server-sent events.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { BOX_SCRIPT, startService, storeKinds, type TestService } from "./harness.ts";
import { finalState, GATE_QUEUED, GATE_RUNNING, GatedBackend, until } from "./jobsHarness.ts";
import { DEFAULT_JOB_LIMITS } from "../../src/http/deps.ts";

const kinds = await storeKinds();
const FAILING_SCRIPT = `import { Workplane } from "partforge";
export const METADATA = { name: "Broken" };
export function build() { throw new Error("the part cannot be made"); }
`;

for (const kind of kinds) {
  describe(`/api/jobs on ${kind.name}`, { skip: kind.skip }, () => {
    let service: TestService;
    let backend: GatedBackend;
    let key: string;
    let otherKey: string;

    before(async () => {
      backend = new GatedBackend();
      service = await startService(kind, { backend, limits: { jobs: { ...DEFAULT_JOB_LIMITS, maxUnfinishedPerAccount: 3 } } });
      const account = await service.store.createAccount({ email: "maker@example.com", password: "correct horse battery", plan: "enterprise" });
      key = (await service.store.createApiKey(account.id, { name: "test" })).secret;
      const other = await service.store.createAccount({ email: "other@example.com", password: "correct horse battery", plan: "enterprise" });
      otherKey = (await service.store.createApiKey(other.id, { name: "other" })).secret;
    });
    after(() => service.close());

    const submit = (payload: Record<string, unknown>) => service.app.inject({ method: "POST", url: "/api/jobs", payload });
    const getJob = (id: string, as = key) => service.app.inject({ method: "GET", url: `/api/jobs/${id}`, headers: { "x-api-key": as } });
    const getResult = (id: string, as = key, headers: Record<string, string> = {}) => service.app.inject({ method: "GET", url: `/api/jobs/${id}/result`, headers: { "x-api-key": as, ...headers } });
    const cancel = (id: string, as = key) => service.app.inject({ method: "DELETE", url: `/api/jobs/${id}`, headers: { "x-api-key": as } });

    it("answers 202 with id, status, statusUrl and resultUrl for a JSON body and for a form body", async () => {
      const json = await submit({ key, s: BOX_SCRIPT, type: "stl", params: { p_length: "30" } });
      assert.equal(json.statusCode, 202, json.body);
      const body = json.json() as Record<string, string>;
      assert.deepEqual(Object.keys(body).sort(), ["id", "resultUrl", "status", "statusUrl"]);
      assert.match(body.id!, /^job_[\w-]{16}$/);
      assert.equal(body.statusUrl, `/api/jobs/${body.id}`);
      assert.equal(body.resultUrl, `/api/jobs/${body.id}/result`);
      assert.equal(json.headers.location, body.statusUrl);
      assert.ok(["queued", "running", "done"].includes(body.status!), body.status);
      const form = await service.app.inject({
        method: "POST",
        url: "/api/jobs",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: new URLSearchParams({ key, s: BOX_SCRIPT, type: "STL", p_length: "31" }).toString(),
      });
      assert.equal(form.statusCode, 202, form.body);
      for (const id of [body.id!, (form.json() as { id: string }).id]) assert.equal((await finalState(service.app, id, key)).status, "done");
    });

    it("refuses at once, with /build's status and problem, everything /build refuses before building", async () => {
      const empty = await service.store.createAccount({ email: "empty@example.com", password: "correct horse battery", plan: "evaluation", monthlyQuota: 0 });
      const emptyKey = (await service.store.createApiKey(empty.id)).secret;
      const cases: Array<[string, Record<string, unknown>, number, string]> = [
        ["no key", { s: BOX_SCRIPT, type: "stl" }, 403, "ACCESS_DENIED"],
        ["a bad key", { key: "pf_not_a_key", s: BOX_SCRIPT, type: "stl" }, 403, "ACCESS_DENIED"],
        ["no type", { key, s: BOX_SCRIPT }, 400, "USAGE"],
        ["an unknown type", { key, s: BOX_SCRIPT, type: "dwg" }, 400, "USAGE"],
        ["a bad tolerance", { key, s: BOX_SCRIPT, type: "stl", tolerance: "fine" }, 400, "USAGE"],
        ["an unknown parameter", { key, s: BOX_SCRIPT, type: "stl", params: { p_lenght: "30" } }, 400, "UNKNOWN_PARAM"],
        ["an out-of-range value", { key, s: BOX_SCRIPT, type: "stl", params: { p_length: "1000" } }, 400, "PARAM_INVALID"],
        ["an unknown preset", { key, s: BOX_SCRIPT, type: "stl", preset: "huge" }, 400, "UNKNOWN_PRESET"],
        ["an unknown model", { key, id: "zzzzzzzz", type: "stl" }, 404, "NOT_FOUND"],
        ["neither s nor id", { key, type: "stl" }, 400, "USAGE"],
        ["a script over the size limit", { key, s: `// ${"x".repeat(300 * 1024)}\n${BOX_SCRIPT}`, type: "stl" }, 413, "PAYLOAD_TOO_LARGE"],
        ["a script that does not compile", { key, s: "export function build( {", type: "stl", lang: "ts" }, 500, "SCRIPT_SYNTAX"],
        ["an exhausted quota", { key: emptyKey, s: BOX_SCRIPT, type: "stl" }, 403, "QUOTA_EXCEEDED"],
        ["a list where a field goes", { key, s: BOX_SCRIPT, type: ["stl", "step"] }, 400, "USAGE"],
      ];
      const before = backend.requests.length;
      for (const [what, payload, status, code] of cases) {
        const job = await submit(payload);
        const build = await service.app.inject({ method: "POST", url: "/build", payload });
        assert.equal(job.statusCode, status, `${what}: ${job.body}`);
        assert.equal(build.statusCode, status, `${what} on /build: ${build.body}`);
        const [jobProblem, buildProblem] = [job.json(), build.json()] as Array<Record<string, unknown>>;
        assert.equal(jobProblem.code, code, what);
        delete jobProblem.requestId;
        delete buildProblem.requestId;
        assert.deepEqual(jobProblem, buildProblem, what);
      }
      // Only /build tried to build the ones its build finds (parameters, values, preset, syntax): no job was made.
      assert.equal(backend.requests.length - before, 4);
    });

    it("sends the result with /build's headers and bytes, and answers If-None-Match with a free 304", async () => {
      const request = { key, s: BOX_SCRIPT, type: "stl", params: { p_length: "42", p_holes: "2" } };
      const { id } = (await submit(request)).json() as { id: string };
      const state = await finalState(service.app, id, key);
      assert.equal(state.status, "done");
      assert.equal(state.cache, "off");
      const timings = state.timings as Record<string, unknown>;
      for (const field of ["createdAt", "startedAt", "finishedAt", "expiresAt"]) assert.ok(!Number.isNaN(Date.parse(String(timings[field]))), field);
      assert.equal(typeof timings.buildMs, "number");
      // The phases as src/http/openapi/jobPaths.ts lists them: wall times, the build's CPU and its export's.
      const phases = timings.phases as Record<string, unknown>;
      for (const field of ["loadMs", "buildMs", "exportMs", "cpuMs", "exportCpuMs"]) assert.equal(typeof phases[field], "number", `phases.${field}: ${JSON.stringify(phases)}`);
      assert.deepEqual(state.progress, { phase: "finished", fraction: 1 });
      const result = await getResult(id);
      const build = await service.app.inject({ method: "POST", url: "/build", payload: request });
      assert.equal(result.statusCode, 200, result.body);
      for (const header of ["content-type", "content-disposition", "content-length", "etag", "cache-control", "x-cache", "x-downloads-remaining"]) {
        assert.equal(result.headers[header], build.headers[header], header);
      }
      assert.match(String(result.headers["x-build-ms"]), /^\d+$/);
      assert.ok(result.rawPayload.equals(build.rawPayload), "the same file as /build's");
      const notModified = await getResult(id, key, { "if-none-match": String(result.headers.etag) });
      assert.equal(notModified.statusCode, 304);
      assert.equal(notModified.rawPayload.length, 0);
    });

    it("answers 409 with the job's status before it is done, and after a cancel", async () => {
      const { id } = (await submit({ key, s: `${GATE_RUNNING}\n${BOX_SCRIPT}`, type: "stl" })).json() as { id: string };
      await until(async () => (getJob(id).then((r) => r.json().status === "running")));
      const running = (await getJob(id)).json();
      assert.deepEqual(running.progress, { phase: "building", fraction: 0.5 });
      assert.equal(typeof running.timings.startedAt, "string");
      const early = await getResult(id);
      assert.equal(early.statusCode, 409, early.body);
      assert.equal(early.json().code, "JOB_NOT_DONE");
      assert.equal(early.json().jobStatus, "running");
      const cancelled = await cancel(id);
      assert.equal(cancelled.statusCode, 200);
      assert.equal(cancelled.json().status, "cancelled");
      assert.equal((await getResult(id)).json().jobStatus, "cancelled");
      assert.equal((await cancel(id)).json().status, "cancelled", "a second cancel changes nothing");
      assert.equal(backend.waiting, 0, "the cancel released the build");
    });

    it("cancels a queued job before a slot takes it", async () => {
      const { id, status } = (await submit({ key, s: `${GATE_QUEUED}\n${BOX_SCRIPT}`, type: "stl" })).json() as { id: string; status: string };
      assert.equal(status, "queued");
      assert.equal((await getJob(id)).json().status, "queued");
      assert.equal((await cancel(id)).json().status, "cancelled");
      assert.equal((await finalState(service.app, id, key)).status, "cancelled");
    });

    it("answers 404 for an unknown job and for another account's job, on every job route", async () => {
      const { id } = (await submit({ key, s: BOX_SCRIPT, type: "stl", params: { p_length: "43" } })).json() as { id: string };
      await finalState(service.app, id, key);
      for (const response of [await getJob(id, otherKey), await getResult(id, otherKey), await cancel(id, otherKey), await getJob("job_nope"), await getResult("job_nope"), await cancel("job_nope")]) {
        assert.equal(response.statusCode, 404, response.body);
        assert.equal(response.json().code, "NOT_FOUND");
      }
      assert.equal((await getJob(id)).json().status, "done", "the owner still sees it");
      const anonymous = await service.app.inject({ method: "GET", url: `/api/jobs/${id}` });
      assert.equal(anonymous.statusCode, 403);
    });

    it("fails a job whose build fails with the problem /build answers", async () => {
      const request = { key, s: FAILING_SCRIPT, type: "stl" };
      const { id } = (await submit(request)).json() as { id: string };
      const state = await finalState(service.app, id, key);
      assert.equal(state.status, "failed");
      const build = await service.app.inject({ method: "POST", url: "/build", payload: request });
      assert.equal(build.statusCode, 500);
      const problem = build.json() as Record<string, unknown>;
      delete problem.requestId;
      assert.deepEqual(state.error, problem);
      assert.equal((await getResult(id)).json().jobStatus, "failed");
    });

    it("gives an asynchronous build its plan's time limit", async () => {
      const evaluation = await service.store.createAccount({ email: "eval@example.com", password: "correct horse battery", plan: "evaluation", monthlyQuota: 5 });
      const evalKey = (await service.store.createApiKey(evaluation.id)).secret;
      for (const [as, plan] of [[key, "enterprise"], [evalKey, "evaluation"]] as const) {
        const { id } = (await submit({ key: as, s: BOX_SCRIPT, type: "stl", params: { p_length: plan === "enterprise" ? "44" : "45" } })).json() as { id: string };
        await finalState(service.app, id, as);
        assert.equal(backend.requests.at(-1)!.timeoutMs, DEFAULT_JOB_LIMITS.timeoutMsByPlan[plan], plan);
      }
      await service.app.inject({ method: "POST", url: "/build", payload: { key, s: BOX_SCRIPT, type: "stl" } });
      assert.equal(backend.requests.at(-1)!.timeoutMs, undefined, "a /build keeps the pool's limit");
    });

    it("charges each 200 download like /build and not a 304, exactly: two concurrent downloads with one left give one file", async () => {
      const account = await service.store.createAccount({ email: "two@example.com", password: "correct horse battery", plan: "evaluation", monthlyQuota: 2 });
      const twoKey = (await service.store.createApiKey(account.id)).secret;
      const { id } = (await submit({ key: twoKey, s: BOX_SCRIPT, type: "stl", params: { p_length: "46" } })).json() as { id: string };
      await finalState(service.app, id, twoKey);
      assert.equal(await service.store.remainingDownloads(account.id), 2, "a finished job costs nothing until it is downloaded");
      const first = await getResult(id, twoKey);
      assert.equal(first.headers["x-downloads-remaining"], "1");
      assert.equal((await getResult(id, twoKey, { "if-none-match": String(first.headers.etag) })).statusCode, 304);
      assert.equal(await service.store.remainingDownloads(account.id), 1);
      const both = await Promise.all([getResult(id, twoKey), getResult(id, twoKey)]);
      assert.deepEqual(both.map((r) => r.statusCode).sort(), [200, 403]);
      assert.equal(both.find((r) => r.statusCode === 403)!.json().code, "QUOTA_EXCEEDED");
      assert.equal(await service.store.remainingDownloads(account.id), 0);
      assert.equal((await getResult(id, twoKey, { "if-none-match": String(first.headers.etag) })).statusCode, 304, "a 304 stays free with nothing left");
      assert.equal((await submit({ key: twoKey, s: BOX_SCRIPT, type: "stl" })).statusCode, 403, "no new job once nothing is left");
      const png = await submit({ key: twoKey, s: BOX_SCRIPT, type: "png" });
      assert.equal(png.statusCode, 202, "a free type is still accepted");
    });

    it("bounds an account's unfinished jobs with 429 JOB_LIMIT, and takes one again when one ends", async () => {
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await submit({ key, s: `${GATE_RUNNING}\n${BOX_SCRIPT}`, type: "stl", params: { p_length: String(50 + i) } });
        assert.equal(response.statusCode, 202, response.body);
        ids.push(response.json().id);
      }
      const refused = await submit({ key, s: BOX_SCRIPT, type: "stl" });
      assert.equal(refused.statusCode, 429, refused.body);
      assert.equal(refused.json().code, "JOB_LIMIT");
      assert.match(refused.json().detail, /3 jobs queued or running.*cancel one/);
      assert.ok(Number(refused.headers["retry-after"]) >= 1);
      assert.equal((await submit({ key: otherKey, s: BOX_SCRIPT, type: "stl" })).statusCode, 202, "another account is not bound by it");
      await cancel(ids[0]!);
      assert.equal((await submit({ key, s: BOX_SCRIPT, type: "stl", params: { p_length: "60" } })).statusCode, 202);
      await until(() => backend.waiting === 2);
      backend.open();
      for (const id of ids.slice(1)) assert.equal((await finalState(service.app, id, key)).status, "done");
    });

    it("streams server-sent events, one per state change, ending at the final state", async () => {
      const address = await service.app.listen({ port: 0, host: "127.0.0.1" });
      const { id } = (await submit({ key, s: `${GATE_QUEUED}\n${BOX_SCRIPT}`, type: "stl", params: { p_length: "61" } })).json() as { id: string };
      const response = await fetch(`${address}/api/jobs/${id}?key=${encodeURIComponent(key)}`, { headers: { accept: "text/event-stream" } });
      assert.equal(response.status, 200);
      assert.match(String(response.headers.get("content-type")), /^text\/event-stream/);
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let text = "";
      const events = () => [...text.matchAll(/^data: (.*)$/gm)].map((m) => JSON.parse(m[1]!) as { status: string; id: string; resultUrl: string });
      while (events().length < 1) text += decoder.decode((await reader.read()).value, { stream: true });
      assert.equal(events()[0]!.status, "queued");
      backend.open();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
      const statuses = events().map((event) => event.status);
      assert.deepEqual(statuses, ["queued", "running", "done"]);
      assert.equal(events()[2]!.resultUrl, `/api/jobs/${id}/result`);
      assert.match(text, /^id: 1\n/);
      const finished = await fetch(`${address}/api/jobs/${id}`, { headers: { accept: "text/event-stream", "x-api-key": key } });
      assert.deepEqual([...(await finished.text()).matchAll(/^data: (.*)$/gm)].map((m) => JSON.parse(m[1]!).status), ["done"], "a finished job's stream is its final state");
    });
  });
}

describe("/api/jobs retention", () => {
  const sqlite = kinds.find((kind) => kind.name === "SQLite")!;
  let service: TestService;
  after(() => service?.close());

  it("forgets a finished job and its file after the retention time: 404 on every route", async () => {
    service = await startService(sqlite, { limits: { jobs: { ...DEFAULT_JOB_LIMITS, retentionMs: 50 } } });
    const account = await service.store.createAccount({ email: "brief@example.com", password: "correct horse battery", plan: "enterprise" });
    const key = (await service.store.createApiKey(account.id)).secret;
    const { id } = (await service.app.inject({ method: "POST", url: "/api/jobs", payload: { key, s: BOX_SCRIPT, type: "stl" } })).json() as { id: string };
    const state = await finalState(service.app, id, key);
    const expiresAt = Date.parse(String((state.timings as { expiresAt: string }).expiresAt));
    assert.equal(expiresAt - Date.parse(String((state.timings as { finishedAt: string }).finishedAt)), 50);
    await until(() => Date.now() > expiresAt);
    for (const [method, url] of [["GET", `/api/jobs/${id}`], ["GET", `/api/jobs/${id}/result`], ["DELETE", `/api/jobs/${id}`]] as const) {
      const response = await service.app.inject({ method, url, headers: { "x-api-key": key } });
      assert.equal(response.statusCode, 404, `${method} ${url}`);
      assert.match(response.json().detail, /until 0 min after the job finished|after the job finished/);
    }
  });
});
