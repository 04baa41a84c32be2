/** An author's StringParam pattern must be in the safe subset, checked on save and on /build, naming the parameter. */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { signUpAndLogIn, startService, storeKinds, type TestService } from "./harness.ts";

const [sqlite] = await storeKinds();

const scriptWithPattern = (pattern: string) => `import { Workplane, StringParam } from "partforge";
export const p_code = StringParam({ default: "aa", pattern: ${JSON.stringify(pattern)} });
export function build() {
  return Workplane("XY").box(p_code.value.length + 1, 2, 2);
}
`;

describe("author patterns", () => {
  let service: TestService;
  let cookie: string;
  let key: string;
  before(async () => {
    service = await startService(sqlite!);
    cookie = await signUpAndLogIn(service.app, "patterns@example.com");
    key = (await service.app.inject({ method: "POST", url: "/api/keys", headers: { cookie }, payload: {} })).json().secret;
  });
  after(() => service.close());

  const save = (pattern: string) => service.app.inject({ method: "POST", url: "/api/models", headers: { cookie }, payload: { script: scriptWithPattern(pattern) } });

  it("refuses on save a pattern with nested quantifiers, a backreference, a lookaround or too much length: 400 SCRIPT_INVALID naming the parameter", async () => {
    for (const [pattern, reason] of [
      ["(a+)+", /repeats a group that itself repeats/],
      ["(a|aa)*", /repeats a group that itself repeats or has alternatives/],
      ["(a)\\1", /backreference/],
      ["a(?!b)", /lookaround/],
      ["a".repeat(300), /at most 256/],
    ] as const) {
      const response = await save(pattern);
      assert.equal(response.statusCode, 400, `${pattern}: ${response.body}`);
      const problem = response.json();
      assert.equal(problem.code, "SCRIPT_INVALID");
      assert.equal(problem.param, "p_code");
      assert.match(problem.detail, /option "pattern"/);
      assert.match(problem.detail, reason);
    }
  });

  it("refuses the same pattern on /build, and builds with a safe one", async () => {
    const refused = await service.app.inject({ method: "POST", url: "/build", headers: { authorization: `Bearer ${key}` }, payload: { type: "stl", s: scriptWithPattern("(a+)+$") } });
    assert.equal(refused.json().code, "SCRIPT_INVALID", refused.body);
    assert.equal(refused.json().param, "p_code");
    assert.equal((await save("a+")).statusCode, 201);
    const built = await service.app.inject({ method: "POST", url: "/build", headers: { authorization: `Bearer ${key}` }, payload: { type: "stl", s: scriptWithPattern("[ab]+"), params: { p_code: "abba" } } });
    assert.equal(built.statusCode, 200, built.body);
  });
});
