/**
 * Core benchmark (issue 2): kernel init, first and warm builds of the examples, STEP/STL export
 * time, and WebAssembly memory growth over 100 builds and per boolean.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { buildModel, languageOf } from "../src/build/index.ts";
import { kernelMemoryBytes, loadKernel, withScope } from "../src/kernel/index.ts";
import { Workplane } from "../src/api/index.ts";
import type { ScriptLanguage } from "../src/modelscript/index.ts";
import { formatMiB, formatMs, median, printTable, timeOnce } from "./measure.ts";

const EXAMPLES = new URL("../examples/", import.meta.url).pathname;
const WARM_RUNS = 5;

async function exampleSources(): Promise<{ name: string; source: string; language: ScriptLanguage }[]> {
  const files = (await readdir(EXAMPLES)).filter((f) => /\.(ts|js)$/.test(f)).sort();
  return Promise.all(files.map(async (f) => ({ name: f, source: await readFile(join(EXAMPLES, f), "utf8"), language: languageOf(f) })));
}

export async function benchCore(): Promise<void> {
  const init = await timeOnce(() => loadKernel());
  printTable("Kernel", ["measure", "value"], [["kernel init (ms)", formatMs(init.ms)], ["WASM memory after init (MiB)", formatMiB(kernelMemoryBytes())]]);

  const rows: string[][] = [];
  const examples = await exampleSources();
  for (const example of examples) {
    const first = await timeOnce(() => buildModel({ source: example.source, language: example.language, type: "step" }));
    const warm: number[] = [];
    const step: number[] = [];
    const stl: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      const s = await buildModel({ source: example.source, language: example.language, type: "step" });
      const t = await buildModel({ source: example.source, language: example.language, type: "stl" });
      warm.push(s.timings!.loadMs + s.timings!.buildMs);
      step.push(s.timings!.exportMs);
      stl.push(t.timings!.exportMs);
    }
    rows.push([example.name, formatMs(first.ms), formatMs(median(warm)), formatMs(median(warm) / first.ms * 100) + "%", formatMs(median(step)), formatMs(median(stl))]);
  }
  printTable("Builds (median of warm runs; first = first build in this process)", ["example", "first ms", "warm ms", "warm/first", "STEP ms", "STL ms"], rows);

  const before = kernelMemoryBytes();
  const example = examples[0]!;
  for (let i = 0; i < 100; i++) await buildModel({ source: example.source, language: example.language, type: "stl" });
  const after = kernelMemoryBytes();

  const booleans = 200;
  const beforeBooleans = kernelMemoryBytes();
  withScope(() => undefined);
  for (let i = 0; i < booleans; i++) {
    withScope(() => Workplane("XY").box(10, 10, 10).faces(">Z").workplane().hole(2));
  }
  const afterBooleans = kernelMemoryBytes();
  // One boolean against a compound of 100 tools (what rarray(...).hole() does) vs 100 booleans.
  const compoundMs = await timeOnce(() => withScope(() => Workplane("XY").box(100, 100, 5).faces(">Z").workplane().rarray(9, 9, 10, 10).hole(3)));
  const sequentialMs = await timeOnce(() =>
    withScope(() => {
      let part = Workplane("XY").box(100, 100, 5);
      for (let i = 0; i < 10; i++) for (let j = 0; j < 10; j++) part = part.faces(">Z").workplane({ origin: [0, 0, 0] }).center(-40.5 + 9 * i, -40.5 + 9 * j).hole(3);
      return part;
    }),
  );
  printTable("Holes: one compound boolean vs one boolean per hole", ["measure", "value"], [
    ["100 holes as one cut (ms)", formatMs(compoundMs.ms)],
    ["100 holes as 100 cuts (ms)", formatMs(sequentialMs.ms)],
    ["speed-up", (sequentialMs.ms / compoundMs.ms).toFixed(1) + "×"],
  ]);

  printTable("WebAssembly memory (never shrinks)", ["measure", "value"], [
    [`after 100 builds of ${example.name} (MiB)`, formatMiB(after)],
    ["growth over those 100 builds (MiB)", formatMiB(after - before)],
    [`growth per boolean over ${booleans} (KiB)`, ((afterBooleans - beforeBooleans) / booleans / 1024).toFixed(1)],
  ]);
}
