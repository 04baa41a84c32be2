/**
 * Model descriptions are Markdown, rendered safely: markdown-it with raw HTML turned off (any
 * `<tag>` is shown as text), its link check (no `javascript:`, `vbscript:`, `file:` or `data:`
 * URLs), no images (the page's Content-Security-Policy would refuse other sites' anyway), and
 * every link marked `rel="nofollow ugc noopener"` since authors are strangers.
 */
import MarkdownIt from "markdown-it";

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
markdown.disable(["image"]);

const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  tokens[index]!.attrSet("rel", "nofollow ugc noopener");
  return defaultLinkOpen(tokens, index, options, env, self);
};

/** A description as HTML blocks (paragraphs, lists, emphasis, code, links). */
export function markdownHtml(text: string): string {
  return markdown.render(text);
}

/** A description as one line of inline HTML (for cards): its first paragraph, inline markup only. */
export function markdownInlineHtml(text: string): string {
  const firstParagraph = text.split(/\n\s*\n/)[0] ?? "";
  return markdown.renderInline(firstParagraph.replace(/^\s*(#+|[-*+]|\d+\.)\s+/gm, ""));
}
