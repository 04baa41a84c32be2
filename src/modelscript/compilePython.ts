/**
 * A Python ModelScript compiled: translated to JavaScript (python/), the translation compiled
 * exactly as a JavaScript ModelScript (compileJavaScript.ts: the same import policy,
 * instrumentation and checks), and the runtime prelude, compiled once per process through the
 * same pipeline (compiledPrelude.ts), put into the output as whole lines right after the
 * statement that binds its `"partforge"` namespace. That is where it ran when it was compiled as
 * the top of every translation: after esbuild's helpers and export table, before the first
 * translated statement, in the same module function. Every position maps back to the `.py`;
 * positions in the prelude map to nothing.
 */
import { createHash } from "node:crypto";
import type { Node } from "acorn";
import { decodedMappings, TraceMap, type SourceMapSegment } from "@jridgewell/trace-mapping";
import { PartforgeError, type SourceLocation } from "../shared/errors.ts";
import type { CompiledScript } from "./compile.ts";
import { compiledPrelude, type CompiledPrelude } from "./compiledPrelude.ts";
import { compileJavaScript, mapPosition, virtualFileName, type JavaScriptCompilation } from "./compileJavaScript.ts";
import { topLevelNames } from "./inspect.ts";
import { composeMaps, pythonPosition, RUNTIME_NAMESPACE, runtimePrelude, translatePythonScript, type TranslatedPython } from "./python/index.ts";

type AnyNode = Node & Record<string, unknown>;

/**
 * Compiles a Python ModelScript (`source` normalised: no BOM, `\n` line ends).
 * @throws PartforgeError SCRIPT_SYNTAX or IMPORT_NOT_ALLOWED at the Python line:column.
 */
export async function compilePython(source: string, fileName: string): Promise<CompiledScript> {
  const translated = translatePythonScript(source, fileName);
  const prelude = await compiledPrelude();
  const { compiled, program } = await compileTranslation(translated, fileName);
  const place = preludePlace(program, compiled.code, prelude);
  const composed = decodedMappings(composeMaps(compiled.sourceMap, translated, fileName));
  const preludeLines = Array.from({ length: prelude.lineCount }, (): SourceMapSegment[] => []);
  const mappings = [...composed.slice(0, place.line), ...preludeLines, ...composed.slice(place.line)] as SourceMapSegment[][];
  const sourceMap = new TraceMap({ version: 3, file: "compiled.js", names: [], sources: [fileName], sourcesContent: [null], mappings });
  const toPython = (at: SourceLocation | undefined) => (at === undefined ? undefined : pythonPosition(translated, at.line, at.column));
  const exportLocations = new Map<string, SourceLocation>();
  for (const [name, at] of compiled.exportLocations) {
    const mapped = toPython(at);
    if (mapped !== undefined) exportLocations.set(name, mapped);
  }
  // Of the language, the runtime and the translation, not only the text: the description and
  // build caches key on it, and a new translator or runtime must not reuse what an older one
  // built, nor a TypeScript reading of the same text.
  const sha256 = createHash("sha256").update("py\n").update(runtimePrelude()).update(translated.code).digest("hex");
  return {
    language: "py",
    fileName,
    virtualFileName: virtualFileName(sha256, fileName),
    source,
    sha256,
    code: compiled.code.slice(0, place.offset) + prelude.code + compiled.code.slice(place.offset),
    sourceMap,
    exportLocations,
    partforgeImports: new Map([...compiled.partforgeImports].map(([name, at]) => [name, toPython(at)] as const)),
    originalLocation: (line, column) => mapPosition(sourceMap, { line, column: column - 1 }),
  };
}

async function compileTranslation(translated: TranslatedPython, fileName: string): Promise<JavaScriptCompilation> {
  try {
    return await compileJavaScript(translated.code, "js", fileName);
  } catch (error) {
    // The translator's output is refused only for what the author wrote (e.g. a refused text in a string).
    if (error instanceof PartforgeError && error.location !== undefined) throw error.withLocation(pythonPosition(translated, error.location.line, error.location.column));
    throw error;
  }
}

/**
 * Where the prelude goes in the compiled translation `code` (whose syntax tree is `program`): the
 * start of the line after the top-level statement binding `RUNTIME_NAMESPACE` (esbuild's
 * `var $pf = __toESM(require("partforge"))`, from the translation's first line), as a 0-based
 * line and an offset.
 * @throws PartforgeError INTERNAL when there is no such statement, another statement shares its
 *   last line, or the translation declares a name the prelude declares too.
 */
function preludePlace(program: Node, code: string, prelude: CompiledPrelude): { line: number; offset: number } {
  const statements = (program as AnyNode).body as AnyNode[];
  const index = statements.findIndex((statement) => bindsNamespace(statement));
  const binding = statements[index];
  if (binding === undefined) throw new PartforgeError("INTERNAL", `the translated script does not bind ${RUNTIME_NAMESPACE}, which the Python runtime reads`);
  const line = binding.loc!.end.line; // 1-based line where it ends = 0-based line after it
  const next = statements[index + 1];
  if (next !== undefined && next.loc!.start.line <= line) throw new PartforgeError("INTERNAL", `the statement binding ${RUNTIME_NAMESPACE} does not end its line`);
  const clash = [...topLevelNames(program)].find((name) => prelude.topLevelNames.has(name));
  if (clash !== undefined) throw new PartforgeError("INTERNAL", `the translated script declares ${clash}, which the Python runtime declares too`);
  let offset = 0;
  for (let passed = 0; passed < line; passed++) {
    const end = code.indexOf("\n", offset);
    if (end < 0) throw new PartforgeError("INTERNAL", `the compiled script has no line ${line + 1}`);
    offset = end + 1;
  }
  return { line, offset };
}

/** `var $pf = …`: the one declarator binds the runtime's namespace. */
function bindsNamespace(statement: AnyNode): boolean {
  if (statement.type !== "VariableDeclaration") return false;
  const declarators = statement.declarations as AnyNode[];
  const id = declarators[0]?.id as AnyNode | undefined;
  return declarators.length === 1 && id?.type === "Identifier" && id.name === RUNTIME_NAMESPACE;
}
