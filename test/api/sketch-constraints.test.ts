/**
 * Sketch distribute, spline, constraints and solve (CadQuery 2.5's sketch.py and
 * sketch_solver.py): results against closed forms worked out by hand, and bad calls.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Location, Sketch, Workplane, type Shape } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertClose, assertGeometry, assertPartforgeError, assertTripleClose } from "../helpers/geometry.ts";

const PI = Math.PI;
const TOLERANCE = 1e-7;

const edgesOf = (sketch: ReturnType<typeof Sketch>) => sketch.state.edges as readonly Shape[];
const locationsOf = (sketch: ReturnType<typeof Sketch>) => sketch.vals() as Location[];
const solidFace = (sketch: ReturnType<typeof Sketch>) => sketch.facesShape()!;

/** Area of the lens where circles of radii R and r, centres d apart, overlap. */
function lens(R: number, r: number, d: number): number {
  return r * r * Math.acos((d * d + r * r - R * R) / (2 * d * r)) + R * R * Math.acos((d * d + R * R - r * r) / (2 * d * R)) - 0.5 * Math.sqrt((-d + r + R) * (d + r - R) * (d - r + R) * (d + r + R));
}

describe("Sketch constraints and solve", () => {
  before(async () => {
    await loadKernel();
  });

  const docSketch = () =>
    Sketch()
      .segment([0, 0], [0, 3.0], "s1")
      .arc([0.0, 3.0], [1.5, 1.5], [0.0, 0.0], "a1")
      .constrain("s1", "Fixed", null)
      .constrain("s1", "a1", "Coincident", null)
      .constrain("a1", "s1", "Coincident", null)
      .constrain("s1", "a1", "Angle", 45);

  it("solves doc/sketch.rst's constraint-based sketch: the arc leaves (0, 3) along (1, 1), around (1.5, 1.5) for 270°", () =>
    withScope(() => {
      const solved = docSketch().solve();
      const [segment, arc] = edgesOf(solved);
      assertTripleClose(segment!.startPoint().toTuple(), [0, 0, 0]);
      assertTripleClose(segment!.endPoint().toTuple(), [0, 3, 0]);
      const r = 1.5 * Math.SQRT2;
      assertTripleClose(arc!.startPoint().toTuple(), [0, 3, 0], TOLERANCE);
      assertTripleClose(arc!.positionAt(0.5).toTuple(), [1.5 + r, 1.5, 0], TOLERANCE);
      assertTripleClose(arc!.endPoint().toTuple(), [0, 0, 0], TOLERANCE);
      assertClose(arc!.radius()!, r, TOLERANCE);
      // the face: the whole circle less the 90° segment left of x = 0
      assertClose(solved.assemble().facesShape()!.Area(), 2.25 * ((3 * PI) / 2 + 1), TOLERANCE);
    }));

  it("keeps tags on the solved edges and leaves the sketch it was called on unchanged", () =>
    withScope(() => {
      const before = docSketch();
      const solved = before.solve();
      assertTripleClose(edgesOf(before)[1]!.positionAt(0.5).toTuple(), [1.5, 1.5, 0]);
      assertClose((solved.edges({ tag: "a1" }).vals()[0] as Shape).radius()!, 1.5 * Math.SQRT2, TOLERANCE);
    }));

  it("FixedPoint, Length and Orientation make a segment 2 long along +x from its fixed start", () =>
    withScope(() => {
      const solved = Sketch().segment([0, 0], [1, 1], "s").constrain("s", "FixedPoint", 0).constrain("s", "Length", 2).constrain("s", "Orientation", [1, 0]).solve();
      const [s] = edgesOf(solved);
      assertTripleClose(s!.startPoint().toTuple(), [0, 0, 0], TOLERANCE);
      assertTripleClose(s!.endPoint().toTuple(), [2, 0, 0], TOLERANCE);
    }));

  it("Radius and ArcAngle about a fixed centre: a half circle of radius 2, length 2π", () =>
    withScope(() => {
      const solved = Sketch().arc([0, 0], 1, 0, 90, "a").constrain("a", "FixedPoint", null).constrain("a", "Radius", 2).constrain("a", "ArcAngle", 180).solve();
      const [a] = edgesOf(solved);
      assertClose(a!.radius()!, 2, TOLERANCE);
      assertClose(a!.Length(), 2 * PI, TOLERANCE);
      assertClose(a!.startPoint().sub(a!.endPoint()).length, 4, TOLERANCE);
    }));

  it("Distance between the ends of two segments, one fixed: the other's start moves to 5 from (0, 0)", () =>
    withScope(() => {
      const solved = Sketch().segment([0, 0], [1, 0], "a").segment([1, 1], [2, 1], "b").constrain("a", "Fixed", null).constrain("b", "Orientation", [1, 0]).constrain("b", "Length", 1).constrain("a", "b", "Distance", [0, 0, 5]).solve();
      const [, b] = edgesOf(solved);
      assertClose(b!.startPoint().length, 5, TOLERANCE);
      assertClose(b!.Length(), 1, TOLERANCE);
    }));

  it("returns the sketch as it is when nothing is constrained", () =>
    withScope(() => {
      const plain = Sketch().segment([0, 0], [1, 0], "a");
      assert.equal(plain.solve(), plain);
    }));

  it("refuses unknown tags, the wrong geometry or number of edges, bad params, and contradictions", () =>
    withScope(() => {
      const base = Sketch().segment([0, 0], [1, 0], "s").arc([1, 0], [2, 1], [3, 0], "a");
      assertPartforgeError(() => base.constrain("t", "Fixed", null), "SCRIPT_EXCEPTION", /no edge is tagged "t"/);
      assertPartforgeError(() => base.constrain("s", "Radius", 1), "SCRIPT_EXCEPTION", /Radius applies to arcs; "s" is a LINE edge/);
      assertPartforgeError(() => base.constrain("s", "Coincident", null), "SCRIPT_EXCEPTION", /Coincident constrains two edges: constrain\(tag1, tag2, kind, arg\); got 1/);
      assertPartforgeError(() => base.constrain("s", "Length", null), "SCRIPT_EXCEPTION", /the param of Length must be a number; got None \(null\)/);
      assertPartforgeError(() => base.constrain("s", "a", "Distance", [0, 1]), "SCRIPT_EXCEPTION", /\[t1, t2, d\]/);
      assertPartforgeError(() => base.constrain("s", "Glue" as never, null), "SCRIPT_EXCEPTION", /constraint must be one of "Fixed"/);
      assertPartforgeError(() => Sketch().rect(1, 1).vertices().tag("v").constrain("v", "Fixed", null), "SCRIPT_EXCEPTION", /"v" does not tag an edge/);
      const contradiction = base.constrain("s", "Fixed", null).constrain("s", "Length", 3);
      assertPartforgeError(() => contradiction.solve(), "SCRIPT_EXCEPTION", /cannot all hold .*the furthest from holding is (Length|Fixed) on "s"/);
    }));
});

describe("Sketch constraints: CadQuery's test_sketch.py::test_constraint_solver and test_constraint_validation", () => {
  before(async () => {
    await loadKernel();
  });

  const tagged = (sketch: ReturnType<typeof Sketch>, tag: string) => sketch.edges({ tag }).vals()[0] as Shape;

  it("s1: a triangle closed by Coincident with a right angle and 135° assembles into a valid face", () =>
    withScope(() => {
      const s1 = Sketch()
        .segment([0.0, 0], [0.0, 2.0], "segment1")
        .segment([0.5, 2.5], [1.0, 1], "segment2")
        .close("segment3")
        .constrain("segment1", "Fixed", null)
        .constrain("segment1", "segment2", "Coincident", null)
        .constrain("segment2", "segment3", "Coincident", null)
        .constrain("segment3", "segment1", "Coincident", null)
        .constrain("segment3", "segment1", "Angle", 90)
        .constrain("segment2", "segment3", "Angle", 180 - 45)
        .solve()
        .assemble();
      assert.ok(solidFace(s1).isValid());
      // a right isosceles triangle on the fixed leg of 2: area 2
      assertClose(solidFace(s1).Area(), 2, TOLERANCE);
    }));

  it("s2: two arcs and two segments, with Length 0.5 and arc Length 1", () =>
    withScope(() => {
      const s2 = Sketch()
        .arc([0.0, 0.0], [-0.5, 0.5], [0.0, 1.0], "arc1")
        .arc([0.0, 1.0], [0.5, 1.5], [1.0, 1.0], "arc2")
        .segment([1.0, 0.0], "segment1")
        .close("segment2")
        .constrain("segment2", "Fixed", null)
        .constrain("segment1", "segment2", "Coincident", null)
        .constrain("arc2", "segment1", "Coincident", null)
        .constrain("segment2", "arc1", "Coincident", null)
        .constrain("arc1", "arc2", "Coincident", null)
        .constrain("segment1", "segment2", "Angle", 90)
        .constrain("segment2", "arc1", "Angle", 90)
        .constrain("arc1", "arc2", "Angle", -90)
        .constrain("arc2", "segment1", "Angle", 90)
        .constrain("segment1", "Length", 0.5)
        .constrain("arc1", "Length", 1.0)
        .solve();
      assert.ok(solidFace(s2.assemble()).isValid());
      assertClose(tagged(s2, "segment1").Length(), 0.5, TOLERANCE);
      assertClose(tagged(s2, "arc1").Length(), 1.0, TOLERANCE);
    }));

  it("s3: ArcAngle 60 and Radius 1 give an arc of length π/3", () =>
    withScope(() => {
      const s3 = Sketch()
        .arc([0.0, 0.0], [-0.5, 0.5], [0.0, 1.0], "arc1")
        .segment([1.0, 0.0], "segment1")
        .close("segment2")
        .constrain("segment2", "Fixed", null)
        .constrain("arc1", "ArcAngle", 60)
        .constrain("arc1", "Radius", 1.0)
        .constrain("segment2", "arc1", "Coincident", null)
        .constrain("arc1", "segment1", "Coincident", null)
        .constrain("segment1", "segment2", "Coincident", null)
        .solve();
      assert.ok(solidFace(s3.assemble()).isValid());
      assertClose(tagged(s3, "arc1").radius()!, 1, TOLERANCE);
      assertClose(tagged(s3, "arc1").Length(), PI / 3, TOLERANCE);
    }));

  it("s4: Orientation (−1, −1) and Distance (0, 0.5, 2) from the fixed segment's midpoint", () =>
    withScope(() => {
      const s4 = Sketch()
        .arc([0.0, 0.0], [-0.5, 0.5], [0.0, 1.0], "arc1")
        .segment([1.0, 0.0], "segment1")
        .close("segment2")
        .constrain("segment2", "Fixed", null)
        .constrain("segment1", "Orientation", [-1.0, -1])
        .constrain("segment1", "segment2", "Distance", [0.0, 0.5, 2.0])
        .constrain("segment2", "arc1", "Coincident", null)
        .constrain("arc1", "segment1", "Coincident", null)
        .constrain("segment1", "segment2", "Coincident", null)
        .solve();
      assert.ok(solidFace(s4.assemble()).isValid());
      const seg1 = tagged(s4, "segment1");
      const seg2 = tagged(s4, "segment2");
      assertClose(seg1.endPoint().sub(seg1.startPoint()).getAngle([-1, -1]), 0, 1e-9);
      const midpoint = seg2.startPoint().add(seg2.endPoint()).multiply(0.5);
      assertClose(midpoint.sub(seg1.startPoint()).length, 2, TOLERANCE);
    }));

  it("s5–s7: Distance between points along edges and arc centres, FixedPoint at fractions and at a centre", () =>
    withScope(() => {
      const s5 = Sketch()
        .segment([0, 0], [0, 3.0], "segment1")
        .arc([0.0, 0], [1.5, 1.5], [0.0, 3], "arc1")
        .arc([0.0, 0], [-1.0, 1.5], [0.0, 3], "arc2")
        .constrain("segment1", "Fixed", null)
        .constrain("segment1", "arc1", "Distance", [0.5, 0.5, 3])
        .constrain("segment1", "arc1", "Distance", [0.0, 1.0, 0.0])
        .constrain("arc1", "segment1", "Distance", [0.0, 1.0, 0.0])
        .constrain("segment1", "arc2", "Coincident", null)
        .constrain("arc2", "segment1", "Coincident", null)
        .constrain("arc1", "arc2", "Distance", [0.5, 0.5, 10.5])
        .solve();
      const [e0, e1, e2] = edgesOf(s5);
      assertClose(e1!.positionAt(0.5).sub(e0!.positionAt(0.5)).length, 3, TOLERANCE);
      assertClose(e1!.positionAt(0.5).sub(e2!.positionAt(0.5)).length, 10.5, TOLERANCE);

      const s6 = Sketch()
        .segment([0, 0], [0, 3.0], "segment1")
        .arc([0.0, 0], [5.5, 5.5], [0.0, 3], "arc1")
        .constrain("segment1", "Fixed", null)
        .constrain("segment1", "arc1", "Coincident", null)
        .constrain("arc1", "segment1", "Coincident", null)
        .constrain("arc1", "segment1", "Distance", [null, 0.5, 0])
        .solve();
      const [f0, f1] = edgesOf(s6);
      assertClose(f1!.positionAt(0.5).sub(f0!.positionAt(0.5)).length, 1.5, TOLERANCE);

      const s7 = Sketch()
        .segment([0, 0], [0, 3.0], "segment1")
        .arc([0.0, 0], [5.5, 5.5], [0.0, 4], "arc1")
        .constrain("segment1", "FixedPoint", 0)
        .constrain("arc1", "FixedPoint", null)
        .constrain("arc1", "FixedPoint", 1)
        .constrain("arc1", "segment1", "Distance", [0, 0, 0])
        .constrain("arc1", "segment1", "Distance", [1, 1, 0])
        .solve();
      assert.ok(solidFace(s7.assemble()).isValid());
    }));

  it("refuses what test_constraint_validation refuses: an unknown kind, two tags for Fixed, a spline, a param for Fixed", () =>
    withScope(() => {
      const s = Sketch().segment([0, 0], [1, 1], "s");
      assertPartforgeError(() => s.constrain("s", "Dummy" as never, null), "SCRIPT_EXCEPTION", /constraint must be one of/);
      assertPartforgeError(() => s.constrain("s", "s", "Fixed", null), "SCRIPT_EXCEPTION", /Fixed constrains one edge/);
      assertPartforgeError(() => Sketch().spline([[1.0, 1.0], [2.0, 1.0], [0.0, 0.0]], "s").constrain("s", "Fixed", null), "SCRIPT_EXCEPTION", /Fixed applies to arcs and lines; "s" is a BSPLINE edge/);
      assertPartforgeError(() => s.constrain("s", "Fixed", 1), "SCRIPT_EXCEPTION", /the param of Fixed must be None \(null\); got 1/);
    }));
});

describe("Sketch.distribute: CadQuery's test_sketch.py::test_distribute", () => {
  before(async () => {
    await loadKernel();
  });

  it("three unit squares around a construction circle of radius 4, turned with it or not", () =>
    withScope(() => {
      const s1 = Sketch().circle(4, { mode: "c", tag: "c" }).edges({ tag: "c" }).distribute(3);
      assert.equal(s1.vals().length, 3);
      const turnedSquares = s1.rect(1, 1);
      assertClose(solidFace(turnedSquares).Area(), 3, TOLERANCE);
      assert.equal(solidFace(turnedSquares).Faces().length, 3);
      assert.equal(turnedSquares.reset().vertices("<X").vals().length, 2);
      for (const f of solidFace(turnedSquares).Faces()) assertClose(f.Center().length, 4, TOLERANCE);
      const s2 = Sketch().circle(4, { mode: "c", tag: "c" }).edges({ tag: "c" }).distribute(3, { rotate: false }).rect(1, 1);
      assertClose(solidFace(s2).Area(), 3, TOLERANCE);
      assert.equal(s2.reset().vertices("<X").vals().length, 4);
    }));

  it("a trimmed range from 0.625 to 0.875 puts the leftmost corner at (−3.358757, −3.005204) as CadQuery's does", () =>
    withScope(() => {
      const s3 = Sketch().circle(4, { mode: "c", tag: "c" }).edges({ tag: "c" }).distribute(3, 0.625, 0.875);
      assert.equal(s3.vals().length, 3);
      const squares = s3.rect(1, 0.5);
      assertTripleClose((squares.reset().vertices("<X").vals()[0] as Shape).toTuple(), [-3.358757210636101, -3.005203820042827, 0], TOLERANCE);
      assertTripleClose((squares.reset().vertices(">X").vals()[0] as Shape).toTuple(), [3.358757210636101, -3.005203820042827, 0], TOLERANCE);
      assert.equal(locationsOf(Sketch().arc([0, 0], 4, 180, 180).edges().distribute(3, 0.25, 0.75)).length, 3);
    }));
});

describe("Sketch.distribute", () => {
  before(async () => {
    await loadKernel();
  });

  it("spreads n locations evenly around a whole circle, x towards its centre (Frenet normal, planar)", () =>
    withScope(() => {
      const locations = locationsOf(Sketch().circle(2).wires().distribute(4));
      assert.equal(locations.length, 4);
      const positions = locations.map((l) => l.toTuple());
      for (const l of locations) {
        assertClose(l.position.length, 2, TOLERANCE);
        assertTripleClose(l.frame.xDir.toTuple(), l.position.multiply(-0.5).toTuple(), TOLERANCE);
        assertTripleClose(l.frame.zDir.toTuple(), [0, 0, 1]);
      }
      // a quarter turn apart
      for (let i = 1; i < 4; i++) assertClose(Math.hypot(positions[i]![0] - positions[i - 1]![0], positions[i]![1] - positions[i - 1]![1]), 2 * Math.SQRT2, TOLERANCE);
    }));

  it("includes both ends on a trimmed range or an open edge, and does not turn with rotate = false", () =>
    withScope(() => {
      const half = locationsOf(Sketch().circle(2).wires().distribute(3, 0, 0.5, false));
      assertClose(half[0]!.position.sub(half[2]!.position).length, 4, TOLERANCE);
      for (const l of half) assertTripleClose(l.frame.xDir.toTuple(), [1, 0, 0]);
      const line = locationsOf(Sketch().segment([0, 0], [4, 0]).edges().distribute(3));
      assert.deepEqual(line.map((l) => l.toTuple().map((v) => Math.round(v * 1e9) / 1e9)), [[0, 0, 0], [2, 0, 0], [4, 0, 0]]);
      assertTripleClose(locationsOf(Sketch().segment([0, 0], [4, 0]).edges().distribute(1, 0.25))[0]!.toTuple(), [1, 0, 0], TOLERANCE);
    }));

  it("builds doc/sketch.rst's 'spanning multiple elements' flowers (cut straight here): 25 + 4·1.125 − 4·0.5·(πR² + 6(πr² − lens)) with 78 faces", () =>
    withScope(() => {
      const [R, r] = [0.4, 0.1];
      const flower = PI * R * R + 6 * (PI * r * r - lens(R, r, R));
      const part = (
        Workplane()
          .box(5, 5, 1)
          .faces(">Z")
          .workplane()
          .rarray(2, 2, 2, 2)
          .rect(1.5, 1.5)
          .extrude(0.5)
          .faces(">Z")
          .sketch()
          .circle(0.4)
          .wires()
          .distribute(6)
          .circle(0.1, { mode: "a" })
          .clean()
          .finalize() as ReturnType<typeof Workplane>
      ).cutBlind(-0.5);
      assertGeometry(part, { volume: 25 + 4 * 1.125 - 4 * 0.5 * flower, solids: 1, faces: 78 });
    }));

  it("refuses n < 1, an empty selection and faces", () =>
    withScope(() => {
      assertPartforgeError(() => Sketch().circle(1).wires().distribute(0), "SCRIPT_EXCEPTION", /at least 1 element is required; got n = 0/);
      assertPartforgeError(() => Sketch().circle(1).distribute(3), "SCRIPT_EXCEPTION", /nothing is selected to distribute over/);
      assertPartforgeError(() => Sketch().circle(1).faces().distribute(3), "SCRIPT_EXCEPTION", /can only distribute along edges and wires/);
      assertPartforgeError(() => Sketch().circle(1).wires().distribute(2.5), "SCRIPT_EXCEPTION", /n must be a whole number/);
    }));
});

describe("Sketch.spline", () => {
  before(async () => {
    await loadKernel();
  });

  it("interpolates the points: through collinear, evenly spaced points it is the straight line (length 2), with or without tangents along it", () =>
    withScope(() => {
      assertClose(edgesOf(Sketch().spline([[0, 0], [1, 0], [2, 0]]))[0]!.Length(), 2, TOLERANCE);
      assertClose(edgesOf(Sketch().spline([[0, 0], [1, 0], [2, 0]], [[1, 0], [1, 0]], false))[0]!.Length(), 2, TOLERANCE);
      assertClose(edgesOf(Sketch().spline([[0, 0], [1, 0], [2, 0]], [[1, 0], [1, 0], [1, 0]], false, "s"))[0]!.Length(), 2, TOLERANCE);
    }));

  it("closes smoothly with periodic, and takes a tag and forConstruction in the short form", () =>
    withScope(() => {
      const closed = Sketch().spline([[1, 0], [0, 1], [-1, 0], [0, -1]], null, true);
      const [edge] = edgesOf(closed);
      assert.ok(edge!.IsClosed());
      assertTripleClose(edge!.startPoint().toTuple(), [1, 0, 0], TOLERANCE);
      assertTripleClose(edge!.tangentAt(0).toTuple(), edge!.tangentAt(1).toTuple(), TOLERANCE);
      assert.ok(closed.assemble().facesShape()!.Area() > 3);
      const tagged = Sketch().spline([[0, 0], [1, 1], [2, 0]], "curve", true).segment([0, 0], [2, 0]);
      assert.equal(tagged.edges({ tag: "curve" }).vals().length, 1);
      assertPartforgeError(() => tagged.assemble(), "GEOMETRY", /do not close/);
    }));

  it("refuses fewer than two points and a tangent count that is neither 2 nor one per point", () =>
    withScope(() => {
      assertPartforgeError(() => Sketch().spline([[0, 0]]), "SCRIPT_EXCEPTION", /at least 2 points/);
      assertPartforgeError(() => Sketch().spline([[0, 0], [1, 1], [2, 0]], [[1, 0], [1, 0], [1, 0], [1, 0]], false), "SCRIPT_EXCEPTION", /give 2 tangents \(start and end\) or one per point \(3\); got 4/);
    }));
});
