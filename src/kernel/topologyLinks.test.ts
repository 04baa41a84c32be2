import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { loadKernel } from "./load.ts";
import { OperationMemo } from "./operationMemo.ts";
import { shapeKey, withMemoSession } from "./memoSession.ts";
import { subShapes, type SubShapeKind } from "./operations.ts";
import { makeBoxInFrame, makeSphereInFrame } from "./primitives.ts";
import { withScope } from "./scope.ts";
import { linkedSubShapes, type TopologyLinks } from "./topologyLinks.ts";
import type { Frame } from "./transform.ts";

const FRAME: Frame = { origin: [0, 0, 0], xDir: [1, 0, 0], zDir: [0, 0, 1] };
const PAIRS: [SubShapeKind, SubShapeKind][] = [["face", "edge"], ["edge", "vertex"], ["face", "vertex"], ["solid", "face"], ["wire", "edge"], ["edge", "face"], ["face", "face"]];

before(() => loadKernel());

/** The links, and every candidate picked. */
function allLinks(context: Parameters<typeof linkedSubShapes>[0], kind: SubShapeKind, linkKind: SubShapeKind) {
  let links: TopologyLinks | undefined;
  let candidates: (readonly number[])[] = [];
  const shapes = linkedSubShapes(context, kind, linkKind, [], (found) => {
    links = found;
    candidates = [...found.candidates];
    return candidates.map((_, index) => index);
  });
  assert.ok(links !== undefined);
  return { candidates, shapes };
}

describe("linkedSubShapes", () => {
  it("lists the candidates subShapes lists, in its order, each with as many links as subShapes finds in it (degenerated edges left out)", () =>
    withScope(() => {
      for (const context of [makeBoxInFrame(FRAME, 1, 2, 3), makeSphereInFrame(FRAME, 2, -90, 90, 360)]) {
        for (const [kind, linkKind] of PAIRS) {
          const expected = subShapes(context, kind);
          const { candidates, shapes } = allLinks(context, kind, linkKind);
          assert.equal(shapes.length, expected.length, `${kind}s`);
          shapes.forEach((shape, i) => assert.ok(shape.wrapped.IsSame(expected[i]!.wrapped), `${kind} ${i} is subShapes' ${kind} ${i}`));
          candidates.forEach((ids, i) => assert.equal(ids.length, subShapes(expected[i]!, linkKind).length, `${kind} ${i}'s ${linkKind}s`));
        }
      }
    }));

  it("gives linked candidates a shared id: each box edge is in two faces, each vertex in three edges", () =>
    withScope(() => {
      const box = makeBoxInFrame(FRAME, 1, 2, 3);
      const count = (ids: readonly (readonly number[])[]) => {
        const times = new Map<number, number>();
        for (const id of ids.flat()) times.set(id, (times.get(id) ?? 0) + 1);
        return [...times.values()];
      };
      const faces = allLinks(box, "face", "edge").candidates;
      assert.deepEqual(count(faces), Array(12).fill(2));
      assert.deepEqual(count(allLinks(box, "edge", "vertex").candidates), Array(8).fill(3));
    }));

  it("finds query shapes among the candidates and the links, and whether the context holds them", () =>
    withScope(() => {
      const box = makeBoxInFrame(FRAME, 1, 2, 3);
      const other = makeBoxInFrame(FRAME, 1, 1, 1);
      const [face] = subShapes(box, "face");
      const [edge] = subShapes(box, "edge");
      const foreignEdge = subShapes(other, "edge")[0]!;
      linkedSubShapes(box, "face", "edge", [face!, edge!, foreignEdge], (links) => {
        assert.deepEqual(links.queryCandidates, [0, -1, -1]);
        assert.equal(links.queryIds[0], -1, "a face is no edge");
        assert.ok(links.queryIds[1]! >= 0 && links.queryIds[2] === -1);
        assert.deepEqual(links.linksOfQuery(0), links.candidates[0]);
        assert.deepEqual([links.contextHolds(1), links.contextHolds(2)], [true, false]);
        return [];
      });
    }));

  it("gives a picked candidate the memo key subShapes gives it, the context's own copy too", () => {
    const memo = new OperationMemo({ budgetBytes: 16 * 1024 * 1024, keepMinMs: 0 });
    withMemoSession(memo, "acc_a", () =>
      withScope(() => {
        const box = makeBoxInFrame(FRAME, 1, 2, 3);
        assert.ok(shapeKey(box) !== undefined);
        const [picked] = linkedSubShapes(box, "face", "edge", [], () => [3]);
        assert.equal(shapeKey(picked!), shapeKey(subShapes(box, "face")[3]!));
        const [copy] = linkedSubShapes(box, "solid", "face", [], () => [0]);
        assert.ok(copy !== box && copy!.wrapped.IsSame(box.wrapped));
        assert.equal(shapeKey(copy!), shapeKey(subShapes(box, "solid")[0]!));
      }));
    memo.clear();
  });
});
