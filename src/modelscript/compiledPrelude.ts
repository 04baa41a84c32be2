/**
 * The Python runtime prelude (python/runtime.js) compiled once per process, through the same
 * pipeline as a script: esbuild, the inspection (no import, `require`, `import()`,
 * `import.meta`, reserved name), the instrumentation of every catch clause, `finally` block and
 * function body, comments blanked. Each Python compile then compiles only its own translation
 * and joins the two (compilePython.ts): the prelude's 1,700 lines were most of the time a Python
 * compile took.
 */
import { PartforgeError } from "../shared/errors.ts";
import { compileJavaScript, STRICT_PROLOGUE, type JavaScriptCompilation } from "./compileJavaScript.ts";
import { topLevelNames } from "./inspect.ts";
import { runtimePrelude } from "./python/index.ts";

/** The compiled prelude: the same frozen object for every compile of the process. */
export interface CompiledPrelude {
  /**
   * Strict-mode code (it goes after the script's `"use strict"` line, so it has none of its
   * own), instrumented, without comments: whole lines, ending with a line break.
   */
  readonly code: string;
  /** How many lines `code` has. */
  readonly lineCount: number;
  /** Every name the prelude's top level declares. */
  readonly topLevelNames: ReadonlySet<string>;
}

/** The file name the prelude is compiled under (esbuild's messages only: the prelude has no source map). */
const PRELUDE_FILE = "partforge-python-runtime.js";

let compiling: Promise<CompiledPrelude> | undefined;

/**
 * The compiled prelude, compiled on first use. A failure (only a defect of runtime.js or of the
 * pipeline can fail it) is not kept: the next call tries again.
 * @throws PartforgeError INTERNAL when the prelude does not compile to a plain script.
 */
export function compiledPrelude(): Promise<CompiledPrelude> {
  compiling ??= compilePrelude().catch((error: unknown) => {
    compiling = undefined;
    throw error;
  });
  return compiling;
}

async function compilePrelude(): Promise<CompiledPrelude> {
  let compilation: JavaScriptCompilation;
  try {
    compilation = await compileJavaScript(runtimePrelude(), "js", PRELUDE_FILE);
  } catch (error) {
    throw new PartforgeError("INTERNAL", "the Python runtime could not be compiled", { cause: error });
  }
  const { compiled, program, requires } = compilation;
  const names = topLevelNames(program);
  // esbuild writes helpers (named __…) and a require only for an import or export: the prelude
  // has neither, so its code needs nothing but the script's, and declares none of esbuild's names.
  const helper = [...names].find((name) => name.startsWith("__"));
  if (requires.length > 0 || helper !== undefined || !compiled.code.startsWith(STRICT_PROLOGUE)) {
    throw new PartforgeError("INTERNAL", `the Python runtime must compile to a plain script, with no import, export or esbuild helper${helper === undefined ? "" : ` (it declares ${helper})`}`);
  }
  const body = compiled.code.slice(STRICT_PROLOGUE.length);
  const code = body.endsWith("\n") ? body : `${body}\n`;
  return Object.freeze({ code, lineCount: code.split("\n").length - 1, topLevelNames: names });
}
