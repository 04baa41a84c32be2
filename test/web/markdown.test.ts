/** Model descriptions as Markdown: the markup people expect, and nothing a stranger could use against a visitor. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { markdownHtml, markdownInlineHtml } from "../../web/src/lib/markdown.ts";

describe("markdown descriptions", () => {
  it("renders emphasis, lists, code and links, marking links nofollow", () => {
    const html = markdownHtml("A **strong** bracket.\n\n- fits M5\n- `p_width` up to 120\n\nSee [the guide](https://example.com/g).");
    assert.match(html, /<strong>strong<\/strong>/);
    assert.match(html, /<li>fits M5<\/li>/);
    assert.match(html, /<code>p_width<\/code>/);
    assert.match(html, /<a href="https:\/\/example.com\/g" rel="nofollow ugc noopener">the guide<\/a>/);
  });

  it("shows raw HTML as text and refuses script URLs and images", () => {
    const html = markdownHtml('<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) [y](data:text/html,hi) ![p](https://evil.example/p.png)');
    assert.doesNotMatch(html, /<script|<img|href="javascript|href="data/i);
    assert.match(html, /&lt;script&gt;/);
  });

  it("keeps a card's description to the first paragraph, inline", () => {
    assert.equal(markdownInlineHtml("# Gear\nAn *involute* gear.\n\nMore text."), "Gear\nAn <em>involute</em> gear.");
  });
});
