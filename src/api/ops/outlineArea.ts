/**
 * The side a lone wire turns to, as `wiresToFaces` decides it: the sign of the signed area of its
 * sampled outline (48 samples per curved edge), found without evaluating each sample of its arcs.
 * The samples of a circular arc are equally spaced on its circle, so the polygon through them has
 * a closed-form area; the sign is given only when it is clear of every rounding the sampled sum
 * could make, so it is the sampled sum's sign.
 */
import { sampleEdgesOrArcs, type SampledArc } from "../../kernel/index.ts";
import type { Plane } from "../plane.ts";
import type { Shape } from "../shapes/shape.ts";
import { unwrapShape } from "../shapes/wrap.ts";
import { Vector } from "../vector.ts";

/**
 * Relative size of the rounding allowed for, per (chord count + 1)² · (largest coordinate)² ·
 * (largest arc parameter): the sampled sum's own rounding is below 1e-13 of that.
 */
const ROUNDING = 1e-12;
/** An arc's circle must lie in a plane parallel to the workplane to this (1 − |cos|), else its samples are not on a circle in the plane. */
const PARALLEL = 1e-12;

type Point2 = [number, number];

/**
 * −1 or 1: the sign of the wire's sampled outline's signed area in `plane` (positive counter-
 * clockwise seen from the normal side), as sampling every point gives it; undefined when the
 * closed form cannot tell (an arc tilted out of the plane, or an area within rounding of zero).
 */
export function sampledAreaSign(wire: Shape, plane: Plane, pointsPerEdge: number): -1 | 1 | undefined {
  const found = closedFormArea(wire, plane, pointsPerEdge);
  if (found === undefined || !(Math.abs(found.area) > found.margin)) return undefined;
  return found.area < 0 ? -1 : 1;
}

/**
 * The signed area of the wire's sampled outline with its arcs in closed form, and the bound on
 * how far rounding can put the fully sampled sum from it; undefined for an arc tilted out of the
 * plane.
 */
export function closedFormArea(wire: Shape, plane: Plane, pointsPerEdge: number): { area: number; margin: number } | undefined {
  const local = (p: readonly number[]): Point2 => {
    const v = plane.toLocalCoords(p as [number, number, number]);
    return [v.x, v.y];
  };
  const cross = (a: Point2, b: Point2) => a[0] * b[1] - b[0] * a[1];
  let twiceArea = 0;
  let chords = 0;
  let extent = 0;
  let parameter = 1;
  for (const { points, arc } of sampleEdgesOrArcs(unwrapShape(wire), pointsPerEdge)) {
    const flat = points.map(local);
    for (const p of points) extent = Math.max(extent, new Vector(...p).length);
    if (arc === undefined) {
      for (let i = 1; i < flat.length; i++) twiceArea += cross(flat[i - 1]!, flat[i]!);
      chords += flat.length - 1;
      continue;
    }
    const arcTerm = twiceArcArea(arc, flat[0]!, flat[1]!, plane, local);
    if (arcTerm === undefined) return undefined;
    twiceArea += arcTerm;
    chords += arc.chords;
    extent = Math.max(extent, new Vector(...arc.center).length + arc.radius);
    parameter = Math.max(parameter, Math.abs(arc.first), Math.abs(arc.last));
  }
  extent += plane.origin.length;
  return { area: twiceArea / 2, margin: ROUNDING * (chords + 1) ** 2 * extent ** 2 * parameter };
}

/**
 * Twice the signed area the chords through an arc's samples add (Σ a × b over them), from `start`
 * to `end` in the wire's direction: each chord spans the same angle δ of the circle, so about the
 * centre c the sum is n r² sin δ (signed by the turning sense) plus c × (end − start).
 */
function twiceArcArea(arc: SampledArc, start: Point2, end: Point2, plane: Plane, local: (p: readonly number[]) => Point2): number | undefined {
  const facing = new Vector(...arc.axis).dot(plane.zDir);
  if (!(1 - Math.abs(facing) <= PARALLEL)) return undefined;
  const sense = (facing > 0 ? 1 : -1) * (arc.reversed ? -1 : 1);
  const step = (arc.last - arc.first) / arc.chords;
  const center = local(arc.center);
  return sense * arc.chords * arc.radius ** 2 * Math.sin(step) + center[0] * (end[1] - start[1]) - center[1] * (end[0] - start[0]);
}
