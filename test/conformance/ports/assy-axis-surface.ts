// Port of programs/assy-axis-surface.py (CadQuery doc/assy.rst, section "Axis"), line for line.
import * as cq from "partforge";
const { cos, sin, PI: pi } = Math;

export function build() {
  // Create a sinusoidal surface:
  const surf = cq.Workplane().parametricSurface(
    (u, v) => [u, v, 5 * sin(pi * u / 10) * cos(pi * v / 10)],
    {
      N: 40,
      start: 0,
      stop: 20,
    },
  );

  // Create a cone with a small, flat tip:
  const cone = cq
    .Workplane()
    .add(cq.Solid.makeCone(1, 0.1, 2))
    // tag the tip for easy reference in the constraint:
    .faces(">Z")
    .tag("tip")
    .end();

  const assy = cq.Assembly();
  assy.add(surf, { name: "surf", color: cq.Color("lightgray") });
  assy.add(cone, { name: "cone", color: cq.Color("green") });
  // set the Face on the tip of the cone to point in
  // the opposite direction of the center of the surface:
  assy.constrain("surf", "cone?tip", "Axis");
  // to make the example clearer, move the cone to the center of the face:
  assy.constrain("surf", "cone?tip", "Point");
  assy.solve();

  return assy;
}
