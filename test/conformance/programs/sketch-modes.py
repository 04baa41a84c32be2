# CadQuery documentation: doc/sketch.rst, section "Modes" (line 52),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
result = (
    cq.Sketch()
    .rect(1, 2, mode="c", tag="base")
    .vertices(tag="base")
    .circle(0.7)
    .reset()
    .edges("|Y", tag="base")
    .ellipse(1.2, 1, mode="i")
    .reset()
    .rect(2, 2, mode="i")
    .clean()
)
