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

function enumName(group: Record<string, unknown>, value: unknown): string {
  return Object.keys(group).find((name) => group[name] === value) ?? "?";
}

/** One line per face, wire and edge of `shape`, in its own order. */
export function dumpShape(oc: OpenCascadeInstance, shape: TopoDS_Shape): string[] {
  const lines: string[] = [];
  const kinds = oc.TopAbs_ShapeEnum;
  const below = new Map<unknown, unknown>([
    [kinds.TopAbs_COMPOUND, kinds.TopAbs_SOLID],
    [kinds.TopAbs_COMPSOLID, kinds.TopAbs_SOLID],
    [kinds.TopAbs_SOLID, kinds.TopAbs_SHELL],
    [kinds.TopAbs_SHELL, kinds.TopAbs_FACE],
    [kinds.TopAbs_FACE, kinds.TopAbs_WIRE],
    [kinds.TopAbs_WIRE, kinds.TopAbs_EDGE],
  ]);
  const walk = (s: TopoDS_Shape, depth: number) => {
    const pad = " ".repeat(depth);
    const type = s.ShapeType();
    const orient = enumName(oc.TopAbs_Orientation as never, s.Orientation()).slice(6, 9);
    if (type === kinds.TopAbs_EDGE) {
      const curve = new oc.BRepAdaptor_Curve(oc.TopoDS.Edge(s));
      const at = (u: number) => {
        const p = curve.Value(u);
        return `(${round6(p.X())},${round6(p.Y())},${round6(p.Z())})`;
      };
      lines.push(`${pad}edge ${orient} ${enumName(oc.GeomAbs_CurveType as never, curve.GetType()).slice(7)} [${round6(curve.FirstParameter())},${round6(curve.LastParameter())}] ${at(curve.FirstParameter())}->${at(curve.LastParameter())}`);
      return;
    }
    if (type === kinds.TopAbs_FACE) {
      const surface = new oc.BRepAdaptor_Surface(oc.TopoDS.Face(s), true);
      lines.push(`${pad}face ${orient} ${enumName(oc.GeomAbs_SurfaceType as never, surface.GetType()).slice(7)}`);
    } else lines.push(`${pad}${enumName(kinds as never, type).slice(7)} ${orient}`);
    const child = below.get(type);
    if (child === undefined) return;
    const explorer = new oc.TopExp_Explorer(s, child as never, kinds.TopAbs_SHAPE);
    for (; explorer.More(); explorer.Next()) walk(explorer.Current(), depth + 1);
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
