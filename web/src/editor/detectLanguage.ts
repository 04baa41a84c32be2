/**
 * The editor's guess of a script's language when text is pasted or loaded. Python is decided by
 * the service's own detection (`looksLikePython`, issue 17), so the editor switches to Python
 * exactly when `/build` would build the text as Python; the way back needs text that parses as
 * TypeScript, so a half-written Python script stays Python.
 */
import { typescriptLanguage } from "@codemirror/lang-javascript";
import { looksLikePython } from "../../../src/modelscript/python/detect.ts";
import type { ScriptLanguage } from "../lib/scriptLanguage.ts";

/** Whether `text` parses as TypeScript (which includes JavaScript) without a syntax error. */
function parsesAsTypeScript(text: string): boolean {
  let clean = true;
  typescriptLanguage.parser.parse(text).iterate({
    enter: (node) => {
      if (node.type.isError) clean = false;
      return clean;
    },
  });
  return clean;
}

/**
 * The language of `text`, or `current` when the text does not say otherwise: Python when the
 * service would detect Python; from Python, TypeScript when the text parses as TypeScript.
 * TypeScript and JavaScript are not told apart (the language selector says which).
 *
 * @example detectLanguage('result = cq.Workplane("XY").box(1, 2, 3)\nshow_object(result)\n', "ts") // "py"
 */
export function detectLanguage(text: string, current: ScriptLanguage): ScriptLanguage {
  if (looksLikePython(text)) return "py";
  if (current === "py" && text.trim() !== "" && parsesAsTypeScript(text)) return "ts";
  return current;
}
