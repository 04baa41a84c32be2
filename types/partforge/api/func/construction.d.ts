import { type Shape } from "../shape.ts";
import type { funcArgs } from "../signatures/generated.ts";
/**
 * One wire from edges and wires (given in any order; connected ones are joined).
 * @example func.wire(func.segment([0, 0], [1, 0]), func.segment([1, 0], [1, 1])).Length() // 2
 */
export declare function wire(...args: funcArgs["wire"]): Shape;
/**
 * Planar faces bounded by closed wires (or edges): wires inside another become its holes.
 * @example func.face(func.rect(4, 4), func.circle(1)).Area() // 16 − π
 */
export declare function face(...args: funcArgs["face"]): Shape;
/**
 * A shell sewn from faces (`tol` for coincident edges). With `ctx`, only the given faces are
 * sewn, into the context shapes (local sewing).
 * @example func.shell(func.box(1, 1, 1).Faces()).ShapeType() // "Shell"
 */
export declare function shell(...args: funcArgs["shell"]): Shape;
/**
 * A solid from shells, or from faces sewn into one (`solid(f1, f2, …)`), or from a list of
 * faces with the faces of inner cavities (`solid([faces], inner)`).
 * @example func.solid(func.box(1, 1, 1).Faces()).Volume() // 1
 */
export declare function solid(...args: funcArgs["solid"]): Shape;
/**
 * A compound of the shapes.
 * @example func.compound(func.box(1, 1, 1), func.sphere(1).moved({ x: 3 })).Solids().length // 2
 */
export declare function compound(...args: funcArgs["compound"]): Shape;
