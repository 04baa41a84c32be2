/**
 * Errors that help (issue 6, point 7): a failing operation names the call and the kernel's
 * reason, with the script's line and column; an operation on an empty selection says which
 * selector matched nothing.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Workplane } from "../../src/api/index.ts";
import { buildModel } from "../../src/build/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { PartforgeError } from "../../src/shared/errors.ts";
import { assertPartforgeError } from "../helpers/geometry.ts";

const script = (body: string) => `import { Workplane } from "partforge";
export const METADATA = { name: "errors" };
export function build() {
  const base = Workplane("XY").box(10, 10, 2);
  return ${body};
}`;

async function buildError(body: string): Promise<PartforgeError> {
  try {
    await buildModel({ source: script(body), language: "ts", type: "stl" });
  } catch (error) {
    assert.ok(error instanceof PartforgeError, `expected a PartforgeError, got ${String(error)}`);
    return error;
  }
  assert.fail("the build should have failed");
}

describe("errors that help", () => {
  before(async () => {
    await loadKernel();
  });

  it("names the failing operation, its argument and the kernel's reason, at the script's line", async () => {
    const error = await buildError(`base.edges("|Z").fillet(9)`);
    assert.equal(error.code, "GEOMETRY");
    assert.match(error.message, /fillet of radius 9 failed: fillet radius 9 is too large for the selected edges/);
    assert.deepEqual(error.location, { line: 5, column: 27 });
  });

  it("says which selector matched nothing before an operation that needs a selection", () =>
    withScope(() => {
      const box = Workplane().box(10, 10, 2);
      assertPartforgeError(() => box.edges("%CIRCLE").fillet(1), "SCRIPT_EXCEPTION", /fillet: nothing is selected: edges\("%CIRCLE"\) matched none of the 12/);
      assertPartforgeError(() => box.faces("%CYLINDER").workplane(), "SCRIPT_EXCEPTION", /workplane: nothing is selected: faces\("%CYLINDER"\) matched none of the 6/);
      assertPartforgeError(() => box.faces("%CYLINDER").shell(1), "SCRIPT_EXCEPTION", /shell: nothing is selected/);
      assertPartforgeError(() => box.vertices("%CIRCLE").hole(1), "SCRIPT_EXCEPTION", /nothing is selected: vertices\("%CIRCLE"\)/);
      assertPartforgeError(() => box.faces("%CYLINDER").extrude(1), "SCRIPT_EXCEPTION", /extrude: nothing is selected/);
    }));

  it("carries the empty-selection message to the script's line", async () => {
    const error = await buildError(`base.faces("%SPHERE").workplane().hole(2)`);
    assert.equal(error.code, "SCRIPT_EXCEPTION");
    assert.match(error.message, /faces\("%SPHERE"\) matched none/);
    assert.equal(error.location?.line, 5);
  });

  it("still selects nothing without complaint when no operation needs the selection", () =>
    withScope(() => {
      assert.equal(Workplane().box(1, 1, 1).edges("%CIRCLE").size(), 0);
    }));
});
