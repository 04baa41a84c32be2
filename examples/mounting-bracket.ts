/**
 * An L-shaped mounting bracket: a base leg and a wall leg joined by a radiused inside bend,
 * with countersunk (or plain) screw holes in both legs and rounded free corners.
 */
import { Workplane, FloatParam, IntParam, BooleanParam, ChoiceParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = {
  name: "Mounting bracket",
  description: "L-bracket with a radiused inside bend, countersunk screw holes in both legs and rounded corners",
  license: "CC-BY-4.0",
};

export const p_width = FloatParam({ min: 20, max: 120, step: 1, group: "Size", desc: "Width of the bracket (along the bend)",
                                    presets: { default: 40, small: 25, heavy: 80 } });
export const p_base_length = FloatParam({ min: 25, max: 150, step: 1, group: "Size", desc: "Length of the base leg, outside",
                                          presets: { default: 60, small: 35, heavy: 100 } });
export const p_wall_height = FloatParam({ min: 25, max: 150, step: 1, group: "Size", desc: "Height of the wall leg, outside",
                                          presets: { default: 50, small: 30, heavy: 100 } });
export const p_thickness = FloatParam({ min: 2, max: 10, step: 0.5, group: "Size", desc: "Thickness of both legs",
                                        presets: { default: 5, small: 3, heavy: 8 } });
export const p_bend_radius = FloatParam({ min: 0.5, max: 15, step: 0.5, group: "Shape", desc: "Inside radius of the bend",
                                          presets: { default: 6, small: 3, heavy: 10 } });
export const p_corner_radius = FloatParam({ min: 0.5, max: 8, step: 0.5, group: "Shape", desc: "Radius of the free corners",
                                            presets: { default: 5, small: 3, heavy: 8 } });
export const p_screw = ChoiceParam({ choices: ["M3", "M4", "M5", "M6", "M8"], group: "Holes", desc: "Screw size",
                                     presets: { default: "M5", small: "M4", heavy: "M8" } });
export const p_holes = IntParam({ min: 1, max: 4, group: "Holes", desc: "Screw holes in each leg",
                                  presets: { default: 2, small: 1, heavy: 3 } });
export const p_countersink = BooleanParam({ default: true, group: "Holes", desc: "Countersink the holes (on the inside faces)" });

/** ISO 273 medium clearance hole and ISO 10642 countersunk head diameter, per screw size. */
const SCREWS: Record<string, { clearance: number; head: number }> = {
  M3: { clearance: 3.4, head: 6.7 },
  M4: { clearance: 4.5, head: 9.0 },
  M5: { clearance: 5.5, head: 11.2 },
  M6: { clearance: 6.6, head: 13.4 },
  M8: { clearance: 9.0, head: 17.9 },
};

export function build() {
  const width = p_width.value;
  const length = p_base_length.value;
  const height = p_wall_height.value;
  const t = p_thickness.value;
  const r = p_bend_radius.value;
  const screw = SCREWS[p_screw.value];
  const count = p_holes.value;
  if (length < t + r + screw.head || height < t + r + screw.head) {
    throw new Error(`the legs are too short for ${p_screw.value} screws: make them at least ${t + r + screw.head} mm`);
  }

  // The profile in the XZ plane (local y is world z): base leg along x, wall leg up at x = 0,
  // the inside bend an arc of radius r centred on (t + r, t + r).
  const bendMid = t + r - r * Math.SQRT1_2;
  let bracket = Workplane("XZ")
    .moveTo(0, 0)
    .lineTo(length, 0)
    .lineTo(length, t)
    .lineTo(t + r, t)
    .threePointArc([bendMid, bendMid], [t, t + r])
    .lineTo(t, height)
    .lineTo(0, height)
    .close()
    .extrude(width / 2, { both: true });

  // Round the free corners: the ends of the base leg and the top of the wall leg.
  bracket = bracket.edges("|Z").edges(">X").fillet(p_corner_radius.value);
  bracket = bracket.edges("|X").edges(">Z").fillet(p_corner_radius.value);

  // One row of holes across each leg, centred on the leg's flat part. Each workplane sits on
  // a leg's inside face (its outside face, inverted and moved in by the thickness), with the
  // global origin projected onto it, so the countersinks are where the screw heads go.
  const spacing = width / count;
  if (spacing < screw.head + 1) throw new Error(`${count} ${p_screw.value} holes do not fit across ${width} mm`);
  const drill = (wp: Workplane) => (p_countersink.value ? wp.cskHole(screw.clearance, screw.head, 90) : wp.hole(screw.clearance));

  // base leg, inside face z = t: local x is world x, local y world y
  bracket = drill(
    bracket
      .faces("<Z")
      .workplane({ invert: true, offset: t, origin: [0, 0, 0] })
      .center((t + r + length) / 2, 0)
      .rarray(1, spacing, 1, count),
  );

  // wall leg, inside face x = t: local x runs along world −y and local y along world −z
  bracket = drill(
    bracket
      .faces("<X")
      .workplane({ invert: true, offset: t, origin: [0, 0, 0] })
      .center(0, -(t + r + height) / 2)
      .rarray(spacing, 1, count, 1),
  );

  return bracket;
}
