/**
 * Issue 13, point 3: CadQuery's shape classes — Vertex, Edge, Wire, Face, Shell, Solid, Compound —
 * with their class methods and instance methods, bound through the signature tables (positional,
 * named, bad calls naming the CadQuery form), every object a facade of the right class.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Compound, Edge, Face, Location, Plane, Shape, Shell, Solid, Vertex, Wire, Workplane, wrapShape } from "../../src/api/index.ts";
import { buildModel } from "../../src/build/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { PartforgeError } from "../../src/shared/errors.ts";
import { assertClose, assertPartforgeError, assertTripleClose } from "../helpers/geometry.ts";

/** The class with its methods callable with any arguments, to make calls the types rightly refuse. */
const loose = (target: object) => target as unknown as Record<string, (...args: unknown[]) => unknown>;
const { PI } = Math;

describe("the shape classes", () => {
  before(async () => {
    await loadKernel();
  });

  it("gives every shape the class of its kind, so instanceof works and Workplane.val() is a Solid", () =>
    withScope(() => {
      const box = Workplane().box(1, 2, 3);
      assert.ok(box.val() instanceof Solid && box.val() instanceof Shape);
      assert.ok(box.faces(">Z").val() instanceof Face);
      assert.ok(box.edges("|Z").val() instanceof Edge);
      assert.ok(box.vertices(">X and >Y and >Z").val() instanceof Vertex);
      assert.ok(box.faces(">Z").wires().val() instanceof Wire);
      const solid = box.val() as Solid;
      assert.ok(solid.Shells()[0] instanceof Shell);
      assert.ok(Compound.makeCompound([solid]) instanceof Compound);
      assert.equal(Compound.makeCompound([solid]).ShapeType(), "Compound", "a compound of one solid stays a compound");
      assert.ok(!(solid instanceof Face));
    }));

  it("keeps the kernel object out of reach: facades are frozen, have no own properties, and cannot be made from other values", () =>
    withScope(() => {
      const cone = Solid.makeCone(1, 0, 2);
      assert.ok(Object.isFrozen(cone));
      assert.deepEqual(Reflect.ownKeys(cone), []);
      assertPartforgeError(() => new Solid({} as never), "SCRIPT_EXCEPTION", /shapes are made by the modelling API/);
      assertPartforgeError(() => new Solid(cone as never), "SCRIPT_EXCEPTION", /not constructed from other values/);
      assert.throws(() => wrapShape({} as never), PartforgeError);
    }));

  it("makes CadQuery's solids with their exact volumes, positional or by name", () =>
    withScope(() => {
      assertClose(Solid.makeBox(1, 2, 3).Volume(), 6, 1e-12);
      assertClose(Solid.makeBox({ length: 1, width: 2, height: 3, pnt: [5, 0, 0] }).Center().x, 5.5, 1e-12);
      assertTripleClose(Solid.makeBox(2, 2, 2, [0, 0, 0], [1, 0, 0]).Center().toTuple(), [1, -1, 1], 1e-9);
      const cone = Solid.makeCone(1, 0, 2);
      assertClose(cone.Volume(), (2 * PI) / 3, 1e-9);
      assert.deepEqual(cone.Faces().map((f) => f.geomType).sort(), ["CONE", "PLANE"]);
      assertClose(Solid.makeCone(2, 1, 3).Volume(), (PI * 3 * (4 + 2 + 1)) / 3, 1e-9);
      assertClose(Solid.makeCone(1, 0, 2, { angleDegrees: 180 }).Volume(), PI / 3, 1e-9);
      assertClose(Solid.makeCylinder(1, 2).Volume(), 2 * PI, 1e-9);
      assertClose(Solid.makeCylinder(1, 2, [0, 0, 0], [0, 0, 1], 90).Volume(), PI / 2, 1e-9);
      assertClose(Solid.makeTorus(3, 1).Volume(), 6 * PI * PI, 1e-9);
      // CadQuery's makeSphere defaults (angleDegrees1=0, angleDegrees2=90) give the upper half.
      assertClose(Solid.makeSphere(1).Volume(), (2 * PI) / 3, 1e-9);
      assertClose(Solid.makeSphere(1, { angleDegrees1: -90 }).Volume(), (4 * PI) / 3, 1e-9);
      assertClose(Solid.makeWedge(10, 10, 10, 5, 5, 5, 5).Volume(), 1000 / 3, 1e-9);
      assertClose(Solid.makeWedge(2, 2, 2, 0, 0, 2, 2).Volume(), 8, 1e-9);
    }));

  it("extrudes, revolves, lofts and sweeps profiles as CadQuery's Solid class methods", () =>
    withScope(() => {
      const square = Face.makePlane(2, 2);
      assertClose(Solid.extrudeLinear(square, [0, 0, 3]).Volume(), 12, 1e-9);
      const ring = Face.makeFromWires(Wire.makeCircle(2, [0, 0, 0], [0, 0, 1]), [Wire.makeCircle(1, [0, 0, 0], [0, 0, 1])]);
      assertClose(ring.Area(), 3 * PI, 1e-9);
      assertClose(Solid.extrudeLinear(ring.outerWire(), ring.innerWires(), [0, 0, 1]).Volume(), 3 * PI, 1e-9);
      // A taper of 45° over height 1 shrinks a 2 × 2 square to 0 × 0: a pyramid.
      assertClose(Solid.extrudeLinear(square, [0, 0, 0.5], 45).Volume(), (4 + 1 + 2) / 6, 1e-9);
      assertClose(Solid.extrudeLinearWithRotation(square, [0, 0, 0], [0, 0, 3], 45).Volume(), 12, 1e-5);
      assertClose(Solid.revolve(Face.makePlane(1, 1, [2, 0, 0], [0, 1, 0]), 360, [0, 0, 0], [0, 0, 1]).Volume(), 4 * PI, 1e-9);
      const loft = Solid.makeLoft([Wire.makeCircle(1, [0, 0, 0], [0, 0, 1]), Wire.makeCircle(2, [0, 0, 2], [0, 0, 1])], true);
      assertClose(loft.Volume(), (2 * PI * (1 + 2 + 4)) / 3, 1e-9);
      const pipe = Solid.sweep(Wire.makeCircle(0.5, [0, 0, 0], [0, 0, 1]), [], Edge.makeLine([0, 0, 0], [0, 0, 4]));
      assertClose(pipe.Volume(), PI, 1e-9);
      const multi = Solid.sweep_multi([Wire.makeCircle(1, [0, 0, 0], [0, 0, 1]), Wire.makeCircle(2, [0, 0, 4], [0, 0, 1])], Edge.makeLine([0, 0, 0], [0, 0, 4]));
      assert.ok(multi.isValid());
    }));

  it("sweeps a thread along Wire.makeHelix in the Frenet frame and fuses it to a core, as bolts are made", () =>
    withScope(() => {
      const [pitch, height, radius] = [1, 4, 2];
      const helix = Wire.makeHelix(pitch, height, radius);
      assertClose(helix.Length(), (height / pitch) * Math.hypot(2 * PI * radius, pitch), 1e-6);
      assertTripleClose(helix.endPoint().toTuple(), [radius, 0, height], 1e-6);
      // A triangle in the XZ plane, its base inside the core, swept along the helix.
      const profile = Wire.makePolygon([[radius - 0.3, 0, -0.3], [radius + 0.4, 0, 0], [radius - 0.3, 0, 0.3]], false, true);
      const thread = Solid.sweep(profile, [], helix, true, true);
      assert.ok(thread instanceof Solid && thread.isValid());
      // A screw motion of the triangle: exactly 2π·turns·A·x̄ (Pappus).
      const area = (0.7 * 0.6) / 2;
      const centroidX = radius + (-0.3 + 0.4 - 0.3) / 3;
      assertClose(thread.Volume(), 2 * PI * (height / pitch) * area * centroidX, 1e-4);
      const core = Solid.makeCylinder(radius - 0.1, height + 1, [0, 0, -0.5]);
      const bolt = core.fuse(thread).clean();
      assert.ok(bolt.isValid());
      assert.equal(bolt.Solids().length, 1);
      assert.ok(bolt.Volume() > core.Volume() && bolt.Volume() < core.Volume() + thread.Volume());
      const left = Wire.makeHelix(pitch, height, radius, { lefthand: true });
      assert.ok(left.positionAt(0.125).y < 0 && helix.positionAt(0.125).y > 0, "left- and right-handed helices turn opposite ways");
      const conical = Wire.makeHelix(pitch, height, radius, [0, 0, 0], [0, 0, 1], 10);
      assert.ok(conical.endPoint().toTuple()[0] > radius, "a helix on a cone widens");
    }));

  it("makes edges and wires with CadQuery's class methods, and measures along them by length or parameter", () =>
    withScope(() => {
      const arc = Edge.makeCircle({ radius: 10, angle1: 0, angle2: 90 });
      assertClose(arc.Length(), 5 * PI, 1e-9);
      assertTripleClose(arc.positionAt(0.5).toTuple(), [10 * Math.SQRT1_2, 10 * Math.SQRT1_2, 0], 1e-9);
      assertTripleClose(arc.arcCenter().toTuple(), [0, 0, 0], 1e-9);
      assertClose(Edge.makeLine([0, 0, 0], [3, 4, 0]).Length(), 5, 1e-12);
      assertClose(Edge.makeThreePointArc([-1, 0, 0], [0, 1, 0], [1, 0, 0]).Length(), PI, 1e-9);
      assertClose(Edge.makeTangentArc([0, 0, 0], [1, 0, 0], [1, 1, 0]).Length(), PI / 2, 1e-9);
      assertTripleClose(Edge.makeSpline([[0, 0, 0], [1, 1, 0], [2, 0, 0]]).endPoint().toTuple(), [2, 0, 0], 1e-9);
      assertTripleClose(Edge.makeBezier([[0, 0, 0], [1, 2, 0], [2, 0, 0]]).positionAt(0.5, "parameter").toTuple(), [1, 1, 0], 1e-9);
      const ellipse = Edge.makeEllipse(2, 1, [0, 0, 0], [0, 0, 1], [0, 1, 0]);
      assertClose(ellipse.BoundingBox().xlen, 2, 1e-9);
      assertClose(ellipse.BoundingBox().ylen, 4, 1e-9);
      // A spline's length fractions are not its parameter fractions.
      const spline = Edge.makeSpline([[0, 0, 0], [1, 3, 0], [4, 0, 0]]);
      const half = spline.positionAt(0.5);
      const first = Edge.makeSpline([[0, 0, 0], [1, 3, 0], [4, 0, 0]]).trim(spline.paramAt(0), spline.paramAt(0.5));
      assertClose(first.Length(), spline.Length() / 2, 1e-6);
      assertTripleClose(first.endPoint().toTuple(), half.toTuple(), 1e-6);
      const polygon = Wire.makePolygon([[0, 0, 0], [2, 0, 0], [2, 2, 0]], false, true);
      assertClose(polygon.Length(), 4 + 2 * Math.SQRT2, 1e-12);
      assertTripleClose(polygon.positionAt(0.25 / (1 + Math.SQRT1_2)).toTuple(), [1, 0, 0], 1e-9);
      assert.equal(Wire.makePolygon([[0, 0, 0], [1, 0, 0], [1, 1, 0]]).close().IsClosed(), true);
      assert.equal(Wire.combine([Edge.makeLine([0, 0, 0], [1, 0, 0]), Edge.makeLine([1, 0, 0], [1, 1, 0]), Edge.makeLine([5, 5, 0], [6, 5, 0])]).length, 2);
      assertClose(Wire.assembleEdges([Edge.makeLine([0, 0, 0], [1, 0, 0]), Edge.makeLine([1, 0, 0], [1, 1, 0])]).Length(), 2, 1e-12);
      assertClose(Wire.makeCircle(1, [0, 0, 0], [0, 0, 1]).offset2D(1)[0]!.radius()!, 2, 1e-9);
      assert.ok(Wire.makeEllipse(2, 1, [0, 0, 0], [0, 0, 1], [1, 0, 0], 0, 180).IsClosed());
      assert.equal(Vertex.makeVertex(1, 2, 3).X, 1);
      assert.deepEqual(Vertex.makeVertex(1, 2, 3).toTuple(), [1, 2, 3]);
    }));

  it("makes faces and shells: planes, ruled and filled surfaces, sewn shells and the solids they bound", () =>
    withScope(() => {
      assertClose(Face.makePlane(2, 3).Area(), 6, 1e-12);
      assertTripleClose(Face.makePlane(2, 3, [0, 0, 1], [1, 0, 0]).normalAt().toTuple(), [1, 0, 0], 1e-12);
      const ruled = Face.makeRuledSurface(Edge.makeLine([0, 0, 0], [1, 0, 0]), Edge.makeLine([0, 1, 1], [1, 1, 1]));
      assert.ok(ruled instanceof Face);
      assertClose(ruled.Area(), Math.SQRT2, 1e-9);
      const filled = Face.makeNSidedSurface(Wire.makePolygon([[0, 0, 0], [1, 0, 0], [1, 1, 0], [0, 1, 0]], false, true).Edges(), [[0.5, 0.5, 0.2]]);
      assert.ok(filled instanceof Face && filled.Area() > 1);
      const shell = Shell.makeShell(Solid.makeBox(1, 1, 1).Faces());
      assert.ok(shell instanceof Shell);
      assertClose(Solid.makeSolid(shell).Volume(), 1, 1e-9);
      // Ruled between two wires the surface is a Shell; makeShell sews shells with faces, as CadQuery's sewing does.
      const square = (z: number) => Wire.makePolygon([[0, 0, z], [1, 0, z], [1, 1, z], [0, 1, z]], false, true);
      const sides = Face.makeRuledSurface(square(0), square(1));
      assert.ok(sides instanceof Shell && sides.Faces().length === 4);
      const closed = Shell.makeShell([Face.makeFromWires(square(0)), sides, Face.makeFromWires(square(1))]);
      assert.ok(closed instanceof Shell && closed.Closed());
      assertClose(Solid.makeSolid(closed).Volume(), 1, 1e-9);
      assertClose(Face.makePlane(2, 2).thicken(1).Volume(), 4, 1e-9);
    }));

  it("gives shapes CadQuery's instance methods: booleans, transforms, selection, fillets, shells and queries", () =>
    withScope(() => {
      const box = Solid.makeBox(2, 2, 2);
      assertClose(box.fuse(Solid.makeBox(2, 2, 2, [1, 0, 0])).Volume(), 12, 1e-9);
      assertClose(box.cut(Solid.makeBox(1, 2, 2)).Volume(), 4, 1e-9);
      assertClose(box.intersect(Solid.makeBox(1, 2, 2)).Volume(), 4, 1e-9);
      assertClose(box.fuse(Solid.makeBox(1, 1, 1, [5, 0, 0]), Solid.makeBox(1, 1, 1, [9, 0, 0])).Volume(), 10, 1e-9);
      assert.equal(box.fuse(Solid.makeBox(2, 2, 2, [2, 0, 0])).clean().Faces().length, 6);
      assert.equal(box.split(Face.makePlane(null, null, [1, 0, 0], [1, 0, 0])).Solids().length, 2);
      assertTripleClose(box.translate([1, 0, 0]).Center().toTuple(), [2, 1, 1], 1e-12);
      assertTripleClose(box.rotate([0, 0, 0], [0, 0, 1], 90).Center().toTuple(), [-1, 1, 1], 1e-9);
      assertClose(box.scale(2).Volume(), 64, 1e-9);
      assertClose(box.mirror("XY").BoundingBox().zmin, -2, 1e-12);
      assertTripleClose(box.transformShape([[1, 0, 0, 5], [0, 1, 0, 0], [0, 0, 1, 0]]).Center().toTuple(), [6, 1, 1], 1e-12);
      assertTripleClose(box.moved(new Location([0, 0, 5])).Center().toTuple(), [1, 1, 6], 1e-12);
      assertTripleClose(box.moved([0, 0, 5]).Center().toTuple(), [1, 1, 6], 1e-12);
      assertTripleClose(box.moved({ z: 5 }).Center().toTuple(), [1, 1, 6], 1e-12);
      assert.equal(box.moved([new Location([0, 0, 5]), new Location([5, 0, 0])]).Solids().length, 2);
      assertTripleClose(box.located(new Location([0, 0, 5])).Center().toTuple(), [1, 1, 6], 1e-12);
      assert.equal(box.faces(">Z").ShapeType(), "Face");
      assert.equal(box.faces(">Z or <Z").Faces().length, 2);
      assert.equal(box.edges("|Z").Edges().length, 4);
      assertClose(box.distance(Solid.makeBox(1, 1, 1, [5, 0, 0])), 3, 1e-9);
      assert.deepEqual(box.distances(Vertex.makeVertex(4, 0, 0), Vertex.makeVertex(0, 0, 5)), [2, 3]);
      assert.ok(box.isInside([1, 1, 1]) && !box.isInside([3, 1, 1]));
      assert.ok(box.fillet(0.5, box.Edges()).isValid());
      assert.equal(box.chamfer(0.5, null, box.Edges()).Faces().length, 26);
      assertClose(box.shell([box.faces(">Z") as Face], -0.1).Volume(), 8 - 1.8 * 1.8 * 1.9, 1e-6);
      assertClose(box.outerShell().Area(), 24, 1e-9);
      assert.equal(box.innerShells().length, 0);
      assertTripleClose(Shape.CombinedCenter([Solid.makeBox(1, 1, 1), Solid.makeBox(1, 1, 1, [2, 0, 0])]).toTuple(), [1.5, 0.5, 0.5], 1e-12);
      assertClose(Shape.computeMass(Solid.makeBox(1, 2, 3)), 6, 1e-12);
      assert.ok(Solid.isSolid(box) && !Solid.isSolid(Face.makePlane(1, 1)));
      const topEdge = box.edges(">Z and >X");
      assert.equal(topEdge.ancestors(box, "Face").Faces().length, 2);
      assert.equal(box.faces(">Z").siblings(box, "Edge").Faces().length, 4);
      assert.equal(box.faces(">Z").siblings(box, "Edge", 2).Faces().length, 1, "two steps out from the top is the bottom");
      assertPartforgeError(() => topEdge.ancestors(box, "CompSolid"), "NOT_SUPPORTED", /no CompSolid/);
      // OCCT's BRep_Tool::IsClosed, as CadQuery: a shell without free edges and a closed wire are closed.
      assert.ok(box.Shells()[0]!.Closed() && Face.makePlane(1, 1).outerWire().Closed());
      assert.ok(!Wire.makePolygon([[0, 0, 0], [1, 0, 0], [1, 1, 0]]).Closed() && !Shell.makeShell([Face.makePlane(1, 1)]).Closed());
    }));

  it("makes text as a compound of letters with Compound.makeText, as Workplane.text makes them", () =>
    withScope(() => {
      const letters = Compound.makeText("cq", 10, 2);
      assert.ok(letters instanceof Compound && letters.isValid());
      assert.equal(letters.Solids().length, 2);
      const workplane = Workplane().text("cq", 10, 2, { combine: false });
      assertClose(letters.Volume(), workplane.vals().reduce((sum, s) => sum + (s as Shape).Volume(), 0), 1e-9);
      const flat = Compound.makeText("A", 5, 0, { position: Plane.named("XZ"), halign: "left" });
      assert.equal(flat.Solids().length, 0);
      assertClose(flat.BoundingBox().ylen, 0, 1e-12);
      assert.ok(flat.BoundingBox().xmin >= -1e-9, "left-aligned text starts at the origin");
      assertPartforgeError(() => Compound.makeText("A", 5, 1, { fontPath: "/fonts/a.ttf" }), "NOT_SUPPORTED", /fontPath "\/fonts\/a.ttf" is not a bundled font \(scripts cannot read font files\)/);
      assertPartforgeError(() => Compound.makeText("  ", 5, 1), "SCRIPT_EXCEPTION", /text must not be empty/);
      assertPartforgeError(() => loose(Compound).makeText!("A", 5, 1, { kind: "heavy" }), "SCRIPT_EXCEPTION", /kind must be one of "regular", "bold", "italic"; got "heavy"/);
    }));

  it("refuses bad calls with CadQuery's signature: wrong types, too many arguments, unknown names, a name twice", () =>
    withScope(() => {
      const makeBox = /^Solid\.makeBox\(length, width, height, pnt=\(0, 0, 0\), dir=\(0, 0, 1\)\): /;
      assertPartforgeError(() => loose(Solid).makeBox!(1, 2), "SCRIPT_EXCEPTION", makeBox, /missing height/);
      assertPartforgeError(() => loose(Solid).makeBox!(1, 2, 3, [0, 0, 0], [0, 0, 1], 7), "SCRIPT_EXCEPTION", makeBox, /got 6 positional arguments; it takes at most 5/);
      assertPartforgeError(() => loose(Solid).makeBox!(1, 2, 3, { pnnt: [1, 1, 1] }), "SCRIPT_EXCEPTION", makeBox, /unknown option "pnnt" \(did you mean "pnt"\?\)/);
      assertPartforgeError(() => loose(Solid).makeBox!(1, 2, 3, [0, 0, 0], { pnt: [1, 1, 1] }), "SCRIPT_EXCEPTION", makeBox, /pnt is given twice/);
      assertPartforgeError(() => loose(Solid).makeBox!("1", 2, 3), "SCRIPT_EXCEPTION", makeBox, /length must be a finite number; got "1"/);
      assertPartforgeError(() => Solid.makeBox(-1, 2, 3), "SCRIPT_EXCEPTION", /Solid\.makeBox: length must be positive; got -1/);
      assertPartforgeError(() => loose(Wire).makeHelix!(1, 2), "SCRIPT_EXCEPTION", /^Wire\.makeHelix\(pitch, height, radius, center=\(0, 0, 0\), dir=\(0, 0, 1\), angle=360, lefthand=False\): missing radius/);
      assertPartforgeError(() => Wire.makeHelix(0, 2, 1), "SCRIPT_EXCEPTION", /pitch must be positive/);
      assertPartforgeError(() => loose(Solid).makeLoft!([Edge.makeLine([0, 0, 0], [1, 0, 0])]), "SCRIPT_EXCEPTION", /listOfWire\[0\] must be a Wire; got/);
      assertPartforgeError(() => Solid.makeLoft([Wire.makeCircle(1, [0, 0, 0], [0, 0, 1])]), "SCRIPT_EXCEPTION", /more than one wire is required/);
      assertPartforgeError(() => loose(Solid).extrudeLinear!(Edge.makeLine([0, 0, 0], [1, 0, 0]), [0, 0, 1]), "SCRIPT_EXCEPTION", /^Solid\.extrudeLinear\(outerWire, innerWires, vecNormal, taper=0\) or Solid\.extrudeLinear\(face, vecNormal, taper=0\): /);
      assertPartforgeError(() => Edge.makeLine([0, 0, 0], [0, 0, 0]), "SCRIPT_EXCEPTION", /the points must differ/);
      assertPartforgeError(() => loose(Solid.makeBox(1, 1, 1)).fuse!(Solid.makeBox(1, 1, 1), { glu: true }), "SCRIPT_EXCEPTION", /^Shape\.fuse\(\*toFuse, glue=False, tol=None\): unknown option "glu" \(did you mean "glue"\?\)/);
      assertPartforgeError(() => loose(Solid.makeBox(1, 1, 1)).fuse!(Solid.makeBox(1, 1, 1), 3), "SCRIPT_EXCEPTION", /toFuse\[1\] must be a shape; got 3/);
      assertPartforgeError(() => Solid.makeBox(1, 1, 1).fuse(Solid.makeBox(1, 1, 1), { tol: 0.1 }), "NOT_SUPPORTED", /tol is not supported/);
      assertPartforgeError(() => Solid.makeBox(1, 1, 1).positionAt(0.5), "SCRIPT_EXCEPTION", /positionAt\(\) needs an edge or a wire; this is a solid/);
      assertPartforgeError(() => Edge.makeLine([0, 0, 0], [1, 0, 0]).positionAt(1.5), "SCRIPT_EXCEPTION", /d must be between 0 and 1/);
      assertPartforgeError(() => Solid.makeBox(1, 1, 1).fillet(0.1, [Solid.makeBox(1, 1, 1, [5, 0, 0]).Edges()[0] as Edge]), "SCRIPT_EXCEPTION", /edgeList\[0\] is not an edge of this solid/);
      const own = Solid.makeBox(1, 1, 1);
      const foreign = Solid.makeBox(1, 1, 1, [5, 0, 0]);
      assertPartforgeError(() => own.fillet(0.1, [own.Edges()[2]!, own.Edges()[2]!, foreign.Edges()[2]!]), "SCRIPT_EXCEPTION", /^Mixin3D\.fillet: edgeList\[2\] is not an edge of this solid$/);
      assertPartforgeError(() => own.chamfer(0.1, 0.2, [own.Edges()[0]!, own.Edges()[0]!.moved({ x: 1 }) as Edge]), "SCRIPT_EXCEPTION", /^Mixin3D\.chamfer: edgeList\[1\] is not an edge of this solid$/);
      assertPartforgeError(() => own.shell([own.Faces()[5]!, foreign.Faces()[5]!], -0.1), "SCRIPT_EXCEPTION", /^Mixin3D\.shell: faceList\[1\] is not a face of this solid$/);
    }));

  it("chamfers with two lengths: length on the first face holding the edge (the x face before the y face), an edge given twice once", () =>
    withScope(() => {
      const box = Solid.makeBox(10, 10, 10);
      const edge = box.Edges().find((e) => Math.abs(e.Center().x - 10) < 1e-9 && Math.abs(e.Center().y - 10) < 1e-9)!;
      const chamfered = box.chamfer(3, 1, [edge, edge]);
      assertClose(chamfered.Volume(), 1000 - 1.5 * 10, 1e-9);
      const xFace = chamfered.Faces().map((f) => f.BoundingBox()).find((b) => Math.abs(b.xmin - 10) < 1e-9 && Math.abs(b.xmax - 10) < 1e-9)!;
      assertClose(xFace.ymax, 7, 1e-9);
      assertPartforgeError(() => Face.makeRuledSurface(Edge.makeLine([0, 0, 0], [1, 0, 0]), Wire.makeCircle(1, [0, 0, 1], [0, 0, 1])), "SCRIPT_EXCEPTION", /give two edges or two wires/);
      assertPartforgeError(() => loose(Shell).makeShell!([Face.makePlane(1, 1), Edge.makeLine([0, 0, 0], [1, 0, 0])]), "SCRIPT_EXCEPTION", /^Shell\.makeShell\(listOfFaces\): listOfFaces\[1\] must be a Face or a Shell; got/);
    }));

  it("says NOT_SUPPORTED, naming the method and why, for what partforge cannot do", () =>
    withScope(() => {
      const box = Solid.makeBox(1, 1, 1);
      assertPartforgeError(() => box.exportStl("part.stl"), "NOT_SUPPORTED", /Shape\.exportStl: scripts have no file system/);
      assertPartforgeError(() => Shape.importBrep("part.brep"), "NOT_SUPPORTED", /Shape\.importBrep/);
      assertPartforgeError(() => Wire.makeCircle(1, [0, 0, 0], [0, 0, 1]).fillet2D(0.1, []), "NOT_SUPPORTED", /Wire\.fillet2D: it needs OCCT's ChFi2d/);
      assertPartforgeError(() => Face.makePlane(1, 1).chamfer2D(0.1, []), "NOT_SUPPORTED", /Face\.chamfer2D/);
      assertPartforgeError(() => box.transformGeometry([[2, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]]), "NOT_SUPPORTED", /skews or stretches/);
      assertPartforgeError(() => Edge.makeLine([0, 0, 0], [1, 0, 0]).locationAt(0.5, { frame: "corrected" }), "NOT_SUPPORTED", /frame is not supported/);
    }));

  it("shells with the tolerance given (Mixin3D.shell's third argument reaches OCCT; its STEP uncertainty follows it), and refuses a bad one", async () => {
    const uncertainty = async (tolerance: string) => {
      const source = `import { Solid } from "partforge";
export function build() {
  const box = Solid.makeBox(2, 2, 2);
  return box.shell([box.faces(">Z")], -0.1${tolerance});
}`;
      const text = new TextDecoder().decode((await buildModel({ source, language: "ts", type: "step" })).bytes);
      return Number(/UNCERTAINTY_MEASURE_WITH_UNIT\(LENGTH_MEASURE\(([^)]*)\)/.exec(text)?.[1]);
    };
    const byDefault = await uncertainty("");
    assert.equal(await uncertainty(", 0.0001"), byDefault, "0.0001 is CadQuery's default");
    assert.ok(Math.abs(await uncertainty(", 0.01") / byDefault - 100) < 1e-6, "100 times the tolerance, 100 times the uncertainty");
    withScope(() => {
      const box = Solid.makeBox(2, 2, 2);
      for (const bad of [0, -1e-4]) {
        assertPartforgeError(() => box.shell([box.faces(">Z") as Face], -0.1, bad), "SCRIPT_EXCEPTION", /^Mixin3D\.shell: tolerance must be a positive number \(CadQuery's default is 0\.0001\)/);
      }
      assertPartforgeError(() => box.shell([box.faces(">Z") as Face], -0.1, Number.NaN), "SCRIPT_EXCEPTION", /tolerance must be a finite number; got NaN/);
    });
  });

  it("is what a ModelScript imports from \"partforge\", CadQuery's lines as written", async () => {
    const source = `import { Solid, Wire, Edge, Vertex, Workplane } from "partforge";
export function build() {
  const helix = Wire.makeHelix(1, 3, 2);
  const thread = Workplane("XZ").center(2, 0).rect(0.4, 0.4).sweep(helix, { isFrenet: true });
  const core = Solid.makeCylinder(1.9, 3);
  if (!(core instanceof Solid)) throw new Error("not a Solid");
  Vertex.makeVertex(0, 0, 0);
  Edge.makeCircle({ radius: 10, angle1: 0, angle2: 90 });
  return thread.union(core);
}`;
    const result = await buildModel({ source, language: "ts", type: "stl" });
    assert.ok(result.bytes.byteLength > 0);
  });
});
