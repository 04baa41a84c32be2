/**
 * Closed polylines drawn on the workplane (`polygon`, `rect`, the countersink's cone profile)
 * keep their exact output: the SHA-256 of the BREP text of each case's pending wires, and of a
 * solid made from them, recorded from the code before these wires were made in one kernel pass
 * (points made once each, no per-side replicad objects). A change that merges vertices, reorders
 * edges or turns the wire round changes the text and fails here.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { before, describe, it } from "node:test";
import { Plane, Workplane, unwrapShape, type Shape, type WorkplaneImpl } from "../../src/api/index.ts";
import { loadKernel, withScope, writeBrep } from "../../src/kernel/index.ts";

const sha = (text: string) => createHash("sha256").update(text, "latin1").digest("hex").slice(0, 16);
const brepSha = (shapes: readonly Shape[]) => sha(Buffer.from(writeBrep(shapes.map((shape, i) => ({ name: `s${i}`, shape: unwrapShape(shape) })))).toString("latin1"));

/** A workplane turned about two axes and away from the origin. */
const TILTED = new Plane([40, -25, 3], [Math.SQRT1_2, Math.SQRT1_2, 0], [0.6, -0.6, 0.8 * Math.SQRT2]);

const CASES: ReadonlyArray<readonly [string, () => WorkplaneImpl]> = [
  ["a triangle", () => Workplane().polygon(3, 10)],
  ["a pentagon", () => Workplane().polygon(5, 10)],
  ["a circumscribed hexagon", () => Workplane().polygon(6, 7.3, { circumscribed: true })],
  ["a tiny 12-gon", () => Workplane().polygon(12, 1e-3)],
  ["a large 32-gon", () => Workplane().polygon(32, 1000)],
  ["heptagons at three points of a tilted plane", () => Workplane(TILTED).pushPoints([[0, 0], [5, 1], [-3, 7]]).polygon(7, 4)],
  ["a rectangle on XZ", () => Workplane("XZ").rect(3, 2)],
  ["an uncentred rectangle on YZ", () => Workplane("YZ").rect(3, -2, { centered: false })],
];

/** Case name → hashes of its pending wires' BREP text. */
const RECORDED_WIRES: Record<string, string> = {
  "a triangle": "c90123e55d5a4e9b",
  "a pentagon": "2a8cbadd534ac461",
  "a circumscribed hexagon": "9b6f02eb80451f6f",
  "a tiny 12-gon": "4c2acf855b770f2b",
  "a large 32-gon": "9eb847cfec0c4157",
  "heptagons at three points of a tilted plane": "00cc50e8711280ae",
  "a rectangle on XZ": "1f8db4ecf55c679b",
  "an uncentred rectangle on YZ": "39a843f99a32c6f4",
};

/**
 * Solids made from such wires → hash of their BREP text. The countersunk plate's cone was a revolved
 * triangle until 2026-12-07; cskHole now fuses a cone primitive to the bore as CadQuery does, and its
 * hash was recorded again then (the plate's polygon-drawn box is what this case still covers).
 */
const SOLIDS: ReadonlyArray<readonly [string, () => WorkplaneImpl]> = [
  ["an extruded hexagon", () => Workplane().polygon(6, 10).extrude(2)],
  ["a plate with a countersunk hole", () => Workplane().box(10, 10, 4).faces(">Z").workplane().cskHole(3, 6, 90)],
];
const RECORDED_SOLIDS: Record<string, string> = {
  "an extruded hexagon": "e2493ec499ffddd2",
  "a plate with a countersunk hole": "bb955e938956d99a",
};

describe("polygon wires", () => {
  before(async () => {
    await loadKernel();
  });

  for (const [name, draw] of CASES) {
    it(`draws ${name} as the recorded wires`, () =>
      withScope(() => {
        assert.equal(brepSha(draw().state.pendingWires), RECORDED_WIRES[name]);
      }));
  }

  for (const [name, build] of SOLIDS) {
    it(`builds ${name} as the recorded solid`, () =>
      withScope(() => {
        assert.equal(brepSha(build().vals() as Shape[]), RECORDED_SOLIDS[name]);
      }));
  }
});
