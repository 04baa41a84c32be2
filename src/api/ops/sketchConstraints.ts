/**
 * CadQuery 2.5's Sketch constraints (cadquery/sketch.py `Constraint`, `constrain`, `solve`):
 * checking a constraint against the tagged edges, reading lines and arcs into the solver's
 * entities, and rebuilding the edges from its answer. The math is in `../solve/`.
 */
import { PartforgeError } from "../../shared/errors.ts";
import type { Shape } from "../shape.ts";
import {
  SKETCH_CONSTRAINT_RULES,
  arcEntity,
  arcThreePoints,
  circleCenter,
  solveSketch,
  type SketchConstraint,
  type SketchConstraintKind,
  type SketchEntity,
  type SketchGeometry,
} from "../solve/index.ts";
import { Vector, describeValue } from "../vector.ts";
import { lineEdge } from "./drawing.ts";
import { circleEdge, threePointArcEdge } from "./sketchGeometry.ts";

/** A checked constraint as the Sketch keeps it: by tag, its parameter converted (degrees to radians). */
export interface TaggedConstraint {
  readonly kind: SketchConstraintKind;
  readonly tags: readonly string[];
  readonly param: SketchConstraint["param"];
}

function fail(message: string): never {
  throw new PartforgeError("SCRIPT_EXCEPTION", message);
}

const RAD = Math.PI / 180;
/** How many edges one solve may move: the solver's work grows with the cube of their number. */
export const MAX_SOLVED_EDGES = 100;
const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/** The parameter checked against the kind's type (ConstraintInvariants) and converted. */
function checkParam(kind: SketchConstraintKind, param: unknown): SketchConstraint["param"] {
  const rule = SKETCH_CONSTRAINT_RULES[kind].param;
  const none = param === null || param === undefined;
  const bad = (expected: string): never => fail(`Sketch.constrain: the param of ${kind} must be ${expected}; got ${none ? "None (null)" : describeValue(param)}`);
  switch (rule) {
    case "none":
      return none ? undefined : bad("None (null)");
    case "optionalNumber":
      return none ? undefined : isNumber(param) ? param : bad("a number (a fraction along the edge) or None (null)");
    case "number":
      if (!isNumber(param)) return bad("a number");
      return kind === "Angle" || kind === "ArcAngle" ? param * RAD : param;
    case "pair":
      return Array.isArray(param) && param.length === 2 && param.every(isNumber) ? [param[0], param[1]] : bad("two numbers [x, y]");
    case "distance": {
      const ok = Array.isArray(param) && param.length === 3 && param.slice(0, 2).every((v) => v === null || v === undefined || isNumber(v)) && isNumber(param[2]);
      if (!ok) return bad("[t1, t2, d]: a fraction along each edge (None/null for an arc's centre) and the distance");
      const values = param as (number | null | undefined)[];
      return [values[0] ?? undefined, values[1] ?? undefined, values[2]!];
    }
  }
}

/** The edge a tag names (CadQuery's `self._tags[tag][0]`), or an error saying what the tag holds. */
function taggedEdge(tags: ReadonlyMap<string, readonly unknown[]>, tag: string): Shape {
  const items = tags.get(tag);
  if (items === undefined) fail(`Sketch.constrain: no edge is tagged "${tag}"; tag one as you draw it, e.g. segment([0, 0], [1, 0], "${tag}")`);
  const first = items[0] as Shape | undefined;
  if (first === undefined || typeof first !== "object" || (first as { kind?: unknown }).kind !== "edge") {
    fail(`Sketch.constrain: "${tag}" does not tag an edge; constraints apply to edges drawn with segment() and arc()`);
  }
  return first;
}

/**
 * Checks a constraint as CadQuery's Sketch `Constraint` does: the kind's number of edges, their
 * geometry (lines, arcs) and the parameter's type.
 */
export function checkConstraint(tags: ReadonlyMap<string, readonly unknown[]>, names: readonly string[], kind: SketchConstraintKind, param: unknown): TaggedConstraint {
  const rule = SKETCH_CONSTRAINT_RULES[kind];
  if (names.length !== rule.arity) {
    fail(`Sketch.constrain: ${kind} constrains ${rule.arity === 1 ? "one edge: constrain(tag, kind, arg)" : "two edges: constrain(tag1, tag2, kind, arg)"}; got ${names.length}`);
  }
  for (const name of names) {
    const type = taggedEdge(tags, name).geomType;
    if (!(rule.geometries as readonly string[]).includes(type)) {
      fail(`Sketch.constrain: ${kind} applies to ${rule.geometries.map((g) => (g === "LINE" ? "lines" : "arcs")).join(" and ")}; "${name}" is a ${type} edge`);
    }
  }
  return { kind, tags: [...names], param: checkParam(kind, param) };
}

const xy = (v: Vector): [number, number] => [v.x, v.y];

/** A line or arc edge as a solver entity (CadQuery's Sketch.solve reads them the same way). */
function entityOf(edge: Shape): SketchEntity {
  if (edge.geomType === "LINE") return { geometry: "LINE", dof: [...xy(edge.startPoint()), ...xy(edge.endPoint())] };
  const start = xy(edge.startPoint());
  const end = xy(edge.endPoint());
  const closed = Math.hypot(start[0] - end[0], start[1] - end[1]) < 1e-9;
  const probes = closed ? [0, 1 / 3, 2 / 3] : [0, 0.5, 1];
  const [a, b, c] = probes.map((t) => xy(edge.positionAt(t)));
  const center = circleCenter(a!, b!, c!);
  if (center === undefined) fail("Sketch.solve: an arc edge has collinear points");
  return { geometry: "CIRCLE", dof: arcEntity(center, start, xy(edge.positionAt(0.5)), end) };
}

function edgeOf(geometry: SketchGeometry, dof: readonly number[]): Shape {
  if (geometry === "LINE") return lineEdge(new Vector(dof[0]!, dof[1]!), new Vector(dof[2]!, dof[3]!));
  if (Math.abs(Math.abs(dof[4]!) - 2 * Math.PI) < 1e-9) {
    // A whole circle: start where the arc starts (a is clockwise from +y, circleEdge's angle counter-clockwise from +x).
    return circleEdge(new Vector(dof[0]!, dof[1]!), Math.abs(dof[2]!), 90 - dof[3]! / RAD, dof[4]! < 0);
  }
  const [p1, p2, p3] = arcThreePoints(dof).map((p) => new Vector(p[0], p[1]));
  return threePointArcEdge(p1!, p2!, p3!);
}

/**
 * Solves the constraints over the tagged lines and arcs and returns each moved edge's
 * replacement. Fails naming the constraint furthest from holding when they cannot all hold.
 */
export function solveTaggedEdges(tags: ReadonlyMap<string, readonly unknown[]>, constraints: readonly TaggedConstraint[]): Map<Shape, Shape> {
  // Only the constrained edges are unknowns: the others would not move (CadQuery lists every tagged edge).
  const names = [...new Set(constraints.flatMap((c) => c.tags))];
  if (names.length > MAX_SOLVED_EDGES) fail(`Sketch.solve: at most ${MAX_SOLVED_EDGES} edges can be constrained in one sketch; this one constrains ${names.length}`);
  const edges = names.map((name) => taggedEdge(tags, name));
  const entities = edges.map(entityOf);
  const index = (tag: string) => names.indexOf(tag);
  const solution = solveSketch(
    entities,
    constraints.map((c) => ({ kind: c.kind, e1: index(c.tags[0]!), e2: c.tags.length > 1 ? index(c.tags[1]!) : undefined, param: c.param })),
  );
  if (solution.cost > 1e-16) {
    const worst = solution.constraintCosts.indexOf(Math.max(...solution.constraintCosts));
    const c = constraints[worst]!;
    fail(
      `Sketch.solve: the constraints cannot all hold (residual ${Math.sqrt(solution.cost).toExponential(2)} after ${solution.iterations} iterations); ` +
        `the furthest from holding is ${c.kind} on ${c.tags.map((t) => `"${t}"`).join(" and ")}. Check for constraints that contradict each other`,
    );
  }
  const replaced = new Map<Shape, Shape>();
  entities.forEach((entity, i) => {
    const moved = solution.dofs[i]!.some((v, k) => Math.abs(v - entity.dof[k]!) > 1e-12);
    if (moved) replaced.set(edges[i]!, edgeOf(entity.geometry, solution.dofs[i]!));
  });
  return replaced;
}
