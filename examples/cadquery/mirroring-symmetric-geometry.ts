/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "Mirroring Symmetric Geometry"),
 * with parameters added.
 */
import { Workplane, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Mirroring Symmetric Geometry", description: "Half an outline drawn and mirrored about the y axis", license: "Apache-2.0" };

export const p_thickness = FloatParam({ min: 0.05, max: 2, default: 0.25, desc: "Thickness", presets: { thick: 1 } });

export function build() {
  return Workplane("front").hLine(1).vLine(0.5).hLine(-0.25).vLine(-0.25).hLineTo(0).mirrorY().extrude(p_thickness.value);
}
