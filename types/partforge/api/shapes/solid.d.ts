import type { SolidArgs } from "../signatures/generated.ts";
import { Shape } from "./shape.ts";
import { Mixin3D } from "./mixin3D.ts";
/**
 * A solid: `Solid.makeBox(…)`, `Solid.sweep(…)`, … or from `shape.Solids()` and `Workplane.val()`.
 * @example Solid.makeCone(1, 0, 2).Volume() // 2π/3
 */
export declare class Solid extends Mixin3D {
    #private;
    /**
     * True for a solid, or a compound holding solids.
     * @example Solid.isSolid(Solid.makeBox(1, 1, 1)) // true
     */
    static isSolid(...args: SolidArgs["isSolid"]): boolean;
    /**
     * The solid a closed shell bounds.
     * @example Solid.makeSolid(Shell.makeShell(Solid.makeBox(1, 1, 1).Faces())).Volume() // 1
     */
    static makeSolid(...args: SolidArgs["makeSolid"]): Solid;
    /**
     * A box with a corner at `pnt`, `height` along `dir`.
     * @example Solid.makeBox(1, 2, 3).Volume() // 6
     */
    static makeBox(...args: SolidArgs["makeBox"]): Solid;
    /**
     * A cone (a frustum when both radii are positive) standing on `pnt` along `dir`, swept through `angleDegrees`.
     * @example Solid.makeCone(1, 0, 2).Faces().length // 2
     */
    static makeCone(...args: SolidArgs["makeCone"]): Solid;
    /**
     * A cylinder (or sector of one) standing on `pnt` along `dir`.
     * @example Solid.makeCylinder(1, 2).Volume() // 2π
     */
    static makeCylinder(...args: SolidArgs["makeCylinder"]): Solid;
    /**
     * A torus of major radius `radius1` and tube radius `radius2` about `dir` through `pnt`; the
     * tube's section runs from `angleDegrees1` to `angleDegrees2`.
     * @example Solid.makeTorus(3, 1).Volume() // 6π²
     */
    static makeTorus(...args: SolidArgs["makeTorus"]): Solid;
    /**
     * A solid through the wires in order, smooth or `ruled`.
     * @example Solid.makeLoft([Wire.makeCircle(1, [0, 0, 0], [0, 0, 1]), Wire.makeCircle(2, [0, 0, 2], [0, 0, 1])], true).Volume() // 14π/3
     */
    static makeLoft(...args: SolidArgs["makeLoft"]): Solid;
    /**
     * OCCT's wedge: a box `dx` × `dy` × `dz` whose face at y = dy shrinks to [xmin, xmax] × [zmin, zmax].
     * @example Solid.makeWedge(10, 10, 10, 5, 5, 5, 5).Volume() // 1000/3
     */
    static makeWedge(...args: SolidArgs["makeWedge"]): Solid;
    /**
     * A sphere, or the part of it between latitudes `angleDegrees1` and `angleDegrees2` swept through
     * `angleDegrees3` (CadQuery's defaults 0 and 90 give the upper half).
     * @example Solid.makeSphere(1, [0, 0, 0], [0, 0, 1], -90, 90).Volume() // 4π/3
     */
    static makeSphere(...args: SolidArgs["makeSphere"]): Solid;
    /**
     * A prism of a face (or of an outer wire with inner wires) along `vecNormal`, the sides leaning in by `taper` degrees.
     * @example Solid.extrudeLinear(Face.makePlane(2, 2), [0, 0, 3]).Volume() // 12
     */
    static extrudeLinear(...args: SolidArgs["extrudeLinear"]): Solid;
    /**
     * A twisted prism: the profile extruded along `vecNormal` while turning `angleDegrees` about the axis through `vecCenter`.
     * @example Solid.extrudeLinearWithRotation(Face.makePlane(2, 2), [0, 0, 0], [0, 0, 3], 45).Volume() // 12
     */
    static extrudeLinearWithRotation(...args: SolidArgs["extrudeLinearWithRotation"]): Solid;
    /**
     * A solid of revolution: the profile turned `angleDegrees` about the axis from `axisStart` to `axisEnd`.
     * @example Solid.revolve(Face.makePlane(1, 1, [2, 0, 0], [0, 1, 0]), 360, [0, 0, 0], [0, 0, 1]).Volume() // 4π
     */
    static revolve(...args: SolidArgs["revolve"]): Solid;
    /**
     * The profile swept along `path` (Frenet frame when `isFrenet`, which helical threads need; a
     * fixed binormal when `mode` is a vector; guided by an auxiliary spine when it is an edge or wire).
     * @example Solid.sweep(Wire.makeCircle(0.2, [3, 0, 0], [0, 1, 0]), [], Wire.makeHelix(1, 3, 3), true, true).isValid() // true
     */
    static sweep(...args: SolidArgs["sweep"]): Shape;
    /**
     * One sweep through several profiles (wires or faces) along `path`.
     * @example Solid.sweep_multi([Wire.makeCircle(1, [0, 0, 0], [0, 0, 1]), Wire.makeCircle(2, [0, 0, 4], [0, 0, 1])], Edge.makeLine([0, 0, 0], [0, 0, 4])).isValid() // true
     */
    static sweep_multi(...args: SolidArgs["sweep_multi"]): Shape;
    /**
     * The solid's outer boundary.
     * @example Solid.makeBox(1, 1, 1).outerShell().Area() // 6
     */
    outerShell(...args: SolidArgs["outerShell"]): Shape;
    /**
     * The boundaries of the solid's internal voids.
     * @example Solid.makeBox(1, 1, 1).innerShells().length // 0
     */
    innerShells(...args: SolidArgs["innerShells"]): Shape[];
}
