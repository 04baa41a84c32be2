import { suite, test } from "node:test";
import assert from "node:assert/strict";
import { Vector } from "../vector.ts";
import { NO_MATCH, checkValue } from "./kinds.ts";

/** What `Vector.from` makes of a copy of `value`, or NO_MATCH where it throws. */
function byVectorFrom(value: unknown[]): unknown {
  try {
    return Vector.from(Array.from(value) as unknown as [number, number, number]);
  } catch {
    return NO_MATCH;
  }
}

suite("the point kind of the signature table", () => {
  const sparse = [1, 2, 3];
  delete sparse[2];
  const arrays: Record<string, unknown[]> = {
    "2 numbers": [1, 2],
    "3 numbers": [1, -2, 0.5],
    "3 items, z undefined": [1, 2, undefined],
    "3 items, z a hole": sparse,
    "a NaN": [1, Number.NaN, 3],
    "an infinity": [1, 2, Number.POSITIVE_INFINITY],
    "a string": ["1", 2, 3],
    "x undefined": [undefined, 2],
    "one number": [1],
    "four numbers": [1, 2, 3, 4],
    "no items": [],
    "a list of points": [
      [0, -1, 0],
      [0, 1, 0],
    ],
  };

  for (const [name, value] of Object.entries(arrays)) {
    test(`takes an array of ${name} exactly when Vector.from does, as the same Vector`, () => {
      assert.deepEqual(checkValue(["vector"], value, {}), byVectorFrom(value));
    });
  }

  test("refuses an array whose items cannot be read, without throwing", () => {
    const unreadable = new Proxy([1, 2, 3], {
      get(target, key, receiver) {
        if (key === "0") throw new Error("unreadable");
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    assert.equal(checkValue(["vector"], unreadable, {}), NO_MATCH);
  });

  test("keeps a Vector as it is and refuses what is not an array", () => {
    const point = Vector.from([1, 2, 3]);
    assert.equal(checkValue(["vector"], point, {}), point);
    assert.equal(checkValue(["vector"], { x: 1, y: 2 }, {}), NO_MATCH);
    assert.equal(checkValue(["vector"], "1,2", {}), NO_MATCH);
  });
});
