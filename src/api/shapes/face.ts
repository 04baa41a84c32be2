/** CadQuery's `Face`: a bounded piece of surface, with its class methods for planes, ruled and filled surfaces. */
import {
  faceWithHoles,
  fillSurface,
  makeWire,
  makeFaceFromWires,
  makePlaneFace,
  makeRuledSurface,
  outerWire,
  subShapes,
  thickenFace,
} from "../../kernel/index.ts";
import { noteStackOverflow } from "../../shared/stackOverflow.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { Vector } from "../vector.ts";
import { FACE_SIGNATURES, binderFor } from "../signatures/index.ts";
import type { FaceArgs, FaceValues } from "../signatures/generated.ts";
import { Shape } from "./shape.ts";
import { isShape, unwrapShape, wrapAs, wrapShape } from "./wrap.ts";
import { NO_2D_FILLET, Wire } from "./wire.ts";

const bind = binderFor<FaceValues>("Face", FACE_SIGNATURES, {});

/**
 * A face: `Face.makePlane(…)`, `Face.makeFromWires(…)`, … or from `shape.Faces()`.
 * @example Face.makePlane(2, 3).Area() // 6
 */
export class Face extends Shape {
  /**
   * The face's outer boundary.
   * @example Face.makePlane(2, 2).outerWire().Length() // 8
   */
  outerWire(...args: FaceArgs["outerWire"]): Wire {
    bind("outerWire", args);
    return wrapAs(Wire, outerWire(unwrapShape(this)));
  }

  /**
   * The boundaries of the face's holes.
   * @example Workplane().rect(4, 4).circle(1).extrude(1).faces(">Z").val().innerWires().length // 1
   */
  innerWires(...args: FaceArgs["innerWires"]): Wire[] {
    bind("innerWires", args);
    const outer = this.outerWire();
    return subShapes(unwrapShape(this), "wire")
      .map((wire) => wrapAs(Wire, wire))
      .filter((wire) => !wire.isSame(outer));
  }

  /**
   * This face with holes bounded by the given wires (or closed edges), CadQuery 2.6+'s `addHole`.
   * @example Face.makePlane(4, 4).addHole(Wire.makeCircle(1, [0, 0, 0], [0, 0, 1])).Area() // 16 − π
   */
  addHole(...args: FaceArgs["addHole"]): Face {
    const { inner } = bind("addHole", args);
    const wires = inner.map((shape) => (shape.kind === "wire" ? unwrapShape(shape) : makeWire([unwrapShape(shape)])));
    return wrapAs(Face, faceWithHoles(unwrapShape(this), wires));
  }

  /**
   * A solid made by thickening this face by `thickness` along its normal.
   * @example Face.makePlane(2, 2).thicken(1).Volume() // 4
   */
  thicken(...args: FaceArgs["thicken"]): Shape {
    const { thickness } = bind("thicken", args);
    if (thickness === 0) throw new PartforgeError("SCRIPT_EXCEPTION", "Face.thicken: thickness must not be 0");
    return wrapShape(thickenFace(unwrapShape(this), thickness));
  }

  /** Not in partforge: no 2D fillets in the kernel build. @example Sketch().rect(2, 2).vertices().fillet(0.5) // instead */
  fillet2D(...args: FaceArgs["fillet2D"]): never {
    bind("fillet2D", args);
    throw new PartforgeError("NOT_SUPPORTED", `Face.fillet2D: ${NO_2D_FILLET}`);
  }

  /** Not in partforge: no 2D chamfers in the kernel build. @example Sketch().rect(2, 2).vertices().chamfer(0.5) // instead */
  chamfer2D(...args: FaceArgs["chamfer2D"]): never {
    bind("chamfer2D", args);
    throw new PartforgeError("NOT_SUPPORTED", `Face.chamfer2D: ${NO_2D_FILLET}`);
  }

  /**
   * A surface bounded by `edges` (edges or wires forming a closed loop) passing through the
   * `constraints` points (OCCT's BRepOffsetAPI_MakeFilling, with its tuning parameters).
   * @example Face.makeNSidedSurface(Wire.makePolygon([[0, 0, 0], [1, 0, 0], [1, 1, 0], [0, 1, 0]], false, true).Edges(), [[0.5, 0.5, 0.2]])
   */
  static makeNSidedSurface(...args: FaceArgs["makeNSidedSurface"]): Face {
    const { edges, constraints, degree, nbPtsOnCur, nbIter, anisotropy, tol2d, tol3d, tolAng, tolCurv, maxDeg, maxSegments } = bind("makeNSidedSurface", args);
    const boundary = edges.flatMap((e) => subShapes(unwrapShape(e), "edge"));
    const points = constraints.map((c, i) => {
      if (isShape(c)) throw new PartforgeError("NOT_SUPPORTED", `Face.makeNSidedSurface: constraints[${i}] is a shape; only points are supported as constraints (edge constraints need BRepFill's free-edge filling)`);
      try {
        return Vector.from(c as [number, number, number]).toTuple();
      } catch (error) {
        noteStackOverflow(error);
        throw new PartforgeError("SCRIPT_EXCEPTION", `Face.makeNSidedSurface: constraints[${i}] must be a point [x, y, z]`);
      }
    });
    const options = { degree, nbPtsOnCur, nbIter, anisotropy, tol2d, tol3d, tolAng, tolCurv, maxDeg, maxSegments };
    return wrapAs(Face, fillSurface(boundary, points, options));
  }

  /**
   * A plane through `basePnt` normal to `dir`: `length` × `width` centred there (unbounded when either is None).
   * @example Face.makePlane(2, 3, [0, 0, 1]).Center() // Vector(0, 0, 1)
   */
  static makePlane(...args: FaceArgs["makePlane"]): Face {
    const { length, width, basePnt, dir } = bind("makePlane", args);
    for (const [name, value] of [["length", length], ["width", width]] as const) {
      if (value !== undefined && value <= 0) throw new PartforgeError("SCRIPT_EXCEPTION", `Face.makePlane: ${name} must be positive or None; got ${value}`);
    }
    if (dir.length === 0) throw new PartforgeError("SCRIPT_EXCEPTION", "Face.makePlane: dir must not be the zero vector");
    return wrapAs(Face, makePlaneFace(length, width, basePnt.toTuple(), dir.toTuple()));
  }

  /**
   * The ruled surface between two edges (a Face) or two wires (a Shell).
   * @example Face.makeRuledSurface(Edge.makeLine([0, 0, 0], [1, 0, 0]), Edge.makeLine([0, 1, 1], [1, 1, 1])).Area() // √2
   */
  static makeRuledSurface(...args: FaceArgs["makeRuledSurface"]): Shape {
    const { edgeOrWire1, edgeOrWire2 } = bind("makeRuledSurface", args);
    if (edgeOrWire1.kind !== edgeOrWire2.kind) {
      throw new PartforgeError("SCRIPT_EXCEPTION", `Face.makeRuledSurface(edgeOrWire1, edgeOrWire2): give two edges or two wires; got a ${edgeOrWire1.kind} and a ${edgeOrWire2.kind}`);
    }
    return wrapShape(makeRuledSurface(unwrapShape(edgeOrWire1), unwrapShape(edgeOrWire2)));
  }

  /**
   * A planar face bounded by `outerWire`, with `innerWires` as holes.
   * @example Face.makeFromWires(Wire.makeCircle(2, [0, 0, 0], [0, 0, 1]), [Wire.makeCircle(1, [0, 0, 0], [0, 0, 1])]).Area() // 3π
   */
  static makeFromWires(...args: FaceArgs["makeFromWires"]): Face {
    const { outerWire: outer, innerWires } = bind("makeFromWires", args);
    for (const [name, wire] of [["outerWire", outer], ...innerWires.map((w, i) => [`innerWires[${i}]`, w] as const)] as const) {
      if (!wire.IsClosed()) throw new PartforgeError("SCRIPT_EXCEPTION", `Face.makeFromWires: ${name} is not closed`);
    }
    return wrapAs(Face, makeFaceFromWires(unwrapShape(outer), innerWires.map(unwrapShape)));
  }
}
