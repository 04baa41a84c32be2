// Port of programs/primer-assembly-constraint-tags.py (CadQuery doc/primer.rst, section "Assemblies with constraints"), line for line.
import { Workplane, Assembly, Location, Vector, Color } from "partforge";

export function build() {
  const w = 10;
  const d = 10;
  const h = 10;

  const part1 = Workplane().box(2 * w, 2 * d, h);
  const part2 = Workplane().box(w, d, 2 * h);
  const part3 = Workplane().box(w, d, 3 * h);

  part1.faces(">Z").edges("<X").vertices("<Y").tag("pt1");
  part1.faces(">X").edges("<Z").vertices("<Y").tag("pt2");
  part3.faces("<Z").edges("<X").vertices("<Y").tag("pt1");
  part2.faces("<X").edges("<Z").vertices("<Y").tag("pt2");

  const assy1 = (
    Assembly(part1, { name: "part1", loc: Location(Vector(-w, 0, h / 2)) })
    .add(part2, { name: "part2", color: Color(0, 0, 1, 0.5) })
    .add(part3, { name: "part3", color: Color("red") })
    .constrain("part1@faces@>Z", "part3@faces@<Z", "Axis")
    .constrain("part1@faces@>Z", "part2@faces@<Z", "Axis")
    .constrain("part1@faces@>Y", "part3@faces@<Y", "Axis")
    .constrain("part1@faces@>Y", "part2@faces@<Y", "Axis")
    .constrain("part1?pt1", "part3?pt1", "Point")
    .constrain("part1?pt2", "part2?pt2", "Point")
    .solve()
  );
  return assy1;
}
