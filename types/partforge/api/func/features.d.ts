import { type Shape } from "../shape.ts";
import type { funcArgs } from "../signatures/generated.ts";
/**
 * Each vertex, edge, wire or face of `s` swept along the vector `d` (both ways when `both`).
 * @example func.extrude(func.rect(1, 1), [0, 0, 1]).Faces().length // 4 (an open tube)
 */
export declare function extrude(...args: funcArgs["extrude"]): Shape;
/**
 * Each vertex, edge, wire or face of `s` revolved by `a` degrees about the axis through `p` along `d`.
 * @example func.revolve(func.rect(1, 1).moved({ x: 2 }), [0, 0, 0], [0, 1, 0]) // a square ring
 */
export declare function revolve(...args: funcArgs["revolve"]): Shape;
/**
 * Edges, wires or faces swept along `path` (one section, or a list of sections along it);
 * faces give solids (their holes swept and cut out), wires give shells, solids with `cap`.
 * @example func.sweep(func.circle(0.5), func.segment([0, 0, 0], [0, 0, 5]), { cap: true }).Volume() // 1.25π
 */
export declare function sweep(...args: funcArgs["sweep"]): Shape;
/**
 * A loft through sections (edges, wires or faces; a vertex may end it): faces give solids,
 * wires give a shell, a solid with `cap`.
 * @example func.loft(func.circle(1), func.rect(1, 1).moved({ z: 2 }), { cap: true }).Solids().length // 1
 */
export declare function loft(...args: funcArgs["loft"]): Shape;
/**
 * Faces or shells offset by `t` along their normals: with `cap` (default) the solid between the
 * face and its offset; `both` offsets both ways.
 * @example func.offset(func.plane(1, 1), 0.1).Volume() // 0.1
 */
export declare function offset(...args: funcArgs["offset"]): Shape;
/**
 * `s` (a solid or shell) with `edges` rounded to radius `r`.
 * @example func.fillet(func.box(2, 2, 2), func.box(2, 2, 2).Edges()[0], 0.5)
 */
export declare function fillet(...args: funcArgs["fillet"]): Shape;
/**
 * `s` (a solid or shell) with `edges` bevelled by `d`.
 * @example func.chamfer(func.box(2, 2, 2), func.box(2, 2, 2).Edges()[0], 0.5)
 */
export declare function chamfer(...args: funcArgs["chamfer"]): Shape;
/**
 * A surface filling the closed boundary `s` (edges or wires), through the optional
 * constraint points and edges.
 * @example func.fill(func.circle(1)).Area() // π
 */
export declare function fill(...args: funcArgs["fill"]): Shape;
/**
 * Like `fill`, meeting the faces of `ctx` along the boundary smoothly (tangent, G1).
 * @example func.cap(openBox.edges(">Z"), openBox)
 */
export declare function cap(...args: funcArgs["cap"]): Shape;
/**
 * A prismatic feature on `ctx` from `faces` (or closed edges and wires): `t` a height along
 * each face's normal, a face to go up to, two faces to go between, or None (null) through all;
 * `additive: false` cuts it out; `angle` drafts its sides.
 * @example func.prism(func.box(10, 10, 10), null, func.circle(1).moved({ z: 10 }), null, { additive: false })
 */
export declare function prism(...args: funcArgs["prism"]): Shape;
