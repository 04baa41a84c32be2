import type { WireArgs } from "../signatures/generated.ts";
import { Shape } from "./shape.ts";
declare const NO_2D_FILLET = "it needs OCCT's ChFi2d (BRepFilletAPI_MakeFillet2d), which partforge's kernel build does not include; fillet or chamfer the vertices of a Sketch, or the edges of the solid, instead";
/**
 * A wire: `Wire.makePolygon(…)`, `Wire.makeHelix(…)`, `Wire.assembleEdges(…)`, … or from `shape.Wires()`.
 * @example Wire.makePolygon([[0, 0, 0], [1, 0, 0], [1, 1, 0]], { close: true }).Edges().length // 3
 */
export declare class Wire extends Shape {
    /**
     * The edges and wires joined into as few wires as connect (their ends within `tol`).
     * @example Wire.combine([Edge.makeLine([0, 0, 0], [1, 0, 0]), Edge.makeLine([1, 0, 0], [1, 1, 0])]).length // 1
     */
    static combine(...args: WireArgs["combine"]): Wire[];
    /**
     * One wire from connected edges.
     * @example Wire.assembleEdges([Edge.makeLine([0, 0, 0], [1, 0, 0]), Edge.makeLine([1, 0, 0], [1, 1, 0])]).Length() // 2
     */
    static assembleEdges(...args: WireArgs["assembleEdges"]): Wire;
    /**
     * A circle of `radius` about `center` in the plane normal to `normal`, as a wire.
     * @example Wire.makeCircle(1, [0, 0, 0], [0, 0, 1]).Length() // 2π
     */
    static makeCircle(...args: WireArgs["makeCircle"]): Wire;
    /**
     * An ellipse (or its arc, closed by a line when `closed`) about `center`, turned by `rotation_angle` degrees about `normal`.
     * @example Wire.makeEllipse(2, 1, [0, 0, 0], [0, 0, 1], [1, 0, 0], 0, 180).IsClosed() // true
     */
    static makeEllipse(...args: WireArgs["makeEllipse"]): Wire;
    /**
     * Straight edges through the points, closed back to the first when `close`. `forConstruction` is accepted and has no effect.
     * @example Wire.makePolygon([[0, 0, 0], [2, 0, 0], [2, 2, 0]], false, true).Length() // 4 + 2√2
     */
    static makePolygon(...args: WireArgs["makePolygon"]): Wire;
    /**
     * A helix of `pitch` rising `height` on a cylinder of `radius` about the axis through `center`
     * along `dir` (on a cone of half-angle `angle` degrees when not 360), right-handed unless `lefthand`.
     * @example Wire.makeHelix(1, 5, 3).endPoint() // Vector(3, 0, 5)
     */
    static makeHelix(...args: WireArgs["makeHelix"]): Wire;
    /**
     * This wire when it is closed; otherwise with a line back to its start.
     * @example Wire.makePolygon([[0, 0, 0], [1, 0, 0], [1, 1, 0]]).close().IsClosed() // true
     */
    close(...args: WireArgs["close"]): Wire;
    /**
     * This wire and `other` joined into one.
     * @example Wire.makePolygon([[0, 0, 0], [1, 0, 0]]).stitch(Wire.makePolygon([[1, 0, 0], [1, 1, 0]])).Length() // 2
     */
    stitch(...args: WireArgs["stitch"]): Wire;
    /**
     * The planar offset of this closed wire by `d` (outwards when positive): a list of wires (none when it vanishes).
     * @example Wire.makeCircle(1, [0, 0, 0], [0, 0, 1]).offset2D(1)[0].radius() // 2
     */
    offset2D(...args: WireArgs["offset2D"]): Wire[];
    /** Not in partforge: no 2D fillets in the kernel build. @example Sketch().rect(2, 2).vertices().fillet(0.5) // instead */
    fillet2D(...args: WireArgs["fillet2D"]): never;
    /** Not in partforge: no 2D chamfers in the kernel build. @example Sketch().rect(2, 2).vertices().chamfer(0.5) // instead */
    chamfer2D(...args: WireArgs["chamfer2D"]): never;
}
export { NO_2D_FILLET };
