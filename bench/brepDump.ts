/**
 * Diagnosis for the heap audit: builds one program (defaults, or `--values JSON`) twice in this
 * process with the heap moved on between, dumps each result's B-rep as text (faces in order,
 * each with its surface type, orientation, and its wires' edges with curve type, orientation
 * and end points) and prints the first lines where the two dumps differ.
 *
 *   node --import tsx bench/brepDump.ts examples/cadquery/lofts.ts [--values '{"p":1}'] [--print]
 */
import { readFileSync } from "node:fs";
import type { OpenCascadeInstance, TopoDS_Shape } from "replicad-opencascadejs";
import { languageOf, loadScript } from "../src/build/buildModel.ts";
import { resultParts } from "../src/build/resultParts.ts";
import { kernel, loadKernel, withScope } from "../src/kernel/index.ts";
import { resolveValues } from "../src/modelscript/index.ts";
import { disturbHeap } from "../test/helpers/disturbHeap.ts";

const round6 = (x: number) => (Math.abs(x) < 5e-7 ? 0 : x).toFixed(6);

function point(oc: OpenCascadeInstance, vertex: TopoDS_Shape): string {
  const p = oc.BRep_Tool.Pnt(oc.TopoDS.Vertex(vertex));
  return `(${round6(p.X())},${round6(p.Y())},${round6(p.Z())})`;
}

/** One line per face, wire and edge of `shape`, in its own order. */
export function dumpShape(oc: OpenCascadeInstance, shape: TopoDS_Shape): string[] {
  const lines: string[] = [];
  const kinds = oc.TopAbs_ShapeEnum;
  const walk = (s: TopoDS_Shape, depth: number) => {
    const pad = " ".repeat(depth);
    const type = s.ShapeType();
    const orient = s.Orientation().value ?? s.Orientation();
    if (type === kinds.TopAbs_EDGE) {
      const edge = oc.TopoDS.Edge(s);
      const curve = new oc.BRepAdaptor_Curve(edge);
      const first = oc.TopExp.FirstVertex(edge, true);
      const last = oc.TopExp.LastVertex(edge, true);
      lines.push(`${pad}edge o${JSON.stringify(orient)} c${curve.GetType().value ?? ""} [${round6(curve.FirstParameter())},${round6(curve.LastParameter())}] ${point(oc, first)}->${point(oc, last)}`);
      return;
    }
    if (type === kinds.TopAbs_FACE) {
      const surface = new oc.BRepAdaptor_Surface(oc.TopoDS.Face(s), true);
      lines.push(`${pad}face o${JSON.stringify(orient)} s${surface.GetType().value ?? ""}`);
    } else lines.push(`${pad}${["compound", "compsolid", "solid", "shell", "face", "wire", "edge", "vertex"][(type as unknown as { value: number }).value ?? 0]} o${JSON.stringify(orient)}`);
    const it = new oc.TopoDS_Iterator(s, true, true);
    for (; it.More(); it.Next()) walk(it.Value(), depth + 1);
  };
  walk(shape, 0);
  return lines;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const program = args[0]!;
  const at = args.indexOf("--values");
  const values = at < 0 ? {} : (JSON.parse(args[at + 1]!) as Record<string, string>);
  await loadKernel();
  const oc = kernel();
  const loaded = await loadScript(readFileSync(program, "utf8"), languageOf(program));
  const dump = () => withScope(() => resultParts(loaded.run(resolveValues(loaded, { values })), "x").flatMap((part) => dumpShape(oc, part.shape.wrapped)));
  const first = dump();
  if (args.includes("--print")) process.stdout.write(first.join("\n") + "\n");
  for (let round = 0; round < 6; round++) {
    disturbHeap(round * 3 + 1);
    const again = dump();
    const at = first.findIndex((line, i) => line !== again[i]);
    if (at < 0 && first.length === again.length) {
      process.stdout.write(`round ${round}: same (${first.length} lines)\n`);
      continue;
    }
    process.stdout.write(`round ${round}: differs at line ${at} of ${first.length}/${again.length}\n`);
    for (let i = Math.max(0, at - 3); i < Math.min(at + 12, first.length); i++) process.stdout.write(`  ${first[i]}   |   ${again[i]}\n`);
    return;
  }
}

await main();
