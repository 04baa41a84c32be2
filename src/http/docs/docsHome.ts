/** `/docs`: where to start, a quick start for this server, and the docs' pages. */
import { DOCS_PAGES } from "./layout.ts";
import { MODEL_ID_PLACEHOLDER, type ExampleTarget } from "./exampleTarget.ts";
import { ERROR_CATALOGUE } from "../../shared/errors.ts";
import { codeBlock, escapeHtml, inlineHtml, table } from "./html.ts";
import { noModelNote } from "./notes.ts";

/** `/docs#CODE` is the `type` of every problem document the service sends (src/http/problem.ts): each code has its anchor here. */
function errorCodes(): string {
  const rows = Object.entries(ERROR_CATALOGUE).map(([code, entry]) => [`<code id="${code}">${code}</code>`, String(entry.httpStatus), escapeHtml(entry.title)]);
  return `<h2 id="error-codes">Error codes</h2>
<p>Every error answer is <code>application/problem+json</code>; its <code>type</code> links to its code below, and its <code>detail</code> says what was wrong and how to fix it. Which operation gives which code: the <a href="/docs/rest">REST API reference</a>.</p>
${table(["code", "status", "title"], rows)}`;
}

export function docsHomePage(target: ExampleTarget): string {
  const { origin } = target;
  const id = target.model?.id ?? MODEL_ID_PLACEHOLDER;
  const cards = DOCS_PAGES.filter((page) => page.path !== "/docs")
    .map((page) => `<li><h2><a href="${page.path}">${page.title}</a></h2><p>${inlineHtml(page.blurb)}</p></li>`)
    .join("");
  return `<h1>partforge docs</h1>
<p class="lead">partforge builds parametric 3D models written as code — ModelScripts — into STL, STEP, AMF, three.js JSON, glTF (GLB) or 3MF, in the browser and over a REST API compatible with the ParametricParts Build Service.</p>
<ul class="cards">${cards}</ul>
<h2 id="quick-start">Quick start</h2>
${noModelNote(target)}<p>Build a stored model as STEP with your API key (<a href="/account">account page</a>):</p>
${codeBlock(`curl -o part.step "${origin}/build?key=$KEY&id=${id}&type=STEP"`, "the quick-start build")}
<p>Build a script you send, as STL:</p>
${codeBlock(`curl -o box.stl ${origin}/build -H "X-API-Key: $KEY" \\\n  --data-urlencode type=STL --data-urlencode 's=export function build() { return Workplane("XY").box(10, 20, 5); }'`, "the quick-start script build")}
<p>Read a model's parameters and presets (no key needed for public models):</p>
${codeBlock(`curl ${origin}/api/models/${id}`, "the quick-start model request")}
<p>The machine-readable description of every operation is <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1); the typed client <code>partforge/client</code> and the <code>partforge</code> command are described in <a href="/docs/contract#client">the Build Service contract</a>.</p>
${errorCodes()}`;
}
