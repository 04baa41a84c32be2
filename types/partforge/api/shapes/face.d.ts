import type { FaceArgs } from "../signatures/generated.ts";
import { Shape } from "./shape.ts";
import { Wire } from "./wire.ts";
/**
 * A face: `Face.makePlane(…)`, `Face.makeFromWires(…)`, … or from `shape.Faces()`.
 * @example Face.makePlane(2, 3).Area() // 6
 */
export declare class Face extends Shape {
    /**
     * The face's outer boundary.
     * @example Face.makePlane(2, 2).outerWire().Length() // 8
     */
    outerWire(...args: FaceArgs["outerWire"]): Wire;
    /**
     * The boundaries of the face's holes.
     * @example Workplane().rect(4, 4).circle(1).extrude(1).faces(">Z").val().innerWires().length // 1
     */
    innerWires(...args: FaceArgs["innerWires"]): Wire[];
    /**
     * This face with holes bounded by the given wires (or closed edges), CadQuery 2.6+'s `addHole`.
     * @example Face.makePlane(4, 4).addHole(Wire.makeCircle(1, [0, 0, 0], [0, 0, 1])).Area() // 16 − π
     */
    addHole(...args: FaceArgs["addHole"]): Face;
    /**
     * A solid made by thickening this face by `thickness` along its normal.
     * @example Face.makePlane(2, 2).thicken(1).Volume() // 4
     */
    thicken(...args: FaceArgs["thicken"]): Shape;
    /** Not in partforge: no 2D fillets in the kernel build. @example Sketch().rect(2, 2).vertices().fillet(0.5) // instead */
    fillet2D(...args: FaceArgs["fillet2D"]): never;
    /** Not in partforge: no 2D chamfers in the kernel build. @example Sketch().rect(2, 2).vertices().chamfer(0.5) // instead */
    chamfer2D(...args: FaceArgs["chamfer2D"]): never;
    /**
     * A surface bounded by `edges` (edges or wires forming a closed loop) passing through the
     * `constraints` points (OCCT's BRepOffsetAPI_MakeFilling, with its tuning parameters).
     * @example Face.makeNSidedSurface(Wire.makePolygon([[0, 0, 0], [1, 0, 0], [1, 1, 0], [0, 1, 0]], false, true).Edges(), [[0.5, 0.5, 0.2]])
     */
    static makeNSidedSurface(...args: FaceArgs["makeNSidedSurface"]): Face;
    /**
     * A plane through `basePnt` normal to `dir`: `length` × `width` centred there (unbounded when either is None).
     * @example Face.makePlane(2, 3, [0, 0, 1]).Center() // Vector(0, 0, 1)
     */
    static makePlane(...args: FaceArgs["makePlane"]): Face;
    /**
     * The ruled surface between two edges (a Face) or two wires (a Shell).
     * @example Face.makeRuledSurface(Edge.makeLine([0, 0, 0], [1, 0, 0]), Edge.makeLine([0, 1, 1], [1, 1, 1])).Area() // √2
     */
    static makeRuledSurface(...args: FaceArgs["makeRuledSurface"]): Shape;
    /**
     * A planar face bounded by `outerWire`, with `innerWires` as holes.
     * @example Face.makeFromWires(Wire.makeCircle(2, [0, 0, 0], [0, 0, 1]), [Wire.makeCircle(1, [0, 0, 0], [0, 0, 1])]).Area() // 3π
     */
    static makeFromWires(...args: FaceArgs["makeFromWires"]): Face;
}
