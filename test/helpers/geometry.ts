/**
 * Assertions for geometry tests of the modelling API: exact B-rep measures (volume, bounding
 * box, topology counts) of what a Workplane holds, compared with values worked out by hand.
 */
import assert from "node:assert/strict";
import { isShape, type Shape, type StackItem, type WorkplaneImpl } from "../../src/api/index.ts";
import { PartforgeError, type ErrorCode } from "../../src/shared/errors.ts";

/** Relative tolerance for exact B-rep measures (volumes, areas, bounding boxes). */
export const EXACT = 1e-6;

type Triple = readonly [number, number, number];

/**
 * Passes when `actual` is within `relTol` of `expected`, relative to |expected| (or to 1 when
 * |expected| < 1, so coordinates at 0 are compared absolutely).
 */
export function assertClose(actual: number, expected: number, relTol = EXACT, message?: string): void {
  const scale = Math.max(Math.abs(expected), 1);
  const ok = Number.isFinite(actual) && Math.abs(actual - expected) <= relTol * scale;
  assert.ok(ok, `${message ? `${message}: ` : ""}${actual} is not within ${relTol} (relative) of ${expected}`);
}

export function assertTripleClose(actual: readonly number[], expected: Triple, relTol = EXACT, message?: string): void {
  assert.equal(actual.length, 3, `${message ?? "point"}: expected 3 coordinates`);
  expected.forEach((value, i) => assertClose(actual[i]!, value, relTol, `${message ?? "point"} [${actual.join(", ")}] vs [${expected.join(", ")}]`));
}

/** The one shape on the stack of `wp` (fails when the stack holds anything else). */
export function shapeOf(wp: WorkplaneImpl): Shape {
  assert.equal(wp.size(), 1, `expected one object on the stack, found ${wp.size()}`);
  const item = wp.val();
  assert.ok(isShape(item), "the stack object is not a shape");
  return item;
}

/** The solid result of `wp`: the one solid or compound on its stack. */
export function solidOf(wp: WorkplaneImpl): Shape {
  const shape = shapeOf(wp);
  assert.ok(shape.kind === "solid" || shape.kind === "compound", `expected a solid, found a ${shape.kind}`);
  return shape;
}

/** Bounding box of the solid on the stack as `[min, max]`. */
export function bboxOf(wp: WorkplaneImpl | Shape): [Triple, Triple] {
  const shape = isShape(wp) ? wp : solidOf(wp);
  const { min, max } = shape.boundingBox();
  return [min, max];
}

export interface ExpectedGeometry {
  volume: number;
  /** `[min, max]` corners. */
  bbox?: [Triple, Triple];
  faces?: number;
  edges?: number;
  vertices?: number;
  /** Number of separate solids (1 unless the result is a multi-solid compound). */
  solids?: number;
  /** Tolerance for volume and bounding box; EXACT unless the measure is approximate. */
  relTol?: number;
}

/**
 * Checks the solid on the stack of `wp` (or a shape) against hand-worked values: volume,
 * bounding box, face/edge/vertex/solid counts (each only when given).
 */
export function assertGeometry(wp: WorkplaneImpl | Shape, expected: ExpectedGeometry): void {
  const shape = isShape(wp) ? wp : solidOf(wp);
  const relTol = expected.relTol ?? EXACT;
  assert.ok(shape.isValid(), "the shape is not a valid B-rep");
  assertClose(shape.Volume(), expected.volume, relTol, "volume");
  if (expected.bbox) {
    const [min, max] = bboxOf(shape);
    assertTripleClose(min, expected.bbox[0], relTol, "bounding box min");
    assertTripleClose(max, expected.bbox[1], relTol, "bounding box max");
  }
  if (expected.faces !== undefined) assert.equal(shape.Faces().length, expected.faces, "face count");
  if (expected.edges !== undefined) assert.equal(shape.Edges().length, expected.edges, "edge count");
  if (expected.vertices !== undefined) assert.equal(shape.Vertices().length, expected.vertices, "vertex count");
  assert.equal(shape.Solids().length, expected.solids ?? 1, "solid count");
}

/** World positions of the stack items (Location or vertex) as tuples. */
export function positionsOf(wp: WorkplaneImpl): [number, number, number][] {
  return wp.vals().map((item: StackItem) => item.toTuple());
}

export function assertPositions(wp: WorkplaneImpl, expected: readonly Triple[], message = "stack positions"): void {
  const actual = positionsOf(wp);
  assert.equal(actual.length, expected.length, `${message}: count`);
  actual.forEach((point, i) => assertTripleClose(point, expected[i]!, EXACT, `${message} #${i}`));
}

/** Asserts that `run` throws a PartforgeError with `code` whose message matches every pattern. */
export function assertPartforgeError(run: () => unknown, code: ErrorCode, ...patterns: RegExp[]): PartforgeError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught !== undefined, `expected a ${code} error, but nothing was thrown`);
  assert.ok(caught instanceof PartforgeError, `expected a PartforgeError, got ${String(caught)}`);
  assert.equal(caught.code, code, `error code (message: ${caught.message})`);
  for (const pattern of patterns) assert.match(caught.message, pattern);
  return caught;
}
