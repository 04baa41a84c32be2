/** CadQuery's `Mixin3D`: fillets, chamfers, shelling and inside tests, for solids and compounds. */
import type { Edge as KEdge, Face as KFace } from "replicad";
import { chamferEdges, containsPoint, filletEdges, firstHolders, hollowClosed, shellSolid, subShapeIndices } from "../../kernel/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { MIXIN3D_SIGNATURES, binderFor } from "../signatures/index.ts";
import type { Mixin3DArgs, Mixin3DValues } from "../signatures/generated.ts";
import { Shape } from "./shape.ts";
import { unwrapShape, wrapShape } from "./wrap.ts";

const bind = binderFor<Mixin3DValues>("Mixin3D", MIXIN3D_SIGNATURES, {});

function positive(method: string, name: string, value: number): void {
  if (!(value > 0)) throw new PartforgeError("SCRIPT_EXCEPTION", `Mixin3D.${method}: ${name} must be positive; got ${value}`);
}

/** @internal The shared base of `Solid` and `Compound` (CadQuery's `Mixin3D`). */
export abstract class Mixin3D extends Shape {
  #ownEdges(method: string, edges: readonly Shape[]): KEdge[] {
    const own = subShapeIndices(unwrapShape(this), "edge", edges.map(unwrapShape));
    for (const i of edges.keys()) {
      if (own[i]! < 0) throw new PartforgeError("SCRIPT_EXCEPTION", `Mixin3D.${method}: edgeList[${i}] is not an edge of this ${this.kind}`);
    }
    if (edges.length === 0) throw new PartforgeError("SCRIPT_EXCEPTION", `Mixin3D.${method}: edgeList is empty; select the edges to round, e.g. solid.Edges()`);
    return edges.map((edge) => unwrapShape(edge) as KEdge);
  }

  /**
   * This shape with the edges in `edgeList` rounded to `radius`.
   * @example Solid.makeBox(2, 2, 2).fillet(0.5, Solid.makeBox(2, 2, 2).Edges()).isValid() // true
   */
  fillet(...args: Mixin3DArgs["fillet"]): Shape {
    const { radius, edgeList } = bind("fillet", args);
    positive("fillet", "radius", radius);
    return wrapShape(filletEdges(unwrapShape(this), this.#ownEdges("fillet", edgeList), radius));
  }

  /**
   * This shape with the edges in `edgeList` bevelled by `length` (and `length2` on the second face, when not None or 0).
   * @example box.chamfer(0.5, null, box.Edges()).Faces().length // 26
   */
  chamfer(...args: Mixin3DArgs["chamfer"]): Shape {
    const { length, length2, edgeList } = bind("chamfer", args);
    positive("chamfer", "length", length);
    // As CadQuery's `if length2:` — None and 0 both give the symmetric chamfer.
    const second = length2 === null || length2 === 0 ? undefined : length2;
    if (second !== undefined) positive("chamfer", "length2", second);
    const edges = this.#ownEdges("chamfer", edgeList);
    // The first face holding each edge, found for all edges at once when first asked.
    let faces: Map<KEdge, KFace | undefined> | undefined;
    const faceFor = (edge: KEdge): KFace => {
      faces ??= new Map(firstHolders(unwrapShape(this), "face", "edge", edges).map((face, i) => [edges[i]!, face as KFace | undefined]));
      const face = faces.has(edge) ? faces.get(edge) : (firstHolders(unwrapShape(this), "face", "edge", [edge])[0] as KFace | undefined);
      // An edge of a compound bounding no face (a free edge): the error unwrapping no face gave.
      if (face === undefined) throw new PartforgeError("SCRIPT_EXCEPTION", "expected a shape made by the modelling API");
      return face;
    };
    return wrapShape(chamferEdges(unwrapShape(this), edges, length, second, faceFor));
  }

  /**
   * A hollow of wall `thickness` (negative: inwards), open at the faces in `faceList`; with None
   * or no faces, closed all round.
   * @example Solid.makeBox(2, 2, 2).shell([Solid.makeBox(2, 2, 2).faces(">Z")], -0.1).isValid() // true
   */
  shell(...args: Mixin3DArgs["shell"]): Shape {
    const { faceList, thickness, tolerance, kind } = bind("shell", args);
    if (thickness === 0) throw new PartforgeError("SCRIPT_EXCEPTION", "Mixin3D.shell: thickness must not be 0");
    if (!(tolerance > 0)) {
      throw new PartforgeError("SCRIPT_EXCEPTION", `Mixin3D.shell: tolerance must be a positive number (CadQuery's default is 0.0001), got ${tolerance}`);
    }
    const solid = unwrapShape(this);
    if (faceList === null || faceList === undefined || faceList.length === 0) return wrapShape(hollowClosed(solid, thickness, kind, tolerance));
    const own = subShapeIndices(solid, "face", faceList.map(unwrapShape));
    for (const i of faceList.keys()) {
      if (own[i]! < 0) throw new PartforgeError("SCRIPT_EXCEPTION", `Mixin3D.shell: faceList[${i}] is not a face of this ${this.kind}`);
    }
    return wrapShape(shellSolid(solid, faceList.map((f) => unwrapShape(f) as KFace), thickness, kind, tolerance));
  }

  /**
   * True when `point` is inside, or within `tolerance` of the surface.
   * @example Solid.makeBox(1, 1, 1).isInside([0.5, 0.5, 0.5]) // true
   */
  isInside(...args: Mixin3DArgs["isInside"]): boolean {
    const { point, tolerance } = bind("isInside", args);
    return containsPoint(unwrapShape(this), point.toTuple(), tolerance);
  }
}
