/** HTML pieces the docs pages share: escaping, Markdown of our own text, code boxes, tables. */
import MarkdownIt from "markdown-it";
import { escapeHtml } from "../sitePage.ts";

export { escapeHtml };

// Our own text only (descriptions in the OpenAPI document, JSDoc): raw HTML stays text anyway.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Markdown blocks as HTML. */
export function markdownHtml(text: string): string {
  return markdown.render(text);
}

/** One line of Markdown (`code`, *emphasis*, links) as inline HTML. */
export function inlineHtml(text: string): string {
  return markdown.renderInline(text);
}

/**
 * A code box the page's script gives a Copy button; `label` names the button for screen readers
 * ("Copy the curl line of getModel"). `sample` marks a complete ModelScript that test/http/
 * docsPages.test.ts extracts and builds.
 */
export function codeBlock(code: string, label: string, options: { language?: string; sample?: boolean } = {}): string {
  const language = options.language === undefined ? "" : ` class="language-${escapeHtml(options.language)}"`;
  const sample = options.sample === true ? ' data-sample="modelscript"' : "";
  return `<pre data-copy="${escapeHtml(label)}"${sample}><code${language}>${escapeHtml(code.replace(/\n+$/, ""))}</code></pre>`;
}

/**
 * A table with a header row (plain text); cells are HTML already. On phones each row becomes a
 * card with every value under its column's name (the site's `stacking` tables).
 */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = `<thead><tr>${headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join("")}</tr></thead>`;
  const body = rows.map((row) => `<tr>${row.map((cell, index) => `<td data-label="${escapeHtml(headers[index] ?? "")}">${cell}</td>`).join("")}</tr>`).join("\n");
  return `<div class="table-wrap"><table class="stacking">${head}<tbody>${body}</tbody></table></div>`;
}

/** `text` as an id fragment: lowercase letters, digits and dashes. */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
