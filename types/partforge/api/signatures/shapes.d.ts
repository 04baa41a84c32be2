/**
 * CadQuery 2.5's shape classes (cadquery/occ_impl/shapes.py at v2.5.2): `Shape`, the `Mixin1D`
 * methods of edges and wires, the `Mixin3D` methods of solids and compounds, and `Vertex`, `Edge`,
 * `Wire`, `Face`, `Shell`, `Solid`, `Compound` with their class methods. Parameters in Python's
 * order, with their defaults and types; `@multimethod` forms as overloads. Data only; see `types.ts`.
 */
import type { SignatureTable } from "./types.ts";
/** Methods every shape has (CadQuery's `Shape`). */
export declare const SHAPE_SIGNATURES: SignatureTable;
/** CadQuery's `Mixin1D`: the methods of edges and wires. */
export declare const MIXIN1D_SIGNATURES: SignatureTable;
/** CadQuery's `Mixin3D`: the methods of solids and compounds. */
export declare const MIXIN3D_SIGNATURES: SignatureTable;
export declare const VERTEX_SIGNATURES: SignatureTable;
export declare const EDGE_SIGNATURES: SignatureTable;
export declare const WIRE_SIGNATURES: SignatureTable;
export declare const FACE_SIGNATURES: SignatureTable;
export declare const SHELL_SIGNATURES: SignatureTable;
export declare const SOLID_SIGNATURES: SignatureTable;
export declare const COMPOUND_SIGNATURES: SignatureTable;
