/**
 * Where a Python ModelScript is accepted (issue 17, point 1): `/build` with `s` (detected by
 * parsing, or forced with the reserved field `lang`) and the CLI with `.py` files.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli as run } from "../helpers/cli.ts";
import { looksLikePython } from "../../src/modelscript/index.ts";
import { EXIT_CODES } from "../../src/shared/errors.ts";
import { BOX_SCRIPT, startService, storeKinds, type TestService } from "../http/harness.ts";

const PYTHON_BOX = `# A ParametricParts ModelScript
UOM = "mm"
VERSION = "1.0"
METADATA = {"name": "Python box"}
p_length = FloatParam(min=5.0, max=100.0, presets={'default': 20.0, 'long': 80.0})
p_holes = IntegerParam(min=0, max=4, presets={'default': 0})

def build():
    part = cq.Workplane("XY").box(p_length.value, 10, 5)
    for i in range(p_holes.value):
        part = part.faces(">Z").workplane().center(i * 2 - 3, 0).hole(1)
    return part
`;

const CQGI_PLATE = `import cadquery as cq
thickness = 4.0
result = cq.Workplane("XY").box(40, 30, thickness)
show_object(result)
`;

describe("Python language detection", () => {
  it("tells Python ModelScripts from JavaScript and TypeScript ones", () => {
    assert.equal(looksLikePython(PYTHON_BOX), true);
    assert.equal(looksLikePython(CQGI_PLATE), true);
    assert.equal(looksLikePython(BOX_SCRIPT), false);
    assert.equal(looksLikePython("export const x = 1;\n"), false);
    assert.equal(looksLikePython("def broken(:\n    pass\n"), false);
    // a ParametricParts METADATA dict over several lines ends a line with `{`, as JavaScript blocks do
    assert.equal(looksLikePython(`# a bracket\nMETADATA = {\n    "name": "Bracket",\n}\ndef build():\n    return cq.Workplane("XY").box(1, 2, 3)\n`), true);
    assert.equal(looksLikePython(`# not Python\nif (x) {\n  y = 1\n}\n`), false);
  });
});

const [kind] = await storeKinds();

describe("/build with a Python script", { skip: kind?.skip }, () => {
  let service: TestService;
  let key: string;
  before(async () => {
    service = await startService(kind!);
    const account = await service.store.createAccount({ email: "py@example.com", password: "correct horse battery", plan: "enterprise" });
    key = (await service.store.createApiKey(account.id, { name: "test" })).secret;
  });
  after(() => service.close());

  const build = (payload: Record<string, unknown>) =>
    service.app.inject({ method: "POST", url: "/build", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, payload: { type: "STL", ...payload } });

  it("detects Python in s and builds it with a preset and values", async () => {
    const byPreset = await build({ s: PYTHON_BOX, preset: "long" });
    assert.equal(byPreset.statusCode, 200, byPreset.body);
    const byValue = await build({ s: PYTHON_BOX, params: { p_length: "80" } });
    assert.equal(byValue.statusCode, 200, byValue.body);
    assert.ok(byPreset.rawPayload.equals(byValue.rawPayload), "preset long and p_length=80 give the same STL");
    const short = await build({ s: PYTHON_BOX, params: { p_holes: "2" } });
    assert.equal(short.statusCode, 200, short.body);
    assert.ok(!short.rawPayload.equals(byPreset.rawPayload));
  });

  it("builds a CQGI script whose constants are parameters", async () => {
    const response = await build({ s: CQGI_PLATE, params: { thickness: "8" } });
    assert.equal(response.statusCode, 200, response.body);
    const byDefault = await build({ s: CQGI_PLATE });
    assert.equal(byDefault.statusCode, 200, byDefault.body);
    assert.ok(!response.rawPayload.equals(byDefault.rawPayload), "thickness=8 builds the default plate");
  });

  it("takes lang=python, and refuses an unknown lang naming the choices", async () => {
    assert.equal((await build({ s: CQGI_PLATE, lang: "python" })).statusCode, 200);
    const unknown = await build({ s: CQGI_PLATE, lang: "cobol" });
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.body, /unknown lang \\"cobol\\": use python, ts or js/);
  });

  it("answers a Python error with the .py line and column", async () => {
    const response = await build({ s: `import cadquery as cq\nresult = cq.Workplane("XY").box(1, 2, 3).extrude(1, combin=True)\nshow_object(result)\n`, lang: "python" });
    assert.equal(response.statusCode, 500);
    const problem = JSON.parse(response.body) as { code: string; detail: string; line?: number; column?: number };
    assert.equal(problem.code, "SCRIPT_EXCEPTION");
    assert.match(problem.detail, /TypeError: extrude\(\) got an unexpected keyword argument 'combin' \(did you mean 'combine'\?\)/);
    assert.equal(problem.line, 2);
  });

  it("refuses a ParametricParts parameter named lang; a CQGI constant named lang stays a constant", async () => {
    const declared = await build({ s: `lang = StringParam(presets={'default': 'en'})\ndef build():\n    return cq.Workplane("XY").box(1, 2, 3)\n`, lang: "python" });
    assert.equal(declared.statusCode, 500);
    assert.match(declared.body, /parameter name \\"lang\\" is reserved/);
    const constant = await build({ s: `lang = "en"\nresult = cq.Workplane("XY").box(1, 2, 3)\n`, lang: "python" });
    assert.equal(constant.statusCode, 200, constant.body);
  });
});

describe("the CLI with .py files", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "partforge-py-"));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it("builds and describes a .py ModelScript", async () => {
    const file = join(dir, "box.py");
    await writeFile(file, PYTHON_BOX);
    const built = await run("build", file, "--type", "stl", "--preset", "long", "-o", join(dir, "box.stl"));
    assert.equal(built.code, EXIT_CODES.ok, built.stderr);
    assert.match(built.stderr, /wrote .*box\.stl/);
    const described = await run("describe", file);
    assert.equal(described.code, EXIT_CODES.ok, described.stderr);
    const description = JSON.parse(described.stdout.toString()) as { presets: Record<string, unknown> };
    assert.deepEqual(Object.keys(description.presets), ["default", "long"]);
  });

  it("exits 3 with the .py line and column for a Python syntax error", async () => {
    const file = join(dir, "bad.py");
    await writeFile(file, "x = 1\ndef build(:\n    pass\n");
    const result = await run("build", file, "--type", "stl");
    assert.equal(result.code, EXIT_CODES.script);
    assert.match(result.stderr, /bad\.py:2:11/);
  });
});
