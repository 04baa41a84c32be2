/**
 * A perforated plate (speaker grille, fan guard, drying rack, pegboard panel): a grid of round,
 * square or hexagonal holes given as "columns x rows", with countersunk mounting holes in the
 * corners and rounded corners.
 */
import { Workplane, FloatParam, BooleanParam, ChoiceParam, StringParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = {
  name: "Perforated plate",
  description: "Plate with a grid of round, square or hex perforations, rounded corners and countersunk mounting holes",
  license: "CC-BY-4.0",
};

export const p_grid = StringParam({ maxLength: 5, pattern: "[1-9][0-9]?x[1-9][0-9]?", group: "Perforations",
                                    desc: "Holes as columns x rows, e.g. 6x4",
                                    presets: { default: "6x4", grille: "10x8", pegboard: "8x5" } });
export const p_shape = ChoiceParam({ choices: ["round", "square", "hex"], group: "Perforations", desc: "Shape of the perforations",
                                     presets: { default: "round", grille: "hex", pegboard: "round" } });
export const p_pitch = FloatParam({ min: 3, max: 50, step: 0.5, group: "Perforations", desc: "Centre-to-centre spacing",
                                    presets: { default: 10, grille: 6, pegboard: 25.4 } });
export const p_hole_size = FloatParam({ min: 1, max: 40, step: 0.1, group: "Perforations", desc: "Hole diameter (round), side (square) or across flats (hex)",
                                        presets: { default: 6, grille: 4.2, pegboard: 6.5 } });
export const p_thickness = FloatParam({ min: 0.8, max: 10, step: 0.1, group: "Plate", desc: "Plate thickness",
                                        presets: { default: 2, grille: 1.5, pegboard: 4 } });
export const p_margin = FloatParam({ min: 8, max: 40, step: 0.5, default: 12, group: "Plate", desc: "Solid border round the perforations" });
export const p_mounting_holes = BooleanParam({ default: true, group: "Plate", desc: "Countersunk M3 mounting holes in the corners" });

export function build() {
  const [columns, rows] = p_grid.value.split("x").map(Number);
  const pitch = p_pitch.value;
  const size = p_hole_size.value;
  const shape = p_shape.value;
  // hexagons have flats facing along x and corners along y: their widest extent is across corners
  const widest = shape === "hex" ? size / Math.cos(Math.PI / 6) : size;
  if (pitch - widest < 0.8) throw new Error(`${shape} holes of ${size} mm on a ${pitch} mm pitch leave less than 0.8 mm between them`);

  const margin = p_margin.value;
  const length = (columns - 1) * pitch + widest + 2 * margin;
  const width = (rows - 1) * pitch + widest + 2 * margin;
  const thickness = p_thickness.value;

  let plate = Workplane("XY").box(length, width, thickness, { centered: [true, true, false] }).edges("|Z").fillet(Math.min(margin / 2, 6));

  // The perforations, drawn on the top face at every grid point and cut through.
  const grid = plate.faces(">Z").workplane().rarray(pitch, pitch, columns, rows);
  const outlines =
    shape === "round" ? grid.circle(size / 2)
    : shape === "square" ? grid.rect(size, size)
    : grid.polygon(6, size, { circumscribed: true }); // size across flats
  plate = outlines.cutThruAll();

  if (p_mounting_holes.value) {
    // M3 countersunk holes centred in the border at each corner
    plate = plate
      .faces(">Z")
      .workplane()
      .rect(length - margin, width - margin, { forConstruction: true })
      .vertices()
      .cskHole(3.4, 6.7, 90);
  }
  return plate;
}
