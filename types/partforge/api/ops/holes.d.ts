import type { WorkplaneImpl } from "../workplane.ts";
export declare function hole(wp: WorkplaneImpl, diameter: number, depth: number | undefined, options?: {
    clean?: boolean;
}): WorkplaneImpl;
export declare function cboreHole(wp: WorkplaneImpl, diameter: number, cboreDiameter: number, cboreDepth: number, depth: number | undefined, options?: {
    clean?: boolean;
}): WorkplaneImpl;
export declare function cskHole(wp: WorkplaneImpl, diameter: number, cskDiameter: number, cskAngle: number, depth: number | undefined, options?: {
    clean?: boolean;
}): WorkplaneImpl;
