/**
 * Pending wires → faces: wires nested inside others become holes (and islands inside holes
 * become faces again), decided by containment in the workplane, like CadQuery's
 * `sortWiresByBuildOrder` but without its "no islands" restriction.
 */
import { faceOnPlane, makePlanarFace, sampleEdges } from "../../kernel/index.ts";
import type { Plane } from "../plane.ts";
import type { Shape } from "../shapes/shape.ts";
import { unwrapShape, wrapShape } from "../shapes/wrap.ts";
import { sampledAreaSign } from "./outlineArea.ts";

type Point2 = [number, number];

/** Samples per curved edge for the areas and containment tests. */
const SAMPLES_PER_EDGE = 48;

interface WireOutline {
  wire: Shape;
  /** Signed area in the plane: positive when counter-clockwise seen from the normal side. */
  signedArea: number;
  segments: [Point2, Point2][];
  probe: Point2;
}

/** A wire with its place in the nesting: its side (the sign of its signed area: −1, 0 or 1), its depth and the wire it lies in. */
interface PlacedWire {
  wire: Shape;
  side: number;
  depth: number;
  parent?: PlacedWire;
}

function outline(wire: Shape, plane: Plane): WireOutline {
  const edges = sampleEdges(unwrapShape(wire), SAMPLES_PER_EDGE).map((points) =>
    points.map((p) => {
      const local = plane.toLocalCoords(p);
      return [local.x, local.y] as Point2;
    }),
  );
  const segments: [Point2, Point2][] = [];
  let twiceArea = 0;
  for (const points of edges) {
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1]!, points[i]!];
      segments.push([a, b]);
      twiceArea += a[0] * b[1] - b[0] * a[1];
    }
  }
  // Probe with the midpoint of the first segment: on the wire, so inside any wire around it.
  const [a, b] = segments[0] ?? [[0, 0], [0, 0]];
  return { wire, signedArea: twiceArea / 2, segments, probe: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] };
}

/** Even-odd ray casting. */
function contains(container: WireOutline, point: Point2): boolean {
  let inside = false;
  const [px, py] = point;
  for (const [[x1, y1], [x2, y2]] of container.segments) {
    if (y1 > py !== y2 > py && px < ((x2 - x1) * (py - y1)) / (y2 - y1) + x1) inside = !inside;
  }
  return inside;
}

/** The wires, largest first, each inside the smallest larger wire that contains it. */
function nest(wires: readonly Shape[], plane: Plane): PlacedWire[] {
  // A lone wire lies in nothing: only its side is needed, and its arcs' samples have it in closed form.
  const loneSide = wires.length === 1 ? sampledAreaSign(wires[0]!, plane, SAMPLES_PER_EDGE) : undefined;
  if (loneSide !== undefined) return [{ wire: wires[0]!, side: loneSide, depth: 0 }];
  const outlines = wires.map((wire) => outline(wire, plane)).sort((a, b) => Math.abs(b.signedArea) - Math.abs(a.signedArea));
  const placed: PlacedWire[] = [];
  outlines.forEach((current, index) => {
    let parent: PlacedWire | undefined;
    // The smallest larger wire that contains this one is its container.
    for (let j = index - 1; j >= 0; j--) {
      if (contains(outlines[j]!, current.probe)) {
        parent = placed[j]!;
        break;
      }
    }
    const side = Math.sign(current.signedArea);
    placed.push(parent === undefined ? { wire: current.wire, side, depth: 0 } : { wire: current.wire, side, depth: parent.depth + 1, parent });
  });
  return placed;
}

/**
 * Faces (normal along the plane's) from closed planar wires, with nesting resolved. `madeFace`:
 * a face the caller already made from one of `wires` alone, not turned round (`makePlanarFace(wire,
 * false, [])`), used where this would make that very face again.
 */
export function wiresToFaces(wires: readonly Shape[], plane: Plane, madeFace?: { wire: Shape; face: Shape }): Shape[] {
  const outlines = nest(wires, plane);
  const faces: Shape[] = [];
  for (const outer of outlines) {
    if (outer.depth % 2 === 1) continue;
    const holes = outlines.filter((o) => o.parent === outer);
    const make = (flip: boolean) =>
      wrapShape(
        makePlanarFace(
          unwrapShape(outer.wire),
          (outer.side < 0) !== flip,
          holes.map((hole) => ({ wire: unwrapShape(hole.wire), reverse: (hole.side > 0) !== flip })),
        ),
      );
    // OCCT may put the plane of a curvy outline (a glyph) the other way up, which leaves the
    // face inside out (negative area): build it again with every wire turned round.
    const sameAsMade = madeFace !== undefined && outer.wire === madeFace.wire && holes.length === 0 && !(outer.side < 0);
    const face = sameAsMade ? madeFace.face : make(false);
    if (face.Area() >= 0) {
      faces.push(face);
      continue;
    }
    // Curvy outlines (glyphs) can defeat OCCT's plane fitting: build on the workplane instead.
    const onPlane = (flip: boolean) =>
      wrapShape(
        faceOnPlane(
          plane.origin.toTuple(),
          plane.zDir.toTuple(),
          unwrapShape(outer.wire),
          (outer.side < 0) !== flip,
          holes.map((hole) => ({ wire: unwrapShape(hole.wire), reverse: (hole.side > 0) !== flip })),
        ),
      );
    const candidates = [make(true), onPlane(false), onPlane(true)];
    faces.push(candidates.find((f) => f.Area() > 0 && f.isValid()) ?? face);
  }
  return faces;
}
