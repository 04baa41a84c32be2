import type { TraceMap } from "@jridgewell/trace-mapping";
import type { SourceLocation } from "../shared/errors.ts";
import { compileJavaScript } from "./compileJavaScript.ts";
import { compilePython } from "./compilePython.ts";

/** The language a ModelScript is written in (`py`: Python, translated to JavaScript first; see python/). */
export type ScriptLanguage = "ts" | "js" | "py";

/** Options of `compileModelScript`. */
export interface CompileOptions {
  language: ScriptLanguage;
  /** The author's file name, used in messages; defaults to `model.ts` / `model.js`. */
  fileName?: string;
}

/** A ModelScript turned into strict CommonJS, with everything needed to point back at its source. */
export interface CompiledScript {
  readonly language: ScriptLanguage;
  /** The author's file name. */
  readonly fileName: string;
  /** The file name the code is evaluated under: stack frames in it belong to this script. */
  readonly virtualFileName: string;
  /** The normalised source (no BOM, `\n` line ends) that was compiled. */
  readonly source: string;
  /** SHA-256 (hex) of `source`; for Python, of the language and the translated JavaScript. */
  readonly sha256: string;
  /**
   * Strict CommonJS; `require("partforge")` is its only import. Comments are blanked out. Its
   * catch clauses, `finally` blocks and function bodies report what they catch to the hook an
   * evaluator passes as `CAUGHT_HOOK` (see instrument.ts).
   */
  readonly code: string;
  /** The decoded source map from `code` to `source`. */
  readonly sourceMap: TraceMap;
  /** Export name → where the author declared it. */
  readonly exportLocations: ReadonlyMap<string, SourceLocation>;
  /** Each name the script reads from `"partforge"` → where it first reads it. */
  readonly partforgeImports: ReadonlyMap<string, SourceLocation | undefined>;
  /** Maps a 1-based line and 1-based column of `code` (as in stack frames) to the author's source. */
  originalLocation(generatedLine: number, generatedColumn: number): SourceLocation | undefined;
}

/**
 * Compiles a ModelScript (TypeScript or JavaScript ES module, or Python, see compilePython.ts)
 * to strict CommonJS with esbuild's transform (one file, no module resolution), refusing every
 * import but `"partforge"`, `require`, dynamic `import()` and `import.meta` (see
 * importPolicy.ts), names starting with `__partforge` and `arguments` outside functions (they
 * would reach the instrumentation, see instrument.ts).
 * @throws PartforgeError SCRIPT_SYNTAX or IMPORT_NOT_ALLOWED at the author's line:column, with
 *   every esbuild error in `details.diagnostics`.
 * @example const compiled = await compileModelScript(text, { language: "ts", fileName: "block.ts" });
 */
export async function compileModelScript(source: string, options: CompileOptions): Promise<CompiledScript> {
  const normalised = normaliseSource(source);
  const fileName = options.fileName ?? `model.${options.language}`;
  if (options.language === "py") return compilePython(normalised, fileName);
  return (await compileJavaScript(normalised, options.language, fileName)).compiled;
}

/** Drops a byte-order mark and turns CRLF / CR line ends into LF; lines and columns are unchanged. */
export function normaliseSource(source: string): string {
  return source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}
