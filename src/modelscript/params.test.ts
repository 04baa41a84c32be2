import { test } from "node:test";
import assert from "node:assert/strict";
import { PartforgeError } from "../shared/errors.ts";
import { BooleanParam, ChoiceParam, FloatParam, IntegerParam, IntParam, Param, paramState, StringParam } from "./params.ts";
import { stackOf } from "./thrown.ts";

function problems(param: unknown): readonly string[] {
  const state = paramState(param);
  assert.ok(state !== undefined, "not a declared parameter");
  return state.declaration.problems;
}

test("constructors never throw for bad options: they record each problem", () => {
  const bad: Array<[unknown, RegExp]> = [
    [FloatParam(), /^no default value: add "default: …" to FloatParam/],
    [FloatParam({ min: 3, max: 1, default: 2 }), /^min \(3\) is greater than max \(1\)$/],
    [FloatParam({ default: "5" as unknown as number }), /^default must be a number; got "5"$/],
    [FloatParam({ default: 1, min: "0" as unknown as number }), /^option "min" must be a finite number; got "0"$/],
    [FloatParam({ default: 1, step: 0 }), /^option "step" must be greater than 0/],
    [IntParam({ default: 1.5 }), /^default must be an integer; got 1.5$/],
    [BooleanParam({ default: true, min: 1 } as never), /^unknown option "min"; BooleanParam accepts default, presets, desc, group$/],
    [StringParam({ default: "abc", maxLength: 2 }), /^default must be a string of at most 2 characters; got "abc"$/],
    [StringParam({ default: "a", pattern: "(" }), /^option "pattern" is not a valid regular expression/],
    [StringParam({ default: "a", pattern: "(a+)+" }), /^option "pattern" repeats a group that itself repeats or has alternatives/],
    [StringParam({ default: "a", pattern: "(a)\\1" }), /^option "pattern" uses a backreference/],
    [StringParam({ default: "a", pattern: "a(?=b)" }), /^option "pattern" uses a lookaround/],
    [StringParam({ default: "a", pattern: "a".repeat(300) }), /^option "pattern" is 300 characters long; at most 256/],
    [ChoiceParam({ default: "a" } as never), /^ChoiceParam needs "choices"/],
    [ChoiceParam({ choices: [], default: "a" } as never), /^ChoiceParam needs "choices".*; got a list$/],
    [ChoiceParam({ choices: ["a", "a"], default: "a" }), /^choice "a" is listed twice$/],
    [FloatParam({ default: 1, presets: { default: 2 } }), /^"default" \(1\) and presets.default \(2\) disagree/],
    [FloatParam({ default: 1, presets: [] as never }), /^option "presets" must be an object/],
    [FloatParam(5 as never), /^FloatParam expects an options object/],
    [FloatParam({ default: 1, desc: 3 as never }), /^option "desc" must be a string; got 3$/],
    [FloatParam({ default: 1, group: "" }), /^option "group" must be a non-empty string$/],
  ];
  for (const [param, expected] of bad) {
    assert.match(problems(param)[0] ?? "(no problem)", expected);
  }
});

test("options that throw while being read are recorded, not thrown", () => {
  const hostile = new Proxy({}, { ownKeys: () => { throw new Error("no keys"); } });
  assert.match(problems(FloatParam(hostile as never))[0]!, /^its options could not be read: no keys$/);
  const getter = { get default(): number { throw "boom"; } };
  assert.match(problems(FloatParam(getter))[0]!, /^its options could not be read: "boom"$/);
});

test("a valid declaration has no problems and keeps default first among its presets", () => {
  const param = FloatParam({ min: 0, max: 10, step: 0.5, presets: { big: 9, default: 1 }, desc: "d", group: "g" });
  const state = paramState(param)!;
  assert.deepEqual(state.declaration.problems, []);
  assert.deepEqual(Object.keys(state.declaration.presets), ["default", "big"]);
  assert.deepEqual(state.declaration.constraints, { type: "float", min: 0, max: 10, step: 0.5 });
  assert.equal(state.declaration.group, "g");
});

test("ungrouped parameters are in group default", () => {
  assert.equal(paramState(IntParam({ default: 1 }))!.declaration.group, "default");
});

test("IntegerParam is IntParam", () => {
  assert.equal(IntegerParam, IntParam);
  assert.equal(paramState(IntegerParam({ default: 1 }))!.declaration.constraints.type, "int");
});

test("declarations are numbered in the order of the constructor calls", () => {
  const first = paramState(BooleanParam({ default: true }))!;
  const second = paramState(BooleanParam({ default: false }))!;
  assert.ok(second.sequence > first.sequence);
});

test("records the stack of the constructor call, including the caller", () => {
  const stack = stackOf(paramState(FloatParam({ default: 1 }))!.origin);
  assert.match(stack ?? "", /params\.test\.ts:\d+:\d+/);
});

test("reading .value before values are assigned throws a script exception", () => {
  const param = FloatParam({ default: 1 });
  assert.throws(
    () => param.value,
    (error: PartforgeError) => error.code === "SCRIPT_EXCEPTION" && /read \.value inside build\(\)/.test(error.message),
  );
});

test("scripts cannot forge or change a parameter", () => {
  assert.throws(
    () => new Param(Symbol("fake")),
    (error: PartforgeError) => error instanceof PartforgeError && error.code === "SCRIPT_EXCEPTION" && /use FloatParam, IntParam/.test(error.message),
  );
  const param = FloatParam({ default: 1 });
  assert.ok(Object.isFrozen(param));
  assert.ok(Object.isFrozen(Param.prototype));
  assert.ok(Object.isFrozen(FloatParam));
  assert.equal(paramState({ value: 1 }), undefined);
});
