/**
 * `>Z`, `<Z` and the other end-group selectors on real shapes measure the centres of the objects
 * whose boxes reach the end only (src/api/selectors/endGroup.ts). Checked here against the kernel:
 * every box holds its shape's centre, and the selection is the one made from every centre.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Compound, Workplane, isShape, type Shape } from "../../src/api/index.ts";
import { CENTER_BOUNDS, compileSelector, type Selectable } from "../../src/api/selectors/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";

/** Solids with planar, cylindrical, conical, spherical, spline, lofted, revolved, filleted and chamfered faces, one far off the origin. */
function solids(): Shape[] {
  const brick = Workplane("XY").box(47.8, 15.8, 3.2).faces("<Z").shell(-1.5)
    .faces(">Z").workplane().rarray(8, 8, 6, 2, true).circle(2.4).extrude(1.8);
  const lofted = Workplane("XY").rect(4, 3).workplane({ offset: 5 }).circle(1.5).loft();
  const splined = Workplane("XY").spline([[0, 0], [3, 2], [6, -1], [9, 1]]).lineTo(9, -4).lineTo(0, -4).close().extrude(2);
  const revolved = Workplane("XZ").moveTo(5, 0).lineTo(8, 0).lineTo(6, 4).close().revolve(270, [0, 0, 0], [0, 1, 0]);
  const round = Workplane("XY").sphere(3).union(Workplane("XY").cylinder(8, 1.2)).translate([1e4, -2e3, 7]);
  const rounded = Workplane("XY").box(6, 6, 2).edges("|Z").fillet(1).faces(">Z").edges().chamfer(0.3);
  return [brick, lofted, splined, revolved, round, rounded].map((wp) => {
    const shape = wp.val();
    assert.ok(isShape(shape));
    return shape;
  });
}

/** The same objects without their boxes: the selection every centre decides. */
function unbounded(objects: readonly Shape[]): Selectable[] {
  return objects.map((object) => ({
    kind: object.kind,
    geomType: object.geomType,
    center: () => object.center(),
    normal: () => object.normal(),
    direction: () => object.direction(),
  }));
}

const SELECTORS = [">X", "<X", ">Y", "<Y", ">Z", "<Z", ">(1, 1, 1)", "<(1, -2, 0.5)", ">>Z[-1]", "<<Z[0]", ">>X[0]", "<<Y[-1]", ">>Z[1]", ">Z[-1]"];

describe("end-group selectors from boxes around the shapes", () => {
  before(async () => {
    await loadKernel();
  });

  it("every face's, edge's, wire's and solid's box holds its centre of mass", () =>
    withScope(() => {
      for (const solid of solids()) {
        for (const object of [...solid.Faces(), ...solid.Edges(), ...solid.Wires(), solid]) {
          const box = object[CENTER_BOUNDS]();
          assert.ok(box !== undefined, `a ${object.kind} without a box`);
          const centre = object.center();
          for (let axis = 0; axis < 3; axis++) {
            assert.ok(box.min[axis]! <= centre[axis]! && centre[axis]! <= box.max[axis]!, `a ${object.geomType} ${object.kind}'s centre ${centre} outside its box ${JSON.stringify(box)}`);
          }
        }
      }
    }));

  it("selects what every centre selects, member for member and in order", () =>
    withScope(() => {
      for (const solid of solids()) {
        for (const objects of [solid.Faces(), solid.Edges(), solid.Wires()] as Shape[][]) {
          for (const text of SELECTORS) {
            const selector = compileSelector(text);
            const plain = unbounded(objects);
            let expected: number[] | string;
            try {
              expected = selector.filter(plain).map((object) => plain.indexOf(object));
            } catch (error) {
              expected = (error as Error).message;
            }
            let actual: number[] | string;
            try {
              actual = selector.filter(objects).map((object) => objects.indexOf(object));
            } catch (error) {
              actual = (error as Error).message;
            }
            assert.deepEqual(actual, expected, `${text} on ${objects.length} ${objects[0]!.kind}s`);
          }
        }
      }
    }));

  it("leaves a vertex's and a compound's centre to be measured (a compound may hold nothing its centre is measured by: it must fail as it did)", () =>
    withScope(() => {
      const box = Workplane().box(1, 1, 1).val() as Shape;
      assert.equal(box.Vertices()[0]![CENTER_BOUNDS](), undefined);
      const compound = Compound.makeCompound(box.Faces());
      assert.equal(compound[CENTER_BOUNDS](), undefined);
    }));
});
