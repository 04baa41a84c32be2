/**
 * `type=DXF`: a flat outline (a section, or a view's visible edges) as a DXF R2000 (AC1015)
 * drawing for laser cutters and CNC: curves chained into closed loops — a loop of lines and
 * arcs as one closed LWPOLYLINE with bulges, a full circle as a CIRCLE, a loop holding an exact
 * B-spline as LINE/ARC/SPLINE entities end to end — in the model's unit (`$INSUNITS`).
 *
 * Reference: Autodesk's DXF Reference for AutoCAD 2000 (group codes of HEADER, TABLES, BLOCKS,
 * ENTITIES, OBJECTS; LWPOLYLINE bulge = tan(sweep / 4), positive counter-clockwise).
 */
import type { PlanarCurve, Point2 } from "../kernel/index.ts";
import type { Unit } from "../shared/units.ts";

export interface DxfOptions {
  unit: Unit;
  /** What the drawing shows, for the file's comment: e.g. "section at z=5". */
  description: string;
}

/** `$INSUNITS` codes of the DXF reference. */
const INSUNITS: Readonly<Record<Unit, number>> = { in: 1, ft: 2, mm: 4, cm: 5, m: 6 };

/** A chain of curves, each oriented along the chain, and whether it closes on itself. */
interface Chain {
  curves: { curve: PlanarCurve; reversed: boolean }[];
  closed: boolean;
}

const first = (c: PlanarCurve) => c.points[0]!;
const last = (c: PlanarCurve) => c.points[c.points.length - 1]!;
const near = (a: Point2, b: Point2, tolerance: number) => Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;

/** Joins curves end to start (either way round) into chains; a chain that returns to its start is closed. */
export function chainCurves(curves: readonly PlanarCurve[], tolerance: number): Chain[] {
  const open = curves.filter((c) => c.kind !== "circle");
  const used = new Array<boolean>(open.length).fill(false);
  const chains: Chain[] = [];
  for (let seed = 0; seed < open.length; seed++) {
    if (used[seed]) continue;
    used[seed] = true;
    const chain: Chain = { curves: [{ curve: open[seed]!, reversed: false }], closed: false };
    const start = first(open[seed]!);
    let end = last(open[seed]!);
    while (!near(end, start, tolerance)) {
      let found = -1;
      let reversed = false;
      for (let i = 0; i < open.length && found < 0; i++) {
        if (used[i]) continue;
        if (near(first(open[i]!), end, tolerance)) found = i;
        else if (near(last(open[i]!), end, tolerance)) [found, reversed] = [i, true];
      }
      if (found < 0) break;
      used[found] = true;
      chain.curves.push({ curve: open[found]!, reversed });
      end = reversed ? first(open[found]!) : last(open[found]!);
    }
    chain.closed = near(end, start, tolerance) && (chain.curves.length > 1 || open[seed]!.points.length > 2);
    chains.push(chain);
  }
  return chains;
}

/** Writes group-code/value pairs and hands out handles. */
class DxfWriter {
  private readonly lines: string[] = [];
  private nextHandle = 0x20;

  handle(): string {
    return (this.nextHandle++).toString(16).toUpperCase();
  }

  get handseed(): string {
    return this.nextHandle.toString(16).toUpperCase();
  }

  pair(code: number, value: string | number): void {
    this.lines.push(String(code), typeof value === "string" ? value : isRealCode(code) ? formatReal(value) : String(Math.round(value)));
  }

  point(code: number, [x, y]: Point2): void {
    this.pair(code, x);
    this.pair(code + 10, y);
    this.pair(code + 20, 0);
  }

  text(): string {
    return `${this.lines.join("\r\n")}\r\n`;
  }
}

/** Group codes whose values are reals (the rest that take numbers are integers). */
function isRealCode(code: number): boolean {
  return (code >= 10 && code <= 59) || (code >= 110 && code <= 149) || (code >= 210 && code <= 239) || (code >= 460 && code <= 469) || (code >= 1010 && code <= 1059);
}

function formatReal(value: number): string {
  if (Number.isInteger(value)) return value.toFixed(1);
  return String(Number(value.toPrecision(15)));
}

/** Bulge of an arc traversed from `from`: tan(sweep/4), negative when run clockwise. */
function bulgeOf(curve: Extract<PlanarCurve, { kind: "arc" }>, from: Point2): number {
  const sweep = ((curve.endDeg - curve.startDeg) * Math.PI) / 180;
  const startRad = (curve.startDeg * Math.PI) / 180;
  const ccwStart: Point2 = [curve.center[0] + curve.radius * Math.cos(startRad), curve.center[1] + curve.radius * Math.sin(startRad)];
  const forward = Math.hypot(from[0] - ccwStart[0], from[1] - ccwStart[1]) < curve.radius * 1e-6 + 1e-9;
  const bulge = Math.tan(sweep / 4);
  return forward ? bulge : -bulge;
}

const polylineable = (chain: Chain) => chain.closed && chain.curves.every(({ curve }) => curve.kind !== "spline");

function entityStart(writer: DxfWriter, type: string, owner: string, subclass: string): void {
  writer.pair(0, type);
  writer.pair(5, writer.handle());
  writer.pair(330, owner);
  writer.pair(100, "AcDbEntity");
  writer.pair(8, "0");
  writer.pair(100, subclass);
}

function writeLoopAsPolyline(writer: DxfWriter, owner: string, chain: Chain): void {
  const vertices: { point: Point2; bulge: number }[] = [];
  for (const { curve, reversed } of chain.curves) {
    const points = reversed ? [...curve.points].reverse() : curve.points;
    if (curve.kind === "arc") {
      vertices.push({ point: points[0]!, bulge: bulgeOf(curve, points[0]!) });
    } else {
      // Lines and sampled curves: straight segments to each next point (the last is the next curve's first).
      for (const point of points.slice(0, -1)) vertices.push({ point, bulge: 0 });
    }
  }
  entityStart(writer, "LWPOLYLINE", owner, "AcDbPolyline");
  writer.pair(90, vertices.length);
  writer.pair(70, 1);
  writer.pair(43, 0);
  for (const { point, bulge } of vertices) {
    writer.pair(10, point[0]);
    writer.pair(20, point[1]);
    if (bulge !== 0) writer.pair(42, bulge);
  }
}

function writeCurve(writer: DxfWriter, owner: string, curve: PlanarCurve): void {
  switch (curve.kind) {
    case "line":
      entityStart(writer, "LINE", owner, "AcDbLine");
      writer.point(10, first(curve));
      writer.point(11, last(curve));
      return;
    case "circle":
      entityStart(writer, "CIRCLE", owner, "AcDbCircle");
      writer.point(10, curve.center);
      writer.pair(40, curve.radius);
      return;
    case "arc":
      entityStart(writer, "ARC", owner, "AcDbCircle");
      writer.point(10, curve.center);
      writer.pair(40, curve.radius);
      writer.pair(100, "AcDbArc");
      writer.pair(50, ((curve.startDeg % 360) + 360) % 360);
      writer.pair(51, ((curve.endDeg % 360) + 360) % 360);
      return;
    case "spline":
      entityStart(writer, "SPLINE", owner, "AcDbSpline");
      writer.pair(210, 0);
      writer.pair(220, 0);
      writer.pair(230, 1);
      // 8 planar, 4 rational.
      writer.pair(70, 8 + (curve.weights !== undefined ? 4 : 0));
      writer.pair(71, curve.degree);
      writer.pair(72, curve.knots.length);
      writer.pair(73, curve.controlPoints.length);
      writer.pair(74, 0);
      for (const knot of curve.knots) writer.pair(40, knot);
      for (const weight of curve.weights ?? []) writer.pair(41, weight);
      for (const point of curve.controlPoints) writer.point(10, point);
      return;
    case "polyline":
      entityStart(writer, "LWPOLYLINE", owner, "AcDbPolyline");
      writer.pair(90, curve.points.length);
      writer.pair(70, 0);
      writer.pair(43, 0);
      for (const [x, y] of curve.points) {
        writer.pair(10, x);
        writer.pair(20, y);
      }
      return;
  }
}

function table(writer: DxfWriter, name: string, entries: (owner: string) => void): void {
  const handle = writer.handle();
  writer.pair(0, "TABLE");
  writer.pair(2, name);
  writer.pair(5, handle);
  writer.pair(330, "0");
  writer.pair(100, "AcDbSymbolTable");
  writer.pair(70, 1);
  entries(handle);
  writer.pair(0, "ENDTAB");
}

function tableEntry(writer: DxfWriter, type: string, owner: string, subclass: string, name: string, body: () => void = () => undefined): string {
  const handle = writer.handle();
  writer.pair(0, type);
  writer.pair(5, handle);
  writer.pair(330, owner);
  writer.pair(100, "AcDbSymbolTableRecord");
  writer.pair(100, subclass);
  writer.pair(2, name);
  writer.pair(70, 0);
  body();
  return handle;
}

/**
 * The curves as a DXF R2000 file.
 * @example exportDxf(sectionCurves, { unit: "mm", description: "section at z=5" })
 */
export function exportDxf(curves: readonly PlanarCurve[], options: DxfOptions): Uint8Array {
  const body = new DxfWriter();
  const points = curves.flatMap((c) => (c.kind === "circle" ? [[c.center[0] - c.radius, c.center[1] - c.radius], [c.center[0] + c.radius, c.center[1] + c.radius]] as Point2[] : c.points));
  const min: Point2 = [Math.min(...points.map((p) => p[0])), Math.min(...points.map((p) => p[1]))];
  const max: Point2 = [Math.max(...points.map((p) => p[0])), Math.max(...points.map((p) => p[1]))];
  const tolerance = Math.max(max[0] - min[0], max[1] - min[1], 1) * 1e-7;

  // Tables and blocks first (their handles are owners of what follows); the header goes last into the file's front.
  body.pair(0, "SECTION");
  body.pair(2, "CLASSES");
  body.pair(0, "ENDSEC");
  body.pair(0, "SECTION");
  body.pair(2, "TABLES");
  table(body, "VPORT", (owner) => tableEntry(body, "VPORT", owner, "AcDbViewportTableRecord", "*ACTIVE"));
  table(body, "LTYPE", (owner) => {
    for (const name of ["ByBlock", "ByLayer", "Continuous"]) {
      tableEntry(body, "LTYPE", owner, "AcDbLinetypeTableRecord", name, () => {
        body.pair(3, name === "Continuous" ? "Solid line" : "");
        body.pair(72, 65);
        body.pair(73, 0);
        body.pair(40, 0);
      });
    }
  });
  table(body, "LAYER", (owner) =>
    tableEntry(body, "LAYER", owner, "AcDbLayerTableRecord", "0", () => {
      body.pair(62, 7);
      body.pair(6, "Continuous");
    }),
  );
  table(body, "STYLE", (owner) =>
    tableEntry(body, "STYLE", owner, "AcDbTextStyleTableRecord", "Standard", () => {
      body.pair(40, 0);
      body.pair(41, 1);
      body.pair(50, 0);
      body.pair(71, 0);
      body.pair(42, 2.5);
      body.pair(3, "txt");
      body.pair(4, "");
    }),
  );
  table(body, "VIEW", () => undefined);
  table(body, "UCS", () => undefined);
  table(body, "APPID", (owner) => tableEntry(body, "APPID", owner, "AcDbRegAppTableRecord", "ACAD"));
  table(body, "DIMSTYLE", (owner) => tableEntry(body, "DIMSTYLE", owner, "AcDbDimStyleTableRecord", "Standard"));
  let modelSpace = "";
  let paperSpace = "";
  table(body, "BLOCK_RECORD", (owner) => {
    modelSpace = tableEntry(body, "BLOCK_RECORD", owner, "AcDbBlockTableRecord", "*Model_Space");
    paperSpace = tableEntry(body, "BLOCK_RECORD", owner, "AcDbBlockTableRecord", "*Paper_Space");
  });
  body.pair(0, "ENDSEC");

  body.pair(0, "SECTION");
  body.pair(2, "BLOCKS");
  for (const [name, owner] of [["*Model_Space", modelSpace], ["*Paper_Space", paperSpace]] as const) {
    body.pair(0, "BLOCK");
    body.pair(5, body.handle());
    body.pair(330, owner);
    body.pair(100, "AcDbEntity");
    body.pair(8, "0");
    body.pair(100, "AcDbBlockBegin");
    body.pair(2, name);
    body.pair(70, 0);
    body.point(10, [0, 0]);
    body.pair(3, name);
    body.pair(1, "");
    body.pair(0, "ENDBLK");
    body.pair(5, body.handle());
    body.pair(330, owner);
    body.pair(100, "AcDbEntity");
    body.pair(8, "0");
    body.pair(100, "AcDbBlockEnd");
  }
  body.pair(0, "ENDSEC");

  body.pair(0, "SECTION");
  body.pair(2, "ENTITIES");
  for (const circle of curves.filter((c) => c.kind === "circle")) writeCurve(body, modelSpace, circle);
  for (const chain of chainCurves(curves, tolerance)) {
    if (polylineable(chain)) writeLoopAsPolyline(body, modelSpace, chain);
    else for (const { curve } of chain.curves) writeCurve(body, modelSpace, curve);
  }
  body.pair(0, "ENDSEC");

  body.pair(0, "SECTION");
  body.pair(2, "OBJECTS");
  const root = body.handle();
  const groups = body.handle();
  body.pair(0, "DICTIONARY");
  body.pair(5, root);
  body.pair(330, "0");
  body.pair(100, "AcDbDictionary");
  body.pair(281, 1);
  body.pair(3, "ACAD_GROUP");
  body.pair(350, groups);
  body.pair(0, "DICTIONARY");
  body.pair(5, groups);
  body.pair(330, root);
  body.pair(100, "AcDbDictionary");
  body.pair(281, 1);
  body.pair(0, "ENDSEC");
  body.pair(0, "EOF");

  const header = new DxfWriter();
  header.pair(999, `partforge: ${options.description}`);
  header.pair(0, "SECTION");
  header.pair(2, "HEADER");
  header.pair(9, "$ACADVER");
  header.pair(1, "AC1015");
  header.pair(9, "$HANDSEED");
  header.pair(5, body.handseed);
  header.pair(9, "$INSUNITS");
  header.pair(70, INSUNITS[options.unit]);
  header.pair(9, "$MEASUREMENT");
  header.pair(70, options.unit === "in" || options.unit === "ft" ? 0 : 1);
  header.pair(9, "$EXTMIN");
  header.point(10, min);
  header.pair(9, "$EXTMAX");
  header.point(10, max);
  header.pair(0, "ENDSEC");
  return new TextEncoder().encode(header.text() + body.text());
}
