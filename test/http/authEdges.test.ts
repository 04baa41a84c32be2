/**
 * The edges of authentication: what an API key may not do, redirect targets after logging in,
 * log-in throttling and the password-hashing cap, Secure cookies, and who sees /health details.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../../src/http/app.ts";
import { requireAdmin } from "../../src/http/adminAccess.ts";
import { LoginThrottle } from "../../src/http/loginThrottle.ts";
import { InProcessBackend, type BuildBackend } from "../../src/build/index.ts";
import { HashingGate, openSqliteStore } from "../../src/store/index.ts";
import { BOX_SCRIPT, FAST_PASSWORD_HASHING, signUpAndLogIn, startService, storeKinds, type EdgeDeps, type TestService } from "./harness.ts";

const [sqlite] = await storeKinds();
const PASSWORD = "correct horse battery";
const ADMIN_TOKEN = "admin-token-0123456789abcdef";
const ELSEWHERE = "203.0.113.9";

async function withService(edge: EdgeDeps, run: (service: TestService) => Promise<void>, backend?: BuildBackend): Promise<void> {
  const service = await startService(sqlite!, { edge, ...(backend ? { backend } : {}) });
  try {
    await run(service);
  } finally {
    await service.close();
  }
}

function logIn(service: TestService, email: string, password: string, remoteAddress = "127.0.0.1", headers: Record<string, string> = {}) {
  return service.app.inject({ method: "POST", url: "/api/session", remoteAddress, headers: { "content-type": "application/json", ...headers }, payload: { email, password } });
}

describe("API keys and sessions", () => {
  let service: TestService;
  let cookie: string;
  let secret: string;
  let keyId: string;
  before(async () => {
    service = await startService(sqlite!);
    cookie = await signUpAndLogIn(service.app, "keys@example.com");
    const created = await service.app.inject({ method: "POST", url: "/api/keys", headers: { cookie }, payload: { name: "ci" } });
    ({ secret, key: { id: keyId } } = created.json());
  });
  after(() => service.close());

  const withKey = (method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", url: string, payload?: object) =>
    service.app.inject({ method, url, headers: { authorization: `Bearer ${secret}` }, ...(payload ? { payload } : {}) });

  it("refuses to list, create, disable or delete keys with an API key: 401 saying a logged-in session is needed", async () => {
    for (const [method, url, payload] of [
      ["GET", "/api/keys", undefined],
      ["POST", "/api/keys", { name: "replacement" }],
      ["PATCH", `/api/keys/${keyId}`, { disabled: false }],
      ["DELETE", `/api/keys/${keyId}`, undefined],
    ] as const) {
      const response = await withKey(method, url, payload);
      assert.equal(response.statusCode, 401, `${method} ${url}: ${response.body}`);
      assert.equal(response.json().code, "NOT_AUTHENTICATED");
      assert.match(response.json().detail, /needs a logged-in session.*an API key cannot do this/);
    }
    const keys = (await service.app.inject({ method: "GET", url: "/api/keys", headers: { cookie } })).json().keys;
    assert.deepEqual(keys.map((k: { name: string }) => k.name), ["ci"], "no key was created by the key");
  });

  it("lets an API key build, read and write models and read usage", async () => {
    const saved = await withKey("POST", "/api/models", { script: BOX_SCRIPT, visibility: "private" });
    assert.equal(saved.statusCode, 201, saved.body);
    const id = saved.json().id;
    assert.equal((await withKey("GET", `/api/models/${id}`)).statusCode, 200);
    assert.equal((await withKey("PUT", `/api/models/${id}`, { script: BOX_SCRIPT, name: "Renamed" })).statusCode, 200);
    assert.equal((await withKey("GET", `/build?id=${id}&type=stl`)).statusCode, 200);
    assert.equal((await withKey("GET", "/api/usage")).json().downloads, 1);
    assert.equal((await withKey("GET", "/api/account")).statusCode, 200);
  });

  it("refuses a key at once when its owner's session disables it, and the key cannot enable itself again", async () => {
    const disabled = await service.app.inject({ method: "PATCH", url: `/api/keys/${keyId}`, headers: { cookie }, payload: { disabled: true } });
    assert.equal(disabled.statusCode, 200);
    assert.equal((await withKey("GET", "/api/usage")).statusCode, 403);
    assert.equal((await withKey("PATCH", `/api/keys/${keyId}`, { disabled: false })).statusCode, 401);
    assert.equal((await withKey("GET", "/api/usage")).statusCode, 403);
  });
});

describe("the redirect after logging in", () => {
  let service: TestService;
  let cookie: string;
  before(async () => {
    service = await startService(sqlite!);
    cookie = await signUpAndLogIn(service.app, "next@example.com");
  });
  after(() => service.close());

  const redirectFor = async (rawQueryValue: string) =>
    (await service.app.inject({ method: "GET", url: `/login?next=${rawQueryValue}`, headers: { cookie } })).headers.location;

  it("goes to /account for every target that is not a same-origin path, whatever its encoding", async () => {
    const offSite = [
      "/%09/evil.example/phish", // tab: browsers drop it, leaving //evil.example
      "/%0A/evil.example",
      "/%0D%0A/evil.example",
      "/%09%09/evil.example",
      "//evil.example",
      "%2F%2Fevil.example",
      "/%5Cevil.example", // backslash, read as a slash
      "/%5C%5Cevil.example",
      "%5C%5Cevil.example",
      "/%5C%09/evil.example",
      "/.//evil.example", // dot segments collapse into //
      "/..//evil.example",
      "/x/..//evil.example",
      "https://evil.example/",
      "https:evil.example",
      "javascript:alert(1)",
      "%EF%BC%8F%EF%BC%8Fevil.example", // fullwidth solidus
      "evil.example",
      "",
      "/%00/evil.example",
    ];
    for (const target of offSite) assert.equal(await redirectFor(target), "/account", target);
  });

  it("keeps a same-origin path with its query and fragment, percent-encoding what a header cannot carry", async () => {
    assert.equal(await redirectFor(encodeURIComponent("/m/abc123?preset=short&p_len=5#view")), "/m/abc123?preset=short&p_len=5#view");
    assert.equal(await redirectFor("/editor/abc123"), "/editor/abc123");
    assert.equal(await redirectFor(encodeURIComponent("/m/ü")), "/m/%C3%BC");
    assert.equal(await redirectFor(encodeURIComponent("/%2F%2Fevil.example")), "/%2F%2Fevil.example", "an encoded slash stays a path");
    assert.equal(await redirectFor(encodeURIComponent("/\uff0f\uff0fevil.example")), "/%EF%BC%8F%EF%BC%8Fevil.example");
  });
});

describe("log-in throttling", () => {
  it("answers 429 with Retry-After after five failures on an account, then doubles the wait, without checking the password", async () => {
    let nowMs = 1_000_000;
    await withService({ loginThrottle: new LoginThrottle({}, () => nowMs) }, async (service) => {
      await signUpAndLogIn(service.app, "target@example.com");
      for (let attempt = 1; attempt <= 5; attempt++) {
        assert.equal((await logIn(service, "target@example.com", "wrong guess", `198.51.100.${attempt}`)).statusCode, 401);
      }
      const refused = await logIn(service, "Target@Example.com", PASSWORD, "198.51.100.99");
      assert.equal(refused.statusCode, 429, "the right password waits too, from any address and in any case");
      assert.equal(refused.json().code, "RATE_LIMITED");
      assert.equal(refused.headers["retry-after"], "1");
      assert.equal((await logIn(service, "other@example.com", "wrong guess", ELSEWHERE)).statusCode, 401, "another account is not held up");
      nowMs += 1000;
      assert.equal((await logIn(service, "target@example.com", "wrong guess")).statusCode, 401);
      assert.equal((await logIn(service, "target@example.com", PASSWORD)).headers["retry-after"], "2", "the wait doubles");
      nowMs += 2000;
      assert.equal((await logIn(service, "target@example.com", PASSWORD)).statusCode, 200, "after the wait the owner gets in");
      assert.equal((await logIn(service, "target@example.com", "wrong guess")).statusCode, 401, "a success starts the count again");
    });
  });

  it("holds up one client address after twenty failures across accounts, and not the others", async () => {
    const nowMs = 5_000_000;
    await withService({ loginThrottle: new LoginThrottle({}, () => nowMs) }, async (service) => {
      for (let attempt = 1; attempt <= 20; attempt++) {
        assert.equal((await logIn(service, `guess${attempt}@example.com`, "wrong guess", ELSEWHERE)).statusCode, 401);
      }
      const refused = await logIn(service, "fresh@example.com", "wrong guess", ELSEWHERE);
      assert.equal(refused.statusCode, 429);
      assert.match(String(refused.headers["retry-after"]), /^[1-9]\d*$/);
      assert.equal((await logIn(service, "fresh@example.com", "wrong guess", "198.51.100.7")).statusCode, 401);
    });
  });

  it("takes the client address from X-Forwarded-For only when the proxy is trusted", async () => {
    const nowMs = 7_000_000;
    for (const trustProxy of [true, false]) {
      await withService({ trustProxy, loginThrottle: new LoginThrottle({}, () => nowMs) }, async (service) => {
        for (let attempt = 1; attempt <= 20; attempt++) {
          await logIn(service, `p${attempt}@example.com`, "wrong guess", "127.0.0.1", { "x-forwarded-for": "192.0.2.1" });
        }
        const fromAnotherClient = await logIn(service, "q@example.com", "wrong guess", "127.0.0.1", { "x-forwarded-for": "192.0.2.2" });
        assert.equal(fromAnotherClient.statusCode, trustProxy ? 401 : 429, `trustProxy ${trustProxy}`);
      });
    }
  });

  it("answers 503 with Retry-After at once when password hashing is at its cap, not counting those as failures, and logs in when it frees", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "partforge-hashing-"));
    const gate = new HashingGate({ concurrent: 1, queued: 0 });
    const store = await openSqliteStore({ path: join(dataDir, "partforge.db"), passwordHashing: FAST_PASSWORD_HASHING, passwordHashingLimits: gate });
    const app = await buildApp({ store, backend: new InProcessBackend() });
    try {
      await store.createAccount({ email: "busy@example.com", password: PASSWORD });
      let release!: () => void;
      const held = gate.run(() => new Promise<void>((resolve) => (release = resolve)));
      const login = () => app.inject({ method: "POST", url: "/api/session", payload: { email: "busy@example.com", password: PASSWORD } });
      for (let attempt = 1; attempt <= 6; attempt++) {
        const refused = await login();
        assert.equal(refused.statusCode, 503, refused.body);
        assert.equal(refused.json().code, "BUSY");
        assert.match(String(refused.headers["retry-after"]), /^\d+$/);
      }
      const signUp = await app.inject({ method: "POST", url: "/api/accounts", payload: { email: "new@example.com", password: PASSWORD } });
      assert.equal(signUp.statusCode, 503, "sign-up hashes under the same cap");
      release();
      await held;
      assert.equal((await login()).statusCode, 200);
    } finally {
      await app.close();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe("Secure cookies", () => {
  const sessionCookieOf = async (service: TestService, headers: Record<string, string> = {}) => {
    await service.app.inject({ method: "POST", url: "/api/accounts", payload: { email: "cookie@example.com", password: PASSWORD } });
    const response = await logIn(service, "cookie@example.com", PASSWORD, "127.0.0.1", headers);
    assert.equal(response.statusCode, 200);
    return String(response.headers["set-cookie"]);
  };

  it("are Secure when the public URL is https, and not by default", async () => {
    await withService({ secureCookies: true }, async (service) => assert.match(await sessionCookieOf(service), /;\s*Secure/i));
    await withService({}, async (service) => assert.doesNotMatch(await sessionCookieOf(service), /Secure/i));
  });

  it("are Secure when a trusted proxy says the request came over https, and a direct client cannot claim it", async () => {
    await withService({ trustProxy: true }, async (service) => assert.match(await sessionCookieOf(service, { "x-forwarded-proto": "https" }), /;\s*Secure/i));
    await withService({}, async (service) => assert.doesNotMatch(await sessionCookieOf(service, { "x-forwarded-proto": "https" }), /Secure/i));
  });
});

describe("/health", () => {
  const health = (service: TestService, remoteAddress: string, headers: Record<string, string> = {}) =>
    service.app.inject({ method: "GET", url: "/health", remoteAddress, headers });

  it("tells an anonymous client only whether the service is ready", async () => {
    await withService({ adminToken: ADMIN_TOKEN }, async (service) => {
      for (const headers of [{}, { authorization: "Bearer wrong-token-0123456789abcdef" }, { authorization: ADMIN_TOKEN }] as Record<string, string>[]) {
        const response = await health(service, ELSEWHERE, headers);
        assert.equal(response.statusCode, 200);
        assert.deepEqual(response.json(), { ok: true }, JSON.stringify(headers));
      }
    });
  });

  it("shows the details with the admin token, or to a loopback client when no proxy is trusted", async () => {
    await withService({ adminToken: ADMIN_TOKEN }, async (service) => {
      assert.equal(typeof (await health(service, ELSEWHERE, { authorization: `Bearer ${ADMIN_TOKEN}` })).json().builds, "object");
      assert.equal(typeof (await health(service, "127.0.0.1")).json().builds, "object");
      assert.equal(typeof (await health(service, "::1")).json().builds, "object");
    });
    await withService({ trustProxy: true, adminToken: ADMIN_TOKEN }, async (service) => {
      assert.deepEqual((await health(service, "127.0.0.1")).json(), { ok: true }, "behind a proxy, loopback is everyone");
      assert.equal(typeof (await health(service, "127.0.0.1", { authorization: `Bearer ${ADMIN_TOKEN}` })).json().builds, "object");
    });
  });

  it("is one guard other operator routes reuse: requireAdmin refuses others with 403 saying how to get in", async () => {
    await withService({ adminToken: ADMIN_TOKEN }, async (service) => {
      service.app.get("/operator-probe", async (request) => {
        requireAdmin(request, { adminToken: ADMIN_TOKEN, trustProxy: false });
        return { ok: true };
      });
      const refused = await service.app.inject({ method: "GET", url: "/operator-probe", remoteAddress: ELSEWHERE });
      assert.equal(refused.statusCode, 403);
      assert.match(refused.json().detail, /Authorization: Bearer <PARTFORGE_ADMIN_TOKEN>/);
      const allowed = await service.app.inject({ method: "GET", url: "/operator-probe", remoteAddress: ELSEWHERE, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      assert.equal(allowed.statusCode, 200);
    });
  });

  it("answers 503 with ok false and the reason when no build slot can take a build", async () => {
    const closed: BuildBackend = {
      build: async () => ({ ok: false, error: { code: "BUSY", message: "closed" }, computeMs: 0 }),
      describe: async () => ({ ok: false, error: { code: "BUSY", message: "closed" }, computeMs: 0 }),
      health: () => ({ closed: false, slots: [{ id: 1, pid: 4242, state: "starting" }] }),
      close: async () => {},
    };
    await withService({}, async (service) => {
      const response = await health(service, ELSEWHERE);
      assert.equal(response.statusCode, 503);
      assert.deepEqual(response.json(), { ok: false, reason: "no build slot can take a build (every slot is starting, retiring or gone)" });
      const admin = await health(service, "127.0.0.1");
      assert.equal(admin.json().reason, "no build slot can take a build (every slot is starting, retiring or gone)", "the operator sees it too, with the details");
    }, closed);
  });
});
