/** Tiny DOM helpers: build elements declaratively, without a framework. */

type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;

/**
 * An element with attributes (`on…` keys become listeners; `false`/`null` leaves one out) and children.
 * @example h("button", { type: "button", onclick: save }, "Save")
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, "");
    else element.setAttribute(name, String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** The page's `<main>`, focused for screen readers when content replaces it. */
export function mainElement(): HTMLElement {
  return document.getElementById("main")!;
}

let uniqueCounter = 0;
/** A fresh element id with a readable prefix. */
export function uniqueId(prefix: string): string {
  uniqueCounter += 1;
  return `${prefix}-${uniqueCounter}`;
}

/** Runs `action` at most once per `delayMs` of quiet; `flush` runs a pending call now. */
export function debounce(action: () => void, delayMs: number): { schedule(): void; cancel(): void; flush(): void } {
  let timer: number | undefined;
  return {
    schedule() {
      if (timer !== undefined) clearTimeout(timer);
      timer = window.setTimeout(() => {
        timer = undefined;
        action();
      }, delayMs);
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      action();
    },
  };
}

/** Copies text to the clipboard, falling back to selecting it in `input` when the API is refused. */
export async function copyText(text: string, input?: HTMLInputElement | HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (input) {
      input.focus();
      input.select();
      return document.execCommand("copy");
    }
    return false;
  }
}

/**
 * A "Copy" button for the value of `source`, announcing the result in its own label.
 * `accessibleName` (starting with the visible label) tells apart several Copy buttons on one page.
 */
export function copyButton(source: HTMLInputElement | HTMLTextAreaElement | (() => string), label = "Copy", accessibleName?: string): HTMLButtonElement {
  const button = h("button", { type: "button", class: "secondary copy" }, label);
  const name = (text: string) => {
    button.textContent = text;
    if (accessibleName !== undefined) button.setAttribute("aria-label", text === label ? accessibleName : text);
  };
  name(label);
  button.addEventListener("click", async () => {
    const text = typeof source === "function" ? source() : source.value;
    const copied = await copyText(text, typeof source === "function" ? undefined : source);
    name(copied ? "Copied ✓" : "Select and copy");
    window.setTimeout(() => name(label), 2000);
  });
  return button;
}

/** Saves bytes as a file through a temporary `blob:` link. */
export function saveBytes(bytes: ArrayBuffer, fileName: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
  const link = h("a", { href: url, download: fileName, hidden: true });
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

/** A duration for people: "350 ms" below a second, else "1.4 s". */
export function formatSeconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function formatDate(iso: string | null): string {
  if (iso === null) return "never";
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}
