// Port of programs/primer-new-object.py (CadQuery doc/primer.rst, section "Fluent API <=> Free Function API"), line for line.
import { Workplane, func } from "partforge";
const { wire, circle } = func;

export function build() {
  const circle_wire = wire(circle(1.0));
  let box = Workplane().box(10, 10, 10).newObject([circle_wire]);
  // And you can continue modelling
  box = (
    box.toPending().cutThruAll()
  ); // notice the call to `toPending` that is needed if you want to use it in a subsequent operation
  return box;
}
