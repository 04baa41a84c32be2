/**
 * CadQuery's free functions (`cadquery.func`, defined in cadquery/occ_impl/shapes.py):
 * parameters in Python's order, with their defaults and types. Data only; see `types.ts`.
 *
 * The lists are those of CadQuery at commit d6729f51 (the commit the documentation ports in
 * test/conformance cite), a superset of 2.5.2's: 2.5's calls bind the same, except that
 * `fillet`/`chamfer` name their edges parameter `edges` (2.5: `e`) and `fuse` takes more shapes
 * positionally before `tol`. Python's keyword-only parameters (after `*args`) are `keywordOnly`.
 * `history`/`name` (CadQuery's operation history) are accepted only as None.
 */
import type { SignatureTable } from "./types.ts";
export declare const FUNC_SIGNATURES: SignatureTable;
