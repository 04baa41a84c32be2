# CadQuery documentation: doc/primer.rst, section "Fluent API <=> Free Function API" (line 191),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
circle_wire = wire(circle(1.0))
box = Workplane().box(10, 10, 10).newObject([circle_wire])
# And you can continue modelling
box = (
    box.toPending().cutThruAll()
)  # notice the call to `toPending` that is needed if you want to use it in a subsequent operation
