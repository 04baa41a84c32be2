from _examples import *
# examples/bored-block.ts: box(length, 20, 10) centred; with p_round its four "|Z" edges filleted 2;
# the bore: hole(5) from the >X face's workplane (origin projected: (length/2, 0, 0)) along -x
# through all; then, with holes, hole(d) through all from the >Z face's workplane with its origin
# given as (0, 0, 0) (projected onto z = 5) at a centred rarray(max(pitch, 1), 1, holes, 1) along
# x: d = 4, or 0.6 × pitch when that is smaller.


def build(p_length=100.0, p_holes=2, p_round=True):
    length = p_length
    part = box(length, 20, 10)
    if p_round:
        part = fillet_edges(part, 2, [e for e in part.Edges if parallel_to_z(e)])
    end = [(length / 2, 0, 0)]
    part = cut_all(part, bores(part, 5, end, (-1, 0, 0)))
    holes = p_holes
    if holes > 0:
        pitch = 0 if holes == 1 else (length - 2 * 6) / (holes - 1)
        diameter = 4 if holes == 1 else min(4, 0.6 * pitch)
        points = [(x, y, z) for x, y, z in rarray_points(max(pitch, 1), 1, holes, 1, 5)]
        part = cut_all(part, bores(part, diameter, points, (0, 0, -1)))
    return part


report(build)
