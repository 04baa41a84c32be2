/**
 * CadQuery 2.5's `Sketch` methods (cadquery/sketch.py): parameters in Python's order, with
 * their defaults and types. Data only; see `types.ts`.
 */
import type { SignatureTable } from "./types.ts";
export declare const SKETCH_SIGNATURES: SignatureTable;
