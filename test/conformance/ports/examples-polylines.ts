// Port of programs/examples-polylines.py (CadQuery doc/examples.rst, section "Polylines"), line for line.
import * as cq from "partforge";

export function build() {
  const [L, H, W, t] = [100.0, 20.0, 20.0, 1.0];
  const pts = [
    [0, H / 2.0],
    [W / 2.0, H / 2.0],
    [W / 2.0, (H / 2.0 - t)],
    [t / 2.0, (H / 2.0 - t)],
    [t / 2.0, (t - H / 2.0)],
    [W / 2.0, (t - H / 2.0)],
    [W / 2.0, H / -2.0],
    [0, H / -2.0],
  ];
  const result = cq.Workplane("front").polyline(pts).mirrorY().extrude(L);
  return result;
}
