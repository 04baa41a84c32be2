import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Workplane, type Shape } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertClose, assertGeometry, assertPartforgeError, assertTripleClose, solidOf } from "../helpers/geometry.ts";

const PI = Math.PI;
const BOX = [[-5, -5, -5], [5, 5, 5]] as [[number, number, number], [number, number, number]];

/** The cube every hole test drills into, its top face selected as the workplane. */
const cubeTop = () => Workplane().box(10, 10, 10).faces(">Z").workplane();

function cylindricalFaces(shape: Shape): Shape[] {
  return shape.Faces().filter((face) => face.geomType === "CYLINDER");
}

describe("holes and cuts", () => {
  before(async () => {
    await loadKernel();
  });

  describe("hole", () => {
    it("goes through all of the solid by default", () =>
      withScope(() => {
        assertGeometry(cubeTop().hole(2), {
          volume: 1000 - 10 * PI, // 10³ − π·1²·10
          bbox: BOX,
          faces: 7,
          edges: 15, // 12 + two circles + the seam
          vertices: 10,
        });
      }));

    it("stops at depth, leaving a flat bottom", () =>
      withScope(() => {
        assertGeometry(cubeTop().hole(2, 4), { volume: 1000 - 4 * PI, bbox: BOX, faces: 8 }); // 10³ − π·1²·4
      }));

    it("is drilled at every stack point", () =>
      withScope(() => {
        const part = cubeTop().pushPoints([[2, 2], [-2, -2]]).hole(1);
        assertGeometry(part, { volume: 1000 - 5 * PI, bbox: BOX, faces: 8 }); // 10³ − 2·π·0.5²·10
        const centres = cylindricalFaces(solidOf(part)).map((face) => face.Center().toTuple());
        assert.equal(centres.length, 2);
        centres.sort((a, b) => a[0] - b[0]);
        assertTripleClose(centres[0]!, [-2, -2, 0]);
        assertTripleClose(centres[1]!, [2, 2, 0]);
      }));

    it("lands where CadQuery puts it on the top face of an off-centre box (ProjectedOrigin)", () =>
      withScope(() => {
        // box x ∈ [0, 10], y ∈ [−5, 5], z ∈ [0, 10]: the global origin projects to (0, 0, 10), on the
        // box's edge, so only half of the bore is in the material: 10³ − π·1²·10 / 2
        const top = Workplane().box(10, 10, 10, { centered: [false, true, false] }).faces(">Z").workplane();
        assertTripleClose(top.plane.origin.toTuple(), [0, 0, 10]);
        assertGeometry(top.hole(2), { volume: 1000 - 5 * PI, bbox: [[0, -5, 0], [10, 5, 10]] });
      }));

    it("goes to the face centre with centerOption CenterOfMass", () =>
      withScope(() => {
        const top = Workplane().box(10, 10, 10, { centered: [false, true, false] }).faces(">Z").workplane({ centerOption: "CenterOfMass" });
        assertTripleClose(top.plane.origin.toTuple(), [5, 0, 10]);
        const part = top.hole(2);
        assertGeometry(part, { volume: 1000 - 10 * PI, faces: 7 });
        assertTripleClose(cylindricalFaces(solidOf(part))[0]!.Center().toTuple(), [5, 0, 5]);
      }));

    it("drills up from the bottom face, whose local y is world −y", () =>
      withScope(() => {
        // on <Z: normal −z, x stays world x, so local y = (−z) × x = −y; local (2, 3) is world (2, −3)
        const part = Workplane().box(10, 10, 10).faces("<Z").workplane().pushPoints([[2, 3]]).hole(1, 2);
        assertGeometry(part, { volume: 1000 - 0.5 * PI, bbox: BOX, faces: 8 }); // π·0.5²·2
        assertTripleClose(cylindricalFaces(solidOf(part))[0]!.Center().toTuple(), [2, -3, -4]);
      }));

    it("drills at the corners of a construction rect, the classic CadQuery mounting pattern", () =>
      withScope(() => {
        const part = Workplane().box(20, 30, 5).faces(">Z").workplane().rect(14, 24, { forConstruction: true }).vertices().hole(3);
        // 20·30·5 − 4·π·1.5²·5
        assertGeometry(part, { volume: 3000 - 45 * PI, bbox: [[-10, -15, -2.5], [10, 15, 2.5]], faces: 10 });
        const centres = cylindricalFaces(solidOf(part)).map((face) => face.Center().toTuple().map(Math.abs));
        for (const centre of centres) assertTripleClose(centre, [7, 12, 0]);
      }));

    it("drills a rarray of holes into one solid", () =>
      withScope(() => {
        const part = Workplane().box(30, 20, 5).faces(">Z").workplane().rarray(10, 10, 3, 2).hole(2);
        // 30·20·5 − 6·π·1²·5
        assertGeometry(part, { volume: 3000 - 30 * PI, bbox: [[-15, -10, -2.5], [15, 10, 2.5]], faces: 12, solids: 1 });
      }));

    it("needs a solid and a positive diameter and depth", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().hole(2), "SCRIPT_EXCEPTION", /hole: there is no solid to work on/);
        assertPartforgeError(() => cubeTop().hole(0), "SCRIPT_EXCEPTION", /hole: diameter must be greater than 0/);
        assertPartforgeError(() => cubeTop().hole(1, -1), "SCRIPT_EXCEPTION", /hole: depth must be greater than 0/);
      }));
  });

  describe("cboreHole and cskHole", () => {
    const plateTop = () => Workplane().box(20, 20, 10).faces(">Z").workplane();

    it("counterbores through all", () =>
      withScope(() => {
        // 20·20·10 − π·2²·10 − π·(4² − 2²)·3
        assertGeometry(plateTop().cboreHole(4, 8, 3), { volume: 4000 - 76 * PI, bbox: [[-10, -10, -5], [10, 10, 5]], faces: 9 });
      }));

    it("counterbores to a depth", () =>
      withScope(() => {
        // 4000 − π·2²·6 − π·(4² − 2²)·3
        assertGeometry(plateTop().cboreHole(4, 8, 3, 6), { volume: 4000 - 60 * PI, faces: 10 });
      }));

    it("countersinks at 90°", () =>
      withScope(() => {
        // cone of radius 4 at the surface, 45° half angle: the frustum from r 4 to r 2 is 2 deep,
        // π·2/3·(4² + 4·2 + 2²) = 56π/3, of which the bore holds π·2²·2 = 24π/3 → 32π/3 more
        assertGeometry(plateTop().cskHole(4, 8, 90), { volume: 4000 - 40 * PI - (32 * PI) / 3, bbox: [[-10, -10, -5], [10, 10, 5]], faces: 8 });
      }));

    it("countersinks at 82° by default", () =>
      withScope(() => {
        // frustum depth h = (4 − 2)/tan 41°; extra volume π·h/3·(16 + 8 + 4) − π·4·h = 16πh/3
        const h = 2 / Math.tan((41 * PI) / 180);
        assertGeometry(plateTop().cskHole(4, 8), { volume: 4000 - 40 * PI - (16 * PI * h) / 3, faces: 8 });
      }));

    it("countersinks to a depth", () =>
      withScope(() => {
        // bore π·2²·5 and the same 90° cone extra 32π/3
        assertGeometry(plateTop().cskHole(4, 8, 90, 5), { volume: 4000 - 20 * PI - (32 * PI) / 3, faces: 9 });
      }));

    it("rejects a counterbore or countersink no wider than the hole", () =>
      withScope(() => {
        assertPartforgeError(() => plateTop().cboreHole(4, 4, 1), "SCRIPT_EXCEPTION", /cboreDiameter \(4\) must be larger than diameter \(4\)/);
        assertPartforgeError(() => plateTop().cskHole(4, 3), "SCRIPT_EXCEPTION", /cskDiameter \(3\) must be larger/);
        assertPartforgeError(() => plateTop().cskHole(4, 8, 180), "SCRIPT_EXCEPTION", /cskAngle must be less than 180/);
      }));
  });

  describe("cutBlind", () => {
    it("goes into the material from a top face with a negative depth", () =>
      withScope(() => {
        // 10³ − 4·4·2
        assertGeometry(cubeTop().rect(4, 4).cutBlind(-2), { volume: 968, bbox: BOX, faces: 11 });
      }));

    it("cuts nothing with a positive depth from a top face (it points out of the material)", () =>
      withScope(() => {
        assertGeometry(cubeTop().rect(4, 4).cutBlind(2), { volume: 1000, bbox: BOX, faces: 6 });
      }));

    it("cuts both ways with both: true", () =>
      withScope(() => {
        // tool z ∈ [3, 7]: removes 2·2·2 below the top face
        assertGeometry(cubeTop().rect(2, 2).cutBlind(2, { both: true }), { volume: 992, bbox: BOX, faces: 11 });
      }));

    it("cuts a pocket at every stack point", () =>
      withScope(() => {
        assertGeometry(cubeTop().rarray(5, 5, 2, 2).rect(2, 2).cutBlind(-1), { volume: 1000 - 16, bbox: BOX, faces: 26 }); // 4·2·2·1
      }));

    it("needs a solid", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().rect(1, 1).cutBlind(-1), "SCRIPT_EXCEPTION", /cutBlind: there is no solid to work on/);
      }));
  });

  describe("cutThruAll", () => {
    it("cuts both ways from a workplane in the middle of the solid", () =>
      withScope(() => {
        // plane at z = 0: a one-way cut would only remove half; 10³ − 2·2·10
        assertGeometry(cubeTop().workplane({ offset: -5 }).rect(2, 2).cutThruAll(), { volume: 960, bbox: BOX, faces: 10 });
      }));

    it("cuts through from a workplane above the solid", () =>
      withScope(() => {
        assertGeometry(cubeTop().workplane({ offset: 3 }).rect(2, 2).cutThruAll(), { volume: 960, bbox: BOX, faces: 10 });
      }));

    it("cuts sideways from a side face", () =>
      withScope(() => {
        const part = Workplane().box(10, 10, 10).faces(">X").workplane().circle(1).cutThruAll();
        assertGeometry(part, { volume: 1000 - 10 * PI, bbox: BOX, faces: 7 });
        const bore = cylindricalFaces(solidOf(part))[0]!;
        assertClose(bore.BoundingBox().xlen, 10, 1e-6, "the bore runs along x");
      }));

    it("needs a solid", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().rect(1, 1).cutThruAll(), "SCRIPT_EXCEPTION", /cutThruAll: there is no solid to work on/);
      }));
  });
});
