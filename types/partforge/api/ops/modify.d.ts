import type { WorkplaneImpl } from "../workplane.ts";
export declare function fillet(wp: WorkplaneImpl, radius: number): WorkplaneImpl;
export declare function chamfer(wp: WorkplaneImpl, length: number, length2: number | undefined): WorkplaneImpl;
export declare function shell(wp: WorkplaneImpl, thickness: number, options?: {
    kind?: "arc" | "intersection";
}): WorkplaneImpl;
