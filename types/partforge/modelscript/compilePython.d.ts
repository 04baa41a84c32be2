import type { CompiledScript } from "./compile.ts";
/**
 * Compiles a Python ModelScript (`source` normalised: no BOM, `\n` line ends).
 * @throws PartforgeError SCRIPT_SYNTAX or IMPORT_NOT_ALLOWED at the Python line:column.
 */
export declare function compilePython(source: string, fileName: string): Promise<CompiledScript>;
