/**
 * The two Python dialects (issue 17, point 1): ParametricParts ModelScripts (module constants,
 * parameter constructors, `def build()`) and CQGI scripts (constants as parameters,
 * `describe_parameter`, `show_object`).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describe as describeModel, loadModelScript } from "../../src/modelscript/index.ts";
import { FakeWorkplane, lines, testScope } from "../../src/modelscript/testScope.ts";

const load = (source: string) => loadModelScript(source, { language: "py", scope: testScope, fileName: "model.py" });

describe("ParametricParts ModelScripts in Python", () => {
  it("reads UOM, a numeric VERSION, METADATA and parameters with presets", async () => {
    const loaded = await load(
      lines(
        'UOM = "in"',
        "VERSION = 1.0",
        'METADATA = {"name": "Bracket", "description": "An L bracket"}',
        "p_width = FloatParam(min=1, max=10, presets={'default': 2.5, 'wide': 8}, group='Size', desc='Width')",
        "p_count = IntegerParam(min=1, max=5, presets={'default': 2})",
        "p_mode = ChoiceParam(choices=['a', 'b'], presets={'default': 'b'})",
        "def build():",
        "    return Workplane('XY').box(p_width.value, p_count.value, 1)",
      ),
    );
    const description = describeModel(loaded);
    assert.equal(loaded.uom, "in");
    assert.equal(loaded.version, "1.0");
    assert.equal(loaded.metadata.name, "Bracket");
    assert.deepEqual(description.presets, { default: { p_width: 2.5, p_count: 2, p_mode: "b" }, wide: { p_width: 8, p_count: 2, p_mode: "b" } });
    assert.deepEqual((loaded.run({ p_width: 8 }) as FakeWorkplane).operations, [["workplane", "XY"], ["box", 8, 2, 1]]);
  });

  it("gives an IntegerParam's value as int and a FloatParam's as float", async () => {
    const loaded = await load(
      lines("p_n = IntegerParam(presets={'default': 3})", "p_x = FloatParam(presets={'default': 3})", "def build():", "    return Workplane(f'{p_n.value} {p_x.value} {p_n.value / 2} {p_n.value // 2}')"),
    );
    assert.deepEqual((loaded.run() as FakeWorkplane).operations, [["workplane", "3 3.0 1.5 1"]]);
  });

  it("passes the values as a dict to a build that takes them", async () => {
    const loaded = await load(lines("p_w = FloatParam(presets={'default': 7.5})", "def build(values):", "    return Workplane('XY').box(values['p_w'], 1, 1)"));
    assert.deepEqual((loaded.run({ p_w: 9 }) as FakeWorkplane).operations, [["workplane", "XY"], ["box", 9, 1, 1]]);
  });
});

describe("CQGI scripts in Python", () => {
  it("makes each top-level literal constant a parameter of its type, described by describe_parameter", async () => {
    const loaded = await load(
      lines(
        "count = 3",
        "size = 2.5",
        "label = 'A'",
        "hollow = False",
        "offset = -1",
        "id = 'kept as a constant'",
        "_private = 4",
        "computed = size * 2",
        "describe_parameter(size, 'the size of the block')",
        "result = Workplane(label).box(size, count, offset if not hollow else 0)",
      ),
    );
    assert.deepEqual(
      loaded.parameters.map((p) => [p.name, p.type, p.default]),
      [["count", "int", 3], ["size", "float", 2.5], ["label", "string", "A"], ["hollow", "boolean", false], ["offset", "int", -1]],
    );
    assert.equal(loaded.parameters[1]!.desc, "the size of the block");
    assert.deepEqual((loaded.run({ size: 4, label: "XZ" }) as FakeWorkplane).operations, [["workplane", "XZ"], ["box", 4, 3, -1]]);
  });

  it("builds what show_object shows, and says what to do when a script shows nothing", async () => {
    const shown = await load(lines("w = 2.0", "a = Workplane('XY').box(w, w, w)", "show_object(a, name='cube')"));
    assert.deepEqual((shown.run() as FakeWorkplane).operations, [["workplane", "XY"], ["box", 2, 2, 2]]);
    const nothing = await load(lines("w = 2.0", "a = Workplane('XY').box(w, w, w)"));
    assert.throws(() => nothing.run(), /ValueError: the script shows nothing: call show_object\(result\) for each object to build, or name it result/);
  });

  it("runs the whole script again for each build, with the new values", async () => {
    const loaded = await load(lines("n = 2", "items = []", "for i in range(n):", "    items.append(i)", "show_object(Workplane(str(items)))"));
    assert.deepEqual((loaded.run({ n: 3 }) as FakeWorkplane).operations, [["workplane", "[0, 1, 2]"]]);
    assert.deepEqual((loaded.run({ n: 1 }) as FakeWorkplane).operations, [["workplane", "[0]"]]);
  });
});
