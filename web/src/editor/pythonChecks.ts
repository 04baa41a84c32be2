/**
 * The editor's checks of a Python ModelScript. The TypeScript worker knows nothing of Python, so
 * a Python script is checked by the service alone: its describe run translates the script (syntax
 * errors and refused constructs at the `.py` line and column) and reads the declarations; a
 * preview reports everything else. Completion is CodeMirror's Python one (the script's own names
 * and Python's built-ins), with no TypeScript completion or hover docs.
 */
import { linter, type Diagnostic } from "@codemirror/lint";
import type { Extension } from "@codemirror/state";
import { CHECK_DELAY_MS, recheck } from "./typescript.ts";

/**
 * Shows `diagnostics(text)` (the service's answer for this text, if any) and reports each round to
 * `onChecked`; `kept(text)` (what the last preview found in this same text) stays marked, as a
 * round replaces the whole set.
 */
export function pythonChecks(
  diagnostics: (text: string) => Diagnostic[],
  kept: (text: string) => Diagnostic[],
  onChecked: (diagnostics: Diagnostic[]) => void,
): Extension {
  return linter(
    (view) => {
      const text = view.state.doc.toString();
      const found = diagnostics(text);
      onChecked(found);
      return [...found, ...kept(text)];
    },
    { delay: CHECK_DELAY_MS, needsRefresh: (update) => update.transactions.some((tr) => tr.effects.some((effect) => effect.is(recheck))) },
  );
}
