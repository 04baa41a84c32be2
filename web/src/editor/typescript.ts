/**
 * The editor's side of the TypeScript worker (`tsWorker.ts`, served as `/assets/tsWorker.js`):
 * diagnostics as you type (debounced by the linter), completion and hover docs. The worker — the
 * TypeScript compiler and the declarations, a few MB — starts on the first request, so only the
 * editor pays for it, and only once it is shown.
 */
import { autocompletion, type CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { linter, type Diagnostic } from "@codemirror/lint";
import { StateEffect, type Extension } from "@codemirror/state";
import { hoverTooltip, type EditorView } from "@codemirror/view";
import { h } from "../lib/dom.ts";
import type { WorkerAnswer, WorkerRequest } from "./protocol.ts";

const WORKER_URL = "/assets/tsWorker.js";
/** Quiet time after the last keystroke before the script is checked. */
export const CHECK_DELAY_MS = 400;

/** Dispatch this effect to check the script again although it did not change (new `extra` diagnostics). */
export const recheck = StateEffect.define<null>();

type Distribute<T> = T extends unknown ? Omit<T, "id"> : never;

class TypeScriptWorker {
  #worker: Worker | undefined;
  #next = 1;
  #waiting = new Map<number, (answer: WorkerAnswer) => void>();
  #failed: string | undefined;

  ask(request: Distribute<WorkerRequest>): Promise<WorkerAnswer> {
    if (this.#failed !== undefined) return Promise.resolve({ id: 0, kind: "failed", message: this.#failed });
    if (this.#worker === undefined) {
      this.#worker = new Worker(WORKER_URL, { type: "module", name: "typescript" });
      this.#worker.addEventListener("message", (event: MessageEvent<WorkerAnswer>) => {
        this.#waiting.get(event.data.id)?.(event.data);
        this.#waiting.delete(event.data.id);
      });
      this.#worker.addEventListener("error", () => {
        this.#failed = "the type checker could not start; previews still report errors";
        for (const [id, resolve] of this.#waiting) resolve({ id, kind: "failed", message: this.#failed });
        this.#waiting.clear();
      });
    }
    const id = this.#next++;
    return new Promise((resolve) => {
      this.#waiting.set(id, resolve);
      this.#worker!.postMessage({ ...request, id } as WorkerRequest);
    });
  }
}

/**
 * Type checking, completion and hover for a ModelScript of `language()`. `onChecked` hears each
 * round of diagnostics (for a list beside the editor) or the reason the checker is unavailable.
 */
export function typeScriptSupport(
  language: () => "ts" | "js",
  /** Further diagnostics for this text (the server's check of the declarations), shown with the typed ones. */
  extra: (text: string) => Diagnostic[],
  /** What the last preview found in this same text: kept marked, as a round replaces the whole set. */
  kept: (text: string) => Diagnostic[],
  onChecked: (diagnostics: Diagnostic[], unavailable?: string) => void,
): Extension {
  const worker = new TypeScriptWorker();

  const lint = linter(
    async (view) => {
      const text = view.state.doc.toString();
      const answer = await worker.ask({ kind: "check", text, language: language() });
      if (answer.kind !== "check") {
        const more = extra(text);
        onChecked(more, answer.kind === "failed" ? answer.message : undefined);
        return [...more, ...kept(text)];
      }
      const length = view.state.doc.length;
      const diagnostics = answer.diagnostics.map((d): Diagnostic => {
        const from = Math.min(d.from, length);
        return { from, to: Math.min(Math.max(d.to, from), length), severity: d.severity, message: d.message, source: d.source };
      });
      diagnostics.push(...extra(text));
      onChecked(diagnostics);
      return [...diagnostics, ...kept(text)];
    },
    { delay: CHECK_DELAY_MS, needsRefresh: (update) => update.transactions.some((tr) => tr.effects.some((effect) => effect.is(recheck))) },
  );

  async function complete(context: CompletionContext): Promise<CompletionResult | null> {
    const before = context.matchBefore(/[\w$]*$/);
    const afterDot = /\.\s*$/.test(context.state.sliceDoc(Math.max(0, (before?.from ?? context.pos) - 20), before?.from ?? context.pos));
    if (!context.explicit && !afterDot && (before === null || before.from === before.to)) return null;
    const answer = await worker.ask({ kind: "complete", text: context.state.doc.toString(), language: language(), pos: context.pos });
    if (answer.kind !== "complete" || context.aborted) return null;
    return {
      from: answer.from,
      options: answer.entries.map((entry) => ({ label: entry.label, type: completionType(entry.kind) })),
      validFor: /^[\w$]*$/,
    };
  }

  const hover = hoverTooltip(async (view: EditorView, pos: number) => {
    const answer = await worker.ask({ kind: "hover", text: view.state.doc.toString(), language: language(), pos });
    if (answer.kind !== "hover" || answer.info === null) return null;
    const { from, to, signature, docs } = answer.info;
    return {
      pos: from,
      end: to,
      above: true,
      create: () => ({ dom: h("div", { class: "ts-hover" }, h("pre", { class: "ts-hover-signature" }, signature), ...(docs ? [h("div", { class: "ts-hover-docs" }, docs)] : [])) }),
    };
  });

  return [lint, autocompletion({ override: [complete], activateOnTyping: true }), hover];
}

/** CodeMirror's completion icon names for TypeScript's entry kinds. */
function completionType(kind: string): string {
  switch (kind) {
    case "method":
    case "function":
    case "local function":
      return kind === "method" ? "method" : "function";
    case "property":
    case "getter":
    case "setter":
      return "property";
    case "class":
      return "class";
    case "interface":
    case "type":
      return "type";
    case "keyword":
      return "keyword";
    case "const":
      return "constant";
    default:
      return "variable";
  }
}
