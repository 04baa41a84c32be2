/**
 * What a selector needs to know about a shape. The Workplane's `Shape` satisfies this interface;
 * tests use hand-made objects, so every selector runs without the geometry kernel.
 */

/** A point or a direction, x, y, z in model units. */
export type Vec3 = readonly [number, number, number];

/**
 * The key of `Selectable`'s optional centre bound: a symbol, so it is not a script-facing method
 * name of the shapes that implement it.
 */
export const CENTER_BOUNDS: unique symbol = Symbol("partforge.centerBounds");

/** The topological kinds of shape a selector can be given (CadQuery's `ShapeType()`, lower-case). */
export type SelectableKind = "vertex" | "edge" | "wire" | "face" | "shell" | "solid" | "compound";

/**
 * One candidate object of a selection. Only `kind`, `geomType` and `center()` are required;
 * the optional members are asked for only by the selectors that need them, and an object that
 * lacks one (or returns `undefined`) is simply not considered by that selector.
 */
export interface Selectable {
  /** The topological kind. Direction tests apply only to faces and edges; nth-by-length only to edges and wires; … */
  readonly kind: SelectableKind;
  /**
   * CadQuery's geometry type name, upper-case. Faces: PLANE, CYLINDER, CONE, SPHERE, TORUS, BEZIER,
   * BSPLINE, REVOLUTION, EXTRUSION, OFFSET, OTHER. Edges: LINE, CIRCLE, ELLIPSE, HYPERBOLA,
   * PARABOLA, BEZIER, BSPLINE, OFFSET, OTHER. Other kinds: the kind upper-cased ("VERTEX", "SOLID", …).
   * `%TYPE` compares against it; direction selectors require PLANE (faces) or LINE (edges).
   */
  readonly geomType: string;
  /**
   * CadQuery's `Center()`: the centre of mass (by length, area or volume per the kind), the point
   * itself for a vertex. Used by `>`, `<`, `>>`, `<<`, `>Z[n]`, the box and nearest-point selectors.
   */
  center(): Vec3;
  /**
   * Planar faces only: the outward unit normal (CadQuery's `normalAt()`, which respects the face's
   * orientation). `undefined` for anything else. Used by `|`, `#`, `+`, `-` and `>Z[n]`.
   */
  normal?(): Vec3 | undefined;
  /**
   * Straight edges only: the unit tangent (CadQuery's `tangentAt()`, in the curve's parametric
   * direction, which is not necessarily the edge's orientation). `undefined` otherwise.
   * Used by `|`, `#`, `+`, `-` and `>Z[n]`.
   */
  direction?(): Vec3 | undefined;
  /**
   * Radius of a circular edge or arc, or of a wire that is one circle (CadQuery's `radius()`).
   * `undefined` when the object is not circular. Faces may report one too (cylinders, spheres),
   * but `RadiusNthSelector`, like CadQuery's, considers only edges and wires.
   */
  radius?(): number | undefined;
  /** Length of an edge or wire. Used by `LengthNthSelector` (edges and wires only). */
  length?(): number | undefined;
  /**
   * Surface area of a face, shell or solid; for a wire, the area of the face it bounds when it is
   * closed and planar, else `undefined`. Used by `AreaNthSelector`.
   */
  area?(): number | undefined;
  /** Axis-aligned bounding box. Used by `BoxSelector` with `{ boundingbox: true }`; objects without one are not selected. */
  boundingBox?(): { readonly min: Vec3; readonly max: Vec3 };
  /**
   * An axis-aligned box that surely contains `center()` (a loose box around the whole object),
   * much cheaper than `center()` itself, or `undefined`. The centre-ordering selectors use it to
   * skip the centres that cannot change which objects they return (`narrowToEndGroup`).
   */
  [CENTER_BOUNDS]?(): { readonly min: Vec3; readonly max: Vec3 } | undefined;
}
