import type { SignatureTable } from "./types.ts";
export declare const SKETCH_SIGNATURES: SignatureTable;
