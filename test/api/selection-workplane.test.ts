import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Workplane, isShape, type Shape } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertClose, assertGeometry, assertPartforgeError, assertTripleClose } from "../helpers/geometry.ts";

const PI = Math.PI;
const cube = () => Workplane().box(10, 10, 10);

function shapes(items: readonly unknown[]): Shape[] {
  return items.filter(isShape);
}

/** An L-shaped plate 1 thick: (0,0) → (4,0) → (4,1) → (1,1) → (1,3) → (0,3), area 6. */
const lPlate = () => Workplane().polyline([[0, 0], [4, 0], [4, 1], [1, 1], [1, 3], [0, 3]]).close().extrude(1);

/** A 10³ cube and a 2×2×10 post at x = 20: two top faces at z = 5, of areas 100 and 4. */
const cubeAndPost = () => cube().union(Workplane().box(2, 2, 10).translate([20, 0, 0]));

describe("selection and workplane()", () => {
  before(async () => {
    await loadKernel();
  });

  describe("faces, edges, vertices, wires, shells, solids", () => {
    it("lists every sub-shape of the stack objects without a selector", () =>
      withScope(() => {
        const box = cube();
        assert.equal(box.faces().size(), 6);
        assert.equal(box.edges().size(), 12);
        assert.equal(box.vertices().size(), 8);
        assert.equal(box.wires().size(), 6);
        assert.equal(box.shells().size(), 1);
        assert.equal(box.solids().size(), 1);
      }));

    it("selects the top face with >Z", () =>
      withScope(() => {
        const top = cube().faces(">Z");
        assert.equal(top.size(), 1);
        const [face] = shapes(top.vals());
        assertTripleClose(face!.normal()!, [0, 0, 1]);
        assertClose(face!.Area(), 100);
        assertTripleClose(face!.Center().toTuple(), [0, 0, 5]);
      }));

    it("selects the vertical edges with |Z", () =>
      withScope(() => {
        const edges = shapes(cube().edges("|Z").vals());
        assert.equal(edges.length, 4);
        for (const edge of edges) assertClose(edge.Length(), 10);
      }));

    it("selects edges of the selected faces", () =>
      withScope(() => {
        assert.equal(cube().faces(">Z").edges().size(), 4);
        assert.equal(cube().faces(">Z").vertices().size(), 4);
      }));

    it("combines selector strings with and, or, not, and selects by index and type", () =>
      withScope(() => {
        const box = cube();
        assert.equal(box.edges("|Z and >X").size(), 2);
        assert.equal(box.faces(">Z or <Z").size(), 2);
        assert.equal(box.faces("not (>Z or <Z)").size(), 4);
        assert.equal(box.faces("#Z").size(), 4);
        assert.equal(box.edges(">Z").size(), 4);
        const drilled = box.faces(">Z").workplane().hole(2);
        assert.equal(drilled.faces("%CYLINDER").size(), 1);
        assert.equal(drilled.edges("%CIRCLE").size(), 2);
        // the second face from the top along z, of a stepped block, is the step
        const stepped = Workplane().box(10, 10, 2).faces(">Z").workplane().rect(4, 4).extrude(3);
        assertClose(shapes(stepped.faces(">Z[-2]").vals())[0]!.Center().z, 1);
      }));

    it("reports a malformed selector as a SELECTOR_SYNTAX error", () =>
      withScope(() => {
        assertPartforgeError(() => cube().faces(">>Q"), "SELECTOR_SYNTAX");
      }));

    it("selects from the Workplane named by the tag option", () =>
      withScope(() => {
        // after drilling, >Z of the tagged block is still the full 10 × 10 top face
        const drilled = cube().tag("block").faces(">Z").workplane().hole(2);
        assertClose(shapes(drilled.faces(">Z").vals())[0]!.Area(), 100 - PI);
        assertClose(shapes(drilled.faces(">Z", { tag: "block" }).vals())[0]!.Area(), 100);
      }));

    it("says which tags exist when the tag is unknown", () =>
      withScope(() => {
        assertPartforgeError(() => cube().tag("a").faces(">Z", { tag: "b" }), "SCRIPT_EXCEPTION", /faces: no Workplane is tagged "b"; tags are a/);
      }));

    it("collects the sub-shapes of several stack objects each once, in the order first met (the objects' order, then each one's)", () =>
      withScope(() => {
        const sides = cube().faces("#Z");
        const met = shapes(sides.vals()).flatMap((face) => face.Edges());
        assert.equal(met.length, 16);
        const expected = met.filter((edge, i) => met.findIndex((other) => other.isSame(edge)) === i);
        const edges = shapes(sides.edges().vals());
        assert.equal(edges.length, 12);
        edges.forEach((edge, i) => assert.ok(edge.isSame(expected[i]!), `edge ${i}`));
        // A face and the solid holding it: the face's 4 edges first, then the solid's 8 others.
        const block = cube();
        const top = shapes(block.faces(">Z").vals())[0]!;
        const solidTop = shapes(block.faces(">Z").add(block.val() as Shape).edges().vals());
        assert.equal(solidTop.length, 12);
        top.Edges().forEach((edge, i) => assert.ok(solidTop[i]!.isSame(edge), `top edge ${i}`));
      }));
  });

  describe("workplane() on faces", () => {
    it("sits on the top face with x along world x", () =>
      withScope(() => {
        const plane = cube().faces(">Z").workplane().plane;
        assertTripleClose(plane.origin.toTuple(), [0, 0, 5]);
        assertTripleClose(plane.zDir.toTuple(), [0, 0, 1]);
        assertTripleClose(plane.xDir.toTuple(), [1, 0, 0]);
      }));

    it("takes x = global z × normal on side faces, as CadQuery", () =>
      withScope(() => {
        const right = cube().faces(">X").workplane().plane;
        assertTripleClose(right.origin.toTuple(), [5, 0, 0]);
        assertTripleClose(right.xDir.toTuple(), [0, 1, 0]);
        assertTripleClose(right.yDir.toTuple(), [0, 0, 1]);
        const left = cube().faces("<X").workplane().plane;
        assertTripleClose(left.xDir.toTuple(), [0, -1, 0]);
        const bottom = cube().faces("<Z").workplane().plane;
        assertTripleClose(bottom.xDir.toTuple(), [1, 0, 0]);
        assertTripleClose(bottom.yDir.toTuple(), [0, -1, 0]);
      }));

    it("moves along the normal by offset", () =>
      withScope(() => {
        const raised = cube().faces(">Z").workplane({ offset: 2 });
        assertTripleClose(raised.plane.origin.toTuple(), [0, 0, 7]);
        // a 2×2 post from z = 7 down to the top face: 10³ + 2·2·2
        assertGeometry(raised.rect(2, 2).extrude(-2), { volume: 1008, bbox: [[-5, -5, -5], [5, 5, 7]], faces: 11 });
      }));

    it("points into the solid with invert, so a positive cutBlind goes into the material", () =>
      withScope(() => {
        const inverted = cube().faces(">Z").workplane({ invert: true });
        assertTripleClose(inverted.plane.zDir.toTuple(), [0, 0, -1]);
        assertTripleClose(inverted.plane.origin.toTuple(), [0, 0, 5]);
        assertGeometry(inverted.circle(1).cutBlind(2), { volume: 1000 - 2 * PI, faces: 8 }); // π·1²·2
      }));

    it("puts the origin at the projected origin, the bound-box centre or the centre of mass", () =>
      withScope(() => {
        // the L's top face: bound box [0,4]×[0,3] → (2, 1.5); centroid of 4·(2, 0.5) and 2·(0.5, 2) → (1.5, 1)
        const top = lPlate().faces(">Z");
        assertTripleClose(top.workplane().plane.origin.toTuple(), [0, 0, 1]);
        assertTripleClose(top.workplane({ centerOption: "ProjectedOrigin" }).plane.origin.toTuple(), [0, 0, 1]);
        assertTripleClose(top.workplane({ centerOption: "CenterOfBoundBox" }).plane.origin.toTuple(), [2, 1.5, 1]);
        assertTripleClose(top.workplane({ centerOption: "CenterOfMass" }).plane.origin.toTuple(), [1.5, 1, 1]);
      }));

    it("projects the origin option onto the face", () =>
      withScope(() => {
        assertTripleClose(cube().faces(">Z").workplane({ origin: [3, 3, 0] }).plane.origin.toTuple(), [3, 3, 5]);
      }));

    it("shares one workplane between coplanar faces, centred on their joint bound box", () =>
      withScope(() => {
        const tops = cubeAndPost().faces(">Z");
        assert.equal(tops.size(), 2);
        // x from −5 to 21 → 8
        assertTripleClose(tops.workplane({ centerOption: "CenterOfBoundBox" }).plane.origin.toTuple(), [8, 0, 5]);
        assertTripleClose(tops.workplane().plane.origin.toTuple(), [0, 0, 5]);
      }));

    it("weights coplanar faces by area for centerOption CenterOfMass, as CadQuery's CombinedCenter", () =>
      withScope(() => {
        // (100·0 + 4·20) / 104
        assertTripleClose(cubeAndPost().faces(">Z").workplane({ centerOption: "CenterOfMass" }).plane.origin.toTuple(), [80 / 104, 0, 5]);
      }));

    it("refuses a cylindrical face", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().cylinder(10, 2).faces("%CYLINDER").workplane(), "SCRIPT_EXCEPTION", /workplane: the selected face is a cylinder, not a plane/);
      }));

    it("refuses faces that are not coplanar", () =>
      withScope(() => {
        assertPartforgeError(() => cube().faces("#Z").workplane(), "SCRIPT_EXCEPTION", /workplane: the selected faces must be coplanar/);
      }));

    it("refuses an unknown centerOption, listing the valid ones", () =>
      withScope(() => {
        assertPartforgeError(
          () => cube().faces(">Z").workplane({ centerOption: "CenterOfFace" as never }),
          "SCRIPT_EXCEPTION",
          /centerOption must be one of "ProjectedOrigin", "CenterOfMass", "CenterOfBoundBox"/,
        );
      }));
  });

  describe("workplane() without faces", () => {
    it("offsets the current plane along its normal when the stack is empty", () =>
      withScope(() => {
        assertTripleClose(Workplane().workplane({ offset: 5 }).plane.origin.toTuple(), [0, 0, 5]);
        assertTripleClose(Workplane("XZ").workplane({ offset: 2 }).plane.origin.toTuple(), [0, -2, 0]);
        assertGeometry(Workplane().workplane({ offset: 5 }).box(2, 2, 2), { volume: 8, bbox: [[-1, -1, 4], [1, 1, 6]] });
      }));

    it("keeps the current plane's orientation on selected vertices", () =>
      withScope(() => {
        const plane = cube().faces(">Z").vertices().workplane({ centerOption: "CenterOfMass" }).plane;
        assertTripleClose(plane.origin.toTuple(), [0, 0, 5]);
        assertTripleClose(plane.zDir.toTuple(), [0, 0, 1]);
      }));

    it("starts a new workplane with an empty stack", () =>
      withScope(() => {
        assert.equal(cube().faces(">Z").workplane().size(), 0);
      }));
  });
});
