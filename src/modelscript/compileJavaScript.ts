/**
 * The JavaScript pipeline every ModelScript goes through (a Python one after translation, see
 * compilePython.ts): esbuild's transform to strict CommonJS, the inspection of its output
 * (import policy, refused constructs), the instrumentation (instrument.ts), the namespace
 * import made a shared object (namespaceImport.ts) and a source map from the generated code to
 * the text that was compiled.
 */
import { createHash } from "node:crypto";
import { transform, type Message, type TransformFailure } from "esbuild";
import { decodedMappings, originalPositionFor, TraceMap, type EncodedSourceMap } from "@jridgewell/trace-mapping";
import type { Node } from "acorn";
import { PartforgeError, type ErrorData, type SourceLocation } from "../shared/errors.ts";
import type { CompiledScript } from "./compile.ts";
import { refusedRequires } from "./importPolicy.ts";
import { inspectOutput, type GeneratedPosition, type ModuleRequire, type OutputFacts } from "./inspect.ts";
import { instrumentation } from "./instrument.ts";
import { namespaceHelperLines, withSharedNamespace } from "./namespaceImport.ts";
import { applyInsertions } from "./sourceEdits.ts";

const REFUSED = "IMPORT_NOT_ALLOWED" as const;
const SYNTAX = "SCRIPT_SYNTAX" as const;
/** The first line of all generated code. */
export const STRICT_PROLOGUE = '"use strict";\n';

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
export async function compileJavaScript(normalised: string, language: "ts" | "js", fileName: string): Promise<JavaScriptCompilation> {
  const sha256 = createHash("sha256").update(normalised).digest("hex");
  const { code: rawCode, map } = await runEsbuild(normalised, language, fileName);
  const generated = STRICT_PROLOGUE + rawCode;
  const esbuildMap = new TraceMap({ ...map, mappings: ";" + map.mappings });
  const locate = (at: GeneratedPosition) => mapPosition(esbuildMap, at);
  const facts = inspect(generated);
  const instrumentation = instrument(generated, facts);
  const refused = [
    ...facts.forbidden.map((item) => ({ code: REFUSED, message: item.message, location: locate(item.at) })),
    ...refusedRequires(facts.requires, locate, normalised).map((item) => ({ code: REFUSED, ...item })),
    ...instrumentation.reserved.map((item) => ({ code: SYNTAX, message: item.message, location: locate(item.at) })),
  ].sort((a, b) => compareLocations(a.location, b.location));
  const first = refused[0];
  if (first !== undefined) {
    const diagnostics = refused.map((item) => errorData(item.code, item.message, item.location));
    throw new PartforgeError(first.code, first.message, { location: first.location, details: { diagnostics } });
  }
  const mapAll = (positions: Map<string, GeneratedPosition>) => new Map([...positions].map(([name, at]) => [name, locate(at)] as const));
  const exportLocations = new Map(
    [...mapAll(facts.exports)].filter((entry): entry is [string, SourceLocation] => entry[1] !== undefined),
  );
  const edited = applyInsertions(generated, instrumentation.insertions, decodedMappings(esbuildMap));
  const sourceMap = new TraceMap({ ...map, mappings: edited.mappings });
  const originalLocation = (line: number, column: number) => mapPosition(sourceMap, { line, column: column - 1 });
  const comments = facts.comments.map(({ start, end }) => ({ start: edited.movedOffset(start), end: edited.movedOffset(end - 1) + 1 }));
  const blanked = blankComments(edited.code, comments);
  // Neither the instrumentation nor the blanking moves a line, so the helper's lines are still its own.
  const helper = namespaceHelperLines(facts.program, generated);
  const compiled: CompiledScript = {
    language,
    fileName,
    virtualFileName: virtualFileName(sha256, fileName),
    source: normalised,
    sha256,
    code: helper === undefined ? blanked : withSharedNamespace(blanked, helper),
    sourceMap,
    exportLocations,
    partforgeImports: mapAll(facts.partforgeNames),
    originalLocation,
  };
  return { compiled, program: facts.program, requires: facts.requires };
}

/** The file name a script's code is evaluated under: its hash (so stack frames tell scripts apart) and the author's file name. */
export function virtualFileName(sha256: string, fileName: string): string {
  return `partforge-modelscript/${sha256.slice(0, 16)}/${fileName.replace(/[^\w.-]/g, "_")}`;
}

async function runEsbuild(source: string, language: "ts" | "js", fileName: string): Promise<{ code: string; map: EncodedSourceMap }> {
  let result;
  try {
    result = await transform(source, {
      loader: language,
      sourcefile: fileName,
      format: "cjs",
      platform: "neutral",
      target: "node20",
      sourcemap: "external",
      sourcesContent: false,
      legalComments: "none",
      logLevel: "silent",
      // Keep every import, even one used only as a type, so that a refused import is always refused.
      tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
    });
  } catch (error) {
    if (isTransformFailure(error)) throw compileFailure(error.errors);
    throw error;
  }
  const importMeta = result.warnings.filter((warning) => warning.id === "empty-import-meta");
  if (importMeta.length > 0) {
    throw compileFailure(importMeta.map((warning) => ({ ...warning, text: "import.meta is not available in a ModelScript", detail: REFUSED })));
  }
  if (result.map === "") throw new PartforgeError("INTERNAL", "esbuild produced no source map for the script");
  return { code: result.code, map: JSON.parse(result.map) as EncodedSourceMap };
}

function isTransformFailure(error: unknown): error is TransformFailure {
  return error instanceof Error && Array.isArray((error as Partial<TransformFailure>).errors);
}

/** Source order; an unknown location last. */
function compareLocations(a: SourceLocation | undefined, b: SourceLocation | undefined): number {
  if (a === undefined || b === undefined) return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
  return a.line - b.line || a.column - b.column;
}

function compileFailure(messages: Message[]): PartforgeError {
  const diagnostics = messages.map((message) => {
    const code = message.detail === REFUSED ? REFUSED : "SCRIPT_SYNTAX";
    return errorData(code, message.text, esbuildLocation(message));
  });
  const first = diagnostics[0];
  if (first === undefined) return new PartforgeError("SCRIPT_SYNTAX", "the script could not be compiled");
  const location = first.line === undefined ? undefined : { line: first.line, column: first.column ?? 1 };
  return new PartforgeError(first.code, first.message, { location, details: { diagnostics } });
}

/** esbuild counts columns in UTF-8 bytes from 0; authors (and source maps) count UTF-16 characters from 1. */
function esbuildLocation(message: Message): SourceLocation | undefined {
  const location = message.location;
  if (location === null) return undefined;
  const prefix = Buffer.from(location.lineText, "utf8").subarray(0, location.column).toString("utf8");
  return { line: location.line, column: prefix.length + 1 };
}

function instrument(code: string, facts: OutputFacts): ReturnType<typeof instrumentation> {
  try {
    return instrumentation(facts.program, code, facts.comments);
  } catch (error) {
    throw new PartforgeError("INTERNAL", "the compiled script could not be instrumented", { cause: error });
  }
}

function inspect(code: string): ReturnType<typeof inspectOutput> {
  try {
    return inspectOutput(code);
  } catch (error) {
    throw new PartforgeError("INTERNAL", "the compiled script could not be inspected", { cause: error });
  }
}

/** A generated position (1-based line, 0-based column) → the compiled text's, when the map has one. */
export function mapPosition(map: TraceMap, position: GeneratedPosition): SourceLocation | undefined {
  if (position.line < 1 || position.column < 0) return undefined;
  const original = originalPositionFor(map, position);
  if (original.line === null) return undefined;
  return { line: original.line, column: original.column + 1 };
}

function errorData(code: ErrorData["code"], message: string, location: SourceLocation | undefined): ErrorData {
  const data: ErrorData = { code, message };
  if (location !== undefined) {
    data.line = location.line;
    data.column = location.column;
  }
  return data;
}

/**
 * Removes the comments esbuild keeps (its runtime helpers' notes, `@__PURE__` marks) without
 * moving any code: a comment that ends its line is deleted with the blanks before it, one
 * followed by code on its line becomes spaces. Lines and columns, hence the map, stay valid.
 */
function blankComments(code: string, comments: ReadonlyArray<{ start: number; end: number }>): string {
  let result = "";
  let from = 0;
  for (const { start, end } of comments) {
    const pieces = code.slice(start, end).split(LINE_BREAK);
    const endsLine = end === code.length || LINE_BREAK.test(code[end]!);
    const before = code.slice(from, start);
    result += pieces.length > 1 || endsLine ? before.replace(/[ \t]+$/, "") : before;
    pieces.forEach((piece, index) => {
      const isBreak = index % 2 === 1;
      const isLast = index === pieces.length - 1;
      result += isBreak ? piece : isLast && !endsLine ? " ".repeat(piece.length) : "";
    });
    from = end;
  }
  return result + code.slice(from);
}

const LINE_BREAK = /(\r\n|[\n\r\u2028\u2029])/;
