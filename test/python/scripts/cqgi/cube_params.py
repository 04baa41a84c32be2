# Copied unchanged below this header from https://github.com/CadQuery/cq-cli/blob/0461d0e995711d3c737fd6623720709212828c37/tests/testdata/cube_params.py
# Copyright the CadQuery contributors; licensed under the Apache License, Version 2.0
# (https://www.apache.org/licenses/LICENSE-2.0). partforge builds it as a CQGI script.

import cadquery as cq

width = 1
tag_name = "cube"
centered = True

cube = cq.Workplane().box(width, width, width, centered).tag(tag_name)

show_object(cube)
