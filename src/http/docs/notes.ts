/** Sentences several docs pages share. */
import { MODEL_ID_PLACEHOLDER, type ExampleTarget } from "./exampleTarget.ts";
import { escapeHtml } from "./html.ts";

/** Says which model the examples use, or how to get a model id while the server has none. */
export function noModelNote(target: ExampleTarget): string {
  if (target.model === undefined) {
    return `<p class="notice"><code>${MODEL_ID_PLACEHOLDER}</code> stands for a model id: this server has no public model yet — save one in the <a href="/editor">editor</a> or with <code>POST /api/models</code>.</p>`;
  }
  return `<p class="hint">The examples use <a href="/m/${target.model.id}">${escapeHtml(target.model.name)}</a> (<code>${target.model.id}</code>), the newest public model on this server, and <code>$KEY</code> for your API key (create one on your <a href="/account">account page</a>).</p>`;
}
