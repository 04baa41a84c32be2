/**
 * The inputs of OCCT's boolean builders (fuse, cut, common, the splitter, the general fuse), set
 * the one way partforge runs them: non-destructively. In its default mode OCCT may change its
 * arguments in place (widen the tolerances of their vertices and edges to what the intersection
 * needed), so a shape used in one boolean would be another shape in the next: a script that cuts
 * a block and then fuses the same block to something would get a result that depends on the cut,
 * and a shape the operation memo shares between builds would change under it. Non-destructive,
 * OCCT copies what it must change, and a build gives the same file with the memo as without it
 * (test/build/memoReuse.test.ts), locally (the CLI) as in the service.
 */
import type { AnyShape } from "replicad";
import type { NCollection_List_TopoDS_Shape, OpenCascadeInstance, TopoDS_Shape } from "replicad-opencascadejs";
import type { Keep } from "./run.ts";
/** What every OCCT boolean builder has (BRepAlgoAPI_BuilderAlgo). */
interface BooleanBuilder {
    SetArguments(list: NCollection_List_TopoDS_Shape): void;
    SetNonDestructive(flag: boolean): void;
}
/** A builder with tools besides its arguments (BRepAlgoAPI_BooleanOperation, BRepAlgoAPI_Splitter). */
interface BooleanWithTools extends BooleanBuilder {
    SetTools(list: NCollection_List_TopoDS_Shape): void;
}
/** The shapes as an OCCT list (freed with the run's other temporaries). */
export declare function shapeList(oc: OpenCascadeInstance, keep: Keep, shapes: readonly (AnyShape | TopoDS_Shape)[]): NCollection_List_TopoDS_Shape;
/** Gives `builder` its arguments (and tools) and makes it leave them unchanged. */
export declare function setBooleanInputs(oc: OpenCascadeInstance, keep: Keep, builder: BooleanBuilder, args: readonly (AnyShape | TopoDS_Shape)[]): void;
export declare function setBooleanInputs(oc: OpenCascadeInstance, keep: Keep, builder: BooleanWithTools, args: readonly (AnyShape | TopoDS_Shape)[], tools: readonly (AnyShape | TopoDS_Shape)[]): void;
export {};
