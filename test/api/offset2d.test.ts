/**
 * offset2D as CadQuery's Wire.offset2D: the three join kinds, an open wire offset to a closed
 * outline around it, and a circle offset inwards. Areas are closed forms, or FreeCAD's
 * (OCCT 7.6.3) `makeOffset2D` of the same wire where noted.
 */
import { before, describe, it } from "node:test";
import { Workplane, isShape } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertClose, assertPartforgeError } from "../helpers/geometry.ts";

const areaOf = (wp: ReturnType<typeof Workplane>) => {
  const solid = wp.extrude(1).val();
  if (!isShape(solid)) throw new Error("no solid");
  return solid.Volume();
};

describe("offset2D", () => {
  before(async () => {
    await loadKernel();
  });

  it("joins corners with arcs, by intersection or by tangent lines", () =>
    withScope(() => {
      const square = () => Workplane().rect(2, 2);
      assertClose(areaOf(square().offset2D(0.5)), 4 + 4 * 2 * 0.5 + Math.PI * 0.25, 1e-9);
      assertClose(areaOf(square().offset2D(0.5, "intersection")), 9, 1e-9);
      assertClose(areaOf(square().offset2D(0.5, { kind: "tangent" })), 9, 1e-9);
      assertClose(areaOf(square().offset2D(-0.5)), 1, 1e-9);
    }));

  it("offsets an open wire to a closed outline around it, as OCCT does for CadQuery", () =>
    withScope(() => {
      // FreeCAD: Part.makePolygon([(0,0,0), (2,0,0), (2,2,0)]).makeOffset2D(0.5) → face area 4.7317477042468115.
      assertClose(areaOf(Workplane().polyline([[0, 0], [2, 0], [2, 2]]).offset2D(0.5)), 4.7317477042468115, 1e-9);
      assertPartforgeError(() => Workplane().lineTo(2, 0).offset2D(0.5), "GEOMETRY", /open wire must span a plane/);
    }));

  it("offsets a circle inwards (OCCT cannot offset a lone full circle inwards; its halves can)", () =>
    withScope(() => {
      assertClose(areaOf(Workplane().circle(1).offset2D(-0.25)), Math.PI * 0.75 ** 2, 1e-9);
      assertClose(areaOf(Workplane().circle(1).offset2D(0.5)), Math.PI * 1.5 ** 2, 1e-9);
    }));

  it("leaves nothing when an inward offset closes the outline, and refuses an unknown kind", () =>
    withScope(() => {
      assertPartforgeError(() => Workplane().rect(2, 2).offset2D(-1.5).extrude(1), "SCRIPT_EXCEPTION", /nothing to sweep/);
      assertPartforgeError(() => Workplane().rect(2, 2).offset2D(0.5, "round" as never), "SCRIPT_EXCEPTION", /kind/);
    }));
});
