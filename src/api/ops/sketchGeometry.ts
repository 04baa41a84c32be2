/** Geometry for `Sketch`: circle and ellipse faces, arcs, and 2D fillets/chamfers of face corners. */
import { makeThreePointArc } from "replicad";
import {
  chamferEdges,
  filletEdges,
  makeCircleEdge,
  makeEllipseEdge,
  makeWire,
  own,
  prism,
  subShapes,
  withKernel,
} from "../../kernel/index.ts";
import type { Edge } from "replicad";
import { PartforgeError } from "../../shared/errors.ts";
import { Plane } from "../plane.ts";
import { unwrapShape, wrapShape, type Shape } from "../shape.ts";
import { Vector } from "../vector.ts";
import { wiresToFaces } from "./faces.ts";

const XY = Plane.named("XY");

export function threePointArcEdge(a: Vector, b: Vector, c: Vector): Shape {
  return wrapShape(own(withKernel("arc", () => makeThreePointArc(a.toTuple(), b.toTuple(), c.toTuple()))));
}

/** A full circle as one edge starting at `startDeg`, counter-clockwise unless `ccw` is false. */
export function circleEdge(center: Vector, radius: number, startDeg: number, ccw: boolean): Shape {
  const xDir = new Vector(Math.cos((startDeg * Math.PI) / 180), Math.sin((startDeg * Math.PI) / 180));
  // A circle, not an ellipse with equal radii: prisms of it are cylinders, which clean() can merge.
  const edge = makeCircleEdge(radius, { center: center.toTuple(), normal: ccw ? [0, 0, 1] : [0, 0, -1], xDir: xDir.toTuple() });
  return wrapShape(edge);
}

export function circleFace(radius: number): Shape {
  return wiresToFaces([wrapShape(makeWire([unwrapShape(circleEdge(new Vector(), radius, 0, true))]))], XY)[0]!;
}

export function ellipseFace(a1: number, a2: number): Shape {
  const edge = makeEllipseEdge(a1, a2, { center: [0, 0, 0], normal: [0, 0, 1], xDir: [1, 0, 0] });
  return wiresToFaces([wrapShape(makeWire([edge]))], XY)[0]!;
}

/**
 * Rounds (or bevels) the corners of a planar face in the XY plane at `vertices`: the face is
 * extruded downwards, the vertical edges through those corners are filleted, and the top face
 * (the original plane, same orientation) is taken back.
 */
export function fillet2D(face: Shape, vertices: readonly Shape[], d: number, kind: "fillet" | "chamfer"): Shape {
  const solid = prism(unwrapShape(face), [0, 0, -1]);
  const corners = vertices.map((v) => new Vector(...v.toTuple()));
  const edges = subShapes(solid, "edge").filter((edge) => {
    const shape = wrapShape(edge);
    const [start, end] = [shape.startPoint(), shape.endPoint()];
    const vertical = Math.abs(start.x - end.x) < 1e-9 && Math.abs(start.y - end.y) < 1e-9;
    return vertical && corners.some((c) => Math.abs(c.x - start.x) < 1e-7 && Math.abs(c.y - start.y) < 1e-7);
  }) as Edge[];
  if (edges.length === 0) throw new PartforgeError("GEOMETRY", `${kind}: the selected vertices are not corners of the sketch's faces`);
  const rounded = kind === "fillet" ? filletEdges(solid, edges, d) : chamferEdges(solid, edges, d, undefined, undefined);
  const top = subShapes(rounded, "face").map(wrapShape).find((f) => {
    const n = f.normal();
    return n !== undefined && n[2] > 1 - 1e-9 && Math.abs(f.Center().z) < 1e-9;
  });
  if (top === undefined) throw new PartforgeError("GEOMETRY", `${kind} of ${d}: the rounded outline could not be recovered`);
  return top;
}
