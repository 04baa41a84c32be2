/**
 * Issue 13, point 3: CadQuery's free-function API as the `func` namespace — each group of
 * functions builds the shapes CadQuery's do (sizes and volumes checked against closed forms),
 * binds Python's positional and keyword forms through the signature table, and refuses bad
 * calls with the CadQuery form in the message.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Edge, Face, Solid, Wire, Workplane, func, isShape, type Shape } from "../../src/api/index.ts";
import { partforgeScope } from "../../src/build/scope.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { PartforgeError } from "../../src/shared/errors.ts";
import { assertClose } from "../helpers/geometry.ts";

const { box, cylinder, sphere, torus, cone, segment, circle, ellipse, rect, polygon, polyline, spline, vertex, plane } = func;
const { wire, face, shell, solid, compound, fuse, cut, intersect, split, clean, imprint } = func;
const { extrude, revolve, loft, sweep, fillet, chamfer, offset, fill, prism, text, check, isSubshape, closest, setThreads } = func;
/** The function callable with any arguments, to make calls the types rightly refuse. */
const loose = (f: unknown) => f as (...args: unknown[]) => unknown;

function throwsCode(call: () => unknown, code: string, ...parts: string[]) {
  assert.throws(call, (error: unknown) => {
    assert.ok(error instanceof PartforgeError, String(error));
    assert.equal(error.code, code, error.message);
    for (const part of parts) assert.ok(error.message.includes(part), `${JSON.stringify(error.message)} lacks ${JSON.stringify(part)}`);
    return true;
  });
}

describe("the func namespace", () => {
  before(async () => {
    await loadKernel();
  });

  it("is exported by \"partforge\" as func, frozen, each function returning shape facades", () => {
    const scope = partforgeScope();
    assert.equal(scope.func, func);
    assert.ok(Object.isFrozen(func));
    withScope(() => {
      const b = box(1, 2, 3);
      assert.ok(isShape(b));
      assert.ok(b instanceof Solid && circle(1) instanceof Edge && rect(1, 1) instanceof Wire && face(rect(1, 1)) instanceof Face);
      // No own property leads to a kernel object.
      for (const value of Object.values(b)) assert.ok(typeof value !== "object" || value === null);
    });
  });

  it("builds primitives where CadQuery does: boxes on the XY plane, sizes as diameters", () =>
    withScope(() => {
      const b = box(1, 2, 3);
      assertClose(b.Volume(), 6, 1e-9);
      assert.deepEqual(b.boundingBox(), { min: [-0.5, -1, 0], max: [0.5, 1, 3] });
      assertClose(cylinder(2, 1).Volume(), Math.PI, 1e-9);
      assertClose(sphere(2).Volume(), (4 / 3) * Math.PI, 1e-9);
      assertClose(torus(4, 1).Volume(), 2 * Math.PI ** 2 * 2 * 0.25, 1e-9);
      assertClose(cone(2, 3).Volume(), Math.PI * 3 / 3, 1e-9);
      assertClose(cone(2, 1, 3).Volume(), (Math.PI * 3 / 3) * (1 + 0.25 + 0.5), 1e-9);
      assert.equal(cone(2, 3).Faces().length, 2);
      assertClose(segment([0, 0], [3, 4]).Length(), 5, 1e-12);
      assertClose(circle(1).Length(), 2 * Math.PI, 1e-9);
      assert.ok(ellipse(2, 1).Length() > 2 * Math.PI * 1);
      assertClose(rect(2, 3).Length(), 10, 1e-12);
      assert.ok(polygon([0, 0], [1, 0], [1, 1]).IsClosed());
      assertClose(polyline([0, 0], [1, 0], [1, 1]).Length(), 2, 1e-12);
      assert.deepEqual(vertex(1, 2, 3).toTuple(), [1, 2, 3]);
      assert.deepEqual(vertex([1, 2, 3]).toTuple(), [1, 2, 3]);
      assertClose(plane(1, 1.5).Area(), 1.5, 1e-12);
      assert.equal(spline([0, 0], [1, 1], [2, 0]).ShapeType(), "Edge");
      assert.ok(spline([[0, 0], [1, 1], [2, 0]], { tgts: [[1, 0], [1, 0]] }).tangentAt(0).equals([1, 0, 0]));
    }));

  it("constructs wires, faces with holes, shells, solids and compounds from other shapes", () =>
    withScope(() => {
      assertClose(wire(segment([0, 0], [1, 0]), segment([1, 0], [1, 1])).Length(), 2, 1e-12);
      assertClose(wire([segment([0, 0], [1, 0]), segment([1, 0], [1, 1])]).Length(), 2, 1e-12);
      assertClose(face(rect(4, 4), circle(1)).Area(), 16 - Math.PI, 1e-9);
      assertClose(face([circle(1)]).Area(), Math.PI, 1e-9);
      const faces = box(1, 1, 1).Faces();
      assert.equal(shell(faces).ShapeType(), "Shell");
      assert.equal(shell(...faces, { tol: 1e-4 }).ShapeType(), "Shell");
      assertClose(solid(faces[0]!, ...faces.slice(1)).Volume(), 1, 1e-9);
      assertClose(solid(faces).Volume(), 1, 1e-9);
      assert.equal(compound(box(1, 1, 1), sphere(1).translate([3, 0, 0])).Solids().length, 2);
      assert.equal(compound([box(1, 1, 1), sphere(1).translate([3, 0, 0])]).Solids().length, 2);
    }));

  it("runs booleans as Python's operators do, with tol and glue by name", () =>
    withScope(() => {
      const [c1, c2] = [cylinder(1, 2), cylinder(0.5, 3)];
      const small = Math.PI * 0.25 * 0.25 * 3;
      assertClose(fuse(c2, c1).Volume(), Math.PI * 0.25 * 2 + Math.PI * 0.0625 * 1, 1e-9);
      assertClose(cut(c1, c2).Volume(), Math.PI * 0.25 * 2 - Math.PI * 0.0625 * 2, 1e-9);
      assertClose(intersect(c1, c2).Volume(), Math.PI * 0.0625 * 2, 1e-9);
      assert.ok(small > 0);
      assert.equal(split(c1, plane(2, 2).translate([0, 0, 1])).Solids().length, 2);
      assertClose(fuse(box(1, 1, 1), box(1, 1, 1).translate([0.5, 0, 0]), box(1, 1, 1).translate([1, 0, 0]), { tol: 1e-7 }).Volume(), 2, 1e-9);
      assert.equal(clean(fuse(box(1, 1, 1), box(1, 1, 1).translate([1, 0, 0]))).Faces().length, 6);
      assert.equal(imprint(box(1, 1, 1), box(1, 1, 1).translate([1, 0, 0])).Solids().length, 2);
      throwsCode(() => fuse(c1, c2, { glue: "sticky" as never }), "SCRIPT_EXCEPTION", "glue must be one of \"partial\", \"full\"");
    }));

  it("makes features: extrude (both ways), revolve, loft, sweep, fillet, chamfer, offset, fill and prism", () =>
    withScope(() => {
      assertClose(extrude(face(rect(4, 4), circle(1)), [0, 0, 1]).Volume(), 16 - Math.PI, 1e-9);
      assert.equal(extrude(rect(1, 1), [0, 0, 1]).ShapeType(), "Shell");
      assert.deepEqual(extrude(face(rect(1, 1)), [0, 0, 1], true).boundingBox().min[2], -1);
      assertClose(revolve(face(rect(1, 1)).translate([2, 0, 0]), [0, 0, 0], [0, 1, 0]).Volume(), 2 * Math.PI * 2 * 1, 1e-9);
      assertClose(revolve(face(rect(1, 1)).translate([2, 0, 0]), [0, 0, 0], [0, 1, 0], 90).Volume(), (Math.PI / 2) * 2, 1e-9);
      assertClose(loft(rect(1, 1), rect(1, 1).translate([0, 0, 2]), { cap: true, ruled: true }).Volume(), 2, 1e-9);
      assertClose(loft([face(rect(1, 1)), face(rect(1, 1)).translate([0, 0, 2])], { ruled: true }).Volume(), 2, 1e-9);
      assertClose(sweep(circle(0.5), segment([0, 0, 0], [0, 0, 5]), { cap: true }).Volume(), Math.PI * 0.25 * 5, 1e-9);
      assertClose(sweep(face(circle(1), circle(0.5)), segment([0, 0, 0], [0, 0, 2])).Volume(), Math.PI * 0.75 * 2, 1e-9);
      const b = box(2, 2, 2);
      const edge = b.Edges()[0]!;
      assertClose(fillet(b, edge, 0.5).Volume(), 8 - (1 - Math.PI / 4) * 0.25 * 2, 1e-6);
      assertClose(chamfer(b, edge, 0.5).Volume(), 8 - 0.125 * 2, 1e-9);
      assertClose(offset(plane(1, 1), 0.1).Volume(), 0.1, 1e-9);
      assertClose(fill(circle(1)).Area(), Math.PI, 1e-4);
      const base = box(10, 10, 10);
      assertClose(prism(base, null, circle(1).translate([0, 0, 10]), null, { additive: false }).Volume(), 1000 - Math.PI * 10, 1e-6);
      assertClose(prism(base, null, circle(1).translate([0, 0, 10]), -3, { additive: false }).Volume(), 1000 - Math.PI * 3, 1e-6);
    }));

  it("gives text as faces, checks shapes, finds sub-shapes and closest points", () =>
    withScope(() => {
      assert.equal(text("Hi", 10).Faces().length, 3);
      assert.equal(check(box(1, 1, 1)), true);
      const b = box(1, 1, 1);
      assert.equal(isSubshape(b.Faces()[0]!, b), true);
      assert.equal(isSubshape(box(1, 1, 1).Faces()[0]!, b), false);
      assert.equal(isSubshape(b.Edges()[7]!, b), true);
      assert.equal(isSubshape(b.Edges()[7]!.moved({ z: 1 }), b), false);
      assert.equal(isSubshape(b.Faces()[0]!, b.Faces()[0]!), true);
      assert.equal(isSubshape(b.Faces()[0]!, b.Faces()[1]!), false);
      const walls = shell(...b.Faces().slice(0, 5));
      assert.throws(() => func.cap(compound(b.Edges()[11]!, box(2, 2, 2).Edges()[3]!), walls), (e: unknown) => e instanceof PartforgeError && e.message === "func.cap: edge 1 of s is not an edge of a face of ctx");
      const [p1, p2] = closest(box(1, 1, 1), sphere(1).translate([3, 0, 0.5]));
      // The sphere's closest point is found numerically (BRepExtrema), to about 1e-4.
      assertClose(p1.x, 0.5, 1e-4);
      assertClose(p2.x, 2.5, 1e-4);
      assertClose(p2.sub(p1).length, 2, 1e-4);
      assert.equal(setThreads(4), undefined);
    }));

  it("cap fills a boundary tangent to the faces it meets (CadQuery's free-function tutorial)", () =>
    withScope(() => {
      // doc/free-func.rst "Tutorial": a lofted side, a flat bottom, a top capped through a point.
      const side = loft(circle(1), circle(1.5).moved({ z: 2 }), circle(1).moved({ z: 3 }));
      const top = func.cap(side.edges(">Z"), side, [[0, 0, 3.2]]);
      const closed = solid(side, fill(side.edges("<Z")), top);
      assert.equal(closed.isValid(), true);
      // The cap bulges up to the point: more volume than the same side closed flat.
      assert.ok(closed.Volume() > solid(side, fill(side.edges("<Z")), fill(side.edges(">Z"))).Volume() + 0.05, String(closed.Volume()));
      // Tangent (G1, as CadQuery asks OCCT for) along the rim: at rim points the two faces share
      // their tangent plane, to the plate algorithm's angular tolerance (0.01 rad; measured 0.6°); a
      // cap that only passed through the rim (C0) meets the side at ~40° (measured).
      const sideFace = side.Faces()[0]! as Face;
      for (const angle of [0, 1, 2, 3, 4, 5]) {
        const at: [number, number, number] = [Math.cos(angle), Math.sin(angle), 3];
        const a = sideFace.normalAt(at);
        const b = (top as Face).normalAt(at);
        assert.ok(a.cross(b).Length < 0.02, `normals at ${at.map((v) => v.toFixed(3))}: ${a.toTuple()} and ${b.toTuple()}`);
      }
    }));

  it("makes a Workplane of a func result and carries on in the fluent API", () =>
    withScope(() => {
      const part = Workplane({ obj: box(10, 10, 10) }).faces(">Z").circle(1).extrude(10);
      assertClose((part.val() as Shape).Volume(), 1000 + Math.PI * 10, 1e-9);
    }));

  it("refuses bad calls with the CadQuery form: wrong types, too many arguments, unknown and doubled names", () =>
    withScope(() => {
      throwsCode(() => loose(box)(1, 2, 3, 4), "SCRIPT_EXCEPTION", "func.box(w, l, h): got 4 positional arguments; it takes at most 3");
      throwsCode(() => loose(box)({ w: 1, l: 2, hh: 3 }), "SCRIPT_EXCEPTION", 'unknown option "hh" (did you mean "h"?)');
      throwsCode(() => loose(box)("1", 2, 3), "SCRIPT_EXCEPTION", "func.box(w, l, h): w must be a finite number; got");
      throwsCode(() => loose(box)(1, 2, 3, { h: 3 }), "SCRIPT_EXCEPTION", "h is given twice");
      throwsCode(() => loose(cylinder)(1), "SCRIPT_EXCEPTION", "func.cylinder(d, h): missing h");
      throwsCode(() => loose(fuse)(box(1, 1, 1), 3), "SCRIPT_EXCEPTION", "func.fuse(s1, s2, *shapes, tol=0, glue=None, history=None, name=None)", "s2 must be a shape");
      throwsCode(() => loose(shell)(box(1, 1, 1).Faces()[0], { tool: 1 }), "SCRIPT_EXCEPTION", 'unknown option "tool" (did you mean "tol"?)');
      throwsCode(() => loose(solid)([box(1, 1, 1).Faces()[0], 5]), "SCRIPT_EXCEPTION", "func.solid(s1, *sn, tol=1e-06, history=None, name=None) or func.solid(s, inner=None,", "must be a shape");
      throwsCode(() => loose(extrude)(box(1, 1, 1), [0, 0, 1], false, { both: true }), "SCRIPT_EXCEPTION", "both is given twice");
      throwsCode(() => loose(loft)(circle(1), rect(1, 1), { continuity: "G2" }), "SCRIPT_EXCEPTION", 'continuity must be one of "C1", "C2", "C3"');
    }));

  it("refuses impossible inputs with what was wrong and how to fix it", () =>
    withScope(() => {
      throwsCode(() => box(0, 1, 1), "SCRIPT_EXCEPTION", "func.box: w must be greater than 0; got 0");
      throwsCode(() => torus(1, 2), "SCRIPT_EXCEPTION", "d2 (2) must be smaller than d1 (1)");
      throwsCode(() => extrude(box(1, 1, 1), [0, 0, 1]), "SCRIPT_EXCEPTION", "func.extrude: s must be a vertex or an edge or a wire or a face (or a compound of them); it holds a solid");
      throwsCode(() => fillet(face(rect(1, 1)), rect(1, 1), 0.1), "SCRIPT_EXCEPTION", "func.fillet: s must be a shell or a solid");
      throwsCode(() => face(segment([0, 0], [1, 0])), "SCRIPT_EXCEPTION", "func.face: wire 0 is not closed");
      throwsCode(() => loft(circle(1)), "SCRIPT_EXCEPTION", "func.loft: needs at least 2 sections; got 1");
      throwsCode(() => spline([[0, 0], [1, 1], [2, 0]], { tgts: [[1, 0]] }), "SCRIPT_EXCEPTION", "tgts must hold 2 tangents");
    }));

  it("raises NOT_SUPPORTED naming the function and why, after checking the call", () =>
    withScope(() => {
      throwsCode(() => func.edgeOn(plane(1, 1), [[0, 0], [0.5, 0.5]]), "NOT_SUPPORTED", "func.edgeOn is not supported: ", "p-curves");
      throwsCode(() => func.project(circle(1), plane(1, 1)), "NOT_SUPPORTED", "func.project is not supported");
      throwsCode(() => loose(func.faceOn)(5), "SCRIPT_EXCEPTION", "base must be a shape");
      throwsCode(() => text("Hi", 10, { path: "/etc/passwd" }), "NOT_SUPPORTED", "func.text is not supported: path");
      throwsCode(() => fuse(box(1, 1, 1), box(1, 1, 1), { history: [] as never }), "NOT_SUPPORTED", "history is not supported");
      throwsCode(() => loft(circle(1), rect(1, 1).translate([0, 0, 1]), { parametrization: "chordal" }), "NOT_SUPPORTED", "func.loft is not supported: parametrization");
      throwsCode(() => prism(box(1, 1, 1), null, circle(0.2).translate([0, 0, 1]), null, [0, 0, 1]), "NOT_SUPPORTED", "func.prism is not supported: the form with a direction");
    }));
});
