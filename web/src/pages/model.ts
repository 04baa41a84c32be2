/**
 * The model page `/m/:id`: the part in the viewer, its facts, the customiser form, downloads,
 * and the same build as `curl`. Values live in the URL, so a configuration is shared by sharing
 * the address.
 *
 * Looking is free: the viewer shows `/api/preview` (a GLB at the preview tolerance) for every
 * change of values, logged in or not, and never spends a download. Downloading is charged: each
 * Download button is one `/build` through the session — one download per file, built from exactly
 * the values in the form — and the downloads left this month are shown (and warned about when few
 * remain) from `/api/usage` and each download's `X-Downloads-Remaining`.
 *
 * The script itself is one click away, highlighted in its language (a Python model as Python).
 */
import { api, callBuild, callPreview, loadFormats, type BuiltFile, type FormatInfo, type Problem } from "../lib/api.ts";
import { readBoot, type Boot } from "../lib/boot.ts";
import { copyButton, debounce, formatBytes, h, mainElement, replaceChildren, saveBytes } from "../lib/dom.ts";
import { buildQuery, configurationFromQuery, configurationQuery, curlCommands, type Configuration, type ModelSchema } from "../lib/params.ts";
import { parameterForm, type ParameterForm } from "../model/form.ts";
import { markdownHtml } from "../lib/markdown.ts";
import { problemDetails, problemSentence, scriptPlace } from "../lib/problemText.ts";
import { languageName, scriptLanguageOf, type ScriptLanguage } from "../lib/scriptLanguage.ts";
import { Viewer } from "../viewer/viewer.ts";

interface ModelView {
  id: string;
  name: string;
  visibility: "public" | "private";
  ownerId: string;
  /** The owner account's public display name. */
  author: { name: string };
  revision: number;
  updatedAt: string;
  language: ScriptLanguage;
  script: string;
  schema: ModelSchema;
}

const REBUILD_DELAY_MS = 450;
const REMEMBERED_PREVIEWS = 12;
/** From this many downloads left, the page warns before each download. */
const FEW_DOWNLOADS_LEFT = 5;

/** Downloads left this month: a count, or unlimited; unknown until `/api/usage` answers. */
type Remaining = number | "unlimited" | undefined;

function notFound(id: string): void {
  replaceChildren(
    mainElement(),
    h("h1", {}, "No such model"),
    h("p", {}, `There is no model "${id}", or it is private. `, h("a", { href: "/" }, "Browse the gallery"), "."),
  );
}

function factsList(model: ModelView): HTMLElement {
  const { metadata, uom } = model.schema;
  const facts: [string, string][] = [
    ["Unit", uom],
    ["Language", languageName(model.language)],
    // The script's own credit, when it names someone other than the publishing account.
    ...(metadata.author && metadata.author !== model.author.name ? [["Credits", metadata.author] as [string, string]] : []),
    ["Licence", metadata.license ?? "not stated"],
    ["Revision", String(model.revision)],
    ["Visibility", model.visibility],
    ["Id", model.id],
  ];
  return h("dl", { class: "facts" }, ...facts.flatMap(([term, value]) => [h("dt", {}, term), h("dd", {}, value)]));
}

/**
 * The owner's actions: edit, publish or unpublish (a revision with the same script and the other
 * visibility), and delete after a confirmation.
 */
function ownerActions(model: ModelView): HTMLElement {
  const status = h("p", { class: "owner-status", role: "status" });
  const publish = model.visibility === "public";
  const toggle = h("button", { type: "button", class: "secondary" }, publish ? "Unpublish (make private)" : "Publish to the gallery");
  toggle.addEventListener("click", async () => {
    toggle.disabled = true;
    status.textContent = publish ? "Making it private…" : "Publishing…";
    const saved = await api<ModelView>("PUT", `/api/models/${model.id}`, { visibility: publish ? "private" : "public" });
    if (saved.ok) {
      location.reload();
      return;
    }
    toggle.disabled = false;
    replaceChildren(status, problemSentence(saved.problem), problemDetails(saved.problem));
  });
  const remove = h("button", { type: "button", class: "danger" }, "Delete this model");
  const row = h("div", { class: "button-row" }, h("a", { href: `/editor/${model.id}`, class: "button-link" }, "Edit the script"), toggle, remove);
  remove.addEventListener("click", () => {
    const really = h("button", { type: "button", class: "danger" }, `Really delete "${model.name}"`);
    const cancel = h("button", { type: "button", class: "secondary" }, "Keep it");
    really.addEventListener("click", async () => {
      really.disabled = true;
      const deleted = await api("DELETE", `/api/models/${model.id}`);
      if (deleted.ok) {
        location.assign("/");
        return;
      }
      replaceChildren(status, problemSentence(deleted.problem), problemDetails(deleted.problem));
    });
    cancel.addEventListener("click", () => {
      replaceChildren(row, h("a", { href: `/editor/${model.id}`, class: "button-link" }, "Edit the script"), toggle, remove);
      remove.focus();
    });
    replaceChildren(row, h("span", {}, "Deleting cannot be undone; the model's downloads stay in your usage list. "), really, cancel);
    cancel.focus();
  });
  return h("div", { class: "actions owner-actions" }, row, status);
}

/**
 * The script, collapsed under "Source · <language>"; opening it loads the highlighting view
 * (CodeMirror, a chunk of its own) the first time.
 */
function sourceBox(model: ModelView): HTMLElement {
  const language = languageName(model.language);
  const body = h("div", { class: "source-body" }, h("p", { class: "hint" }, "Loading the source…"));
  const box = h(
    "details",
    { class: "source-box", id: "model-source", "data-language": model.language },
    h("summary", {}, `Source · ${language}`),
    h("p", { class: "hint" }, `The ${language} ModelScript this part is built from (revision ${model.revision}). `, h("a", { href: `/editor?from=${model.id}` }, "Open a copy in the editor"), "."),
    body,
  );
  let loaded = false;
  box.addEventListener("toggle", async () => {
    if (!box.open || loaded) return;
    loaded = true;
    try {
      // Loaded on demand: the viewer pages stay free of CodeMirror.
      const { sourceView } = await import("../model/sourceView.ts");
      replaceChildren(body, sourceView(model.script, model.language, model.name));
    } catch {
      loaded = false;
      replaceChildren(body, h("pre", { class: "source-plain" }, model.script));
    }
  });
  return box;
}

/** The model's description, Markdown rendered safely (see lib/markdown.ts). */
function markdownBlock(text: string): HTMLElement {
  const block = h("div", { class: "lead markdown" });
  block.innerHTML = markdownHtml(text);
  return block;
}

class ModelPage {
  readonly #boot: Boot;
  readonly #model: ModelView;
  readonly #schema: ModelSchema;
  readonly #formats: FormatInfo[];
  readonly #viewer: Viewer;
  readonly #form: ParameterForm;
  readonly #status = h("p", { class: "build-status", role: "status", "data-state": "idle" });
  readonly #scriptError = h("div", { class: "script-error", role: "alert", hidden: true });
  readonly #downloadStatus = h("div", { class: "download-status", role: "status" });
  readonly #downloadsLeft = h("p", { class: "downloads-left", id: "downloads-left", "aria-live": "polite" });
  readonly #downloadButtons: HTMLButtonElement[] = [];
  readonly #curlType: HTMLSelectElement;
  readonly #curlNote = h("p", { class: "notice", hidden: true }, "These commands show the last valid values; fix the highlighted ones to update them.");
  readonly #curlGet = h("textarea", { id: "curl-get", readonly: true, rows: 3, spellcheck: "false" });
  readonly #curlPost = h("textarea", { id: "curl-post", readonly: true, rows: 4, spellcheck: "false" });
  readonly #rebuild = debounce(() => void this.#preview(), REBUILD_DELAY_MS);
  readonly #previews = new Map<string, BuiltFile>();
  #inFlight: AbortController | undefined;
  #hasPart = false;
  #remaining: Remaining;
  #downloading = false;

  constructor(boot: Boot, model: ModelView, formats: FormatInfo[]) {
    this.#boot = boot;
    this.#model = model;
    this.#schema = model.schema;
    this.#formats = formats;
    this.#viewer = new Viewer({ label: `3D view of ${model.name}` });
    const { configuration, ignored } = configurationFromQuery(this.#schema, new URLSearchParams(location.search));
    this.#form = parameterForm(this.#schema, configuration, () => this.#changed());
    this.#curlType = h("select", { id: "curl-type" }, ...formats.map((format) => h("option", { value: format.type }, format.type)));
    this.#curlType.addEventListener("change", () => this.#updateCurl());
    this.#render(ignored);
    this.#updateCurl();
    void this.#preview();
    if (this.#loggedIn) void this.#loadRemaining();
  }

  get #loggedIn(): boolean {
    return this.#boot.account !== null;
  }

  #render(ignored: string[]): void {
    const { metadata } = this.#schema;
    const mine = this.#boot.account?.id === this.#model.ownerId;
    const actions = !this.#loggedIn ? null : mine ? ownerActions(this.#model) : h("p", { class: "actions" }, h("a", { href: `/editor?from=${this.#model.id}` }, "Open a copy in the editor"));
    const here = encodeURIComponent(location.pathname + location.search);
    for (const format of this.#formats) {
      this.#downloadButtons.push(
        h(
          "button",
          { type: "button", class: "download", "data-type": format.type, "data-free": String(format.free === true), disabled: !this.#loggedIn, onclick: () => void this.#download(format) },
          format.free === true ? `Download ${format.type} (free)` : `Download ${format.type}`,
        ),
      );
    }
    replaceChildren(
      mainElement(),
      h(
        "article",
        { class: "model-page" },
        h(
          "header",
          { class: "model-header" },
          h("h1", {}, this.#model.name),
          h("p", { class: "model-author" }, `by ${this.#model.author.name}${mine ? " (you)" : ""}`),
          metadata.description ? markdownBlock(metadata.description) : null,
          factsList(this.#model),
          actions,
        ),
        ignored.length > 0 ? h("p", { class: "notice" }, `Ignored from the address: ${ignored.join(", ")} (not a parameter or preset of this model).`) : null,
        h(
          "div",
          { class: "model-layout" },
          h("section", { class: "viewer-panel", "aria-label": "3D view" }, this.#viewer.element, this.#status, this.#scriptError),
          h("section", { class: "form-panel", "aria-labelledby": "customise-heading" }, h("h2", { id: "customise-heading" }, "Customise"), this.#form.element),
        ),
        h(
          "section",
          { class: "downloads", "aria-labelledby": "download-heading" },
          h("h2", { id: "download-heading" }, "Download"),
          this.#loggedIn
            ? h("p", { class: "hint" }, "Trying values is free. Each file you download is built from exactly the values in the form, at full precision, and counts as one download (pictures and facts, marked free, do not).")
            : h("p", { class: "notice" }, "Trying values is free. ", h("a", { href: `/login?next=${here}` }, "Log in"), " or ", h("a", { href: `/signup?next=${here}` }, "sign up"), " to download files."),
          this.#loggedIn ? this.#downloadsLeft : null,
          h("div", { class: "download-buttons" }, ...this.#downloadButtons),
          this.#downloadStatus,
        ),
        sourceBox(this.#model),
        h(
          "section",
          { class: "code-box", "aria-labelledby": "code-heading" },
          h("h2", { id: "code-heading" }, "Use this from your code"),
          h("p", { class: "hint" }, "The same build through the REST API. Put one of your API keys (", h("a", { href: "/account" }, "account page"), ") in PARTFORGE_KEY."),
          h("div", { class: "field inline" }, h("label", { for: "curl-type" }, "Type"), this.#curlType),
          this.#curlNote,
          h("div", { class: "field" }, h("label", { for: "curl-get" }, "GET"), this.#curlGet, copyButton(this.#curlGet, "Copy", "Copy the GET command")),
          h("div", { class: "field" }, h("label", { for: "curl-post" }, "POST (JSON)"), this.#curlPost, copyButton(this.#curlPost, "Copy", "Copy the POST command")),
        ),
      ),
    );
  }

  #setStatus(state: "idle" | "building" | "ready" | "invalid" | "error", message: string): void {
    this.#status.dataset.state = state;
    this.#status.textContent = message;
    this.#viewer.element.setAttribute("aria-busy", String(state === "building"));
  }

  #changed(): void {
    const configuration = this.#form.configuration();
    const query = configurationQuery(this.#schema, configuration).toString();
    history.replaceState(null, "", `${location.pathname}${query === "" ? "" : `?${query}`}`);
    this.#scriptError.hidden = true;
    const valid = this.#form.validate();
    // The commands only ever show values the service accepts: the last valid ones meanwhile.
    this.#curlNote.hidden = valid;
    if (valid) this.#updateCurl();
    if (!valid) {
      this.#rebuild.cancel();
      this.#inFlight?.abort();
      this.#inFlight = undefined;
      this.#viewer.setOverlay(undefined);
      this.#setStatus("invalid", "Fix the highlighted values to update the view.");
      return;
    }
    this.#setStatus("building", "Changes pending…");
    this.#rebuild.schedule();
  }

  #updateCurl(): void {
    const format = this.#formats.find((f) => f.type === this.#curlType.value) ?? this.#formats[0]!;
    const commands = curlCommands(location.origin, this.#model.id, this.#schema, this.#form.configuration(), format.type, format.extension);
    this.#curlGet.value = commands.get;
    this.#curlPost.value = commands.post;
  }

  #query(configuration: Configuration, type: string): string {
    return buildQuery(this.#model.id, this.#schema, configuration, type).toString();
  }

  /** Shows the form's configuration from the free preview; never a download. */
  async #preview(): Promise<void> {
    this.#rebuild.cancel();
    const configuration = this.#form.configuration();
    if (!this.#form.validate()) {
      this.#setStatus("invalid", "Fix the highlighted values to update the view.");
      return;
    }
    const query = this.#query(configuration, "GLB");
    this.#inFlight?.abort();
    this.#inFlight = undefined;
    const remembered = this.#previews.get(query);
    if (remembered) {
      await this.#show(remembered);
      return;
    }
    const controller = new AbortController();
    this.#inFlight = controller;
    this.#setStatus("building", "Updating the preview…");
    this.#viewer.setOverlay("Building…");
    let outcome;
    try {
      outcome = await callPreview({ query: new URLSearchParams(query) }, controller.signal);
    } catch {
      return; // aborted: a newer preview took over
    }
    if (this.#inFlight !== controller) return;
    this.#inFlight = undefined;
    if (!outcome.ok) {
      this.#showProblem(outcome.problem);
      return;
    }
    this.#previews.set(query, outcome.file);
    if (this.#previews.size > REMEMBERED_PREVIEWS) this.#previews.delete(this.#previews.keys().next().value!);
    await this.#show(outcome.file);
  }

  async #show(file: BuiltFile): Promise<void> {
    await this.#viewer.showGlb(file.bytes, this.#schema.uom, { refit: !this.#hasPart });
    this.#hasPart = true;
    this.#viewer.setOverlay(undefined);
    this.#scriptError.hidden = true;
    const timing = file.cacheHit ? "from the cache" : file.buildMs !== undefined ? `built in ${(file.buildMs / 1000).toFixed(1)} s` : "built";
    this.#setStatus("ready", `Preview of these values (${timing}). Previews are free; downloads are full precision.`);
    this.#status.dataset.etag = file.etag;
  }

  #showProblem(problem: Problem): void {
    const isParameter = problem.param !== undefined && this.#schema.parameters.some((p) => p.name === problem.param);
    if (isParameter) {
      this.#form.setError(problem.param!, problem.detail);
      this.#viewer.setOverlay(undefined);
      this.#setStatus("invalid", `The service refused a value: ${problem.detail}`);
      return;
    }
    const scriptFailed = problem.status >= 500 && scriptPlace(problem) !== undefined;
    this.#viewer.setOverlay(scriptFailed ? "The script failed" : "No preview", "error");
    this.#setStatus("error", problemSentence(problem));
    replaceChildren(this.#scriptError, problemDetails(problem));
    this.#scriptError.hidden = false;
  }

  async #loadRemaining(): Promise<void> {
    const usage = await api<{ remaining: number | null }>("GET", "/api/usage");
    if (usage.ok) this.#setRemaining(usage.data.remaining === null ? "unlimited" : usage.data.remaining);
  }

  #setRemaining(remaining: Remaining): void {
    this.#remaining = remaining;
    const few = typeof remaining === "number" && remaining <= FEW_DOWNLOADS_LEFT;
    this.#downloadsLeft.classList.toggle("warning", few);
    if (remaining === undefined) this.#downloadsLeft.textContent = "";
    else if (remaining === "unlimited") this.#downloadsLeft.textContent = "Unlimited downloads on your plan.";
    else if (remaining === 0) this.#downloadsLeft.textContent = "You have no downloads left this month. Previews stay free.";
    else if (few) this.#downloadsLeft.textContent = `Only ${remaining} download${remaining === 1 ? "" : "s"} left this month: each file you download uses one.`;
    else this.#downloadsLeft.textContent = `${remaining} downloads left this month.`;
    // A free type (a PNG picture, PROPS facts) spends no download, so it stays offered at zero.
    for (const button of this.#downloadButtons) button.disabled = !this.#loggedIn || (remaining === 0 && button.dataset.free !== "true") || this.#downloading;
  }

  async #download(format: FormatInfo): Promise<void> {
    this.#rebuild.flush();
    if (!this.#form.validate()) {
      this.#downloadStatus.textContent = "Fix the highlighted values first.";
      return;
    }
    const query = this.#query(this.#form.configuration(), format.type);
    this.#downloading = true;
    this.#setRemaining(this.#remaining);
    this.#downloadStatus.textContent = `Building the ${format.type} file…`;
    try {
      const outcome = await callBuild({ query: new URLSearchParams(query) }, { session: true });
      if (!outcome.ok) {
        replaceChildren(this.#downloadStatus, h("p", {}, `Not downloaded: ${problemSentence(outcome.problem)} No download was counted.`), problemDetails(outcome.problem));
        if (outcome.problem.code === "QUOTA_EXCEEDED") this.#remaining = 0;
        return;
      }
      const { file } = outcome;
      saveBytes(file.bytes, file.fileName, file.mediaType);
      const left = file.downloadsRemaining;
      if (left !== null) this.#remaining = left === "unlimited" ? "unlimited" : Number(left);
      replaceChildren(this.#downloadStatus, h("p", {}, `Saved ${file.fileName} (${formatBytes(file.bytes.byteLength)}).`));
    } finally {
      this.#downloading = false;
      this.#setRemaining(this.#remaining);
    }
  }
}

async function main(): Promise<void> {
  const boot = readBoot();
  const id = boot.modelId ?? location.pathname.split("/").pop() ?? "";
  const [found, formats] = await Promise.all([api<ModelView>("GET", `/api/models/${encodeURIComponent(id)}`), loadFormats()]);
  if (!found.ok) {
    notFound(id);
    return;
  }
  new ModelPage(boot, { ...found.data, language: scriptLanguageOf(found.data.language) }, formats);
}

void main();
