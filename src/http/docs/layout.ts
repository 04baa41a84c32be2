/** The docs section: its pages, their navigation, and the frame of one docs page inside the site's. */
import { escapeHtml } from "./html.ts";

export const DOCS_PAGES = [
  { path: "/docs", title: "Docs", nav: "Overview", blurb: "Where to start." },
  { path: "/docs/first-modelscript", title: "Write your first ModelScript", nav: "Your first ModelScript", blurb: "A guide: write a script, add parameters and presets, preview it in the editor, save it, build it through the API." },
  { path: "/docs/modelscript", title: "ModelScript reference", nav: "ModelScript reference", blurb: "Exports, parameter kinds and their options, presets, units, METADATA, reserved names and every limit." },
  { path: "/docs/api", title: "Modelling API reference", nav: "Modelling API", blurb: "Workplane, Sketch, shapes, selectors and the rest of what `\"partforge\"` exports, with CadQuery's parameters." },
  { path: "/docs/rest", title: "REST API reference", nav: "REST API", blurb: "Every HTTP operation: parameters, bodies, answers, authentication and a curl line for this server." },
  { path: "/docs/contract", title: "The Build Service contract", nav: "Build Service contract", blurb: "`/build` in one page: fields, datatypes, answers, the error catalogue, the client and the command line." },
] as const;

export type DocsPath = (typeof DOCS_PAGES)[number]["path"];

/** `<main>`'s content for a docs page: the docs navigation (with `toc`, this page's own sections) and the page. */
export function docsMain(current: DocsPath, body: string, toc: readonly { id: string; label: string }[] = []): string {
  const items = DOCS_PAGES.map((page) => {
    const here = page.path === current;
    const link = `<a href="${page.path}"${here ? ' aria-current="page"' : ""}>${escapeHtml(page.nav)}</a>`;
    const sub = here && toc.length > 0 ? `<ul class="docs-toc">${toc.map((entry) => `<li><a href="#${escapeHtml(entry.id)}">${escapeHtml(entry.label)}</a></li>`).join("")}</ul>` : "";
    return `<li>${link}${sub}</li>`;
  }).join("");
  return `<div class="docs-layout"><nav class="docs-nav" aria-label="Docs"><ul class="docs-pages">${items}</ul></nav><article class="docs">${body}</article></div>`;
}
