/**
 * CodeMirror's language for a ModelScript: TypeScript or JavaScript (`@codemirror/lang-javascript`)
 * or Python (`@codemirror/lang-python`), with semantic token classes (`tok-keyword`, `tok-comment`,
 * …) beside the theme's colours so that what is highlighted as what can be read from the page.
 */
import { javascript } from "@codemirror/lang-javascript";
import { python } from "@codemirror/lang-python";
import { syntaxHighlighting } from "@codemirror/language";
import type { Extension } from "@codemirror/state";
import { classHighlighter } from "@lezer/highlight";
import type { ScriptLanguage } from "../lib/scriptLanguage.ts";

/** Highlighting and language data (indentation, brackets, comments, completion of local names) for `language`. */
export function codeLanguage(language: ScriptLanguage): Extension {
  return language === "py" ? python() : javascript({ typescript: language === "ts" });
}

/** `tok-*` classes on highlighted tokens (the colours stay the theme's). */
export const tokenClasses: Extension = syntaxHighlighting(classHighlighter);
