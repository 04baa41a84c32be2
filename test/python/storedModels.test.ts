/**
 * Python as a stored model (issue 17, point 1): POST/PUT /api/models take `language: "py"` (or
 * `python`), or detect Python as /build does; the model records `py`; builds by id (/build,
 * preview, MCP) run it with presets and values; a bad Python script is 400 at its Python
 * line:column; `models push` takes .py files and the seed publishes the Python example.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { InProcessBackend } from "../../src/build/index.ts";
import { main } from "../../src/cli/main.ts";
import { seedIfEmpty } from "../../src/cli/seed.ts";
import { EXIT_CODES } from "../../src/shared/errors.ts";
import { BOX_SCRIPT, startService, storeKinds, type TestService } from "../http/harness.ts";
import { readStl } from "../helpers/stlReader.ts";

const EXAMPLES_DIR = fileURLToPath(new URL("../../examples/", import.meta.url));

/** A ParametricParts ModelScript: FloatParam presets, a boolean. */
const PYTHON_PLATE = `# A plate, optionally with a hole
UOM = "mm"
VERSION = "1.0"
METADATA = {"name": "Python plate"}
p_length = FloatParam(min=10.0, max=120.0, desc="Length", presets={'default': 40.0, 'long': 100.0})
p_width = FloatParam(min=10.0, max=60.0, desc="Width", presets={'default': 20.0, 'long': 30.0})
p_hole = BooleanParam(desc="A hole in the middle", presets={'default': False})

def build():
    plate = cq.Workplane("XY").box(p_length.value, p_width.value, 5)
    if p_hole.value:
        plate = plate.faces(">Z").workplane().hole(4)
    return plate
`;

/** A CQGI script: top-level constants are the parameters. */
const CQGI_BLOCK = `import cadquery as cq

thickness = 4.0
width = 30
describe_parameter(thickness, "Plate thickness in mm")
result = cq.Workplane("XY").box(40, width, thickness)
show_object(result, name="block")
`;

interface Problem {
  code: string;
  detail: string;
  param?: string;
  line?: number;
  column?: number;
}

interface ModelJson {
  id: string;
  name: string;
  revision: number;
  language: string;
  script: string;
  schema: { parameters: { name: string; type: string; default: unknown; desc?: string }[]; presets: Record<string, Record<string, unknown>> };
}

function text(result: CallToolResult): string {
  const first = result.content[0];
  assert.ok(first?.type === "text", `expected text content, got ${JSON.stringify(result.content).slice(0, 200)}`);
  return first.text;
}

for (const kind of await storeKinds()) {
  describe(`stored Python models over HTTP (${kind.name})`, { skip: kind.skip, timeout: 300_000 }, () => {
    let service: TestService;
    let key: string;
    let auth: Record<string, string>;

    before(async () => {
      service = await startService(kind);
      const account = await service.store.createAccount({ email: "py-models@example.com", password: "correct horse battery", plan: "enterprise" });
      key = (await service.store.createApiKey(account.id, { name: "test" })).secret;
      auth = { authorization: `Bearer ${key}`, "content-type": "application/json" };
    });
    after(() => service.close());

    const save = (payload: Record<string, unknown>, id?: string) =>
      service.app.inject({ method: id === undefined ? "POST" : "PUT", url: id === undefined ? "/api/models" : `/api/models/${id}`, headers: auth, payload });
    const read = async (id: string) => {
      const response = await service.app.inject({ method: "GET", url: `/api/models/${id}`, headers: auth });
      assert.equal(response.statusCode, 200, response.body);
      return response.json<ModelJson>();
    };
    const build = (payload: Record<string, unknown>) => service.app.inject({ method: "POST", url: "/build", headers: auth, payload });
    /** The exact volume of a build by id (PROPS), in mm³. */
    const volumeOf = async (payload: Record<string, unknown>) => {
      const response = await build({ ...payload, type: "PROPS" });
      assert.equal(response.statusCode, 200, response.body);
      return response.json<{ volume: number }>().volume;
    };

    it("detects a ParametricParts script sent without a language, stores it as py, and builds it by id with a preset and a value", async () => {
      const created = await save({ script: PYTHON_PLATE, visibility: "public" });
      assert.equal(created.statusCode, 201, created.body);
      const model = created.json<ModelJson>();
      assert.equal(model.language, "py");
      assert.equal(model.name, "Python plate");
      assert.deepEqual(model.schema.parameters.map((p) => [p.name, p.type, p.default]), [["p_length", "float", 40], ["p_width", "float", 20], ["p_hole", "boolean", false]]);
      assert.deepEqual(model.schema.presets.long, { p_length: 100, p_width: 30, p_hole: false });

      const stored = await read(model.id);
      assert.equal(stored.language, "py");
      assert.equal(stored.script, PYTHON_PLATE);
      const listed = await service.app.inject({ method: "GET", url: "/api/models", headers: auth });
      assert.ok(listed.json<{ models: { id: string }[] }>().models.some((m) => m.id === model.id));

      // The preset sets p_length and p_width, the explicit value overrides its p_width.
      const stl = await build({ id: model.id, type: "STL", preset: "long", params: { p_width: "25" } });
      assert.equal(stl.statusCode, 200, stl.body);
      assert.equal(stl.headers["content-type"], "model/stl");
      const mesh = readStl(stl.rawPayload);
      assert.ok(mesh.isClosed);
      assert.deepEqual([mesh.bbox.max[0] - mesh.bbox.min[0], mesh.bbox.max[1] - mesh.bbox.min[1], mesh.bbox.max[2] - mesh.bbox.min[2]].map((d) => Math.round(d * 1000) / 1000), [100, 25, 5]);
      assert.ok(Math.abs(await volumeOf({ id: model.id, preset: "long", params: { p_width: 25 } }) - 100 * 25 * 5) < 1e-6);
      assert.ok(Math.abs(await volumeOf({ id: model.id }) - 40 * 20 * 5) < 1e-6, "the default preset");
      const holed = await volumeOf({ id: model.id, params: { p_hole: "true" } });
      assert.ok(Math.abs(holed - (40 * 20 * 5 - Math.PI * 2 * 2 * 5)) < 1e-6, `a 4 mm hole through the 5 mm plate: ${holed}`);

      const preview = await service.app.inject({ method: "POST", url: "/api/preview", headers: auth, payload: { id: model.id, preset: "long" } });
      assert.equal(preview.statusCode, 200, preview.body);
      assert.equal(preview.rawPayload.subarray(0, 4).toString("latin1"), "glTF");
      const anonymous = await service.app.inject({ method: "GET", url: `/api/preview?id=${model.id}&p_length=60`, remoteAddress: "203.0.113.30" });
      assert.equal(anonymous.statusCode, 200, "a public Python model previews for a visitor too");
    });

    it("stores a CQGI script sent as language python, and builds it by id with a value over /build and MCP", async () => {
      const created = await save({ script: CQGI_BLOCK, language: "python" });
      assert.equal(created.statusCode, 201, created.body);
      const model = created.json<ModelJson>();
      assert.equal(model.language, "py", "the alias python is stored as py");
      const thickness = model.schema.parameters.find((p) => p.name === "thickness");
      assert.deepEqual([thickness?.type, thickness?.default, thickness?.desc], ["float", 4, "Plate thickness in mm"]);
      assert.equal((await read(model.id)).language, "py");

      const stl = await build({ id: model.id, type: "STL", params: { thickness: "8" } });
      assert.equal(stl.statusCode, 200, stl.body);
      const mesh = readStl(stl.rawPayload);
      assert.equal(Math.round((mesh.bbox.max[2] - mesh.bbox.min[2]) * 1000) / 1000, 8);
      assert.ok(Math.abs(await volumeOf({ id: model.id, params: { thickness: 8, width: 10 } }) - 40 * 10 * 8) < 1e-6);

      await service.app.listen({ port: 0, host: "127.0.0.1" });
      const address = service.app.server.address() as { port: number };
      const client = new Client({ name: "partforge-test", version: "1.0.0" });
      await client.connect(new StreamableHTTPClientTransport(new URL(`http://127.0.0.1:${address.port}/mcp`), { requestInit: { headers: { authorization: `Bearer ${key}` } } }));
      try {
        const call = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as CallToolResult;
        const props = JSON.parse(text(await call("inspect", { model: model.id, params: { thickness: 2 } }))) as { volume: number };
        assert.ok(Math.abs(props.volume - 40 * 30 * 2) < 1e-6, JSON.stringify(props).slice(0, 200));
        const built = await call("build", { model: model.id, type: "STL", params: { thickness: 6 } });
        assert.notEqual(built.isError, true, JSON.stringify(built).slice(0, 300));
        assert.ok(built.content[1]?.type === "resource");
      } finally {
        await client.close();
      }
    });

    it("revises a Python model with Python, then with TypeScript, recording each revision's language", async () => {
      const created = (await save({ script: PYTHON_PLATE, language: "py" })).json<ModelJson>();
      const longer = PYTHON_PLATE.replace("presets={'default': 40.0, 'long': 100.0}", "presets={'default': 60.0, 'long': 100.0}");
      const revised = await save({ script: longer }, created.id);
      assert.equal(revised.statusCode, 200, revised.body);
      assert.deepEqual([revised.json<ModelJson>().revision, revised.json<ModelJson>().language], [2, "py"]);
      assert.ok(Math.abs(await volumeOf({ id: created.id }) - 60 * 20 * 5) < 1e-6, "the build by id runs the new revision");

      const typescript = await save({ script: BOX_SCRIPT }, created.id);
      assert.equal(typescript.statusCode, 200, typescript.body);
      assert.deepEqual([typescript.json<ModelJson>().revision, typescript.json<ModelJson>().language], [3, "ts"]);
      const back = await save({ script: CQGI_BLOCK, language: "PY" }, created.id);
      assert.equal(back.statusCode, 200, back.body);
      assert.deepEqual([back.json<ModelJson>().revision, back.json<ModelJson>().language], [4, "py"]);
      assert.equal((await read(created.id)).script, CQGI_BLOCK);
    });

    it("refuses a Python syntax error and a Python NameError on save with 400 at the Python line and column", async () => {
      const syntax = await save({ script: `METADATA = {"name": "Broken"}\ndef build(:\n    return cq.Workplane("XY").box(1, 2, 3)\n`, language: "py" });
      assert.equal(syntax.statusCode, 400, syntax.body);
      const syntaxProblem = syntax.json<Problem>();
      assert.equal(syntaxProblem.code, "SCRIPT_SYNTAX");
      assert.deepEqual([syntaxProblem.line, syntaxProblem.column], [2, 11], syntax.body);

      // Saving runs the declarations (as for TypeScript); a misspelt name there is a Python NameError.
      const misspelt = await save({ script: `UOM = "mm"\nlength = 10\np_length = FloatParam(min=1.0, max=lenght, presets={'default': 5.0})\ndef build():\n    return cq.Workplane("XY").box(p_length.value, 2, 3)\n` });
      assert.equal(misspelt.statusCode, 400, misspelt.body);
      const nameProblem = misspelt.json<Problem>();
      assert.equal(nameProblem.code, "SCRIPT_EXCEPTION");
      assert.match(nameProblem.detail, /NameError: name 'lenght' is not defined/);
      assert.deepEqual([nameProblem.line, nameProblem.column], [3, 36], misspelt.body);
      const imported = await save({ script: `import cadquery as cq\nimport os\nresult = cq.Workplane("XY").box(1, 2, 3)\n` });
      assert.equal(imported.statusCode, 400, imported.body);
      assert.deepEqual([imported.json<Problem>().code, imported.json<Problem>().line], ["IMPORT_NOT_ALLOWED", 2]);

      const described = await service.app.inject({ method: "POST", url: "/api/scripts/describe", headers: auth, payload: { script: CQGI_BLOCK } });
      assert.equal(described.statusCode, 200, described.body);
      assert.deepEqual(described.json<{ parameters: { name: string }[] }>().parameters.map((p) => p.name), ["thickness", "width"]);
      const models = await service.store.listModels({ viewerId: null, limit: 200 });
      assert.ok(!models.some((m) => m.name === "Broken"), "nothing was stored");
    });

    it("refuses a language that is none, naming the choices, and a language that is not a string", async () => {
      const cobol = await save({ script: PYTHON_PLATE, language: "cobol" });
      assert.equal(cobol.statusCode, 400);
      const problem = cobol.json<Problem>();
      assert.equal(problem.code, "USAGE");
      assert.equal(problem.param, "language");
      assert.match(problem.detail, /unknown language "cobol": use python, ts or js \(or leave it out to detect it\)/);
      const inherited = await save({ script: PYTHON_PLATE, language: "constructor" });
      assert.equal(inherited.statusCode, 400, "an Object.prototype name is no language");
      const number = await save({ script: PYTHON_PLATE, language: 3 });
      assert.equal(number.statusCode, 400);
      assert.match(number.json<Problem>().detail, /"language" must be a string/);
      // A Python script declared as TypeScript is compiled as TypeScript, and fails as such.
      const mislabelled = await save({ script: PYTHON_PLATE, language: "ts" });
      assert.equal(mislabelled.statusCode, 400, mislabelled.body);
    });
  });
}

describe("partforge models push and the seed with .py files", { timeout: 300_000 }, () => {
  const kind = (async () => (await storeKinds())[0]!)();
  let service: TestService;
  let server: string;
  let dir: string;
  let keyFile: string;

  before(async () => {
    service = await startService(await kind);
    const account = await service.store.createAccount({ email: "py-push@example.com", password: "correct horse battery", plan: "enterprise" });
    dir = await mkdtemp(join(tmpdir(), "partforge-py-push-"));
    keyFile = join(dir, "key.txt");
    await writeFile(keyFile, `${(await service.store.createApiKey(account.id, { name: "cli" })).secret}\n`);
    server = await service.app.listen({ port: 0, host: "127.0.0.1" });
  });
  after(async () => {
    await service.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function run(...argv: string[]) {
    let stdout = "";
    let stderr = "";
    const code = await main(argv, { stdout: { write: (chunk: string | Uint8Array) => (stdout += String(chunk)) }, stderr: { write: (chunk: string) => (stderr += chunk) } });
    return { code, stdout, stderr };
  }

  it("publishes a .py file as a Python model, revises it, and pulls its source", async () => {
    const file = join(dir, "plate.py");
    await writeFile(file, PYTHON_PLATE);
    const pushed = await run("models", "push", file, "--public", "--server", server, "--key-file", keyFile);
    assert.equal(pushed.code, EXIT_CODES.ok, pushed.stderr);
    assert.match(pushed.stderr, /published "Python plate": revision 1, public, 3 parameters/);
    const id = pushed.stdout.trim().split(" ")[0]!;
    assert.equal((await service.store.getModel(id, { viewerId: null }))?.revision.language, "py");

    await writeFile(join(dir, "block.py"), CQGI_BLOCK);
    const revised = await run("models", "push", join(dir, "block.py"), "--id", id, "--server", server, "--key-file", keyFile);
    assert.equal(revised.code, EXIT_CODES.ok, revised.stderr);
    assert.match(revised.stderr, /revised "Python plate": revision 2, public, 2 parameters/);
    const pulled = await run("models", "pull", id, "-o", join(dir, "pulled.py"), "--server", server);
    assert.equal(pulled.code, EXIT_CODES.ok, pulled.stderr);
    assert.equal(await readFile(join(dir, "pulled.py"), "utf8"), CQGI_BLOCK);
  });

  it("exits 3 with the server's Python line and column for a broken .py file", async () => {
    const file = join(dir, "broken.py");
    await writeFile(file, "x = 1\ndef build(:\n    pass\n");
    const pushed = await run("models", "push", file, "--server", server, "--key-file", keyFile);
    assert.equal(pushed.code, EXIT_CODES.script, pushed.stderr);
    assert.match(pushed.stderr, /2:11/);
  });

  it("seeds the examples, the Python one as a py model that builds with its presets", async () => {
    const fresh = await startService(await kind);
    try {
      const seeded = await seedIfEmpty(fresh.store, new InProcessBackend(), EXAMPLES_DIR);
      assert.ok(seeded, "an empty store is seeded");
      assert.deepEqual(seeded.failed, []);
      const comb = seeded.models.find((model) => model.file === "cable-comb.py");
      assert.equal(comb?.name, "Cable comb");
      const stored = await fresh.store.getModel(comb.id, { viewerId: null });
      assert.equal(stored?.revision.language, "py");
      assert.ok(seeded.models.some((model) => model.file === "bored-block.ts"), "the TypeScript examples too");
      const key = seeded.apiKey;
      const props = async (query: string) => {
        const response = await fresh.app.inject({ method: "GET", url: `/build?key=${key}&id=${comb.id}&type=PROPS${query}` });
        assert.equal(response.statusCode, 200, response.body);
        return response.json<{ volume: number; counts: { solids: number } }>();
      };
      // 4 slots of 5 mm (a 5 × 5 rectangle and a half disc each) and two 3.2 mm holes through a 50 × 15 × 4 plate.
      const slot = 5 * 5 + (Math.PI * 2.5 * 2.5) / 2;
      const hole = Math.PI * 1.6 * 1.6;
      const byDefault = await props("");
      assert.ok(Math.abs(byDefault.volume - (50 * 15 - 4 * slot - 2 * hole) * 4) < 1e-6, String(byDefault.volume));
      assert.equal(byDefault.counts.solids, 1);
      const wide = await props("&preset=wide&p_screw_holes=false");
      const wideSlot = 3.5 * 3.5 + (Math.PI * 1.75 * 1.75) / 2;
      assert.ok(Math.abs(wide.volume - (63 * 10.5 - 8 * wideSlot) * 4) < 1e-6, String(wide.volume));
      const stl = await fresh.app.inject({ method: "GET", url: `/build?key=${key}&id=${comb.id}&type=STL&preset=wide` });
      assert.equal(stl.statusCode, 200, stl.body);
      assert.ok(readStl(stl.rawPayload).isClosed);
    } finally {
      await fresh.close();
    }
  });
});
