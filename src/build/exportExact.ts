/**
 * The formats written from the exact shapes rather than from a mesh — STEP, BREP, PROPS, SVG
 * and DXF — each turned into bytes while the build's shapes are alive (the kernel half of an
 * export, under the build's time limit).
 */
import { boundingBoxOf, projectEdges, shapeProperties, type ExportPart } from "../kernel/index.ts";
import { exportBrep, exportProps, exportStep, exportSvg, viewFrame, viewLabel, type DrawnView, type ExportFormat, type View } from "../exporters/index.ts";
import type { Unit } from "../shared/units.ts";
import type { ExportOptions } from "./exportOptions.ts";
import { checkOutputOptions, DEFAULT_PICTURE_SIZE, type OutputOptions } from "./outputOptions.ts";

/** The formats `exportExact` writes. */
export type ExactFormat = "step" | "brep" | "props" | "svg";

/** The largest extent of the parts' box: curves are sampled relative to it. */
function sizeOf(parts: readonly ExportPart[]): number {
  const boxes = parts.map((part) => boundingBoxOf(part.shape));
  return Math.max(...[0, 1, 2].map((axis) => Math.max(...boxes.map((b) => b.max[axis]!)) - Math.min(...boxes.map((b) => b.min[axis]!))));
}

/** Chord deflection of drawn curves: a 10⁻⁴ of the part, well under a pixel at the largest size. */
export function drawingDeflection(parts: readonly ExportPart[]): number {
  return Math.max(sizeOf(parts) * 1e-4, 1e-6);
}

function drawSvg(parts: readonly ExportPart[], unit: Unit, output: OutputOptions, name: string): Uint8Array {
  const hidden = output.hidden ?? true;
  const deflection = drawingDeflection(parts);
  const shapes = parts.map((part) => part.shape);
  const views: { view: View; name?: DrawnView["name"] }[] = output.views !== undefined ? output.views.map((view) => ({ view, name: view })) : [{ view: output.view ?? "iso" }];
  const drawn = views.map(({ view, name: viewName }): DrawnView => {
    const frame = viewFrame(view);
    const edges = projectEdges(shapes, { toViewer: [...frame.toViewer], right: [...frame.right] }, { hidden, deflection });
    return { label: viewLabel(view), ...(viewName !== undefined ? { name: viewName } : {}), edges };
  });
  return exportSvg(drawn, { name, unit, hidden, width: output.width ?? DEFAULT_PICTURE_SIZE.width, height: output.height ?? DEFAULT_PICTURE_SIZE.height });
}

export function exportExact(parts: readonly ExportPart[], format: ExactFormat, unit: Unit, options: ExportOptions, name: string): Uint8Array {
  const output = checkOutputOptions(format as ExportFormat, options.output ?? {});
  switch (format) {
    case "step":
      return exportStep(parts, { unit });
    case "brep":
      return exportBrep(parts);
    case "svg":
      return drawSvg(parts, unit, output, name);
    case "props":
      return exportProps(
        parts.map((part) => ({ name: part.name, ...(part.color !== undefined ? { color: part.color } : {}), ...shapeProperties(part.shape) })),
        { name, unit, ...(output.density !== undefined ? { density: output.density } : {}), ...(output.material !== undefined ? { material: output.material } : {}) },
      );
  }
}
