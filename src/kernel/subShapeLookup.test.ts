import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { AnyShape } from "replicad";
import { adoptCopy } from "./adopt.ts";
import { loadKernel } from "./load.ts";
import { OperationMemo } from "./operationMemo.ts";
import { shapeKey, withMemoSession } from "./memoSession.ts";
import { subShapes, type SubShapeKind } from "./operations.ts";
import { makeBoxInFrame, makeSphereInFrame } from "./primitives.ts";
import { kernelRun } from "./run.ts";
import { withScope } from "./scope.ts";
import { firstOccurrences } from "./shapeIds.ts";
import { firstHolders, subShapeIndices } from "./subShapeLookup.ts";
import { translateShape, type Frame } from "./transform.ts";

const FRAME: Frame = { origin: [0, 0, 0], xDir: [1, 0, 0], zDir: [0, 0, 1] };
const KINDS: SubShapeKind[] = ["vertex", "edge", "wire", "face", "shell", "solid"];

before(() => loadKernel());

/** The first of `candidates` whose sub-shapes of `kind` hold `query` (the pairwise comparison the lookups replace). */
function naiveHolder(candidates: readonly AnyShape[], kind: SubShapeKind, query: AnyShape): number {
  return candidates.findIndex((candidate) => subShapes(candidate, kind).some((part) => part.isSame(query)));
}

/** A sphere's degenerated edges (its poles), which subShapes leaves out. */
function degeneratedEdges(shape: AnyShape): AnyShape[] {
  return kernelRun("listing degenerated edges", (oc, keep) => {
    const found: AnyShape[] = [];
    const explorer = keep(new oc.TopExp_Explorer(shape.wrapped, oc.TopAbs_ShapeEnum.TopAbs_EDGE, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
    for (; explorer.More(); explorer.Next()) {
      const edge = keep(explorer.Current());
      if (oc.BRep_Tool.Degenerated(keep(oc.TopoDS.Edge(edge)))) found.push(adoptCopy(edge));
    }
    return found;
  });
}

describe("subShapeIndices", () => {
  it("gives each query its index in subShapes, in the queries' order, repeats included", () =>
    withScope(() => {
      for (const context of [makeBoxInFrame(FRAME, 1, 2, 3), makeSphereInFrame(FRAME, 2, -90, 90, 360)]) {
        for (const kind of KINDS) {
          const parts = subShapes(context, kind);
          const queries = [...parts].reverse().concat(parts[0]!, parts.at(-1)!);
          const expected = queries.map((query) => parts.findIndex((part) => part.isSame(query)));
          assert.deepEqual(subShapeIndices(context, kind, queries), expected, `${kind}s`);
        }
      }
    }));

  it("gives -1 for a shape the context does not hold: another box, a moved copy, another kind, a degenerated edge", () =>
    withScope(() => {
      const box = makeBoxInFrame(FRAME, 1, 2, 3);
      const face = subShapes(box, "face")[2]!;
      const sphere = makeSphereInFrame(FRAME, 2, -90, 90, 360);
      const poles = degeneratedEdges(sphere);
      assert.equal(poles.length, 2);
      assert.deepEqual(subShapeIndices(box, "face", [subShapes(makeBoxInFrame(FRAME, 1, 2, 3), "face")[2]!, translateShape(face, [0, 0, 0.5]), subShapes(box, "edge")[0]!, face]), [-1, -1, -1, 2]);
      assert.deepEqual(subShapeIndices(sphere, "edge", poles), [-1, -1]);
    }));
});

describe("firstHolders", () => {
  it("gives each query the first shape of subShapes holding it, that very shape, or undefined", () =>
    withScope(() => {
      for (const context of [makeBoxInFrame(FRAME, 1, 2, 3), makeSphereInFrame(FRAME, 2, -90, 90, 360)]) {
        for (const [kind, linkKind] of [["face", "edge"], ["edge", "vertex"], ["face", "vertex"], ["wire", "edge"]] as [SubShapeKind, SubShapeKind][]) {
          const candidates = subShapes(context, kind);
          const parts = subShapes(context, linkKind);
          const foreign = subShapes(translateShape(context, [5, 0, 0]), linkKind)[0]!;
          const queries = [...parts].reverse().concat(foreign, parts[0]!);
          const holders = firstHolders(context, kind, linkKind, queries);
          assert.equal(holders.length, queries.length);
          queries.forEach((query, i) => {
            const expected = naiveHolder(candidates, linkKind, query);
            const holder = holders[i];
            if (expected < 0) assert.equal(holder, undefined, `${linkKind} ${i} has no ${kind}`);
            else assert.ok(holder !== undefined && holder.wrapped.IsSame(candidates[expected]!.wrapped), `${linkKind} ${i}'s first ${kind} is ${expected}`);
          });
        }
      }
    }));

  it("leaves a degenerated edge without holder (subShapes lists no such edge)", () =>
    withScope(() => {
      const sphere = makeSphereInFrame(FRAME, 2, -90, 90, 360);
      assert.deepEqual(firstHolders(sphere, "face", "edge", degeneratedEdges(sphere)), [undefined, undefined]);
    }));

  it("gives a holder the memo key subShapes gives it", () => {
    const memo = new OperationMemo({ budgetBytes: 16 * 1024 * 1024, keepMinMs: 0 });
    withMemoSession(memo, "acc_a", () =>
      withScope(() => {
        const box = makeBoxInFrame(FRAME, 1, 2, 3);
        const edges = subShapes(box, "edge");
        const faces = subShapes(box, "face");
        firstHolders(box, "face", "edge", edges).forEach((holder, i) => {
          const expected = faces[naiveHolder(faces, "edge", edges[i]!)]!;
          assert.equal(shapeKey(holder!), shapeKey(expected));
        });
      }));
    memo.clear();
  });
});

describe("firstOccurrences", () => {
  it("keeps the first of each distinct shape (another handle on it is the same; a moved copy is not), in order", () =>
    withScope(() => {
      const box = makeBoxInFrame(FRAME, 1, 2, 3);
      const [a, b, c] = subShapes(box, "face");
      const again = subShapes(box, "face")[0]!;
      const moved = translateShape(a!, [0, 0, 1]);
      const edge = subShapes(box, "edge")[0]!;
      assert.deepEqual(firstOccurrences([b!, a!, again, c!, moved, b!, edge, edge]), [0, 1, 3, 4, 6]);
      assert.deepEqual(firstOccurrences([]), []);
    }));
});
