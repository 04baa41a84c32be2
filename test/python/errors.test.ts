/**
 * Errors of Python ModelScripts point into the Python (issue 17, point 3): translation errors,
 * refusals of what the subset leaves out, script exceptions and API errors carry the `.py`
 * line and column, with Python's wording where a Python user expects it.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadModelScript } from "../../src/modelscript/index.ts";
import { lines, testScope } from "../../src/modelscript/testScope.ts";
import { PartforgeError } from "../../src/shared/errors.ts";

async function load(source: string) {
  return loadModelScript(source, { language: "py", scope: testScope, fileName: "model.py" });
}

async function failure(source: string, run = false): Promise<PartforgeError> {
  try {
    const loaded = await load(source);
    if (run) loaded.run();
  } catch (error) {
    assert.ok(error instanceof PartforgeError, `not a PartforgeError: ${String(error)}`);
    return error;
  }
  assert.fail("the script did not fail");
}

const BUILD = ["def build():", "    return Workplane('XY').box(1, 2, 3)"];

describe("errors of Python ModelScripts", () => {
  it("reports a syntax error at its Python line and column", async () => {
    const error = await failure(lines("x = 1", "def f(:", "    pass", ...BUILD));
    assert.equal(error.code, "SCRIPT_SYNTAX");
    assert.match(error.message, /^SyntaxError: /);
    assert.deepEqual(error.location, { line: 2, column: 7 });
  });

  it("refuses an import outside math and cadquery at the module name, naming what may be imported", async () => {
    const error = await failure(lines("import math", "import os", ...BUILD));
    assert.equal(error.code, "IMPORT_NOT_ALLOWED");
    assert.match(error.message, /import of 'os' is not allowed: a Python ModelScript can import math, collections, cadquery/);
    assert.deepEqual(error.location, { line: 2, column: 8 });
    const from = await failure(lines("from subprocess import run", ...BUILD));
    assert.equal(from.code, "IMPORT_NOT_ALLOWED");
    assert.deepEqual(from.location, { line: 1, column: 6 });
  });

  for (const [what, text, column, message] of [
    ["open", "    data = open('/etc/passwd').read()", 12, /open\(\) is not supported in a Python ModelScript: a ModelScript has no file access/],
    ["exec", "    exec('x = 1')", 5, /exec\(\) is not supported/],
    ["eval", "    y = eval('1 + 1')", 9, /eval\(\) is not supported/],
    ["globals", "    g = globals()", 9, /globals\(\) is not supported/],
    ["a dunder attribute", "    k = (1).__class__", 13, /the attribute \.__class__ is not supported/],
    ["a dunder name", "    b = __builtins__", 9, /the name __builtins__ is not supported/],
    ["a class", "    class A:\n        pass", 5, /a class is not supported in a Python ModelScript: use functions, tuples and dicts/],
    ["yield", "    yield 1", 5, /`yield` is not supported/],
    ["Python 2 print", "    print 'hello'", 5, /Python 2's print statement is not supported in a Python ModelScript: Python 3 writes print\(\.\.\.\)/],
    ["a bytes literal", "    b = b'abc'", 9, /a bytes literal is not supported/],
    ["a complex number", "    c = 1j", 9, /a complex number is not supported/],
  ] as const) {
    it(`refuses ${what} at translation, at its line and column`, async () => {
      const error = await failure(lines("def build():", text, "    return Workplane('XY').box(1, 2, 3)"));
      assert.equal(error.code, "SCRIPT_SYNTAX");
      assert.match(error.message, message);
      assert.deepEqual(error.location, { line: 2, column });
    });
  }

  it("raises NameError for a misspelt name where the script reads it, only when it runs", async () => {
    const loaded = await load(lines("length = 5", "def build():", "    return Workplane('XY').box(lenght, 2, 3)"));
    assert.throws(() => loaded.run(), (error: PartforgeError) => {
      assert.equal(error.code, "SCRIPT_EXCEPTION");
      assert.equal(error.message, "NameError: name 'lenght' is not defined");
      assert.deepEqual(error.location, { line: 3, column: 32 });
      return true;
    });
  });

  it("reports a Python exception raised in build() with its type, message and location", async () => {
    const loaded = await load(lines("def half(x):", "    return x / 0", "def build():", "    w = half(4)", "    return Workplane('XY').box(w, 2, 3)"));
    assert.throws(() => loaded.run(), (error: PartforgeError) => {
      assert.equal(error.message, "ZeroDivisionError: division by zero");
      assert.equal(error.location?.line, 2);
      return true;
    });
    const raised = await load(lines("def build():", "    raise ValueError('the wall is too thin')"));
    assert.throws(() => raised.run(), { message: "ValueError: the wall is too thin" });
  });

  it("locates an error of the modelling API at the method the script called", async () => {
    const loaded = await load(lines("def build():", "    part = Workplane('XY').box(1, 2, 3)", "    return part.edges('|Z').fillet(9)"));
    assert.throws(() => loaded.run(), (error: PartforgeError) => {
      assert.equal(error.code, "GEOMETRY");
      assert.deepEqual(error.location, { line: 3, column: 29 });
      return true;
    });
  });

  it("reports a top-level exception at its line, and a Python TypeError for a bad call of a Python function", async () => {
    const error = await failure(lines("def f(a, b):", "    return a + b", "x = f(1)", ...BUILD));
    assert.equal(error.code, "SCRIPT_EXCEPTION");
    assert.equal(error.message, "TypeError: f() missing 1 required positional argument: 'b'");
    assert.equal(error.location?.line, 3);
  });

  it("locates a parameter declared wrongly at its Python assignment", async () => {
    const error = await failure(lines("p_size = FloatParam(min=10, max=5, presets={'default': 7})", ...BUILD));
    assert.equal(error.code, "SCRIPT_INVALID");
    assert.equal(error.location?.line, 1);
  });

  it("refuses Python 2 forms with the Python 3 spelling", async () => {
    const except = await failure(lines("def build():", "    try:", "        pass", "    except ValueError, e:", "        pass", "    return 1"));
    assert.match(except.message, /except ValueError|Python 2|SyntaxError/);
    const raise = await failure(lines("def build():", "    raise ValueError, 'x'"));
    assert.match(raise.message, /Python 2's `raise E, message` is not Python 3; write `raise E\(message\)`/);
    assert.deepEqual(raise.location, { line: 2, column: 5 });
  });
});
