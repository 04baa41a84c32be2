/**
 * Ports of CadQuery 2.5's tests/test_cadquery.py testExtrudeUntilFace and testCutBlindUntilFace:
 * extrude/cutBlind up to "next", "last" or a face. Expected counts and numbers are CadQuery's.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Workplane, type Shape } from "../../../src/api/index.ts";
import { withScope } from "../../../src/kernel/index.ts";
import { assertPartforgeError } from "../../helpers/geometry.ts";
import { assertAlmostEqual, valOf, withKernelLoaded } from "./helpers.ts";

describe("CadQuery tests/test_cadquery.py, extruding and cutting up to a face", () => {
  withKernelLoaded();

  // test_cadquery.py::testExtrudeUntilFace
  it("testExtrudeUntilFace: next, both, taper, several wires, last, an arbitrary face, and the errors", () =>
    withScope(() => {
      let wp_ref = Workplane("XY").box(10, 10, 10).center(20, 0).box(10, 10, 10);
      const wp_ref_extrude = wp_ref.faces(">X[1]").workplane().rect(1, 1).extrude(10);
      const nb_faces = Workplane("XY").box(10, 10, 10).center(20, 0).box(10, 10, 10).faces().size();
      let wp = wp_ref.faces(">X[1]").workplane().rect(1, 1).extrude("next");
      assertAlmostEqual(valOf(wp_ref_extrude).Volume(), valOf(wp).Volume());
      assert.equal(wp.faces().size() - nb_faces, 4);

      wp = wp_ref.faces(">X[1]").workplane({ centerOption: "CenterOfMass", offset: 5 }).polygon(5, 3).extrude("next", { both: true });
      const wp_both_volume = valOf(wp).Volume();
      assert.ok(valOf(wp).isValid());

      wp = wp_ref.faces(">X[1]").workplane({ centerOption: "CenterOfMass" }).polygon(5, 3).extrude("next", { taper: 5 });
      assert.ok(valOf(wp).Volume() < wp_both_volume);
      assert.ok(valOf(wp).isValid());

      wp = wp_ref.faces(">X[1]").workplane({ centerOption: "CenterOfMass" }).pushPoints([[0, 0], [3, 3]]).rect(2, 3).extrude("next");
      assert.equal(wp.solids().size(), 1);
      assert.ok(valOf(wp).isValid());

      wp_ref = wp_ref.workplane().move(10, 0).box(5, 5, 5);
      wp = wp_ref.faces(">X[1]").workplane({ centerOption: "CenterOfMass" }).circle(2).extrude("last");
      assert.equal(wp.solids().size(), 1);

      assertPartforgeError(
        () => Workplane("XY").box(10, 10, 10).center(20, 0).box(10, 10, 10).faces(">X[1]").workplane().rect(1, 1).extrude("test" as never),
        "SCRIPT_EXCEPTION",
        /until must be/,
      );

      const arbitrary_face = valOf(Workplane("XZ", { origin: [0, 30, 0] }).transformed([20, 0, 0]).box(10, 10, 10).faces("<Y"));
      wp = Workplane().box(5, 5, 5).faces(">Y").workplane().circle(2).extrude({ until: arbitrary_face });
      assertAlmostEqual(valOf(wp.faces(">Y")).Area(), 13.372852288495501, 5);

      const sideways = () => Workplane().box(5, 5, 5).faces(">X").workplane({ offset: 10 }).transformed([90, 0, 0]).circle(2);
      assertPartforgeError(() => sideways().extrude({ until: "next" }), "SCRIPT_EXCEPTION", /found no face/);
      assertPartforgeError(() => sideways().extrude({ until: "next", both: true }), "SCRIPT_EXCEPTION", /found no face/);
      assertPartforgeError(() => Workplane().circle(2).extrude({ until: "next", both: true }), "SCRIPT_EXCEPTION", /no solid/);
      assertPartforgeError(() => sideways().extrude({ until: "next", combine: false }), "SCRIPT_EXCEPTION", /combine can't be False/);
      const onX = Workplane().box(5, 5, 5).faces(">X");
      const face0 = valOf(onX) as Shape;
      assertPartforgeError(() => onX.workplane({ offset: 10 }).transformed([90, 0, 0]).circle(2).extrude({ until: face0, combine: false }), "SCRIPT_EXCEPTION", /combine can't be False/);

      // "next" from inside the solid goes past its surface to the next face: an I-beam.
      const part = Workplane()
        .tag("base")
        .box(10, 1, 1, { centered: true })
        .faces(">Z")
        .workplane()
        .box(1, 1, 10, { centered: [true, true, false] })
        .faces(">Z")
        .workplane()
        .box(10, 1, 1, { centered: [true, true, false] })
        .workplaneFromTagged("base")
        .center(3, 0)
        .circle(0.4)
        .extrude("next");
      const part_section = part.faces("<Z").workplane().section(-5);
      assert.equal(part_section.faces().size(), 2);
    }));

  // test_cadquery.py::testCutBlindUntilFace
  it("testCutBlindUntilFace: last as a blind cut, last deeper than next, several wires, an arbitrary face", () =>
    withScope(() => {
      const wp_ref = Workplane("XY").box(40, 10, 2).pushPoints([[-20, 0, 5], [0, 0, 5], [20, 0, 5]]).box(10, 10, 10);
      const wp_ref_regular_cut = wp_ref.faces(">X[2]").workplane({ centerOption: "CenterOfMass" }).rect(2, 2).cutBlind(-10);
      let wp = wp_ref.faces(">X[2]").workplane({ centerOption: "CenterOfMass" }).rect(2, 2).cutBlind("last");
      assertAlmostEqual(valOf(wp_ref_regular_cut).Volume(), valOf(wp).Volume());

      const wp_last = wp_ref.faces(">X[4]").workplane({ centerOption: "CenterOfMass" }).rect(2, 2).cutBlind("last");
      const wp_next = wp_ref.faces(">X[4]").workplane({ centerOption: "CenterOfMass" }).rect(2, 2).cutBlind("next");
      assert.ok(valOf(wp_last).Volume() < valOf(wp_next).Volume());

      wp = wp_ref.faces(">X[4]").workplane({ centerOption: "CenterOfMass", offset: 0 }).rect(2.5, 2.5, { forConstruction: true }).vertices().rect(1, 1).cutBlind("last");
      assert.equal(wp.faces().size(), 50);

      assertPartforgeError(
        () => Workplane("XY").box(10, 10, 10).center(20, 0).box(10, 10, 10).faces(">X[1]").workplane().rect(1, 1).cutBlind("test" as never),
        "SCRIPT_EXCEPTION",
        /until must be/,
      );

      const arbitrary_face = valOf(Workplane("XZ", { origin: [0, 5, 0] }).transformed([20, 0, 0]).box(10, 10, 10).faces("<Y"));
      wp = Workplane().box(5, 5, 5).faces(">Y").workplane().circle(2).cutBlind({ until: arbitrary_face });
      assertAlmostEqual(valOf(wp.faces("<<Y[3]")).Area(), 13.372852288495503, 5);
    }));
});
