import { type Shape } from "../shape.ts";
import type { funcArgs } from "../signatures/generated.ts";
/**
 * A vertex at a point.
 * @example func.vertex(1, 2, 3).toTuple() // [1, 2, 3]
 */
export declare function vertex(...args: funcArgs["vertex"]): Shape;
/**
 * A straight edge between two points.
 * @example func.segment([0, 0], [0, 1]).Length() // 1
 */
export declare function segment(...args: funcArgs["segment"]): Shape;
/**
 * An open wire of segments through the points.
 * @example func.polyline([0, 0], [1, 0], [1, 1]).Length() // 2
 */
export declare function polyline(...args: funcArgs["polyline"]): Shape;
/**
 * A closed wire of segments through the points.
 * @example func.polygon([0, 0], [1, 0], [1, 1]).IsClosed() // true
 */
export declare function polygon(...args: funcArgs["polygon"]): Shape;
/**
 * A closed rectangular wire of width `w` (along x) and height `h`, centred on the origin.
 * @example func.rect(2, 3).Length() // 10
 */
export declare function rect(...args: funcArgs["rect"]): Shape;
/**
 * An interpolating B-spline edge through the points (`spline(p1, p2, …)` or
 * `spline([p1, p2, …], tgts, params, …)`).
 * @example func.spline([[0, 0], [1, 1], [2, 0]], { tgts: [[1, 0], [1, 0]] })
 */
export declare function spline(...args: funcArgs["spline"]): Shape;
/**
 * A full circle of radius `r` around the z axis.
 * @example func.circle(1).Length() // 2π
 */
export declare function circle(...args: funcArgs["circle"]): Shape;
/**
 * A full ellipse with radius `r1` along x and `r2` along y.
 * @example func.ellipse(2, 1)
 */
export declare function ellipse(...args: funcArgs["ellipse"]): Shape;
/**
 * A planar face of the XY plane: `w` by `l` centred on the origin, or (no arguments) one so
 * large it stands for CadQuery's infinite plane.
 * @example func.plane(1, 1.5).Area() // 1.5
 */
export declare function plane(...args: funcArgs["plane"]): Shape;
/**
 * A box `w` × `l` × `h` centred on the z axis, standing on the XY plane.
 * @example func.box(1, 2, 3).Volume() // 6
 */
export declare function box(...args: funcArgs["box"]): Shape;
/**
 * A cylinder of diameter `d` and height `h` standing on the XY plane.
 * @example func.cylinder(2, 1).Volume() // π
 */
export declare function cylinder(...args: funcArgs["cylinder"]): Shape;
/**
 * A sphere of diameter `d` centred on the origin.
 * @example func.sphere(2).Volume() // 4π/3
 */
export declare function sphere(...args: funcArgs["sphere"]): Shape;
/**
 * A torus around the z axis: `d1` the diameter of its centre circle, `d2` of its tube.
 * @example func.torus(4, 1)
 */
export declare function torus(...args: funcArgs["torus"]): Shape;
/**
 * A cone of base diameter `d` and height `h` (`cone(d, h)`), or a frustum from diameter `d1`
 * to `d2` (`cone(d1, d2, h)`), standing on the XY plane.
 * @example func.cone(1, 1.5)
 */
export declare function cone(...args: funcArgs["cone"]): Shape;
