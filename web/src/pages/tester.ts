/**
 * The API key tester `/tester`: paste a key, it builds a sample ModelScript through `/build` with
 * that key (in `X-API-Key`, as a program would) and shows the STL in the viewer with the HTTP
 * status — or, on failure, the status and the problem body.
 */
import { callBuild } from "../lib/api.ts";
import { formatBytes, h, mainElement, replaceChildren } from "../lib/dom.ts";
import { Viewer } from "../viewer/viewer.ts";

const SAMPLE_SCRIPT = `// A sample ModelScript: a plate with a bore and rounded corners.
export const METADATA = { name: "Key tester sample" };
export const p_width = FloatParam({ min: 10, max: 100, default: 40 });

export function build() {
  return Workplane("XY")
    .box(p_width.value, 30, 6)
    .edges("|Z").fillet(4)
    .faces(">Z").workplane()
    .hole(10);
}
`;

const STATUS_TEXT: Record<number, string> = { 200: "OK", 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 413: "Payload Too Large", 429: "Too Many Requests", 500: "Build Failed", 503: "Service Unavailable", 504: "Gateway Timeout" };

function main(): void {
  const key = h("input", { id: "tester-key", type: "password", autocomplete: "off", spellcheck: "false", required: true, "aria-describedby": "tester-key-hint" });
  const show = h("input", { id: "tester-show", type: "checkbox" });
  show.addEventListener("change", () => (key.type = show.checked ? "text" : "password"));
  const script = h("textarea", { id: "tester-script", rows: 12, spellcheck: "false", class: "code" });
  script.value = SAMPLE_SCRIPT;
  const submit = h("button", { type: "submit" }, "Build with this key");
  const result = h("div", { class: "tester-result", "aria-live": "polite" });
  const status = h("p", { id: "tester-status", class: "http-status" });
  const body = h("pre", { id: "tester-body", class: "problem-body", hidden: true });
  const viewer = new Viewer({ label: "3D view of the sample built with your key" });
  viewer.element.hidden = true;
  result.append(status, body, viewer.element);

  const form = h(
    "form",
    { class: "tester-form", novalidate: true },
    h("div", { class: "field" }, h("label", { for: "tester-key" }, "API key"), key, h("p", { class: "hint", id: "tester-key-hint" }, "Sent in the X-API-Key header to POST /build; a successful build counts as one download.")),
    h("div", { class: "checkbox-row" }, show, h("label", { for: "tester-show" }, "Show the key")),
    h("details", {}, h("summary", {}, "Sample script"), h("div", { class: "field" }, h("label", { for: "tester-script" }, "ModelScript sent as s"), script)),
    submit,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (key.value.trim() === "") {
      status.textContent = "Paste an API key first.";
      key.focus();
      return;
    }
    submit.disabled = true;
    status.textContent = "Building…";
    status.dataset.status = "";
    body.hidden = true;
    const outcome = await callBuild({ json: { type: "STL", s: script.value } }, { apiKey: key.value.trim() });
    submit.disabled = false;
    status.dataset.status = String(outcome.status);
    if (outcome.ok) {
      const { file } = outcome;
      status.textContent = `HTTP ${outcome.status} OK · ${file.mediaType} · ${formatBytes(file.bytes.byteLength)} · built in ${file.buildMs ?? "?"} ms · downloads left: ${file.downloadsRemaining ?? "?"}`;
      viewer.element.hidden = false;
      viewer.showStl(file.bytes, "mm", { refit: true });
      return;
    }
    viewer.element.hidden = true;
    status.textContent = outcome.status === 0 ? "No answer from the service." : `HTTP ${outcome.status} ${STATUS_TEXT[outcome.status] ?? ""} · ${outcome.problem.code}`;
    body.textContent = JSON.stringify(outcome.problem, null, 2);
    body.hidden = false;
  });

  replaceChildren(
    mainElement(),
    h("h1", {}, "API key tester"),
    h("p", { class: "lead" }, "Check that a key works: it builds a sample script through /build and shows the STL it returns."),
    form,
    result,
  );
  key.focus();
}

main();
