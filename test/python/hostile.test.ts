/**
 * The translator and the Python runtime on hostile input (issue 17, point 5): the translator is
 * bounded in time and memory (source size, bracket and tree depth, node count, a parse time
 * budget, literal sizes) and answers every input with a PartforgeError or a translation, never a
 * crash; the runtime refuses the memory bombs CPython would grind through.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadModelScript } from "../../src/modelscript/index.ts";
import { PYTHON_LIMITS, translatePythonScript, type PythonLimits } from "../../src/modelscript/python/index.ts";
import { lines, testScope } from "../../src/modelscript/testScope.ts";
import { PartforgeError } from "../../src/shared/errors.ts";

/** Generous: the machine running the tests may be heavily shared. */
const WALL_CLOCK_MS = 30_000;

function translateHostile(source: string, limits: Partial<PythonLimits> = {}): { error: PartforgeError | undefined; ms: number; heapMB: number } {
  const started = performance.now();
  const heap = process.memoryUsage().heapUsed;
  let error: PartforgeError | undefined;
  try {
    translatePythonScript(source, "hostile.py", limits);
  } catch (thrown) {
    assert.ok(thrown instanceof PartforgeError, `the translator threw ${String(thrown)} instead of a PartforgeError`);
    error = thrown;
  }
  return { error, ms: performance.now() - started, heapMB: (process.memoryUsage().heapUsed - heap) / 1e6 };
}

describe("the Python translator on hostile input", () => {
  const refused: Array<[string, string, RegExp]> = [
    ["100,000 nested parentheses", "x = " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + "\n", /too many nested parentheses/],
    ["100,000 nested lists", "x = " + "[".repeat(100_000) + "]".repeat(100_000) + "\n", /too many nested parentheses/],
    ["deeply nested f-strings", "x = " + 'f"{'.repeat(3000) + "1" + '}"'.repeat(3000) + "\n", /too many nested parentheses/],
    ["a 30,000-term sum (a tree 30,000 levels deep)", "x = " + Array(30_000).fill("1").join("+") + "\n", /nests too deeply/],
    ["a fluent chain of 20,000 calls", "x = a" + ".b()".repeat(20_000) + "\n", /nests too deeply/],
    ["a script over the size limit", "x = 1\n".repeat(PYTHON_LIMITS.maxSourceChars / 6 + 1), /at most 262144/],
    ["an integer literal of 200,000 digits", "x = " + "9".repeat(200_000) + "\n", /integer literal has 200000 digits; at most 4300/],
    ["an unterminated triple-quoted string", "x = '''" + "a\n".repeat(50_000), /SyntaxError/],
    ["random bracket and quote soup", Array.from({ length: 200_000 }, (_, i) => "([{:)]}'\"#\\"[(i * 7) % 12]).join(""), /SyntaxError/],
  ];
  for (const [what, source, message] of refused) {
    it(`refuses ${what} with a located SCRIPT_SYNTAX error, in bounded time and memory`, () => {
      const { error, ms, heapMB } = translateHostile(source);
      assert.ok(error !== undefined, "the input was accepted");
      assert.equal(error.code, "SCRIPT_SYNTAX");
      assert.match(error.message, message);
      if (!/at most 262144/.test(error.message) && !/parse/.test(error.message)) assert.ok(error.location !== undefined, "the error has no location");
      assert.ok(ms < WALL_CLOCK_MS, `took ${Math.round(ms)} ms`);
      assert.ok(heapMB < 300, `grew the heap by ${Math.round(heapMB)} MB`);
    });
  }

  it("translates a large but legitimate string literal and many statements within the limits", () => {
    const big = translateHostile("x = '" + "a".repeat(200_000) + "'\n" + "y = x\n".repeat(5_000));
    assert.equal(big.error, undefined);
    assert.ok(big.ms < WALL_CLOCK_MS);
  });

  it("stops parsing when the time budget is spent", () => {
    const { error } = translateHostile("x = 1\n".repeat(40_000), { maxParseMs: 0 });
    assert.match(error?.message ?? "", /took more than 0 ms to parse/);
  });

  it("refuses more syntax nodes than the limit", () => {
    const { error } = translateHostile("x = 1\n".repeat(2_000), { maxNodes: 1_000 });
    assert.match(error?.message ?? "", /more than 1000 syntax nodes/);
  });
});

describe("the Python runtime on hostile scripts", () => {
  for (const [what, expression, message] of [
    ["a list of 100 million items", "[0] * 10**8", /MemoryError: the result would have 100000000 items; partforge allows at most 10000000/],
    ["a string of a billion characters", "'a' * 10**9", /MemoryError/],
    ["an integer of a billion bits", "2 ** 10**9", /OverflowError: integer too large/],
    ["a shift by a billion bits", "1 << 10**9", /OverflowError: integer too large/],
    ["printing an integer of 5000 digits", "str(10**5000)", /ValueError: Exceeds the limit \(4300 digits\)/],
    ["a value nested 1000 levels deep passed to CadQuery", "Workplane(eval_nested(1000))", /nested more than 100 levels/],
  ] as const) {
    it(`raises a Python error for ${what}`, async () => {
      const source = lines(
        "def eval_nested(n):",
        "    v = 'XY'",
        "    for _ in range(n):",
        "        v = [v]",
        "    return v",
        "def build():",
        `    x = ${expression}`,
        "    return Workplane('XY').box(1, 1, 1)",
      );
      const loaded = await loadModelScript(source, { language: "py", scope: testScope, fileName: "bomb.py" });
      assert.throws(() => loaded.run(), (error: PartforgeError) => {
        assert.equal(error.code, "SCRIPT_EXCEPTION");
        assert.match(error.message, message);
        assert.equal(error.location?.line, 7);
        return true;
      });
    });
  }

  it("reports unbounded recursion as an error of the script", async () => {
    const loaded = await loadModelScript(lines("def f(n):", "    return f(n + 1)", "def build():", "    return f(0)"), { language: "py", scope: testScope, fileName: "deep.py" });
    assert.throws(() => loaded.run(), (error: PartforgeError) => error.code === "SCRIPT_EXCEPTION" && /call stack|recursion/i.test(error.message));
  });
});
