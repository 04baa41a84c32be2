/**
 * Compiling happens in the pool's own process: esbuild is a child process, which slots may not
 * start, and parsing is not running the script. Compiled scripts are kept by content (an LRU),
 * so a repeated script costs a map lookup, and syntax errors never occupy a slot.
 */
import { compileModelScript, type CompiledScript, type ScriptLanguage } from "../../modelscript/index.ts";
import { PartforgeError, type ErrorData } from "../../shared/errors.ts";
import { toCompiledData } from "./compiledData.ts";
import type { CompiledScriptData } from "./protocol.ts";

export type CompileOutcome = { ok: true; compiled: CompiledScript; data: CompiledScriptData } | { ok: false; error: ErrorData };

const DEFAULT_ENTRIES = 256;

// What SES refuses to evaluate anywhere in the text, even inside strings (ses/src/transforms.js).
const SES_REFUSALS: ReadonlyArray<{ pattern: RegExp; message: (text: string) => string }> = [
  {
    pattern: /(?:<!--|-->)/g,
    message: (text) => `the text "${text}" cannot appear in a ModelScript, not even in a string (the sandbox refuses HTML-like comments); split it, e.g. "<!" + "--"`,
  },
  {
    pattern: /(^|[^.]|\.\.\.)\bimport(\s*(?:\(|\/[/*]))/g,
    message: () => `the text "import(" cannot appear in a ModelScript, not even in a string (the sandbox refuses anything that looks like a dynamic import); split it, e.g. "imp" + "ort("`,
  },
];

export class ScriptCompiler {
  #entries = new Map<string, Promise<CompileOutcome>>();
  #maxEntries: number;

  constructor(maxEntries = DEFAULT_ENTRIES) {
    this.#maxEntries = maxEntries;
  }

  /** The compiled script, or the SCRIPT_SYNTAX / IMPORT_NOT_ALLOWED error at the author's line:column. */
  compile(source: string, language: ScriptLanguage, fileName?: string): Promise<CompileOutcome> {
    // Keyed by the text itself: a Map hashes a string far faster than SHA-256 does, and the
    // compiled entry keeps the source anyway.
    const key = `${language}\0${fileName ?? ""}\0${source}`;
    let entry = this.#entries.get(key);
    if (entry === undefined) {
      entry = compileOnce(source, language, fileName);
      entry.catch(() => this.#entries.delete(key));
      if (this.#entries.size >= this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    } else {
      this.#entries.delete(key);
    }
    this.#entries.set(key, entry);
    return entry;
  }
}

async function compileOnce(source: string, language: ScriptLanguage, fileName: string | undefined): Promise<CompileOutcome> {
  try {
    const compiled = await compileModelScript(source, fileName === undefined ? { language } : { language, fileName });
    const refused = sesRefusal(compiled);
    if (refused !== undefined) return { ok: false, error: refused };
    return { ok: true, compiled, data: toCompiledData(compiled) };
  } catch (error) {
    if (error instanceof PartforgeError) return { ok: false, error: error.toData() };
    throw error;
  }
}

/** The first text SES would refuse, located in the author's source. */
function sesRefusal(compiled: CompiledScript): ErrorData | undefined {
  for (const { pattern, message } of SES_REFUSALS) {
    pattern.lastIndex = 0;
    const match = pattern.exec(compiled.code);
    if (match === null) continue;
    const offset = match.index + (match[1]?.length ?? 0);
    const before = compiled.code.slice(0, offset);
    const line = before.split("\n").length;
    const column = offset - before.lastIndexOf("\n");
    const location = compiled.originalLocation(line, column);
    const error: ErrorData = { code: "SCRIPT_SYNTAX", message: message(match[0].includes("-") ? match[0] : "import(") };
    if (location !== undefined) {
      error.line = location.line;
      error.column = location.column;
    }
    return error;
  }
  return undefined;
}
