/**
 * The docs (`/docs/…`): the server renders them whole; this script only gives every code box a
 * Copy button, named for screen readers after the box's `data-copy` label or, failing that, the
 * heading it sits under, so the many on one page can be told apart.
 */
import { copyButton, h } from "../lib/dom.ts";

/** The text of the nearest heading before `element` in the document, or "". */
function headingBefore(element: Element): string {
  let node: Element | null = element;
  while (node !== null && !node.matches("article")) {
    let sibling = node.previousElementSibling;
    while (sibling !== null) {
      if (/^H[1-4]$/.test(sibling.tagName)) return sibling.textContent?.trim() ?? "";
      sibling = sibling.previousElementSibling;
    }
    node = node.parentElement;
  }
  return "";
}

function main(): void {
  for (const box of Array.from(document.querySelectorAll<HTMLPreElement>("main pre"))) {
    const label = box.dataset.copy ?? `the code under “${headingBefore(box)}”`;
    const button = copyButton(() => box.textContent ?? "", "Copy", `Copy ${label}`);
    const wrapper = h("div", { class: "code-box" });
    box.replaceWith(wrapper);
    wrapper.append(box, button);
  }
}

main();
