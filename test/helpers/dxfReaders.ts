/**
 * Two independent DXF readers: the npm `dxf-parser` (JavaScript), and ezdxf (Python, Debian's
 * `python3-ezdxf`), which reads the file strictly, audits its structure and measures each
 * closed loop: its area by flattening the true curves (bulges, circles, splines), nested loops
 * counted as holes. Tests skip the ezdxf checks with the reason when it is missing.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import * as dxfParser from "dxf-parser";

const run = promisify(execFile);
const PYTHON = "/usr/bin/python3";

export function ezdxfMissing(): string | false {
  return existsSync("/usr/lib/python3/dist-packages/ezdxf/__init__.py") ? false : "ezdxf is not installed (apt-get install python3-ezdxf)";
}

export interface EzdxfReading {
  version: string;
  insunits: number;
  auditErrors: string[];
  entities: Record<string, number>;
  /** Entities that are not closed loops (closed LWPOLYLINEs and CIRCLEs are). */
  openEntities: number;
  /** Total area of the closed loops, holes subtracted (nesting depth odd = hole). */
  area: number;
  /** min x, min y, max x, max y of the flattened loops. */
  extents: [number, number, number, number];
}

const SCRIPT = `
import json, sys, ezdxf
from ezdxf import path as ezpath
doc = ezdxf.readfile(sys.argv[1])
auditor = doc.audit()
msp = doc.modelspace()
entities = {}
loops = []
open_count = 0
for e in msp:
    entities[e.dxftype()] = entities.get(e.dxftype(), 0) + 1
    closed = e.dxftype() == "CIRCLE" or (e.dxftype() == "LWPOLYLINE" and e.closed)
    if not closed:
        open_count += 1
        continue
    # Arcs become cubic Béziers (16 per quarter: under 1e-12 of the radius), then chords within
    # 1e-5; a polyline is taken apart into its lines and arcs first, each joined on in loop order.
    points = []
    for part in (e.virtual_entities() if e.dxftype() == "LWPOLYLINE" else [e]):
        segment = [(v.x, v.y) for v in ezpath.make_path(part, segments=16).flattening(distance=1e-5)]
        if points and abs(segment[-1][0] - points[-1][0]) + abs(segment[-1][1] - points[-1][1]) < abs(segment[0][0] - points[-1][0]) + abs(segment[0][1] - points[-1][1]):
            segment.reverse()
        points.extend(segment[1:] if points else segment)
    loops.append(points)
def area(p):
    return abs(sum(p[i][0] * p[(i + 1) % len(p)][1] - p[(i + 1) % len(p)][0] * p[i][1] for i in range(len(p)))) / 2
def inside(pt, poly):
    x, y = pt; c = False; j = len(poly) - 1
    for i in range(len(poly)):
        xi, yi = poly[i]; xj, yj = poly[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi: c = not c
        j = i
    return c
total = 0.0
for i, loop in enumerate(loops):
    depth = sum(1 for j, other in enumerate(loops) if j != i and inside(loop[0], other))
    total += area(loop) * (-1 if depth % 2 else 1)
xs = [p[0] for l in loops for p in l] or [0]; ys = [p[1] for l in loops for p in l] or [0]
print(json.dumps({"version": doc.dxfversion, "insunits": doc.header.get("$INSUNITS", 0), "auditErrors": [str(x.message) for x in auditor.errors],
  "entities": entities, "openEntities": open_count, "area": total, "extents": [min(xs), min(ys), max(xs), max(ys)]}))
`;

export async function readWithEzdxf(bytes: Uint8Array): Promise<EzdxfReading> {
  const dir = await mkdtemp(join(tmpdir(), "partforge-dxf-"));
  try {
    await writeFile(join(dir, "drawing.dxf"), bytes);
    await writeFile(join(dir, "read.py"), SCRIPT);
    const { stdout } = await run(PYTHON, [join(dir, "read.py"), join(dir, "drawing.dxf")], { timeout: 60_000 });
    return JSON.parse(stdout) as EzdxfReading;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface DxfParserReading {
  header: Record<string, unknown>;
  entities: { type: string; shape?: boolean; vertices?: unknown[] }[];
}

export function readWithDxfParser(bytes: Uint8Array): DxfParserReading {
  const Parser = ((dxfParser as unknown as { default?: typeof dxfParser.DxfParser }).default ?? dxfParser.DxfParser) as typeof dxfParser.DxfParser;
  const parsed = new Parser().parseSync(new TextDecoder().decode(bytes)) as unknown as DxfParserReading | null;
  if (parsed === null) throw new Error("dxf-parser could not read the file");
  return parsed;
}
