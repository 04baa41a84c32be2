/**
 * CadQuery's `importers.importDXF`: the LINE, CIRCLE, ARC, LWPOLYLINE, POLYLINE, SPLINE and
 * ELLIPSE entities of a DXF drawing become edges, joined into wires per layer and made into
 * faces (outer outlines with their holes) on the XY plane, as CadQuery's importers/dxf.py does.
 * Scripts cannot read files, so the DXF file's text is passed in (e.g. a string constant).
 * Parsed with the npm `dxf-parser` package.
 */
import * as dxfParser from "dxf-parser";
import { noteStackOverflow } from "../../shared/stackOverflow.ts";
import { makeBSplineEdge, makeCircleArcEdge, makeCircleEdge, makeEllipseEdge, type Triple } from "../../kernel/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { apiError, readOptions } from "../options.ts";
import { Plane } from "../plane.ts";
import { wrapShape, type Shape } from "../shape.ts";
import { Vector } from "../vector.ts";
import { combineIntoWires } from "../ops/curves.ts";
import { lineEdge } from "../ops/drawing.ts";
import { wiresToFaces } from "../ops/faces.ts";

const METHOD = "importers.importDXF";

/** The package is CommonJS: under Node's ESM loader its class is the default export. */
const DxfParser = ((dxfParser as unknown as { default?: typeof dxfParser.DxfParser }).default ?? dxfParser.DxfParser) as typeof dxfParser.DxfParser;

/** Bounds the work one drawing can ask for (edges are grouped into wires pairwise). */
export const MAX_DXF_ENTITIES = 5000;

export interface ImportDxfOptions {
  /** The tolerance for joining edges into wires (CadQuery's default 1e-6). */
  tol?: number;
  /** Layer names to leave out (any case). */
  exclude?: readonly string[];
  /** Layer names to import, the others left out (any case). */
  include?: readonly string[];
}

interface DxfPoint {
  x: number;
  y: number;
  z?: number;
}

interface DxfVertex extends DxfPoint {
  bulge?: number;
}

interface DxfEntity {
  type: string;
  layer?: string;
  vertices?: DxfVertex[];
  center?: DxfPoint;
  radius?: number;
  startAngle?: number;
  endAngle?: number;
  shape?: boolean;
  controlPoints?: DxfPoint[];
  knotValues?: number[];
  degreeOfSplineCurve?: number;
  closed?: boolean;
  periodic?: boolean;
  rational?: boolean;
  majorAxisEndPoint?: DxfPoint;
  axisRatio?: number;
}

const point = (p: DxfPoint): Triple => [p.x, p.y, p.z ?? 0];
const DEG = 180 / Math.PI;

/** A polyline's segments: straight, or an arc where the vertex has a bulge (tan of a quarter of the included angle). */
function polylineEdges(entity: DxfEntity): Shape[] {
  const vertices = entity.vertices ?? [];
  const closed = entity.shape === true || entity.closed === true;
  const edges: Shape[] = [];
  const count = closed ? vertices.length : vertices.length - 1;
  for (let i = 0; i < count; i++) {
    const a = vertices[i]!;
    const b = vertices[(i + 1) % vertices.length]!;
    const from = new Vector(...point(a));
    const to = new Vector(...point(b));
    if (from.equals(to, 1e-12)) continue;
    const bulge = a.bulge ?? 0;
    if (bulge === 0) {
      edges.push(lineEdge(from, to));
      continue;
    }
    // The arc through a and b turning by 4·atan(bulge) (anticlockwise when positive).
    const angle = 4 * Math.atan(bulge);
    const chord = to.sub(from);
    const radius = chord.length / (2 * Math.sin(Math.abs(angle) / 2));
    const mid = from.add(to).multiply(0.5);
    const normal = new Vector(-chord.y, chord.x, 0).normalized();
    const sagittaSide = Math.sign(bulge) * radius * Math.cos(angle / 2);
    const center = mid.add(normal.multiply(sagittaSide));
    const startDeg = Math.atan2(from.y - center.y, from.x - center.x) * DEG;
    const endDeg = Math.atan2(to.y - center.y, to.x - center.x) * DEG;
    const [a1, a2] = bulge > 0 ? [startDeg, endDeg] : [endDeg, startDeg];
    edges.push(wrapShape(makeCircleArcEdge(radius, [center.x, center.y, from.z], a1, a2)));
  }
  return edges;
}

function splineEdge(entity: DxfEntity): Shape[] {
  if (entity.rational === true) {
    throw new PartforgeError("NOT_SUPPORTED", `${METHOD}: rational SPLINE entities (with weights) are not supported: this OCCT build has no rational B-spline constructor`);
  }
  const knots: number[] = [];
  const multiplicities: number[] = [];
  for (const k of entity.knotValues ?? []) {
    if (knots.length > 0 && knots[knots.length - 1] === k) multiplicities[multiplicities.length - 1]! += 1;
    else {
      knots.push(k);
      multiplicities.push(1);
    }
  }
  const poles = (entity.controlPoints ?? []).map(point);
  return [wrapShape(makeBSplineEdge(poles, knots, multiplicities, entity.degreeOfSplineCurve ?? 3, entity.periodic === true))];
}

function ellipseEdge(entity: DxfEntity): Shape[] {
  const major = new Vector(...point(entity.majorAxisEndPoint!));
  const a = major.length;
  const b = a * (entity.axisRatio ?? 1);
  const edge = makeEllipseEdge(a, b, { center: point(entity.center!), normal: [0, 0, 1], xDir: major.normalized().toTuple() }, (entity.startAngle ?? 0) * DEG, (entity.endAngle ?? 2 * Math.PI) * DEG);
  return [wrapShape(edge)];
}

/** CadQuery's DXF_CONVERTERS: the edges of one entity (none for other entity types, as CadQuery). */
function entityEdges(entity: DxfEntity): Shape[] {
  switch (entity.type) {
    case "LINE":
      return polylineEdges({ ...entity, shape: false });
    case "CIRCLE":
      return [wrapShape(makeCircleEdge(entity.radius!, { center: point(entity.center!), normal: [0, 0, 1], xDir: [1, 0, 0] }))];
    case "ARC":
      return [wrapShape(makeCircleArcEdge(entity.radius!, point(entity.center!), entity.startAngle! * DEG, entity.endAngle! * DEG))];
    case "LWPOLYLINE":
    case "POLYLINE":
      return polylineEdges(entity);
    case "SPLINE":
      return splineEdge(entity);
    case "ELLIPSE":
      return ellipseEdge(entity);
    default:
      return [];
  }
}

function parse(content: string): DxfEntity[] {
  let parsed: { entities?: DxfEntity[] } | null;
  try {
    parsed = new DxfParser().parseSync(content) as { entities?: DxfEntity[] } | null;
  } catch (error) {
    noteStackOverflow(error);
    return apiError(METHOD, `the text is not a DXF drawing this parser reads: ${(error as Error).message}`);
  }
  return parsed?.entities ?? [];
}

/**
 * The faces of a DXF drawing, one set per selected layer (CadQuery's `_importDXF`).
 * @example importers.importDXF(dxfText, { tol: 1e-3 }).wires().toPending().extrude(10)
 */
export function importDxfFaces(content: unknown, options?: ImportDxfOptions): Shape[] {
  if (typeof content !== "string") apiError(METHOD, `expected the DXF file's text as a string; got ${typeof content}`);
  if (!content.includes("\n")) {
    throw new PartforgeError(
      "NOT_SUPPORTED",
      `${METHOD}: scripts cannot read files (${JSON.stringify(content.slice(0, 80))}); pass the DXF file's text instead, e.g. a string constant in the script`,
    );
  }
  const opts = readOptions(METHOD, options, { tol: 1e-6, exclude: [] as readonly string[], include: [] as readonly string[] });
  if (!(typeof opts.tol === "number" && opts.tol > 0 && Number.isFinite(opts.tol))) apiError(METHOD, `tol must be a positive number; got ${String(opts.tol)}`);
  if (opts.exclude.length > 0 && opts.include.length > 0) apiError(METHOD, "you may specify either 'include' or 'exclude' but not both");
  const entities = parse(content);
  if (entities.length === 0) apiError(METHOD, "the text holds no DXF entities (an ENTITIES section with LINE, ARC, CIRCLE, LWPOLYLINE, SPLINE… was expected)");
  if (entities.length > MAX_DXF_ENTITIES) apiError(METHOD, `the drawing has ${entities.length} entities; at most ${MAX_DXF_ENTITIES} are imported`);
  const byLayer = new Map<string, DxfEntity[]>();
  for (const entity of entities) {
    const layer = (entity.layer ?? "0").toLowerCase();
    byLayer.set(layer, [...(byLayer.get(layer) ?? []), entity]);
  }
  const lower = (names: readonly string[]) => new Set(names.map((n) => String(n).toLowerCase()));
  const names = [...byLayer.keys()];
  const selected = opts.include.length > 0 ? names.filter((n) => lower(opts.include).has(n)) : names.filter((n) => !lower(opts.exclude).has(n));
  if (selected.length === 0) apiError(METHOD, `no DXF layers selected; the drawing's layers are ${names.join(", ") || "none"}`);
  return selected.flatMap((layer) => {
    const edges = byLayer.get(layer)!.flatMap(entityEdges);
    if (edges.length === 0) return [];
    const wires = combineIntoWires(edges, opts.tol);
    return wiresToFaces(wires, Plane.named("XY"));
  });
}
