/** `POST /api/scripts/describe`: what a save would store, without storing it; bad scripts say where and why. */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { BOX_SCRIPT, signUpAndLogIn, startService, storeKinds, type TestService } from "./harness.ts";

describe("POST /api/scripts/describe", () => {
  let service: TestService;
  let cookie: string;
  const post = (body: unknown, headers: Record<string, string> = { cookie }) =>
    service.app.inject({ method: "POST", url: "/api/scripts/describe", headers: { ...headers, "content-type": "application/json" }, payload: JSON.stringify(body) });

  before(async () => {
    const [sqlite] = await storeKinds();
    service = await startService(sqlite!, { limits: { maxScriptBytes: 4096 } });
    cookie = await signUpAndLogIn(service.app, "describe@example.com");
  });
  after(() => service.close());

  it("answers the schema a save would store, stores nothing and spends no download", async () => {
    const response = await post({ script: BOX_SCRIPT });
    assert.equal(response.statusCode, 200, response.body);
    const schema = response.json() as { parameters: { name: string; type: string }[]; presets: Record<string, unknown> };
    assert.ok(schema.parameters.some((p) => p.name === "p_length" && p.type === "float"));
    assert.ok("default" in schema.presets);
    const models = (await service.app.inject({ url: "/api/models", headers: { cookie } })).json() as { models: unknown[] };
    assert.equal(models.models.length, 0);
    const usage = (await service.app.inject({ url: "/api/usage", headers: { cookie } })).json() as { downloads: number };
    assert.equal(usage.downloads, 0);
  });

  it("refuses a syntax error, a refused import and a bad parameter declaration with 400 at the line", async () => {
    const syntax = await post({ script: "export function build( {" });
    assert.equal(syntax.statusCode, 400);
    assert.equal(syntax.json().code, "SCRIPT_SYNTAX");
    assert.equal(syntax.json().line, 1);
    const imported = await post({ script: `import { readFileSync } from "fs";\n${BOX_SCRIPT}` });
    assert.equal(imported.statusCode, 400);
    assert.match(imported.json().detail, /import of "fs" is not allowed/);
    assert.equal(imported.json().line, 1);
    const param = await post({ script: BOX_SCRIPT.replace("IntParam({ min: 0, max: 4, default: 0 })", "IntParam({ min: 0, max: 4, default: 9 })") });
    assert.equal(param.statusCode, 400, param.body);
    assert.equal(param.json().line, 4, param.body);
    assert.match(param.json().detail, /default/);
  });

  it("refuses a script over the size limit with 413, before running it", async () => {
    const huge = `${BOX_SCRIPT}//${"x".repeat(4096)}`;
    const response = await post({ script: huge });
    assert.equal(response.statusCode, 413);
    assert.equal(response.json().code, "PAYLOAD_TOO_LARGE");
  });

  it("needs a caller and a script", async () => {
    assert.equal((await post({ script: BOX_SCRIPT }, {})).statusCode, 401);
    const missing = await post({});
    assert.equal(missing.statusCode, 400);
    assert.match(missing.json().detail, /script/);
  });
});
