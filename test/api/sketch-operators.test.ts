/**
 * Python's operators on sketches (CadQuery 2.5's Sketch.__add__, __sub__, __mul__, __truediv__)
 * as the named methods union, cut, intersect and split: areas from closed forms.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Sketch, isShape } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertClose, assertPartforgeError } from "../helpers/geometry.ts";

const area = (s: ReturnType<typeof Sketch>) => {
  const faces = s.facesShape();
  assert.ok(faces !== undefined && isShape(faces));
  return faces.Area();
};

describe("Sketch operators", () => {
  before(async () => {
    await loadKernel();
  });

  it("fuses, cuts, intersects and splits two sketches' faces into a new Sketch", () =>
    withScope(() => {
      const square = Sketch().rect(2, 2);
      const shifted = Sketch().push([[1, 0]]).rect(2, 2).reset();
      assertClose(area(square.union(shifted)), 6, 1e-9);
      assertClose(area(square.cut(shifted)), 2, 1e-9);
      assertClose(area(square.intersect(shifted)), 2, 1e-9);
      const pieces = square.split(shifted);
      assert.equal(pieces.facesShape()!.Faces().length, 2);
      assertClose(area(pieces), 4, 1e-9);
      // Neither operand changes.
      assertClose(area(square), 4, 1e-12);
    }));

  it("uses the selection's first shape as CadQuery's val() does", () =>
    withScope(() => {
      const two = Sketch().push([[-2, 0], [2, 0]]).rect(1, 1).reset().faces("<X");
      assertClose(area(two.union(Sketch().push([[-2, 0]]).circle(0.1).reset())), 1, 1e-9);
    }));

  it("refuses an empty sketch, a selected location, and anything but a Sketch", () =>
    withScope(() => {
      assertPartforgeError(() => Sketch().cut(Sketch().rect(1, 1)), "SCRIPT_EXCEPTION", /this sketch is empty/);
      assertPartforgeError(() => Sketch().rect(1, 1).push([[0, 0]]).cut(Sketch().rect(1, 1)), "SCRIPT_EXCEPTION", /val\(\) is a Location/);
      assertPartforgeError(() => Sketch().rect(1, 1).cut(42 as never), "SCRIPT_EXCEPTION", /Sketch\.cut\(other\): other must be a Sketch/);
    }));
});
