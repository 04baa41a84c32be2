/**
 * Joining edges into wires (`combineIntoWires`) and wires into faces with holes (`wiresToFaces`)
 * keep their exact output: the SHA-256 of the BREP text of each case's wires and faces, recorded
 * from the code before these paths were made cheaper (one kernel pass for all edge ends, samples
 * evaluated in place). A change that reorders edges, turns a wire round or nests differently
 * changes the text and fails here.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { before, describe, it } from "node:test";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { WIRE_CASES, assembled } from "../helpers/wireCases.ts";

const sha = (text: string) => createHash("sha256").update(text, "latin1").digest("hex").slice(0, 16);

/** Case name → hashes of the wires' and faces' BREP text. */
const RECORDED: Record<string, { wires: string; faces?: string }> = {
  "one closed polygon": { wires: "e9cd10844624b3b1", faces: "624f9a058d1c313b" },
  "one circle": { wires: "2a70be63fee7bcdb", faces: "c98c3ddce0296991" },
  "one circle on XZ": { wires: "a177af6b453e32b6", faces: "0bcd61599d98c7a6" },
  "one clockwise outline with arcs, away from the origin": { wires: "6fe0d64b2a19091a", faces: "12575bb26a3294ac" },
  "one offset outline with arcs": { wires: "9ca7b228c13e8588", faces: "b35ee38e8740742e" },
  "one outline of lines, arcs and a spline, as edges": { wires: "5531989b699231a2", faces: "3fd85beae931bcb6" },
  "nested wires: square in square in square, and a circle": { wires: "9e19a2f766c69ec2", faces: "41617abc3d7d84d3" },
  "disjoint wires side by side": { wires: "0a49f99159a360d1", faces: "1e21f1c48a1f7c65" },
  "a slot beside an ellipse, on XZ": { wires: "efde24d76917a9e3", faces: "ec76d4cd9d341ff8" },
  "a mirrored outline": { wires: "795c484d46567ed8", faces: "293eef09a6617c4c" },
  "an open polyline": { wires: "7cfa731a0615960c" },
  "two open chains, edges given out of order": { wires: "54be3f5fa83fd458" },
};

describe("wire assembly output", () => {
  before(async () => {
    await loadKernel();
  });

  for (const [name, parts, options] of WIRE_CASES) {
    it(`joins and nests ${name} into the recorded wires and faces`, () =>
      withScope(() => {
        const { wires, faces } = assembled(parts(), options);
        assert.deepEqual({ wires: sha(wires), ...(faces === undefined ? {} : { faces: sha(faces) }) }, RECORDED[name]);
      }));
  }
});
