import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { loadKernel } from "./load.ts";
import { adopt } from "./adopt.ts";
import { canonical } from "./operationKey.ts";
import { OperationMemo } from "./operationMemo.ts";
import { memoized, memoizedFact, shapeKey, withMemoSession } from "./memoSession.ts";
import type { MemoTraceRecord } from "./memoTrace.ts";
import { makeBoxInFrame } from "./primitives.ts";
import { locateShape, moveShape, translateShape } from "./transform.ts";
import { booleanOperation, subShapes } from "./operations.ts";
import { compoundOfShapes, hollowClosed } from "./sweeps.ts";
import { centerOfMass, volumeOf } from "./measure.ts";
import { withScope } from "./scope.ts";
import { threadCpuMs } from "./threadCpu.ts";
import { writeStep } from "./step.ts";
import type { Frame } from "./transform.ts";

const FRAME: Frame = { origin: [0, 0, 0], xDir: [1, 0, 0], zDir: [0, 0, 1] };

before(() => loadKernel());

describe("canonical memo arguments", () => {
  it("tells apart what differs (0 and -0, undefined and null, key order aside) and refuses class instances", () => {
    assert.notEqual(canonical(0), canonical(-0));
    assert.notEqual(canonical(undefined), canonical(null));
    assert.notEqual(canonical("1"), canonical(1));
    assert.notEqual(canonical([1, 2]), canonical([2, 1]));
    assert.equal(canonical({ a: 1, b: [0.1, true] }), canonical({ b: [0.1, true], a: 1 }));
    assert.throws(() => canonical(new Date(0)), /plain data only/);
    assert.throws(() => canonical(() => 1), /plain data only/);
  });

  it("refuses a negative budget, saying what it must be", () => {
    assert.throws(() => new OperationMemo({ budgetBytes: -1 }), /non-negative number of bytes/);
    assert.throws(() => new OperationMemo({ budgetBytes: 1024, keepMinMs: Number.NaN }), /keepMinMs must be a non-negative number/);
  });
});

describe("the operation memo", () => {
  it("reuses a tenant's operations in its later builds, never another tenant's, and results are the same", () => {
    const memo = new OperationMemo({ budgetBytes: 16 * 1024 * 1024, keepMinMs: 0 });
    const build = (tenant: string, height: number) =>
      withMemoSession(memo, tenant, () =>
        withScope(() => {
          const base = makeBoxInFrame(FRAME, 10, 10, 2);
          const post = translateShape(makeBoxInFrame(FRAME, 2, 2, height), [4, 4, 2]);
          const fused = booleanOperation("fuse", [base], [post], { clean: true });
          assert.ok(shapeKey(fused) !== undefined, "a shape made from keyed inputs has a key");
          return volumeOf(fused);
        }));
    const first = build("acc_a", 5);
    const hitsAfterFirst = memo.stats.hits;
    assert.equal(build("acc_a", 5), first);
    assert.equal(memo.stats.hits - hitsAfterFirst, 4, "the second identical build reuses all four operations");
    const hitsBeforeB = memo.stats.hits;
    assert.equal(build("acc_b", 5), first);
    assert.equal(memo.stats.hits, hitsBeforeB, "another tenant's identical build reuses nothing");
    const hitsBeforeChange = memo.stats.hits;
    assert.ok(Math.abs(build("acc_a", 7) - (10 * 10 * 2 + 2 * 2 * 7)) < 1e-9);
    assert.equal(memo.stats.hits - hitsBeforeChange, 1, "with the post's height changed only the base box is reused");
    memo.clear();
    assert.equal(memo.stats.entries, 0);
  });

  it("reuses a solid hollowed with no opening in a second identical build (a customizer rebuild)", () => {
    const memo = new OperationMemo({ budgetBytes: 16 * 1024 * 1024, keepMinMs: 0 });
    const build = () =>
      withMemoSession(memo, "acc_a", () =>
        withScope(() => {
          const hollow = hollowClosed(makeBoxInFrame(FRAME, 4, 4, 4), -0.5, "arc");
          assert.ok(shapeKey(hollow) !== undefined, "the hollow of a keyed solid has a key");
          return volumeOf(hollow);
        }));
    const first = build();
    assert.ok(Math.abs(first - (4 ** 3 - 3 ** 3)) < 1e-9);
    const hitsAfterFirst = memo.stats.hits;
    assert.equal(build(), first);
    assert.equal(memo.stats.hits - hitsAfterFirst, 2, "the second build reuses the box and the hollow");
  });

  it("counts the misses it does not keep, being faster than keepMinMs, apart from the others", () => {
    const build = (memo: OperationMemo) =>
      withMemoSession(memo, "acc_a", () => withScope(() => volumeOf(booleanOperation("fuse", [makeBoxInFrame(FRAME, 2, 2, 2)], [makeBoxInFrame(FRAME, 1, 1, 3)], { clean: true }))));
    const keepsAll = new OperationMemo({ budgetBytes: 16 * 1024 * 1024, keepMinMs: 0 });
    build(keepsAll);
    assert.ok(keepsAll.stats.misses > 0 && keepsAll.stats.entries === keepsAll.stats.misses);
    assert.equal(keepsAll.stats.notKept, 0);
    const keepsNone = new OperationMemo({ budgetBytes: 16 * 1024 * 1024, keepMinMs: 1e9 });
    build(keepsNone);
    build(keepsNone);
    assert.equal(keepsNone.stats.hits, 0);
    assert.equal(keepsNone.stats.entries, 0);
    assert.equal(keepsNone.stats.notKept, keepsNone.stats.misses, "every miss was computed and dropped as too fast to keep");
  });

  it("keeps its entries within the budget, evicting the least recently used", () => {
    const memo = new OperationMemo({ budgetBytes: 200 * 1024, keepMinMs: 0 });
    withMemoSession(memo, "acc_a", () => withScope(() => {
      for (let i = 1; i <= 50; i++) makeBoxInFrame(FRAME, i, 1, 1);
    }));
    assert.ok(memo.stats.bytes <= memo.budgetBytes, `${memo.stats.bytes} bytes held over a budget of ${memo.budgetBytes}`);
    assert.ok(memo.stats.evictions > 0 && memo.stats.entries < 50);
    const hits = memo.stats.hits;
    withMemoSession(memo, "acc_a", () => withScope(() => makeBoxInFrame(FRAME, 50, 1, 1)));
    assert.equal(memo.stats.hits - hits, 1, "the most recent entry is still there");
    withMemoSession(memo, "acc_a", () => withScope(() => makeBoxInFrame(FRAME, 1, 1, 1)));
    assert.equal(memo.stats.hits - hits, 1, "the oldest entry was evicted");
    memo.clear();
  });

  it("gives a second identical operation in one build its own shape, as a build without the memo would", () => {
    const memo = new OperationMemo({ budgetBytes: 16 * 1024 * 1024, keepMinMs: 0 });
    withMemoSession(memo, "acc_a", () => withScope(() => {
      const a = makeBoxInFrame(FRAME, 3, 3, 3);
      const b = makeBoxInFrame(FRAME, 3, 3, 3);
      assert.ok(!a.wrapped.IsSame(b.wrapped), "two boxes made in one build share their kernel shape");
    }));
    withMemoSession(memo, "acc_a", () => withScope(() => {
      const a = makeBoxInFrame(FRAME, 3, 3, 3);
      const b = makeBoxInFrame(FRAME, 3, 3, 3);
      assert.ok(!a.wrapped.IsSame(b.wrapped), "a reused box and a second one share their kernel shape");
    }));
    memo.clear();
  });

  it("charges a face that several entries hold once, and frees it with the last of them", () => {
    const memo = new OperationMemo({ budgetBytes: 16 * 1024 * 1024, keepMinMs: 0 });
    withMemoSession(memo, "acc_a", () => withScope(() => {
      makeBoxInFrame(FRAME, 4, 4, 4);
    }));
    const oneBox = memo.stats.bytes;
    withMemoSession(memo, "acc_a", () => withScope(() => {
      const box = makeBoxInFrame(FRAME, 4, 4, 4);
      const apart = translateShape(makeBoxInFrame(FRAME, 4, 4, 4), [10, 0, 0]);
      booleanOperation("fuse", [box], [apart], { clean: false });
    }));
    assert.equal(memo.stats.entries, 3, "the box (from the first build), its moved copy and their fusion");
    const twoBoxes = memo.stats.bytes;
    assert.ok(twoBoxes > oneBox && twoBoxes < 2 * oneBox + 3 * 2 * 1024, `a box, its moved copy and their fusion (the same twelve faces) are charged ${twoBoxes} bytes against ${oneBox} for one box: the fusion's faces were counted again`);
    withMemoSession(memo, "acc_a", () => withScope(() => {
      makeBoxInFrame(FRAME, 5, 4, 4);
    }));
    assert.equal(memo.stats.bytes - twoBoxes, oneBox, "a different box's faces are charged in full");
    memo.clear();
    assert.equal(memo.stats.bytes, 0, "nothing is charged once every entry is gone");
  });

  it("keys moved and located shapes apart from their input and each other, and charges the faces they share with it once", () => {
    const memo = new OperationMemo({ budgetBytes: 16 * 1024 * 1024, keepMinMs: 0 });
    const there: Frame = { origin: [10, 0, 0], xDir: [0, 1, 0], zDir: [0, 0, 1] };
    const up: Frame = { origin: [0, 0, 10], xDir: [1, 0, 0], zDir: [0, 0, 1] };
    withMemoSession(memo, "acc_a", () => withScope(() => {
      makeBoxInFrame(FRAME, 4, 4, 4);
    }));
    const oneBox = memo.stats.bytes;
    const build = () => withMemoSession(memo, "acc_a", () => withScope(() => {
      const box = makeBoxInFrame(FRAME, 4, 4, 4);
      const moved = moveShape(box, there);
      const located = locateShape(moved, up);
      const keys = [box, moved, located, moveShape(box, up)].map(shapeKey);
      assert.ok(keys.every((key) => key !== undefined), "placed shapes are keyed");
      assert.equal(new Set(keys).size, 4, "a placed shape shares its input's geometry but not its key");
      assert.ok(moved.wrapped.IsPartner(box.wrapped) && !moved.wrapped.IsSame(box.wrapped), "moving shares the geometry and changes the location");
      return volumeOf(booleanOperation("fuse", [box], [moved, located], { clean: false }));
    }));
    assert.ok(Math.abs(build() - 3 * 64) < 1e-9, "three disjoint boxes");
    const hits = memo.stats.hits;
    assert.ok(Math.abs(build() - 3 * 64) < 1e-9);
    assert.equal(memo.stats.hits - hits, 5, "the second build reuses the box, its three placements and the fusion");
    const before = memo.stats.bytes;
    withMemoSession(memo, "acc_b", () => withScope(() => {
      const box = makeBoxInFrame(FRAME, 4, 4, 4);
      moveShape(box, there);
      locateShape(box, up);
    }));
    assert.equal(memo.stats.bytes - before, oneBox + 2 * 2 * 1024, "another tenant's box is charged in full, its two placements as entries only (their faces are the box's)");
    memo.clear();
  });

  it("reuses a STEP export of the same keyed shapes with the same names, and only then", () => {
    const memo = new OperationMemo({ budgetBytes: 16 * 1024 * 1024, keepMinMs: 0 });
    const exported = (name: string, unit: "mm" | "in") =>
      withMemoSession(memo, "acc_a", () => withScope(() => writeStep([{ name, shape: makeBoxInFrame(FRAME, 3, 4, 5) }], { unit })));
    const cold = withScope(() => writeStep([{ name: "block", shape: makeBoxInFrame(FRAME, 3, 4, 5) }], { unit: "mm" }));
    const first = exported("block", "mm");
    const hits = memo.stats.hits;
    const second = exported("block", "mm");
    assert.equal(memo.stats.hits - hits, 2, "the box and its export are reused");
    assert.deepEqual(second, first);
    assert.deepEqual(second, cold, "a reused export is byte-identical to one made without the memo");
    second.fill(0);
    assert.deepEqual(exported("block", "mm"), cold, "a caller changing its copy does not change the memo's");
    assert.notDeepEqual(exported("other", "mm"), cold, "another part name is another export");
    assert.deepEqual(exported("block", "in"), withScope(() => writeStep([{ name: "block", shape: makeBoxInFrame(FRAME, 3, 4, 5) }], { unit: "in" })));
    memo.clear();
    assert.equal(memo.stats.bytes, 0);
  });

  it("keys an operation that computed faster than keepMinMs without keeping it, so what is made from it is still reused", () => {
    const memo = new OperationMemo({ budgetBytes: 16 * 1024 * 1024, keepMinMs: 60_000 });
    const build = () => withMemoSession(memo, "acc_a", () => withScope(() => {
      const box = makeBoxInFrame(FRAME, 6, 6, 6);
      assert.ok(shapeKey(box) !== undefined, "an operation not kept still has a key");
      return volumeOf(translateShape(box, [1, 2, 3]));
    }));
    assert.equal(build(), 216);
    assert.equal(memo.stats.entries, 0, "nothing took a minute: nothing is kept");
    assert.equal(build(), 216);
    assert.equal(memo.stats.hits, 0);
  });

  it("reuses a fact measured on a keyed shape (a face's centre) in the tenant's later builds, and keeps only plain data", () => {
    const memo = new OperationMemo({ budgetBytes: 16 * 1024 * 1024, keepMinMs: 0 });
    let measured = 0;
    const build = (tenant: string, height: number) => withMemoSession(memo, tenant, () => withScope(() => {
      const faces = subShapes(makeBoxInFrame(FRAME, 2, 4, height), "face");
      const centres = faces.map((face) => memoizedFact(face, "centre", () => {
        measured += 1;
        return centerOfMass(face, 2);
      }));
      const held = memoizedFact(faces[0]!, "shapes", () => [faces[0]]);
      assert.equal(held[0], faces[0], "a fact holding a shape is the caller's own");
      return centres;
    }));
    const first = build("acc_a", 6);
    assert.equal(measured, 6);
    const { factHits } = memo.stats;
    first[0]![0] = 99;
    assert.deepEqual(build("acc_a", 6), withScope(() => subShapes(makeBoxInFrame(FRAME, 2, 4, 6), "face").map((face) => centerOfMass(face, 2))), "the reused centres are the measured ones, untouched by a caller changing its copy");
    assert.equal(measured, 6, "the second build measured nothing again");
    assert.equal(memo.stats.factHits - factHits, 6, "six centres reused; a fact holding shapes is not kept");
    build("acc_b", 6);
    assert.equal(measured, 12, "another tenant's build measures its own");
    build("acc_a", 7);
    assert.equal(measured, 18, "another box's faces are measured again");
    const unkeyed = withScope(() => subShapes(makeBoxInFrame(FRAME, 2, 4, 6), "face")[0]!);
    withMemoSession(memo, "acc_a", () => memoizedFact(unkeyed, "centre", () => (measured += 1)));
    assert.equal(measured, 19, "a shape made outside the memo has no key: its fact is measured");
    memo.clear();
    assert.equal(memo.stats.bytes, 0);
  });

  it("reuses a fact of the very face an earlier build measured under a parent that changed, and only of that face", () => {
    const memo = new OperationMemo({ budgetBytes: 16 * 1024 * 1024, keepMinMs: 0 });
    let measured = 0;
    // The kept box's faces, found again in a compound whose other member changed: the parent's key
    // differs each time, the box's faces (their TShape, location and orientation) do not.
    const build = (height: number, reversed = false) => withMemoSession(memo, "acc_a", () => withScope(() => {
      const box = makeBoxInFrame(FRAME, 2, 4, 6);
      const other = makeBoxInFrame({ ...FRAME, origin: [10, 0, 0] }, 1, 1, height);
      const parent = compoundOfShapes([box, other]);
      const boxFaces = subShapes(parent, "face").slice(0, 6).map((face) => (reversed ? memoized("reversed", null, [face], () => adopt(face.wrapped.Reversed())) : face));
      return boxFaces.map((face) => memoizedFact(face, "face centre", () => {
        measured += 1;
        return centerOfMass(face, 2);
      }));
    }));
    const first = build(1);
    assert.equal(measured, 6);
    assert.deepEqual(build(2), first, "the same centres");
    assert.equal(measured, 6, "the box's faces, under a new compound, were not measured again");
    assert.equal(memo.stats.faceFactHits, 6);
    build(3, true);
    assert.equal(measured, 12, "the same faces reversed are other faces: measured");
    const held = memo.stats.bytes;
    memo.clear();
    assert.ok(held > 0);
    assert.equal(memo.stats.bytes, 0, "pinned faces are released with their facts");
  });

  it("traces each memoized call of a build: its kind, outcome and own time", () => {
    const memo = new OperationMemo({ budgetBytes: 16 * 1024 * 1024, keepMinMs: 0 });
    const build = (height: number) => {
      const trace: MemoTraceRecord[] = [];
      withMemoSession(memo, "acc_a", () => withScope(() => booleanOperation("fuse", [makeBoxInFrame(FRAME, 10, 10, 2)], [makeBoxInFrame(FRAME, 2, 2, height)], { clean: false })), trace);
      return trace.map(({ kind, outcome, ms }) => {
        assert.ok(ms >= 0);
        return `${kind} ${outcome}`;
      });
    };
    assert.deepEqual(build(5), ["box miss", "box miss", "boolean fuse miss"]);
    assert.deepEqual(build(6), ["box hit", "box miss", "boolean fuse miss"]);
    assert.deepEqual(build(6), ["box hit", "box hit", "boolean fuse hit"]);
  });

  it("keeps an operation by the CPU its computing used, not the wall time it took: one that waits is not kept, one that computes is", () => {
    // A CPU clock the test drives, so what each operation used is known exactly (the real one,
    // on Node 20 the process's, also counts V8 compiling on background threads meanwhile).
    let cpuMs = 0;
    const memo = new OperationMemo({ budgetBytes: 16 * 1024 * 1024, keepMinMs: 5, cpuClockMs: () => cpuMs });
    const build = () => {
      const trace: MemoTraceRecord[] = [];
      withMemoSession(memo, "acc_a", () => withScope(() => {
        memoized("test computes", {}, [], () => {
          cpuMs += 20;
          return makeBoxInFrame(FRAME, 3, 3, 3);
        });
        // 8 ms asleep (as a thread waiting for a core is), over keepMinMs, using no CPU.
        memoized("test waits", {}, [], () => {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 8);
          return makeBoxInFrame(FRAME, 2, 2, 2);
        });
      }), trace);
      return trace.filter(({ kind }) => kind.startsWith("test")).map(({ kind, outcome }) => `${kind} ${outcome}`);
    };
    assert.deepEqual(build(), ["test computes miss", "test waits notKept"]);
    assert.deepEqual(build(), ["test computes hit", "test waits notKept"], "the operation that used CPU is reused, the one that waited is made again");
    // Not kept: the waiting operation twice; the boxes made within (no CPU on this clock) 3x3x3 once, 2x2x2 twice.
    assert.equal(memo.stats.notKept, 2 + 3);
  });

  it("reads this thread's CPU time by default: a wait adds nothing to it, computing does", { skip: !("threadCpuUsage" in process) && "only Node 23.9+ has a per-thread CPU clock; Node 20's process clock also counts V8's background threads" }, () => {
    const waitedFrom = threadCpuMs();
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    assert.ok(threadCpuMs() - waitedFrom < 5, "20 ms asleep used (next to) no CPU");
    const computedFrom = threadCpuMs();
    for (const wallFrom = performance.now(); performance.now() - wallFrom < 20;);
    assert.ok(threadCpuMs() - computedFrom > 0, "computing used CPU");
  });
});
