/**
 * FreeCAD (Debian's `freecad`, its own OpenCascade build) as an independent reader of BREP
 * and STEP files: `freecadcmd` runs a small Python script that reads each file with `Part.Shape().read`
 * and reports what FreeCAD's Part measures — volume, area, tight bounding box, centre of mass,
 * matrix of inertia, topology counts and validity. Tests skip with the reason when it is missing.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export const FREECAD = "/usr/bin/freecadcmd";

export function freecadMissing(): string | false {
  return existsSync(FREECAD) ? false : `${FREECAD} is not installed (apt-get install freecad)`;
}

type Triple = [number, number, number];

export interface FreecadShape {
  shapeType: string;
  valid: boolean;
  volume: number;
  area: number;
  bbox: { min: Triple; max: Triple };
  centerOfMass: Triple;
  /** About the centre of mass, axes parallel to X, Y, Z (density 1). */
  inertia: [Triple, Triple, Triple];
  counts: { solids: number; shells: number; faces: number; wires: number; edges: number; vertices: number };
}

const SCRIPT = `
import json, os, Part, FreeCAD
paths = json.load(open(os.environ["PARTFORGE_FREECAD_IN"]))
out = []
for path in paths:
    shape = Part.Shape()
    shape.read(path)
    solids = shape.Solids
    volume = sum(s.Volume for s in solids)
    com = FreeCAD.Vector(0, 0, 0)
    for s in solids:
        com += s.CenterOfMass * (s.Volume / volume)
    inertia = [[0.0] * 3 for _ in range(3)]
    for s in solids:
        m = s.MatrixOfInertia
        d = s.CenterOfMass - com
        dd = [d.x, d.y, d.z]
        d2 = d.x * d.x + d.y * d.y + d.z * d.z
        for i in range(3):
            for j in range(3):
                inertia[i][j] += m.A[i * 4 + j] + s.Volume * ((d2 if i == j else 0) - dd[i] * dd[j])
    box = shape.optimalBoundingBox()
    out.append({
        "shapeType": shape.ShapeType, "valid": shape.isValid(), "volume": volume, "area": shape.Area,
        "bbox": {"min": [box.XMin, box.YMin, box.ZMin], "max": [box.XMax, box.YMax, box.ZMax]},
        "centerOfMass": [com.x, com.y, com.z], "inertia": inertia,
        "counts": {"solids": len(solids), "shells": len(shape.Shells), "faces": len(shape.Faces), "wires": len(shape.Wires),
                   "edges": len(shape.Edges), "vertices": len(shape.Vertexes)},
    })
json.dump(out, open(os.environ["PARTFORGE_FREECAD_OUT"], "w"))
`;

/** Reads each BREP file with FreeCAD, in one `freecadcmd` run. */
export function readBrepsWithFreecad(files: readonly Uint8Array[]): Promise<FreecadShape[]> {
  return readFilesWithFreecad(files, "brep");
}

/** Reads each file, all of one format (FreeCAD's `Part.Shape.read` goes by the extension: BREP or STEP), in one `freecadcmd` run. */
export async function readFilesWithFreecad(files: readonly Uint8Array[], format: "brep" | "step"): Promise<FreecadShape[]> {
  const dir = await mkdtemp(join(tmpdir(), "partforge-freecad-"));
  try {
    const paths = await Promise.all(
      files.map(async (bytes, i) => {
        const path = join(dir, `shape-${i}.${format}`);
        await writeFile(path, bytes);
        return path;
      }),
    );
    await writeFile(join(dir, "read.py"), SCRIPT);
    await writeFile(join(dir, "paths.json"), JSON.stringify(paths));
    // freecadcmd opens every further argument as a document, so the script's files go by environment.
    await run(FREECAD, [join(dir, "read.py")], {
      env: { ...process.env, HOME: dir, LANG: "C.UTF-8", LC_ALL: "C.UTF-8", PARTFORGE_FREECAD_IN: join(dir, "paths.json"), PARTFORGE_FREECAD_OUT: join(dir, "out.json") },
      timeout: 120_000,
    });
    return JSON.parse(await readFile(join(dir, "out.json"), "utf8")) as FreecadShape[];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
