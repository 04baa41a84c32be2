/**
 * The script editor `/editor` and `/editor/:id`: CodeMirror 6 in the script's language
 * (TypeScript, JavaScript or Python: chosen, or detected when a script is pasted or loaded), a
 * free preview (`/api/preview`, never a download) on demand (button or Ctrl/Cmd-Enter) or as you type, error
 * markers at the line and column the service reports, and saving as a new model or as a new
 * revision of one's own model, public or private.
 */
import { indentWithTab, temporarilySetTabFocusMode } from "@codemirror/commands";
import { lintGutter, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { Compartment, EditorSelection, Prec, type Extension, type Text, type Transaction } from "@codemirror/state";
import { keymap } from "@codemirror/view";
import { basicSetup, EditorView } from "codemirror";
import { api, callPreview, type Problem } from "../lib/api.ts";
import { readBoot } from "../lib/boot.ts";
import { problemSentence } from "../lib/problemText.ts";
import { configurationQuery, presetTexts, type ModelSchema } from "../lib/params.ts";
import { parameterForm, type ParameterForm } from "../model/form.ts";
import { debounce, formatBytes, h, mainElement, replaceChildren } from "../lib/dom.ts";
import { recheck, typeScriptSupport } from "../editor/typescript.ts";
import { codeLanguage, tokenClasses } from "../editor/codeLanguage.ts";
import { detectLanguage } from "../editor/detectLanguage.ts";
import { pythonChecks } from "../editor/pythonChecks.ts";
import { isStarterScript, starterScript } from "../editor/starters.ts";
import { buildLang, languageName, SCRIPT_LANGUAGES, scriptLanguageOf, type ScriptLanguage } from "../lib/scriptLanguage.ts";
import { Viewer } from "../viewer/viewer.ts";

interface ModelView {
  id: string;
  name: string;
  visibility: "public" | "private";
  ownerId: string;
  revision: number;
  language: ScriptLanguage;
  script: string;
  schema: ModelSchema;
}

const TYPING_DELAY_MS = 1200;
/** Quiet time before the server describes the script (charged to the compute budget, so rarer than the typed checks). */
const DESCRIBE_DELAY_MS = 1500;

/** The language a new model starts in: `?lang=python` (or `py`, `js`, `ts`) in the address, else TypeScript. */
function requestedLanguage(): ScriptLanguage {
  const lang = new URLSearchParams(location.search).get("lang")?.toLowerCase();
  return lang === "python" || lang === "py" ? "py" : lang === "js" || lang === "javascript" ? "js" : "ts";
}

/** Whether `transaction` brought in a block of text (a paste, a drop, a whole script): then the language is detected again. */
function insertsBlock(transaction: Transaction): boolean {
  let lines = 0;
  transaction.changes.iterChanges((_fromA, _toA, _fromB, _toB, inserted) => {
    lines += inserted.lines - 1;
  });
  return lines >= 2;
}

/** The document range a reported line/column (1-based) points at: that word, or one character. */
function rangeAt(doc: Text, lineNumber: number, column: number | undefined): { from: number; to: number } {
  const line = doc.line(Math.min(Math.max(1, lineNumber), doc.lines));
  const from = Math.min(line.to, line.from + Math.max(0, (column ?? 1) - 1));
  const word = /^[\w$]+/.exec(doc.sliceString(from, line.to))?.[0].length ?? 0;
  const to = Math.min(line.to, from + Math.max(1, word));
  return from === line.to && line.length > 0 && column === undefined ? { from: line.from, to: line.to } : { from, to };
}

interface Source {
  model: ModelView | undefined;
  script: string;
  language: ScriptLanguage;
  copyOf?: string;
}

async function loadSource(boot: ReturnType<typeof readBoot>): Promise<Source | { error: string }> {
  const from = new URLSearchParams(location.search).get("from");
  const id = boot.modelId ?? from ?? undefined;
  if (id === undefined) {
    const language = requestedLanguage();
    return { model: undefined, script: starterScript(language), language };
  }
  const found = await api<ModelView>("GET", `/api/models/${encodeURIComponent(id)}`);
  if (!found.ok) return { error: `Model "${id}" could not be opened: ${found.problem.detail}` };
  const model = { ...found.data, language: scriptLanguageOf(found.data.language) };
  const own = model.ownerId === boot.account?.id && boot.modelId !== undefined;
  return own ? { model, script: model.script, language: model.language } : { model: undefined, script: model.script, language: model.language, copyOf: model.name };
}

async function main(): Promise<void> {
  const boot = readBoot();
  const source = await loadSource(boot);
  if ("error" in source) {
    replaceChildren(mainElement(), h("h1", {}, "Editor"), h("p", { class: "error" }, source.error), h("p", {}, h("a", { href: "/editor" }, "Start a new model")));
    return;
  }
  let model = source.model;
  /** The script's language: what previews send as `lang`, what a save stores, what highlights and checks the text. */
  let language = source.language;
  const viewer = new Viewer({ label: "3D preview of the script" });
  const status = h("p", { class: "build-status", role: "status", "data-state": "idle" }, "Press Preview (Ctrl+Enter) to build the script.");
  const problemList = h("ul", { class: "diagnostics", "aria-label": "Script errors" });
  const checkStatus = h("p", { class: "check-status", id: "check-status", role: "status", "data-state": "checking" }, "Checking the script…");
  const checkList = h("ul", { class: "diagnostics", id: "check-list", "aria-label": "Problems found while typing" });
  const saveStatus = h("div", { class: "save-status", role: "status" });
  const nameInput = h("input", { id: "model-name", type: "text", maxlength: 200, placeholder: "from METADATA.name", value: model?.name ?? (source.copyOf ? `Copy of ${source.copyOf}` : "") });
  const visibility = h("select", { id: "model-visibility" }, h("option", { value: "private" }, "Private (only you)"), h("option", { value: "public" }, "Public (in the gallery)"));
  visibility.value = model?.visibility ?? "private";
  const languageSelect = h("select", { id: "script-language" }, ...SCRIPT_LANGUAGES.map((each) => h("option", { value: each }, languageName(each))));
  languageSelect.value = language;
  const editorHint = h("p", { class: "hint" });
  const live = h("input", { id: "live-preview", type: "checkbox", checked: boot.account?.plan === "enterprise" });
  const previewButton = h("button", { type: "button", id: "preview" }, "Preview");
  const saveNew = h("button", { type: "button", id: "save-new" }, "Save as new model");
  const saveRevision = h("button", { type: "button", id: "save-revision", hidden: true }, "Save revision");
  const heading = h("h1", {}, source.copyOf ? `New model from ${source.copyOf}` : "New model");
  const modelLine = h("p", { class: "model-line", hidden: true });
  /** Once a model is open or saved, this page is its editor: Save revision first, its id and page link shown. */
  function showModel(): void {
    if (model === undefined) return;
    heading.textContent = `Edit ${model.name}`;
    showForm(model.schema);
    document.title = `Edit ${model.name} · partforge`;
    saveRevision.hidden = false;
    saveNew.className = "secondary";
    saveNew.textContent = "Save as a copy";
    modelLine.hidden = false;
    replaceChildren(modelLine, `Model `, h("code", { id: "model-id" }, model.id), ` · revision ${model.revision} · `, h("a", { href: `/m/${model.id}`, id: "model-page-link" }, "Open its page"));
  }
  const formHost = h("div", { class: "editor-form" }, h("p", { class: "hint" }, "The parameter form appears when the script's declarations have been checked."));
  let form: ParameterForm | undefined;
  let formSchema: ModelSchema | undefined;
  /**
   * The form of `schema` (the script as last described, or as saved), with its presets; previews
   * build the configuration it holds. Values of parameters that stay keep what was typed.
   */
  function showForm(schema: ModelSchema): void {
    if (formSchema !== undefined && JSON.stringify(formSchema) === JSON.stringify(schema)) return;
    const before = form?.configuration();
    const texts = presetTexts(schema, "");
    for (const name of Object.keys(texts)) if (before?.texts[name] !== undefined) texts[name] = before.texts[name]!;
    const preset = before !== undefined && Object.hasOwn(schema.presets, before.preset) ? before.preset : "";
    formSchema = schema;
    form = parameterForm(schema, { preset, texts }, () => {
      if (live.checked) typing.schedule();
    });
    replaceChildren(formHost, form.element);
  }

  // The server's own check of the declarations (POST /api/scripts/describe: it runs the top
  // level, never builds), after the typed checks are clean and typing has paused.
  // What the last preview or save reported, for the text it was reported on: a check round that
  // ends later replaces the marked set, and keeps these while the text is unchanged.
  let shownProblems: { text: string; diagnostics: Diagnostic[] } | undefined;
  function buildProblems(text: string): Diagnostic[] {
    return shownProblems?.text === text ? shownProblems.diagnostics : [];
  }
  let described: { text: string; language: ScriptLanguage; problem?: Problem } | undefined;
  let describing: object | undefined;
  const describeLater = debounce(() => void describeNow(), DESCRIBE_DELAY_MS);
  async function describeNow(): Promise<void> {
    const text = view.state.doc.toString();
    if (isDescribed(text) || boot.account === null) return;
    // Only the latest request's answer counts (an older one may arrive later).
    const token = {};
    describing = token;
    const asked = language;
    const answer = await api<ModelSchema>("POST", "/api/scripts/describe", { script: text, language: asked });
    if (describing !== token || view.state.doc.toString() !== text || language !== asked) return;
    describing = undefined;
    if (answer.ok) {
      described = { text, language: asked };
      showForm(answer.data);
    } else if (answer.status === 400) {
      described = { text, language: asked, problem: answer.problem };
    } else {
      // A used-up compute budget or a busy pool: no verdict on the script; the next pause retries.
      return;
    }
    view.dispatch({ effects: recheck.of(null) });
  }
  function isDescribed(text: string): boolean {
    return described?.text === text && described.language === language;
  }
  /** The service's verdict on the declarations of `text`, as a diagnostic. */
  function declarationProblems(text: string): Diagnostic[] {
    const problem = isDescribed(text) ? described!.problem : undefined;
    if (problem === undefined) return [];
    const range: { from: number; to: number } = problem.line !== undefined ? rangeAt(view.state.doc, problem.line, problem.column) : { from: 0, to: Math.min(view.state.doc.length, view.state.doc.line(1).to) };
    return [{ ...range, severity: "error", message: problem.detail, source: "declarations" }];
  }
  /** Shows a round of checks beside the editor; a script clean so far goes to the service's describe run. */
  function showChecks(diagnostics: Diagnostic[], unavailable?: string): void {
    if (unavailable !== undefined || !diagnostics.some((d) => d.source === "syntax" || d.source === "imports")) describeLater.schedule();
    // Python has no checker in the page: until the service has answered for this text, nothing is known.
    const waiting = language === "py" && diagnostics.length === 0 && !isDescribed(view.state.doc.toString());
    checkStatus.dataset.state = unavailable ? "unavailable" : waiting ? "checking" : diagnostics.length === 0 ? "clean" : "problems";
    checkStatus.textContent = unavailable
      ? `Checking as you type is unavailable: ${unavailable}.`
      : waiting
        ? "Checking the Python script on the service…"
        : diagnostics.length === 0
          ? "No problems found."
          : `${diagnostics.length} problem${diagnostics.length === 1 ? "" : "s"} found (checked as you type, without a build):`;
    replaceChildren(
      checkList,
      ...diagnostics.slice(0, 50).map((diagnostic) => {
        const line = view.state.doc.lineAt(Math.min(diagnostic.from, view.state.doc.length));
        const jump = h("button", { type: "button", class: "link" }, `Line ${line.number}, column ${diagnostic.from - line.from + 1}`);
        jump.addEventListener("click", () => {
          view.dispatch({ selection: EditorSelection.single(diagnostic.from), scrollIntoView: true });
          view.focus();
        });
        return h("li", { class: "diagnostic", "data-source": diagnostic.source ?? "" }, jump, `: ${diagnostic.message}`);
      }),
    );
  }
  // Each language's checks are made once (the TypeScript worker starts on the first check and stays).
  // A round that finishes after the language changed is not shown.
  const typeScriptChecks = typeScriptSupport(() => (language === "js" ? "js" : "ts"), declarationProblems, buildProblems, (diagnostics, unavailable) => {
    if (language !== "py") showChecks(diagnostics, unavailable);
  });
  const pythonChecksExtension = pythonChecks(declarationProblems, buildProblems, (diagnostics) => {
    if (language === "py") showChecks(diagnostics);
  });
  const languageCompartment = new Compartment();
  const checksCompartment = new Compartment();
  function languageExtensions(): { highlighting: Extension; checks: Extension } {
    return { highlighting: codeLanguage(language), checks: language === "py" ? pythonChecksExtension : typeScriptChecks };
  }
  function showHint(): void {
    editorHint.textContent =
      language === "py"
        ? "Tab indents; press Esc then Tab (or Ctrl-M) to move on. Ctrl/Cmd-Enter previews. Ctrl-Space completes the script's names and Python's built-ins. Python is checked by the service: its declarations after a pause, the rest on preview."
        : "Tab indents; press Esc then Tab (or Ctrl-M) to move on. Ctrl/Cmd-Enter previews. Ctrl-Space completes; hover a name for its docs.";
  }
  /** Switches highlighting, checks, previews and saves to `next`. */
  function setLanguage(next: ScriptLanguage): void {
    if (next === language) return;
    language = next;
    languageSelect.value = next;
    const { highlighting, checks } = languageExtensions();
    view.dispatch({ effects: [languageCompartment.reconfigure(highlighting), checksCompartment.reconfigure(checks)] });
    showHint();
  }

  let previewedOnce = false;
  let inFlight: AbortController | undefined;

  const editorHost = h("div", { class: "code-editor" });
  const typing = debounce(() => void preview(), TYPING_DELAY_MS);
  const initial = languageExtensions();
  const view: EditorView = new EditorView({
    parent: editorHost,
    doc: source.script,
    extensions: [
      basicSetup,
      languageCompartment.of(initial.highlighting),
      tokenClasses,
      lintGutter(),
      // Highest precedence: basicSetup's keymap binds Mod-Enter to "insert blank line" first.
      Prec.highest(
        keymap.of([
          { key: "Mod-Enter", run: () => (void preview(), true) },
          { key: "Escape", run: temporarilySetTabFocusMode },
          indentWithTab,
        ]),
      ),
      EditorView.lineWrapping,
      checksCompartment.of(initial.checks),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        // A pasted or loaded script says its language; the service's detection decides Python.
        if (update.transactions.some(insertsBlock)) queueMicrotask(() => setLanguage(detectLanguage(update.state.doc.toString(), language)));
        if (live.checked) typing.schedule();
      }),
      EditorView.contentAttributes.of({ "aria-label": "ModelScript source" }),
    ],
  });

  function showProblems(problems: Problem[]): void {
    const doc = view.state.doc;
    const diagnostics: Diagnostic[] = problems.map((problem) => {
      const range = problem.line !== undefined ? rangeAt(doc, problem.line, problem.column) : { from: 0, to: Math.min(doc.length, doc.line(1).to) };
      return { ...range, severity: "error", message: `${problem.code}: ${problem.detail}` };
    });
    shownProblems = { text: doc.toString(), diagnostics };
    view.dispatch(setDiagnostics(view.state, diagnostics));
    replaceChildren(
      problemList,
      ...problems.map((problem, index) => {
        const where = problem.line !== undefined ? `Line ${problem.line}${problem.column !== undefined ? `, column ${problem.column}` : ""}` : problem.code;
        const jump = h("button", { type: "button", class: "link" }, where);
        jump.addEventListener("click", () => {
          view.dispatch({ selection: EditorSelection.single(diagnostics[index]!.from), scrollIntoView: true });
          view.focus();
        });
        return h("li", { class: "diagnostic" }, jump, `: ${problem.detail}`);
      }),
    );
  }

  async function preview(): Promise<void> {
    typing.cancel();
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    status.dataset.state = "building";
    status.textContent = "Building…";
    viewer.setOverlay("Building…");
    if (form !== undefined && !form.validate()) {
      status.dataset.state = "error";
      status.textContent = "Fix the values marked in the parameter form to preview.";
      viewer.setOverlay(undefined);
      return;
    }
    const values = form !== undefined && formSchema !== undefined ? Object.fromEntries(configurationQuery(formSchema, form.configuration())) : {};
    let outcome;
    try {
      outcome = await callPreview({ json: { ...values, s: view.state.doc.toString(), lang: buildLang(language) } }, controller.signal);
    } catch {
      return;
    }
    if (inFlight !== controller) return;
    inFlight = undefined;
    viewer.setOverlay(undefined);
    if (!outcome.ok) {
      status.dataset.state = "error";
      status.textContent = problemSentence(outcome.problem);
      if (previewedOnce) viewer.setOverlay("Build failed — showing the last good preview", "error");
      showProblems([outcome.problem]);
      return;
    }
    showProblems([]);
    await viewer.showGlb(outcome.file.bytes, formSchema?.uom ?? model?.schema.uom ?? "mm", { refit: !previewedOnce });
    previewedOnce = true;
    status.dataset.state = "ready";
    status.textContent = `Preview built in ${((outcome.file.buildMs ?? 0) / 1000).toFixed(1)} s · ${formatBytes(outcome.file.bytes.byteLength)}. Previews are free.`;
  }

  async function save(asRevision: boolean): Promise<void> {
    const body = {
      script: view.state.doc.toString(),
      language,
      visibility: visibility.value,
      ...(nameInput.value.trim() !== "" ? { name: nameInput.value.trim() } : {}),
    };
    saveStatus.textContent = "Saving…";
    const saved = asRevision && model ? await api<ModelView>("PUT", `/api/models/${model.id}`, body) : await api<ModelView>("POST", "/api/models", body);
    if (!saved.ok) {
      saveStatus.textContent = `Not saved: ${problemSentence(saved.problem)}`;
      showProblems([saved.problem]);
      return;
    }
    showProblems([]);
    model = { ...saved.data, language: scriptLanguageOf(saved.data.language) };
    nameInput.value = model.name;
    history.replaceState(null, "", `/editor/${model.id}`);
    showModel();
    replaceChildren(
      saveStatus,
      `Saved "${model.name}" (${model.visibility}), revision ${model.revision}. `,
      h("a", { href: `/m/${model.id}`, id: "open-model" }, "Open the model page"),
    );
  }

  previewButton.addEventListener("click", () => void preview());
  saveNew.addEventListener("click", () => void save(false));
  saveRevision.addEventListener("click", () => void save(true));
  languageSelect.addEventListener("change", () => {
    const chosen = scriptLanguageOf(languageSelect.value);
    const text = view.state.doc.toString();
    setLanguage(chosen);
    // An untouched starter becomes the chosen language's starter.
    if (isStarterScript(text) && text !== starterScript(chosen)) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: starterScript(chosen) } });
  });
  live.addEventListener("change", () => {
    if (live.checked) typing.schedule();
  });

  replaceChildren(
    mainElement(),
    heading,
    modelLine,
    h(
      "div",
      { class: "editor-toolbar" },
      h("div", { class: "field" }, h("label", { for: "model-name" }, "Name"), nameInput),
      h("div", { class: "field" }, h("label", { for: "model-visibility" }, "Visibility"), visibility),
      h("div", { class: "field" }, h("label", { for: "script-language" }, "Language"), languageSelect),
      h("div", { class: "button-row" }, saveRevision, saveNew),
    ),
    saveStatus,
    h(
      "div",
      { class: "editor-layout" },
      h(
        "section",
        { class: "editor-panel", "aria-label": "Script" },
        editorHost,
        editorHint,
        checkStatus,
        checkList,
        problemList,
      ),
      h(
        "section",
        { class: "viewer-panel", "aria-label": "Preview" },
        h("div", { class: "button-row" }, previewButton, h("span", { class: "checkbox-row" }, live, h("label", { for: "live-preview" }, "Preview as you type"))),
        viewer.element,
        status,
        h("section", { class: "editor-params", "aria-label": "Parameters" }, h("h2", {}, "Parameters"), formHost),
        h("p", { class: "hint" }, "Previews are free: they never count as downloads (they do count against your build time per minute)."),
      ),
    ),
  );
  showHint();
  showModel();
  if (model || source.copyOf) void preview();
}

void main();
