import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isPartforgeError } from "../shared/errors.ts";
import { sentScriptLanguage } from "./language.ts";

const PYTHON = `import cadquery as cq\nresult = cq.Workplane("XY").box(1, 2, 3)\nshow_object(result)\n`;
const TYPESCRIPT = `import { Workplane } from "partforge";\nexport function build() {\n  return Workplane("XY").box(1, 2, 3);\n}\n`;

describe("sentScriptLanguage", () => {
  it("maps every accepted name, in any case, to its language code", () => {
    const names: [string, string][] = [["python", "py"], ["py", "py"], ["PY", "py"], ["Python", "py"], ["ts", "ts"], ["typescript", "ts"], ["js", "js"], ["JavaScript", "js"]];
    for (const [name, code] of names) assert.equal(sentScriptLanguage(TYPESCRIPT, name, "language"), code, name);
  });

  it("a name wins over what the text looks like", () => {
    assert.equal(sentScriptLanguage(PYTHON, "ts", "language"), "ts");
    assert.equal(sentScriptLanguage(TYPESCRIPT, "python", "lang"), "py");
  });

  it("detects Python without a name (or with an empty one), else answers TypeScript", () => {
    assert.equal(sentScriptLanguage(PYTHON, undefined, "language"), "py");
    assert.equal(sentScriptLanguage(PYTHON, "", "lang"), "py");
    assert.equal(sentScriptLanguage(TYPESCRIPT, undefined, "language"), "ts");
  });

  it("refuses an unknown name, and names inherited from Object, with a USAGE error naming the field and the choices", () => {
    for (const [name, field] of [["cobol", "language"], ["constructor", "lang"], ["__proto__", "language"], ["toString", "lang"]]) {
      assert.throws(() => sentScriptLanguage(PYTHON, name!, field!), (error: unknown) => {
        assert.ok(isPartforgeError(error));
        assert.equal(error.code, "USAGE");
        assert.equal(error.param, field);
        assert.equal(error.message, `unknown ${field} "${name}": use python, ts or js (or leave it out to detect it)`);
        return true;
      });
    }
  });
});
