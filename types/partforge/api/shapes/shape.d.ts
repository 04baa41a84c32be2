import { Vector } from "../vector.ts";
import { Location } from "../location.ts";
import type { ShapeArgs } from "../signatures/generated.ts";
import { type ShapeKind } from "./handles.ts";
import { CurveMethods } from "./curveMethods.ts";
import type { Compound } from "./compound.ts";
import type { Edge } from "./edge.ts";
import type { Face } from "./face.ts";
import type { Shell } from "./shell.ts";
import type { Solid } from "./solid.ts";
import type { Vertex } from "./vertex.ts";
import type { Wire } from "./wire.ts";
export type { ShapeKind };
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
export declare class Shape extends CurveMethods {
    #private;
    /**
     * CadQuery's type name: "Vertex", "Edge", "Wire", "Face", "Shell", "Solid", "Compound".
     * @example Workplane().box(1, 1, 1).val().ShapeType() // "Solid"
     */
    ShapeType(...args: ShapeArgs["ShapeType"]): string;
    /**
     * Surface type of a face or curve type of an edge, with CadQuery's names (PLANE, CIRCLE, …).
     * @example Workplane().cylinder(2, 1).faces("%CYLINDER").val().geomType // "CYLINDER"
     */
    get geomType(): string;
    /**
     * CadQuery spelling: `face.geomType()`.
     * @example Workplane().box(1, 1, 1).faces(">Z").val().geomTypeName() // "PLANE"
     */
    geomTypeName(...args: ShapeArgs["geomTypeName"]): string;
    /**
     * Centre of mass (by volume, area, length or position, by the shape's dimension).
     * @example Workplane().box(2, 2, 2).val().center() // [0, 0, 0]
     */
    center(...args: ShapeArgs["center"]): [number, number, number];
    /**
     * CadQuery spelling of `center()`, as a Vector.
     * @example Workplane().box(2, 2, 2).faces(">Z").val().Center() // Vector(0, 0, 1)
     */
    Center(...args: ShapeArgs["Center"]): Vector;
    /**
     * Centre of the bounding box.
     * @example Solid.makeCone(1, 0, 2).CenterOfBoundBox() // Vector(0, 0, 1)
     */
    CenterOfBoundBox(...args: ShapeArgs["CenterOfBoundBox"]): Vector;
    /**
     * Outward unit normal of a planar face; undefined for other shapes (what the selectors use).
     * @example Workplane().box(2, 2, 2).faces(">Z").val().normal() // [0, 0, 1]
     */
    normal(...args: ShapeArgs["normal"]): [number, number, number] | undefined;
    /**
     * Unit direction of a straight edge; undefined for other shapes.
     * @example Workplane().box(2, 2, 2).edges("|Z").val().direction() // [0, 0, ±1]
     */
    direction(...args: ShapeArgs["direction"]): [number, number, number] | undefined;
    /** @example Workplane().box(2, 3, 4).edges("|Z").val().length() // 4 */
    length(...args: ShapeArgs["length"]): number | undefined;
    /**
     * Area of a face, shell or solid (its surface), or of the region a closed planar wire bounds.
     * @example Workplane().rect(2, 3).val().area() // 6
     */
    area(...args: ShapeArgs["area"]): number | undefined;
    /** @example Workplane().box(2, 3, 4).val().boundingBox().max // [1, 1.5, 2] */
    boundingBox(...args: ShapeArgs["boundingBox"]): {
        min: [number, number, number];
        max: [number, number, number];
    };
    /**
     * Volume of a solid or compound (0 for lower-dimensional shapes).
     * @example Workplane().box(2, 3, 4).val().Volume() // 24
     */
    Volume(...args: ShapeArgs["Volume"]): number;
    /**
     * Surface area.
     * @example Workplane().box(1, 1, 1).val().Area() // 6
     */
    Area(...args: ShapeArgs["Area"]): number;
    /** @example Workplane().box(2, 3, 4).val().BoundingBox().zlen // 4 */
    BoundingBox(...args: ShapeArgs["BoundingBox"]): BoundBox;
    /** @example Workplane().box(1, 1, 1).val().isValid() // true */
    isValid(...args: ShapeArgs["isValid"]): boolean;
    /** @example Solid.makeBox(1, 1, 1).isNull() // false */
    isNull(...args: ShapeArgs["isNull"]): boolean;
    /**
     * Same underlying kernel shape (same topology, same location).
     * @example box.faces(">Z").val().isSame(box.faces("+Z").val()) // true
     */
    isSame(...args: ShapeArgs["isSame"]): boolean;
    /**
     * Same kernel shape with the same orientation too.
     * @example box.faces(">Z").val().isEqual(box.faces(">Z").val()) // true
     */
    isEqual(...args: ShapeArgs["isEqual"]): boolean;
    /**
     * OCCT's BRep_Tool::IsClosed, as CadQuery: a wire whose ends meet, a shell without free edges.
     * @example Solid.makeBox(1, 1, 1).Shells()[0].Closed() // true
     */
    Closed(...args: ShapeArgs["Closed"]): boolean;
    /**
     * Faces on one surface and edges on one curve merged (OCCT's ShapeUpgrade_UnifySameDomain).
     * @example Solid.makeBox(1, 1, 1).fuse(Solid.makeBox(1, 1, 1, [1, 0, 0])).clean().Faces().length // 6
     */
    clean(...args: ShapeArgs["clean"]): Shape;
    /**
     * This shape when it is valid; a NOT_SUPPORTED error otherwise (the kernel build has no ShapeFix_Shape).
     * @example Solid.makeBox(1, 1, 1).fix().isValid() // true
     */
    fix(...args: ShapeArgs["fix"]): Shape;
    /**
     * A copy with its own geometry.
     * @example Solid.makeBox(1, 1, 1).copy().Volume() // 1
     */
    copy(...args: ShapeArgs["copy"]): Shape;
    /**
     * The shapes this one is made of, one level down (CadQuery's iteration over a shape): a
     * compound's members, a solid's shells, a shell's faces, a face's wires, a wire's edges, an
     * edge's vertices. Python's `*shape` is `...shape`.
     * @example [...Solid.makeBox(1, 1, 1).shells()].length // 6 (the faces of its one shell)
     */
    [Symbol.iterator](): IterableIterator<Shape>;
    /** @example Workplane().box(1, 1, 1).val().Vertices().length // 8 */
    Vertices(...args: ShapeArgs["Vertices"]): Vertex[];
    /** @example Workplane().box(1, 1, 1).val().Edges().length // 12 */
    Edges(...args: ShapeArgs["Edges"]): Edge[];
    /** @example Workplane().box(1, 1, 1).val().Wires().length // 6 */
    Wires(...args: ShapeArgs["Wires"]): Wire[];
    /** @example Workplane().box(1, 1, 1).val().Faces().length // 6 */
    Faces(...args: ShapeArgs["Faces"]): Face[];
    /** @example Workplane().box(1, 1, 1).val().Shells().length // 1 */
    Shells(...args: ShapeArgs["Shells"]): Shell[];
    /** @example Workplane().pushPoints([[0, 0], [3, 0]]).box(1, 1, 1).findSolid().Solids().length // 2 */
    Solids(...args: ShapeArgs["Solids"]): Solid[];
    /** @example Compound.makeCompound([Solid.makeBox(1, 1, 1)]).Compounds().length // 1 */
    Compounds(...args: ShapeArgs["Compounds"]): Compound[];
    /**
     * The vertices, those the selector picks when given: one as itself, several as a Compound.
     * @example Solid.makeBox(1, 1, 1).vertices(">Z").Vertices().length // 4
     */
    vertices(...args: ShapeArgs["vertices"]): Shape;
    /** @example Solid.makeBox(1, 1, 1).edges("|Z").Edges().length // 4 */
    edges(...args: ShapeArgs["edges"]): Shape;
    /** @example Solid.makeBox(1, 2, 3).faces(">Z or <Z").wires().Wires().length // 2 */
    wires(...args: ShapeArgs["wires"]): Shape;
    /** @example Solid.makeBox(1, 1, 1).faces(">Z").ShapeType() // "Face" */
    faces(...args: ShapeArgs["faces"]): Shape;
    /** @example Solid.makeBox(1, 1, 1).shells().ShapeType() // "Shell" */
    shells(...args: ShapeArgs["shells"]): Shape;
    /** @example Solid.makeBox(1, 1, 1).solids().ShapeType() // "Solid" */
    solids(...args: ShapeArgs["solids"]): Shape;
    /**
     * The first vertex, or the first the selector picks (CadQuery 2.6+'s single selection).
     * @example Solid.makeBox(1, 1, 1).vertex(">X and >Y and >Z").toTuple() // [1, 1, 1]
     */
    vertex(...args: ShapeArgs["vertex"]): Shape;
    /** @example Solid.makeBox(1, 1, 1).edge(">Z and >X").Length() // 1 */
    edge(...args: ShapeArgs["edge"]): Shape;
    /** @example Solid.makeBox(1, 1, 1).wire().Length() // 4 */
    wire(...args: ShapeArgs["wire"]): Shape;
    /** @example Solid.makeBox(1, 1, 1).face(">Z").Center() // Vector(0.5, 0.5, 1) */
    face(...args: ShapeArgs["face"]): Shape;
    /** @example Solid.makeBox(1, 1, 1).solid().Volume() // 1 */
    solid(...args: ShapeArgs["solid"]): Shape;
    /**
     * The Locations this shape stands for (CadQuery 2.6+'s `toLocs`): a compound's members' ones,
     * a face's frame at the middle of its parameters, an edge's at its middle, else its centre.
     * @example Solid.makeBox(2, 2, 2).faces(">Z").toLocs()[0].toTuple() // [1, 1, 2]
     */
    toLocs(...args: ShapeArgs["toLocs"]): Location[];
    /**
     * This shape without the given sub-shapes (CadQuery 2.6+'s `remove`): the containers are rebuilt
     * around what is left.
     * @example Solid.makeBox(1, 1, 1).remove(box.faces(">Z")).Faces().length // 5
     */
    remove(...args: ShapeArgs["remove"]): Shape;
    /**
     * This shape with the sub-shape `old` replaced by `new` ones (CadQuery 2.6+'s `replace`; a
     * compound given as new counts as its members).
     * @example box.replace(box.face(">Z"), box.face(">Z").addHole(hole)) // the box with a holed top
     */
    replace(...args: ShapeArgs["replace"]): Shape;
    /**
     * A copy moved by `vector`.
     * @example Workplane().box(1, 1, 1).val().translate([0, 0, 2]).Center() // Vector(0, 0, 2)
     */
    translate(...args: ShapeArgs["translate"]): Shape;
    /**
     * A copy rotated by `angleDegrees` about the axis from `startVector` to `endVector`.
     * @example Workplane().box(1, 1, 4).val().rotate([0, 0, 0], [1, 0, 0], 90)
     */
    rotate(...args: ShapeArgs["rotate"]): Shape;
    /**
     * A copy scaled by `factor` about the origin.
     * @example Solid.makeBox(1, 1, 1).scale(2).Volume() // 8
     */
    scale(...args: ShapeArgs["scale"]): Shape;
    /**
     * The mirror image through the plane "XY", "XZ" or "YZ" (or the plane with that normal) through `basePointVector`.
     * @example Solid.makeBox(1, 1, 1).mirror("XY").BoundingBox().zmin // -1
     */
    mirror(...args: ShapeArgs["mirror"]): Shape;
    /**
     * A copy transformed by a matrix given as its rows (3 or 4 rows of 4; CadQuery's `Matrix`
     * built from them): a rotation and translation, possibly with a uniform scale or a mirror.
     * @example Solid.makeBox(1, 1, 1).transformShape([[1, 0, 0, 5], [0, 1, 0, 0], [0, 0, 1, 0]]).Center() // Vector(5.5, 0.5, 0.5)
     */
    transformShape(...args: ShapeArgs["transformShape"]): Shape;
    /**
     * As `transformShape`; a skewing or stretching matrix is NOT_SUPPORTED (the kernel build has no BRepBuilderAPI_GTransform).
     * @example Solid.makeBox(1, 1, 1).transformGeometry([[2, 0, 0, 0], [0, 2, 0, 0], [0, 0, 2, 0]]).Volume() // 8
     */
    transformGeometry(...args: ShapeArgs["transformGeometry"]): Shape;
    /**
     * The shape's location (its OCCT location, as CadQuery's `location()`): the identity for a
     * shape as made, or as copied by `translate`, `rotate`, `mirror` and the like; what `moved`,
     * `located`, `move` and `locate` set (they share the geometry and change only the location).
     * A sub-shape reports its location within the world (a face of a moved box: the move).
     * @example Solid.makeBox(1, 1, 1).moved(Location([0, 0, 5])).location().toTuple() // [0, 0, 5]
     */
    location(...args: ShapeArgs["location"]): Location;
    /**
     * The same geometry with its location replaced by `loc` (CadQuery's `located`: not composed
     * with the current location, so a moved shape located at `loc` sits where the unmoved one would).
     * @example Solid.makeCone(1, 0, 2).located(Location([0, 0, 5])).Center().z // 5.5
     */
    located(...args: ShapeArgs["located"]): Shape;
    /**
     * This shape moved by `loc` (a Location or a translation), by each of several (a compound of the
     * moved shapes), or by `x, y, z, rx, ry, rz` (degrees, rotations about the world x, y, z in that
     * order, as CadQuery's `Location(x, y, z, rx, ry, rz)`), as CadQuery's `moved`: the results share
     * this shape's geometry, each with its own location (`location()` reports it).
     * @example Workplane().rarray(5, 5, 2, 2).eachpoint((loc) => Workplane().sphere(1).val().moved(loc))
     */
    moved(...args: ShapeArgs["moved"]): Shape;
    /**
     * Places this shape itself at `loc` (its location replaced) and returns it, as CadQuery's
     * `locate`: every holder of this shape (a Workplane's stack, an Assembly, a variable) sees it
     * placed. The in-place `located`.
     * @example const cone = Solid.makeCone(1, 0, 2); cone.locate(Location([0, 0, 5])); cone.Center().z // 5.5
     */
    locate(...args: ShapeArgs["locate"]): this;
    /**
     * Moves this shape itself and returns it, as CadQuery 2.6+'s `move`: by a Location or a
     * translation, by `x, y, z, rx, ry, rz` (degrees), or by a shape's first `toLocs()` location.
     * Every holder of this shape sees it moved; `moved` returns a new moved shape instead. As `moved`,
     * it changes the location, not the geometry.
     * @example const box = Solid.makeBox(1, 1, 1); box.move({ z: 2 }); box.Center().z // 2.5
     */
    move(...args: ShapeArgs["move"]): this;
    /**
     * This shape fused with the others (OCCT's BRepAlgoAPI_Fuse, not cleaned).
     * @example Solid.makeBox(1, 1, 1).fuse(Solid.makeBox(1, 1, 1, [0.5, 0, 0])).Volume() // 1.5
     */
    fuse(...args: ShapeArgs["fuse"]): Shape;
    /**
     * This shape with the others removed.
     * @example Solid.makeBox(2, 2, 2).cut(Solid.makeBox(1, 2, 2)).Volume() // 4
     */
    cut(...args: ShapeArgs["cut"]): Shape;
    /**
     * What this shape and the others have in common.
     * @example Solid.makeBox(2, 2, 2).intersect(Solid.makeBox(1, 2, 2)).Volume() // 4
     */
    intersect(...args: ShapeArgs["intersect"]): Shape;
    /**
     * This shape split by the others, every piece kept (a compound).
     * @example Solid.makeBox(2, 2, 2).split(Face.makePlane(null, null, [1, 0, 0], [1, 0, 0])).Solids().length // 2
     */
    split(...args: ShapeArgs["split"]): Shape;
    /**
     * The least distance to `other` (0 when they touch or overlap).
     * @example Solid.makeBox(1, 1, 1).distance(Solid.makeBox(1, 1, 1, [3, 0, 0])) // 2
     */
    distance(...args: ShapeArgs["distance"]): number;
    /**
     * The shapes of `kind` within `shape` that contain this one, as a compound.
     * @example box.edges(">Z and >X").ancestors(box, "Face").Faces().length // 2
     */
    ancestors(...args: ShapeArgs["ancestors"]): Shape;
    /**
     * The shapes of this one's kind within `shape` that share a sub-shape of `kind` with it (`level` steps out), as a compound.
     * @example box.faces(">Z").siblings(box, "Edge").Faces().length // 4
     */
    siblings(...args: ShapeArgs["siblings"]): Shape;
    /**
     * The least distance to each of the others, in order.
     * @example Solid.makeBox(1, 1, 1).distances(Vertex.makeVertex(3, 0, 0), Vertex.makeVertex(0, 0, 4)) // [2, 3]
     */
    distances(...args: ShapeArgs["distances"]): number[];
    /** Not in partforge: scripts write no files. @example // return the shape from build(); the request picks the format */
    exportStl(...args: ShapeArgs["exportStl"]): never;
    /** Not in partforge: scripts write no files. @example // return the shape from build(); the request picks the format */
    exportStep(...args: ShapeArgs["exportStep"]): never;
    /** Not in partforge: scripts write no files. @example // return the shape from build(); the request picks the format */
    exportBrep(...args: ShapeArgs["exportBrep"]): never;
    /** Not in partforge: scripts write no files. @example // return the shape from build(); the request picks the format */
    exportBin(...args: ShapeArgs["exportBin"]): never;
    /** Not in partforge: scripts write no files. @example // return the shape from build(); the request picks the format */
    export(...args: ShapeArgs["export"]): never;
    /** Not in partforge: scripts read no files. @example // build the shape in the script instead */
    static importBrep(...args: ShapeArgs["importBrep"]): never;
    /** Not in partforge: scripts read no files. @example // build the shape in the script instead */
    static importBin(...args: ShapeArgs["importBin"]): never;
    /**
     * Not in partforge: CadQuery's `cast` wraps a raw OCCT handle, which scripts never hold; shapes already come as their class.
     * @example Workplane().box(1, 1, 1).val() instanceof Solid // true
     */
    static cast(...args: ShapeArgs["cast"]): never;
    /**
     * Volume of a solid, area of a face or shell, length of an edge or wire (CadQuery's mass with density 1).
     * @example Shape.computeMass(Solid.makeBox(1, 2, 3)) // 6
     */
    static computeMass(...args: ShapeArgs["computeMass"]): number;
    /** @example Shape.centerOfMass(Solid.makeBox(2, 2, 2)) // Vector(1, 1, 1) */
    static centerOfMass(...args: ShapeArgs["centerOfMass"]): Vector;
    /**
     * The mass-weighted centre of several shapes.
     * @example Shape.CombinedCenter([Solid.makeBox(1, 1, 1), Solid.makeBox(1, 1, 1, [2, 0, 0])]) // Vector(1.5, 0.5, 0.5)
     */
    static CombinedCenter(...args: ShapeArgs["CombinedCenter"]): Vector;
    /**
     * The centre of the bounding box of several shapes.
     * @example Shape.CombinedCenterOfBoundBox([Solid.makeBox(1, 1, 1), Solid.makeBox(1, 1, 1, [2, 0, 0])]) // Vector(1.5, 0.5, 0.5)
     */
    static CombinedCenterOfBoundBox(...args: ShapeArgs["CombinedCenterOfBoundBox"]): Vector;
    toString(): string;
}
