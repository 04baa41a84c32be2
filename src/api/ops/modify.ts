/** fillet, chamfer and shell of the solid in context, on the selected edges or faces. */
import { chamferEdges, filletEdges, firstHolders, shellSolid, unifySameDomain } from "../../kernel/index.ts";
import type { Edge, Face } from "replicad";
import { PartforgeError } from "../../shared/errors.ts";
import { apiError, oneOf, positiveNumber, nonZeroNumber, readOptions } from "../options.ts";
import { isShape, unwrapShape, wrapShape, type Shape } from "../shape.ts";
import type { WorkplaneImpl } from "../workplane.ts";
import { requireSolid } from "./context.ts";
import { collect, refuseEmptySelection } from "./selection.ts";
import { closedShell } from "./sweeps.ts";

function selectedEdges(wp: WorkplaneImpl, method: string): Edge[] {
  refuseEmptySelection(wp, method);
  const edges = collect(wp, "edge");
  if (edges.length === 0) {
    apiError(method, `no edges are selected; select some first, e.g. .edges("|Z").${method}(…) or .faces(">Z").${method}(…)`);
  }
  return edges.map((edge) => unwrapShape(edge) as Edge);
}

export function fillet(wp: WorkplaneImpl, radius: number): WorkplaneImpl {
  positiveNumber("fillet", "radius", radius);
  const solid = requireSolid(wp, "fillet");
  const edges = selectedEdges(wp, "fillet");
  const result = filletEdges(unwrapShape(solid), edges, radius);
  // CadQuery's fillet cleans its result (its chamfer does not).
  return wp.newObject([wrapShape(unifySameDomain(result))]);
}

export function chamfer(wp: WorkplaneImpl, length: number, length2: number | undefined): WorkplaneImpl {
  positiveNumber("chamfer", "length", length);
  // CadQuery's Mixin3D.chamfer uses length2 only when it is truthy: 0, like None, is symmetric.
  const second = length2 === 0 ? undefined : length2;
  if (second !== undefined) positiveNumber("chamfer", "length2", second);
  const solid = requireSolid(wp, "chamfer");
  const edges = selectedEdges(wp, "chamfer");
  // The first face of the solid holding each edge, found for all edges at once when first asked.
  let faces: Map<Edge, Face | undefined> | undefined;
  const faceFor = (edge: Edge): Face => {
    faces ??= new Map(firstHolders(unwrapShape(solid), "face", "edge", edges).map((face, i) => [edges[i]!, face as Face | undefined]));
    const face = faces.has(edge) ? faces.get(edge) : (firstHolders(unwrapShape(solid), "face", "edge", [edge])[0] as Face | undefined);
    if (face === undefined) throw new PartforgeError("GEOMETRY", "chamfer: a selected edge does not belong to the solid");
    return face;
  };
  // Not cleaned afterwards: CadQuery's Workplane.chamfer returns Mixin3D.chamfer's result as it is.
  return wp.newObject([wrapShape(chamferEdges(unwrapShape(solid), edges, length, second, faceFor))]);
}

export function shell(wp: WorkplaneImpl, thickness: number, options?: { kind?: "arc" | "intersection" }): WorkplaneImpl {
  nonZeroNumber("shell", "thickness", thickness);
  const { kind } = readOptions("shell", options, { kind: "arc" as "arc" | "intersection" });
  const join = oneOf("shell", "kind", kind, ["arc", "intersection"] as const);
  refuseEmptySelection(wp, "shell");
  const solid = requireSolid(wp, "shell");
  const faces = wp.state.objects.filter((o): o is Shape => isShape(o) && o.kind === "face");
  const result =
    faces.length === 0
      ? closedShell(solid, thickness, join)
      : wrapShape(shellSolid(unwrapShape(solid), faces.map((f) => unwrapShape(f) as Face), thickness, join));
  // OCCT can report success for walls thicker than the solid allows and hand back the solid
  // unchanged, or an empty one: both are failures. The three measures are memoized facts of
  // the shapes, so a rebuild that reuses the shell takes them from the memo. The volumes cannot
  // be replaced by a look at the topology: a failed shell often has a new face in place of the
  // opened one, and may have more faces than the input (a 4 × 8 × 2 box opened at >X, -1,
  // intersection: 8 faces, valid, volume unchanged).
  const before = solid.Volume();
  const after = result.Volume();
  if (!(after > 0) || Math.abs(after - before) <= 1e-9 * before || !result.isValid()) {
    throw new PartforgeError("GEOMETRY", `shell of thickness ${thickness} failed: the walls are too thick for this solid; use a thinner wall`);
  }
  return wp.newObject([result]);
}
