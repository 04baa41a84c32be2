// Port of programs/primer-fluent-chain.py (CadQuery doc/primer.rst, section "The Fluent API"), line for line.
import { Workplane } from "partforge";

export function build() {
  const part = Workplane("XY").box(1, 2, 3).faces(">Z").vertices().circle(0.5).cutThruAll();
  return part;
}
