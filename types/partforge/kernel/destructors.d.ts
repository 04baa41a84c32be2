/**
 * replicad-opencascadejs 1.1.0 registers an empty function (its whole body: `end`) as the
 * destructor of most of its classes, so `delete()` on a gp_Pnt, a TopoDS_Shape, a BRepBuilderAPI
 * builder or a TopExp_Explorer frees nothing: not the object's own storage, and, for a shape or a
 * builder, not the B-rep it holds either (only classes deriving from Standard_Transient, and a few
 * others, got a real one). This repairs `delete()` for the classes below whose registered
 * destructor is that empty function (read from the module itself, so a fixed build is left alone):
 *
 * - VALUE_CLASSES have trivial C++ destructors: their storage is freed.
 * - SHAPE_CLASSES hold two handles (TShape, Location) that Nullify() releases: released, then freed.
 * - LOCATION_CLASSES hold one handle, which Clear() releases: released, then freed.
 * - POLYMORPHIC_CLASSES all derive from BRepBuilderAPI_Command, whose destructor is its first
 *   virtual function, so the second entry of their vtable is the deleting destructor (destroy, then
 *   free), the one a C++ `delete` calls: it is called.
 *
 * Each repaired class is covered by test/kernel/destructors.test.ts (its objects come back to the
 * allocator). Only an object whose class is exactly the repaired one is repaired (a subclass may
 * hold more); and only once its last JavaScript handle is deleted (embind's count reaches zero).
 */
import type { OpenCascadeInstance } from "replicad-opencascadejs";
export declare const VALUE_CLASSES: readonly ["gp_Pnt", "gp_Vec", "gp_Dir", "gp_XYZ", "gp_Pnt2d", "gp_Vec2d", "gp_Dir2d", "gp_XY", "gp_Ax1", "gp_Ax2", "gp_Ax3", "gp_Ax2d", "gp_Ax22d", "gp_Pln", "gp_Lin", "gp_Lin2d", "gp_Circ", "gp_Circ2d", "gp_Elips", "gp_Elips2d", "gp_Cylinder", "gp_Sphere", "gp_Cone", "gp_Torus", "gp_Trsf", "gp_Trsf2d", "gp_GTrsf", "gp_GTrsf2d", "gp_Quaternion", "gp_Mat", "Bnd_Box", "Bnd_Box2d", "Quantity_Color"];
export declare const SHAPE_CLASSES: readonly ["TopoDS_Shape", "TopoDS_Vertex", "TopoDS_Edge", "TopoDS_Wire", "TopoDS_Face", "TopoDS_Shell", "TopoDS_Solid", "TopoDS_CompSolid", "TopoDS_Compound"];
export declare const LOCATION_CLASSES: readonly ["TopLoc_Location"];
export declare const POLYMORPHIC_CLASSES: readonly ["BRepBuilderAPI_MakeEdge", "BRepBuilderAPI_MakeWire", "BRepBuilderAPI_MakeFace", "BRepBuilderAPI_MakeShell", "BRepBuilderAPI_MakeSolid", "BRepBuilderAPI_MakePolygon", "BRepBuilderAPI_MakeVertex", "BRepBuilderAPI_Transform", "BRepBuilderAPI_GTransform", "BRepPrimAPI_MakeBox", "BRepPrimAPI_MakeCylinder", "BRepPrimAPI_MakeSphere", "BRepPrimAPI_MakeCone", "BRepPrimAPI_MakeTorus", "BRepPrimAPI_MakePrism", "BRepPrimAPI_MakeRevol", "BRepPrimAPI_MakeHalfSpace", "BRepAlgoAPI_Fuse", "BRepAlgoAPI_Cut", "BRepAlgoAPI_Common", "BRepAlgoAPI_Section", "BRepAlgoAPI_Splitter", "BRepAlgoAPI_BooleanOperation", "BRepAlgoAPI_BuilderAlgo", "BRepFilletAPI_MakeFillet", "BRepFilletAPI_MakeChamfer", "BRepFeat_MakeDPrism", "BRepOffsetAPI_MakeOffsetShape", "BRepOffsetAPI_MakeThickSolid", "BRepOffsetAPI_ThruSections", "BRepOffsetAPI_DraftAngle", "BRepOffsetAPI_MakeFilling", "BRepOffsetAPI_MakeOffset", "BRepOffsetAPI_MakePipe", "BRepOffsetAPI_MakePipeShell"];
type Imports = Record<string, Record<string, unknown>>;
/** Class names (as pointers into the module's memory) → their registered destructors (table indices), as the module registers them. */
export declare class DestructorRecorder {
    #private;
    /** Wraps the module's class-registration import (before instantiation) to record each class's destructor. */
    wrap(imports: Imports): void;
    /** The registered destructor of each class, by name. */
    byName(memory: WebAssembly.Memory): Map<string, number>;
}
/** Installs the repaired `delete()` on every listed class whose registered destructor is empty; returns their names. */
export declare function repairDestructors(oc: OpenCascadeInstance, wasm: Uint8Array, instance: WebAssembly.Instance, recorder: DestructorRecorder): string[];
export {};
