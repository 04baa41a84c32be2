/**
 * What a script can make the server keep, and what slot time costs: description limits on every
 * path that describes (`/build`, model save and revise), the compute ledger and budgets per
 * account and for anonymous previews, ownership before any run, the API key cap and the rate
 * limit per account.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { InProcessBackend, type BuildBackend } from "../../src/build/index.ts";
import type { ComputeBudgets } from "../../src/http/computeBudget.ts";
import { MAX_API_KEYS_PER_ACCOUNT, type Account } from "../../src/store/index.ts";
import { BOX_SCRIPT, startService, storeKinds, type TestService } from "./harness.ts";

const kinds = await storeKinds();

const HUGE_DESC_SCRIPT = `export const METADATA = { name: "Huge" };
export const p_width = FloatParam({ default: 10, desc: "x".repeat(1024 * 1024) });
export function build() { return Workplane("XY").box(p_width.value, 1, 1); }
`;
const FAILING_SCRIPT = `export function build() { throw new Error("nope"); }`;
const SMALL_BOX = `export function build() { return Workplane("XY").box(1, 2, 3); }`;

/** The real in-process backend, charging a fixed slot time per run and remembering each run's tenant. */
class FixedCostBackend implements BuildBackend {
  readonly tenants: string[] = [];
  describes = 0;
  readonly #inner = new InProcessBackend();

  constructor(readonly costMs: number) {}

  async build(...[request, beforeRun, signal, started]: Parameters<BuildBackend["build"]>) {
    this.tenants.push(request.tenant!);
    return { ...(await this.#inner.build(request, beforeRun, signal, started)), computeMs: this.costMs };
  }

  async describe(...[request, beforeRun]: Parameters<BuildBackend["describe"]>) {
    this.tenants.push(request.tenant!);
    this.describes += 1;
    return { ...(await this.#inner.describe(request, beforeRun)), computeMs: this.costMs };
  }

  health() {
    return this.#inner.health();
  }

  close() {
    return this.#inner.close();
  }
}

function problemOf(response: { statusCode: number; body: string }, status: number, code: string): Record<string, unknown> {
  assert.equal(response.statusCode, status, response.body);
  const problem = JSON.parse(response.body) as Record<string, unknown>;
  assert.equal(problem.code, code, response.body);
  return problem;
}

const MINUTE_AGO = () => new Date(Date.now() - 60_000);

for (const kind of kinds) {
  describe(`description limits over HTTP on ${kind.name}`, { skip: kind.skip }, () => {
    let service: TestService;
    let key: string;
    let cookie: string;
    let account: Account;
    before(async () => {
      service = await startService(kind);
      account = await service.store.createAccount({ email: "limits@example.com", password: "correct horse battery", plan: "enterprise" });
      key = (await service.store.createApiKey(account.id)).secret;
      cookie = `pf_session=${(await service.store.createSession(account.id)).token}`;
    });
    after(() => service.close());

    it("answers a /build whose script declares a 1 MB desc with 400 DESCRIPTION_TOO_LARGE naming the field", async () => {
      const response = await service.app.inject({ method: "POST", url: "/build", payload: { key, type: "stl", s: HUGE_DESC_SCRIPT } });
      const problem = problemOf(response, 400, "DESCRIPTION_TOO_LARGE");
      assert.equal(problem.field, "p_width.desc");
      assert.equal(problem.param, "p_width");
      assert.match(String(problem.detail), /^p_width\.desc is 1048576 bytes long; at most 1024 bytes/);
      assert.ok(response.body.length < 4000, "the answer does not carry the description");
    });

    it("answers a model save and a revise with a 1 MB desc the same way, and stores nothing", async () => {
      const created = problemOf(await service.app.inject({ method: "POST", url: "/api/models", payload: { script: HUGE_DESC_SCRIPT }, headers: { cookie } }), 400, "DESCRIPTION_TOO_LARGE");
      assert.equal(created.field, "p_width.desc");
      assert.deepEqual(await service.store.listModels({ viewerId: account.id }), []);
      const saved = await service.app.inject({ method: "POST", url: "/api/models", payload: { script: BOX_SCRIPT }, headers: { cookie } });
      assert.equal(saved.statusCode, 201, saved.body);
      const id = JSON.parse(saved.body).id as string;
      const revised = problemOf(await service.app.inject({ method: "PUT", url: `/api/models/${id}`, payload: { script: HUGE_DESC_SCRIPT }, headers: { cookie } }), 400, "DESCRIPTION_TOO_LARGE");
      assert.equal(revised.field, "p_width.desc");
      assert.equal((await service.store.getModel(id, { viewerId: account.id }))?.model.latestRevision, 1);
    });
  });

  describe(`the server's own description check on ${kind.name}`, { skip: kind.skip }, () => {
    // A backend whose slot did not check (a bug, or a compromised slot): the server checks again before storing.
    const unchecked: BuildBackend = {
      build: async () => ({ ok: false, error: { code: "INTERNAL", message: "unused" }, computeMs: 0 }),
      describe: async () => ({
        ok: true,
        computeMs: 5,
        description: { metadata: { name: "Big", description: "y".repeat(100_000) }, uom: "mm", version: "1.0", parameters: [], groups: [], presets: { default: {} } },
      }),
      health: () => ({}),
      close: async () => {},
    };
    let service: TestService;
    before(async () => {
      service = await startService(kind, { backend: unchecked });
    });
    after(() => service.close());

    it("refuses to store a description beyond the limits that a backend let through", async () => {
      const account = await service.store.createAccount({ email: "server@example.com", password: "correct horse battery" });
      const cookie = `pf_session=${(await service.store.createSession(account.id)).token}`;
      const problem = problemOf(await service.app.inject({ method: "POST", url: "/api/models", payload: { script: SMALL_BOX }, headers: { cookie } }), 400, "DESCRIPTION_TOO_LARGE");
      assert.equal(problem.field, "METADATA.description");
      assert.deepEqual(await service.store.listModels({ viewerId: account.id }), []);
    });
  });

  describe(`compute budgets on ${kind.name}`, { skip: kind.skip }, () => {
    const budgets: ComputeBudgets = { perPlanMs: { evaluation: 1000, enterprise: 5000 }, anonymousPerClientMs: 700, anonymousPerModelMs: 2000 };
    let service: TestService;
    let backend: FixedCostBackend;
    let modelOwner: Account;
    let publicModelId: string;
    before(async () => {
      backend = new FixedCostBackend(600);
      service = await startService(kind, { backend, limits: { computeBudgets: budgets } });
      modelOwner = await service.store.createAccount({ email: "owner@example.com", password: "correct horse battery" });
      publicModelId = (await service.store.createModel({ ownerId: modelOwner.id, name: "Box", visibility: "public", script: SMALL_BOX, language: "ts", schema: {} })).model.id;
    });
    after(() => service.close());

    let accounts = 0;
    async function newAccount(plan: "evaluation" | "enterprise" = "evaluation") {
      accounts += 1;
      const account = await service.store.createAccount({ email: `payer${accounts}@example.com`, password: "correct horse battery", plan });
      const { key, secret } = await service.store.createApiKey(account.id);
      const cookie = `pf_session=${(await service.store.createSession(account.id)).token}`;
      return { account, key, secret, cookie };
    }
    const build = (secret: string, s: string) => service.app.inject({ method: "POST", url: "/build", payload: { key: secret, type: "stl", s } });

    it("charges a failed build's slot time to the calling account, with its outcome, through the account's tenant", async () => {
      const { account, secret } = await newAccount();
      problemOf(await build(secret, FAILING_SCRIPT), 500, "SCRIPT_EXCEPTION");
      assert.deepEqual(await service.store.computeUsed({ accountId: account.id }, MINUTE_AGO()), { usedMs: 600, oldestAt: (await service.store.computeUsed({ accountId: account.id }, MINUTE_AGO())).oldestAt });
      assert.equal(backend.tenants.at(-1), `account:${account.id}`);
      assert.equal((await service.store.usageSummary(account.id)).downloads, 0, "a failed build is no download");
    });

    it("answers 429 COMPUTE_LIMITED with Retry-After once the account's budget for the minute is used, failed builds included; other accounts are unaffected", async () => {
      const { secret } = await newAccount();
      problemOf(await build(secret, FAILING_SCRIPT), 500, "SCRIPT_EXCEPTION");
      assert.equal((await build(secret, SMALL_BOX)).statusCode, 200, "600 ms of 1000 used: still admitted");
      const limited = await build(secret, SMALL_BOX);
      const problem = problemOf(limited, 429, "COMPUTE_LIMITED");
      assert.match(String(limited.headers["retry-after"]), /^\d+$/);
      assert.ok(Number(limited.headers["retry-after"]) >= 1 && Number(limited.headers["retry-after"]) <= 60);
      assert.equal(problem.budgetMsPerMinute, 1000);
      assert.match(String(problem.detail), /failed and timed-out builds count too/);
      const other = await newAccount();
      assert.equal((await build(other.secret, SMALL_BOX)).statusCode, 200);
      const enterprise = await newAccount("enterprise");
      for (let i = 0; i < 3; i++) assert.equal((await build(enterprise.secret, SMALL_BOX)).statusCode, 200, "the enterprise plan's budget is larger");
    });

    it("charges the describe run of a model save and revise to the caller, and limits it", async () => {
      const { account, cookie } = await newAccount();
      const saved = await service.app.inject({ method: "POST", url: "/api/models", payload: { script: SMALL_BOX }, headers: { cookie } });
      assert.equal(saved.statusCode, 201, saved.body);
      const id = JSON.parse(saved.body).id as string;
      assert.equal((await service.store.computeUsed({ accountId: account.id }, MINUTE_AGO())).usedMs, 600);
      assert.equal((await service.app.inject({ method: "PUT", url: `/api/models/${id}`, payload: { script: SMALL_BOX }, headers: { cookie } })).statusCode, 200);
      assert.equal((await service.store.computeUsed({ accountId: account.id }, MINUTE_AGO())).usedMs, 1200);
      problemOf(await service.app.inject({ method: "PUT", url: `/api/models/${id}`, payload: { script: SMALL_BOX }, headers: { cookie } }), 429, "COMPUTE_LIMITED");
    });

    it("answers a revise of another account's model 404 before anything runs or is charged", async () => {
      const { cookie, account } = await newAccount();
      const describesBefore = backend.describes;
      for (const id of [publicModelId, "nosuchid1"]) {
        problemOf(await service.app.inject({ method: "PUT", url: `/api/models/${id}`, payload: { script: "for(;;){}" }, headers: { cookie } }), 404, "NOT_FOUND");
      }
      assert.equal(backend.describes, describesBefore, "no describe ran");
      assert.equal((await service.store.computeUsed({ accountId: account.id }, MINUTE_AGO())).usedMs, 0);
      assert.equal((await service.store.computeUsed({ accountId: modelOwner.id }, MINUTE_AGO())).usedMs, 0);
    });

    it("publishes, unpublishes and renames a model without a script: no revision, nothing runs, nothing is charged; bad changes are 400", async () => {
      const { account, cookie } = await newAccount();
      const saved = await service.app.inject({ method: "POST", url: "/api/models", payload: { script: SMALL_BOX }, headers: { cookie } });
      assert.equal(saved.statusCode, 201, saved.body);
      const id = JSON.parse(saved.body).id as string;
      const usedAfterSave = (await service.store.computeUsed({ accountId: account.id }, MINUTE_AGO())).usedMs;
      const describesBefore = backend.describes;
      const put = (payload: unknown) => service.app.inject({ method: "PUT", url: `/api/models/${id}`, payload: payload as Record<string, unknown>, headers: { cookie } });
      const published = await put({ visibility: "public" });
      assert.equal(published.statusCode, 200, published.body);
      assert.deepEqual(
        (({ revision, visibility, script }) => ({ revision, visibility, script }))(JSON.parse(published.body)),
        { revision: 1, visibility: "public", script: SMALL_BOX },
      );
      assert.equal((await service.app.inject({ url: `/api/models/${id}` })).statusCode, 200, "a visitor sees it once public");
      const renamed = JSON.parse((await put({ name: "Renamed box", visibility: "private" })).body);
      assert.deepEqual([renamed.name, renamed.visibility, renamed.revision], ["Renamed box", "private", 1]);
      assert.equal((await service.app.inject({ url: `/api/models/${id}` })).statusCode, 404, "private again: a visitor no longer sees it");
      assert.equal(backend.describes, describesBefore, "no describe ran");
      assert.equal((await service.store.computeUsed({ accountId: account.id }, MINUTE_AGO())).usedMs, usedAfterSave, "nothing charged");
      assert.match(String(problemOf(await put({}), 400, "USAGE").detail), /nothing to change/);
      problemOf(await put({ visibility: "everyone" }), 400, "USAGE");
      assert.match(String(problemOf(await put({ language: "py" }), 400, "USAGE").detail), /"language" goes with a "script"/);
      const stranger = await newAccount();
      problemOf(await service.app.inject({ method: "PUT", url: `/api/models/${id}`, payload: { visibility: "public" }, headers: { cookie: stranger.cookie } }), 404, "NOT_FOUND");
      assert.equal((await service.store.getModel(id, { viewerId: account.id }))?.model.visibility, "private", "a stranger changed nothing");
    });

    it("charges anonymous previews to the address's and the model's anonymous budgets, never to the owner; a logged-in preview to the caller", async () => {
      const preview = (headers: Record<string, string> = {}, remoteAddress = "203.0.113.9") =>
        service.app.inject({ method: "GET", url: `/api/preview?id=${publicModelId}`, headers, remoteAddress });
      assert.equal((await preview()).statusCode, 200);
      assert.equal(backend.tenants.at(-1), "client:203.0.113.9");
      assert.equal((await service.store.computeUsed({ anonymousClient: "203.0.113.9" }, MINUTE_AGO())).usedMs, 600);
      assert.equal((await service.store.computeUsed({ anonymousModelId: publicModelId }, MINUTE_AGO())).usedMs, 600);
      assert.equal((await service.store.computeUsed({ accountId: modelOwner.id }, MINUTE_AGO())).usedMs, 0, "the owner pays nothing");
      assert.equal((await preview()).statusCode, 200, "600 ms of the address's 700: still admitted");
      const limited = await preview();
      problemOf(limited, 429, "COMPUTE_LIMITED");
      assert.match(String(limited.headers["retry-after"]), /^\d+$/);
      assert.equal((await preview({}, "198.51.100.4")).statusCode, 200, "another address has its own budget");
      assert.equal((await preview({}, "198.51.100.5")).statusCode, 200, "1800 ms of the model's anonymous 2000: still admitted");
      const modelLimited = problemOf(await preview({}, "198.51.100.6"), 429, "COMPUTE_LIMITED");
      assert.match(String(modelLimited.detail), /anonymous previews of this model/);
      assert.equal((await service.store.computeUsed({ anonymousModelId: publicModelId }, MINUTE_AGO())).usedMs, 2400);
      const { account, cookie } = await newAccount();
      assert.equal((await preview({ cookie, "x-partforge-session": "1" }, "198.51.100.6")).statusCode, 200, "a logged-in visitor uses its own budget, not the exhausted anonymous ones");
      assert.equal(backend.tenants.at(-1), `account:${account.id}`);
      assert.equal((await service.store.computeUsed({ accountId: account.id }, MINUTE_AGO())).usedMs, 600);
    });
  });

  describe(`a build that waited while its account's budget ran out on ${kind.name}`, { skip: kind.skip }, () => {
    // The first build is slow and expensive; the second, admitted while the first ran, waits behind it.
    let releaseFirst: () => void = () => undefined;
    let releaseSecond: () => void = () => undefined;
    const firstDone = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    const secondMayRun = new Promise<void>((resolve) => {
      releaseSecond = resolve;
    });
    let builds = 0;
    const inner = new InProcessBackend();
    const gated: BuildBackend = {
      async build(request, beforeRun) {
        builds += 1;
        if (builds === 1) {
          await firstDone;
          return { ...(await inner.build(request, beforeRun)), computeMs: 1500 };
        }
        // Like the pool: the build waits for a slot, and the budget is asked again when it leaves the queue.
        await secondMayRun;
        return inner.build(request, beforeRun);
      },
      describe: (request, beforeRun) => inner.describe(request, beforeRun),
      health: () => ({}),
      close: async () => {},
    };
    let service: TestService;
    before(async () => {
      service = await startService(kind, { backend: gated, limits: { computeBudgets: { perPlanMs: { evaluation: 1000, enterprise: 1000 }, anonymousPerClientMs: 1000, anonymousPerModelMs: 1000 } } });
    });
    after(() => service.close());

    it("is refused with 429 COMPUTE_LIMITED when it leaves the queue, without running", async () => {
      const account = await service.store.createAccount({ email: "queued@example.com", password: "correct horse battery" });
      const key = (await service.store.createApiKey(account.id)).secret;
      const build = () => service.app.inject({ method: "POST", url: "/build", payload: { key, type: "stl", s: SMALL_BOX } });
      const first = build();
      while (builds < 1) await new Promise((resolve) => setImmediate(resolve));
      const second = build();
      while (builds < 2) await new Promise((resolve) => setImmediate(resolve));
      releaseFirst();
      assert.equal((await first).statusCode, 200);
      releaseSecond();
      const refused = await second;
      problemOf(refused, 429, "COMPUTE_LIMITED");
      assert.match(String(refused.headers["retry-after"]), /^\d+$/);
      assert.equal((await service.store.computeUsed({ accountId: account.id }, MINUTE_AGO())).usedMs, 1500, "the refused build ran nothing and is charged nothing");
    });
  });

  describe(`keys and rate limits per account on ${kind.name}`, { skip: kind.skip }, () => {
    let service: TestService;
    before(async () => {
      service = await startService(kind, { limits: { ratePerSecond: 1, rateBurst: 2 } });
    });
    after(() => service.close());

    it(`refuses the API key after ${MAX_API_KEYS_PER_ACCOUNT} with 409 KEY_LIMIT saying what to do`, async () => {
      const account = await service.store.createAccount({ email: "keys@example.com", password: "correct horse battery" });
      const cookie = `pf_session=${(await service.store.createSession(account.id)).token}`;
      for (let i = 0; i < MAX_API_KEYS_PER_ACCOUNT; i++) {
        assert.equal((await service.app.inject({ method: "POST", url: "/api/keys", payload: { name: `k${i}` }, headers: { cookie } })).statusCode, 201);
      }
      const problem = problemOf(await service.app.inject({ method: "POST", url: "/api/keys", payload: { name: "one more" }, headers: { cookie } }), 409, "KEY_LIMIT");
      assert.match(String(problem.detail), /delete one/);
    });

    it("holds the rate limit per account: another key of the same account gets no fresh burst", async () => {
      const account = await service.store.createAccount({ email: "rate@example.com", password: "correct horse battery", plan: "enterprise" });
      const first = (await service.store.createApiKey(account.id)).secret;
      const second = (await service.store.createApiKey(account.id)).secret;
      const build = (key: string) => service.app.inject({ method: "POST", url: "/build", payload: { key, type: "stl", s: SMALL_BOX } });
      assert.equal((await build(first)).statusCode, 200);
      assert.equal((await build(first)).statusCode, 200);
      const limited = await build(second);
      problemOf(limited, 429, "RATE_LIMITED");
      assert.match(String(limited.headers["retry-after"]), /^\d+$/);
      const stranger = await service.store.createAccount({ email: "stranger@example.com", password: "correct horse battery", plan: "enterprise" });
      assert.equal((await build((await service.store.createApiKey(stranger.id)).secret)).statusCode, 200, "another account has its own bucket");
    });
  });
}
