/** Turning raw OCCT results into owned replicad shapes without leaking the raw handles. */
import { type AnyShape } from "replicad";
import type { TopoDS_Shape } from "replicad-opencascadejs";
/**
 * Wraps an algorithm's raw result in replicad's typed class, owned by the build's scope, and
 * frees the raw handle (it would otherwise keep the whole geometry alive). A compound holding a
 * single solid comes back as that solid.
 */
export declare function adopt(raw: TopoDS_Shape): AnyShape;
/** Like `adopt`, for a raw handle the caller still needs (and frees) itself. */
export declare function adoptCopy(raw: TopoDS_Shape): AnyShape;
