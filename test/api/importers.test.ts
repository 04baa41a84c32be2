/**
 * importers.importDXF: a DXF drawing's text becomes faces on XY, per layer, as CadQuery's
 * importers/dxf.py makes them. The V-slot profile of CadQuery's door assembly is checked against
 * FreeCAD's build of the same outline (test/conformance/native/assy-door.py's profile_face);
 * the synthetic drawing's areas are closed forms.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, describe, it } from "node:test";
import { importers, isShape, MAX_DXF_ENTITIES } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertClose, assertPartforgeError } from "../helpers/geometry.ts";

const VSLOT = readFileSync(new URL("../conformance/programs/vslot-2020_1.dxf", import.meta.url), "utf8");

const pairs = (...codes: (string | number)[]) => codes.map((c) => String(c)).join("\n");
/** A closed LWPOLYLINE stadium 4 × 2 with half-circle ends (bulge 1) and a circle hole of radius 0.5, on layer "outline"; a circle of radius 1 on layer "other". */
const DRAWING = pairs(
  0, "SECTION", 2, "ENTITIES",
  0, "LWPOLYLINE", 8, "outline", 90, 4, 70, 1,
  10, 0, 20, 0, 42, 0,
  10, 4, 20, 0, 42, 1,
  10, 4, 20, 2, 42, 0,
  10, 0, 20, 2, 42, 1,
  0, "CIRCLE", 8, "outline", 10, 2, 20, 1, 40, 0.5,
  0, "ARC", 8, "other", 10, 10, 20, 10, 40, 1, 50, 0, 51, 180,
  0, "LINE", 8, "other", 10, 9, 20, 10, 11, 11, 21, 10,
  0, "ENDSEC", 0, "EOF",
) + "\n";

const totalArea = (wp: ReturnType<typeof importers.importDXF>) =>
  wp.vals().reduce((sum, item) => sum + (isShape(item) ? item.Area() : 0), 0);

describe("importers.importDXF", () => {
  before(async () => {
    await loadKernel();
  });

  it("imports CadQuery's V-slot profile as FreeCAD builds it: one face, an outer and an inner wire", () =>
    withScope(() => {
      const profile = importers.importDXF(VSLOT);
      assert.equal(profile.size(), 1);
      assert.equal(profile.wires().size(), 2);
      const prism = profile.wires().toPending().extrude(10).val();
      assert.ok(isShape(prism));
      assertClose(prism.Volume(), 1625.2608321061712, 1e-9);
      assert.equal(prism.Faces().length, 51);
    }));

  it("turns polyline bulges into arcs, circles into holes, and keeps layers apart", () =>
    withScope(() => {
      const all = importers.importDXF(DRAWING);
      // The stadium with its hole, and the half disc (an arc closed by a line).
      assert.equal(all.size(), 2);
      assertClose(totalArea(all), 8 + Math.PI - Math.PI / 4 + Math.PI / 2, 1e-9);
      assertClose(totalArea(importers.importDXF(DRAWING, { include: ["OUTLINE"] })), 8 + Math.PI - Math.PI / 4, 1e-9);
      assertClose(totalArea(importers.importDXF(DRAWING, { exclude: ["outline"] })), Math.PI / 2, 1e-9);
    }));

  it("refuses a file name, both include and exclude, no selected layer, unknown options and text that is not DXF", () =>
    withScope(() => {
      assertPartforgeError(() => importers.importDXF("vslot-2020_1.dxf"), "NOT_SUPPORTED", /scripts cannot read files .*pass the DXF file's text/);
      assertPartforgeError(() => importers.importDXF(DRAWING, { include: ["a"], exclude: ["b"] }), "SCRIPT_EXCEPTION", /either 'include' or 'exclude' but not both/);
      assertPartforgeError(() => importers.importDXF(DRAWING, { include: ["walls"] }), "SCRIPT_EXCEPTION", /no DXF layers selected; the drawing's layers are outline, other/);
      assertPartforgeError(() => importers.importDXF(DRAWING, { tolerance: 1 } as never), "SCRIPT_EXCEPTION", /tolerance/);
      assertPartforgeError(() => importers.importDXF(DRAWING, { tol: -1 }), "SCRIPT_EXCEPTION", /tol must be a positive number/);
      assertPartforgeError(() => importers.importDXF(42 as never), "SCRIPT_EXCEPTION", /expected the DXF file's text as a string/);
      assertPartforgeError(() => importers.importDXF("hello\nworld\n"), "SCRIPT_EXCEPTION", /(no DXF entities|not a DXF drawing)/);
      assert.ok(MAX_DXF_ENTITIES >= 1000);
      const many = pairs(0, "SECTION", 2, "ENTITIES", ...Array.from({ length: MAX_DXF_ENTITIES + 1 }, () => [0, "LINE", 8, "0", 10, 0, 20, 0, 11, 1, 21, 0]).flat(), 0, "ENDSEC", 0, "EOF") + "\n";
      assertPartforgeError(() => importers.importDXF(many), "SCRIPT_EXCEPTION", /at most 5000 are imported/);
    }));
});
