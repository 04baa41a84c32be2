import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { func, Workplane, type Shape, type Solid } from "../../src/api/index.ts";
import { unwrapShape } from "../../src/api/shape.ts";
import { kernel, loadKernel, OperationMemo, withMemoSession, withScope } from "../../src/kernel/index.ts";
import { assertClose, assertGeometry, assertPartforgeError } from "../helpers/geometry.ts";

const PI = Math.PI;
const BOX = [[-5, -5, -5], [5, 5, 5]] as [[number, number, number], [number, number, number]];
const cube = () => Workplane().box(10, 10, 10);

describe("fillet, chamfer, shell", () => {
  before(async () => {
    await loadKernel();
  });

  describe("fillet", () => {
    it("rounds the vertical edges of a box", () =>
      withScope(() => {
        // each edge loses the corner square minus the quarter disc, along its length:
        // 10³ − 4·(r² − πr²/4)·h with r = 1, h = 10
        assertGeometry(cube().edges("|Z").fillet(1), {
          volume: 1000 - 4 * (1 - PI / 4) * 10,
          bbox: BOX,
          faces: 10, // 6 + 4 quarter cylinders
          edges: 24, // top and bottom: 4 lines + 4 arcs each; 8 vertical lines
          vertices: 16,
        });
      }));

    it("rounds every edge of a box", () =>
      withScope(() => {
        // a rounded box: core (a−2r)(b−2r)(c−2r) + slabs 2r·Σ(face cores) + πr²·Σ(edge cores) + 4/3·πr³
        const [a, b, c, r] = [10, 8, 6, 1];
        const [A, B, C] = [a - 2 * r, b - 2 * r, c - 2 * r];
        const volume = A * B * C + 2 * r * (A * B + B * C + A * C) + PI * r * r * (A + B + C) + (4 / 3) * PI * r ** 3;
        assertGeometry(Workplane().box(a, b, c).edges().fillet(r), { volume, bbox: [[-5, -4, -3], [5, 4, 3]], faces: 26 }); // 6 + 12 + 8
      }));

    it("rounds the top edge of a cylinder into a torus band", () =>
      withScope(() => {
        // removed: the corner square minus quarter disc, A = r²(1 − π/4), swept around the axis at
        // its centroid radius R − r(10 − 3π)/(3(4 − π)) (Pappus), R = 5, r = 1
        const area = 1 - PI / 4;
        const centroid = 5 - (10 - 3 * PI) / (3 * (4 - PI));
        assertGeometry(Workplane().cylinder(10, 5).faces(">Z").fillet(1), {
          volume: 250 * PI - 2 * PI * centroid * area,
          bbox: [[-5, -5, -5], [5, 5, 5]],
          faces: 4,
        });
      }));

    it("fails with a GEOMETRY error naming the fillet when the radius is too large", () =>
      withScope(() => {
        assertPartforgeError(() => cube().edges("|Z").fillet(6), "GEOMETRY", /fillet/, /6/);
      }));

    it("says to select edges when none are selected", () =>
      withScope(() => {
        assertPartforgeError(() => cube().faces(">Z").workplane().fillet(1), "SCRIPT_EXCEPTION", /fillet: no edges are selected; select some first/, /edges\("\|Z"\)/);
        // a selector that matched nothing is named, with how many candidates it saw
        assertPartforgeError(() => cube().edges("%CIRCLE").fillet(1), "SCRIPT_EXCEPTION", /fillet: nothing is selected: edges\("%CIRCLE"\) matched none of the 12 candidate/);
      }));

    it("needs a solid and a positive radius", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().rect(2, 2).fillet(1), "SCRIPT_EXCEPTION", /fillet: there is no solid/);
        assertPartforgeError(() => cube().edges("|Z").fillet(0), "SCRIPT_EXCEPTION", /fillet: radius must be greater than 0/);
      }));
  });

  describe("chamfer", () => {
    it("bevels the vertical edges symmetrically", () =>
      withScope(() => {
        // each edge loses a right triangle of legs 1: 10³ − 4·½·1·1·10
        assertGeometry(cube().edges("|Z").chamfer(1), { volume: 980, bbox: BOX, faces: 10, edges: 24, vertices: 16 });
      }));

    it("bevels with two lengths", () =>
      withScope(() => {
        // triangle legs 2 and 1: 10³ − 4·½·2·1·10
        assertGeometry(cube().edges("|Z").chamfer(2, 1), { volume: 960, bbox: BOX, faces: 10, edges: 24, vertices: 16 });
      }));

    it("bevels the edges of a selected face, mitred at the corners", () =>
      withScope(() => {
        // what is left of the top 1 mm slab is a frustum with square sections of side 2(9 − z):
        // ∫₄⁵ 4(9 − z)² dz = 4/3·(5³ − 4³) = 244/3, so the slab loses 100 − 244/3 = 56/3
        assertGeometry(cube().faces(">Z").chamfer(1), { volume: 1000 - 56 / 3, bbox: BOX, faces: 10, edges: 20, vertices: 12 });
      }));

    it("fails with a GEOMETRY error when the length is too large, and needs a positive length", () =>
      withScope(() => {
        assertPartforgeError(() => cube().edges("|Z").chamfer(6), "GEOMETRY", /chamfer/);
        assertPartforgeError(() => cube().edges("|Z").chamfer(-1), "SCRIPT_EXCEPTION", /chamfer: length must be greater than 0/);
        assertPartforgeError(() => cube().edges("|Z").chamfer(1, -1), "SCRIPT_EXCEPTION", /chamfer: length2 must be greater than 0/);
        assertPartforgeError(() => cube().edges("|Z").chamfer(1, Number.NaN), "SCRIPT_EXCEPTION", /length2 must be a finite number or None/);
        const box = cube().val() as Solid;
        assertPartforgeError(() => box.chamfer(1, -1, box.Edges().slice(0, 1)), "SCRIPT_EXCEPTION", /Mixin3D\.chamfer: length2 must be positive/);
        assertPartforgeError(() => cube().edges("%CIRCLE").chamfer(1), "SCRIPT_EXCEPTION", /chamfer: nothing is selected: edges\("%CIRCLE"\)/);
        assertPartforgeError(() => cube().faces(">Z").workplane().chamfer(1), "SCRIPT_EXCEPTION", /chamfer: no edges are selected/);
      }));

    it("puts length on the first face of the solid holding the edge (the x face before the y face), length2 on the other", () =>
      withScope(() => {
        // The edge at x = 5, y = 5: 3 along the +X face (its y reaches 5 − 3), 1 along the +Y face.
        const chamfered = cube().edges("|Z and >X and >Y").chamfer(3, 1);
        assertClose((chamfered.faces(">X").val() as Shape).BoundingBox().ymax, 2, 1e-9);
        assertClose((chamfered.faces(">Y").val() as Shape).BoundingBox().xmax, 4, 1e-9);
      }));

    it("adds every edge as CadQuery's Mixin3D.chamfer does: two distances (length twice without length2) and the edge's first face", () =>
      withScope(() => {
        const base = cube();
        const calls = recordChamferAdds(() => {
          base.edges("|Z").chamfer(1);
          cube().edges("|Z and >X and >Y").chamfer(3, 1);
          const box = cube().val() as Solid;
          box.chamfer(0.5, null, box.Edges().slice(0, 2));
        });
        assert.deepEqual(calls.map((c) => c.distances), [[1, 1], [1, 1], [1, 1], [1, 1], [3, 1], [0.5, 0.5], [0.5, 0.5]]);
        // CadQuery's `if length2:` — 0, like None, is the symmetric chamfer; a length2 equal to length is the same call.
        const symmetric = recordChamferAdds(() => {
          cube().edges("|Z and >X and >Y").chamfer(2, 0);
          cube().edges("|Z and >X and >Y").chamfer(2, 2);
          const box = cube().val() as Solid;
          box.chamfer(0.5, 0, box.Edges().slice(0, 1));
        });
        assert.deepEqual(symmetric.map((c) => c.distances), [[2, 2], [2, 2], [0.5, 0.5]]);
        assertGeometry(cube().edges("|Z and >X and >Y").chamfer(2, 0), { volume: 1000 - 20, faces: 7 });
        // The face is the first face of the solid holding the edge (OCCT's edge→face map order).
        const solid = base.val() as Shape;
        for (const call of calls.slice(0, 4)) {
          const first = solid.Faces().find((f) => f.Edges().some((e) => raw(e).IsSame(call.edge!)));
          assert.ok(first !== undefined && call.face!.IsSame(raw(first)));
        }
      }));

    it("adds edges with one distance in the free function chamfer, as CadQuery's func.chamfer does", () =>
      withScope(() => {
        const box = cube().val() as Shape;
        const calls = recordChamferAdds(() => func.chamfer(box, box.Edges()[0]!, 0.5));
        assert.deepEqual(calls.map((c) => [c.distances, c.face]), [[[0.5], undefined]]);
      }));

    it("refuses, with two lengths, an edge of another solid on the stack", () =>
      withScope(() => {
        const other = Workplane().box(2, 2, 2).translate([20, 0, 0]).edges("|Z").vals();
        assertPartforgeError(() => cube().edges("|Z").add(other).chamfer(1, 0.5), "GEOMETRY", /^chamfer: a selected edge does not belong to the solid$/);
      }));
  });

  describe("shell", () => {
    it("hollows inwards with a negative thickness, opening the selected face", () =>
      withScope(() => {
        // 10³ − 8·8·9 (walls 1 thick, floor 1 thick, open top)
        assertGeometry(cube().faces(">Z").shell(-1), { volume: 424, bbox: BOX, faces: 11 }); // 5 outside + 5 inside + rim
      }));

    it("grows outwards with a positive thickness; kind: intersection keeps the corners sharp", () =>
      withScope(() => {
        // outer 12 × 12 × 11 (no wall on top), inner the original 10³
        assertGeometry(cube().faces(">Z").shell(1, { kind: "intersection" }), { volume: 12 * 12 * 11 - 1000, bbox: [[-6, -6, -6], [6, 6, 5]], faces: 11 });
      }));

    it("rounds the outside of an outward shell by default (arc): the box grown by a ball, cut at the open top", () =>
      withScope(() => {
        // outer = box ⊕ ball(1) below z = 5: all of it, 10³ + 2·1·(3·10²) + π·1²·30 + 4/3·π,
        // less what lies above the top face, 10² + π/4·40 + ½·4/3·π; inner = the 10³ box
        // → 500 + 20π + 2π/3
        assertGeometry(cube().faces(">Z").shell(1), { volume: 500 + 20 * PI + (2 * PI) / 3, bbox: [[-6, -6, -6], [6, 6, 5]], faces: 23 });
      }));

    it("hollows a cylinder", () =>
      withScope(() => {
        // π·5²·10 − π·4²·9
        assertGeometry(Workplane().cylinder(10, 5).faces(">Z").shell(-1), { volume: 106 * PI, bbox: [[-5, -5, -5], [5, 5, 5]], faces: 5 });
      }));

    it("hollows a closed solid when no face is selected, inwards or outwards", () =>
      withScope(() => {
        // 2³ − 1.8³ inwards; outwards the 0.1 walls are rounded along edges and corners:
        // faces 6·2²·0.1, edges 12·(π·0.1²/4)·2, corners 4/3·π·0.1³
        assertGeometry(Workplane().box(2, 2, 2).shell(-0.1), { volume: 8 - 1.8 ** 3, bbox: [[-1, -1, -1], [1, 1, 1]], faces: 12 });
        const outer = 2.4 + 12 * ((PI * 0.01) / 4) * 2 + (4 / 3) * PI * 0.001;
        assertGeometry(Workplane().box(2, 2, 2).shell(0.1), { volume: outer, bbox: [[-1.1, -1.1, -1.1], [1.1, 1.1, 1.1]], faces: 32 });
      }));

    it("needs a non-zero thickness and a known kind", () =>
      withScope(() => {
        assertPartforgeError(() => cube().faces(">Z").shell(0), "SCRIPT_EXCEPTION", /shell: thickness must not be 0/);
        assertPartforgeError(() => cube().faces(">Z").shell(-1, { kind: "round" as never }), "SCRIPT_EXCEPTION", /kind must be one of "arc", "intersection"/);
      }));

    it("fails with a GEOMETRY error when the walls are thicker than the solid (cylinder)", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().cylinder(10, 5).faces(">Z").shell(-5), "GEOMETRY", /shell of thickness -5/);
      }));

    it("fails with a GEOMETRY error, rather than returning the block unshelled, when the walls are thicker than a box", () =>
      withScope(() => {
        assertPartforgeError(() => cube().faces(">Z").shell(-6), "GEOMETRY", /shell/);
        assertPartforgeError(() => cube().faces(">Z").shell(-5), "GEOMETRY", /shell/);
      }));

    it("checks a shelled solid's walls once: a rebuild that reuses it from the memo does not analyse it again, and fails again when it failed", () => {
      const oc = kernel() as unknown as { BRepCheck_Analyzer: new (...args: unknown[]) => object };
      const Analyzer = oc.BRepCheck_Analyzer;
      let analyses = 0;
      oc.BRepCheck_Analyzer = new Proxy(Analyzer, {
        construct(target, args) {
          analyses += 1;
          return new target(...args);
        },
      });
      try {
        const memo = new OperationMemo({ budgetBytes: 64 * 1024 * 1024, keepMinMs: 0 });
        const build = (thickness: number) => withMemoSession(memo, "acc_shell", () => withScope(() => (cube().faces(">Z").shell(thickness).val() as Shape).Volume()));
        const counted = (body: () => void) => {
          const start = analyses;
          body();
          return analyses - start;
        };
        assert.equal(counted(() => assertClose(build(-1), 424, 1e-6)), 1);
        assert.equal(counted(() => assertClose(build(-1), 424, 1e-6)), 0);
        assert.equal(counted(() => assertPartforgeError(() => build(-5), "GEOMETRY", /^shell of thickness -5 failed: the walls are too thick/)), 1);
        assert.equal(counted(() => assertPartforgeError(() => build(-5), "GEOMETRY", /^shell of thickness -5 failed: the walls are too thick/)), 0);
      } finally {
        oc.BRepCheck_Analyzer = Analyzer;
      }
    });
  });
});

const raw = (shape: Shape): RawShape => unwrapShape(shape).wrapped as unknown as RawShape;

interface RawShape {
  IsSame(other: RawShape): boolean;
}

/** The distances, edge and face of each BRepFilletAPI_MakeChamfer.Add call `run` makes. */
function recordChamferAdds(run: () => unknown): { distances: number[]; edge?: RawShape; face?: RawShape }[] {
  const proto = kernel().BRepFilletAPI_MakeChamfer.prototype as unknown as { Add: (...args: unknown[]) => unknown };
  const original = proto.Add;
  const calls: { distances: number[]; edge?: RawShape; face?: RawShape }[] = [];
  // Embind dispatches an overloaded method through an overload table kept on the prototype's
  // function (a property with a minified name): the recording function carries it over.
  const recording = function (this: unknown, ...args: unknown[]) {
    const distances = args.filter((a): a is number => typeof a === "number");
    const shapes = args.filter((a) => typeof a !== "number") as RawShape[];
    calls.push({ distances, edge: shapes[0], face: shapes[1] });
    return original.apply(this, args);
  };
  proto.Add = Object.assign(recording, original);
  try {
    run();
  } finally {
    proto.Add = original;
  }
  return calls;
}
