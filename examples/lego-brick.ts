/**
 * A brick compatible with the common 8 mm stud system: studs on a rectangular array on top,
 * a hollow underside, and tubes (or, for one-stud-wide bricks, pins) between the studs that
 * grip the studs of the brick below. Bricks, plates and smooth-topped tiles.
 */
import { Workplane, IntParam, BooleanParam, ChoiceParam, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = {
  name: "Stud brick",
  description: "8 mm-pitch stud-compatible brick, plate or tile with hollow underside and tubes",
  license: "CC-BY-4.0",
};

export const p_studs_long = IntParam({ min: 1, max: 16, group: "Size", desc: "Studs along the length",
                                       presets: { default: 4, "2x2": 2, "1x6-plate": 6, "2x8-tile": 8 } });
export const p_studs_wide = IntParam({ min: 1, max: 8, group: "Size", desc: "Studs across the width",
                                       presets: { default: 2, "2x2": 2, "1x6-plate": 1, "2x8-tile": 2 } });
export const p_kind = ChoiceParam({ choices: ["brick", "plate", "tile"], group: "Size",
                                    desc: "Brick (9.6 mm), plate (3.2 mm) or tile (a plate without studs)",
                                    presets: { default: "brick", "2x2": "brick", "1x6-plate": "plate", "2x8-tile": "tile" } });
export const p_hollow_studs = BooleanParam({ default: false, group: "Details", desc: "Hollow studs (saves material)" });
export const p_tubes = BooleanParam({ default: true, group: "Details", desc: "Tubes (or pins) under the top that grip the studs below" });
export const p_fit = FloatParam({ min: -0.2, max: 0.2, step: 0.01, default: 0, group: "Details",
                                  desc: "Fit adjustment for your printer: added to the stud diameter (mm)" });

const PITCH = 8.0;
const PLAY = 0.1; // each side, so neighbouring bricks do not touch
const STUD_DIAMETER = 4.8;
const STUD_HEIGHT = 1.8;
const WALL = 1.2;
const TUBE_OUTER = 6.51;
const TUBE_INNER = 4.8;
const PIN_DIAMETER = 3.0;
const HEIGHTS: Record<string, number> = { brick: 9.6, plate: 3.2, tile: 3.2 };

export function build() {
  const nx = p_studs_long.value;
  const ny = p_studs_wide.value;
  const height = HEIGHTS[p_kind.value];
  const length = nx * PITCH - 2 * PLAY;
  const width = ny * PITCH - 2 * PLAY;
  const studDiameter = STUD_DIAMETER + p_fit.value;

  // The shell: a block standing on z = 0, hollowed from below with walls and top WALL thick.
  let brick = Workplane("XY").box(length, width, height, { centered: [true, true, false] }).faces("<Z").shell(-WALL);

  // Studs on the top, one per grid point.
  if (p_kind.value !== "tile") {
    brick = brick.faces(">Z").workplane().rarray(PITCH, PITCH, nx, ny).circle(studDiameter / 2).extrude(STUD_HEIGHT);
    if (p_hollow_studs.value) {
      brick = brick.faces(">Z").workplane().rarray(PITCH, PITCH, nx, ny).hole(studDiameter - 2 * WALL, STUD_HEIGHT);
    }
  }

  // Under the top: tubes between four studs, or pins between two for one-stud-wide bricks.
  const underTop = height - WALL;
  if (p_tubes.value && nx > 1 && ny > 1) {
    const tubes = Workplane("XY")
      .rarray(PITCH, PITCH, nx - 1, ny - 1)
      .circle(TUBE_OUTER / 2)
      .circle(TUBE_INNER / 2)
      .extrude(underTop);
    brick = brick.union(tubes);
  } else if (p_tubes.value && nx * ny > 1) {
    const along = nx > 1;
    const pins = Workplane("XY")
      .rarray(PITCH, PITCH, along ? nx - 1 : 1, along ? 1 : ny - 1)
      .circle(PIN_DIAMETER / 2)
      .extrude(underTop);
    brick = brick.union(pins);
  }
  return brick;
}
