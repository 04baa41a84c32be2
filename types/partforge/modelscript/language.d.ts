import type { ScriptLanguage } from "./compile.ts";
/** Every name a client may give a language (compared in lower case): the codes and their long names. */
export declare const SCRIPT_LANGUAGE_NAMES: Readonly<Record<string, ScriptLanguage>>;
/**
 * The language named by `name` (from the request field `field`), or, when no name is given,
 * Python when the text parses as Python and is not JavaScript/TypeScript (issue 17), else
 * TypeScript (which also compiles JavaScript).
 * @throws PartforgeError USAGE naming `field` for a name that is no language.
 * @example
 * sentScriptLanguage("show_object(cq.Workplane().box(1, 2, 3))\n", "python", "lang"); // "py"
 */
export declare function sentScriptLanguage(source: string, name: string | undefined, field: string): ScriptLanguage;
