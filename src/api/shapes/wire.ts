/** CadQuery's `Wire`: connected edges, with its class methods for polygons, circles, ellipses and helices. */
import type { AnyShape } from "replicad";
import {
  drawnEnds,
  edgePointAndTangent,
  makeCircleEdgeOnAxis,
  makeEllipseEdge,
  makeHelixWire,
  makeLineEdge,
  makePolylineWire,
  makeWire,
  offsetWire,
  rotateShape,
  subShapes,
} from "../../kernel/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { WIRE_SIGNATURES, binderFor } from "../signatures/index.ts";
import type { WireArgs, WireValues } from "../signatures/generated.ts";
import { Shape } from "./shape.ts";
import { unwrapShape, wrapAs } from "./wrap.ts";

const bind = binderFor<WireValues>("Wire", WIRE_SIGNATURES, {});
const NO_2D_FILLET = "it needs OCCT's ChFi2d (BRepFilletAPI_MakeFillet2d), which partforge's kernel build does not include; fillet or chamfer the vertices of a Sketch, or the edges of the solid, instead";

/** The edges of the shapes in `parts`, grouped into connected chains (ends within `tol`). */
function connectedGroups(parts: readonly AnyShape[], tol: number): AnyShape[][] {
  const edges = parts.flatMap((part) => subShapes(part, "edge"));
  const ends = edges.map((edge) => {
    const { start, end } = drawnEnds(edge, edge);
    return [start, end];
  });
  const near = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!) <= Math.max(tol, 1e-7);
  const group = edges.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i]!)));
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      if (ends[i]!.some((p) => ends[j]!.some((q) => near(p, q)))) group[root(j)] = root(i);
    }
  }
  const chains = new Map<number, AnyShape[]>();
  edges.forEach((edge, i) => chains.set(root(i), [...(chains.get(root(i)) ?? []), edge]));
  return [...chains.values()];
}

function positive(method: string, name: string, value: number): void {
  if (!(value > 0)) throw new PartforgeError("SCRIPT_EXCEPTION", `Wire.${method}: ${name} must be positive; got ${value}`);
}

/**
 * A wire: `Wire.makePolygon(…)`, `Wire.makeHelix(…)`, `Wire.assembleEdges(…)`, … or from `shape.Wires()`.
 * @example Wire.makePolygon([[0, 0, 0], [1, 0, 0], [1, 1, 0]], { close: true }).Edges().length // 3
 */
export class Wire extends Shape {
  /**
   * The edges and wires joined into as few wires as connect (their ends within `tol`).
   * @example Wire.combine([Edge.makeLine([0, 0, 0], [1, 0, 0]), Edge.makeLine([1, 0, 0], [1, 1, 0])]).length // 1
   */
  static combine(...args: WireArgs["combine"]): Wire[] {
    const { listOfWires, tol } = bind("combine", args);
    return connectedGroups(listOfWires.map(unwrapShape), tol).map((edges) => wrapAs(Wire, makeWire(edges)));
  }

  /**
   * One wire from connected edges.
   * @example Wire.assembleEdges([Edge.makeLine([0, 0, 0], [1, 0, 0]), Edge.makeLine([1, 0, 0], [1, 1, 0])]).Length() // 2
   */
  static assembleEdges(...args: WireArgs["assembleEdges"]): Wire {
    const { listOfEdges } = bind("assembleEdges", args);
    if (listOfEdges.length === 0) throw new PartforgeError("SCRIPT_EXCEPTION", "Wire.assembleEdges(listOfEdges): needs at least one edge");
    return wrapAs(Wire, makeWire(listOfEdges.map(unwrapShape)));
  }

  /**
   * A circle of `radius` about `center` in the plane normal to `normal`, as a wire.
   * @example Wire.makeCircle(1, [0, 0, 0], [0, 0, 1]).Length() // 2π
   */
  static makeCircle(...args: WireArgs["makeCircle"]): Wire {
    const { radius, center, normal } = bind("makeCircle", args);
    positive("makeCircle", "radius", radius);
    return wrapAs(Wire, makeWire([makeCircleEdgeOnAxis(radius, center.toTuple(), normal.toTuple(), 360, 360, true)]));
  }

  /**
   * An ellipse (or its arc, closed by a line when `closed`) about `center`, turned by `rotation_angle` degrees about `normal`.
   * @example Wire.makeEllipse(2, 1, [0, 0, 0], [0, 0, 1], [1, 0, 0], 0, 180).IsClosed() // true
   */
  static makeEllipse(...args: WireArgs["makeEllipse"]): Wire {
    const { x_radius, y_radius, center, normal, xDir, angle1, angle2, rotation_angle, closed } = bind("makeEllipse", args);
    positive("makeEllipse", "x_radius", x_radius);
    positive("makeEllipse", "y_radius", y_radius);
    const ellipse = makeEllipseEdge(x_radius, y_radius, { center: center.toTuple(), normal: normal.toTuple(), xDir: xDir.toTuple() }, angle1, angle2);
    const parts = [ellipse];
    if (angle1 !== angle2 && closed) parts.push(makeLineEdge(edgePointAndTangent(ellipse, 1).point, edgePointAndTangent(ellipse, 0).point));
    const wire = makeWire(parts);
    return wrapAs(Wire, rotation_angle === 0 ? wire : rotateShape(wire, center.toTuple(), normal.normalized().toTuple(), rotation_angle));
  }

  /**
   * Straight edges through the points, closed back to the first when `close`. `forConstruction` is accepted and has no effect.
   * @example Wire.makePolygon([[0, 0, 0], [2, 0, 0], [2, 2, 0]], false, true).Length() // 4 + 2√2
   */
  static makePolygon(...args: WireArgs["makePolygon"]): Wire {
    const { listOfVertices, close } = bind("makePolygon", args);
    if (listOfVertices.length < 2) throw new PartforgeError("SCRIPT_EXCEPTION", `Wire.makePolygon: needs at least 2 points; got ${listOfVertices.length}`);
    return wrapAs(Wire, makePolylineWire(listOfVertices.map((v) => v.toTuple()), close));
  }

  /**
   * A helix of `pitch` rising `height` on a cylinder of `radius` about the axis through `center`
   * along `dir` (on a cone of half-angle `angle` degrees when not 360), right-handed unless `lefthand`.
   * @example Wire.makeHelix(1, 5, 3).endPoint() // Vector(3, 0, 5)
   */
  static makeHelix(...args: WireArgs["makeHelix"]): Wire {
    const { pitch, height, radius, center, dir, angle, lefthand } = bind("makeHelix", args);
    positive("makeHelix", "pitch", pitch);
    positive("makeHelix", "height", height);
    positive("makeHelix", "radius", radius);
    if (dir.length === 0) throw new PartforgeError("SCRIPT_EXCEPTION", "Wire.makeHelix: dir must not be the zero vector");
    return wrapAs(Wire, makeHelixWire(pitch, height, radius, center.toTuple(), dir.toTuple(), lefthand, angle));
  }

  /**
   * This wire when it is closed; otherwise with a line back to its start.
   * @example Wire.makePolygon([[0, 0, 0], [1, 0, 0], [1, 1, 0]]).close().IsClosed() // true
   */
  close(...args: WireArgs["close"]): Wire {
    bind("close", args);
    if (this.IsClosed()) return this;
    return wrapAs(Wire, makeWire([unwrapShape(this), makeLineEdge(this.endPoint().toTuple(), this.startPoint().toTuple())]));
  }

  /**
   * This wire and `other` joined into one.
   * @example Wire.makePolygon([[0, 0, 0], [1, 0, 0]]).stitch(Wire.makePolygon([[1, 0, 0], [1, 1, 0]])).Length() // 2
   */
  stitch(...args: WireArgs["stitch"]): Wire {
    const { other } = bind("stitch", args);
    return wrapAs(Wire, makeWire([unwrapShape(this), unwrapShape(other)]));
  }

  /**
   * The planar offset of this closed wire by `d` (outwards when positive): a list of wires (none when it vanishes).
   * @example Wire.makeCircle(1, [0, 0, 0], [0, 0, 1]).offset2D(1)[0].radius() // 2
   */
  offset2D(...args: WireArgs["offset2D"]): Wire[] {
    const { d, kind } = bind("offset2D", args);
    return offsetWire(unwrapShape(this), d, kind).map((wire) => wrapAs(Wire, wire));
  }

  /** Not in partforge: no 2D fillets in the kernel build. @example Sketch().rect(2, 2).vertices().fillet(0.5) // instead */
  fillet2D(...args: WireArgs["fillet2D"]): never {
    bind("fillet2D", args);
    throw new PartforgeError("NOT_SUPPORTED", `Wire.fillet2D: ${NO_2D_FILLET}`);
  }

  /** Not in partforge: no 2D chamfers in the kernel build. @example Sketch().rect(2, 2).vertices().chamfer(0.5) // instead */
  chamfer2D(...args: WireArgs["chamfer2D"]): never {
    bind("chamfer2D", args);
    throw new PartforgeError("NOT_SUPPORTED", `Wire.chamfer2D: ${NO_2D_FILLET}`);
  }
}

export { NO_2D_FILLET };
