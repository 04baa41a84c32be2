/**
 * Hexagonal PCB standoffs (plain JavaScript ModelScript): female-female, male-female or plain
 * spacers with a through hole, with chamfered ends. Several come out side by side as separate
 * solids, ready to print as a set.
 */
import { Workplane, FloatParam, IntParam, BooleanParam, ChoiceParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = {
  name: "Hex standoff set",
  description: "Set of hexagonal PCB standoffs or spacers: female-female, male-female or through-hole",
  license: "CC-BY-4.0",
};

export const p_thread = ChoiceParam({ choices: ["M2", "M2.5", "M3", "M4", "M5"], group: "Standoff", desc: "Thread size",
                                      presets: { default: "M3", pcb: "M2.5", spacer: "M4" } });
export const p_style = ChoiceParam({ choices: ["female-female", "male-female", "through"], group: "Standoff",
                                     desc: "Tapped both ends, a threaded stud on one end, or a plain spacer",
                                     presets: { default: "female-female", pcb: "male-female", spacer: "through" } });
export const p_length = FloatParam({ min: 3, max: 60, step: 0.5, group: "Standoff", desc: "Body length, not counting a stud",
                                     presets: { default: 10, pcb: 8, spacer: 25 } });
export const p_chamfer = BooleanParam({ default: true, group: "Standoff", desc: "Chamfer the ends of the hexagon" });
export const p_count = IntParam({ min: 1, max: 8, group: "Set", desc: "How many standoffs",
                                  presets: { default: 2, pcb: 4, spacer: 1 } });

/** Tap drill, major diameter and hexagon size across flats (mm) for each thread. */
const THREADS = {
  M2: { tap: 1.6, major: 2, acrossFlats: 4 },
  "M2.5": { tap: 2.05, major: 2.5, acrossFlats: 5 },
  M3: { tap: 2.5, major: 3, acrossFlats: 5.5 },
  M4: { tap: 3.3, major: 4, acrossFlats: 7 },
  M5: { tap: 4.2, major: 5, acrossFlats: 8 },
};

function standoff(thread, style, length) {
  // circumscribed about a circle of the across-flats size: flats face ±x
  let body = Workplane("XY").polygon(6, thread.acrossFlats, { circumscribed: true }).extrude(length);
  if (p_chamfer.value) body = body.faces(">Z or <Z").chamfer(Math.min(0.5, length / 8));

  const tapDepth = Math.min(2.5 * thread.major, length / 2 - 0.5);
  if (style === "through") {
    body = body.faces(">Z").workplane().hole(thread.major + 0.2);
  } else {
    body = body.faces(">Z").workplane().hole(thread.tap, tapDepth);
    if (style === "female-female") {
      body = body.faces("<Z").workplane().hole(thread.tap, tapDepth);
    } else {
      // the stud stands on the bottom face, as long as two diameters
      body = body.faces("<Z").workplane().circle(thread.major / 2).extrude(2 * thread.major);
    }
  }
  return body;
}

export function build() {
  const thread = THREADS[p_thread.value];
  const gap = thread.acrossFlats * 1.5;
  const parts = [];
  for (let i = 0; i < p_count.value; i++) {
    parts.push(standoff(thread, p_style.value, p_length.value).translate([i * gap, 0, 0]));
  }
  return parts;
}
