import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseJsonBody } from "./json.ts";

describe("JSON body reader", () => {
  it("accepts __proto__ and duplicate words as values and in separate objects", () => {
    assert.deepEqual(parseJsonBody('{"a":"__proto__","b":[{"k":1},{"k":2}],"c":{"k":"}\\"{,"}, "k": 3}'), { a: "__proto__", b: [{ k: 1 }, { k: 2 }], c: { k: '}"{,' }, k: 3 });
  });

  it("names the path of a duplicate key inside arrays of objects", () => {
    assert.throws(() => parseJsonBody('{"params":{"list":[{"x":1,"x":2}]}}'), /key "x" twice in params\.list\[\]/);
  });

  it("accepts nesting up to the limit and refuses one level more", () => {
    assert.doesNotThrow(() => parseJsonBody(`${"[".repeat(32)}${"]".repeat(32)}`));
    assert.throws(() => parseJsonBody(`${"[".repeat(33)}${"]".repeat(33)}`), /nested more than 32 levels/);
  });

  it("reports a syntax error before a duplicate key found in broken JSON", () => {
    assert.throws(() => parseJsonBody('{"a":1,"a":'), /not valid JSON/);
  });
});
