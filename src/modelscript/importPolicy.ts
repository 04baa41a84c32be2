/**
 * The import policy, decided on esbuild's output: a ModelScript imports from `"partforge"` with
 * import statements, and from nothing else in any way. The compiled CommonJS holds a
 * `require("…")` for each import or re-export declaration and for each `require` the author wrote;
 * the source map tells them apart: esbuild maps a call it wrote for a declaration to that
 * declaration's module name (a string literal in the author's source), and an author's call to
 * its own first token.
 */
import type { SourceLocation } from "../shared/errors.ts";
import { IMPORT_ONLY_PARTFORGE, IMPORT_STATEMENT_ONLY, PARTFORGE, type GeneratedPosition, type ModuleRequire } from "./inspect.ts";

export interface RefusedImport {
  message: string;
  location: SourceLocation | undefined;
}

const QUOTES = new Set(['"', "'"]);

/**
 * The refused `require` calls of `requires`, in order; `locate` maps a generated position to the
 * author's `source` (1-based line and column).
 */
export function refusedRequires(
  requires: readonly ModuleRequire[],
  locate: (position: GeneratedPosition) => SourceLocation | undefined,
  source: string,
): RefusedImport[] {
  const lines = source.split("\n");
  const refused: RefusedImport[] = [];
  for (const request of requires) {
    const call = locate(request.at);
    const fromDeclaration = call !== undefined && QUOTES.has(lines[call.line - 1]?.[call.column - 1] ?? "");
    if (fromDeclaration && request.specifier === PARTFORGE) continue;
    refused.push(
      fromDeclaration
        ? { message: `import of "${request.specifier}" is not allowed: ${IMPORT_ONLY_PARTFORGE}`, location: call }
        : { message: `require("${request.specifier}") is not allowed: ${IMPORT_STATEMENT_ONLY}`, location: locate(request.specifierAt) },
    );
  }
  return refused;
}
