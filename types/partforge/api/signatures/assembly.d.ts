/**
 * CadQuery 2.5's `Assembly` (cadquery/assembly.py): the constructor (`__init__`) and methods,
 * parameters in Python's order, with their defaults and types. Data only; see `types.ts`.
 */
import type { SignatureTable } from "./types.ts";
export declare const ASSEMBLY_SIGNATURES: SignatureTable;
