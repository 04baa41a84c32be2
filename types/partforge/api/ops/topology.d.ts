import type { WorkplaneImpl } from "../workplane.ts";
/**
 * CadQuery's `Workplane.ancestors(kind, tag)`: the shapes of `kind` in the solid in context that
 * contain a shape of the stack, each once, in the stack's order, then the solid's exploration order.
 */
export declare function ancestors(wp: WorkplaneImpl, kind: string, tag: string | undefined): WorkplaneImpl;
/**
 * CadQuery's `Workplane.siblings(kind, level, tag)`: the shapes of the solid in context of the
 * same kind as each stack shape that share a sub-shape of `kind` with it; `level` repeats the
 * step from the siblings found (never returning to a shape already reached). The stack's own
 * shapes are left out.
 */
export declare function siblings(wp: WorkplaneImpl, kind: string, level: number, tag: string | undefined): WorkplaneImpl;
