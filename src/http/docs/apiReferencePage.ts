/**
 * `/docs/api`: the modelling API reference. It is docs/api.md rendered: that file is generated
 * by docs/tools/apiDocs.ts from the JSDoc and the signature tables (src/api/signatures/) that also
 * make the TypeScript declarations (types/partforge), and test/api/apiDocs.test.ts keeps it
 * current — so the page needs no TypeScript compiler in the server.
 */
import { readFile } from "node:fs/promises";
import MarkdownIt from "markdown-it";
import { escapeHtml, slug } from "./html.ts";

type Markdown = ReturnType<typeof MarkdownIt>;

const API_MARKDOWN = new URL("../../../docs/api.md", import.meta.url);

/** One `## ` section of docs/api.md: its title and its Markdown. */
export interface ApiSection {
  title: string;
  markdown: string;
}

/** The sections of the reference, without the file's header (which speaks to its editors). */
export function apiSections(text: string): ApiSection[] {
  return text
    .split(/^## /m)
    .slice(1)
    .map((chunk) => {
      const newline = chunk.indexOf("\n");
      return { title: chunk.slice(0, newline).trim(), markdown: chunk.slice(newline + 1) };
    });
}

export async function readApiSections(): Promise<ApiSection[]> {
  return apiSections(await readFile(API_MARKDOWN, "utf8"));
}

/** The method or function a heading documents: `static makeBox(length, …)` → `makeBox`. */
function entryName(heading: string): string {
  return heading.replace(/^`|`$/g, "").replace(/^static /, "").split(/[(\s/]/)[0] ?? heading;
}

interface RenderedSection {
  id: string;
  title: string;
  html: string;
  entries: { id: string; name: string }[];
}

/** A section as HTML, each `###` heading with a unique anchor `api-<section>-<name>`. */
function renderSection(markdown: Markdown, section: ApiSection): RenderedSection {
  const id = `api-${slug(section.title)}`;
  const tokens = markdown.parse(section.markdown, {});
  const entries: { id: string; name: string }[] = [];
  const used = new Set<string>();
  tokens.forEach((token, index) => {
    if (token.type !== "heading_open" || token.tag !== "h3") return;
    const name = entryName(tokens[index + 1]?.content ?? "");
    // Overloads and a constructor share a name: the first keeps the plain anchor (the index links to it).
    const base = `${id}-${slug(name) || "entry"}`;
    let anchor = base;
    for (let n = 2; used.has(anchor); n += 1) anchor = `${base}-${n}`;
    used.add(anchor);
    token.attrSet("id", anchor);
    if (anchor === base) entries.push({ id: anchor, name });
  });
  return { id, title: section.title, html: markdown.renderer.render(tokens, markdown.options, {}), entries };
}

/** The page's sections, for the docs navigation. */
export function apiToc(sections: readonly ApiSection[]): { id: string; label: string }[] {
  return sections.map((section) => ({ id: `api-${slug(section.title)}`, label: section.title }));
}

export function apiReferencePage(sections: readonly ApiSection[]): string {
  const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const rendered = sections.map((section) => renderSection(markdown, section));
  const body = rendered.map((section) => {
    const index = section.entries.length < 2 ? "" : `<p class="hint api-index">${section.entries.map((entry) => `<a href="#${entry.id}">${escapeHtml(entry.name)}</a>`).join(" · ")}</p>`;
    return `<section aria-labelledby="${section.id}"><h2 id="${section.id}">${escapeHtml(section.title)}</h2>
${index}
${section.html}</section>`;
  });
  const contents = rendered.map((section) => `<li><a href="#${section.id}">${escapeHtml(section.title)}</a></li>`).join("");
  return `<h1>Modelling API reference</h1>
<p class="lead">Everything a ModelScript can import from <code>"partforge"</code> (and use as globals), in ${sections.length} sections.</p>
<p>Generated from the same source as the TypeScript declarations the editor checks against (<code>types/partforge</code>): the JSDoc of the API and, for methods ported from CadQuery, CadQuery 2.5's parameters in order. Give each parameter positionally in that order, or by name in a trailing options object (Python's keyword arguments), or both (positional first, names for the rest); <code>null</code> or <code>undefined</code> is Python's <code>None</code>. New to the API? <a href="/docs/first-modelscript">Write your first ModelScript</a>.</p>
<ul>${contents}</ul>
${body.join("\n")}`;
}
