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
    /**
     * CadQuery's type name: "Vertex", "Edge", "Wire", "Face", "Shell", "Solid", "Compound".
     * @example Workplane().box(1, 1, 1).val().ShapeType() // "Solid"
     */
    ShapeType(): string;
    /**
     * Surface type of a face or curve type of an edge, with CadQuery's names (PLANE, CIRCLE, …).
     * @example Workplane().cylinder(2, 1).faces("%CYLINDER").val().geomType // "CYLINDER"
     */
    get geomType(): string;
    /**
     * CadQuery spelling: `face.geomType()`.
     * @example Workplane().box(1, 1, 1).faces(">Z").val().geomTypeName() // "PLANE"
     */
    geomTypeName(): string;
    /**
     * Centre of mass (by volume, area, length or position, by the shape's dimension).
     * @example Workplane().box(2, 2, 2).val().center() // [0, 0, 0]
     */
    center(): [number, number, number];
    /**
     * CadQuery spelling of `center()`, as a Vector.
     * @example Workplane().box(2, 2, 2).faces(">Z").val().Center() // Vector(0, 0, 1)
     */
    Center(): Vector;
    /**
     * Outward unit normal of a planar face; undefined for other shapes.
     * @example Workplane().box(2, 2, 2).faces(">Z").val().normal() // [0, 0, 1]
     */
    normal(): [number, number, number] | undefined;
    /**
     * Unit normal of a face at its parametric centre (any surface type).
     * @example Workplane().box(2, 2, 2).faces(">X").val().normalAt() // Vector(1, 0, 0)
     */
    normalAt(): Vector;
    /**
     * Unit direction of a straight edge; undefined for other shapes.
     * @example Workplane().box(2, 2, 2).edges("|Z").val().direction() // [0, 0, ±1]
     */
    direction(): [number, number, number] | undefined;
    /**
     * Radius of a circular edge, of a wire made of arcs of one circle radius, or of a
     * cylindrical/spherical face.
     * @example Workplane().cylinder(2, 3).edges("%CIRCLE").val().radius() // 3
     */
    radius(): number | undefined;
    /** @example Workplane().box(2, 3, 4).edges("|Z").val().length() // 4 */
    length(): number | undefined;
    /**
     * Area of a face, shell or solid (its surface), or of the region a closed planar wire bounds.
     * @example Workplane().rect(2, 3).val().area() // 6
     */
    area(): number | undefined;
    /** @example Workplane().box(2, 3, 4).val().boundingBox().max // [1, 1.5, 2] */
    boundingBox(): {
        min: [number, number, number];
        max: [number, number, number];
    };
    /**
     * Volume of a solid or compound (0 for lower-dimensional shapes).
     * @example Workplane().box(2, 3, 4).val().Volume() // 24
     */
    Volume(): number;
    /**
     * Surface area.
     * @example Workplane().box(1, 1, 1).val().Area() // 6
     */
    Area(): number;
    /**
     * Length of an edge or wire.
     * @example Workplane().circle(1).val().Length() // 2π
     */
    Length(): number;
    /** @example Workplane().box(2, 3, 4).val().BoundingBox().zlen // 4 */
    BoundingBox(): BoundBox;
    /** @example Workplane().box(1, 1, 1).val().isValid() // true */
    isValid(): boolean;
    /** @example Workplane().box(1, 1, 1).val().Vertices().length // 8 */
    Vertices(): Shape[];
    /** @example Workplane().box(1, 1, 1).val().Edges().length // 12 */
    Edges(): Shape[];
    /** @example Workplane().box(1, 1, 1).val().Wires().length // 6 */
    Wires(): Shape[];
    /** @example Workplane().box(1, 1, 1).val().Faces().length // 6 */
    Faces(): Shape[];
    /** @example Workplane().box(1, 1, 1).val().Shells().length // 1 */
    Shells(): Shape[];
    /** @example Workplane().pushPoints([[0, 0], [3, 0]]).box(1, 1, 1).findSolid().Solids().length // 2 */
    Solids(): Shape[];
    /**
     * The point of a vertex.
     * @example Workplane().box(2, 2, 2).vertices(">X and >Y and >Z").val().toTuple() // [1, 1, 1]
     */
    toTuple(): [number, number, number];
    /**
     * Start point of an edge or wire, as drawn.
     * @example Workplane().lineTo(2, 0).val().startPoint() // Vector(0, 0, 0)
     */
    startPoint(): Vector;
    /**
     * End point of an edge or wire, as drawn.
     * @example Workplane().lineTo(2, 0).val().endPoint() // Vector(2, 0, 0)
     */
    endPoint(): Vector;
    /**
     * Point at fraction `t` (0…1) of an edge's parameter range, as drawn.
     * @example Workplane().lineTo(2, 0).val().positionAt(0.5) // Vector(1, 0, 0)
     */
    positionAt(t?: number): Vector;
    /**
     * Unit tangent at fraction `t` (0…1) of an edge's parameter range, as drawn (a wire: at its start or end).
     * @example Workplane().lineTo(2, 0).val().tangentAt(0) // Vector(1, 0, 0)
     */
    tangentAt(t?: number): Vector;
    /**
     * A Location on an edge or wire at fraction `t`, its z along the tangent (CadQuery's
     * `locationAt`), e.g. to place a sketch square to a sweep path.
     * @example Workplane().placeSketch(Sketch().circle(1).moved(path.val().locationAt(0))) // a section square to the path
     */
    locationAt(t: number): Location;
    /**
     * True when an edge or wire ends where it starts.
     * @example Workplane().circle(1).val().IsClosed() // true
     */
    IsClosed(): boolean;
    /**
     * The x, y and z of a vertex (CadQuery's `Vertex.X`, `.Y`, `.Z`).
     * @example Workplane().box(2, 2, 2).vertices(">X and >Y and >Z").val().X // 1
     */
    get X(): number;
    /** @example Workplane().box(2, 2, 2).vertices(">X and >Y and >Z").val().Y // 1 */
    get Y(): number;
    /** @example Workplane().box(2, 2, 2).vertices(">X and >Y and >Z").val().Z // 1 */
    get Z(): number;
    /**
     * A copy moved by `offset`.
     * @example Workplane().box(1, 1, 1).val().translate([0, 0, 2]).Center() // Vector(0, 0, 2)
     */
    translate(offset: VectorLike): Shape;
    /**
     * A copy rotated by `angleDegrees` about the axis from `start` to `end`.
     * @example Workplane().box(1, 1, 4).val().rotate([0, 0, 0], [1, 0, 0], 90)
     */
    rotate(start: VectorLike, end: VectorLike, angleDegrees: number): Shape;
    /**
     * A copy of a shape made around the origin, placed at a stack Location (CadQuery's `moved`).
     * @example Workplane().rarray(5, 5, 2, 2).eachpoint((loc) => Workplane().sphere(1).val().moved(loc))
     */
    moved(location: {
        readonly frame: {
            origin: Vector;
            xDir: Vector;
            zDir: Vector;
        };
    }): Shape;
    /**
     * Same underlying kernel shape (same topology, same location).
     * @example box.faces(">Z").val().isSame(box.faces("+Z").val()) // true
     */
    isSame(other: Shape): boolean;
    toString(): string;
}
export declare function isShape(value: unknown): value is Shape;
/** Removes duplicates (same kernel shape) keeping first occurrences. */
export declare function uniqueShapes(shapes: readonly Shape[]): Shape[];
