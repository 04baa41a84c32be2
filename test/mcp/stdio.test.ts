/**
 * `partforge mcp` over stdio, driven by the official SDK's client as an assistant would: the tool
 * list, each tool on a real script built in the sandboxed pool (measured facts, a decodable PNG,
 * files that parse), and bad input answered as tool errors with file:line:column.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { PNG } from "pngjs";
import { execFile } from "node:child_process";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { MAX_INLINE_FILE_BYTES } from "../../src/mcp/largeFile.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

const PLATE = `import { Workplane, FloatParam } from "partforge";
export const METADATA = { name: "Plate", description: "A flat plate" };
export const p_length = FloatParam({ min: 10, max: 100, desc: "Length", presets: { default: 40, long: 80 } });
export function build() {
  return Workplane("XY").box(p_length.value, 20, 5);
}
`;

const BROKEN = `import { Workplane } from "partforge";
export const METADATA = { name: "Broken" };
export function build() {
  return Workplane("XY").box(1, 2, ;
}
`;

/** A sphere whose fine STL is about 2 MB: over the inline cap. */
const BALL = `import { Workplane, FloatParam } from "partforge";
export const METADATA = { name: "Ball" };
export const p_radius = FloatParam({ min: 1, max: 100, default: 10, desc: "Radius" });
export function build() {
  return Workplane("XY").sphere(p_radius.value);
}
`;

let client: Client;
let stderr = "";

async function call(name: string, args: Record<string, unknown> = {}): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

function text(result: CallToolResult): string {
  const first = result.content[0];
  assert.ok(first?.type === "text", `expected text content, got ${JSON.stringify(result.content).slice(0, 200)}`);
  return first.text;
}

function assertToolError(result: CallToolResult, ...fragments: (string | RegExp)[]): void {
  assert.equal(result.isError, true, `expected a tool error, got ${JSON.stringify(result).slice(0, 300)}`);
  const message = text(result);
  for (const fragment of fragments) {
    if (typeof fragment === "string") assert.ok(message.includes(fragment), `"${message}" should include "${fragment}"`);
    else assert.match(message, fragment);
  }
}

before(async () => {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: ["bin/partforge.js", "mcp", "--slots", "1", "--warmup-builds", "0"],
    cwd: ROOT,
    stderr: "pipe",
  });
  transport.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  client = new Client({ name: "partforge-test", version: "1.0.0" });
  await client.connect(transport);
});

after(async () => {
  await client?.close();
});

describe("partforge mcp (stdio)", { timeout: 240_000 }, () => {
  it("offers the six tools with input schemas", async () => {
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((tool) => tool.name).sort(), ["build", "describe", "inspect", "list_models", "render", "validate"]);
    const build = tools.find((tool) => tool.name === "build")!;
    assert.deepEqual(build.inputSchema.required, ["type"]);
    assert.ok(build.inputSchema.properties && "script" in build.inputSchema.properties);
    assert.match(client.getInstructions() ?? "", /sandboxed build pool/);
  });

  it("describes a script's parameters and presets", async () => {
    const description = JSON.parse(text(await call("describe", { script: PLATE })));
    assert.equal(description.metadata.name, "Plate");
    assert.deepEqual(description.parameters.map((p: { name: string }) => p.name), ["p_length"]);
    assert.deepEqual(Object.keys(description.presets).sort(), ["default", "long"]);
  });

  it("validates a good script and reports a syntax error with line:column", async () => {
    const ok = await call("validate", { script: PLATE, fileName: "plate.ts" });
    assert.notEqual(ok.isError, true);
    assert.match(text(ok), /plate\.ts: valid ModelScript "Plate" with 1 parameter \(p_length\)/);
    assertToolError(await call("validate", { script: BROKEN, fileName: "broken.ts" }), /^broken\.ts:4:\d+: SCRIPT_SYNTAX/);
  });

  it("inspects a part: exact volume and bounding box from PROPS, mass from a material", async () => {
    const props = JSON.parse(text(await call("inspect", { script: PLATE, params: { p_length: 50 }, material: "pla" })));
    const serialized = JSON.stringify(props);
    assert.ok(serialized.includes("volume"), serialized.slice(0, 300));
    const volume = findNumber(props, "volume");
    assert.ok(Math.abs(volume - 50 * 20 * 5) < 1e-6, `volume ${volume}`);
    const mass = findNumber(props, "mass");
    assert.ok(mass > 0, `mass ${mass}`);
    const preset = JSON.parse(text(await call("inspect", { script: PLATE, preset: "long" })));
    assert.ok(Math.abs(findNumber(preset, "volume") - 80 * 20 * 5) < 1e-6);
  });

  it("renders a PNG image of the asked size and view", async () => {
    const result = await call("render", { script: PLATE, view: "top", width: 320, height: 200 });
    assert.notEqual(result.isError, true, JSON.stringify(result).slice(0, 300));
    const image = result.content[0];
    assert.ok(image?.type === "image");
    assert.equal(image.mimeType, "image/png");
    const png = PNG.sync.read(Buffer.from(image.data, "base64"));
    assert.equal(png.width, 320);
    assert.equal(png.height, 200);
    // Not a blank picture: some pixels differ from the white background.
    let drawn = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i] !== 255 || png.data[i + 1] !== 255 || png.data[i + 2] !== 255) drawn += 1;
    assert.ok(drawn > 1000, `only ${drawn} drawn pixels`);
  });

  it("builds files as embedded resources: STEP as text, STL as base64", async () => {
    const step = await call("build", { script: PLATE, type: "step" });
    assert.notEqual(step.isError, true, JSON.stringify(step).slice(0, 300));
    assert.match(text(step), /built Plate\.step \(\d+ bytes, STEP\)/);
    const stepFile = step.content[1];
    assert.ok(stepFile?.type === "resource" && "text" in stepFile.resource);
    assert.equal(stepFile.resource.mimeType, "model/step");
    assert.match(stepFile.resource.text as string, /^ISO-10303-21;/);
    assert.match(stepFile.resource.uri, /^partforge:\/\/builds\/.+\/Plate\.step$/);

    const stl = await call("build", { script: PLATE, type: "STL", params: { p_length: 30 } });
    const stlFile = stl.content[1];
    assert.ok(stlFile?.type === "resource" && "blob" in stlFile.resource);
    const bytes = Buffer.from(stlFile.resource.blob as string, "base64");
    const triangles = bytes.readUInt32LE(80);
    assert.equal(bytes.length, 84 + 50 * triangles);
    assert.equal(triangles, 12);
  });

  it("sends no file over the inline cap: a tool error with its size and the partforge build command, which writes that very file", async () => {
    const result = await call("build", { script: BALL, fileName: "ball.ts", type: "STL", params: { p_radius: 20 }, tolerance: 0.005 });
    assertToolError(result, "more than the 1.0 MB the build tool returns inline", "save the script as ball.ts", "render or inspect");
    const message = text(result);
    assert.equal(result.content.length, 1, "no file content");
    const bytes = Number(/is [\d.]+ MB \((\d+) bytes\)/.exec(message)?.[1]);
    assert.ok(bytes > MAX_INLINE_FILE_BYTES, `${bytes} bytes`);
    const command = /^  (partforge build .+)$/m.exec(message)?.[1];
    assert.equal(command, "partforge build ball.ts --type STL -p p_radius=20 --tolerance 0.005 -o Ball.stl");
    const dir = await mkdtemp(join(tmpdir(), "partforge-mcp-"));
    try {
      await writeFile(join(dir, "ball.ts"), BALL);
      await promisify(execFile)("sh", ["-c", command!.replace(/^partforge /, `'${process.execPath}' '${ROOT}bin/partforge.js' `)], { cwd: dir });
      assert.equal((await stat(join(dir, "Ball.stl"))).size, bytes, "the command writes the file the tool would not send");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("lists the example models and builds one by id", async () => {
    const models = JSON.parse(text(await call("list_models"))) as { id: string; name: string }[];
    const block = models.find((model) => model.id === "bored-block");
    assert.equal(block?.name, "Bored block");
    const props = JSON.parse(text(await call("inspect", { model: "bored-block", preset: "short" })));
    assert.ok(findNumber(props, "volume") > 0);
    assertToolError(await call("describe", { model: "no-such-model" }), "NOT_FOUND", "list_models");
  });

  it("answers bad input as tool errors that say what to fix", async () => {
    assertToolError(await call("build", { script: PLATE, type: "OBJ" }), "USAGE [type]", 'unknown output type "OBJ"', "STEP");
    assertToolError(await call("inspect", { script: PLATE, params: { p_length: 500 } }), "PARAM_INVALID", "p_length");
    assertToolError(await call("inspect", { script: PLATE, params: { p_width: 5 } }), "UNKNOWN_PARAM", "p_width");
    assertToolError(await call("inspect", { script: PLATE, preset: "huge" }), "UNKNOWN_PRESET", "huge");
    assertToolError(await call("render", { script: PLATE, width: 5 }), "out_width");
    assertToolError(await call("render", { script: PLATE, view: "sideways" }), "out_view");
    assertToolError(await call("build", { script: BROKEN, type: "STL", fileName: "broken.ts" }), /^broken\.ts:4:\d+: SCRIPT_SYNTAX/);
    assertToolError(await call("describe", {}), "script", "model");
    // Arguments of the wrong JSON type are refused by the tool's input schema, as tool errors too.
    assertToolError(await call("render", { script: PLATE, width: "wide" }), "width");
    assertToolError(await call("build", { script: PLATE }), "type");
    assertToolError(await call("describe", { script: PLATE, model: "bored-block" }), "not both");
  });

  it("keeps the protocol alone on standard output (the pool logs to standard error)", () => {
    assert.match(stderr, /partforge mcp: ready/);
  });
});

/** The first number under `key` anywhere in a JSON document (PROPS nests per-part facts). */
function findNumber(value: unknown, key: string): number {
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record[key] === "number") return record[key] as number;
    for (const child of Object.values(record)) {
      try {
        return findNumber(child, key);
      } catch {
        // look further
      }
    }
  }
  throw new Error(`no number "${key}" in ${JSON.stringify(value).slice(0, 200)}`);
}
