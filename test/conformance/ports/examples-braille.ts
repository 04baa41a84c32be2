// Port of programs/examples-braille.py (CadQuery doc/examples.rst, section "Braille Example"), line for line.
import * as cq from "partforge";


// text_lines is a list of text lines.
// Braille (converted with braille-converter:
// https://github.com/jpaugh/braille-converter.git).
const text_lines = ["⠠ ⠋ ⠗ ⠑ ⠑ ⠠ ⠉ ⠠ ⠁ ⠠ ⠙"];
// See http://www.tiresias.org/research/reports/braille_cell.htm for examples
// of braille cell geometry.
const horizontal_interdot = 2.5;
const vertical_interdot = 2.5;
const horizontal_intercell = 6;
const vertical_interline = 10;
const dot_height = 0.5;
const dot_diameter = 1.3;

const base_thickness = 1.5;

// End of configuration.
// Python: BrailleCellGeometry = namedtuple("BrailleCellGeometry", (...))
function BrailleCellGeometry(
  horizontal_interdot,
  vertical_interdot,
  intercell,
  interline,
  dot_height,
  dot_diameter,
) {
  return { horizontal_interdot, vertical_interdot, intercell, interline, dot_height, dot_diameter };
}


// Python's Point has __len__ and __getitem__ so that CadQuery reads it as a tuple (x, y);
// the port keeps the class and makes it an array of two numbers.
class Point extends Array {
  constructor(x, y) {
    super(2);
    this[0] = x;
    this[1] = y;
  }

  get x() {
    return this[0];
  }

  get y() {
    return this[1];
  }

  add(other) {
    return new Point(this.x + other.x, this.y + other.y);
  }

  toString() {
    return `(${this.x}, ${this.y})`;
  }
}


function brailleToPoints(text, cell_geometry) {
  // Unicode bit pattern (cf. https://en.wikipedia.org/wiki/Braille_Patterns).
  const mask1 = 0b00000001;
  const mask2 = 0b00000010;
  const mask3 = 0b00000100;
  const mask4 = 0b00001000;
  const mask5 = 0b00010000;
  const mask6 = 0b00100000;
  const mask7 = 0b01000000;
  const mask8 = 0b10000000;
  const masks = [mask1, mask2, mask3, mask4, mask5, mask6, mask7, mask8];

  // Corresponding dot position
  const w = cell_geometry.horizontal_interdot;
  const h = cell_geometry.vertical_interdot;
  const pos1 = new Point(0, 2 * h);
  const pos2 = new Point(0, h);
  const pos3 = new Point(0, 0);
  const pos4 = new Point(w, 2 * h);
  const pos5 = new Point(w, h);
  const pos6 = new Point(w, 0);
  const pos7 = new Point(0, -h);
  const pos8 = new Point(w, -h);
  const pos = [pos1, pos2, pos3, pos4, pos5, pos6, pos7, pos8];

  // Braille blank pattern (u'\u2800').
  const blank = "⠀";
  const points = [];
  // Position of dot1 along the x-axis (horizontal).
  let character_origin = 0;
  for (const c of text) {
    masks.forEach((m, i) => {
      const p = pos[i];
      const delta_to_blank = c.codePointAt(0) - blank.codePointAt(0);
      if (m & delta_to_blank) {
        points.push(p.add(new Point(character_origin, 0)));
      }
    });
    character_origin += cell_geometry.intercell;
  }
  return points;
}


function get_plate_height(text_lines, cell_geometry) {
  // cell_geometry.vertical_interdot is also used as space between base
  // borders and characters.
  return (
    2 * cell_geometry.vertical_interdot
    + 2 * cell_geometry.vertical_interdot
    + (text_lines.length - 1) * cell_geometry.interline
  );
}


function get_plate_width(text_lines, cell_geometry) {
  // cell_geometry.horizontal_interdot is also used as space between base
  // borders and characters.
  const max_len = Math.max(...text_lines.map((t) => [...t].length));
  return (
    2 * cell_geometry.horizontal_interdot
    + cell_geometry.horizontal_interdot
    + (max_len - 1) * cell_geometry.intercell
  );
}


function get_cylinder_radius(cell_geometry) {
  /* Return the radius the cylinder should have
  The cylinder have the same radius as the half-sphere make the dots (the
  hidden and the shown part of the dots).
  The radius is such that the spherical cap with diameter
  cell_geometry.dot_diameter has a height of cell_geometry.dot_height.
  */
  const h = cell_geometry.dot_height;
  const r = cell_geometry.dot_diameter / 2;
  return (r**2 + h**2) / 2 / h;
}


function get_base_plate_thickness(plate_thickness, cell_geometry) {
  /* Return the height on which the half spheres will sit */
  return (
    plate_thickness + get_cylinder_radius(cell_geometry) - cell_geometry.dot_height
  );
}


function make_base(text_lines, cell_geometry, plate_thickness) {
  const base_width = get_plate_width(text_lines, cell_geometry);
  const base_height = get_plate_height(text_lines, cell_geometry);
  const base_thickness = get_base_plate_thickness(plate_thickness, cell_geometry);
  const base = cq.Workplane("XY").box(
    base_width, base_height, base_thickness, { centered: false }
  );
  return base;
}


function make_embossed_plate(text_lines, cell_geometry) {
  /* Make an embossed plate with dots as spherical caps
  Method:
      - make a thin plate on which sit cylinders
      - fillet the upper edge of the cylinders so to get pseudo half-spheres
      - make the union with a thicker plate so that only the sphere caps stay
        "visible".
  */
  let base = make_base(text_lines, cell_geometry, base_thickness);

  let dot_pos = [];
  const base_width = get_plate_width(text_lines, cell_geometry);
  const base_height = get_plate_height(text_lines, cell_geometry);
  const y = base_height - 3 * cell_geometry.vertical_interdot;
  let line_start_pos = new Point(cell_geometry.horizontal_interdot, y);
  for (const text of text_lines) {
    let dots = brailleToPoints(text, cell_geometry);
    dots = dots.map((p) => p.add(line_start_pos));
    dot_pos = dot_pos.concat(dots);
    line_start_pos = line_start_pos.add(new Point(0, -cell_geometry.interline));
  }

  const r = get_cylinder_radius(cell_geometry);
  base = base.faces(">Z")
    .vertices("<XY")
    .workplane()
    .pushPoints(dot_pos)
    .circle(r)
    .extrude(r);
  // Make a fillet almost the same radius to get a pseudo spherical cap.
  base = base.faces(">Z").edges().fillet(r - 0.001);
  const hidding_box = cq.Workplane("XY").box(
    base_width, base_height, base_thickness, { centered: false }
  );
  const result = hidding_box.union(base);
  return result;
}


export function build() {
  const _cell_geometry = BrailleCellGeometry(
    horizontal_interdot,
    vertical_interdot,
    horizontal_intercell,
    vertical_interline,
    dot_height,
    dot_diameter,
  );

  if (base_thickness < get_cylinder_radius(_cell_geometry)) {
    throw new Error(`Base thickness should be at least ${dot_height}`);
  }

  const result = make_embossed_plate(text_lines, _cell_geometry);
  return result;
}
