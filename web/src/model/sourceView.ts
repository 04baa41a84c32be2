/**
 * A model's script, read-only, highlighted in its language by CodeMirror (Python's mode for a
 * Python model), with line numbers to match the lines errors name. The model page loads this
 * module only when its Source section is opened, so looking at a part never loads CodeMirror.
 */
import { defaultHighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { EditorState } from "@codemirror/state";
import { EditorView, lineNumbers } from "@codemirror/view";
import { codeLanguage, tokenClasses } from "../editor/codeLanguage.ts";
import { h } from "../lib/dom.ts";
import { languageName, type ScriptLanguage } from "../lib/scriptLanguage.ts";

/** The script in a read-only CodeMirror view inside a new element. */
export function sourceView(script: string, language: ScriptLanguage, modelName: string): HTMLElement {
  const host = h("div", { class: "code-editor source-view" });
  new EditorView({
    parent: host,
    doc: script,
    extensions: [
      lineNumbers(),
      codeLanguage(language),
      syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
      tokenClasses,
      EditorState.readOnly.of(true),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ "aria-label": `${languageName(language)} source of ${modelName}` }),
    ],
  });
  return host;
}
