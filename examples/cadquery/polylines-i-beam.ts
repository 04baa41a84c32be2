/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "Polylines"),
 * with parameters added.
 */
import { Workplane, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Polylines", description: "An I-beam from half a profile mirrored", license: "Apache-2.0" };

export const p_length = FloatParam({ min: 10, max: 500, default: 100, desc: "Beam length", presets: { short: 30 } });

export function build() {
  const [H, W, t] = [20, 20, 1];
  const pts: [number, number][] = [[0, H / 2], [W / 2, H / 2], [W / 2, H / 2 - t], [t / 2, H / 2 - t], [t / 2, t - H / 2], [W / 2, t - H / 2], [W / 2, -H / 2], [0, -H / 2]];
  return Workplane("front").polyline(pts).mirrorY().extrude(p_length.value);
}
