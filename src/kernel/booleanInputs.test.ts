import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { AnyShape } from "replicad";
import { loadKernel } from "./load.ts";
import { booleanWithOptions, imprintShapes } from "./freeOperations.ts";
import { makeBoxInFrame } from "./primitives.ts";
import { translateShape, type Frame } from "./transform.ts";
import { writeBrep } from "./brep.ts";
import { withScope } from "./scope.ts";

const FRAME: Frame = { origin: [0, 0, 0], xDir: [1, 0, 0], zDir: [0, 0, 1] };
const text = (shape: AnyShape) => Buffer.from(writeBrep([{ name: "shape", shape }])).toString("latin1");

before(() => loadKernel());

/**
 * Two blocks 0.004 apart, joined with a fuzzy value of 0.01: OCCT's default (destructive) mode
 * widens the tolerances of both blocks' vertices and edges at the gap in place. Every boolean
 * must leave its inputs as they were: the B-rep text of each is compared before and after. (The
 * Workplane's booleans, whose default mode changed the bytes of enclosure.ts at some corner
 * radii, are checked by test/build/memoReuse.test.ts; no small case was found where OCCT's
 * default mode changes the arguments of a split or a section without a fuzzy value.)
 */
describe("booleans leave their arguments unchanged", () => {
  const cases: Array<[string, (a: AnyShape, b: AnyShape) => unknown]> = [
    ["a fuzzy fuse (the free functions' booleans)", (a, b) => booleanWithOptions("fuse", [a], [b], 0.01, undefined)],
    ["a fuzzy cut", (a, b) => booleanWithOptions("cut", [a], [b], 0.01, undefined)],
    ["a fuzzy imprint", (a, b) => imprintShapes([a, b], 0.01, undefined)],
  ];
  for (const [name, run] of cases) {
    it(`in ${name}`, () => {
      withScope(() => {
        const a = makeBoxInFrame(FRAME, 1, 1, 1);
        const b = translateShape(makeBoxInFrame(FRAME, 1, 1, 1), [1.004, 0.3, 0.2]);
        const before = [text(a), text(b)];
        run(a, b);
        assert.equal(text(a), before[0], "the first argument changed");
        assert.equal(text(b), before[1], "the second argument changed");
      });
    });
  }
});
