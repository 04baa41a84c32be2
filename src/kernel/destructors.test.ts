import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { OpenCascadeInstance } from "replicad-opencascadejs";
import { buildModel } from "../build/index.ts";
import { kernelHeapInUse } from "./kernelHeap.ts";
import { kernel, loadKernel, repairedDestructors } from "./load.ts";
import { makeLineEdge, makeWire } from "./index.ts";
import { withScope } from "./scope.ts";

let oc: OpenCascadeInstance & Record<string, any>;
before(async () => {
  await loadKernel();
  oc = kernel() as OpenCascadeInstance & Record<string, any>;
});

/** Bytes the kernel's allocator holds after `body` runs `times` times more than before (after 5 warm-up runs, for first-use caches). */
function retained(body: () => void, times = 200): number {
  for (let i = 0; i < 5; i++) body();
  const before = kernelHeapInUse()!;
  for (let i = 0; i < times; i++) body();
  return kernelHeapInUse()! - before;
}

describe("the kernel allocator's bytes in use", () => {
  it("are read, and follow malloc and free exactly", () => {
    const start = kernelHeapInUse();
    assert.equal(typeof start, "number");
    const blocks = Array.from({ length: 1000 }, () => oc._emscripten_builtin_malloc(100) as number);
    assert.equal(kernelHeapInUse()! - start!, 1000 * (oc._malloc_usable_size(blocks[0]) as number));
    for (const block of blocks) oc._emscripten_builtin_free(block);
    assert.equal(kernelHeapInUse(), start);
  });
});

describe("delete() frees kernel objects (replicad-opencascadejs registers empty destructors)", () => {
  it("is repaired for value classes, shapes, locations and the builders", () => {
    for (const name of ["gp_Pnt", "gp_Ax2", "TopoDS_Shape", "TopoDS_Edge", "TopLoc_Location", "BRepBuilderAPI_MakeWire", "BRepAlgoAPI_Fuse"]) assert.ok(repairedDestructors().includes(name), name);
  });

  it("frees value objects", () => {
    assert.equal(retained(() => new oc.gp_Pnt(1, 2, 3).delete()), 0);
    assert.equal(retained(() => new oc.gp_Ax2().delete()), 0);
    assert.equal(retained(() => new oc.gp_Trsf().delete()), 0);
    assert.equal(retained(() => new oc.Bnd_Box().delete()), 0);
  });

  it("frees a shape with its B-rep, and the builder that made it", () => {
    assert.equal(retained(() => {
      const builder = new oc.BRepPrimAPI_MakeBox(1, 2, 3);
      const shape = builder.Shape();
      shape.delete();
      builder.delete();
    }), 0);
  });

  it("frees a moved shape's location, and a location", () => {
    const builder = new oc.BRepPrimAPI_MakeBox(1, 2, 3);
    const trsf = new oc.gp_Trsf();
    trsf.SetTranslation(new oc.gp_Vec(1, 0, 0));
    const location = new oc.TopLoc_Location(trsf);
    const shape = builder.Shape();
    assert.equal(retained(() => shape.Moved(location, false).delete()), 0);
    assert.equal(retained(() => new oc.TopLoc_Location(trsf).delete()), 0);
    for (const made of [shape, location, trsf, builder]) made.delete();
  });

  it("frees an edge, a wire and a boolean with their builders", () => {
    assert.equal(retained(() => withScope(() => void makeLineEdge([0, 0, 0], [1, 0, 0]))), 0);
    assert.equal(retained(() => {
      const a = new oc.gp_Pnt(0, 0, 0);
      const b = new oc.gp_Pnt(1, 0, 0);
      const edgeBuilder = new oc.BRepBuilderAPI_MakeEdge(a, b);
      const edge = edgeBuilder.Edge();
      const wireBuilder = new oc.BRepBuilderAPI_MakeWire(edge);
      const wire = wireBuilder.Wire();
      for (const made of [wire, wireBuilder, edge, edgeBuilder, b, a]) made.delete();
    }), 0);
    const corner = new oc.gp_Pnt(1, 1, 1);
    const boxes = [new oc.BRepPrimAPI_MakeBox(2, 2, 2), new oc.BRepPrimAPI_MakeBox(corner, 2, 2, 2)];
    const [a, b] = boxes.map((box) => box.Shape());
    const progress = new oc.Message_ProgressRange();
    assert.equal(retained(() => {
      const fuse = new oc.BRepAlgoAPI_Fuse(a, b, progress);
      fuse.Shape().delete();
      fuse.delete();
    }, 20), 0);
    for (const made of [progress, a, b, ...boxes, corner]) made.delete();
  });

  it("leaves an object with a second handle (clone) alive until the last is deleted", () => {
    const point = new oc.gp_Pnt(4, 5, 6);
    const copy = (point as unknown as { clone(): typeof point }).clone();
    point.delete();
    assert.equal(copy.X(), 4);
    copy.delete();
    assert.throws(() => copy.delete(), /already deleted/);
  });

  it("keeps a wire assembly's kernel memory bounded: 2,000 one-edge wires", () => {
    // Old code: ~2,600 bytes a wire (its builder, edge, vertices, list and shapes never freed).
    // What is left is TopExp_Explorer's (no repair: a non-virtual destructor that frees a stack).
    assert.ok(retained(() => withScope(() => void makeWire([makeLineEdge([0, 0, 0], [1, 0, 0])])), 2000) / 2000 < 1100);
  });
});

describe("a build's kernel memory", () => {
  const SOURCE = `import { Workplane } from "partforge";
export function build() {
  return Workplane("XY").box(20, 10, 5).faces(">Z").workplane().polygon(6, 4).cutThruAll().edges("|Z").fillet(0.5);
}`;
  it("is mostly given back when the build ends (old code: 433,000 bytes a build, every shape, builder and point it made)", async () => {
    const build = () => buildModel({ source: SOURCE, language: "ts", type: "brep" });
    for (let i = 0; i < 3; i++) await build();
    const before = kernelHeapInUse()!;
    for (let i = 0; i < 10; i++) await build();
    assert.ok((kernelHeapInUse()! - before) / 10 < 100_000, `${(kernelHeapInUse()! - before) / 10} bytes a build`);
  });
});
