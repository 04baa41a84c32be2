import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { runCli as run } from "../helpers/cli.ts";
import { EXIT_CODES } from "../../src/shared/errors.ts";

const execFileAsync = promisify(execFile);
const ROOT = new URL("../../", import.meta.url).pathname;

const BLOCK = `import { Workplane, FloatParam, BooleanParam } from "partforge";
export const METADATA = { name: "Test block" };
export const p_length = FloatParam({ min: 10, max: 100, presets: { default: 40, short: 20 } });
export const p_round = BooleanParam({ default: true });
export function build() {
  let part = Workplane("XY").box(p_length.value, 10, 5);
  if (p_round.value) part = part.edges("|Z").fillet(1);
  return part;
}
`;

describe("partforge CLI", () => {
  let dir: string;
  let block: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "partforge-cli-"));
    block = join(dir, "block.ts");
    await writeFile(block, BLOCK);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it("builds a STEP file named after the script when -o is not given", async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const result = await run("build", block, "--type", "STEP");
      assert.equal(result.code, EXIT_CODES.ok, result.stderr);
      const text = await readFile(join(dir, "block.step"), "utf8");
      assert.match(text, /^ISO-10303-21;/);
    } finally {
      process.chdir(cwd);
    }
  });

  it("applies the preset first and then -p values", async () => {
    const out = join(dir, "short.stl");
    const preset = await run("build", block, "-t", "stl", "--preset", "short", "-o", out);
    assert.equal(preset.code, 0, preset.stderr);
    const presetBytes = await readFile(out);
    const overridden = await run("build", block, "-t", "stl", "--preset", "short", "-p", "p_length=20", "-o", out);
    assert.equal(overridden.code, 0);
    assert.deepEqual(await readFile(out), presetBytes, "preset short is p_length=20");
    const longer = await run("build", block, "-t", "stl", "--preset", "short", "-p", "p_length=30", "-o", "-");
    assert.notDeepEqual(longer.stdout, presetBytes);
  });

  it("writes the model to stdout with -o - and the same bytes every time", async () => {
    const a = await run("build", block, "--type", "stl", "-o", "-", "-p", "p_round=no");
    const b = await run("build", block, "--type", "stl", "-o", "-", "-p", "p_round=no");
    assert.equal(a.code, 0, a.stderr);
    assert.equal(a.stdout.readUInt32LE(80), 12, "an unrounded box has 12 triangles");
    assert.deepEqual(a.stdout, b.stdout);
  });

  it("takes -p out_… as output options, not parameters: PROPS with a material, and refuses one the type does not take", async () => {
    const props = await run("build", block, "--type", "props", "-o", "-", "-p", "p_length=20", "-p", "out_density=2");
    assert.equal(props.code, 0, props.stderr);
    const facts = JSON.parse(props.stdout.toString("utf8"));
    assert.equal(facts.density, 2);
    assert.ok(Math.abs(facts.mass - (facts.volume / 1000) * 2) < 1e-9);
    const wrong = await run("build", block, "--type", "stl", "-o", "-", "-p", "out_view=top");
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /out_view does not apply to type=STL/);
  });

  it("writes ASCII STL with --ascii", async () => {
    const result = await run("build", block, "--type", "stl", "--ascii", "-o", "-");
    assert.equal(result.code, 0);
    assert.match(result.stdout.toString("utf8"), /^solid /);
  });

  it("describes a model as JSON with parameters and presets", async () => {
    const result = await run("describe", block);
    assert.equal(result.code, 0, result.stderr);
    const description = JSON.parse(result.stdout.toString("utf8"));
    assert.equal(description.metadata.name, "Test block");
    assert.deepEqual(description.parameters.map((p: { name: string }) => p.name), ["p_length", "p_round"]);
    assert.deepEqual(description.presets.short, { p_length: 20, p_round: true });
  });

  it("prints usage and exits 0 for help", async () => {
    const result = await run("help");
    assert.equal(result.code, EXIT_CODES.ok);
    assert.match(result.stdout.toString(), /partforge build/);
  });

  for (const [name, argv, pattern] of [
    ["an unknown command", ["frobnicate"], /unknown command "frobnicate"/],
    ["a build without --type", ["build", "x.ts"], /--type is required/],
    ["a build without a file", ["build", "--type", "stl"], /missing the model file/],
    ["an unknown option", ["build", "x.ts", "--type", "stl", "--colour", "red"], /colour/],
    ["a -p without =", ["build", "x.ts", "--type", "stl", "-p", "p_length"], /name=value/],
    ["a non-numeric tolerance", ["build", "x.ts", "--type", "stl", "--tolerance", "fine"], /--tolerance must be a number/],
  ] as const) {
    it(`exits 2 with a usage message for ${name}`, async () => {
      const result = await run(...argv);
      assert.equal(result.code, EXIT_CODES.usage);
      assert.match(result.stderr, pattern);
    });
  }

  it("exits 2 for an unknown output type, listing the valid ones", async () => {
    const result = await run("build", block, "--type", "obj");
    assert.equal(result.code, EXIT_CODES.usage);
    assert.match(result.stderr, /unknown output type "obj".*STL.*STEP/);
  });

  it("exits 2 for a tolerance outside its documented bounds", async () => {
    const result = await run("build", block, "--type", "stl", "--tolerance", "0", "-o", "-");
    assert.equal(result.code, EXIT_CODES.usage);
    assert.match(result.stderr, /tolerance must be a number from 0.001 to 10/);
  });

  it("exits 2 for a missing file and for a file that is not .ts, .js or .py", async () => {
    assert.equal((await run("build", join(dir, "nope.ts"), "--type", "stl")).code, EXIT_CODES.usage);
    const txt = join(dir, "model.txt");
    await writeFile(txt, BLOCK);
    const result = await run("build", txt, "--type", "stl");
    assert.equal(result.code, EXIT_CODES.usage);
    assert.match(result.stderr, /must end in \.ts, \.js or \.py/);
  });

  it("exits 3 with file:line:column for a syntax error", async () => {
    const bad = join(dir, "syntax.ts");
    await writeFile(bad, `import { Workplane } from "partforge";\nexport function build() {\n  return Workplane("XY").box(1, 1, 1;\n}\n`);
    const result = await run("build", bad, "--type", "stl", "-o", "-");
    assert.equal(result.code, EXIT_CODES.script);
    assert.match(result.stderr, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3:\\d+: SCRIPT_SYNTAX`));
  });

  it("exits 5 from describe for a 1 MB desc, naming the field at its declaration's line", async () => {
    const huge = join(dir, "huge.ts");
    await writeFile(huge, `export const METADATA = { name: "Huge" };\nexport const p_a = FloatParam({ default: 1, desc: "x".repeat(1 << 20) });\nexport function build() { return Workplane("XY").box(1, 1, 1); }\n`);
    const result = await run("describe", huge);
    assert.equal(result.code, EXIT_CODES.limit);
    assert.match(result.stderr, /huge\.ts:2:\d+: DESCRIPTION_TOO_LARGE \[p_a\]: p_a\.desc is 1048576 bytes long/);
    assert.equal(result.stdout.length, 0);
  });

  it("exits 3 naming the closest parameter for an unknown -p name", async () => {
    const result = await run("build", block, "--type", "stl", "-p", "p_lenght=50", "-o", "-");
    assert.equal(result.code, EXIT_CODES.script);
    assert.match(result.stderr, /UNKNOWN_PARAM/);
    assert.match(result.stderr, /p_length/);
  });

  it("exits 3 for an out-of-range value and for an unknown preset", async () => {
    const range = await run("build", block, "--type", "stl", "-p", "p_length=500", "-o", "-");
    assert.equal(range.code, EXIT_CODES.script);
    assert.match(range.stderr, /PARAM_INVALID.*p_length/);
    const preset = await run("build", block, "--type", "stl", "--preset", "tiny", "-o", "-");
    assert.equal(preset.code, EXIT_CODES.script);
    assert.match(preset.stderr, /UNKNOWN_PRESET.*short/);
  });

  it("exits 4 with the script's line for a geometry kernel failure", async () => {
    const bad = join(dir, "fillet.ts");
    await writeFile(bad, `import { Workplane } from "partforge";\nexport function build() {\n  return Workplane("XY").box(2, 2, 2)\n    .edges("|Z").fillet(5);\n}\n`);
    const result = await run("build", bad, "--type", "step", "-o", "-");
    assert.equal(result.code, EXIT_CODES.geometry, result.stderr);
    assert.match(result.stderr, /fillet\.ts:4:\d+: GEOMETRY: fillet/);
  });

  it("exits 3 when build() returns nothing", async () => {
    const bad = join(dir, "empty.ts");
    await writeFile(bad, `import { Workplane } from "partforge";\nexport function build() {\n  Workplane("XY").box(2, 2, 2);\n}\n`);
    const result = await run("build", bad, "--type", "step", "-o", "-");
    assert.equal(result.code, EXIT_CODES.script);
    assert.match(result.stderr, /INVALID_RESULT: build\(\) returned nothing/);
  });

  it("runs as `npx partforge` through the bin shim", async () => {
    const { stdout } = await execFileAsync(process.execPath, [join(ROOT, "bin/partforge.js"), "describe", block], { cwd: ROOT });
    assert.equal(JSON.parse(stdout).metadata.name, "Test block");
    const failed = await execFileAsync(process.execPath, [join(ROOT, "bin/partforge.js"), "build", block], { cwd: ROOT }).catch((e) => e);
    assert.equal(failed.code, EXIT_CODES.usage);
  });
});
