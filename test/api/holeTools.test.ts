/**
 * hole, cboreHole and cskHole make CadQuery's kernel calls: the tool built once around the origin
 * boring along -z (the bore fused with the counterbore or the cone), moved copies of it at the
 * stack points (one TShape, a location each), all passed to one cut; the default depth is
 * CadQuery's largestDimension() (the bounding-box diagonal) wherever that reaches through.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import type { TopoDS_Shape } from "replicad-opencascadejs";
import { Workplane } from "../../src/api/index.ts";
import { wrapShape, type Shape } from "../../src/api/shape.ts";
import { adopt, kernel, loadKernel, OperationMemo, withMemoSession, withScope } from "../../src/kernel/index.ts";
import type { MemoTraceRecord } from "../../src/kernel/memoTrace.ts";
import { assertClose, assertGeometry } from "../helpers/geometry.ts";

const PI = Math.PI;

interface BooleanCall {
  kind: "cut" | "fuse";
  args: TopoDS_Shape[];
  tools: TopoDS_Shape[];
}

interface ShapeList {
  IsEmpty(): boolean;
  First(): TopoDS_Shape;
  RemoveFirst(): void;
  delete(): void;
}

/** The shapes of an OCCT list (new handles; the list is left as it was). */
function listed(list: ShapeList): TopoDS_Shape[] {
  const copy = new (kernel().NCollection_List_TopoDS_Shape)(list as never) as unknown as ShapeList;
  const shapes: TopoDS_Shape[] = [];
  while (!copy.IsEmpty()) {
    shapes.push(copy.First());
    copy.RemoveFirst();
  }
  copy.delete();
  (list as { delete(): void }).delete();
  return shapes;
}

/** The arguments and tools of every BRepAlgoAPI_Cut and BRepAlgoAPI_Fuse that `run` builds. */
function recordBooleans(run: () => void): BooleanCall[] {
  const oc = kernel();
  const calls: BooleanCall[] = [];
  const restore: (() => void)[] = [];
  for (const [kind, cls] of [["cut", oc.BRepAlgoAPI_Cut], ["fuse", oc.BRepAlgoAPI_Fuse]] as const) {
    const proto = cls.prototype as unknown as { Build: (...args: unknown[]) => unknown };
    const original = proto.Build;
    type Builder = { Arguments(): ShapeList; Tools(): ShapeList };
    const recording = function (this: Builder, ...args: unknown[]) {
      calls.push({ kind, args: listed(this.Arguments()), tools: listed(this.Tools()) });
      return original.apply(this, args);
    };
    // Embind keeps an overloaded method's table on the function: the recording carries it over.
    proto.Build = Object.assign(recording, original);
    restore.push(() => (proto.Build = original));
  }
  try {
    run();
  } finally {
    for (const undo of restore) undo();
  }
  return calls;
}

/** A recorded raw shape as an API shape (owned by the scope). */
const asShape = (raw: TopoDS_Shape): Shape => wrapShape(adopt(raw));

/** The cube every test drills into, its top face the workplane. */
const cubeTop = () => Workplane().box(10, 10, 10).faces(">Z").workplane();
const CORNERS: [number, number][] = [[-2.5, -2.5], [2.5, -2.5], [2.5, 2.5], [-2.5, 2.5]];

describe("hole tools as CadQuery builds them", () => {
  before(async () => {
    await loadKernel();
  });

  it("cboreHole fuses the bore and counterbore once at the origin and cuts moved copies of it in one cut", () =>
    withScope(() => {
      const base = cubeTop().pushPoints(CORNERS);
      let part: Shape | undefined;
      const calls = recordBooleans(() => {
        part = base.cboreHole(2, 4, 3).val() as Shape;
      });
      assert.deepEqual(calls.map((c) => [c.kind, c.args.length, c.tools.length]), [["fuse", 1, 1], ["cut", 1, 4]]);
      const [fuse, cut] = calls as [BooleanCall, BooleanCall];
      // Built at the origin, boring along -z: the bore of radius 1, the counterbore of radius 2, 3 deep.
      const bore = asShape(fuse.args[0]!).BoundingBox();
      const cbore = asShape(fuse.tools[0]!).BoundingBox();
      assertClose(bore.zmax, 0, 1e-9);
      assertClose(bore.xmax, 1, 1e-6);
      assertClose(cbore.zmin, -3, 1e-9);
      assertClose(cbore.xmax, 2, 1e-6);
      // Every tool is the fused tool (one TShape) at its own location.
      const [first, ...others] = cut.tools;
      for (const tool of others) {
        assert.ok(tool.IsPartner(first!), "the cut's tools share one TShape");
        assert.ok(!tool.IsSame(first!), "each tool has its own location");
      }
      const centres = cut.tools.map((t) => asShape(t).BoundingBox().center.toTuple().slice(0, 2).map((v) => Math.round(v * 1e6) / 1e6));
      assert.deepEqual(centres.sort(), CORNERS.map(([x, y]) => [x, y]).sort());
      // 10³ − 4·(π·1²·10 + π·(2² − 1²)·3)
      assertGeometry(part!, { volume: 1000 - 4 * (10 * PI + 9 * PI), faces: 6 + 4 * 3 });
    }));

  it("cskHole fuses the bore with a cone of the countersink's radius at the origin, its apex along -z", () =>
    withScope(() => {
      const calls = recordBooleans(() => cubeTop().pushPoints(CORNERS.slice(0, 2)).cskHole(2, 4, 90));
      assert.deepEqual(calls.map((c) => [c.kind, c.tools.length]), [["fuse", 1], ["cut", 2]]);
      const cone = asShape(calls[0]!.tools[0]!);
      assert.deepEqual(cone.Faces().map((f) => f.geomType).sort(), ["CONE", "PLANE"]);
      const box = cone.BoundingBox();
      assertClose(box.zmax, 0, 1e-9);
      assertClose(box.zmin, -2, 1e-6); // h = r / tan(45°) = 2
      assertClose(box.xmax, 2, 1e-6);
      assert.ok(calls[1]!.tools[1]!.IsPartner(calls[1]!.tools[0]!));
    }));

  it("hole cuts one cylinder's moved copies", () =>
    withScope(() => {
      const calls = recordBooleans(() => cubeTop().pushPoints(CORNERS).hole(1));
      assert.deepEqual(calls.map((c) => [c.kind, c.tools.length]), [["cut", 4]]);
      const [first, ...others] = calls[0]!.tools;
      for (const tool of others) assert.ok(tool.IsPartner(first!) && !tool.IsSame(first!));
    }));

  it("bores as deep as the solid's bounding-box diagonal by default from points in the box (largestDimension)", () =>
    withScope(() => {
      const calls = recordBooleans(() => cubeTop().pushPoints(CORNERS).hole(1));
      const tool = asShape(calls[0]!.tools[0]!).BoundingBox();
      assertClose(tool.zlen, 10 * Math.sqrt(3), 1e-6);
    }));

  it("bores through from a point outside the box, as deep as the box corner farthest from it", () =>
    withScope(() => {
      // The workplane 20 above the cube's top: the diagonal (17.3) would end 7.7 above the cube.
      const above = Workplane().box(10, 10, 10).faces(">Z").workplane({ offset: 20 });
      let part: Shape | undefined;
      const calls = recordBooleans(() => {
        part = above.hole(2).val() as Shape;
      });
      assertClose(asShape(calls[0]!.tools[0]!).BoundingBox().zlen, Math.hypot(5, 5, 30), 1e-6);
      assertGeometry(part!, { volume: 1000 - 10 * PI, faces: 7 });
    }));

  it("the memo gives a rebuild the same tools back, and another diameter its own", () => {
    const memo = new OperationMemo({ budgetBytes: 64 * 1024 * 1024, keepMinMs: 0 });
    const build = (diameter: number, cskDiameter: number) => {
      const trace: MemoTraceRecord[] = [];
      const volume = withMemoSession(memo, "acc_holes", () => withScope(() => (cubeTop().pushPoints(CORNERS).cskHole(diameter, cskDiameter, 90).val() as Shape).Volume()), trace);
      const outcome = (kind: string) => trace.filter((r) => r.kind === kind).map((r) => r.outcome);
      return { volume, cone: outcome("cone"), fuse: outcome("boolean fuse") };
    };
    const first = build(2, 4);
    assert.deepEqual([first.cone, first.fuse], [["miss"], ["miss"]], "one cone and one fuse for the four points");
    const again = build(2, 4);
    assert.deepEqual([again.cone, again.fuse], [["hit"], ["hit"]]);
    assert.equal(again.volume, first.volume);
    const widerBore = build(3, 4);
    assert.deepEqual([widerBore.cone, widerBore.fuse], [["hit"], ["miss"]], "the same cone, another bore: a new fuse");
    assert.ok(widerBore.volume < first.volume);
    const widerSink = build(2, 5);
    assert.deepEqual([widerSink.cone, widerSink.fuse], [["miss"], ["miss"]]);
  });
});
