/**
 * Python ModelScripts (issue 17): a Python-subset compiler to a JavaScript ModelScript that the
 * existing pipeline compiles, instruments and runs under the same confinement.
 */
import { TraceMap } from "@jridgewell/trace-mapping";
import { type PythonLimits } from "./parse.ts";
import { type PythonDialect, type TranslatedPython } from "./translate.ts";
export { PYTHON_LIMITS, type PythonLimits } from "./parse.ts";
export { RUNTIME_NAMESPACE, runtimePrelude } from "./runtime.ts";
export { pythonMessage } from "./errors.ts";
export type { PythonDialect, TranslatedPython };
/**
 * Translates Python source (normalised: `\n` line ends, no BOM) to a JavaScript ModelScript.
 * @throws PartforgeError SCRIPT_SYNTAX or IMPORT_NOT_ALLOWED at the Python line:column.
 */
export declare function translatePythonScript(source: string, fileName: string, limits?: Partial<PythonLimits>): TranslatedPython;
/**
 * Composes a map from compiled code to the translated JavaScript with the translator's map to
 * the Python source: a map from compiled code to the Python source. Segments with no Python
 * position (the import the runtime prelude reads through) are dropped.
 */
export declare function composeMaps(compiledToTranslated: TraceMap, translated: TranslatedPython, fileName: string): TraceMap;
/** A 1-based position in the translated JavaScript → the Python source, when it has one. */
export declare function pythonPosition(translated: TranslatedPython, line: number, column: number): {
    line: number;
    column: number;
} | undefined;
/** Whether `source` is Python rather than JavaScript/TypeScript: it parses as Python without error and has Python-only syntax. */
export { looksLikePython } from "./detect.ts";
