/**
 * The languages a ModelScript is written in, as the pages name and send them: a stored model's
 * `language` (`ts`, `js`, `py`), the `lang` field of a build or preview of sent text, and the
 * label a person reads. (The editor's guess from the text is `editor/detectLanguage.ts`.)
 */

export type ScriptLanguage = "ts" | "js" | "py";

export const SCRIPT_LANGUAGES: readonly ScriptLanguage[] = ["ts", "js", "py"];

const NAMES: Readonly<Record<ScriptLanguage, string>> = { ts: "TypeScript", js: "JavaScript", py: "Python" };

/** What a person reads: `TypeScript`, `JavaScript`, `Python`. */
export function languageName(language: ScriptLanguage): string {
  return NAMES[language];
}

/** The `lang` field of `/build` and `/api/preview` with `s`: `python`, `ts` or `js`. */
export function buildLang(language: ScriptLanguage): "python" | "ts" | "js" {
  return language === "py" ? "python" : language;
}

/** A stored model's `language` as this page knows it; anything else (a newer server's value) reads as TypeScript. */
export function scriptLanguageOf(value: unknown): ScriptLanguage {
  return value === "py" || value === "js" ? value : "ts";
}

