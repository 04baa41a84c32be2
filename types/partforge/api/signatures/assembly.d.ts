import type { SignatureTable } from "./types.ts";
export declare const ASSEMBLY_SIGNATURES: SignatureTable;
