# CadQuery documentation: doc/free-func.rst, section "Mapping onto parametric space" (line 554),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
from cadquery.func import sphere, text, faceOn

base = sphere(5).faces()

result = faceOn(base, text("CadQuery", 1))
