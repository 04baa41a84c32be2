import { TraceMap } from "@jridgewell/trace-mapping";
import type { Node } from "acorn";
import { type SourceLocation } from "../shared/errors.ts";
import type { CompiledScript } from "./compile.ts";
import { type GeneratedPosition, type ModuleRequire } from "./inspect.ts";
/** The first line of all generated code. */
export declare const STRICT_PROLOGUE = "\"use strict\";\n";
/** A compiled JavaScript text, with what a caller joining it with other compiled code needs. */
export interface JavaScriptCompilation {
    readonly compiled: CompiledScript;
    /**
     * acorn's syntax tree of the generated code before instrumentation and comment blanking; its
     * line numbers are those of `compiled.code` (neither moves a line).
     */
    readonly program: Node;
    /** Every `require("…")` call of the generated code (all allowed, or the compile threw). */
    readonly requires: readonly ModuleRequire[];
}
/**
 * Compiles a TypeScript or JavaScript ES module (`normalised`: no BOM, `\n` line ends), refusing
 * what `compileModelScript` refuses (compile.ts).
 * @throws PartforgeError SCRIPT_SYNTAX or IMPORT_NOT_ALLOWED at the line:column of `normalised`,
 *   with every esbuild error in `details.diagnostics`.
 */
export declare function compileJavaScript(normalised: string, language: "ts" | "js", fileName: string): Promise<JavaScriptCompilation>;
/** The file name a script's code is evaluated under: its hash (so stack frames tell scripts apart) and the author's file name. */
export declare function virtualFileName(sha256: string, fileName: string): string;
/** A generated position (1-based line, 0-based column) → the compiled text's, when the map has one. */
export declare function mapPosition(map: TraceMap, position: GeneratedPosition): SourceLocation | undefined;
