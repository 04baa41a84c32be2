// Port of programs/examples-extrude-until-last-skyscrapers.py (CadQuery doc/examples.rst, section "Extruding until a given face"), line for line.
import * as cq from "partforge";

export function build() {
  const skyscrapers_locations = [[-16, 1], [-8, 0], [7, 0.2], [17, -1.2]];
  const angles = [15, 0, -8, 10][Symbol.iterator]();
  const skyscrapers = cq
    .Workplane()
    .pushPoints(skyscrapers_locations)
    .eachpoint(
      (loc) => (
        cq.Workplane()
          .rect(5, 16)
          .workplane({ offset: 10 })
          .ellipse(3, 8)
          .workplane({ offset: 10 })
          .slot2D(20, 5, 90)
          .loft()
          .rotateAboutCenter([0, 0, 1], angles.next().value)
          .val()
          .located(loc)
      )
    );

  const result = skyscrapers.transformed([0, -90, 0])
    .moveTo(15, 0)
    .rect(3, 3, { forConstruction: true })
    .vertices()
    .circle(1)
    .cutBlind("last");
  return result;
}
