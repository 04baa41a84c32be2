// Port of programs/primer-assembly.py (CadQuery doc/primer.rst, section "Assemblies"), line for line.
import { Workplane, Assembly, Location, Vector, Color } from "partforge";

export function build() {
  const w = 10;
  const d = 10;
  const h = 10;

  const part1 = Workplane().box(2 * w, 2 * d, h);
  const part2 = Workplane().box(w, d, 2 * h);
  const part3 = Workplane().box(w, d, 3 * h);

  const assy = (
    Assembly(part1, { loc: Location(Vector(-w, 0, h / 2)) })
    .add(
      part2, { loc: Location(Vector(1.5 * w, -0.5 * d, h / 2)), color: Color(0, 0, 1, 0.5) }
    )
    .add(part3, { loc: Location(Vector(-0.5 * w, -0.5 * d, 2 * h)), color: Color("red") })
  );
  return assy;
}
