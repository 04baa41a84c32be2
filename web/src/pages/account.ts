/**
 * The account page: who is logged in, the public name (the author shown on one's models), usage this month against the quota with recent downloads,
 * API keys (create — the secret shown once, with a copy button —, list, disable/enable, delete),
 * and log out.
 */
import { api } from "../lib/api.ts";
import { readBoot } from "../lib/boot.ts";
import { copyButton, formatBytes, formatDate, formatSeconds, h, mainElement, replaceChildren, uniqueId } from "../lib/dom.ts";
import { problemSentence } from "../lib/problemText.ts";

interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  disabled: boolean;
}

interface Usage {
  periodStart: string;
  periodEnd: string;
  downloads: number;
  monthlyQuota: number | null;
  remaining: number | null;
  recent: { at: string; keyId: string | null; modelId: string | null; scriptHash: string | null; type: string; bytes: number; buildMs: number; cacheHit: boolean }[];
}

const usageSection = h("section", { class: "panel", "aria-labelledby": "usage-heading" });
const keysSection = h("section", { class: "panel", "aria-labelledby": "keys-heading" });
const keyMessage = h("div", { class: "key-message", "aria-live": "polite" });
const keysHeadingId = "keys-heading";
/** Names of the models this account can see, for the usage list (a deleted model has none). */
const modelNames = new Map<string, string>();
let keys: ApiKeyView[] = [];

function keyName(keyId: string | null): string {
  if (keyId === null) return "web session";
  const key = keys.find((k) => k.id === keyId);
  return key ? `${key.name} (${key.prefix}…)` : "deleted key";
}

function modelCell(entry: Usage["recent"][number]): Node | string {
  if (entry.modelId === null) return `your script (${entry.scriptHash?.slice(0, 8) ?? "?"}…)`;
  const name = modelNames.get(entry.modelId);
  return name === undefined ? `deleted model (${entry.modelId})` : h("a", { href: `/m/${entry.modelId}` }, name);
}

async function loadModelNames(): Promise<void> {
  const listed = await api<{ models: { id: string; name: string }[] }>("GET", "/api/models?limit=200");
  if (listed.ok) for (const model of listed.data.models) modelNames.set(model.id, model.name);
}

async function renderUsage(): Promise<void> {
  const result = await api<Usage>("GET", "/api/usage");
  if (!result.ok) {
    replaceChildren(usageSection, h("h2", { id: "usage-heading" }, "Usage"), h("p", { class: "error" }, problemSentence(result.problem)));
    return;
  }
  const usage = result.data;
  const month = new Date(usage.periodStart).toLocaleDateString(undefined, { month: "long", year: "numeric", timeZone: "UTC" });
  const quotaText =
    usage.monthlyQuota === null
      ? `${usage.downloads} downloads in ${month} (unlimited plan).`
      : `${usage.downloads} of ${usage.monthlyQuota} downloads used in ${month}; ${usage.remaining} left.`;
  const meter =
    usage.monthlyQuota === null
      ? null
      : h("progress", { max: usage.monthlyQuota, value: usage.downloads, "aria-label": "Downloads used this month" }, `${usage.downloads} of ${usage.monthlyQuota}`);
  const rows = usage.recent.map((entry) =>
    h(
      "tr",
      {},
      h("td", { "data-label": "When" }, formatDate(entry.at)),
      h("td", { "data-label": "Model" }, modelCell(entry)),
      h("td", { "data-label": "Type" }, entry.type.toUpperCase()),
      h("td", { "data-label": "Key" }, keyName(entry.keyId)),
      h("td", { class: "number", "data-label": "Size" }, formatBytes(entry.bytes)),
      h("td", { class: "number", "data-label": "Build" }, entry.cacheHit ? "from the cache" : formatSeconds(entry.buildMs)),
    ),
  );
  replaceChildren(
    usageSection,
    h("h2", { id: "usage-heading" }, "Usage this month"),
    h("p", { id: "usage-summary" }, quotaText),
    meter,
    h("h3", {}, "Recent downloads"),
    rows.length === 0
      ? h("p", {}, "No downloads yet.")
      : h(
          "div",
          { class: "table-wrap" },
          h(
            "table",
            { class: "stacking" },
            h("thead", {}, h("tr", {}, ...["When", "Model", "Type", "Key", "Size", "Build"].map((title) => h("th", { scope: "col" }, title)))),
            h("tbody", {}, ...rows),
          ),
        ),
  );
}

/** A new key's secret, shown until its owner dismisses it (several new keys each keep their own box). */
function showSecret(name: string, secret: string): void {
  const id = uniqueId("secret");
  const input = h("input", { id, type: "text", readonly: true, value: secret, class: "secret", spellcheck: "false" });
  const dismiss = h("button", { type: "button", class: "secondary", "aria-label": `Dismiss the secret of key ${name}` }, "I have copied it");
  const box = h(
    "div",
    { class: "secret-box", role: "region", "aria-label": `New API key ${name}` },
    h("label", { for: id }, `Your new key "${name}" — copy it now: it is shown only once.`),
    h("div", { class: "inline-row" }, input, copyButton(input, "Copy", `Copy the secret of key ${name}`), dismiss),
  );
  dismiss.addEventListener("click", () => {
    box.remove();
    document.getElementById(keysHeadingId)?.focus();
  });
  keyMessage.prepend(box);
  input.focus();
  input.select();
}

async function renderKeys(): Promise<void> {
  const result = await api<{ keys: ApiKeyView[] }>("GET", "/api/keys");
  if (!result.ok) {
    replaceChildren(keysSection, h("h2", { id: "keys-heading" }, "API keys"), h("p", { class: "error" }, problemSentence(result.problem)));
    return;
  }
  keys = result.data.keys;
  const nameId = uniqueId("key-name");
  const nameInput = h("input", { id: nameId, type: "text", maxlength: 100, placeholder: "e.g. laptop or ci (else key 1, key 2, …)", autocomplete: "off" });
  const createError = h("p", { class: "form-error", role: "alert", hidden: true });
  const createForm = h(
    "form",
    { class: "inline-form" },
    h("div", { class: "field" }, h("label", { for: nameId }, "Name of the new key"), nameInput),
    h("button", { type: "submit" }, "Create key"),
    createError,
  );
  createForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const name = nameInput.value.trim();
    const created = await api<{ key: ApiKeyView; secret: string }>("POST", "/api/keys", name === "" ? {} : { name });
    if (!created.ok) {
      createError.textContent = problemSentence(created.problem);
      createError.hidden = false;
      return;
    }
    await renderKeys();
    showSecret(created.data.key.name, created.data.secret);
  });

  const rows = keys.map((key) => {
    const actions = h("td", { class: "actions", "data-label": "Actions" });
    const toggle = h("button", { type: "button", class: "secondary small" }, key.disabled ? "Enable" : "Disable");
    toggle.setAttribute("aria-label", `${key.disabled ? "Enable" : "Disable"} key ${key.name}`);
    toggle.addEventListener("click", async () => {
      const changed = await api("PATCH", `/api/keys/${key.id}`, { disabled: !key.disabled });
      if (changed.ok) await renderKeys();
    });
    const remove = h("button", { type: "button", class: "danger small", "aria-label": `Delete key ${key.name}` }, "Delete");
    remove.addEventListener("click", () => {
      const confirm = h("button", { type: "button", class: "danger small", "aria-label": `Really delete key ${key.name}` }, "Really delete");
      const cancel = h("button", { type: "button", class: "secondary small" }, "Cancel");
      confirm.addEventListener("click", async () => {
        const deleted = await api("DELETE", `/api/keys/${key.id}`);
        if (deleted.ok) await renderKeys();
      });
      cancel.addEventListener("click", () => {
        replaceChildren(actions, toggle, remove);
        remove.focus();
      });
      replaceChildren(actions, confirm, cancel);
      cancel.focus();
    });
    actions.append(toggle, remove);
    return h(
      "tr",
      { "data-key-id": key.id, class: key.disabled ? "disabled" : "" },
      h("td", { "data-label": "Name" }, key.name),
      h("td", { "data-label": "Prefix" }, h("code", {}, `${key.prefix}…`)),
      h("td", { "data-label": "Created" }, formatDate(key.createdAt)),
      h("td", { "data-label": "Last used" }, formatDate(key.lastUsedAt)),
      h("td", { "data-label": "Status" }, key.disabled ? "disabled: requests with it are refused until you enable it" : "active"),
      actions,
    );
  });
  replaceChildren(
    keysSection,
    h("h2", { id: keysHeadingId, tabindex: -1 }, "API keys"),
    h("p", { class: "hint" }, "A key lets a program build models with your downloads. Send it as ", h("code", {}, "Authorization: Bearer …"), ". Try one in the ", h("a", { href: "/tester" }, "API key tester"), "."),
    createForm,
    keyMessage,
    rows.length === 0
      ? h("p", {}, "No keys yet.")
      : h(
          "div",
          { class: "table-wrap" },
          h(
            "table",
            { class: "keys stacking" },
            h("thead", {}, h("tr", {}, ...["Name", "Prefix", "Created", "Last used", "Status", "Actions"].map((title) => h("th", { scope: "col" }, title)))),
            h("tbody", {}, ...rows),
          ),
        ),
  );
}

/** The public display name: shown as the author of the account's models, changed here only (a session, never an API key). */
function nameSection(current: string): HTMLElement {
  const inputId = uniqueId("display-name");
  const input = h("input", { id: inputId, name: "displayName", type: "text", value: current, autocomplete: "nickname", maxlength: 40, spellcheck: "false", required: true, "aria-describedby": `${inputId}-hint` });
  const status = h("p", { class: "hint", role: "status" });
  const save = h("button", { type: "submit" }, "Save name");
  const form = h(
    "form",
    { class: "name-form", novalidate: true },
    h("div", { class: "field" }, h("label", { for: inputId }, "Public name"), input),
    h("p", { class: "hint", id: `${inputId}-hint` }, "Shown as the author of your models in the gallery and on their pages; your email never is. 2–40 letters, digits, spaces, - _ or ."),
    save,
    status,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    save.disabled = true;
    const result = await api<{ account: { displayName: string } }>("PATCH", "/api/account", { displayName: input.value });
    save.disabled = false;
    if (result.ok) {
      input.value = result.data.account.displayName;
      status.className = "hint";
      status.textContent = `Saved: your models now show "by ${result.data.account.displayName}".`;
    } else {
      status.className = "form-error";
      status.textContent = problemSentence(result.problem);
      input.focus();
    }
  });
  return h("section", { class: "panel", "aria-labelledby": "name-heading" }, h("h2", { id: "name-heading" }, "Public name"), form);
}

async function main(): Promise<void> {
  const boot = readBoot();
  const logout = h("button", { type: "button", class: "secondary" }, "Log out");
  logout.addEventListener("click", async () => {
    await api("DELETE", "/api/session");
    location.assign("/");
  });
  replaceChildren(
    mainElement(),
    h("div", { class: "page-head" }, h("h1", {}, "Account"), logout),
    h("p", {}, `Logged in as ${boot.account?.email ?? "?"} · ${boot.account?.plan ?? ""} plan`),
    nameSection(boot.account?.displayName ?? ""),
    keysSection,
    usageSection,
  );
  await renderKeys();
  await loadModelNames();
  await renderUsage();
}

void main();
