/**
 * Python names that are JavaScript globals, keywords or names of the compiled module: the
 * translation declares every Python binding as `py$name` and every export as `pyexport$name`,
 * exported under the Python name, so a parameter named `Array`, `eval` or `default` neither
 * shadows a global the runtime prelude reads in the same module scope (it failed with "Cannot
 * access 'Array' before initialization") nor is a binding JavaScript refuses ("Expected
 * identifier but found "new""). The few names that remain impossible are refused at the
 * parameter, saying why and what to do.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { parse } from "acorn";
import { runCli as run } from "../helpers/cli.ts";
import { compileModelScript } from "../../src/modelscript/compile.ts";
import { describe as describeModel, loadModelScript } from "../../src/modelscript/index.ts";
import { topLevelNames } from "../../src/modelscript/inspect.ts";
import { FakeWorkplane, lines, testScope } from "../../src/modelscript/testScope.ts";
import { EXIT_CODES, PartforgeError } from "../../src/shared/errors.ts";

const load = (source: string) => loadModelScript(source, { language: "py", scope: testScope, fileName: "model.py" });

/**
 * Legal Python identifiers that JavaScript reads otherwise: globals the runtime prelude or
 * esbuild's helpers use, names JavaScript's strict mode or modules refuse as bindings, keywords,
 * the compiled module function's parameters and Object.prototype's properties.
 */
const NAMES = [
  "Array", "Object", "Math", "Error", "JSON", "Symbol", "String", "Number", "Map", "Set", "WeakMap", "Promise", "Reflect", "BigInt",
  "undefined", "NaN", "Infinity", "globalThis", "eval", "arguments",
  "var", "new", "delete", "typeof", "void", "switch", "case", "default", "enum", "static", "super", "let", "instanceof", "this", "function",
  "implements", "interface", "package", "private", "protected", "public",
  "require", "module", "exports", "constructor", "toString", "hasOwnProperty",
];

/**
 * A Python expression of the float `value` that has the runtime prelude call JavaScript's
 * globals while build() runs (Math for round and floor, String and Number for formatting, Array
 * for sorted, Map for a dict, …).
 */
const RUNTIME_WORK = (value: string) =>
  `f"{${value}:.2f} {round(${value} / 3, 3)} {math.floor(${value})} {sorted([${value}, 1.5, 9])} {len({'a': ${value}})} {[x * 2 for x in range(3)]} {int(str(7))} {abs(-${value})} {repr(divmod(${value}, 2))}"`;
/** What RUNTIME_WORK gives for the values the tests build with, as CPython 3 prints it. */
const RUNTIME_WORK_RESULTS: Readonly<Record<number, string>> = {
  7: "7.00 2.333 7 [1.5, 7.0, 9] 1 [0, 2, 4] 7 7.0 (3.0, 1.0)",
  42: "42.00 14.0 42 [1.5, 9, 42.0] 1 [0, 2, 4] 7 42.0 (21.0, 0.0)",
  2.5: "2.50 0.833 2 [1.5, 2.5, 9] 1 [0, 2, 4] 7 2.5 (1.0, 0.5)",
  4: "4.00 1.333 4 [1.5, 4.0, 9] 1 [0, 2, 4] 7 4.0 (2.0, 0.0)",
};
const RUNTIME_WORK_RESULT = (value: number) => RUNTIME_WORK_RESULTS[value]!;

describe("Python names that JavaScript reads otherwise", () => {
  for (const name of NAMES) {
    it(`loads, describes and builds a ParametricParts parameter named ${name}`, async () => {
      const loaded = await load(
        lines(
          "import math",
          `${name} = FloatParam(min=1, max=100, presets={'default': 7, 'big': 50}, desc='the ${name} length')`,
          `p_other = IntegerParam(presets={'default': 2})`,
          "def build():",
          `    return Workplane(${RUNTIME_WORK(`${name}.value`)}).box(${name}.value, p_other.value, 3)`,
        ),
      );
      const description = describeModel(loaded);
      assert.deepEqual(
        description.parameters.map((p) => [p.name, p.type, p.default, p.desc]),
        [[name, "float", 7, `the ${name} length`], ["p_other", "int", 2, undefined]],
      );
      assert.deepEqual(description.presets, { default: { [name]: 7, p_other: 2 }, big: { [name]: 50, p_other: 2 } });
      assert.deepEqual(loaded.compiled.exportLocations.get(name), { line: 2, column: 1 });
      assert.deepEqual((loaded.run() as FakeWorkplane).operations, [["workplane", RUNTIME_WORK_RESULT(7)], ["box", 7, 2, 3]]);
      assert.deepEqual((loaded.run({ [name]: 42 }) as FakeWorkplane).operations, [["workplane", RUNTIME_WORK_RESULT(42)], ["box", 42, 2, 3]]);
    });

    it(`loads, describes and builds a CQGI constant named ${name}`, async () => {
      const loaded = await load(
        lines("import math", `${name} = 2.5`, "label = 'XY'", `describe_parameter(${name}, 'the ${name} size')`, `result = Workplane(${RUNTIME_WORK(name)}).box(${name}, ${name} * 2, 1)`, "show_object(result)"),
      );
      assert.deepEqual(
        loaded.parameters.map((p) => [p.name, p.type, p.default, p.desc]),
        [[name, "float", 2.5, `the ${name} size`], ["label", "string", "XY", undefined]],
      );
      assert.deepEqual(loaded.compiled.exportLocations.get(name), { line: 2, column: 1 });
      assert.deepEqual((loaded.run() as FakeWorkplane).operations, [["workplane", RUNTIME_WORK_RESULT(2.5)], ["box", 2.5, 5, 1]]);
      assert.deepEqual((loaded.run({ [name]: 4 }) as FakeWorkplane).operations, [["workplane", RUNTIME_WORK_RESULT(4)], ["box", 4, 8, 1]]);
    });
  }

  it("declares no Python name at the compiled module's top level, where the runtime and esbuild's helpers read JavaScript's globals", async () => {
    const parametric = lines(...NAMES.map((name) => `${name} = FloatParam(presets={'default': 1})`), "def build():", "    return Workplane('XY')");
    const cqgi = lines(...NAMES.map((name) => `${name} = 1.0`), "show_object(Workplane('XY'))");
    for (const source of [parametric, cqgi]) {
      const compiled = await compileModelScript(source, { language: "py", fileName: "model.py" });
      const names = [...topLevelNames(parse(compiled.code, { ecmaVersion: "latest", sourceType: "script" }))];
      // The runtime's names start with $, esbuild's helpers with __, the translation's with py$ or
      // pyexport$; esbuild names the export table after the file.
      assert.deepEqual(names.filter((name) => !/^(\$|__|py\$|pyexport\$)/.test(name) && name !== "model_exports"), []);
      assert.deepEqual([...compiled.exportLocations.keys()].filter((name) => name !== "build").sort(), [...NAMES].sort());
    }
  });

  it("keeps module constants, functions, their parameters and locals, loop and comprehension variables with such names apart from the globals the runtime reads", async () => {
    const loaded = await load(
      lines(
        "import math as Math",
        "UOM = 'mm'",
        "METADATA = {'name': 'Globals'}",
        "Array = [3, 1, 2]",
        "Object = {'w': 2}",
        "JSON = 'text'",
        "p_n = IntegerParam(presets={'default': 3})",
        "def Symbol(Set, *arguments, **this):",
        "    Map = sorted(Set)",
        "    Error = [undefined * 2 for undefined in Map]",
        "    NaN = lambda Infinity: Infinity + len(arguments) + len(this)",
        "    try:",
        "        raise ValueError('caught')",
        "    except ValueError as eval:",
        "        new = str(eval)",
        "    for var in range(2):",
        "        Error.append(NaN(var))",
        "    return Error, new",
        "def build():",
        "    Error, new = Symbol(Array, 9, key=1)",
        "    return Workplane(f'{Error} {new} {Object[\"w\"]} {JSON} {Math.floor(2.5)} {p_n.value}')",
      ),
    );
    assert.equal(loaded.metadata.name, "Globals");
    assert.deepEqual((loaded.run({ p_n: 5 }) as FakeWorkplane).operations, [["workplane", "[2, 4, 6, 2, 3] caught 2 text 2 5"]]);
  });
});

describe("parameter names a Python ModelScript cannot have", () => {
  async function refusal(source: string): Promise<PartforgeError> {
    try {
      await load(source);
    } catch (error) {
      assert.ok(error instanceof PartforgeError, `not a PartforgeError: ${String(error)}`);
      return error;
    }
    assert.fail("the script loaded");
  }

  for (const [name, why, renamed] of [
    ["build", /the module exports its build function as build/, "p_build"],
    ["UOM", /the module exports its unit of measure as UOM/, "p_UOM"],
    ["VERSION", /the module exports its version as VERSION/, "p_VERSION"],
    ["__esModule", /the compiled module marks itself with __esModule/, "p_esModule"],
  ] as const) {
    it(`refuses a ParametricParts parameter named ${name} at its assignment, saying why and how to rename it`, async () => {
      const error = await refusal(lines("p_w = FloatParam(presets={'default': 1})", `${name} = FloatParam(presets={'default': 2})`, "def build():", "    return Workplane('XY').box(p_w.value, 1, 1)"));
      assert.equal(error.code, "SCRIPT_INVALID");
      assert.match(error.message, new RegExp(`^parameter name "${name}" is not available: `));
      assert.match(error.message, why);
      assert.match(error.message, new RegExp(`rename the parameter \\(e\\.g\\. ${renamed}\\)$`));
      assert.deepEqual(error.location, { line: 2, column: 1 });
      assert.equal(error.param, name);
    });
  }

  it("keeps a CQGI constant named build a plain constant, as it keeps a request field's name", async () => {
    const loaded = await load(lines("build = 2.0", "w = 3.0", "show_object(Workplane('XY').box(build, w, 1))"));
    assert.deepEqual(loaded.parameters.map((p) => p.name), ["w"]);
    assert.deepEqual((loaded.run({ w: 5 }) as FakeWorkplane).operations, [["workplane", "XY"], ["box", 2, 5, 1]]);
  });
});

describe("the CLI with a .py ModelScript whose parameters are named Array and default", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "partforge-pynames-"));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it("describes them under their Python names and builds with their values", async () => {
    const file = join(dir, "names.py");
    await writeFile(
      file,
      lines(
        "Array = FloatParam(min=1, max=100, presets={'default': 10, 'long': 40})",
        "default = IntegerParam(min=1, max=5, presets={'default': 2})",
        "def build():",
        "    return cq.Workplane('XY').box(Array.value, default.value, 1)",
      ),
    );
    const described = await run("describe", file);
    assert.equal(described.code, EXIT_CODES.ok, described.stderr);
    const description = JSON.parse(described.stdout.toString()) as { parameters: Array<{ name: string; default: unknown }>; presets: Record<string, unknown> };
    assert.deepEqual(description.parameters.map((p) => [p.name, p.default]), [["Array", 10], ["default", 2]]);
    assert.deepEqual(description.presets, { default: { Array: 10, default: 2 }, long: { Array: 40, default: 2 } });
    const stl = async (out: string, ...options: string[]) => {
      const built = await run("build", file, "--type", "stl", "--ascii", ...options, "-o", join(dir, out));
      assert.equal(built.code, EXIT_CODES.ok, built.stderr);
    };
    await stl("default.stl");
    await stl("long.stl", "--preset", "long");
    await stl("valued.stl", "-p", "Array=25", "-p", "default=3");
    const extent = async (out: string) => {
      const xs = [...(await readFile(join(dir, out), "utf8")).matchAll(/vertex\s+(\S+)/g)].map((m) => Number(m[1]));
      return Math.max(...xs) - Math.min(...xs);
    };
    assert.equal(await extent("default.stl"), 10);
    assert.equal(await extent("long.stl"), 40);
    assert.equal(await extent("valued.stl"), 25);
  });
});
