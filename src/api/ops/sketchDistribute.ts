/**
 * CadQuery 2.5's `Sketch.distribute`: locations spread by length along selected edges and wires
 * (`Mixin1D.locations(params, planar=True)`): at each, the point on the curve, z up, and x along
 * the curve's Frenet normal (towards the centre of a circle), or no turn with `rotate=False`.
 */
import { orderedWireEdges } from "../../kernel/index.ts";
import { Location } from "../location.ts";
import { Plane } from "../plane.ts";
import { wrapShape, unwrapShape, type Shape } from "../shape.ts";
import { Vector } from "../vector.ts";
import { apiError } from "../options.ts";

/** CadQuery's sketch tolerance for "the range is the whole curve". */
const TOL = 1e-6;
/** Samples per edge for the length of curves other than lines and circles. */
const SAMPLES = 512;

/** The fractions of the curve's length CadQuery places at, for a closed or an open curve. */
export function distributionParams(n: number, start: number, stop: number, closed: boolean): number[] {
  const trimmed = 1 - Math.abs(stop - start) >= TOL;
  if (closed && !trimmed) return Array.from({ length: n }, (_, i) => start + (i * (stop - start)) / n);
  return Array.from({ length: n }, (_, i) => (n > 1 ? start + (i * (stop - start)) / (n - 1) : start));
}

interface CurvePoint {
  point: Vector;
  tangent: Vector;
}

/** Maps a length fraction of one edge to its parameter fraction (exact for lines and circles, sampled otherwise). */
function lengthToParameter(edge: Shape): (fraction: number) => number {
  if (edge.geomType === "LINE" || edge.geomType === "CIRCLE") return (fraction) => fraction;
  const cumulative = [0];
  let previous = edge.positionAt(0);
  for (let i = 1; i <= SAMPLES; i++) {
    const next = edge.positionAt(i / SAMPLES);
    cumulative.push(cumulative[i - 1]! + next.sub(previous).length);
    previous = next;
  }
  const total = cumulative[SAMPLES]!;
  return (fraction) => {
    const target = fraction * total;
    let i = cumulative.findIndex((s) => s >= target);
    if (i <= 0) return 0;
    const span = cumulative[i]! - cumulative[i - 1]!;
    i -= 1;
    return (i + (span > 0 ? (target - cumulative[i]!) / span : 0)) / SAMPLES;
  };
}

function pointOnEdge(edge: Shape, lengthFraction: number): CurvePoint {
  const t = Math.min(1, Math.max(0, lengthToParameter(edge)(lengthFraction)));
  return { point: edge.positionAt(t), tangent: edge.tangentAt(t) };
}

/** The point at a fraction of an edge's or wire's length (wires walked edge by edge in drawing order). */
function pointAlong(shape: Shape, fraction: number): CurvePoint & { edge: Shape; t: number } {
  const edges = shape.kind === "edge" ? [shape] : orderedWireEdges(unwrapShape(shape)).map(wrapShape);
  const lengths = edges.map((e) => e.Length());
  const total = lengths.reduce((a, b) => a + b, 0);
  // Wrap on a closed curve (fractions past 1), clamp on an open one.
  let target = (shape.IsClosed() ? fraction - Math.floor(fraction) : Math.min(1, Math.max(0, fraction))) * total;
  for (let i = 0; i < edges.length; i++) {
    if (target <= lengths[i]! || i === edges.length - 1) {
      const local = lengths[i]! > 0 ? Math.min(1, target / lengths[i]!) : 0;
      return { ...pointOnEdge(edges[i]!, local), edge: edges[i]!, t: local };
    }
    target -= lengths[i]!;
  }
  return apiError("distribute", "the curve has no edges");
}

/** The in-plane direction of the Frenet normal (towards the centre of curvature); for a straight edge, the tangent turned left. */
function frenetNormal(shape: Shape, fraction: number, at: CurvePoint): Vector {
  const up = new Vector(0, 0, 1);
  const left = up.cross(at.tangent);
  const step = 1e-4;
  const ahead = pointAlong(shape, Math.min(fraction + step, shape.IsClosed() ? fraction + step : 1)).tangent;
  const behind = pointAlong(shape, Math.max(fraction - step, shape.IsClosed() ? fraction - step : 0)).tangent;
  const turn = ahead.sub(behind);
  if (turn.length < 1e-9) return left.normalized();
  return left.multiply(Math.sign(turn.dot(left))).normalized();
}

/**
 * `n` Locations along each selected edge or wire, from `start` to `stop` (fractions of its
 * length): evenly around a whole closed curve, else including both ends.
 * @example distributeLocations([circleWire], 6, 0, 1, true) // six Locations around the circle, x towards its centre
 */
export function distributeLocations(selection: readonly Shape[], n: number, start: number, stop: number, rotate: boolean): Location[] {
  const locations: Location[] = [];
  for (const shape of selection) {
    const params = distributionParams(n, start, stop, shape.IsClosed());
    for (const fraction of params) {
      const at = pointAlong(shape, fraction);
      const frame = rotate ? new Plane(at.point, frenetNormal(shape, fraction, at), [0, 0, 1]) : Plane.named("XY", at.point);
      locations.push(new Location(frame));
    }
  }
  return locations;
}
