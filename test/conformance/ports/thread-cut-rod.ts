// Port of programs/thread-cut-rod.py (an external thread cut into a rod, from the CadQuery mailing list), line for line.
import * as cq from "partforge";

export function build() {
  const pitch = 6;
  const depth = 3;
  const radius = 20.0;
  const height = 20.0;

  const profile_points: [number, number][] = [
    [radius + depth, 0.1],
    [radius + 0.1, 0.1],
    [radius - depth, pitch / 2],
    [radius + 0.1, pitch + 0.1],
    [radius + depth, pitch + 0.1],
  ];

  const wire = cq.Wire.makeHelix(pitch, height, radius);
  const cut_path = cq.Workplane("XY").newObject([wire]).translate([0, 0, pitch]);

  const profile = cq.Workplane("XZ").polyline(profile_points).close().sweep(cut_path, { isFrenet: true });

  const body = cq.Workplane("XY").circle(radius).extrude(height + pitch);

  const result = body.cut(profile);
  return result;
}
