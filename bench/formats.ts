/**
 * Formats benchmark (issue 5): for each output format and two examples, the export time (from
 * built parts to bytes) and the output size, measured in one run; and what sharing one mesh
 * across the mesh formats saves against meshing once per format.
 */
import { readFile } from "node:fs/promises";
import { BuildMeshes, finishExport, loadScript, prepareExport, resolveExportOptions, resultParts } from "../src/build/index.ts";
import { exportFormats, type ExportFormat } from "../src/exporters/index.ts";
import { loadKernel, tessellate, withScopeAsync, type ExportPart } from "../src/kernel/index.ts";
import { resolveValues } from "../src/modelscript/index.ts";
import { formatMs, median, printTable } from "./measure.ts";

const EXAMPLES = ["bored-block.ts", "enclosure.ts"];
const RUNS = 5;
const OPTIONS = resolveExportOptions({});

function formatKiB(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

async function timed<T>(body: () => Promise<T> | T): Promise<[number, T]> {
  const started = performance.now();
  const value = await body();
  return [performance.now() - started, value];
}

/** Median export time and size of one format, each run from fresh parts-to-bytes (its own mesh). */
async function exportTime(parts: readonly ExportPart[], format: ExportFormat, unit: Parameters<typeof prepareExport>[2], name: string): Promise<{ ms: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const [ms, out] = await timed(() => finishExport(prepareExport(parts, format, unit, OPTIONS, name)));
    times.push(ms);
    bytes = out.length;
  }
  return { ms: median(times), bytes };
}

export async function benchFormats(): Promise<void> {
  await loadKernel();
  const rows: string[][] = [];
  const sharing: string[][] = [];
  const meshFormats = exportFormats().filter((format) => format !== "step");
  for (const file of EXAMPLES) {
    const loaded = await loadScript(await readFile(new URL(`../examples/${file}`, import.meta.url), "utf8"), "ts");
    await withScopeAsync(async () => {
      const parts = resultParts(loaded.run(resolveValues(loaded, { values: {} })), loaded.metadata.name);
      const name = loaded.metadata.name;
      for (const format of exportFormats()) {
        const { ms, bytes } = await exportTime(parts, format, loaded.uom, name);
        rows.push([file, format.toUpperCase(), formatMs(ms), formatKiB(bytes)]);
      }
      const meshMs = median(await Promise.all(Array.from({ length: RUNS }, async () => (await timed(() => tessellate(parts, { unit: loaded.uom, ...OPTIONS })))[0])));
      const separate: number[] = [];
      const shared: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const [separateMs] = await timed(async () => {
          for (const format of meshFormats) await finishExport(prepareExport(parts, format, loaded.uom, OPTIONS, name));
        });
        const [sharedMs] = await timed(async () => {
          const meshes = new BuildMeshes(parts, loaded.uom);
          for (const format of meshFormats) await finishExport(prepareExport(parts, format, loaded.uom, OPTIONS, name, meshes));
        });
        separate.push(separateMs);
        shared.push(sharedMs);
      }
      const saved = median(separate) - median(shared);
      sharing.push([file, formatMs(meshMs), formatMs(median(separate)), formatMs(median(shared)), formatMs(saved), `${((saved / median(separate)) * 100).toFixed(0)}%`]);
    });
  }
  printTable(`Export per format (median of ${RUNS}; parts → bytes, each with its own mesh)`, ["example", "format", "ms", "KiB"], rows);
  printTable(
    `One mesh shared by the ${meshFormats.length} mesh formats (${meshFormats.join(", ")}) vs one mesh per format`,
    ["example", "mesh ms", "per-format meshes ms", "shared mesh ms", "saved ms", "saved"],
    sharing,
  );
}
