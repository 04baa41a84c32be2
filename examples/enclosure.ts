/**
 * A two-part project box: a shelled base with rounded corners and screw bosses, and a lid
 * with a locating lip, countersunk screw holes and ventilation slots. build() returns both
 * solids; the lid is laid beside the base for printing, or put on top to see the assembly.
 */
import { Workplane, FloatParam, IntParam, BooleanParam, ChoiceParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = {
  name: "Project enclosure",
  description: "Two-part electronics enclosure: shelled base with screw bosses and a vented lid with a locating lip",
  license: "CC-BY-4.0",
};

export const p_length = FloatParam({ min: 50, max: 250, step: 1, group: "Size", desc: "Outside length",
                                     presets: { default: 100, small: 60, large: 180 } });
export const p_width = FloatParam({ min: 50, max: 200, step: 1, group: "Size", desc: "Outside width",
                                    presets: { default: 70, small: 50, large: 120 } });
export const p_height = FloatParam({ min: 20, max: 120, step: 1, group: "Size", desc: "Outside height of the base",
                                     presets: { default: 40, small: 25, large: 60 } });
export const p_wall = FloatParam({ min: 1.2, max: 2.5, step: 0.1, default: 2, group: "Walls", desc: "Wall and floor thickness" });
export const p_corner_radius = FloatParam({ min: 3, max: 15, step: 0.5, default: 5, group: "Walls", desc: "Outside corner radius" });
export const p_lid_thickness = FloatParam({ min: 1.5, max: 5, step: 0.1, default: 2.5, group: "Lid", desc: "Lid plate thickness" });
export const p_screw = ChoiceParam({ choices: ["M2", "M2.5", "M3"], group: "Lid", desc: "Lid screws (self-tapping into the bosses)",
                                     presets: { default: "M3", small: "M2.5", large: "M3" } });
export const p_vents = IntParam({ min: 0, max: 8, group: "Lid", desc: "Ventilation slots in the lid",
                                  presets: { default: 5, small: 0, large: 8 } });
export const p_layout = ChoiceParam({ choices: ["print", "assembled"], default: "print", group: "Output",
                                      desc: "Lid beside the base, upside down (print) or on top of it (assembled)" });
export const p_bosses = BooleanParam({ default: true, group: "Walls", desc: "Screw bosses in the corners" });

/** Pilot hole, boss diameter, clearance hole and countersink diameter per screw (mm). */
const SCREWS: Record<string, { pilot: number; boss: number; clearance: number; head: number }> = {
  M2: { pilot: 1.6, boss: 5, clearance: 2.4, head: 4.4 },
  "M2.5": { pilot: 2.0, boss: 6, clearance: 2.9, head: 5.5 },
  M3: { pilot: 2.5, boss: 7, clearance: 3.4, head: 6.6 },
};

/** Gap between the lid's lip and the base's inner walls. */
const CLEARANCE = 0.3;
const LIP_HEIGHT = 3;
const SLOT_WIDTH = 2.5;
const SLOT_PITCH = 5;

export function build() {
  const length = p_length.value;
  const width = p_width.value;
  const height = p_height.value;
  const wall = p_wall.value;
  const corner = p_corner_radius.value;
  const lidThickness = p_lid_thickness.value;
  const screw = SCREWS[p_screw.value];
  const bosses = p_bosses.value;

  // Boss centres: the bosses overlap the walls by 0.5 mm so they fuse with them.
  const inset = wall + screw.boss / 2 - 0.5;
  const bossSpanX = length - 2 * inset;
  const bossSpanY = width - 2 * inset;

  // --- base: a rounded block, hollowed from the top, with a boss in each corner ---
  let base = Workplane("XY")
    .box(length, width, height, { centered: [true, true, false] })
    .edges("|Z")
    .fillet(corner)
    .faces(">Z")
    .shell(-wall);
  if (bosses) {
    const posts = Workplane("XY").rect(bossSpanX, bossSpanY, { forConstruction: true }).vertices().circle(screw.boss / 2).extrude(height);
    base = base
      .union(posts)
      .faces(">Z")
      .workplane()
      .rect(bossSpanX, bossSpanY, { forConstruction: true })
      .vertices()
      .hole(screw.pilot, height - wall - 1);
  }

  // --- lid, modelled upside down as it prints: plate on the bed, lip pointing up ---
  // The lip is a frame that fits inside the base's walls with CLEARANCE all round; its corners
  // follow the base's inside corner radius.
  const lipOuterX = length - 2 * (wall + CLEARANCE);
  const lipOuterY = width - 2 * (wall + CLEARANCE);
  const lip = Workplane("XY", { origin: [0, 0, lidThickness] })
    .rect(lipOuterX, lipOuterY)
    .rect(lipOuterX - 2 * wall, lipOuterY - 2 * wall)
    .extrude(LIP_HEIGHT)
    .edges("|Z")
    .fillet(Math.max(corner - wall - CLEARANCE, 0.5));
  let lid = Workplane("XY")
    .box(length, width, lidThickness, { centered: [true, true, false] })
    .edges("|Z")
    .fillet(corner)
    .union(lip);
  if (bosses) {
    // notch the lip clear of the bosses, and countersink the screw holes on the outside
    const notches = Workplane("XY", { origin: [0, 0, lidThickness] })
      .rect(bossSpanX, bossSpanY, { forConstruction: true })
      .vertices()
      .circle(screw.boss / 2 + 1)
      .extrude(LIP_HEIGHT);
    lid = lid
      .cut(notches)
      .faces("<Z")
      .workplane()
      .rect(bossSpanX, bossSpanY, { forConstruction: true })
      .vertices()
      .cskHole(screw.clearance, screw.head, 90);
  }
  const slots = Math.min(p_vents.value, Math.floor((lipOuterY - 2 * wall - 10) / SLOT_PITCH));
  if (slots > 0) {
    lid = lid
      .faces("<Z")
      .workplane()
      .rarray(1, SLOT_PITCH, 1, slots)
      .rect(lipOuterX / 2, SLOT_WIDTH)
      .cutThruAll();
  }

  if (p_layout.value === "assembled") {
    // turn the lid over onto the base: its outside face ends up at z = height + lidThickness
    lid = lid.rotate([0, 0, 0], [1, 0, 0], 180).translate([0, 0, height + lidThickness]);
  } else {
    lid = lid.translate([0, width + 10, 0]);
  }
  return [base, lid];
}
