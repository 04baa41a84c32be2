import { createHash } from "node:crypto";
import { transform, type Message, type TransformFailure } from "esbuild";
import { decodedMappings, originalPositionFor, TraceMap, type EncodedSourceMap } from "@jridgewell/trace-mapping";
import { PartforgeError, type ErrorData, type SourceLocation } from "../shared/errors.ts";
import { refusedRequires } from "./importPolicy.ts";
import { inspectOutput, type GeneratedPosition, type OutputFacts } from "./inspect.ts";
import { instrumentation } from "./instrument.ts";
import { composeMaps, pythonPosition, translatePythonScript } from "./python/index.ts";
import { applyInsertions } from "./sourceEdits.ts";

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

const REFUSED = "IMPORT_NOT_ALLOWED" as const;
const SYNTAX = "SCRIPT_SYNTAX" as const;
const STRICT_PROLOGUE = '"use strict";\n';

/**
 * Compiles a ModelScript (TypeScript or JavaScript ES module) to strict CommonJS with esbuild's
 * transform (one file, no module resolution), refusing every import but `"partforge"`, `require`,
 * dynamic `import()` and `import.meta` (see importPolicy.ts), names starting with `__partforge`
 * and `arguments` outside functions (they would reach the instrumentation, see instrument.ts).
 * @throws PartforgeError SCRIPT_SYNTAX or IMPORT_NOT_ALLOWED at the author's line:column, with
 *   every esbuild error in `details.diagnostics`.
 * @example const compiled = await compileModelScript(text, { language: "ts", fileName: "block.ts" });
 */
export async function compileModelScript(source: string, options: CompileOptions): Promise<CompiledScript> {
  const normalised = normaliseSource(source);
  const fileName = options.fileName ?? `model.${options.language}`;
  if (options.language === "py") return compilePython(normalised, fileName);
  return compileJavaScript(normalised, options.language, fileName);
}

/**
 * A Python ModelScript: translated to JavaScript, then compiled exactly as a JavaScript one (the
 * same import policy, instrumentation and checks), with every position mapped back to the `.py`.
 */
async function compilePython(source: string, fileName: string): Promise<CompiledScript> {
  const translated = translatePythonScript(source, fileName);
  let compiled: CompiledScript;
  try {
    compiled = await compileJavaScript(translated.code, "js", fileName);
  } catch (error) {
    // The translator's output is refused only for what the author wrote (e.g. a refused text in a string).
    if (error instanceof PartforgeError && error.location !== undefined) throw error.withLocation(pythonPosition(translated, error.location.line, error.location.column));
    throw error;
  }
  const sourceMap = composeMaps(compiled.sourceMap, translated, fileName);
  const toPython = (at: SourceLocation | undefined) => (at === undefined ? undefined : pythonPosition(translated, at.line, at.column));
  const exportLocations = new Map<string, SourceLocation>();
  for (const [name, at] of compiled.exportLocations) {
    const mapped = toPython(at);
    if (mapped !== undefined) exportLocations.set(name, mapped);
  }
  return {
    language: "py",
    fileName,
    virtualFileName: compiled.virtualFileName,
    source,
    // Of the language and the translation (runtime prelude included), not only the text: the
    // description and build caches key on it, and a new translator or runtime must not reuse
    // what an older one built, nor a TypeScript reading of the same text.
    sha256: createHash("sha256").update(`py\n${translated.code}`).digest("hex"),
    code: compiled.code,
    sourceMap,
    exportLocations,
    partforgeImports: new Map([...compiled.partforgeImports].map(([name, at]) => [name, toPython(at)] as const)),
    originalLocation: (line, column) => mapPosition(sourceMap, { line, column: column - 1 }),
  };
}

async function compileJavaScript(normalised: string, language: "ts" | "js", fileName: string): Promise<CompiledScript> {
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
  return {
    language,
    fileName,
    virtualFileName: `partforge-modelscript/${sha256.slice(0, 16)}/${fileName.replace(/[^\w.-]/g, "_")}`,
    source: normalised,
    sha256,
    code: blankComments(edited.code, comments),
    sourceMap,
    exportLocations,
    partforgeImports: mapAll(facts.partforgeNames),
    originalLocation,
  };
}

/** Drops a byte-order mark and turns CRLF / CR line ends into LF; lines and columns are unchanged. */
export function normaliseSource(source: string): string {
  return source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
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

function mapPosition(map: TraceMap, position: GeneratedPosition): SourceLocation | undefined {
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
