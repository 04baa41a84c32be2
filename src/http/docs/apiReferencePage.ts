/**
 * `/docs/api`: the modelling API reference, rendered from the same data as docs/api.md
 * (src/api/reference.ts: the JSDoc and the signature tables that also make types/*.d.ts).
 */
import type { ReferenceSection } from "../../api/reference.ts";
import { codeBlock, escapeHtml, inlineHtml, markdownHtml, slug } from "./html.ts";

/** The page's sections, for the docs navigation. */
export function apiToc(sections: readonly ReferenceSection[]): { id: string; label: string }[] {
  return sections.map((section) => ({ id: `api-${slug(section.title)}`, label: section.title }));
}

export function apiReferencePage(sections: readonly ReferenceSection[]): string {
  const body = sections.map((section) => {
    const sectionId = `api-${slug(section.title)}`;
    const used = new Set<string>();
    const entries = section.entries.map((entry) => {
      // Overloads share a name: the first keeps the plain anchor (the index links to it).
      const base = `${sectionId}-${slug(entry.name)}`;
      let id = base;
      for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
      used.add(id);
      const examples = entry.examples.map((example, index) => codeBlock(example, `example ${index + 1} of ${section.title}.${entry.name}`, { language: "ts" })).join("");
      return `<h3 id="${escapeHtml(id)}"><code>${escapeHtml(entry.signature)}</code></h3>
${entry.description === "" ? "" : `<p>${inlineHtml(entry.description)}</p>`}
${markdownHtml(entry.details.join("\n"))}${examples}`;
    });
    const names = [...new Set(section.entries.map((entry) => entry.name))];
    const index = names.length < 2 ? "" : `<p class="hint api-index">${names.map((name) => `<a href="#${sectionId}-${slug(name)}">${escapeHtml(name)}</a>`).join(" · ")}</p>`;
    return `<section aria-labelledby="${sectionId}"><h2 id="${sectionId}">${escapeHtml(section.title)}</h2>
${markdownHtml(section.intro)}
${index}
${entries.join("\n")}</section>`;
  });
  const index = sections.map((section) => `<li><a href="#api-${slug(section.title)}">${escapeHtml(section.title)}</a> <span class="hint">(${section.entries.length})</span></li>`).join("");
  const count = sections.reduce((sum, section) => sum + section.entries.length, 0);
  return `<h1>Modelling API reference</h1>
<p class="lead">Everything a ModelScript can import from <code>"partforge"</code> (and use as globals): ${count} methods and functions in ${sections.length} sections.</p>
<p>Generated from the same source as the TypeScript declarations the editor checks against (<code>types/partforge</code>): the JSDoc of the API and, for methods ported from CadQuery, CadQuery 2.5's parameters in order. Give each parameter positionally in that order, or by name in a trailing options object (Python's keyword arguments), or both (positional first, names for the rest); <code>null</code> or <code>undefined</code> is Python's <code>None</code>.</p>
<ul class="columns">${index}</ul>
${body.join("\n")}`;
}
