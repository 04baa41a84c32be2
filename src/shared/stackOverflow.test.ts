import { test } from "node:test";
import assert from "node:assert/strict";
import { PartforgeError } from "./errors.ts";
import { caughtHook, isStackOverflow, noteStackOverflow, stackOverflowsSeen } from "./stackOverflow.ts";

function realOverflow(): RangeError {
  const deeper = (n: number): number => deeper(n + 1) + 1;
  try {
    deeper(0);
  } catch (error) {
    return error as RangeError;
  }
  assert.fail("the stack did not overflow");
}

test("recognises V8's stack overflow, one wrapped as a cause, and a script's own copy of it", () => {
  const overflow = realOverflow();
  assert.ok(isStackOverflow(overflow));
  assert.ok(isStackOverflow(new PartforgeError("GEOMETRY", "fillet failed", { cause: overflow })));
  assert.ok(isStackOverflow(new Error("outer", { cause: new Error("middle", { cause: overflow }) })));
  assert.ok(isStackOverflow(new RangeError("Maximum call stack size exceeded")), "a script's forgery only retires its own slot");
});

test("recognises nothing else, and runs no getter or Proxy trap while looking", () => {
  let ran = 0;
  const trap = () => {
    ran += 1;
    return "Maximum call stack size exceeded";
  };
  const accessor = new RangeError("x");
  Object.defineProperty(accessor, "message", { get: trap });
  const proxied = new Proxy(realOverflow(), { get: trap, getOwnPropertyDescriptor: () => (ran++, undefined), getPrototypeOf: () => (ran++, null) });
  const causeGetter = new Error("outer");
  Object.defineProperty(causeGetter, "cause", { get: () => (ran++, realOverflow()) });
  const values = [undefined, null, 1, "Maximum call stack size exceeded", { message: "Maximum call stack size exceeded" }, new TypeError("x"), accessor, proxied, causeGetter];
  values.forEach((value, index) => assert.equal(isStackOverflow(value), false, `value #${index}`));
  assert.equal(ran, 0);
  let chain: Error = realOverflow();
  for (let i = 0; i < 10; i++) chain = new Error(`level ${i}`, { cause: chain });
  assert.equal(isStackOverflow(chain), false, "a cause chain is followed only a few links");
});

test("counts overflows handed to partforge's catch sites, not other errors", () => {
  const before = stackOverflowsSeen();
  noteStackOverflow(new TypeError("x"));
  assert.equal(stackOverflowsSeen(), before);
  noteStackOverflow(realOverflow());
  assert.equal(stackOverflowsSeen(), before + 1);
});

test("counts a hook call that an instrumented catch entered but that never finished", () => {
  const before = stackOverflowsSeen();
  caughtHook.entered++;
  caughtHook(new TypeError("an ordinary error"));
  assert.equal(stackOverflowsSeen(), before, "a finished call with an ordinary error counts nothing");
  caughtHook.entered++; // as at the edge of the stack: the call that follows overflowed before it ran
  assert.equal(stackOverflowsSeen(), before + 1);
  assert.throws(() => Object.defineProperty(caughtHook, "entered", { get: () => 0 }), TypeError, "the hook is sealed");
});
