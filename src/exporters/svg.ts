/**
 * `type=SVG`: a technical drawing from hidden-line removal — visible edges solid, hidden edges
 * dashed — of one view, or of several views on one sheet at one common scale (third-angle
 * layout: top above front, right beside it). Written as SVG 1.1
 * (https://www.w3.org/TR/SVG11/): paths and circles in pixel coordinates, Y pointing down, with
 * a note of the scale, the unit and the views.
 */
import type { PlanarCurve, Point2, ProjectedEdges } from "../kernel/index.ts";
import { millimetresPer, type Unit } from "../shared/units.ts";
import type { ViewName } from "./views.ts";

export interface DrawnView {
  /** How the view is named in the note: `iso`, `front`, …, or `x,y,z`. */
  label: string;
  /** Where a named view sits on a multi-view sheet (ignored for a single view). */
  name?: ViewName;
  edges: ProjectedEdges;
}

export interface SvgOptions {
  /** The model's name (the drawing's title). */
  name: string;
  unit: Unit;
  /** Picture size in pixels (SVG user units). */
  width: number;
  height: number;
  /** Draw hidden edges dashed. */
  hidden: boolean;
}

const MARGIN = 16;
const NOTE_HEIGHT = 22;
const GAP = 24;
/** CSS pixels per inch: what a printer or browser takes a user unit to be. */
const PX_PER_INCH = 96;

/** Grid cell (column, row) of each named view, third-angle: top above front, right beside it. */
const CELL: Readonly<Record<ViewName, [number, number]>> = {
  front: [1, 1],
  top: [1, 0],
  bottom: [1, 2],
  left: [0, 1],
  right: [2, 1],
  back: [3, 1],
  iso: [2, 0],
};

interface Box2 {
  min: Point2;
  max: Point2;
}

function boxOf(edges: ProjectedEdges): Box2 | undefined {
  let box: Box2 | undefined;
  for (const curve of [...edges.visible, ...edges.hidden]) {
    for (const [x, y] of curve.points) {
      if (box === undefined) box = { min: [x, y], max: [x, y] };
      else box = { min: [Math.min(box.min[0], x), Math.min(box.min[1], y)], max: [Math.max(box.max[0], x), Math.max(box.max[1], y)] };
    }
    if (curve.kind === "circle") {
      const [cx, cy] = curve.center;
      const r = curve.radius;
      box = { min: [Math.min(box!.min[0], cx - r), Math.min(box!.min[1], cy - r)], max: [Math.max(box!.max[0], cx + r), Math.max(box!.max[1], cy + r)] };
    }
  }
  return box;
}

const number = (value: number) => String(Math.round(value * 1000) / 1000);

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** One curve in picture pixels: `toPixel` maps a view point to the sheet. */
function curveElement(curve: PlanarCurve, toPixel: (p: Point2) => Point2, scale: number): string {
  if (curve.kind === "circle") {
    const [cx, cy] = toPixel(curve.center);
    return `<circle cx="${number(cx)}" cy="${number(cy)}" r="${number(curve.radius * scale)}"/>`;
  }
  const d = curve.points.map((p, i) => `${i === 0 ? "M" : "L"}${toPixel(p).map(number).join(" ")}`).join(" ");
  return `<path d="${d}"/>`;
}

/** The drawing scale at 96 dpi, as a ratio: "1:2.5" or "4:1". */
function scaleNote(pixelsPerUnit: number, unit: Unit): string {
  const printedMmPerMm = (pixelsPerUnit * (25.4 / PX_PER_INCH)) / millimetresPer(unit);
  const ratio = (value: number) => String(Number(value.toPrecision(3)));
  return printedMmPerMm >= 1 ? `${ratio(printedMmPerMm)}:1` : `1:${ratio(1 / printedMmPerMm)}`;
}

interface Placed {
  view: DrawnView;
  box: Box2;
  column: number;
  row: number;
}

/** Columns and rows of the sheet, views in their third-angle cells (a single view: one cell). */
function placeViews(views: readonly DrawnView[]): Placed[] {
  const placed = views.flatMap((view) => {
    const box = boxOf(view.edges);
    if (box === undefined) return [];
    const [column, row] = views.length > 1 && view.name !== undefined ? CELL[view.name] : [0, 0];
    return [{ view, box, column, row }];
  });
  // Close up empty rows and columns.
  const columns = [...new Set(placed.map((p) => p.column))].sort((a, b) => a - b);
  const rows = [...new Set(placed.map((p) => p.row))].sort((a, b) => a - b);
  return placed.map((p) => ({ ...p, column: columns.indexOf(p.column), row: rows.indexOf(p.row) }));
}

/**
 * The views as one SVG 1.1 drawing, scaled to fit `width` × `height` at one common scale.
 * @example exportSvg([{ label: "iso", edges }], { name: "bracket", unit: "mm", width: 800, height: 600, hidden: true })
 */
export function exportSvg(views: readonly DrawnView[], options: SvgOptions): Uint8Array {
  const placed = placeViews(views);
  const columnCount = Math.max(1, ...placed.map((p) => p.column + 1));
  const rowCount = Math.max(1, ...placed.map((p) => p.row + 1));
  const columnWidths = Array.from({ length: columnCount }, (_, c) => Math.max(0, ...placed.filter((p) => p.column === c).map((p) => p.box.max[0] - p.box.min[0])));
  const rowHeights = Array.from({ length: rowCount }, (_, r) => Math.max(0, ...placed.filter((p) => p.row === r).map((p) => p.box.max[1] - p.box.min[1])));
  const gapsX = GAP * (columnCount - 1);
  const gapsY = GAP * (rowCount - 1);
  const availableWidth = Math.max(1, options.width - 2 * MARGIN - gapsX);
  const availableHeight = Math.max(1, options.height - 2 * MARGIN - NOTE_HEIGHT - gapsY);
  const modelWidth = columnWidths.reduce((a, b) => a + b, 0);
  const modelHeight = rowHeights.reduce((a, b) => a + b, 0);
  const scale = Math.min(modelWidth > 0 ? availableWidth / modelWidth : Infinity, modelHeight > 0 ? availableHeight / modelHeight : Infinity);
  const pixelsPerUnit = Number.isFinite(scale) ? scale : 1;
  // Centre the sheet in the drawing area.
  const left = MARGIN + (availableWidth - modelWidth * pixelsPerUnit) / 2;
  const top = MARGIN + (availableHeight - modelHeight * pixelsPerUnit) / 2;
  const columnStart = (c: number) => left + columnWidths.slice(0, c).reduce((a, b) => a + b * pixelsPerUnit + GAP, 0);
  const rowStart = (r: number) => top + rowHeights.slice(0, r).reduce((a, b) => a + b * pixelsPerUnit + GAP, 0);
  const strokeWidth = number(Math.max(0.5, Math.min(options.width, options.height) / 600));
  const groups = placed.map(({ view, box, column, row }) => {
    // Each view centred in its cell; Y flipped (view coordinates have Y up).
    const cellLeft = columnStart(column) + ((columnWidths[column]! - (box.max[0] - box.min[0])) * pixelsPerUnit) / 2;
    const cellTop = rowStart(row) + ((rowHeights[row]! - (box.max[1] - box.min[1])) * pixelsPerUnit) / 2;
    const toPixel = ([x, y]: Point2): Point2 => [cellLeft + (x - box.min[0]) * pixelsPerUnit, cellTop + (box.max[1] - y) * pixelsPerUnit];
    const draw = (curves: readonly PlanarCurve[]) => curves.map((curve) => `      ${curveElement(curve, toPixel, pixelsPerUnit)}`).join("\n");
    const hidden =
      options.hidden && view.edges.hidden.length > 0
        ? `\n    <g class="hidden" stroke="#7a7a7a" stroke-dasharray="${number(4 * Number(strokeWidth))},${number(2 * Number(strokeWidth))}">\n${draw(view.edges.hidden)}\n    </g>`
        : "";
    return [
      `  <g id="view-${escapeXml(view.label.replace(/[^a-z0-9-]/gi, "_"))}" fill="none" stroke-width="${strokeWidth}" stroke-linecap="round" stroke-linejoin="round">`,
      `    <title>${escapeXml(view.label)} view</title>${hidden}`,
      `    <g class="visible" stroke="#000000">\n${draw(view.edges.visible)}\n    </g>`,
      "  </g>",
    ].join("\n");
  });
  const labels = views.map((view) => view.label).join(", ");
  const note = `${options.name} · ${labels} · scale ${scaleNote(pixelsPerUnit, options.unit)} at ${PX_PER_INCH} dpi · 1 ${options.unit} = ${number(pixelsPerUnit)} px · unit ${options.unit}`;
  const svg = [
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${options.width}" height="${options.height}" viewBox="0 0 ${options.width} ${options.height}">`,
    `  <title>${escapeXml(options.name)}</title>`,
    `  <desc>Hidden-line drawing by partforge: ${escapeXml(labels)}; visible edges solid${options.hidden ? ", hidden edges dashed" : ""}; model unit ${options.unit}, ${number(pixelsPerUnit)} px per ${options.unit}.</desc>`,
    `  <rect x="0" y="0" width="${options.width}" height="${options.height}" fill="#ffffff"/>`,
    ...groups,
    `  <text x="${MARGIN}" y="${options.height - MARGIN / 2}" font-family="sans-serif" font-size="12" fill="#333333">${escapeXml(note)}</text>`,
    `</svg>`,
    "",
  ].join("\n");
  return new TextEncoder().encode(svg);
}
