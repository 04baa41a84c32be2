// Port of programs/thread-swept-helix.py (CadQuery examples/Ex025_Swept_Helix.py, v2.5.2), line for line.
import * as cq from "partforge";

export function build() {
  const r = 0.5; // Radius of the helix
  const p = 0.4; // Pitch of the helix - vertical distance between loops
  const h = 2.4; // Height of the helix - total height

  // Helix
  const wire = cq.Wire.makeHelix({ pitch: p, height: h, radius: r });
  const helix = cq.Workplane({ obj: wire });

  // Final result: A 2D shape swept along a helix.
  const result = cq
    .Workplane("XZ") // helix is moving up the Z axis
    .center(r, 0) // offset isosceles trapezoid
    .polyline([[-0.15, 0.1], [0.0, 0.05], [0, 0.35], [-0.15, 0.3]])
    .close() // make edges a wire
    .sweep(helix, { isFrenet: true }); // Frenet keeps orientation as expected

  return result;
}
