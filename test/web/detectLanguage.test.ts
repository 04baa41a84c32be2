/** The editor's guess of a script's language on paste or load (web/src/editor/detectLanguage.ts), without a browser. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage } from "../../web/src/editor/detectLanguage.ts";
import { isStarterScript, starterScript } from "../../web/src/editor/starters.ts";
import { buildLang, scriptLanguageOf, type ScriptLanguage } from "../../web/src/lib/scriptLanguage.ts";
import { looksLikePython } from "../../src/modelscript/index.ts";

const CQGI = `import cadquery as cq

height = 60.0
describe_parameter(height, "the height")
result = cq.Workplane("XY").box(80, 60, height)
show_object(result)
`;

const PARAMETRIC_PARTS = `UOM = "mm"
p_length = FloatParam(min=30, max=200, presets={'default': 80, 'short': 30})

def build():
    return cq.Workplane("XY").box(p_length.value, 10, 5)
`;

const TYPESCRIPT = `import { Workplane } from "partforge";
export function build() {
  return Workplane("XY").box(10, 10, 10);
}
`;

const JAVASCRIPT_FRAGMENT = `const r = 5;\nexport function build() { return Workplane("XY").circle(r).extrude(2); }\n`;

/** Python being typed: the block header has no body yet, so it does not parse as Python (nor as TypeScript). */
const HALF_WRITTEN_PYTHON = `result = cq.Workplane("XY").box(1, 2, 3)\nfor i in range(3):\n`;

describe("the editor's language detection", () => {
  const rows: [string, string, ScriptLanguage, ScriptLanguage][] = [
    ["a CQGI script in a TypeScript editor", CQGI, "ts", "py"],
    ["a CQGI script in a JavaScript editor", CQGI, "js", "py"],
    ["a ParametricParts ModelScript", PARAMETRIC_PARTS, "ts", "py"],
    ["a TypeScript ModelScript in a Python editor", TYPESCRIPT, "py", "ts"],
    ["JavaScript in a Python editor", JAVASCRIPT_FRAGMENT, "py", "ts"],
    ["TypeScript in a JavaScript editor (the selector tells those apart)", TYPESCRIPT, "js", "js"],
    ["half-written Python in a Python editor", HALF_WRITTEN_PYTHON, "py", "py"],
    ["an emptied Python editor", "  \n", "py", "py"],
  ];
  for (const [what, text, current, expected] of rows) {
    it(`${what} is ${expected}`, () => {
      assert.equal(detectLanguage(text, current), expected);
    });
  }

  it("decides Python exactly as the service does", () => {
    for (const text of [CQGI, PARAMETRIC_PARTS, TYPESCRIPT, JAVASCRIPT_FRAGMENT, HALF_WRITTEN_PYTHON]) {
      assert.equal(detectLanguage(text, "ts") === "py", looksLikePython(text), text);
    }
  });

  it("detects each starter script as its own language", () => {
    assert.equal(detectLanguage(starterScript("py"), "ts"), "py");
    assert.equal(detectLanguage(starterScript("ts"), "py"), "ts");
    assert.ok(isStarterScript(starterScript("py")) && isStarterScript(starterScript("js")));
    assert.ok(!isStarterScript(`${starterScript("py")}# changed\n`));
  });
});

describe("script language names", () => {
  it("sends lang=python for Python and keeps ts and js", () => {
    assert.deepEqual((["ts", "js", "py"] as const).map(buildLang), ["ts", "js", "python"]);
  });
  it("reads a stored model's language, TypeScript for anything unknown", () => {
    assert.deepEqual(["py", "js", "ts", "rb", undefined].map(scriptLanguageOf), ["py", "js", "ts", "ts", "ts"]);
  });
});
