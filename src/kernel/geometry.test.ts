/**
 * The batched edge queries give exactly what their one-at-a-time forms give: `edgesEnds` the
 * start and end points of `edgeEnds`, and `sampleEdges` (which evaluates each sample into one
 * reused point with D0) the points `BRepAdaptor_Curve.Value` gives, bit for bit, so the wires
 * joined from them and the nesting decided on them stay the same; and `drawnEnds` the points
 * `edgePointAndTangent` gives at 0 and 1 (what `IsClosed` and the wire-edge ordering compare).
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { makeBSplineApproximation, makeCylinder, makeEllipse, type AnyShape } from "replicad";
import { boxWithHole } from "../../test/helpers/shapes.ts";
import { drawnEnds, edgePointAndTangent } from "./curves.ts";
import { curveType, edgeEnds, edgesEnds, sampleEdges } from "./geometry.ts";
import { loadKernel } from "./load.ts";
import { subShapes, type Triple } from "./operations.ts";
import { kernelRun } from "./run.ts";
import { withScope } from "./scope.ts";
import { translateShape } from "./transform.ts";

/** Edges of every kind the 2D paths meet: lines, circles and arcs, an ellipse, a B-spline; some reversed in their wires, some located. */
function sampleShapes(): AnyShape[] {
  const spline = makeBSplineApproximation([[0, 0, 0], [1, 2, 0], [3, 1, 0], [4, 3, 0]]);
  const ellipse = makeEllipse(3, 1, [1, 2, 0]);
  const solid = boxWithHole();
  return [solid, translateShape(solid, [5, -2, 1]), makeCylinder(2, 3, [1, 1, 1], [0, 1, 1]), ellipse, spline];
}

/** The samples as the per-point `Value` evaluation gives them (the code `sampleEdges` had before it reused one point). */
function valueSamples(shape: AnyShape, pointsPerEdge: number): Triple[][] {
  return kernelRun("reference samples", (oc, keep) => {
    const explorer = keep(new oc.TopExp_Explorer(shape.wrapped, oc.TopAbs_ShapeEnum.TopAbs_EDGE, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
    const samples: Triple[][] = [];
    for (; explorer.More(); explorer.Next()) {
      const edge = keep(oc.TopoDS.Edge(explorer.Current()));
      const adaptor = keep(new oc.BRepAdaptor_Curve(edge));
      const [first, last] = [adaptor.FirstParameter(), adaptor.LastParameter()];
      const count = curveType({ wrapped: edge } as unknown as AnyShape) === "LINE" ? 2 : Math.max(2, pointsPerEdge);
      const points: Triple[] = [];
      for (let i = 0; i < count; i++) {
        const p = keep(adaptor.Value(first + ((last - first) * i) / (count - 1)));
        points.push([p.X(), p.Y(), p.Z()]);
      }
      samples.push(edge.Orientation() === oc.TopAbs_Orientation.TopAbs_REVERSED ? points.reverse() : points);
    }
    return samples;
  });
}

describe("batched edge queries", () => {
  before(async () => {
    await loadKernel();
  });

  it("gives each edge the very start and end points edgeEnds gives it, in one pass", () =>
    withScope(() => {
      for (const shape of sampleShapes()) {
        const edges = subShapes(shape, "edge");
        assert.ok(edges.length > 0);
        assert.deepEqual(
          edgesEnds(edges),
          edges.map((edge) => {
            const { start, end } = edgeEnds(edge);
            return { start, end };
          }),
        );
      }
    }));

  it("samples every edge of a wire at the very points BRepAdaptor_Curve.Value gives, in wire order", () =>
    withScope(() => {
      for (const shape of sampleShapes()) {
        for (const wire of subShapes(shape, "wire").concat(subShapes(shape, "edge").slice(0, 1))) {
          for (const pointsPerEdge of [2, 5, 48]) assert.deepEqual(sampleEdges(wire, pointsPerEdge), valueSamples(wire, pointsPerEdge));
        }
      }
    }));

  it("gives the start of a first edge and the end of a last edge as drawn, the points edgePointAndTangent gives at 0 and 1", () =>
    withScope(() => {
      let reversed = 0;
      for (const shape of sampleShapes()) {
        for (const wire of subShapes(shape, "wire").concat(subShapes(shape, "edge").slice(0, 1))) {
          const edges = subShapes(wire, "edge");
          reversed += edges.filter((edge) => kernelRun("orientation", (oc) => edge.wrapped.Orientation() === oc.TopAbs_Orientation.TopAbs_REVERSED)).length;
          for (const [first, last] of [...edges.map((edge) => [edge, edge] as const), [edges[0]!, edges[edges.length - 1]!] as const]) {
            assert.deepEqual(drawnEnds(first, last), { start: edgePointAndTangent(first, 0).point, end: edgePointAndTangent(last, 1).point });
          }
        }
      }
      assert.ok(reversed > 0, "some edges are reversed in their wires");
    }));
});
