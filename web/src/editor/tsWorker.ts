/**
 * The TypeScript language service in a Web Worker, for the editor: type errors against the
 * `partforge` declarations (types/partforge, `npm run types`), syntax errors, the import policy
 * (only `import … from "partforge"`), completion and hover docs. Nothing is built or sent: the
 * script and the declarations live in memory here. Loaded only by the editor, on first use.
 */
import ts from "typescript";
import { DECLARATION_FILES, PARTFORGE_ENTRY } from "partforge:ts-declarations";
import type { CheckDiagnostic, CompletionEntry, WorkerAnswer, WorkerRequest } from "./protocol.ts";

// The server's wording (src/modelscript/inspect.ts), so the editor and a save say the same.
const PARTFORGE = "partforge";
const IMPORT_ONLY_PARTFORGE = `a ModelScript can only import from "${PARTFORGE}"`;
const IMPORT_STATEMENT_ONLY = `${IMPORT_ONLY_PARTFORGE}, with an import statement`;

const files = new Map<string, string>(Object.entries(DECLARATION_FILES));
const script = { name: "/model.ts", text: "", version: 0 };
/** Everything "partforge" exports is also a global of a ModelScript (src/modelscript/evaluate.ts): declared here. */
const GLOBALS_FILE = "/partforge-globals.d.ts";

function optionsFor(language: "ts" | "js"): ts.CompilerOptions {
  return {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts"],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    allowImportingTsExtensions: true,
    allowJs: language === "js",
    checkJs: false,
    baseUrl: "/",
    moduleDetection: ts.ModuleDetectionKind.Force,
    paths: { [PARTFORGE]: [PARTFORGE_ENTRY] },
  };
}

let options = optionsFor("ts");
const host: ts.LanguageServiceHost = {
  getScriptFileNames: () => (files.has(GLOBALS_FILE) ? [script.name, GLOBALS_FILE] : [script.name]),
  getScriptVersion: (name) => (name === script.name ? String(script.version) : "0"),
  getScriptSnapshot: (name) => {
    const text = name === script.name ? script.text : files.get(name);
    return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
  },
  getCurrentDirectory: () => "/",
  getCompilationSettings: () => options,
  getDefaultLibFileName: () => "/lib/lib.d.ts",
  fileExists: (name) => name === script.name || files.has(name),
  readFile: (name) => (name === script.name ? script.text : files.get(name)),
  directoryExists: (name) => {
    const prefix = name.endsWith("/") ? name : `${name}/`;
    for (const file of files.keys()) if (file.startsWith(prefix)) return true;
    return false;
  },
  getDirectories: () => [],
};
const service = ts.createLanguageService(host, ts.createDocumentRegistry());

/**
 * Declares the module's value exports as globals, read from the declarations themselves (so they
 * follow `npm run types`): a probe script imports the module and the checker lists its exports.
 */
function declareGlobals(): void {
  if (files.has(GLOBALS_FILE)) return;
  use(`import * as probe from "${PARTFORGE}";\nexport {};\n`, "ts");
  const program = service.getProgram()!;
  const checker = program.getTypeChecker();
  const sourceFile = program.getSourceFile(script.name)!;
  const declaration = sourceFile.statements.find(ts.isImportDeclaration)!;
  const moduleSymbol = checker.getSymbolAtLocation(declaration.moduleSpecifier);
  const names =
    moduleSymbol === undefined
      ? []
      : checker
          .getExportsOfModule(moduleSymbol)
          .filter((symbol) => {
            const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
            return (target.flags & ts.SymbolFlags.Value) !== 0;
          })
          .map((symbol) => symbol.name);
  files.set(
    GLOBALS_FILE,
    `import type * as P from "${PARTFORGE}";\ndeclare global {\n${names.map((name) => `  const ${name}: typeof P.${name};`).join("\n")}\n}\nexport {};\n`,
  );
  script.version += 1;
}

function use(text: string, language: "ts" | "js"): void {
  const name = language === "js" ? "/model.js" : "/model.ts";
  if (name !== script.name) {
    script.name = name;
    options = optionsFor(language);
  }
  if (text !== script.text) {
    script.text = text;
    script.version += 1;
  }
}

function diagnosticOf(diagnostic: ts.Diagnostic, source: string): CheckDiagnostic {
  const from = diagnostic.start ?? 0;
  return {
    from,
    to: from + Math.max(diagnostic.length ?? 0, 0),
    severity: diagnostic.category === ts.DiagnosticCategory.Error ? "error" : "warning",
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
    source,
  };
}

/** The import policy on the syntax tree: `import`/`export … from "partforge"` only; no `require`, no `import()`. */
function importProblems(sourceFile: ts.SourceFile): CheckDiagnostic[] {
  const found: CheckDiagnostic[] = [];
  const refuse = (node: ts.Node, message: string) =>
    found.push({ from: node.getStart(sourceFile), to: node.getEnd(), severity: "error", message, source: "imports" });
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (node.moduleSpecifier.text !== PARTFORGE) refuse(node.moduleSpecifier, `import of "${node.moduleSpecifier.text}" is not allowed: ${IMPORT_ONLY_PARTFORGE}`);
    } else if (ts.isImportEqualsDeclaration(node)) {
      refuse(node, `import … = require() is not allowed: ${IMPORT_STATEMENT_ONLY}`);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const argument = node.arguments[0];
      const name = argument && ts.isStringLiteralLike(argument) ? argument.text : "…";
      if (callee.kind === ts.SyntaxKind.ImportKeyword) refuse(node, `import("${name}") is not allowed: ${IMPORT_STATEMENT_ONLY}`);
      else if (ts.isIdentifier(callee) && callee.text === "require") refuse(node, `require("${name}") is not allowed: ${IMPORT_STATEMENT_ONLY}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function check(): CheckDiagnostic[] {
  const syntax = service.getSyntacticDiagnostics(script.name).map((d) => diagnosticOf(d, "syntax"));
  const sourceFile = service.getProgram()?.getSourceFile(script.name);
  const imports = sourceFile ? importProblems(sourceFile) : [];
  // Type errors only for TypeScript; a refused import's "cannot find module" would say it twice.
  const types =
    script.name === "/model.ts"
      ? service
          .getSemanticDiagnostics(script.name)
          .filter((d) => !(d.code === 2307 && imports.some((i) => i.from <= (d.start ?? -1) && (d.start ?? -1) < i.to)))
          .map((d) => diagnosticOf(d, "types"))
      : [];
  return [...syntax, ...imports, ...types];
}

function complete(pos: number): { from: number; entries: CompletionEntry[] } {
  let from = pos;
  while (from > 0 && /[\w$]/.test(script.text[from - 1]!)) from -= 1;
  const info = service.getCompletionsAtPosition(script.name, pos, { includeCompletionsWithInsertText: true });
  if (info === undefined) return { from, entries: [] };
  const entries = info.entries
    .filter((entry) => !entry.name.startsWith("__"))
    .slice(0, 400)
    .map((entry) => ({ label: entry.name, kind: entry.kind }));
  return { from, entries };
}

function hover(pos: number) {
  const info = service.getQuickInfoAtPosition(script.name, pos);
  if (info === undefined) return null;
  return {
    from: info.textSpan.start,
    to: info.textSpan.start + info.textSpan.length,
    signature: ts.displayPartsToString(info.displayParts),
    docs: [ts.displayPartsToString(info.documentation), ...(info.tags ?? []).map((tag) => `@${tag.name} ${ts.displayPartsToString(tag.text)}`)].filter((t) => t.trim() !== "").join("\n\n"),
  };
}

self.addEventListener("message", (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  let answer: WorkerAnswer;
  try {
    declareGlobals();
    use(request.text, request.language);
    if (request.kind === "check") answer = { id: request.id, kind: "check", diagnostics: check() };
    else if (request.kind === "complete") answer = { id: request.id, kind: "complete", ...complete(request.pos) };
    else answer = { id: request.id, kind: "hover", info: hover(request.pos) };
  } catch (error) {
    answer = { id: request.id, kind: "failed", message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
});
