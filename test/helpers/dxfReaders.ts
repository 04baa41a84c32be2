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
  /** Chains of open entities (lines, arcs, splines joined end to end within 1e-6) that do not close. */
  unclosedChains: number;
  /** Total area of the closed loops (chains included), holes subtracted (nesting depth odd = hole). */
  area: number;
  /** min x, min y, max x, max y of the flattened loops. */
  extents: [number, number, number, number];
}

const SCRIPT = `
import json, math, sys, ezdxf
from ezdxf import path as ezpath

def flat(entity):
    return [(v.x, v.y) for v in ezpath.make_path(entity, segments=16).flattening(distance=1e-5)]

def near(a, b):
    return math.hypot(a[0] - b[0], a[1] - b[1]) <= 1e-6

def area(p):
    return abs(sum(p[i][0] * p[(i + 1) % len(p)][1] - p[(i + 1) % len(p)][0] * p[i][1] for i in range(len(p)))) / 2

def inside(pt, poly):
    x, y = pt; c = False; j = len(poly) - 1
    for i in range(len(poly)):
        xi, yi = poly[i]; xj, yj = poly[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi: c = not c
        j = i
    return c

def chain(paths):
    """Joins paths end to end (either way round) into loops; returns the loops and the chains that do not close."""
    paths = list(paths)
    loops, unclosed = [], 0
    while paths:
        chain = paths.pop(0)
        turned = False
        while not (len(chain) > 2 and near(chain[0], chain[-1])):
            following = next(((k, p) for k, p in enumerate(paths) if near(p[0], chain[-1]) or near(p[-1], chain[-1])), None)
            if following is None and not turned:
                # Nothing goes on from this end (the first piece may run the other way): go on from the other.
                chain.reverse()
                turned = True
                continue
            if following is None:
                break
            k, p = following
            paths.pop(k)
            chain.extend((p if near(p[0], chain[-1]) else p[::-1])[1:])
        if len(chain) > 2 and near(chain[0], chain[-1]):
            loops.append(chain)
        else:
            unclosed += 1
    return loops, unclosed

def read(file):
    doc = ezdxf.readfile(file)
    auditor = doc.audit()
    msp = doc.modelspace()
    entities = {}
    loops = []
    open_paths = []
    unclosed = 0
    for e in msp:
        entities[e.dxftype()] = entities.get(e.dxftype(), 0) + 1
        if e.dxftype() == "CIRCLE":
            loops.append(flat(e))
        elif e.dxftype() == "LWPOLYLINE" and e.closed:
            # Arcs become cubic Béziers (16 per quarter: under 1e-12 of the radius), then chords
            # within 1e-5; a polyline is taken apart into its lines and arcs, joined back in a loop.
            found, open_parts = chain(flat(part) for part in e.virtual_entities())
            loops.extend(found)
            unclosed += open_parts + (0 if len(found) == 1 else 1)
        else:
            open_paths.append(flat(e))
    open_count = len(open_paths)
    # Lines, arcs and splines written one by one: joined end to end into loops.
    found, open_chains = chain(open_paths)
    loops.extend(found)
    unclosed += open_chains
    total = 0.0
    for i, loop in enumerate(loops):
        depth = sum(1 for j, other in enumerate(loops) if j != i and inside(loop[0], other))
        total += area(loop) * (-1 if depth % 2 else 1)
    xs = [p[0] for l in loops for p in l] or [0]; ys = [p[1] for l in loops for p in l] or [0]
    return {"version": doc.dxfversion, "insunits": doc.header.get("$INSUNITS", 0), "auditErrors": [str(x.message) for x in auditor.errors],
      "entities": entities, "openEntities": open_count, "unclosedChains": unclosed, "area": total, "extents": [min(xs), min(ys), max(xs), max(ys)]}

print(json.dumps([read(file) for file in sys.argv[1:]]))
`;

/** Reads each file with ezdxf, all in one Python run. */
export async function readManyWithEzdxf(files: readonly Uint8Array[]): Promise<EzdxfReading[]> {
  const dir = await mkdtemp(join(tmpdir(), "partforge-dxf-"));
  try {
    const paths = await Promise.all(
      files.map(async (bytes, i) => {
        const path = join(dir, `drawing-${i}.dxf`);
        await writeFile(path, bytes);
        return path;
      }),
    );
    await writeFile(join(dir, "read.py"), SCRIPT);
    const { stdout } = await run(PYTHON, [join(dir, "read.py"), ...paths], { timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
    return JSON.parse(stdout) as EzdxfReading[];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function readWithEzdxf(bytes: Uint8Array): Promise<EzdxfReading> {
  return (await readManyWithEzdxf([bytes]))[0]!;
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
