import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { PartforgeError } from "../../shared/errors.ts";
import { bindArguments } from "./bind.ts";
import { SIGNATURE_TABLES } from "./index.ts";
import type { MethodSignature, ParamSpec } from "./types.ts";

const MOVED = SIGNATURE_TABLES.Shape!.moved!;
const NO_GUARDS = Object.freeze({});
const bindMoved = (...args: unknown[]) => bindArguments("Shape", "moved", MOVED, args, NO_GUARDS);

/** The message of the error `run` throws. */
function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof PartforgeError, String(error));
    return error.message;
  }
  assert.fail("no error");
}

describe("binding a call to a signature's call forms", () => {
  it("tries the forms in order and binds the first that fits, the same on every call", () => {
    for (let call = 0; call < 2; call++) {
      const listed = bindMoved([[0, -1, 0], [0, 1, 0]]);
      assert.equal(listed.form, 2, "moved(locs): a list of locations");
      assert.deepEqual((listed.locs as { toTuple(): number[] }[]).map((v) => v.toTuple()), [[0, -1, 0], [0, 1, 0]]);
      const numbers = bindMoved(2);
      assert.deepEqual([numbers.form, numbers.x, numbers.y, numbers.rz], [3, 2, 0, 0], "moved(x, y, z, rx, ry, rz)");
      assert.deepEqual([...bindMoved(2, { rz: 90 }).given], ["x", "rz"]);
    }
  });

  it("reports the first form's telling failure of a call that fits no form, with that form's parameter names, on every call", () => {
    const form = "Shape.moved(loc1, loc2, *locs) or Shape.moved(loc) or Shape.moved(locs) or Shape.moved(x=0, y=0, z=0, rx=0, ry=0, rz=0) or Shape.moved(s)";
    for (let call = 0; call < 2; call++) {
      assert.equal(messageOf(() => bindMoved({ rzz: 90 })), `${form}: unknown option "rzz"; valid options are loc1, loc2`);
      assert.equal(messageOf(() => bindMoved(1, 2, 3, 4, 5, 6, 7)), `${form}: loc1 must be a Location or a point [x, y] or [x, y, z] or a Vector; got 1`);
    }
  });

  it("binds a signature that is not frozen by its parameters as they are at the call", () => {
    const params: ParamSpec[] = [{ name: "a", type: ["number"] }];
    const signature: MethodSignature = { params };
    assert.deepEqual(bindArguments("Test", "f", signature, [1], NO_GUARDS).b, undefined);
    params.push({ name: "b", type: ["number"], default: 2 });
    assert.equal(bindArguments("Test", "f", signature, [1], NO_GUARDS).b, 2);
    assert.equal(messageOf(() => bindArguments("Test", "f", signature, [1, { c: 3 }], NO_GUARDS)), 'Test.f(a, b=2): unknown option "c" (did you mean "a"?); valid options are a, b');
  });
});
