/**
 * Python ModelScripts through a real build pool (issue 17, points 1 and 5): translated code runs
 * in the same sandboxed slots as JavaScript (compiled in the parent, evaluated in an SES
 * compartment), builds the same bytes as in-process, and the Python versions of hostile scripts
 * end with clear errors pointing into the `.py`, after which the pool still builds correctly.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { buildModel } from "../../src/build/index.ts";
import { createBuildPool, type BuildPool, type BuildResult } from "../../src/build/pool/index.ts";
import type { ErrorCode } from "../../src/shared/errors.ts";

const MIB = 1024 * 1024;

/** A ParametricParts ModelScript as its users wrote them: pre-loaded names, no imports. */
const PARAMETRIC_PARTS = `UOM = "mm"
VERSION = 1.0
METADATA = {"name": "Bored block", "description": "A block with a bore"}
p_length = FloatParam(min=30.0, max=200.0, presets={'default': 80.0, 'short': 30.0}, group="Basics", desc="Length of the block")
p_holes = IntegerParam(min=0, max=4, presets={'default': 2, 'short': 1})
p_round = BooleanParam(presets={'default': True})

def build():
    part = cq.Workplane("XY").box(p_length.value, 20, 10)
    if p_round.value:
        part = part.edges("|Z").fillet(2)
    spacing = p_length.value / (p_holes.value + 1)
    points = [(-p_length.value / 2 + spacing * (i + 1), 0) for i in range(p_holes.value)]
    if points:
        part = part.faces(">Z").workplane().pushPoints(points).hole(4)
    return part
`;

/** A CQGI script: top-level constants are the parameters, show_object names the result. */
const CQGI = `import cadquery as cq

height = 60.0
width = 80.0
thickness = 10.0
diameter = 22.0
describe_parameter(height, "height of the plate")

result = (
    cq.Workplane("XY")
    .box(height, width, thickness)
    .faces(">Z")
    .workplane()
    .hole(diameter)
)
show_object(result, name="plate")
`;

interface HostilePython {
  name: string;
  source: string;
  /** The code the build must fail with (either, where the sandbox and the runtime race to stop it). */
  code: ErrorCode | readonly ErrorCode[];
  mentions: RegExp;
  line?: number;
  timeoutMs?: number;
}

const BOX = `    return cq.Workplane("XY").box(1, 1, 1)`;
const HOSTILE: readonly HostilePython[] = [
  { name: "reaches Function through .constructor", source: `def build():\n    f = (lambda: 0).constructor("return process")\n${BOX}\n`, code: "SCRIPT_EXCEPTION", mentions: /AttributeError: attribute 'constructor' is not available/, line: 2 },
  { name: "reaches Function through getattr", source: `def build():\n    f = getattr(len, "constructor")\n${BOX}\n`, code: "SCRIPT_EXCEPTION", mentions: /attribute 'constructor' is not available/, line: 2 },
  { name: "reaches a constructor through type()", source: `def build():\n    t = type(len)\n    x = t("return 1")\n    return cq.Workplane("XY").box(1, 1, 1) if x != 1 else None\n`, code: "SCRIPT_EXCEPTION", mentions: /TypeError: cannot create 'builtin_function_or_method' instances/, line: 3 },
  { name: "imports os", source: `import os\ndef build():\n${BOX}\n`, code: "IMPORT_NOT_ALLOWED", mentions: /import of 'os' is not allowed/, line: 1 },
  { name: "calls __import__", source: `def build():\n    os = __import__("os")\n${BOX}\n`, code: "SCRIPT_SYNTAX", mentions: /the name __import__ is not supported/, line: 2 },
  { name: "reads a function's __globals__", source: `def build():\n    g = build.__globals__\n${BOX}\n`, code: "SCRIPT_SYNTAX", mentions: /\.__globals__ is not supported/, line: 2 },
  { name: "reads process", source: `def build():\n    p = process.env\n${BOX}\n`, code: "SCRIPT_EXCEPTION", mentions: /NameError: name 'process' is not defined/, line: 2 },
  { name: "opens a file", source: `def build():\n    open("/etc/passwd")\n${BOX}\n`, code: "SCRIPT_SYNTAX", mentions: /open\(\) is not supported/, line: 2 },
  { name: "loops forever", source: `def build():\n    while True:\n        pass\n`, code: "TIMEOUT", mentions: /time limit/, timeoutMs: 2_000 },
  { name: "doubles a list until memory runs out", source: `def build():\n    x = [0]\n    while True:\n        x = x + x\n`, code: ["SCRIPT_EXCEPTION", "MEMORY_LIMIT"], mentions: /MemoryError|memory limit/ },
];

let pool: BuildPool;

before(async () => {
  pool = await createBuildPool({ size: 1, spare: 0, timeoutMs: 20_000, heapMb: 256, wasmMaxPages: 2400, wasmRecycleBytes: 110 * MIB, warmupBuilds: 0, log: () => undefined });
});

after(() => pool.close());

function errorOf(result: BuildResult): Extract<BuildResult, { ok: false }>["error"] {
  assert.equal(result.ok, false, "the build succeeded");
  return (result as Extract<BuildResult, { ok: false }>).error;
}

describe("Python ModelScripts in the build pool", () => {
  it("builds a ParametricParts script with a preset and values to the same bytes as in-process", async () => {
    for (const request of [{ preset: "short" }, { values: { p_length: "120", p_holes: "3", p_round: "false" } }]) {
      const pooled = await pool.build({ source: PARAMETRIC_PARTS, language: "py", type: "stl", ...request });
      assert.ok(pooled.ok, JSON.stringify(!pooled.ok && pooled.error));
      const local = await buildModel({ source: PARAMETRIC_PARTS, language: "py", type: "stl", ...request });
      assert.ok(Buffer.from(pooled.bytes).equals(Buffer.from(local.bytes)), "the pool's STL differs from the in-process build");
    }
  });

  it("describes and builds a CQGI script whose constants are its parameters", async () => {
    const local = await buildModel({ source: CQGI, language: "py", type: "stl", values: { diameter: "30" } });
    assert.deepEqual(
      local.description.parameters.map((p) => [p.name, p.type, p.default]),
      [["height", "float", 60], ["width", "float", 80], ["thickness", "float", 10], ["diameter", "float", 22]],
    );
    assert.equal(local.description.parameters[0]!.desc, "height of the plate");
    const pooled = await pool.build({ source: CQGI, language: "py", type: "stl", values: { diameter: "30" } });
    assert.ok(pooled.ok, JSON.stringify(!pooled.ok && pooled.error));
    assert.ok(Buffer.from(pooled.bytes).equals(Buffer.from(local.bytes)));
    const byDefault = await buildModel({ source: CQGI, language: "py", type: "stl" });
    assert.ok(!Buffer.from(byDefault.bytes).equals(Buffer.from(local.bytes)), "diameter=30 builds the default plate");
  });

  it("describes and builds parameters named like JavaScript globals and keywords (Array, Map, new, default) in the sandbox", async () => {
    const source = [
      "Array = FloatParam(min=10.0, max=100.0, presets={'default': 30.0, 'long': 90.0})",
      "Map = IntegerParam(min=0, max=3, presets={'default': 1})",
      "new = BooleanParam(presets={'default': True})",
      "default = ChoiceParam(choices=['XY', 'YZ'], presets={'default': 'XY'})",
      "def build():",
      "    part = cq.Workplane(default.value).box(Array.value, 20, 10)",
      "    if new.value:",
      "        part = part.edges('|Z').fillet(2)",
      "    points = sorted([(i * 6.0 - 6.0, 0) for i in range(Map.value)])",
      "    return part.faces('>Z').workplane().pushPoints(points).hole(3) if points else part",
      "",
    ].join("\n");
    const request = { source, language: "py", type: "stl", values: { Array: "60", Map: "3", new: "false", default: "YZ" } } as const;
    const local = await buildModel(request);
    assert.deepEqual(local.description.parameters.map((p) => [p.name, p.default]), [["Array", 30], ["Map", 1], ["new", true], ["default", "XY"]]);
    const pooled = await pool.build(request);
    assert.ok(pooled.ok, JSON.stringify(!pooled.ok && pooled.error));
    assert.ok(Buffer.from(pooled.bytes).equals(Buffer.from(local.bytes)), "the pool's STL differs from the in-process build");
    const byDefault = await pool.build({ source, language: "py", type: "stl" });
    assert.ok(byDefault.ok, JSON.stringify(!byDefault.ok && byDefault.error));
    assert.ok(!Buffer.from(byDefault.bytes).equals(Buffer.from(pooled.bytes)), "the values did not reach the geometry");
  });

  for (const hostile of HOSTILE) {
    it(`${hostile.name}: ends with ${hostile.code} in the Python, and the next build is correct`, async () => {
      const error = errorOf(await pool.build({ source: hostile.source, language: "py", type: "stl", timeoutMs: hostile.timeoutMs ?? 20_000 }));
      assert.ok((typeof hostile.code === "string" ? [hostile.code] : hostile.code).includes(error.code), JSON.stringify(error));
      assert.match(error.message, hostile.mentions);
      if (hostile.line !== undefined) assert.equal(error.line, hostile.line, JSON.stringify(error));
      assert.doesNotMatch(JSON.stringify(error), /\/work\/|node_modules|py\$|\$call|runtime\.js/, "no host path or translation detail");
      const next = await pool.build({ source: PARAMETRIC_PARTS, language: "py", type: "stl" });
      assert.ok(next.ok, JSON.stringify(!next.ok && next.error));
    });
  }
});
