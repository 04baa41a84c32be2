// Port of programs/examples-copying-workplanes.py (CadQuery doc/examples.rst, section "Copying Workplanes"), line for line.
import * as cq from "partforge";

export function build() {
  const result = cq
    .Workplane("front")
    .circle(1)
    .extrude(10) // make a cylinder
    // We want to make a second cylinder perpendicular to the first,
    // but we have no face to base the workplane off
    .copyWorkplane(
      // create a temporary object with the required workplane
      cq.Workplane("right", { origin: [-5, 0, 0] })
    )
    .circle(1)
    .extrude(10);
  return result;
}
