/**
 * extrude/cutBlind up to "next", "last" or a face, and cutThruAll (with taper), as CadQuery 2.5:
 * BRepFeat_MakeDPrism features on the solid in context. Volumes are closed forms of slabs and
 * pillars (three 10 × 10 × 1 slabs at z = 0, 5 and 8.5, bottoms at -0.5, 4.5 and 8).
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Workplane, isShape, type Shape, type StackItem } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertClose, assertPartforgeError } from "../helpers/geometry.ts";

function shapeOf(item: StackItem): Shape {
  assert.ok(isShape(item), "expected a shape");
  return item;
}

/** Three 10 × 10 × 1 slabs, centred on z = 0, 5 and 8.5: 300 of volume. */
const slabs = () =>
  Workplane()
    .box(10, 10, 1)
    .union(Workplane({ origin: [0, 0, 5] }).box(10, 10, 1))
    .union(Workplane({ origin: [0, 0, 8.5] }).box(10, 10, 1));

const volume = (wp: { val(): StackItem }) => shapeOf(wp.val()).Volume();

describe("extruding and cutting up to a face", () => {
  before(async () => {
    await loadKernel();
  });

  it("extrudes up to the next and the last face along the normal", () =>
    withScope(() => {
      // A 2 × 2 outline at z = 2, between the first two slabs.
      const between = () => slabs().faces("<Z").workplane({ invert: true, offset: 2.5 }).rect(2, 2);
      assertClose(volume(between().extrude("next")), 300 + 4 * 2.5, 1e-9);
      assertClose(volume(between().extrude("last")), 300 + 4 * 2.5 + 4 * 2.5, 1e-9);
      // The pillar joins the upper two slabs; the lowest stays apart.
      assert.equal(shapeOf(between().extrude("last").val()).Solids().length, 2);
    }));

  it("goes on to the second face when the outline starts on the solid, as CadQuery's 'next' does", () =>
    withScope(() => {
      // From the first slab's top (the outline's centre lies on the solid): past the second slab's bottom to its top.
      const fromTop = slabs().faces(">Z[0]").workplane().rect(2, 2).extrude("next");
      assertClose(volume(fromTop), 300 + 4 * 4, 1e-9);
    }));

  it("extrudes both ways up to the next face each way", () =>
    withScope(() => {
      const middle = slabs().faces("<Z").workplane({ invert: true, offset: 6.75 }).rect(2, 2).extrude("next", { both: true });
      assertClose(volume(middle), 300 + 4 * 1.25 * 2, 1e-9);
    }));

  it("cuts down to the next or the last face, or to a given face", () =>
    withScope(() => {
      const top = () => slabs().faces(">Z").workplane().rect(2, 2);
      assertClose(volume(top().cutBlind("next")), 300 - 4, 1e-9);
      assertClose(volume(top().cutBlind("last")), 300 - 12, 1e-9);
      const middleTop = shapeOf(slabs().faces(">Z[1]").val());
      assertClose(volume(top().cutBlind(middleTop)), 300 - 4 - 4 * 3 / 3, 1e-9);
      assertClose(volume(top().extrude("next", { combine: "s" })), 300 - 4, 1e-9);
    }));

  it("extrudes up to a face that is not part of the solid (its surface limits the prism)", () =>
    withScope(() => {
      const ceiling = shapeOf(Workplane({ origin: [0, 0, 20] }).box(30, 30, 1).faces("<Z").val());
      const pillar = Workplane().box(10, 10, 1).faces(">Z").workplane().rect(2, 2).extrude(ceiling);
      assertClose(volume(pillar), 100 + 4 * 19, 1e-9);
    }));

  it("cuts through everything with cutThruAll, its sides leaning by taper degrees", () =>
    withScope(() => {
      const plate = () => Workplane().box(10, 10, 2).faces(">Z").workplane().circle(1);
      assertClose(volume(plate().cutThruAll()), 200 - 2 * Math.PI, 1e-9);
      // A cone frustum: radius 1 at the top face, narrowing by 2 tan(5°) through the plate.
      const tapered = volume(plate().cutThruAll({ taper: 5 }));
      const r2 = 1 - 2 * Math.tan((5 * Math.PI) / 180);
      const frustum = (Math.PI * 2 * (1 + r2 + r2 * r2)) / 3;
      assertClose(tapered, 200 - frustum, 1e-6);
      // From a workplane above or inside the plate: the straight hole goes all through, the tapered
      // one is the part of the cone (through the outline, narrowing along -Z) inside the plate.
      const t = Math.tan((5 * Math.PI) / 180);
      for (const offset of [3, -1]) {
        const from = () => Workplane().box(10, 10, 2).faces(">Z").workplane({ offset }).circle(1);
        assertClose(volume(from().cutThruAll()), 200 - 2 * Math.PI, 1e-9);
        const [top, bottom] = [1 - offset * t, 1 - (offset + 2) * t];
        assertClose(volume(from().cutThruAll({ taper: 5 })), 200 - (Math.PI * 2 * (top * top + top * bottom + bottom * bottom)) / 3, 1e-9);
      }
    }));

  it("refuses combine=False, a missing solid, a shape that is not a face, both with a face, and a line that meets no face", () =>
    withScope(() => {
      const outline = () => slabs().faces(">Z").workplane().rect(2, 2);
      assertPartforgeError(() => outline().extrude("next", { combine: false }), "SCRIPT_EXCEPTION", /combine can't be False when extruding until a face/);
      assertPartforgeError(() => Workplane().rect(2, 2).extrude("next"), "SCRIPT_EXCEPTION", /extrude: there is no solid to work on/);
      assertPartforgeError(() => Workplane().rect(2, 2).cutBlind("last"), "SCRIPT_EXCEPTION", /cutBlind: there is no solid to work on/);
      const edge = slabs().edges().val() as Shape;
      assertPartforgeError(() => outline().extrude(edge), "SCRIPT_EXCEPTION", /until must be a distance, "next", "last" or a Face; got a edge/);
      const face = slabs().faces("<Z").val() as Shape;
      assertPartforgeError(() => outline().cutBlind(face, { both: true }), "SCRIPT_EXCEPTION", /both=True needs until="next" or "last"/);
      const aside = slabs().faces(">Z").workplane().center(20, 0).rect(2, 2);
      assertPartforgeError(() => aside.extrude("next"), "SCRIPT_EXCEPTION", /found no face to extrude or cut to/);
      assertPartforgeError(() => outline().cutThruAll({ taper: Number.NaN }), "SCRIPT_EXCEPTION", /taper/);
    }));
});
