/**
 * Wire inputs for the wire-joining and wire-nesting checks (test/api/wireAssembly.test.ts): one
 * closed wire, nested wires, disjoint wires, arcs and splines, open chains, edges out of order,
 * and the B-rep text of what `combineIntoWires` and `wiresToFaces` make of each.
 */
import { Plane, Workplane, unwrapShape, type Shape, type WorkplaneImpl } from "../../src/api/index.ts";
import { combineIntoWires } from "../../src/api/ops/curves.ts";
import { wiresToFaces } from "../../src/api/ops/faces.ts";
import { writeBrep } from "../../src/kernel/index.ts";

/** A workplane parallel to XY, away from the origin. */
const AWAY = Plane.named("XY", [40, -25, 3]);

/** The pending edges and wires a drawing leaves (what offset2D, extrude and consolidateWires read). */
const pending = (wp: WorkplaneImpl): Shape[] => [...wp.state.pendingEdges, ...wp.state.pendingWires];

/**
 * Each case: the parts given to `combineIntoWires`, and whether its wires are closed (then
 * `wiresToFaces` makes faces of them, on `plane`: XY unless named).
 */
export const WIRE_CASES: ReadonlyArray<readonly [string, () => Shape[], { closed: boolean; plane?: Plane }]> = [
  ["one closed polygon", () => pending(Workplane().polygon(5, 10)), { closed: true }],
  ["one circle", () => pending(Workplane().circle(2)), { closed: true }],
  ["one circle on XZ", () => pending(Workplane("XZ").circle(2)), { closed: true, plane: Plane.named("XZ") }],
  ["one clockwise outline with arcs, away from the origin", () =>
    pending(Workplane(AWAY).lineTo(0, 2).threePointArc([1, 3], [2, 2]).lineTo(2, 0).close()), { closed: true, plane: AWAY }],
  ["one offset outline with arcs", () => pending(Workplane().polygon(5, 10).offset2D(1, "arc")), { closed: true }],
  ["one outline of lines, arcs and a spline, as edges", () =>
    pending(Workplane().lineTo(2, 0).threePointArc([3, 1], [2, 2]).spline([[1, 3], [0, 2]], { includeCurrent: true }).lineTo(0, 0)), { closed: true }],
  ["nested wires: square in square in square, and a circle", () =>
    pending(Workplane().rect(8, 8).rect(6, 6).rect(2, 2).center(2.5, 2.5).circle(0.3)), { closed: true }],
  ["disjoint wires side by side", () => pending(Workplane().pushPoints([[0, 0], [5, 0], [0, 5]]).rect(1, 2)), { closed: true }],
  ["a slot beside an ellipse, on XZ", () => pending(Workplane("XZ").slot2D(4, 1).center(0, 4).ellipse(2, 1)), { closed: true, plane: Plane.named("XZ") }],
  ["a mirrored outline", () => pending(Workplane().lineTo(1, 0).lineTo(1, 1).lineTo(0, 2).mirrorY()), { closed: true }],
  ["an open polyline", () => pending(Workplane().polyline([[0, 0], [2, 0], [2, 2], [3, 3]])), { closed: false }],
  ["two open chains, edges given out of order", () => {
    const chain = (y: number) => pending(Workplane().polyline([[0, y], [1, y], [2, y + 1], [3, y]]));
    const [a, b] = [chain(0), chain(5)];
    return [b[2]!, a[0]!, b[0]!, a[2]!, b[1]!, a[1]!];
  }, { closed: false }],
];

const brepText = (shapes: readonly Shape[]) =>
  Buffer.from(writeBrep(shapes.map((shape, i) => ({ name: `s${i}`, shape: unwrapShape(shape) })))).toString("latin1");

/** The BREP text of the wires `combineIntoWires` joins `parts` into and, for closed ones, of the faces `wiresToFaces` makes of them. */
export function assembled(parts: readonly Shape[], options: { closed: boolean; plane?: Plane }): { wires: string; faces?: string } {
  const wires = combineIntoWires(parts);
  if (!options.closed) return { wires: brepText(wires) };
  return { wires: brepText(wires), faces: brepText(wiresToFaces(wires, options.plane ?? Plane.named("XY"))) };
}
