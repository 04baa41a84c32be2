// Port of programs/examples-cycloidal-gear.py (CadQuery doc/examples.rst, section "Cycloidal gear"), line for line.
import * as cq from "partforge";
const { sin, cos, PI: pi, floor } = Math;


// define the generating function
function hypocycloid(t, r1, r2) {
  return [
    (r1 - r2) * cos(t) + r2 * cos(r1 / r2 * t - t),
    (r1 - r2) * sin(t) + r2 * sin(-(r1 / r2 * t - t)),
  ];
}


function epicycloid(t, r1, r2) {
  return [
    (r1 + r2) * cos(t) - r2 * cos(r1 / r2 * t + t),
    (r1 + r2) * sin(t) - r2 * sin(r1 / r2 * t + t),
  ];
}


function gear(t, r1 = 4, r2 = 1) {
  if ((-1) ** (1 + floor(t / 2 / pi * (r1 / r2))) < 0) {
    return epicycloid(t, r1, r2);
  } else {
    return hypocycloid(t, r1, r2);
  }
}


export function build() {
  // create the gear profile and extrude it
  const result = cq
    .Workplane("XY")
    .parametricCurve((t) => gear(t * 2 * pi, 6, 1))
    .twistExtrude(15, 90)
    .faces(">Z")
    .workplane()
    .circle(2)
    .cutThruAll();
  return result;
}
