import { describe as suite, test } from "node:test";
import assert from "node:assert/strict";
import { PartforgeError } from "../shared/errors.ts";
import type { ParamSchema, ValueSchema } from "./schema.ts";
import { completeValues, resolveValues, type RequestValue } from "./values.ts";

const length: ParamSchema = { name: "p_length", type: "float", default: 100, min: 30, max: 200, group: "Basics" };
const holes: ParamSchema = { name: "p_holes", type: "int", default: 2, min: 0, max: 8, group: "default" };
const round: ParamSchema = { name: "p_round", type: "boolean", default: true, group: "default" };
const label: ParamSchema = { name: "p_label", type: "string", default: "AB12", maxLength: 6, pattern: "[A-Z]+\\d*", group: "default" };
const thread: ParamSchema = { name: "p_thread", type: "choice", default: "M4", choices: ["M3", "M4", "M5"], group: "default" };
const size: ParamSchema = { name: "p_size", type: "choice", default: 2, choices: [1, 2, 2.5], group: "default" };
const offset: ParamSchema = { name: "p_offset", type: "float", default: 0, group: "default" };
const count: ParamSchema = { name: "p_count", type: "int", default: 0, group: "default" };

const schema: ValueSchema = {
  parameters: [length, holes, round, label, thread, size, offset, count],
  presets: {
    default: { p_length: 100, p_holes: 2, p_round: true, p_label: "AB12", p_thread: "M4", p_size: 2, p_offset: 0, p_count: 0 },
    short: { p_length: 50, p_holes: 2, p_round: true, p_label: "AB12", p_thread: "M4", p_size: 2, p_offset: 0, p_count: 0 },
    long: { p_length: 180, p_holes: 4, p_round: true, p_label: "AB12", p_thread: "M4", p_size: 2, p_offset: 0, p_count: 0 },
  },
};

function resolveOne(parameter: ParamSchema, raw: RequestValue): unknown {
  return resolveValues(schema, { values: { [parameter.name]: raw } })[parameter.name];
}

function invalid(parameter: ParamSchema, raw: RequestValue): PartforgeError {
  try {
    resolveOne(parameter, raw);
  } catch (error) {
    assert.ok(error instanceof PartforgeError, `expected a PartforgeError, got ${String(error)}`);
    return error;
  }
  assert.fail(`${parameter.name} accepted ${JSON.stringify(raw)}`);
}

type Good = [parameter: ParamSchema, raw: RequestValue, expected: number | boolean | string];
type Bad = [parameter: ParamSchema, raw: RequestValue];

const accepted: Good[] = [
  [offset, "1e2", 100],
  [offset, "-0", 0],
  [offset, ".5", 0.5],
  [offset, "5.", 5],
  [offset, "+3", 3],
  [offset, "-2.5E-1", -0.25],
  [offset, 7.25, 7.25],
  [length, "30", 30],
  [length, "200", 200],
  [count, "3", 3],
  [count, "-0", 0],
  [count, "+12", 12],
  [count, "007", 7],
  [count, 3, 3],
  [round, "TRUE", true],
  [round, "false", false],
  [round, "1", true],
  [round, "0", false],
  [round, "Yes", true],
  [round, "no", false],
  [round, "ON", true],
  [round, "off", false],
  [round, false, false],
  [round, 1, true],
  [label, "XYZ", "XYZ"],
  [label, "ABCDE1", "ABCDE1"],
  [thread, "M5", "M5"],
  [size, "2.5", 2.5],
  [size, "1", 1],
  [size, 2, 2],
];

const rejected: Bad[] = [
  [offset, " 3"],
  [offset, "3 "],
  [offset, "0x10"],
  [offset, "NaN"],
  [offset, "Infinity"],
  [offset, "-Infinity"],
  [offset, ""],
  [offset, "1,5"],
  [offset, "1_000"],
  [offset, "abc"],
  [offset, "."],
  [offset, "1e"],
  [offset, "1e400"],
  [offset, Number.NaN],
  [offset, Number.POSITIVE_INFINITY],
  [offset, true],
  [length, "29.999"],
  [length, "201"],
  [length, 1000],
  [count, "3.5"],
  [count, "3.0"],
  [count, "1e2"],
  [count, ""],
  [count, "0x3"],
  [count, "9007199254740993"],
  [count, 2.5],
  [holes, "9"],
  [holes, "-1"],
  [round, "2"],
  [round, ""],
  [round, "tru"],
  [round, " true"],
  [round, 2],
  [label, "ABCDEFG"],
  [label, "ab12"],
  [label, "AB12!"],
  [label, ""],
  [thread, "M6"],
  [thread, "m4"],
  [thread, ""],
  [size, "3"],
  [size, "two"],
];

suite("resolveValues datatypes", () => {
  for (const [parameter, raw, expected] of accepted) {
    test(`accepts ${JSON.stringify(raw)} for a ${parameter.type} parameter as ${JSON.stringify(expected)}`, () => {
      assert.equal(resolveOne(parameter, raw), expected);
    });
  }

  for (const [parameter, raw] of rejected) {
    test(`rejects ${JSON.stringify(raw)} for ${parameter.name} (${parameter.type}) with PARAM_INVALID naming it`, () => {
      const error = invalid(parameter, raw);
      assert.equal(error.code, "PARAM_INVALID");
      assert.equal(error.param, parameter.name);
      assert.match(error.message, new RegExp(`^${parameter.name} must be `));
    });
  }

  test("turns -0 into 0 so that equal requests give equal values", () => {
    assert.ok(Object.is(resolveOne(offset, "-0"), 0));
    assert.ok(Object.is(resolveOne(count, -0), 0));
  });
});

suite("resolveValues messages", () => {
  test("says what was received and what is expected", () => {
    assert.equal(invalid(length, "abc").message, 'p_length must be a number between 30 and 200; got "abc"');
    assert.equal(invalid(holes, "9").message, 'p_holes must be an integer between 0 and 8; got "9"');
    assert.equal(invalid(thread, "M6").message, 'p_thread must be one of "M3", "M4", "M5"; got "M6"');
    assert.equal(invalid(size, "3").message, "p_size must be one of 1, 2, 2.5; got \"3\"");
    assert.match(invalid(round, "2").message, /^p_round must be true or false .*; got "2"$/);
    assert.equal(invalid(label, "ABCDEFG").message, 'p_label must be a string of at most 6 characters matching the pattern [A-Z]+\\d*; got "ABCDEFG"');
  });

  test("explains that integers are written without an exponent or decimal point", () => {
    assert.match(invalid(count, "1e2").message, /got "1e2" \(integers are written in plain digits/);
    assert.match(invalid(count, "3.0").message, /got "3.0" \(integers are written in plain digits/);
  });

  test("counts maxLength in characters, not UTF-16 units", () => {
    const emoji: ParamSchema = { name: "p_emoji", type: "string", default: "", maxLength: 2, group: "default" };
    const local: ValueSchema = { parameters: [emoji], presets: { default: { p_emoji: "" } } };
    assert.equal(resolveValues(local, { values: { p_emoji: "😀😀" } }).p_emoji, "😀😀");
    assert.throws(() => resolveValues(local, { values: { p_emoji: "😀😀😀" } }), { code: "PARAM_INVALID" });
  });

  test("truncates a very long received value in the message", () => {
    const message = invalid(label, "A".repeat(5000)).message;
    assert.ok(message.length < 300, message);
    assert.match(message, /\(5000 characters\)$/);
  });
});

suite("resolveValues presets and names", () => {
  test("returns every parameter's default when nothing is asked", () => {
    assert.deepEqual(resolveValues(schema, { values: {} }), schema.presets.default);
  });

  test("applies the preset first, then the explicit values", () => {
    const values = resolveValues(schema, { preset: "long", values: { p_length: "120" } });
    assert.equal(values.p_length, 120);
    assert.equal(values.p_holes, 4);
  });

  test("treats an empty preset as no preset", () => {
    assert.equal(resolveValues(schema, { preset: "", values: {} }).p_length, 100);
  });

  test("rejects an unknown preset listing the valid ones", () => {
    assert.throws(
      () => resolveValues(schema, { preset: "tall", values: {} }),
      (error: PartforgeError) => {
        assert.equal(error.code, "UNKNOWN_PRESET");
        assert.match(error.message, /unknown preset "tall".*valid presets: default, short, long$/);
        assert.deepEqual(error.details?.presets, ["default", "short", "long"]);
        return true;
      },
    );
  });

  test("does not take inherited object keys for presets", () => {
    assert.throws(() => resolveValues(schema, { preset: "constructor", values: {} }), { code: "UNKNOWN_PRESET" });
    assert.throws(() => resolveValues(schema, { preset: "__proto__", values: {} }), { code: "UNKNOWN_PRESET" });
  });

  test("rejects an unknown parameter suggesting the closest name", () => {
    assert.throws(
      () => resolveValues(schema, { values: { p_lenght: "120" } }),
      (error: PartforgeError) => {
        assert.equal(error.code, "UNKNOWN_PARAM");
        assert.equal(error.param, "p_lenght");
        assert.equal(error.message, 'unknown parameter "p_lenght" (did you mean "p_length"?)');
        assert.equal(error.details?.suggestion, "p_length");
        return true;
      },
    );
  });

  test("lists the parameters when no name is close to an unknown one", () => {
    assert.throws(() => resolveValues(schema, { values: { colour: "red" } }), {
      code: "UNKNOWN_PARAM",
      message: /unknown parameter "colour"; this model's parameters are p_length, p_holes/,
    });
  });

  test("never lets a value reach an object prototype", () => {
    assert.throws(() => resolveValues(schema, { values: JSON.parse('{"__proto__": "1"}') }), { code: "UNKNOWN_PARAM" });
  });
});

suite("completeValues", () => {
  test("fills missing values with defaults and checks typed values again", () => {
    assert.deepEqual(completeValues([length, holes], { p_holes: 3 }), { p_length: 100, p_holes: 3 });
    assert.throws(() => completeValues([length], { p_length: 500 }), { code: "PARAM_INVALID", param: "p_length" });
    assert.throws(() => completeValues([length], { p_length: "120" }), { code: "PARAM_INVALID" });
    assert.throws(() => completeValues([length], { p_width: 1 }), { code: "UNKNOWN_PARAM" });
  });
});
