import type { DecodedSourceMap } from "@jridgewell/trace-mapping";
import type { ParsedPython } from "./parse.ts";
/** The ModelScript dialect a Python script is written in (issue 17, point 1). */
export type PythonDialect = "parametricparts" | "cqgi";
export interface TranslatedPython {
    readonly code: string;
    /** From `code` to the Python source. */
    readonly map: DecodedSourceMap;
    readonly dialect: PythonDialect;
}
/**
 * A JavaScript identifier for a Python name: never a JavaScript keyword, global, runtime name
 * (those start with `$`) or esbuild helper (`__…`), since no Python name contains a `$`.
 */
export declare const jsName: (name: string) => string;
/** Translates a parsed module. @throws PartforgeError SCRIPT_SYNTAX / IMPORT_NOT_ALLOWED at the Python line:column. */
export declare function translatePython(parsed: ParsedPython, fileName: string): TranslatedPython;
