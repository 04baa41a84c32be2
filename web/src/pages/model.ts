/**
 * The model page `/m/:id`: the part in the viewer, its facts, the customiser form, downloads of
 * exactly what is shown, and the same build as `curl`. Values live in the URL, so a configuration
 * is shared by sharing the address.
 *
 * Logged in, every rebuild is a `/build` through the session (a download, charged like a key);
 * the STL download saves those very bytes and other types are built from the same query. A
 * visitor who is not logged in sees the uncharged default-configuration preview, can try values
 * in the form (checked and kept in the URL) and is asked to log in to rebuild and download.
 */
import { api, callBuild, describeProblem, loadFormats, type BuiltFile, type FormatInfo, type Problem } from "../lib/api.ts";
import { readBoot, type Boot } from "../lib/boot.ts";
import { debounce, formatBytes, h, mainElement, replaceChildren, saveBytes } from "../lib/dom.ts";
import { buildQuery, configurationFromQuery, configurationQuery, curlCommands, type Configuration, type ModelSchema } from "../lib/params.ts";
import { parameterForm, type ParameterForm } from "../model/form.ts";
import { Viewer } from "../viewer/viewer.ts";

interface ModelView {
  id: string;
  name: string;
  visibility: "public" | "private";
  ownerId: string;
  revision: number;
  updatedAt: string;
  schema: ModelSchema;
}

const REBUILD_DELAY_MS = 450;
const REMEMBERED_BUILDS = 12;

/** The start of an ETag: enough to compare two builds by eye. */
function shortEtag(etag: string): string {
  return etag.length > 16 ? `${etag.slice(0, 13)}…"` : etag;
}

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
    ["Licence", metadata.license ?? "not stated"],
    ["Revision", String(model.revision)],
    ["Visibility", model.visibility],
    ["Id", model.id],
  ];
  return h("dl", { class: "facts" }, ...facts.flatMap(([term, value]) => [h("dt", {}, term), h("dd", {}, value)]));
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
  readonly #downloadStatus = h("p", { class: "download-status", role: "status" });
  readonly #curlType: HTMLSelectElement;
  readonly #curlGet = h("textarea", { id: "curl-get", readonly: true, rows: 3, spellcheck: "false" });
  readonly #curlPost = h("textarea", { id: "curl-post", readonly: true, rows: 4, spellcheck: "false" });
  readonly #rebuild = debounce(() => void this.#build(), REBUILD_DELAY_MS);
  readonly #builds = new Map<string, BuiltFile>();
  #shown: { query: string; file: BuiltFile } | undefined;
  #inFlight: AbortController | undefined;
  #hasPart = false;

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
    if (this.#loggedIn) void this.#build();
    else void this.#showAnonymousPreview();
  }

  get #loggedIn(): boolean {
    return this.#boot.account !== null;
  }

  #render(ignored: string[]): void {
    const { metadata } = this.#schema;
    const mine = this.#boot.account?.id === this.#model.ownerId;
    const actions = this.#loggedIn
      ? h("p", { class: "actions" }, mine ? h("a", { href: `/editor/${this.#model.id}` }, "Edit the script") : h("a", { href: `/editor?from=${this.#model.id}` }, "Open a copy in the editor"))
      : null;
    const loginHref = `/login?next=${encodeURIComponent(location.pathname + location.search)}`;
    replaceChildren(
      mainElement(),
      h(
        "article",
        { class: "model-page" },
        h("header", { class: "model-header" }, h("h1", {}, this.#model.name), metadata.description ? h("p", { class: "lead" }, metadata.description) : null, factsList(this.#model), actions),
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
            ? h("p", { class: "hint" }, "Each file is built from exactly the values in the form; the STL is the very file in the viewer.")
            : h("p", { class: "notice" }, h("a", { href: loginHref }, "Log in"), " or ", h("a", { href: "/signup" }, "sign up"), " to rebuild with your values and download."),
          h(
            "div",
            { class: "download-buttons" },
            ...this.#formats.map((format) =>
              h("button", { type: "button", class: "download", "data-type": format.type, disabled: !this.#loggedIn, onclick: () => void this.#download(format) }, `Download ${format.type}`),
            ),
          ),
          this.#downloadStatus,
        ),
        h(
          "section",
          { class: "code-box", "aria-labelledby": "code-heading" },
          h("h2", { id: "code-heading" }, "Use this from your code"),
          h("p", { class: "hint" }, "The same build through the REST API. Put one of your API keys (", h("a", { href: "/account" }, "account page"), ") in PARTFORGE_KEY."),
          h("div", { class: "field inline" }, h("label", { for: "curl-type" }, "Type"), this.#curlType),
          h("div", { class: "field" }, h("label", { for: "curl-get" }, "GET"), this.#curlGet),
          h("div", { class: "field" }, h("label", { for: "curl-post" }, "POST (JSON)"), this.#curlPost),
        ),
      ),
    );
  }

  #setStatus(state: "idle" | "building" | "ready" | "invalid" | "error" | "preview", message: string): void {
    this.#status.dataset.state = state;
    this.#status.textContent = message;
    this.#viewer.element.setAttribute("aria-busy", String(state === "building"));
  }

  #changed(): void {
    const configuration = this.#form.configuration();
    const query = configurationQuery(this.#schema, configuration).toString();
    history.replaceState(null, "", `${location.pathname}${query === "" ? "" : `?${query}`}`);
    this.#updateCurl();
    this.#scriptError.hidden = true;
    if (!this.#form.validate()) {
      this.#rebuild.cancel();
      this.#inFlight?.abort();
      this.#inFlight = undefined;
      this.#viewer.setOverlay(undefined);
      this.#setStatus("invalid", "Fix the highlighted values to rebuild.");
      return;
    }
    if (!this.#loggedIn) {
      this.#setStatus("preview", "The view shows the default configuration. Log in to rebuild with these values.");
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

  async #showAnonymousPreview(): Promise<void> {
    this.#setStatus("building", "Loading the preview…");
    this.#viewer.setOverlay("Loading…");
    const response = await fetch(`/m/${this.#model.id}/preview.stl`);
    if (!response.ok) {
      this.#viewer.setOverlay("No preview", "error");
      this.#setStatus("error", "The preview could not be built.");
      return;
    }
    this.#viewer.showStl(await response.arrayBuffer(), this.#schema.uom, { refit: true });
    this.#viewer.setOverlay(undefined);
    const changed = configurationQuery(this.#schema, this.#form.configuration()).toString() !== "";
    this.#setStatus("preview", changed ? "The view shows the default configuration. Log in to rebuild with these values." : "A preview of the default configuration. Log in to customise and download.");
  }

  /** Builds the form's configuration as STL through the session and shows it. */
  async #build(): Promise<void> {
    this.#rebuild.cancel();
    const configuration = this.#form.configuration();
    if (!this.#form.validate()) {
      this.#setStatus("invalid", "Fix the highlighted values to rebuild.");
      return;
    }
    const query = this.#query(configuration, "STL");
    this.#inFlight?.abort();
    const remembered = this.#builds.get(query);
    if (remembered) {
      this.#show(query, remembered);
      return;
    }
    const controller = new AbortController();
    this.#inFlight = controller;
    this.#setStatus("building", "Building…");
    this.#viewer.setOverlay("Building…");
    let outcome;
    try {
      outcome = await callBuild({ query: new URLSearchParams(query) }, { session: true }, controller.signal);
    } catch {
      return; // aborted: a newer build took over
    }
    if (this.#inFlight !== controller) return;
    this.#inFlight = undefined;
    if (!outcome.ok) {
      this.#showProblem(outcome.problem);
      return;
    }
    this.#remember(query, outcome.file);
    this.#show(query, outcome.file);
  }

  #remember(query: string, file: BuiltFile): void {
    this.#builds.set(query, file);
    if (this.#builds.size > REMEMBERED_BUILDS) this.#builds.delete(this.#builds.keys().next().value!);
  }

  #show(query: string, file: BuiltFile): void {
    this.#viewer.showStl(file.bytes, this.#schema.uom, { refit: !this.#hasPart });
    this.#hasPart = true;
    this.#shown = { query, file };
    this.#viewer.setOverlay(undefined);
    this.#scriptError.hidden = true;
    const timing = file.cacheHit ? "Built (from the cache)" : file.buildMs !== undefined ? `Built in ${file.buildMs} ms` : "Built";
    const remaining = file.downloadsRemaining === null ? "" : file.downloadsRemaining === "unlimited" ? " · unlimited downloads" : ` · ${file.downloadsRemaining} downloads left this month`;
    this.#setStatus("ready", `${timing} · ${formatBytes(file.bytes.byteLength)} · ETag ${shortEtag(file.etag)}${remaining}`);
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
    this.#viewer.setOverlay("Build failed", "error");
    this.#setStatus("error", `Build failed (HTTP ${problem.status} ${problem.code}).`);
    const where = problem.line !== undefined ? `Script error at line ${problem.line}${problem.column !== undefined ? `, column ${problem.column}` : ""}` : problem.title || problem.code;
    replaceChildren(this.#scriptError, h("strong", {}, `${where}: `), problem.detail);
    this.#scriptError.hidden = false;
  }

  async #download(format: FormatInfo): Promise<void> {
    this.#rebuild.flush();
    if (!this.#form.validate()) {
      this.#downloadStatus.textContent = "Fix the highlighted values first.";
      return;
    }
    const query = this.#query(this.#form.configuration(), format.type);
    if (this.#shown?.query === query) {
      const { file } = this.#shown;
      saveBytes(file.bytes, file.fileName, file.mediaType);
      this.#downloadStatus.textContent = `Saved ${file.fileName} (${formatBytes(file.bytes.byteLength)}): the file in the viewer, ETag ${shortEtag(file.etag)}.`;
      return;
    }
    this.#downloadStatus.textContent = `Building ${format.type}…`;
    const outcome = await callBuild({ query: new URLSearchParams(query) }, { session: true });
    if (!outcome.ok) {
      this.#downloadStatus.textContent = `Download failed (HTTP ${outcome.status}): ${describeProblem(outcome.problem)}`;
      return;
    }
    saveBytes(outcome.file.bytes, outcome.file.fileName, outcome.file.mediaType);
    this.#downloadStatus.textContent = `Saved ${outcome.file.fileName} (${formatBytes(outcome.file.bytes.byteLength)}), ETag ${shortEtag(outcome.file.etag)}.`;
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
  new ModelPage(boot, found.data, formats);
}

void main();
