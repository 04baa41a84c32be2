import { type SubShapeKind } from "../kernel/index.ts";
import { Vector, type VectorLike } from "./vector.ts";
import { Location } from "./location.ts";
export type ShapeKind = SubShapeKind;
/** A bounding box with CadQuery's field names. */
export interface BoundBox {
    xmin: number;
    ymin: number;
    zmin: number;
    xmax: number;
    ymax: number;
    zmax: number;
    xlen: number;
    ylen: number;
    zlen: number;
    center: Vector;
    /** Length of the diagonal. */
    DiagonalLength: number;
}
/**
 * A vertex, edge, wire, face, shell, solid or compound. Derived facts are computed once.
 * @example Workplane().box(1, 2, 3).val().Volume() // 6
 */
export declare class Shape {
    #private;
    readonly kind: ShapeKind;
    /** CadQuery's type name: "Vertex", "Edge", "Wire", "Face", "Shell", "Solid", "Compound". */
    ShapeType(): string;
    /** Surface type of a face or curve type of an edge, with CadQuery's names (PLANE, CIRCLE, …). */
    get geomType(): string;
    /** CadQuery spelling: `face.geomType()`. */
    geomTypeName(): string;
    /** Centre of mass (by volume, area, length or position, by the shape's dimension). */
    center(): [number, number, number];
    /** CadQuery spelling of `center()`, as a Vector. */
    Center(): Vector;
    /** Outward unit normal of a planar face; undefined for other shapes. */
    normal(): [number, number, number] | undefined;
    /** Unit normal of a face at its parametric centre (any surface type). */
    normalAt(): Vector;
    /** Unit direction of a straight edge; undefined for other shapes. */
    direction(): [number, number, number] | undefined;
    /**
     * Radius of a circular edge, of a wire made of arcs of one circle radius, or of a
     * cylindrical/spherical face.
     */
    radius(): number | undefined;
    length(): number | undefined;
    /** Area of a face, shell or solid (its surface), or of the region a closed planar wire bounds. */
    area(): number | undefined;
    boundingBox(): {
        min: [number, number, number];
        max: [number, number, number];
    };
    /** Volume of a solid or compound (0 for lower-dimensional shapes). */
    Volume(): number;
    /** Surface area. */
    Area(): number;
    /** Length of an edge or wire. */
    Length(): number;
    BoundingBox(): BoundBox;
    isValid(): boolean;
    Vertices(): Shape[];
    Edges(): Shape[];
    Wires(): Shape[];
    Faces(): Shape[];
    Shells(): Shape[];
    Solids(): Shape[];
    /** The point of a vertex. */
    toTuple(): [number, number, number];
    /** Start point of an edge or wire, as drawn. */
    startPoint(): Vector;
    /** End point of an edge or wire, as drawn. */
    endPoint(): Vector;
    /** Point at fraction `t` (0…1) of an edge's parameter range, as drawn. */
    positionAt(t?: number): Vector;
    /** Unit tangent at fraction `t` (0…1) of an edge's parameter range, as drawn (a wire: at its start or end). */
    tangentAt(t?: number): Vector;
    /**
     * A Location on an edge or wire at fraction `t`, its z along the tangent (CadQuery's
     * `locationAt`), e.g. to place a sketch square to a sweep path.
     */
    locationAt(t: number): Location;
    /** True when an edge or wire ends where it starts. */
    IsClosed(): boolean;
    /** The x, y and z of a vertex (CadQuery's `Vertex.X`, `.Y`, `.Z`). */
    get X(): number;
    get Y(): number;
    get Z(): number;
    /** A copy moved by `offset`. */
    translate(offset: VectorLike): Shape;
    /** A copy rotated by `angleDegrees` about the axis from `start` to `end`. */
    rotate(start: VectorLike, end: VectorLike, angleDegrees: number): Shape;
    /** A copy of a shape made around the origin, placed at a stack Location (CadQuery's `moved`). */
    moved(location: {
        readonly frame: {
            origin: Vector;
            xDir: Vector;
            zDir: Vector;
        };
    }): Shape;
    /** Same underlying kernel shape (same topology, same location). */
    isSame(other: Shape): boolean;
    toString(): string;
}
export declare function isShape(value: unknown): value is Shape;
/** Removes duplicates (same kernel shape) keeping first occurrences. */
export declare function uniqueShapes(shapes: readonly Shape[]): Shape[];
