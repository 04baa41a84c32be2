/**
 * Which language a ModelScript is in, when a client sends its text (`/build` with `s` and `lang`,
 * a stored model's `script` and `language`): the name it gives, else detected from the text.
 */
import { PartforgeError } from "../shared/errors.ts";
import type { ScriptLanguage } from "./compile.ts";
import { looksLikePython } from "./python/index.ts";

/** Every name a client may give a language (compared in lower case): the codes and their long names. */
export const SCRIPT_LANGUAGE_NAMES: Readonly<Record<string, ScriptLanguage>> = {
  python: "py",
  py: "py",
  ts: "ts",
  typescript: "ts",
  js: "js",
  javascript: "js",
};

/**
 * The language named by `name` (from the request field `field`), or, when no name is given,
 * Python when the text parses as Python and is not JavaScript/TypeScript (issue 17), else
 * TypeScript (which also compiles JavaScript).
 * @throws PartforgeError USAGE naming `field` for a name that is no language.
 * @example
 * sentScriptLanguage("show_object(cq.Workplane().box(1, 2, 3))\n", "python", "lang"); // "py"
 */
export function sentScriptLanguage(source: string, name: string | undefined, field: string): ScriptLanguage {
  if (name !== undefined && name !== "") {
    const language = Object.hasOwn(SCRIPT_LANGUAGE_NAMES, name.toLowerCase()) ? SCRIPT_LANGUAGE_NAMES[name.toLowerCase()] : undefined;
    if (language === undefined) {
      throw new PartforgeError("USAGE", `unknown ${field} "${name.slice(0, 40)}": use python, ts or js (or leave it out to detect it)`, { param: field });
    }
    return language;
  }
  return looksLikePython(source) ? "py" : "ts";
}
