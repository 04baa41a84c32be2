/**
 * The formats written from the exact shapes rather than from a mesh — STEP, BREP, PROPS, SVG
 * and DXF — each turned into bytes while the build's shapes are alive (the kernel half of an
 * export, under the build's time limit).
 */
import { shapeProperties, type ExportPart } from "../kernel/index.ts";
import { exportBrep, exportProps, exportStep, type ExportFormat } from "../exporters/index.ts";
import type { Unit } from "../shared/units.ts";
import type { ExportOptions } from "./exportOptions.ts";
import { checkOutputOptions } from "./outputOptions.ts";

/** The formats `exportExact` writes. */
export type ExactFormat = "step" | "brep" | "props";

export function exportExact(parts: readonly ExportPart[], format: ExactFormat, unit: Unit, options: ExportOptions, name: string): Uint8Array {
  const output = checkOutputOptions(format as ExportFormat, options.output ?? {});
  switch (format) {
    case "step":
      return exportStep(parts, { unit });
    case "brep":
      return exportBrep(parts);
    case "props":
      return exportProps(
        parts.map((part) => ({ name: part.name, ...(part.color !== undefined ? { color: part.color } : {}), ...shapeProperties(part.shape) })),
        { name, unit, ...(output.density !== undefined ? { density: output.density } : {}), ...(output.material !== undefined ? { material: output.material } : {}) },
      );
  }
}
