/**
 * Ports of CadQuery's text tests in tests/test_cadquery.py. CadQuery's "Sans" resolves to a
 * system font; here every unknown family is the bundled DejaVu Sans, and `fontPath` (reading a
 * font file) is refused with NOT_SUPPORTED.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Workplane } from "../../../src/api/index.ts";
import { withScope } from "../../../src/kernel/index.ts";
import { assertPartforgeError } from "../../helpers/geometry.ts";
import { assertAlmostEqual, valOf, withKernelLoaded } from "./helpers.ts";

describe("CadQuery tests/test_cadquery.py, text", () => {
  withKernelLoaded();

  // test_cadquery.py::testText
  it("testText: engraved and embossed text, five letters kept apart, int sizes", () =>
    withScope(() => {
      const box = Workplane("XY").box(4, 4, 0.5);
      const engraved = box.faces(">Z").workplane().text("CQ 2.0", 0.5, -0.05, { halign: "left", valign: "bottom", font: "Sans" });
      assert.ok(valOf(box).Volume() > valOf(engraved).Volume());
      const embossed = box.faces(">Z").workplane().text("CQ 2.0", 0.5, 0.05, { combine: true, font: "Sans" });
      assert.ok(valOf(box).Volume() < valOf(embossed).Volume());
      assert.equal(embossed.faces(">Z").vals().length, 5);
      const apart = box.faces(">Z").workplane().text("CQ 2.0", 0.5, 0.05, { combine: false, halign: "right", valign: "top", font: "Sans" });
      assert.equal(apart.solids().vals().length, 5);
      assertPartforgeError(() => box.faces(">Z").workplane().text("CQ 2.0", 0.5, 0.05, { fontPath: "OpenSans-Regular.ttf", combine: false }), "NOT_SUPPORTED", /fontPath "OpenSans-Regular.ttf" is not a bundled font/);
      const big = box.faces(">Z").workplane().text("CQ 2.0", 10, -1, { halign: "left", valign: "bottom", font: "Sans" });
      assert.ok(valOf(big).isValid());
    }));

  // test_cadquery.py::testTextAlignment
  it("testTextAlignment: left/bottom, centre and right/top", () =>
    withScope(() => {
      const lb = valOf(Workplane().text("I", 10, 0, { halign: "left", valign: "bottom" })).BoundingBox();
      assert.ok(lb.xmin >= 0 && lb.ymin >= -1e-9, `${lb.xmin}, ${lb.ymin}`);
      const c = valOf(Workplane().text("I", 10, 0, { halign: "center", valign: "center" })).BoundingBox();
      assertAlmostEqual(c.center.x, 0, 0);
      assertAlmostEqual(c.center.y, 0, 0);
      const rt = valOf(Workplane().text("I", 10, 0, { halign: "right", valign: "top" })).BoundingBox();
      assert.ok(rt.xmax <= 0 && rt.ymax <= 1e-9, `${rt.xmax}, ${rt.ymax}`);
    }));
});
