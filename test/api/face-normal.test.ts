/**
 * `Face.normalAt()`: without a point, CadQuery evaluates the normal at the middle of the face's
 * (u, v) bounds; with a point, where it projects onto the surface; with `u, v`, there. The middle
 * of the bounds is a point of every face, where the centre of mass of a full cylinder, sphere,
 * cone or torus face is not (it lies on the axis), so those faces need no projection at all.
 * Expected normals are worked out by hand from OCCT's parametrisations (u = 0 on +X for a frame
 * about Z) and respect the face's orientation (outward on a solid).
 */
import { before, describe, it } from "node:test";
import { Solid, Vector, Workplane, type Face } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertPartforgeError, assertTripleClose } from "../helpers/geometry.ts";

const HALF = Math.SQRT1_2;
const curvedFace = (solid: Solid, kind: string) => solid.Faces().find((face) => face.geomType === kind) as Face;

describe("Face.normalAt", () => {
  before(async () => {
    await loadKernel();
  });

  it("gives a full cylinder's side the unit radial normal at the middle of its (u, v) bounds", () =>
    withScope(() => {
      const side = Workplane("XY").cylinder(10, 5).faces("not %PLANE").val() as Face;
      assertTripleClose(side.normalAt().toTuple(), [-1, 0, 0], 1e-12);
      const extruded = Workplane("XY").circle(5).extrude(10).faces("not %PLANE").val() as Face;
      assertTripleClose(extruded.normalAt().toTuple(), [-1, 0, 0], 1e-12);
    }));

  it("points a hole's cylinder out of the material, towards its axis", () =>
    withScope(() => {
      const bore = Workplane().box(10, 10, 10).faces(">Z").workplane().hole(4).faces("%CYLINDER").val() as Face;
      // CadQuery's bore axis: gp_Ax2 at the origin along -z picks x = (-1, 0, 0), so the middle of u is
      // the side at +x, whose normal points back to the axis.
      assertTripleClose(bore.normalAt().toTuple(), [-1, 0, 0], 1e-12);
    }));

  it("gives spheres, cones and tori their normal at the middle of the bounds", () =>
    withScope(() => {
      const sphere = Workplane("XY").sphere(3).faces().val() as Face;
      assertTripleClose(sphere.normalAt().toTuple(), [-1, 0, 0], 1e-12, "full sphere (u = π, v = 0)");
      // Solid.makeSphere spans latitudes 0…90° as CadQuery's does: the middle is at 45°, not at the pole.
      assertTripleClose(curvedFace(Solid.makeSphere(3), "SPHERE").normalAt().toTuple(), [-HALF, 0, HALF], 1e-12, "hemisphere");
      assertTripleClose(curvedFace(Solid.makeCone(2, 0, 2), "CONE").normalAt().toTuple(), [-HALF, 0, HALF], 1e-12, "45° cone");
      assertTripleClose(curvedFace(Solid.makeTorus(5, 1), "TORUS").normalAt().toTuple(), [1, 0, 0], 1e-12, "torus, inner side at u = v = π");
    }));

  it("keeps planar and spline faces' normals", () =>
    withScope(() => {
      assertTripleClose((Workplane().box(2, 2, 2).faces("<Z").val() as Face).normalAt().toTuple(), [0, 0, -1], 1e-12);
      const holed = Workplane().rect(4, 4).circle(1.5).extrude(1).faces(">Z").val() as Face;
      assertTripleClose(holed.normalAt().toTuple(), [0, 0, 1], 1e-12, "a plane whose centre is in its hole");
      const quarter = Workplane().parametricSurface((u, v) => [3 * Math.cos((Math.PI / 2) * u), 3 * Math.sin((Math.PI / 2) * u), 3 * v], { N: 30, tol: 1e-4 });
      assertTripleClose((quarter.val() as Face).normalAt().toTuple(), [HALF, HALF, 0], 1e-6, "a B-spline quarter cylinder at 45°");
    }));

  it("projects a given point onto the surface, and names a point that projects nowhere", () =>
    withScope(() => {
      const side = Workplane("XY").cylinder(10, 5).faces("not %PLANE").val() as Face;
      assertTripleClose(side.normalAt(new Vector(0, 5, 1)).toTuple(), [0, 1, 0], 1e-12);
      assertTripleClose(side.normalAt(new Vector(3, 4, 0)).toTuple(), [0.6, 0.8, 0], 1e-12);
      assertPartforgeError(() => side.normalAt(new Vector(0, 0, 1)), "GEOMETRY", /does not project onto the face/);
    }));

  it("evaluates at given (u, v), and refuses a point where the surface has no normal", () =>
    withScope(() => {
      const sphere = Workplane("XY").sphere(3).faces().val() as Face;
      assertTripleClose(sphere.normalAt(Math.PI / 2, 0).toTuple(), [0, 1, 0], 1e-12);
      assertPartforgeError(() => sphere.normalAt(0, Math.PI / 2), "GEOMETRY", /no normal/);
    }));
});
