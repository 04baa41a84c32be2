/**
 * Python ModelScripts (issue 17): a Python-subset compiler to a JavaScript ModelScript that the
 * existing pipeline compiles, instruments and runs under the same confinement.
 */
import { TraceMap, decodedMappings, originalPositionFor, type SourceMapSegment } from "@jridgewell/trace-mapping";
import { parsePython, type PythonLimits } from "./parse.ts";
import { translatePython, type PythonDialect, type TranslatedPython } from "./translate.ts";

export { PYTHON_LIMITS, type PythonLimits } from "./parse.ts";
export { RUNTIME_NAMESPACE, runtimePrelude } from "./runtime.ts";
export { pythonMessage } from "./errors.ts";
export type { PythonDialect, TranslatedPython };

/**
 * Translates Python source (normalised: `\n` line ends, no BOM) to a JavaScript ModelScript.
 * @throws PartforgeError SCRIPT_SYNTAX or IMPORT_NOT_ALLOWED at the Python line:column.
 */
export function translatePythonScript(source: string, fileName: string, limits: Partial<PythonLimits> = {}): TranslatedPython {
  return translatePython(parsePython(source, limits), fileName);
}

/**
 * Composes a map from compiled code to the translated JavaScript with the translator's map to
 * the Python source: a map from compiled code to the Python source. Segments with no Python
 * position (the import the runtime prelude reads through) are dropped.
 */
export function composeMaps(compiledToTranslated: TraceMap, translated: TranslatedPython, fileName: string): TraceMap {
  const translator = new TraceMap(translated.map);
  const lines = decodedMappings(compiledToTranslated).map((segments) => {
    const out: SourceMapSegment[] = [];
    for (const segment of segments) {
      if (segment.length < 4) continue;
      const original = originalPositionFor(translator, { line: segment[2]! + 1, column: segment[3]! });
      if (original.line === null) continue;
      out.push([segment[0], 0, original.line - 1, original.column]);
    }
    return out;
  });
  return new TraceMap({ version: 3, file: "compiled.js", names: [], sources: [fileName], sourcesContent: [null], mappings: lines });
}

/** A 1-based position in the translated JavaScript → the Python source, when it has one. */
export function pythonPosition(translated: TranslatedPython, line: number, column: number): { line: number; column: number } | undefined {
  const original = originalPositionFor(new TraceMap(translated.map), { line, column: column - 1 });
  return original.line === null ? undefined : { line: original.line, column: original.column + 1 };
}

/** Whether `source` is Python rather than JavaScript/TypeScript: it parses as Python without error and has Python-only syntax. */
export { looksLikePython } from "./detect.ts";
