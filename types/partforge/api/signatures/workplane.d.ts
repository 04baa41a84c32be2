/**
 * CadQuery 2.5's `Workplane` methods (cadquery/cq.py): parameters in Python's order, with
 * their defaults and types. Data only; see `types.ts`.
 */
import type { SignatureTable } from "./types.ts";
export declare const WORKPLANE_SIGNATURES: SignatureTable;
