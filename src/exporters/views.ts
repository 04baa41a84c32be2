/**
 * Named views of a drawing or picture (`out_view`), as a camera frame: the direction from the
 * part toward the viewer and the screen's right and up axes. Z is up; "front" looks at the
 * part from −Y (as in FreeCAD and CadQuery's SVG export), so X runs to the right.
 */
import { PartforgeError } from "../shared/errors.ts";

export type Vector3 = readonly [number, number, number];

export const VIEW_NAMES = ["iso", "front", "back", "left", "right", "top", "bottom"] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/** A named view, or the direction `[x, y, z]` from the part toward the viewer. */
export type View = ViewName | Vector3;

/** An orthonormal camera frame: `toViewer` points from the part to the eye. */
export interface ViewFrame {
  toViewer: Vector3;
  right: Vector3;
  up: Vector3;
}

const NAMED: Readonly<Record<ViewName, Vector3>> = {
  iso: [1, -1, 1],
  front: [0, -1, 0],
  back: [0, 1, 0],
  left: [-1, 0, 0],
  right: [1, 0, 0],
  top: [0, 0, 1],
  bottom: [0, 0, -1],
};

function isViewName(text: string): text is ViewName {
  return (VIEW_NAMES as readonly string[]).includes(text);
}

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/**
 * `iso`, `front`, … or a direction `x,y,z` (from the part toward the viewer).
 * @example parseView("top") // "top"
 * @example parseView("1, -1, 0.5") // [1, -1, 0.5]
 */
export function parseView(text: string, param = "out_view"): View {
  const name = text.trim().toLowerCase();
  if (isViewName(name)) return name;
  const parts = name.split(",");
  if (parts.length === 3 && parts.every((part) => NUMBER.test(part))) {
    const direction = parts.map(Number) as [number, number, number];
    if (Math.hypot(...direction) > 1e-9) return direction;
    throw new PartforgeError("USAGE", `${param}=${text} is a zero direction: give x,y,z pointing from the part toward the viewer, e.g. 1,-1,1`, { param });
  }
  throw new PartforgeError("USAGE", `${param}="${text}" is not a view: use ${VIEW_NAMES.join(", ")} or a direction x,y,z such as 1,-1,1`, { param });
}

/** The view as text, as `out_view` takes it (so a parsed view serialises back). */
export function viewLabel(view: View): string {
  return typeof view === "string" ? view : view.join(",");
}

function normalised(v: Vector3): Vector3 {
  const length = Math.hypot(...v);
  return [v[0] / length, v[1] / length, v[2] / length];
}

function cross(a: Vector3, b: Vector3): Vector3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

/** The camera frame of a view: Z appears up, except looking along Z, where Y does (top) or −Y (bottom). */
export function viewFrame(view: View): ViewFrame {
  const toViewer = normalised(typeof view === "string" ? NAMED[view] : view);
  const alongZ = Math.abs(toViewer[2]) > 1 - 1e-9;
  const worldUp: Vector3 = alongZ ? [0, toViewer[2] > 0 ? 1 : -1, 0] : [0, 0, 1];
  const right = normalised(cross(worldUp, toViewer));
  const up = cross(toViewer, right);
  return { toViewer, right, up };
}

/** A point's screen coordinates (right, up) and its depth toward the viewer. */
export function projectPoint(frame: ViewFrame, x: number, y: number, z: number): [number, number, number] {
  const dot = (v: Vector3) => v[0] * x + v[1] * y + v[2] * z;
  return [dot(frame.right), dot(frame.up), dot(frame.toViewer)];
}
