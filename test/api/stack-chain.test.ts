import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Location, Workplane, isShape, type Shape, type StackItem } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertClose, assertGeometry, assertPartforgeError, assertPositions, assertTripleClose, solidOf } from "../helpers/geometry.ts";

const PI = Math.PI;
const cube = () => Workplane().box(10, 10, 10);

function asShape(item: StackItem): Shape {
  assert.ok(isShape(item), "expected a shape");
  return item;
}

describe("the stack and the chain", () => {
  before(async () => {
    await loadKernel();
  });

  describe("val, vals, size, first, last, item", () => {
    it("reads the stack", () =>
      withScope(() => {
        const faces = cube().faces();
        assert.equal(faces.size(), 6);
        assert.equal(faces.vals().length, 6);
        assert.equal(asShape(faces.val()).kind, "face");
        assert.ok(asShape(faces.val()).isSame(asShape(faces.vals()[0]!)));
      }));

    it("narrows the stack to one object with first, last and item", () =>
      withScope(() => {
        const faces = cube().faces();
        const all = faces.vals().map(asShape);
        assert.equal(faces.first().size(), 1);
        assert.ok(asShape(faces.first().val()).isSame(all[0]!));
        assert.ok(asShape(faces.last().val()).isSame(all[5]!));
        assert.ok(asShape(faces.item(2).val()).isSame(all[2]!));
        assert.ok(asShape(faces.item(-2).val()).isSame(all[4]!));
      }));

    it("describes itself by its stack size", () =>
      withScope(() => {
        assert.equal(cube().faces().toString(), "Workplane(6 object(s) on the stack)");
      }));

    it("returns a copy from vals(), so changing it changes nothing", () =>
      withScope(() => {
        const box = cube();
        box.vals().pop();
        assert.equal(box.size(), 1);
      }));

    it("says the stack is empty, or the index is out of range", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().val(), "SCRIPT_EXCEPTION", /val\(\): the stack is empty/);
        assertPartforgeError(() => cube().faces().item(6), "SCRIPT_EXCEPTION", /item: no object at index 6: the stack holds 6/);
        assertPartforgeError(() => Workplane().first(), "SCRIPT_EXCEPTION", /the stack holds 0/);
      }));
  });

  describe("add, newObject, each, eachpoint", () => {
    it("adds another Workplane's objects, a shape or a list", () =>
      withScope(() => {
        const box = cube();
        const sphere = Workplane().sphere(1).translate([20, 0, 0]);
        assert.equal(box.add(sphere).size(), 2);
        assert.equal(box.add(sphere.val()).size(), 2);
        assert.equal(box.add([sphere.val(), sphere.val()]).size(), 3);
        // the two solids combine into one compound: 10³ + 4/3·π
        assertGeometry(box.add(sphere).combine(), { volume: 1000 + (4 / 3) * PI, bbox: [[-5, -5, -5], [21, 5, 5]], solids: 2 });
      }));

    it("makes a child Workplane holding the given objects with newObject", () =>
      withScope(() => {
        const box = cube();
        const topFace = box.faces(">Z").val();
        const child = box.newObject([topFace]);
        assert.equal(child.parent, box);
        assert.equal(child.size(), 1);
        assert.equal(child.val(), topFace);
        assertPartforgeError(() => box.newObject([42 as never]), "SCRIPT_EXCEPTION", /newObject: expected shapes or locations; got 42/);
      }));

    it("maps every stack object with each, keeping the results apart with combine: false", () =>
      withScope(() => {
        const box = cube();
        const faces = box.faces().each((face) => face, { combine: false });
        assert.equal(faces.size(), 6);
        const doubled = box.faces(">Z").each((face) => [face, face], false, false);
        assert.equal(doubled.size(), 2);
        assertPartforgeError(() => box.faces().each(() => "face" as never), "SCRIPT_EXCEPTION", /each: the callback must return shapes or locations/);
      }));

    it("fuses each's results with the solid in context by default, as CadQuery (combine=True)", () =>
      withScope(() => {
        const fused = cube().faces(">Z").each((face) => solidOf(Workplane().box(2, 2, 2).translate(asShape(face).Center().toTuple())));
        assert.equal(fused.size(), 1);
        assertClose(asShape(fused.val()).Volume(), 1000 + 4);
        const cut = cube().faces(">Z").each((face) => solidOf(Workplane().box(2, 2, 2).translate(asShape(face).Center().toTuple())), { combine: "s" });
        assertClose(asShape(cut.val()).Volume(), 1000 - 4);
        assertPartforgeError(() => cube().faces(">Z").each(() => new Location(0, 0, 0)), "SCRIPT_EXCEPTION", /each: with combine .* must return shapes; it returned a Location; pass \{ combine: false \}/);
      }));

    it("gives each's callback the object in the plane's coordinates with useLocalCoordinates, and places its result back", () =>
      withScope(() => {
        // A plane 10 above the origin: the top face (z = 5) is at local z = -5, a result made at local z = 1 lands at z = 11.
        const wp = cube().faces(">Z").workplane({ offset: 5 });
        const seenZ: number[] = [];
        const placed = wp.add(cube().faces(">Z").val()).each(
          (face) => {
            seenZ.push(asShape(face).Center().z);
            return solidOf(Workplane().box(1, 1, 2, { centered: [true, true, false] }));
          },
          { useLocalCoordinates: true, combine: false },
        );
        assertClose(seenZ[0]!, -5);
        assertClose(asShape(placed.val()).BoundingBox().zmin, 10);
        assertPartforgeError(() => Workplane().pushPoints([[1, 1]]).each((l) => l, { useLocalCoordinates: true, combine: false }), "SCRIPT_EXCEPTION", /useLocalCoordinates needs shapes on the stack/);
      }));

    it("calls eachpoint with every stack point's Location, or the origin when the stack is empty", () =>
      withScope(() => {
        const seen: [number, number, number][] = [];
        Workplane().rarray(10, 10, 2, 2).eachpoint((location) => {
          seen.push(location.toTuple());
          return location;
        });
        assert.equal(seen.length, 4);
        assertTripleClose(seen[3]!, [5, 5, 0]);
        const origin = Workplane("XY", { origin: [1, 2, 3] }).eachpoint((location) => location);
        assertPositions(origin, [[1, 2, 3]]);
      }));

    it("passes eachpoint's callback p * plane.location, or p with useLocalCoordinates, as CadQuery 2.5 (issue #1098)", () =>
      withScope(() => {
        // XZ plane: local (1, 2) is global (1, 0, 2); p is the translation by the local offset (1, 2, 0).
        const at = (useLocalCoordinates: boolean) => {
          const seen: [number, number, number][] = [];
          Workplane("XZ").pushPoints([[1, 2]]).eachpoint((location) => (seen.push(location.toTuple()), location), { useLocalCoordinates });
          return seen[0]!;
        };
        assertTripleClose(at(true), [1, 2, 0]);
        // p * loc: the plane's rotation, then the local offset along the global axes (CadQuery's behaviour).
        assertTripleClose(at(false), [1, 2, 0]);
        const unit = solidOf(Workplane().box(1, 1, 1));
        const local = Workplane("XZ").pushPoints([[1, 2]]).eachpoint(unit, { useLocalCoordinates: true });
        assertTripleClose(asShape(local.val()).Center().toTuple(), [1, 0, 2]);
        const global = Workplane("XZ").pushPoints([[1, 2]]).eachpoint(unit);
        assertTripleClose(asShape(global.val()).Center().toTuple(), [1, 2, 0]);
        // On the XY plane at the origin both agree.
        assertTripleClose(asShape(Workplane().pushPoints([[1, 2]]).eachpoint(unit).val()).Center().toTuple(), [1, 2, 0]);
      }));

    it("puts a shape at every point with eachpoint", () =>
      withScope(() => {
        const unitBox = solidOf(Workplane().box(1, 1, 1));
        const boxes = Workplane().rarray(10, 10, 2, 2).eachpoint((location) => solidOf(Workplane().add(unitBox).translate(location.toTuple())));
        assert.equal(boxes.size(), 4);
        assertGeometry(boxes.combine(), { volume: 4, bbox: [[-5.5, -5.5, -0.5], [5.5, 5.5, 0.5]], solids: 4 });
      }));
  });

  describe("findSolid and largestDimension", () => {
    it("finds the solid up the chain", () =>
      withScope(() => {
        const found = cube().faces(">Z").edges().findSolid();
        assertClose(found.Volume(), 1000);
      }));

    it("finds all solids on the stack as one compound", () =>
      withScope(() => {
        const found = Workplane().pushPoints([[0, 0], [5, 0]]).box(1, 1, 1, { combine: false }).findSolid();
        assertClose(found.Volume(), 2);
        assert.equal(found.Solids().length, 2);
      }));

    it("says there is no solid when there is none", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().rect(1, 1).findSolid(), "SCRIPT_EXCEPTION", /findSolid: there is no solid to work on/);
      }));

    it("measures the bounding box diagonal with largestDimension", () =>
      withScope(() => {
        assertClose(Workplane().box(3, 4, 12).largestDimension(), 13); // √(3² + 4² + 12²)
        assertClose(Workplane().box(3, 4, 12).faces(">Z").largestDimension(), 13);
      }));
  });

  describe("end, tag, workplaneFromTagged", () => {
    it("goes back n steps with end", () =>
      withScope(() => {
        const box = cube();
        const top = box.faces(">Z");
        const plane = top.workplane();
        assert.equal(top.end(), box);
        assert.equal(plane.end(), top);
        assert.equal(plane.end(2), box);
        assertGeometry(plane.end(2), { volume: 1000 });
      }));

    it("rejects going back beyond the start, or a bad n", () =>
      withScope(() => {
        assertPartforgeError(() => cube().end(5), "SCRIPT_EXCEPTION", /end: cannot go back 5 step\(s\): the chain is only 1 step\(s\) long/);
        assertPartforgeError(() => cube().end(0), "SCRIPT_EXCEPTION", /end: n must be a whole number of at least 1/);
      }));

    it("returns to a tagged workplane with workplaneFromTagged, keeping the solid", () =>
      withScope(() => {
        // 10×10×2 plate, a 2×2×5 block on its centre, then from the tagged top plane (z = 1) a
        // Ø1×1 pin at (4, 4): 200 + 20 + π·0.5²·1
        const part = Workplane()
          .box(10, 10, 2)
          .faces(">Z")
          .workplane()
          .tag("top")
          .rect(2, 2)
          .extrude(5)
          .workplaneFromTagged("top")
          .pushPoints([[4, 4]])
          .circle(0.5)
          .extrude(1);
        assertGeometry(part, { volume: 220 + PI / 4, bbox: [[-5, -5, -1], [5, 5, 6]], faces: 13, solids: 1 });
      }));

    it("takes the tagged plane, not the current one", () =>
      withScope(() => {
        const back = Workplane().tag("base").workplane({ offset: 7 }).workplaneFromTagged("base");
        assertTripleClose(back.plane.origin.toTuple(), [0, 0, 0]);
        assert.equal(back.size(), 0);
      }));

    it("says which tags exist when the name is unknown", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().tag("a").workplaneFromTagged("b"), "SCRIPT_EXCEPTION", /no Workplane is tagged "b"; tags are a/);
        assertPartforgeError(() => Workplane().workplaneFromTagged("b"), "SCRIPT_EXCEPTION", /call \.tag\(name\) first/);
        assertPartforgeError(() => Workplane().tag(""), "SCRIPT_EXCEPTION", /tag: name must be a non-empty string/);
      }));

    it("does not see tags made later in another branch", () =>
      withScope(() => {
        const base = Workplane().box(1, 1, 1);
        base.tag("later");
        assertPartforgeError(() => base.workplaneFromTagged("later"), "SCRIPT_EXCEPTION", /no Workplane is tagged "later"/);
      }));
  });

  describe("immutability", () => {
    it("leaves the Workplane a method was called on unchanged", () =>
      withScope(() => {
        const base = cube();
        const before = base.vals();
        base.faces(">Z").workplane().hole(2);
        base.edges("|Z").fillet(1);
        base.translate([5, 0, 0]);
        base.union(Workplane().sphere(8));
        base.faces(">Z").shell(-1);
        base.mirror("YZ", [5, 0, 0], { union: true });
        assert.deepEqual(base.vals(), before);
        assert.equal(base.vals()[0], before[0]);
        assertGeometry(base, { volume: 1000, bbox: [[-5, -5, -5], [5, 5, 5]], faces: 6 });
        // a later build from it starts from the plain cube: 10³ − π·2²·10
        assertGeometry(base.faces(">Z").workplane().hole(4), { volume: 1000 - 40 * PI, faces: 7 });
      }));

    it("keeps pending wires per Workplane: extruding one branch does not consume another's outline", () =>
      withScope(() => {
        const outline = Workplane().rect(2, 2);
        assertGeometry(outline.extrude(1), { volume: 4 });
        assertGeometry(outline.extrude(3), { volume: 12 });
        const drawn = Workplane().moveTo(0, 0).lineTo(2, 0).lineTo(2, 2);
        assertGeometry(drawn.close().extrude(1), { volume: 2 });
        assertGeometry(drawn.lineTo(0, 2).close().extrude(1), { volume: 4 });
      }));

    it("keeps the plane of the Workplane unchanged by center, transformed and workplane", () =>
      withScope(() => {
        const base = Workplane();
        base.center(3, 3);
        base.transformed({ offset: [1, 1, 1], rotate: [0, 90, 0] });
        base.workplane({ offset: 4 });
        assertTripleClose(base.plane.origin.toTuple(), [0, 0, 0]);
        assertTripleClose(base.plane.zDir.toTuple(), [0, 0, 1]);
        assert.equal(base.size(), 0);
      }));

    it("freezes Workplanes, Shapes and Locations", () =>
      withScope(() => {
        const box = cube();
        assert.ok(Object.isFrozen(box));
        assert.ok(Object.isFrozen(box.val()));
        const point = Workplane().moveTo(1, 1).val();
        assert.ok(point instanceof Location && Object.isFrozen(point));
      }));
  });
});
