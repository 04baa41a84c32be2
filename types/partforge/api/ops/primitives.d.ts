import { type VectorLike } from "../vector.ts";
import type { WorkplaneImpl } from "../workplane.ts";
export interface PrimitiveOptions {
    /** Centre on the point (default true), or one flag per axis. */
    centered?: boolean | boolean[];
    /** Fuse with the solid in context (default true). */
    combine?: boolean;
    /** Merge coplanar faces after combining (default true). */
    clean?: boolean;
}
export interface CylinderOptions extends PrimitiveOptions {
    /** Axis direction in local coordinates (default [0, 0, 1]). */
    direct?: VectorLike;
    /** Sector angle in degrees (default 360). */
    angle?: number;
}
export interface SphereOptions extends PrimitiveOptions {
    direct?: VectorLike;
    angle1?: number;
    angle2?: number;
    angle3?: number;
}
export declare function box(wp: WorkplaneImpl, length: number, width: number, height: number, options?: PrimitiveOptions): WorkplaneImpl;
export declare function cylinder(wp: WorkplaneImpl, height: number, radius: number, options?: CylinderOptions): WorkplaneImpl;
export declare function sphere(wp: WorkplaneImpl, radius: number, options?: SphereOptions): WorkplaneImpl;
export interface WedgeOptions extends PrimitiveOptions {
    /** Where the wedge's base corner sits before centring, in the local frame (default [0, 0, 0]). */
    pnt?: VectorLike;
    /** The wedge's own z direction (default [0, 0, 1]). */
    dir?: VectorLike;
}
/**
 * OCCT's (and CadQuery's) wedge: a box `dx` × `dy` × `dz` whose face at y = dy shrinks to the
 * rectangle [xmin, xmax] × [zmin, zmax] (a line or a point when min equals max).
 */
export declare function wedge(wp: WorkplaneImpl, dx: number, dy: number, dz: number, xmin: number, zmin: number, xmax: number, zmax: number, options?: WedgeOptions): WorkplaneImpl;
