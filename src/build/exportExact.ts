/**
 * The formats written from the exact shapes rather than from a mesh — STEP, BREP, PROPS, SVG
 * and DXF — each turned into bytes while the build's shapes are alive (the kernel half of an
 * export, under the build's time limit).
 */
import { boundingBoxOf, projectEdges, sectionAtZ, shapeProperties, type BoundingBox, type ExportPart } from "../kernel/index.ts";
import { PartforgeError } from "../shared/errors.ts";
import { exportBrep, exportDxf, exportProps, exportStep, exportSvg, viewFrame, viewLabel, type DrawnView, type ExportFormat, type View } from "../exporters/index.ts";
import type { Unit } from "../shared/units.ts";
import type { ExportOptions } from "./exportOptions.ts";
import { checkOutputOptions, DEFAULT_PICTURE_SIZE, type OutputOptions } from "./outputOptions.ts";

/** The formats `exportExact` writes. */
export type ExactFormat = "step" | "brep" | "props" | "svg" | "dxf";

function boxOf(parts: readonly ExportPart[]): BoundingBox {
  const boxes = parts.map((part) => boundingBoxOf(part.shape));
  const corner = (pick: (values: number[]) => number, which: "min" | "max") => [0, 1, 2].map((axis) => pick(boxes.map((b) => b[which][axis]!))) as BoundingBox["min"];
  return { min: corner((v) => Math.min(...v), "min"), max: corner((v) => Math.max(...v), "max") };
}

/** The largest extent of the parts' box: curves are sampled relative to it. */
function sizeOf(parts: readonly ExportPart[]): number {
  const box = boxOf(parts);
  return Math.max(...[0, 1, 2].map((axis) => box.max[axis]! - box.min[axis]!));
}

const round = (value: number) => String(Number(value.toPrecision(6)));

/** A view's visible outline, or the section at `out_z` (default: mid-height) with its checks. */
function drawDxf(parts: readonly ExportPart[], unit: Unit, output: OutputOptions): Uint8Array {
  const deflection = drawingDeflection(parts);
  const shapes = parts.map((part) => part.shape);
  if (output.view !== undefined) {
    const frame = viewFrame(output.view);
    const { visible } = projectEdges(shapes, { toViewer: [...frame.toViewer], right: [...frame.right] }, { hidden: false, deflection });
    return exportDxf(visible, { unit, description: `outline of the ${viewLabel(output.view)} view` });
  }
  const box = boxOf(parts);
  const [bottom, top] = [box.min[2], box.max[2]];
  const where = `the part spans z from ${round(bottom)} to ${round(top)} ${unit} (x ${round(box.min[0])} to ${round(box.max[0])}, y ${round(box.min[1])} to ${round(box.max[1])})`;
  const z = output.z ?? (bottom + top) / 2;
  if (output.z !== undefined && (z < bottom || z > top)) {
    throw new PartforgeError("USAGE", `out_z=${output.z} is outside the part: ${where}; give out_z in that range, or leave it out for mid-height`, { param: "out_z" });
  }
  const curves = sectionAtZ(shapes, z, deflection);
  if (curves.length === 0) {
    throw new PartforgeError("USAGE", `the section at z=${round(z)} ${unit} is empty: ${where}; give out_z where the part has material, or out_view for a view's outline`, { param: "out_z" });
  }
  return exportDxf(curves, { unit, description: `section at z=${round(z)} ${unit}` });
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
    case "dxf":
      return drawDxf(parts, unit, output);
    case "svg":
      return drawSvg(parts, unit, output, name);
    case "props":
      return exportProps(
        parts.map((part) => ({ name: part.name, ...(part.color !== undefined ? { color: part.color } : {}), ...shapeProperties(part.shape) })),
        { name, unit, ...(output.density !== undefined ? { density: output.density } : {}), ...(output.material !== undefined ? { material: output.material } : {}) },
      );
  }
}
