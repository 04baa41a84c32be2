/**
 * The convex hull of a planar set of line segments and circular arcs, as CadQuery's `hull.py`
 * computes it (Yue, Murray, Corney & Clark, "Convex hull of a planar set of straight and
 * circular line segments", Engineering Computations, 1999): start from the lowest entity and
 * march counter-clockwise, each time taking the entity whose connecting tangent turns least.
 * Segments take part by their end points; arcs by their whole circles, as in CadQuery. All in
 * the sketch's XY plane.
 */
import { makeWire } from "../../kernel/index.ts";
import { apiError } from "../options.ts";
import { unwrapShape, wrapShape, type Shape } from "../shape.ts";
import { Vector } from "../vector.ts";
import { lineEdge } from "./drawing.ts";
import { circleEdge, threePointArcEdge } from "./sketchGeometry.ts";

const METHOD = "hull";
const TWO_PI = 2 * Math.PI;
const EPSILON = 1e-9;

interface Point {
  readonly x: number;
  readonly y: number;
}

interface Circle {
  readonly c: Point;
  readonly r: number;
  /** The lowest point of the arc as drawn (where the march may start). */
  readonly lowest: Point;
}

type Entity = { readonly point: Point } | { readonly circle: Circle };

interface Segment {
  readonly a: Point;
  readonly b: Point;
}

/** The direction of (dx, dy) in [0, 2π). */
function direction(dx: number, dy: number): number {
  const angle = Math.atan2(dy, dx);
  return angle < 0 ? (angle + TWO_PI) % TWO_PI : angle;
}

/**
 * Lowest y first, then lowest x (numpy's lexsort((x, y))[0]), with y compared to a tolerance: the
 * march starts leftmost among the lowest, or its first turn would already be past the last one's.
 */
function lower(a: Point, b: Point): boolean {
  return a.y < b.y - EPSILON || (Math.abs(a.y - b.y) <= EPSILON && a.x < b.x);
}

function circumcenter(p: Vector, q: Vector, s: Vector): Point {
  const d = 2 * (p.x * (q.y - s.y) + q.x * (s.y - p.y) + s.x * (p.y - q.y));
  const sq = (v: Vector) => v.x * v.x + v.y * v.y;
  return {
    x: (sq(p) * (q.y - s.y) + sq(q) * (s.y - p.y) + sq(s) * (p.y - q.y)) / d,
    y: (sq(p) * (s.x - q.x) + sq(q) * (p.x - s.x) + sq(s) * (q.x - p.x)) / d,
  };
}

/** Whether the arc from `start` through `mid` to `end` (angles about its centre) passes `angle`. */
function arcPasses(start: number, mid: number, end: number, angle: number): boolean {
  const ccw = (from: number, to: number) => (((to - from) % TWO_PI) + TWO_PI) % TWO_PI;
  return ccw(start, mid) < ccw(start, end) ? ccw(start, angle) <= ccw(start, end) : ccw(end, angle) <= ccw(end, start);
}

/** The circle an edge lies on, or undefined when it is not circular (an ellipse with equal radii is a circle). */
function circleOf(edge: Shape): Circle | undefined {
  const [p, q, s] = [edge.positionAt(0, "parameter"), edge.positionAt(1 / 3, "parameter"), edge.positionAt(2 / 3, "parameter")];
  const c = circumcenter(p, q, s);
  const r = Math.hypot(p.x - c.x, p.y - c.y);
  const onCircle = [0.1, 0.5, 0.9].every((t) => {
    const v = edge.positionAt(t, "parameter");
    return Math.abs(Math.hypot(v.x - c.x, v.y - c.y) - r) < 1e-7 * Math.max(1, r);
  });
  if (!Number.isFinite(r) || !onCircle) return undefined;
  const bottom = { x: c.x, y: c.y - r };
  const start = edge.startPoint();
  const end = edge.endPoint();
  const closed = start.sub(end).length < EPSILON;
  const at = (v: Vector) => direction(v.x - c.x, v.y - c.y);
  const passesBottom = closed || arcPasses(at(start), at(edge.positionAt(0.5, "parameter")), at(end), 1.5 * Math.PI);
  const lowest = passesBottom ? bottom : lower({ x: end.x, y: end.y }, { x: start.x, y: start.y }) ? { x: end.x, y: end.y } : { x: start.x, y: start.y };
  return { c, r, lowest };
}

/** The segments' end points and the arcs' circles, each once; points inside or on a circle and circles inside another are not on the hull. */
function entitiesOf(edges: readonly Shape[]): { points: Point[]; circles: Circle[] } {
  const points: Point[] = [];
  const circles: Circle[] = [];
  for (const edge of edges) {
    const type = edge.geomType;
    if (type === "LINE") {
      for (const v of [edge.startPoint(), edge.endPoint()]) {
        if (!points.some((p) => p.x === v.x && p.y === v.y)) points.push({ x: v.x, y: v.y });
      }
      continue;
    }
    const circle = type === "CIRCLE" || type === "ELLIPSE" ? circleOf(edge) : undefined;
    if (circle === undefined) apiError(METHOD, `the hull is made of lines and circular arcs only; a ${type} edge was given (replace it, or select the edges to use)`);
    circles.push(circle);
  }
  const inside = (c: Circle, other: Circle) => Math.hypot(c.c.x - other.c.x, c.c.y - other.c.y) + c.r <= other.r + EPSILON;
  const keptCircles = circles.filter((c, i) => !circles.some((other, j) => j !== i && inside(c, other) && (!inside(other, c) || j < i)));
  // A point on a circle is inside the hull too (and its tangent would have no direction).
  const keptPoints = points.filter((p) => !keptCircles.some((c) => Math.hypot(p.x - c.c.x, p.y - c.c.y) <= c.r * (1 + 1e-9) + EPSILON));
  return { points: keptPoints, circles: keptCircles };
}

/** The two points where tangents from `p` touch circle `circle` (p outside it). */
function tangentPoints(p: Point, c: Point, r: number): [Point, Point] {
  const dx = p.x - c.x;
  const dy = p.y - c.y;
  const l2 = dx * dx + dy * dy;
  const h = Math.sqrt(Math.max(l2 - r * r, 0));
  return [
    { x: (r * r * dx - r * h * dy) / l2 + c.x, y: (r * r * dy + r * h * dx) / l2 + c.y },
    { x: (r * r * dx + r * h * dy) / l2 + c.x, y: (r * r * dy - r * h * dx) / l2 + c.y },
  ];
}

/** Whether `c` lies to the left of the line from `a` to `b` (the hull's inside, marching counter-clockwise). */
function leftOf(a: Point, b: Point, c: Point): boolean {
  return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x) > 0;
}

/** The candidate segment that keeps `centre` on its left, with its direction. */
function keepingLeft(candidates: readonly Segment[], centre: Point): { angle: number; segment: Segment } {
  const segment = candidates.find((s) => leftOf(s.a, s.b, centre)) ?? candidates[0]!;
  return { angle: direction(segment.b.x - segment.a.x, segment.b.y - segment.a.y), segment };
}

/**
 * The turn angle and the connecting segment from the current entity to a candidate. Of the two
 * tangents to a circle, the one with the circle on its left is the hull's (CadQuery picks by the
 * smaller or larger angle, which chooses the wrong tangent when it wraps past 2π).
 */
function step(from: Entity, to: Entity): { angle: number; segment: Segment } {
  if ("point" in from && "point" in to) {
    const dx = to.point.x - from.point.x;
    const dy = to.point.y - from.point.y;
    return { angle: dx === 0 && dy === 0 ? 0 : direction(dx, dy), segment: { a: from.point, b: to.point } };
  }
  if ("point" in from && "circle" in to) {
    const p = from.point;
    return keepingLeft(tangentPoints(p, to.circle.c, to.circle.r).map((t) => ({ a: p, b: t })), to.circle.c);
  }
  if ("circle" in from && "point" in to) {
    const p = to.point;
    return keepingLeft(tangentPoints(p, from.circle.c, from.circle.r).map((t) => ({ a: t, b: p })), from.circle.c);
  }
  return circleToCircle((from as { circle: Circle }).circle, (to as { circle: Circle }).circle);
}

/** The outer tangent from one circle to another that keeps both on its left. */
function circleToCircle(a: Circle, b: Circle): { angle: number; segment: Segment } {
  let u1: Point;
  let u2: Point;
  if (Math.abs(a.r - b.r) > EPSILON) {
    // The tangent directions of the point-circle problem: the smaller centre against a circle of r1 - r2.
    const [big, small] = a.r > b.r ? [a, b] : [b, a];
    const delta = big.r - small.r;
    const [t1, t2] = tangentPoints(small.c, big.c, delta);
    u1 = { x: (t1.x - big.c.x) / delta, y: (t1.y - big.c.y) / delta };
    u2 = { x: (t2.x - big.c.x) / delta, y: (t2.y - big.c.y) / delta };
  } else {
    const l = Math.hypot(b.c.x - a.c.x, b.c.y - a.c.y);
    const dx = (b.c.x - a.c.x) / l;
    const dy = (b.c.y - a.c.y) / l;
    u1 = { x: -dy, y: dx };
    u2 = { x: dy, y: -dx };
  }
  const candidates = [u1, u2].map((u) => ({ a: { x: a.c.x + u.x * a.r, y: a.c.y + u.y * a.r }, b: { x: b.c.x + u.x * b.r, y: b.c.y + u.y * b.r } }));
  return keepingLeft(candidates, a.c);
}

/** The lowest entity (ties: the point), where the march starts. */
function startEntity(entities: readonly Entity[]): Entity {
  let best: { at: Point; entity: Entity } | undefined;
  for (const entity of entities) {
    const at = "point" in entity ? entity.point : entity.circle.lowest;
    if (best === undefined || lower(at, best.at) || (!lower(best.at, at) && "point" in entity && !("point" in best.entity))) best = { at, entity };
  }
  if (best === undefined) return apiError(METHOD, "there are no edges to make a hull of; draw or select lines and arcs first");
  return best.entity;
}

function toVector(p: Point): Vector {
  return new Vector(p.x, p.y);
}

/** The arc of `circle` counter-clockwise from where `arrive` ends to where `leave` starts. */
function hullArc(circle: Circle, arrive: Segment, leave: Segment): Shape | undefined {
  const a1 = direction(arrive.b.x - circle.c.x, arrive.b.y - circle.c.y);
  let a2 = direction(leave.a.x - circle.c.x, leave.a.y - circle.c.y);
  if (a2 < a1) a2 += TWO_PI;
  if (a2 - a1 < EPSILON) return undefined;
  const at = (angle: number) => new Vector(circle.c.x + circle.r * Math.cos(angle), circle.c.y + circle.r * Math.sin(angle));
  return threePointArcEdge(at(a1), at((a1 + a2) / 2), at(a2));
}

/** The hull's closed outline, as one wire, of the given line and circle edges. */
export function convexHull(edges: readonly Shape[]): Shape {
  const { points, circles } = entitiesOf(edges);
  if (points.length === 0 && circles.length === 1) {
    const only = circles[0]!;
    return wrapShape(makeWire([unwrapShape(circleEdge(toVector(only.c), only.r, 0, true))]));
  }
  if (circles.length === 0 && points.length < 3) apiError(METHOD, "a hull needs at least three points, or an arc; the edges given are too few");
  const remaining: Entity[] = [...circles.map((circle) => ({ circle })), ...points.map((point) => ({ point }))];
  const start = startEntity(remaining);
  // The march: entities and the segments joining them, ending back at the start.
  const path: (Entity | Segment)[] = [start];
  let current = start;
  let currentAngle = 0;
  const limit = 2 * remaining.length + 2;
  for (let i = 0; ; i++) {
    if (i > limit) apiError(METHOD, "the hull did not close; the edges may be degenerate (coincident arcs or points)");
    let best: { index: number; angle: number; segment: Segment } | undefined;
    remaining.forEach((entity, index) => {
      if (entity === current) return;
      const next = step(current, entity);
      if (next.angle >= currentAngle - EPSILON && (best === undefined || next.angle < best.angle)) best = { index, ...next };
    });
    if (best === undefined) return apiError(METHOD, "the hull did not close; the edges may be degenerate (all on one line)");
    const next = remaining[best.index]!;
    if ("point" in next) remaining.splice(best.index, 1);
    path.push(best.segment, next);
    current = next;
    currentAngle = best.angle;
    if (next === start) break;
  }
  const made: Shape[] = [];
  const isSegment = (item: Entity | Segment | undefined): item is Segment => item !== undefined && "a" in item;
  for (let i = 1; i < path.length; i++) {
    const item = path[i]!;
    if (isSegment(item)) {
      if (Math.hypot(item.b.x - item.a.x, item.b.y - item.a.y) > EPSILON) made.push(lineEdge(toVector(item.a), toVector(item.b)));
      continue;
    }
    if ("circle" in item) {
      // The last entity is the start again: its arc runs from the last segment to the first.
      const leave = i === path.length - 1 ? path[1] : path[i + 1];
      const arrive = path[i - 1];
      if (isSegment(arrive) && isSegment(leave)) {
        const arc = hullArc(item.circle, arrive, leave);
        if (arc !== undefined) made.push(arc);
      }
    }
  }
  return wrapShape(makeWire(made.map(unwrapShape)));
}
